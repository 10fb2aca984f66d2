#include "pipeline/http/http_server.h"

#include <fmt/format.h>
#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <chrono>

namespace tandem::http {
namespace {

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
  return out;
}

void Fill(const workbench::Response& in, httplib::Response* out) {
  out->status = in.status;
  for (const auto& [name, value] : in.headers) out->set_header(name, value);
  out->set_content(in.body, in.content_type);
}

}  // namespace

struct HttpServer::Impl {
  const workbench::Workbench& workbench;
  ServerOptions options;
  httplib::Server server;
  int port = 0;

  Impl(const workbench::Workbench& w, ServerOptions o) : workbench(w), options(std::move(o)) {}
};

HttpServer::HttpServer(const workbench::Workbench& workbench, ServerOptions options)
    : impl_(std::make_unique<Impl>(workbench, std::move(options))) {
  httplib::Server& server = impl_->server;
  const size_t threads = impl_->options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // SO_REUSEADDR only: cpp-httplib's default also sets SO_REUSEPORT, which
  // lets a second server take a port already in use instead of failing.
  // TCP_NODELAY (inherited by accepted sockets): Debian's library is built
  // without it, and Nagle's algorithm then holds each answer ~40 ms.
  server.set_socket_options([](socket_t socket) {
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  server.set_payload_max_length(impl_->options.max_request_bytes);
  server.set_read_timeout(impl_->options.read_timeout_seconds, 0);
  server.set_write_timeout(impl_->options.write_timeout_seconds, 0);
  server.set_keep_alive_timeout(5);
  // One thread serves one connection while it is kept alive: a bounded count
  // lets waiting connections in when there are more clients than threads.
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

HttpServer::~HttpServer() = default;

Result<int> HttpServer::Bind() {
  const std::string& host = impl_->options.bind;
  const int port =
      impl_->options.port == 0
          ? impl_->server.bind_to_any_port(host)
          : (impl_->server.bind_to_port(host, impl_->options.port) ? impl_->options.port : -1);
  if (port <= 0) {
    return Fail(
        ErrorCode::kIo, fmt::format("{}:{}", host, impl_->options.port),
        "cannot listen here: the port is in use or the address is not one of this machine's");
  }
  impl_->port = port;
  return port;
}

bool HttpServer::Run() { return impl_->server.listen_after_bind(); }

void HttpServer::Stop() { impl_->server.stop(); }

}  // namespace tandem::http
