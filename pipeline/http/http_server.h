// The workbench on a socket, through cpp-httplib (Debian's libcpp-httplib):
// the only place that includes <httplib.h>. It converts requests, applies the
// size limits and timeouts, and logs one line per request.
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
  int read_timeout_seconds = 20;         // a client that stops sending is dropped
  int write_timeout_seconds = 30;
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
