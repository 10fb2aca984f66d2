// Issue 20 through the real binary: a stopped ingest leaves no orphaned space
// after `tandem compact`, files over the size limit are refused at once, and
// file names with control characters are escaped in messages.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/cli/tandem_runner.h"

namespace tandem {
namespace {

using nlohmann::json;
using tandem::testing::SourceDir;
using tandem::testing::TempDir;

uintmax_t FolderBytes(const std::string& path) {
  uintmax_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

// French prose of about `mb` MB, paragraphs varied by a counter.
std::string LargeText(size_t mb) {
  const char* sentences[] = {
      "Le Conseil a décidé que la Belgique versera une contribution au fonds de soutien.",
      ("La ministre rappelle que la coopération au développement reste une priorité du "
       "gouvernement."),
      "Les États membres examineront le rapport lors de leur prochaine réunion à Bruxelles.",
      "Notre pays soutient le dialogue politique et appelle au respect du droit international."};
  std::string text;
  for (size_t i = 0; text.size() < (mb << 20); ++i) {
    for (size_t k = 0; k < 5; ++k) text += std::string(sentences[(i * 7 + k * 3) % 4]) + " ";
    text += "(paragraphe " + std::to_string(i) + ")\n\n";
  }
  return text;
}

TEST(HostileCli, AStoppedIngestLeavesNoOrphanedSpaceAfterCompact) {
  TempDir dir;
  const std::string db = dir.Join("index"), reference = dir.Join("reference");
  const std::string fr = SourceDir() + "/corpus/pairs/sahel-development.fr.txt";
  const std::string nl = SourceDir() + "/corpus/pairs/sahel-development.nl.txt";
  for (const std::string& index : {db, reference}) {
    ASSERT_EQ(Tandem({"ingest", "-q", "--db", index, "--fr", fr, "--nl", nl}).exit_code, 0);
  }
  ASSERT_EQ(Tandem({"compact", "-q", "--db", reference}).exit_code, 0);
  const uintmax_t clean = FolderBytes(reference);
  const std::string large = dir.Write("grand.txt", LargeText(12));
  const uintmax_t before = FolderBytes(db);
  // Ingest the large file and SIGKILL it once the index has grown by 2 MB
  // (Xapian has written blocks of a transaction that will never commit).
  const pid_t pid = fork();
  if (pid == 0) {
    if (freopen("/dev/null", "w", stderr) == nullptr ||
        freopen("/dev/null", "w", stdout) == nullptr)
      _exit(126);
    execl(TANDEM_BINARY, TANDEM_BINARY, "ingest", "-q", "--db", db.c_str(), large.c_str(), nullptr);
    _exit(127);
  }
  bool killed = false;
  int status = 0;
  const auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start < std::chrono::seconds(240)) {
    if (waitpid(pid, &status, WNOHANG) == pid) break;
    if (FolderBytes(db) > before + (2u << 20)) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      killed = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (!killed) GTEST_SKIP() << "the ingest ended before the index grew by 2 MB";
  const uintmax_t orphaned = FolderBytes(db);
  std::printf("index: %ju bytes before, %ju after the killed ingest\n", before, orphaned);
  const RunResult compact = Tandem({"compact", "--json", "--db", db});
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  const uintmax_t after = FolderBytes(db);
  std::printf(
      "after tandem compact: %ju bytes (a clean compacted index of the same documents: %ju)\n",
      after, clean);
  EXPECT_LE(after, clean + clean / 5 + (64u << 10));
  const json stats = json::parse(Tandem({"stats", "--json", "--db", db}).out);
  EXPECT_EQ(stats["documents"], 1);
  EXPECT_EQ(Tandem({"search", "--db", db, "Sahel"}).exit_code, 0);
}

TEST(HostileCli, AFileOverTheSizeLimitIsRefusedAtOnce) {
  TempDir dir;
  const std::string path = dir.Join("enorme.txt");
  const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::ftruncate(fd, off_t{200} << 20), 0);  // sparse
  ::close(fd);
  const RunResult r = Tandem({"ingest", "--db", dir.Join("index"), path});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("enorme.txt: file of 209715200 bytes (200.0 MB) is over the limit of 64 MB"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("--max-file-mb"), std::string::npos) << r.err;
  // A lower limit is obeyed too.
  const std::string small = dir.Write("petit.txt", LargeText(2));
  const RunResult limited =
      Tandem({"ingest", "--max-file-mb", "1", "--db", dir.Join("index"), small});
  EXPECT_EQ(limited.exit_code, 2);
  EXPECT_NE(limited.err.find("over the limit of 1 MB"), std::string::npos) << limited.err;
}

TEST(HostileCli, ALargeTextIngestsWhole) {
  // Several of the reader's pieces of normalised lines and several of Xapian's flushes of
  // postings within the source's one transaction: no paragraph may be lost at their seams.
  TempDir dir;
  const std::string text = LargeText(3);
  size_t paragraphs = 0;
  for (size_t at = text.find("\n\n"); at != std::string::npos; at = text.find("\n\n", at + 2))
    ++paragraphs;
  const std::string path = dir.Write("rapport-long.txt", text);
  const std::string db = dir.Join("index");
  const RunResult r = Tandem({"ingest", "--db", db, "--json", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["units"], paragraphs);
  const json stats = json::parse(Tandem({"stats", "--json", "--db", db}).out);
  EXPECT_EQ(stats["units"], paragraphs);
  // The first and the last paragraphs are there, whole.
  for (const size_t n : {size_t{0}, paragraphs / 2, paragraphs - 1}) {
    const std::string number = "\"paragraphe " + std::to_string(n) + "\"";
    const json hits = json::parse(Tandem({"search", "--db", db, "--json", number}).out)["hits"];
    ASSERT_EQ(hits.size(), 1u) << number;
    EXPECT_NE(hits[0].dump().find("(paragraphe " + std::to_string(n) + ")"), std::string::npos)
        << hits[0].dump();
  }
}

TEST(HostileCli, ControlCharactersInFileNamesAreEscaped) {
  TempDir dir;
  const std::string path = dir.Write("note\x1b[2J\nfausse ligne.txt", "   \n");
  const RunResult r = Tandem({"ingest", "--db", dir.Join("index"), path});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("note\\e[2J\\nfausse ligne.txt"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace tandem
