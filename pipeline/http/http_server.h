// The workbench on a socket, through cpp-httplib (Debian's libcpp-httplib):
// the only place that includes <httplib.h>. One thread accepts connections
// and gathers each request (head and body) without blocking, under a deadline
// and connection caps; only a complete request goes to a worker thread, where
// cpp-httplib parses it and the workbench answers. Logs one line per request.
#ifndef TANDEM_PIPELINE_HTTP_HTTP_SERVER_H_
#define TANDEM_PIPELINE_HTTP_HTTP_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "pipeline/model/error.h"
#include "pipeline/workbench/workbench.h"

namespace tandem::http {

struct ServerOptions {
  std::string bind = "127.0.0.1";        // loopback unless told otherwise
  int port = 8080;                       // 0: any free port (Bind() says which)
  size_t max_request_bytes = 25u << 20;  // whole request body; over it: 413
  // The whole request, head and body, must arrive within this many seconds of
  // its first byte (of the connection, for a new one); otherwise the server
  // answers 408 and closes. A deadline, not a per-read timeout: a client that
  // trickles a byte a second is dropped like one that sends nothing.
  int request_timeout_seconds = 10;
  int write_timeout_seconds = 30;       // the whole answer must be taken within it
  int keep_alive_seconds = 5;           // an idle kept-alive connection is closed after it
  size_t max_header_bytes = 64u << 10;  // request line and headers; over it: 400
  // Open connections at once, in all and per client address. When a cap is
  // reached, the oldest connection still sending its request (or idle) is
  // dropped to make room; when every connection is being answered, the new
  // one gets 503. A thread is taken only once a request has fully arrived.
  size_t max_connections = 256;
  size_t max_connections_per_address = 32;
  size_t threads = 8;  // requests handled at once
  // One line per request ("GET /search?q=… 200 3.1 ms"); null: no log.
  std::function<void(const std::string&)> log;
};

class HttpServer {
 public:
  // `workbench` must outlive the server.
  HttpServer(const workbench::Workbench& workbench, ServerOptions options);
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;
  ~HttpServer();

  // Binds the address; returns the port bound. Fails with kIo naming the
  // address when it is in use or not an address of this machine.
  Result<int> Bind();
  // Serves until Stop(); returns false when the server could not start.
  bool Run();
  // Stops Run() from any thread (a signal handler thread, a test).
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::http

#endif  // TANDEM_PIPELINE_HTTP_HTTP_SERVER_H_
