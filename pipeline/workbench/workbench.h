// The web workbench: search for the drafter, document review for the
// translator, red-line checks for the clerk, as HTML pages rendered on the
// server and as a JSON API. Start here for the workbench stage. It only
// translates requests into calls of the other stages and their results into
// pages; pipeline/http puts it on a socket.
#ifndef TANDEM_PIPELINE_WORKBENCH_WORKBENCH_H_
#define TANDEM_PIPELINE_WORKBENCH_WORKBENCH_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/model/error.h"
#include "pipeline/workbench/exchange.h"

namespace tandem::workbench {

struct WorkbenchOptions {
  std::vector<std::string> index_paths;    // opened read-only, searched as one
  std::vector<std::string> redline_paths;  // red-line files or folders; may be empty
  size_t max_upload_bytes = 10u << 20;     // per uploaded draft file
  size_t max_pasted_bytes = 1u << 20;      // text pasted into the check form
  size_t max_query_bytes = 4096;           // a search query or "like this" paragraph
  std::string version;                     // shown on the status page
  // Host names a request may carry (port aside); empty: any. A server on
  // loopback lists its own names, so that a web page cannot reach it through
  // a name that resolves to 127.0.0.1 (DNS rebinding).
  std::vector<std::string> allowed_hosts;
  // Saving a dossier edited in the workbench into the first folder of
  // redline_paths (its only write). Off: the editor shows the form, and a
  // save is refused (403) saying how to turn it on. On: a save must come
  // from a page of this workbench (Origin / Sec-Fetch-Site) with the edit
  // session's token, is validated like `tandem check` loads it, written
  // atomically, and the dossiers are reloaded.
  bool allow_edit = false;
};

class Workbench {
 public:
  // Opens the indexes and loads the red-line files. Fails (kIndex, or the
  // loader's error naming the file and line) when either cannot be read.
  static Result<Workbench> Open(const WorkbenchOptions& options);

  Workbench(Workbench&&) noexcept;
  Workbench& operator=(Workbench&&) noexcept;
  ~Workbench();

  // Answers one request. Thread-safe: requests may be handled concurrently.
  // Never throws for anything a client sends: bad requests get 400, unknown
  // paths 404, oversized input 413.
  Response Handle(const Request& request) const;

  // The answer for a request the HTTP layer refused before it reached
  // Handle (413 for a body over its limit, 400 for an unparsable request):
  // a JSON error under /api/, else a page.
  Response ErrorFor(const std::string& path, int status) const;

 private:
  struct Impl;
  explicit Workbench(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_WORKBENCH_H_
