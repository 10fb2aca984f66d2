// tandem serve [--db INDEX] [--redlines DIR] [--allow-edit] [--port 8080] [--bind 127.0.0.1]
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>
#include <thread>

#include "commands.h"
#include "console.h"
#include "pipeline/http/http_server.h"
#include "pipeline/workbench/workbench.h"

namespace tandem::cli {
namespace {

struct ServeOptions {
  CommonOptions common;
  std::vector<std::string> db;
  std::vector<std::string> redlines;
  std::string bind = "127.0.0.1";
  int port = 8080;
  size_t max_upload_mb = 10;
  size_t threads = 8;
  int request_timeout = 10;
  bool allow_edit = false;
};

bool IsLoopback(const std::string& address) {
  return address == "127.0.0.1" || address == "::1" || address == "localhost" ||
         address.rfind("127.", 0) == 0;
}

int RunServe(const ServeOptions& options) {
  workbench::WorkbenchOptions wb;
  wb.index_paths = IndexPaths(options.db);
  wb.redline_paths = options.redlines;
  wb.max_upload_bytes = options.max_upload_mb << 20;
  wb.version = TANDEM_VERSION;
  wb.allow_edit = options.allow_edit;
  if (IsLoopback(options.bind)) wb.allowed_hosts = {"127.0.0.1", "localhost", "::1", options.bind};
  auto bench = workbench::Workbench::Open(wb);
  if (!bench) {
    PrintError(bench.error());
    return kExitError;
  }
  http::ServerOptions server_options;
  server_options.bind = options.bind;
  server_options.port = options.port;
  server_options.threads = options.threads;
  server_options.request_timeout_seconds = options.request_timeout;
  // Two drafts and the form around them.
  server_options.max_request_bytes = 2 * wb.max_upload_bytes + wb.max_pasted_bytes + (1u << 20);
  if (!options.common.quiet) {
    server_options.log = [](const std::string& line) {
      fmt::print(stderr, "tandem serve: {}\n", line);
    };
  }
  // SIGINT and SIGTERM are taken by one thread that stops the server, so the
  // server's threads never see them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  http::HttpServer server(*bench, server_options);
  auto port = server.Bind();
  if (!port) {
    PrintError(port.error());
    return kExitError;
  }
  const bool v6 = options.bind.find(':') != std::string::npos;
  const std::string host = options.bind == "0.0.0.0" ? "127.0.0.1"
                           : v6                      ? "[" + options.bind + "]"
                                                     : options.bind;
  if (!IsLoopback(options.bind)) {
    fmt::print(
        stderr,
        "tandem serve: warning: listening on {}, beyond this machine; the workbench has no login\n",
        options.bind);
  }
  fmt::print("tandem workbench: http://{}:{}/  (index {}; Ctrl-C stops it)\n", host, *port,
             fmt::join(wb.index_paths, ", "));
  std::fflush(stdout);
  std::thread watcher([&server, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.Stop();
  });
  const bool ran = server.Run();
  pthread_kill(watcher.native_handle(), SIGTERM);  // Run() may have ended without a signal
  watcher.join();
  if (!ran) {
    PrintError(fmt::format("{}:{}: the server stopped unexpectedly", options.bind, *port));
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the web workbench: search prior positions (FR/NL side by side), review a\n"
      "document's alignment and QA flags and export it, check a draft against red lines.\n"
      "Read-only on the index; listens on 127.0.0.1 unless --bind says otherwise.");
  cmd->add_option("--db", options->db,
                  "Index to serve (default: the default index; repeat to serve several as one)");
  cmd->add_option("--redlines", options->redlines,
                  "Red-line files, or folders of them, for the check page");
  cmd->add_flag("--allow-edit", options->allow_edit,
                "Let the workbench save dossiers edited in /dossiers into the first --redlines\n"
                "folder (its only write; off by default)");
  cmd->add_option("--port", options->port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", options->bind, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--max-upload-mb", options->max_upload_mb,
                  "Largest draft file accepted, in MB (default 10)")
      ->check(CLI::Range(1, 512));
  cmd->add_option("--threads", options->threads, "Requests handled at once (default 8)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--request-timeout", options->request_timeout,
                  "Seconds a request (head and body) may take to arrive before it is\n"
                  "answered 408 and its connection closed (default 10)")
      ->check(CLI::Range(1, 3600));
  cmd->add_flag("-q,--quiet", options->common.quiet, "No request log on stderr");
  cmd->callback([options, exit_code] { *exit_code = RunServe(*options); });
}

}  // namespace tandem::cli
