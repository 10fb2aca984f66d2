#include "pipeline/http/http_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <httplib.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tandem::http {
namespace {

using Clock = std::chrono::steady_clock;

workbench::Request Convert(const httplib::Request& in) {
  workbench::Request out;
  out.method = in.method;
  out.path = in.path;
  for (const auto& [name, value] : in.params) out.params.emplace(name, value);
  for (const auto& [name, part] : in.files) {
    if (part.filename.empty()) {
      out.params.emplace(name, part.content);  // a plain field of a multipart form
    } else {
      out.files.push_back({name, part.filename, part.content});
    }
  }
  out.accept_language = in.get_header_value("Accept-Language");
  out.host = in.get_header_value("Host");
  out.origin = in.get_header_value("Origin");
  out.fetch_site = in.get_header_value("Sec-Fetch-Site");
  out.cookie = in.get_header_value("Cookie");
  return out;
}

void Fill(const workbench::Response& in, httplib::Response* out) {
  out->status = in.status;
  for (const auto& [name, value] : in.headers) out->set_header(name, value);
  out->set_content(in.body, in.content_type);
}

// A whole answer on the wire, for the refusals the accepting thread gives
// itself (408, 503) before any worker is involved.
std::string Wire(const workbench::Response& response) {
  const char* reason = response.status == 408   ? "Request Timeout"
                       : response.status == 503 ? "Service Unavailable"
                                                : "Error";
  std::string out = fmt::format("HTTP/1.1 {} {}\r\n", response.status, reason);
  for (const auto& [name, value] : response.headers) out += fmt::format("{}: {}\r\n", name, value);
  out += fmt::format("Content-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                     response.content_type, response.body.size());
  out += response.body;
  return out;
}

bool EqualNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// What the bytes received so far on a connection hold.
struct Framing {
  enum State { kIncomplete, kComplete, kRefuse } state = kIncomplete;
  size_t length = 0;            // kComplete: bytes of the first request
  bool wants_continue = false;  // "Expect: 100-continue" and the body is still to come
  size_t discard = 0;           // kRefuse of a body too large: its declared length
};

// Where a chunked body that starts at `at` ends (after its last chunk and
// trailers), or nullopt while it is incomplete; kRefuse-worthy input gives 0.
std::optional<size_t> ChunkedEnd(std::string_view bytes, size_t at) {
  while (true) {
    const size_t eol = bytes.find("\r\n", at);
    if (eol == std::string_view::npos) return std::nullopt;
    size_t size = 0;
    size_t i = at;
    for (; i < eol && std::isxdigit(static_cast<unsigned char>(bytes[i])); ++i) {
      if (size > (size_t{1} << 40)) return 0;
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(bytes[i])));
      size = size * 16 + static_cast<size_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    }
    if (i == at) return 0;
    at = eol + 2;
    if (size == 0) {  // trailers, then an empty line
      while (true) {
        const size_t end = bytes.find("\r\n", at);
        if (end == std::string_view::npos) return std::nullopt;
        if (end == at) return end + 2;
        at = end + 2;
      }
    }
    if (bytes.size() < at + size + 2) return std::nullopt;
    at += size + 2;
  }
}

Framing Frame(std::string_view bytes, const ServerOptions& options) {
  Framing f;
  // A request starts with a method: upper-case letters and a space. Anything
  // else (a TLS hello on the plain port, binary) is refused at once.
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == ' ' && i > 0) break;
    if (bytes[i] < 'A' || bytes[i] > 'Z' || i > 16) {
      f.state = Framing::kRefuse;
      return f;
    }
  }
  size_t head_end = bytes.find("\r\n\r\n");
  if (head_end == std::string_view::npos) {
    if (bytes.size() > options.max_header_bytes) f.state = Framing::kRefuse;
    return f;
  }
  head_end += 4;
  if (head_end > options.max_header_bytes) {
    f.state = Framing::kRefuse;
    return f;
  }
  std::optional<size_t> content_length;
  bool chunked = false;
  std::string_view head = bytes.substr(0, head_end);
  size_t line = head.find("\r\n") + 2;
  while (line < head_end - 2) {
    const size_t eol = head.find("\r\n", line);
    std::string_view field = head.substr(line, eol - line);
    line = eol + 2;
    const size_t colon = field.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = field.substr(0, colon);
    std::string_view value = field.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
      value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (EqualNoCase(name, "Content-Length")) {
      size_t n = 0;
      bool ok = !value.empty();
      for (char c : value) {
        if (c < '0' || c > '9' || n > (size_t{1} << 50)) {
          ok = false;
          break;
        }
        n = n * 10 + static_cast<size_t>(c - '0');
      }
      // Unreadable or too large: cpp-httplib answers 400 or 413 from the head.
      if (!ok || n > options.max_request_bytes) {
        f.state = Framing::kRefuse;
        f.length = head_end;
        f.discard = ok ? n : 0;
        return f;
      }
      content_length = n;
    } else if (EqualNoCase(name, "Transfer-Encoding")) {
      chunked = value.find("chunked") != std::string_view::npos;
    } else if (EqualNoCase(name, "Expect")) {
      f.wants_continue = EqualNoCase(value, "100-continue");
    }
  }
  if (chunked) {
    const std::optional<size_t> end = ChunkedEnd(bytes, head_end);
    if (end && *end == 0) {
      f.state = Framing::kRefuse;
      return f;
    }
    if (!end) {
      if (bytes.size() - head_end > options.max_request_bytes + (1u << 20))
        f.state = Framing::kRefuse;
      return f;
    }
    f.state = Framing::kComplete;
    f.length = *end;
    f.wants_continue = false;
    return f;
  }
  const size_t total = head_end + content_length.value_or(0);
  if (bytes.size() >= total) {
    f.state = Framing::kComplete;
    f.length = total;
    f.wants_continue = false;
  }
  return f;
}

// Removes the Expect header from a request head (the 100 Continue was sent).
std::string WithoutExpect(std::string request) {
  size_t line = request.find("\r\n");
  const size_t head_end = request.find("\r\n\r\n");
  while (line != std::string::npos && line < head_end) {
    const size_t next = request.find("\r\n", line + 2);
    if (next - line > 8 && EqualNoCase(std::string_view(request).substr(line + 2, 7), "Expect:")) {
      request.erase(line, next - line);
      break;
    }
    line = next;
  }
  return request;
}

// Sends all of `bytes` on non-blocking `fd` before `deadline`.
bool SendAll(int fd, std::string_view bytes, Clock::time_point deadline) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n > 0) {
      bytes.remove_prefix(static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return false;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd, POLLOUT, 0};
    if (::poll(&p, 1, static_cast<int>(std::min<long>(left, 1000))) < 0 && errno != EINTR)
      return false;
  }
  return true;
}

// One request, already received, as cpp-httplib's input; answers go to the socket.
class BufferedStream : public httplib::Stream {
 public:
  BufferedStream(int fd, std::string_view request, const std::string& ip, int port,
                 Clock::time_point write_deadline)
      : fd_(fd), request_(request), ip_(ip), port_(port), write_deadline_(write_deadline) {}
  bool is_readable() const override { return pos_ < request_.size(); }
  bool is_writable() const override { return Clock::now() < write_deadline_; }
  ssize_t read(char* ptr, size_t size) override {
    const size_t n = std::min(size, request_.size() - pos_);
    std::memcpy(ptr, request_.data() + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    return SendAll(fd_, std::string_view(ptr, size), write_deadline_) ? static_cast<ssize_t>(size)
                                                                      : -1;
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = ip_;
    port = port_;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    ip.clear();
    port = 0;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) return;
    char host[NI_MAXHOST], service[NI_MAXSERV];
    if (::getnameinfo(reinterpret_cast<sockaddr*>(&address), length, host, sizeof host, service,
                      sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
      ip = host;
      port = std::atoi(service);
    }
  }
  socket_t socket() const override { return fd_; }

 private:
  int fd_;
  std::string_view request_;
  size_t pos_ = 0;
  const std::string& ip_;
  int port_;
  Clock::time_point write_deadline_;
};

struct Connection {
  int fd = -1;
  std::string address;
  int port = 0;
  std::string buffer;          // received, not yet answered
  Clock::time_point deadline;  // of the request being received, or of idleness
  bool sent_continue = false;
  size_t served = 0;  // requests answered on this connection
  // After a 413, the rest of the refused body is read and thrown away, so that
  // a client still sending it gets the answer instead of a reset connection.
  size_t drain = 0;
};

// cpp-httplib's server with its own accepting replaced: process_request is
// fed one complete request at a time.
class Engine : public httplib::Server {
 public:
  bool Answer(Connection& c, std::string_view request, bool close, const ServerOptions& options,
              bool* keep) {
    BufferedStream stream(c.fd, request, c.address, c.port,
                          Clock::now() + std::chrono::seconds(options.write_timeout_seconds));
    bool closed = false;
    bad_request_ = false;
    const bool ok = process_request(stream, close, closed, {});
    *keep = ok && !close && !closed && !bad_request_;
    return ok;
  }
  static thread_local bool bad_request_;
};

thread_local bool Engine::bad_request_ = false;

}  // namespace

struct HttpServer::Impl {
  const workbench::Workbench& workbench;
  ServerOptions options;
  Engine engine;
  int listener = -1;
  int wake[2] = {-1, -1};
  std::atomic<bool> stopping{false};

  std::mutex mutex;
  std::condition_variable ready_cv;
  // Complete requests waiting for a worker: the connection and the request's length.
  std::deque<std::pair<std::unique_ptr<Connection>, size_t>> ready;
  std::vector<std::unique_ptr<Connection>> returned;  // kept alive, back to the accepting thread
  std::map<std::string, size_t> per_address;          // open connections, waiting or answered
  size_t open = 0;

  Impl(const workbench::Workbench& w, ServerOptions o) : workbench(w), options(std::move(o)) {}

  void Wake() {
    const char b = 1;
    (void)!::write(wake[1], &b, 1);
  }

  void CloseConnection(Connection& c) {
    if (c.fd >= 0) ::close(c.fd);
    c.fd = -1;
    std::lock_guard<std::mutex> lock(mutex);
    --open;
    if (--per_address[c.address] == 0) per_address.erase(c.address);
  }

  // Answers `status` from the workbench's error page without a worker, and closes.
  void Refuse(Connection& c, int status) {
    SendAll(c.fd, Wire(workbench.ErrorFor("/", status)), Clock::now());  // one try: never wait here
    if (options.log) options.log(fmt::format("- - {} ({} dropped)", status, c.address));
    CloseConnection(c);
  }

  void Work() {
    while (true) {
      std::unique_ptr<Connection> c;
      size_t length = 0;
      {
        std::unique_lock<std::mutex> lock(mutex);
        ready_cv.wait(lock, [&] { return stopping || !ready.empty(); });
        if (ready.empty()) return;
        c = std::move(ready.front().first);
        length = ready.front().second;
        ready.pop_front();
      }
      const bool refuse = length == 0;  // unframable: hand over what came, then close
      std::string request = refuse ? std::move(c->buffer) : c->buffer.substr(0, length);
      if (!refuse) c->buffer.erase(0, length);
      if (c->sent_continue) request = WithoutExpect(std::move(request));
      ++c->served;
      const bool close =
          refuse || stopping || c->served >= 100 || c->buffer.size() > options.max_header_bytes;
      bool keep = false;
      engine.Answer(*c, request, close, options, &keep);
      if (c->drain > 0 && !stopping) {
        c->buffer.clear();
        c->deadline = Clock::now() + std::chrono::seconds(options.request_timeout_seconds);
        {
          std::lock_guard<std::mutex> lock(mutex);
          returned.push_back(std::move(c));
        }
        Wake();
        continue;
      }
      if (!keep || stopping) {
        CloseConnection(*c);
        continue;
      }
      c->sent_continue = false;
      c->deadline =
          Clock::now() + std::chrono::seconds(c->buffer.empty() ? options.keep_alive_seconds
                                                                : options.request_timeout_seconds);
      {
        std::lock_guard<std::mutex> lock(mutex);
        returned.push_back(std::move(c));
      }
      Wake();
    }
  }

  void Dispatch(std::unique_ptr<Connection> c, size_t length) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      ready.emplace_back(std::move(c), length);
    }
    ready_cv.notify_one();
  }

  // Reads what `c` has sent; false when it is finished with (closed or handed over).
  bool Receive(std::unique_ptr<Connection>& c) {
    char chunk[16384];
    if (c->drain > 0) {
      while (true) {
        const ssize_t n = ::recv(c->fd, chunk, sizeof chunk, 0);
        if (n > 0) {
          c->drain -= std::min(c->drain, static_cast<size_t>(n));
          if (c->drain == 0) break;
          continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return true;
        break;
      }
      CloseConnection(*c);
      return false;
    }
    bool ended = false;  // the client has sent all it will (it may still read the answer)
    while (true) {
      const ssize_t n = ::recv(c->fd, chunk, sizeof chunk, 0);
      if (n > 0) {
        if (c->buffer.empty())
          c->deadline = Clock::now() + std::chrono::seconds(options.request_timeout_seconds);
        c->buffer.append(chunk, static_cast<size_t>(n));
        if (c->buffer.size() > options.max_request_bytes + options.max_header_bytes + (1u << 20))
          break;
        continue;
      }
      if (n == 0) {
        ended = true;
        break;
      }
      if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        CloseConnection(*c);  // the connection failed
        return false;
      }
      break;
    }
    const Framing f = Frame(c->buffer, options);
    if (ended && f.state == Framing::kIncomplete) {
      CloseConnection(*c);  // closed before its request was complete (or between requests)
      return false;
    }
    if (f.state == Framing::kRefuse) {
      if (f.length > 0) {
        c->drain = f.discard - std::min(f.discard, c->buffer.size() - f.length);
        c->buffer.resize(f.length);  // the head only: cpp-httplib answers 400 or 413
      }
      Dispatch(std::move(c), 0);
      return false;
    }
    if (f.state == Framing::kComplete) {
      Dispatch(std::move(c), f.length);
      return false;
    }
    if (f.wants_continue && !c->sent_continue) {
      c->sent_continue = true;
      SendAll(c->fd, "HTTP/1.1 100 Continue\r\n\r\n", Clock::now());
    }
    return true;
  }

  // Makes room for one more connection from `address` by dropping the oldest
  // waiting one (of that address when `same_address`); false when none waits.
  bool Evict(std::list<std::unique_ptr<Connection>>& waiting, const std::string& address,
             bool same_address) {
    auto oldest = waiting.end();
    for (auto it = waiting.begin(); it != waiting.end(); ++it) {
      if (same_address && (*it)->address != address) continue;
      // Idle kept-alive connections go first, then the oldest deadline.
      if (oldest == waiting.end() || ((*it)->buffer.empty() && !(*oldest)->buffer.empty()) ||
          ((*it)->buffer.empty() == (*oldest)->buffer.empty() &&
           (*it)->deadline < (*oldest)->deadline)) {
        oldest = it;
      }
    }
    if (oldest == waiting.end()) return false;
    if ((*oldest)->buffer.empty()) {
      CloseConnection(**oldest);
    } else {
      Refuse(**oldest, 408);
    }
    waiting.erase(oldest);
    return true;
  }

  void Accept(std::list<std::unique_ptr<Connection>>& waiting) {
    while (true) {
      sockaddr_storage address{};
      socklen_t length = sizeof address;
      const int fd = ::accept4(listener, reinterpret_cast<sockaddr*>(&address), &length,
                               SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) return;
      int yes = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
      auto c = std::make_unique<Connection>();
      c->fd = fd;
      char host[NI_MAXHOST], service[NI_MAXSERV];
      if (::getnameinfo(reinterpret_cast<sockaddr*>(&address), length, host, sizeof host, service,
                        sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
        c->address = host;
        c->port = std::atoi(service);
      }
      c->deadline = Clock::now() + std::chrono::seconds(options.request_timeout_seconds);
      size_t from_address = 0, total = 0;
      {
        std::lock_guard<std::mutex> lock(mutex);
        from_address = per_address[c->address];
        total = open;
        ++open;
        ++per_address[c->address];
      }
      bool room = true;
      if (from_address >= options.max_connections_per_address)
        room = Evict(waiting, c->address, true);
      if (room && total >= options.max_connections) room = Evict(waiting, c->address, false);
      if (!room) {
        Refuse(*c, 503);
        continue;
      }
      waiting.push_back(std::move(c));
    }
  }

  void Loop() {
    std::list<std::unique_ptr<Connection>> waiting;
    std::vector<pollfd> fds;
    std::vector<std::list<std::unique_ptr<Connection>>::iterator> at;
    while (!stopping) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        for (auto& c : returned) waiting.push_back(std::move(c));
        returned.clear();
      }
      // A kept-alive connection may already hold its next request.
      for (auto it = waiting.begin(); it != waiting.end();) {
        if (!(*it)->buffer.empty() && Frame((*it)->buffer, options).state != Framing::kIncomplete) {
          const Framing f = Frame((*it)->buffer, options);
          if (f.state == Framing::kRefuse && f.length > 0) (*it)->buffer.resize(f.length);
          Dispatch(std::move(*it), f.state == Framing::kComplete ? f.length : 0);
          it = waiting.erase(it);
        } else {
          ++it;
        }
      }
      fds.assign({{listener, POLLIN, 0}, {wake[0], POLLIN, 0}});
      at.clear();
      for (auto it = waiting.begin(); it != waiting.end(); ++it) {
        fds.push_back({(*it)->fd, POLLIN, 0});
        at.push_back(it);
      }
      if (::poll(fds.data(), fds.size(), 100) < 0 && errno != EINTR) break;
      if (fds[1].revents & POLLIN) {
        char drain[64];
        while (::read(wake[0], drain, sizeof drain) > 0) {
        }
      }
      for (size_t i = 2; i < fds.size(); ++i) {
        if (fds[i].revents == 0) continue;
        if (!Receive(*at[i - 2])) waiting.erase(at[i - 2]);
      }
      // Deadlines: a request that has not fully arrived gets 408; an idle connection is closed.
      const auto now = Clock::now();
      for (auto it = waiting.begin(); it != waiting.end();) {
        if ((*it)->deadline > now) {
          ++it;
          continue;
        }
        if (((*it)->buffer.empty() && (*it)->served > 0) || (*it)->drain > 0) {
          CloseConnection(**it);
        } else {
          Refuse(**it, 408);
        }
        it = waiting.erase(it);
      }
      if (fds[0].revents & POLLIN) Accept(waiting);
    }
    for (auto& c : waiting) CloseConnection(*c);
  }
};

HttpServer::HttpServer(const workbench::Workbench& workbench, ServerOptions options)
    : impl_(std::make_unique<Impl>(workbench, std::move(options))) {
  httplib::Server& server = impl_->engine;
  server.set_payload_max_length(impl_->options.max_request_bytes);
  server.set_keep_alive_timeout(impl_->options.keep_alive_seconds);
  server.set_keep_alive_max_count(100);
  Impl* impl = impl_.get();
  const auto handle = [impl](const httplib::Request& request, httplib::Response& response) {
    const auto start = std::chrono::steady_clock::now();
    Fill(impl->workbench.Handle(Convert(request)), &response);
    if (impl->options.log) {
      const double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
      impl->options.log(
          fmt::format("{} {} {} {:.1f} ms", request.method, request.path, response.status, ms));
    }
  };
  for (auto add : {&httplib::Server::Get, &httplib::Server::Post, &httplib::Server::Put,
                   &httplib::Server::Delete, &httplib::Server::Patch}) {
    (server.*add)(".*", httplib::Server::Handler(handle));
  }
  server.Options(".*", handle);
  // Requests refused before routing (too large, unreadable) and paths no
  // handler took get the workbench's own error answers.
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [impl](const httplib::Request& request, httplib::Response& response) {
        if (response.status == 400 || response.status == 413 || response.status == 414) {
          Engine::bad_request_ = true;  // what follows on the connection cannot be trusted
        }
        if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        Fill(impl->workbench.ErrorFor(request.path, response.status), &response);
        if (impl->options.log)
          impl->options.log(fmt::format("{} {} {}", request.method, request.path, response.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler(
      [impl](const httplib::Request& request, httplib::Response& response, std::exception_ptr) {
        response.status = 500;
        Fill(impl->workbench.ErrorFor(request.path, 500), &response);
      });
}

HttpServer::~HttpServer() {
  if (impl_->listener >= 0) ::close(impl_->listener);
  for (int fd : impl_->wake) {
    if (fd >= 0) ::close(fd);
  }
}

Result<int> HttpServer::Bind() {
  const std::string& host = impl_->options.bind;
  auto refuse = [&] {
    return Fail(
        ErrorCode::kIo, fmt::format("{}:{}", host, impl_->options.port),
        "cannot listen here: the port is in use or the address is not one of this machine's");
  };
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), std::to_string(impl_->options.port).c_str(), &hints, &found) !=
      0) {
    return refuse();
  }
  int fd = -1;
  for (addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
    fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    // SO_REUSEADDR only: SO_REUSEPORT would let a second server take a port in use.
    int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 512) != 0) {
      ::close(fd);
      fd = -1;
    }
  }
  ::freeaddrinfo(found);
  if (fd < 0) return refuse();
  sockaddr_storage bound{};
  socklen_t length = sizeof bound;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length);
  const int port =
      ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                        : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
  if (::pipe2(impl_->wake, O_NONBLOCK | O_CLOEXEC) != 0) {
    ::close(fd);
    return refuse();
  }
  impl_->listener = fd;
  return port;
}

bool HttpServer::Run() {
  Impl& impl = *impl_;
  if (impl.listener < 0) return false;
  std::vector<std::thread> workers;
  for (size_t i = 0; i < std::max<size_t>(1, impl.options.threads); ++i) {
    workers.emplace_back([&impl] { impl.Work(); });
  }
  impl.Loop();
  impl.stopping = true;
  impl.ready_cv.notify_all();
  for (std::thread& t : workers) t.join();
  for (auto& [c, length] : impl.ready) impl.CloseConnection(*c);
  impl.ready.clear();
  for (auto& c : impl.returned) impl.CloseConnection(*c);
  impl.returned.clear();
  return true;
}

void HttpServer::Stop() {
  impl_->stopping = true;
  impl_->ready_cv.notify_all();
  if (impl_->wake[1] >= 0) impl_->Wake();
}

}  // namespace tandem::http
