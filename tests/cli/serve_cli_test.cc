// `tandem serve` over a real socket: its address, limits, malformed requests,
// concurrent searches while `tandem ingest` writes, and stopping.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/cli/tandem_runner.h"

namespace tandem {
namespace {

using nlohmann::json;
using tandem::testing::SourceDir;
using tandem::testing::TempDir;

// A `tandem serve` child process, stopped with SIGTERM when destroyed.
class Server {
 public:
  explicit Server(std::vector<std::string> args) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      if (freopen("/dev/null", "w", stderr) == nullptr) _exit(126);
      std::vector<std::string> argv = {TANDEM_BINARY, "serve", "--port", "0", "-q"};
      argv.insert(argv.end(), args.begin(), args.end());
      std::vector<char*> c;
      for (std::string& a : argv) c.push_back(a.data());
      c.push_back(nullptr);
      execv(c[0], c.data());
      _exit(127);
    }
    close(out[1]);
    // The first line says where it listens: "tandem workbench: http://127.0.0.1:PORT/ ...".
    std::string line;
    pollfd fd{out[0], POLLIN, 0};
    while (line.find('\n') == std::string::npos && poll(&fd, 1, 20000) > 0) {
      char buffer[256];
      const ssize_t n = read(out[0], buffer, sizeof buffer);
      if (n <= 0) break;
      line.append(buffer, static_cast<size_t>(n));
    }
    close(out[0]);
    first_line_ = line;
    const size_t at = line.find("http://127.0.0.1:");
    if (at != std::string::npos) port_ = std::atoi(line.c_str() + at + 17);
  }
  ~Server() { Stop(); }

  // SIGTERM, then the exit status.
  int Stop() {
    if (pid_ <= 0) return exit_;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    exit_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return exit_;
  }
  int port() const { return port_; }
  const std::string& first_line() const { return first_line_; }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_ = -1;
  std::string first_line_;
};

// Sends `raw` on a fresh connection and returns what the server answers.
std::string RawExchange(int port, const std::string& raw) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return "";
  }
  (void)!write(
      fd, raw.data(),
      raw.size());  // no half-close: cpp-httplib drops a request whose client stopped sending
  std::string answer;
  char buffer[4096];
  pollfd p{fd, POLLIN, 0};
  while (poll(&p, 1, answer.empty() ? 10000 : 300) > 0) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    answer.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return answer;
}

class ServeCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = dir_->Join("index");
    const RunResult r = Tandem({"ingest", "-q", "--db", db_, SourceDir() + "/corpus/pairs"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* ServeCli::dir_ = nullptr;
std::string ServeCli::db_;

TEST_F(ServeCli, SaysItsAddressListensOnLoopbackAndStopsCleanly) {
  Server server({"--db", db_, "--redlines", SourceDir() + "/corpus/redlines"});
  ASSERT_GT(server.port(), 0) << server.first_line();
  EXPECT_NE(server.first_line().find("tandem workbench: http://127.0.0.1:"), std::string::npos);
  auto health = server.Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["index"]["sources"], 5);
  // A page elsewhere that resolves its own name to 127.0.0.1 gets nothing.
  const std::string rebound = RawExchange(
      server.port(), "GET /api/status HTTP/1.1\r\nHost: attacker.example:" +
                         std::to_string(server.port()) + "\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(rebound.rfind("HTTP/1.1 403", 0) == 0) << rebound.substr(0, 200);
  // Not reachable on another address of the machine: bound to 127.0.0.1 only.
  httplib::Client other("127.0.0.2", server.port());
  other.set_connection_timeout(2, 0);
  EXPECT_FALSE(other.Get("/healthz"));
  EXPECT_EQ(server.Stop(), 0);
}

TEST_F(ServeCli, StartErrorsExitTwoWithTheReason) {
  const RunResult missing = Tandem({"serve", "--db", dir_->Join("none"), "--port", "0"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no index here"), std::string::npos) << missing.err;
  const std::string bad =
      dir_->Write("bad-redlines/bad.xml", "<redlines dossier=\"x\">\n<oops/>\n");
  const RunResult redlines = Tandem({"serve", "--db", db_, "--redlines", bad, "--port", "0"});
  EXPECT_EQ(redlines.exit_code, 2);
  EXPECT_NE(redlines.err.find("bad.xml:"), std::string::npos) << redlines.err;
  Server first({"--db", db_});
  ASSERT_GT(first.port(), 0);
  const RunResult taken = Tandem({"serve", "--db", db_, "--port", std::to_string(first.port())});
  EXPECT_EQ(taken.exit_code, 2);
  EXPECT_NE(taken.err.find("cannot listen"), std::string::npos) << taken.err;
}

TEST_F(ServeCli, OversizedRequestsAre413WithAClearMessage) {
  Server server(
      {"--db", db_, "--redlines", SourceDir() + "/corpus/redlines", "--max-upload-mb", "1"});
  ASSERT_GT(server.port(), 0);
  httplib::Client client = server.Client();
  // Over the per-file limit, within the request limit: the workbench says which file.
  httplib::MultipartFormDataItems one = {
      {"draft", std::string(1536 * 1024, 'a'), "long-note.txt", "text/plain"}};
  auto file = client.Post("/api/check", one);
  ASSERT_TRUE(file);
  EXPECT_EQ(file->status, 413);
  EXPECT_NE(json::parse(file->body)["error"]["message"].get<std::string>().find(
                "long-note.txt: 1.5 MB is over the upload limit of 1.0 MB"),
            std::string::npos)
      << file->body;
  // Over the whole request's limit: refused before it is read, same shape.
  httplib::MultipartFormDataItems huge = {
      {"draft", std::string(6 << 20, 'a'), "huge.txt", "text/plain"}};
  auto request = client.Post("/api/check", huge);
  ASSERT_TRUE(request);
  EXPECT_EQ(request->status, 413);
  EXPECT_NE(json::parse(request->body)["error"]["message"].get<std::string>().find("too large"),
            std::string::npos);
  // The page form gets a page.
  auto page = client.Post("/check", huge);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 413);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_EQ(client.Get("/healthz")->status, 200);
}

TEST_F(ServeCli, MalformedRequestsAre400AndTheServerGoesOn) {
  Server server({"--db", db_});
  ASSERT_GT(server.port(), 0);
  const std::string answers[] = {
      RawExchange(server.port(), "GARBAGE\r\n\r\n"),
      RawExchange(server.port(), "GET /search HTTP/9.9\r\n\r\n"),
      RawExchange(server.port(),
                  "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  "multipart/form-data; boundary=zz\r\n"
                  "Content-Length: 17\r\n\r\n--zz\r\nbroken-part"),
      RawExchange(
          server.port(),
          "GET /api/search?q=a&page=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
  };
  for (const std::string& answer : answers) {
    EXPECT_TRUE(answer.rfind("HTTP/1.1 400", 0) == 0) << answer.substr(0, 200);
  }
  const std::string long_uri =
      RawExchange(server.port(), "GET /search?q=" + std::string(20000, 'a') +
                                     " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  EXPECT_TRUE(long_uri.rfind("HTTP/1.1 414", 0) == 0) << long_uri.substr(0, 200);
  auto health = server.Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// Every file of the index folder with its size and modification time.
std::map<std::string, std::pair<uintmax_t, std::filesystem::file_time_type>> Snapshot(
    const std::string& folder) {
  std::map<std::string, std::pair<uintmax_t, std::filesystem::file_time_type>> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    files[entry.path().filename().string()] = {entry.file_size(), entry.last_write_time()};
  }
  return files;
}

TEST_F(ServeCli, NeverWritesTheIndex) {
  const auto before = Snapshot(db_);
  {
    Server server({"--db", db_, "--redlines", SourceDir() + "/corpus/redlines"});
    ASSERT_GT(server.port(), 0);
    httplib::Client client = server.Client();
    const json documents = json::parse(client.Get("/api/documents")->body);
    const std::string id = documents["documents"][0]["id"];
    for (const std::string path : {"/api/search?q=Belgique", "/search?q=Belgique&page=2",
                                   "/api/status", "/documents", "/dossiers"}) {
      EXPECT_EQ(client.Get(path)->status, 200) << path;
    }
    EXPECT_EQ(client.Get("/documents/" + id)->status, 200);
    EXPECT_EQ(client.Get("/api/documents/" + id + "/export?format=tmx")->status, 200);
    httplib::MultipartFormDataItems form = {
        {"text", "Au Mali, la Belgique reprendra l'appui budgétaire à la junte.", "", ""}};
    EXPECT_EQ(client.Post("/api/check", form)->status, 200);
  }
  EXPECT_EQ(Snapshot(db_), before);
}

TEST_F(ServeCli, SearchesGoOnWhileAnIngestWritesAndSeeItsCommits) {
  TempDir dir;
  const std::string db = dir.Join("index");
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", db, SourceDir() + "/corpus/pairs"}).exit_code, 0);
  // Many copies of the review pair, so that the ingest takes a while.
  const std::string fr =
      tandem::testing::ReadAll(SourceDir() + "/corpus/review/cyber-diplomacy.fr.txt");
  const std::string nl =
      tandem::testing::ReadAll(SourceDir() + "/corpus/review/cyber-diplomacy.nl.txt");
  for (int i = 0; i < 60; ++i) {
    dir.Write("new/cyber-" + std::to_string(i) + ".fr.txt", fr);
    dir.Write("new/cyber-" + std::to_string(i) + ".nl.txt", nl);
  }
  Server server({"--db", db, "--threads", "8"});
  ASSERT_GT(server.port(), 0);
  auto count = [&](httplib::Client& client, int* status) {
    auto r = client.Get("/api/search?q=cyberespace&limit=1&translate=0");
    *status = r ? r->status : -1;
    if (!r || r->status != 200) return -1;
    // The 60 copies are one text: one hit standing for the others ("also in").
    const json body = json::parse(r->body);
    if (body["hits"].empty()) return 0;
    return 1 + body["hits"][0].value("duplicates", 0);
  };
  {
    httplib::Client client = server.Client();
    int status = 0;
    ASSERT_EQ(count(client, &status), 0) << status;
  }
  std::atomic<bool> done{false};
  std::atomic<int> searches{0}, failures{0}, most{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&] {
      httplib::Client client = server.Client();
      while (!done) {
        int status = 0;
        const int n = count(client, &status);
        ++searches;
        if (status != 200) ++failures;
        if (n > most) most = n;
      }
    });
  }
  const RunResult ingest = Tandem({"ingest", "-q", "--db", db, dir.Join("new")});
  done = true;
  for (std::thread& t : readers) t.join();
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_GT(searches.load(), 20);
  EXPECT_EQ(failures.load(), 0);
  httplib::Client client = server.Client();
  int status = 0;
  EXPECT_EQ(count(client, &status), 60) << "every committed source is found after the ingest";
  EXPECT_GT(most.load(), 0) << "readers saw commits while the ingest ran";
}

// A connection to `port` on loopback, or -1.
int Connect(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Regression (issue 20): twelve connections that never finished their headers
// held every thread and /healthz waited 25 s. Now a request must arrive whole
// within --request-timeout, and a thread is taken only by a complete request.
TEST_F(ServeCli, SlowAndStalledClientsNeitherStallTheServerNorStay) {
  Server server({"--db", db_, "--request-timeout", "3"});
  ASSERT_GT(server.port(), 0);
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  // 20 clients that send half a request head and then nothing.
  std::vector<int> stalled;
  for (int i = 0; i < 20; ++i) {
    const int fd = Connect(server.port());
    ASSERT_GE(fd, 0);
    const std::string half = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    ASSERT_EQ(write(fd, half.data(), half.size()), static_cast<ssize_t>(half.size()));
    stalled.push_back(fd);
  }
  // 20 clients that trickle a header, a byte a second, for ever.
  std::vector<int> trickling;
  for (int i = 0; i < 20; ++i) {
    const int fd = Connect(server.port());
    ASSERT_GE(fd, 0);
    trickling.push_back(fd);
  }
  std::atomic<bool> done{false};
  std::thread trickle([&] {
    const std::string head = "GET /healthz HTTP/1.1\r\nX-Slow: ";
    for (size_t at = 0; !done; ++at) {
      const char byte = at < head.size() ? head[at] : 'a';
      for (int fd : trickling) (void)!send(fd, &byte, 1, MSG_NOSIGNAL);
      for (int i = 0; i < 10 && !done; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  // /healthz answers within a second throughout, past the slow ones' deadline.
  double slowest = 0;
  int answered = 0;
  while (Clock::now() - start < std::chrono::seconds(6)) {
    httplib::Client client("127.0.0.1", server.port());
    client.set_connection_timeout(1, 0);
    client.set_read_timeout(1, 0);
    const auto asked = Clock::now();
    auto health = client.Get("/healthz");
    const double seconds = std::chrono::duration<double>(Clock::now() - asked).count();
    slowest = std::max(slowest, seconds);
    ASSERT_TRUE(health) << "no answer to /healthz after " << seconds << " s";
    EXPECT_EQ(health->status, 200);
    ++answered;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  std::printf("/healthz: %d answers, slowest %.3f s, with 20 stalled and 20 trickling clients\n",
              answered, slowest);
  EXPECT_LT(slowest, 1.0);
  // The stalled and the trickling connections were dropped: each ends (408, then closed).
  done = true;
  trickle.join();
  auto ended = [](int fd) {
    char buffer[4096];
    pollfd p{fd, POLLIN, 0};
    std::string answer;
    while (poll(&p, 1, 2000) > 0) {
      const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
      if (n <= 0) return true;
      answer.append(buffer, static_cast<size_t>(n));
    }
    return false;
  };
  int dropped = 0;
  for (int fd : stalled) dropped += ended(fd) ? 1 : 0;
  EXPECT_EQ(dropped, 20) << "stalled connections still open";
  dropped = 0;
  for (int fd : trickling) dropped += ended(fd) ? 1 : 0;
  EXPECT_EQ(dropped, 20) << "trickling connections still open";
  for (int fd : stalled) close(fd);
  for (int fd : trickling) close(fd);
  EXPECT_EQ(server.Stop(), 0);
}

}  // namespace
}  // namespace tandem
