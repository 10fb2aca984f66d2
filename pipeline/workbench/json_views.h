// The JSON API's answers (search results use formats::SearchResultsJson,
// check reports check::JsonReport, the same as the command line).
#ifndef TANDEM_PIPELINE_WORKBENCH_JSON_VIEWS_H_
#define TANDEM_PIPELINE_WORKBENCH_JSON_VIEWS_H_

#include <string>
#include <vector>

#include "pipeline/index/searcher.h"
#include "pipeline/redlines/dossier.h"
#include "pipeline/workbench/views.h"

namespace tandem::workbench {

// {"documents": [{"id", "key", "source", "title", "format", "type", "date", "units", "flagged",
// "languages"}]}
std::string DocumentsJson(const std::vector<index::SourceInfo>& sources);
// The document's fields, plus "units": [{"position", "page", "score", "kind",
// "section", "texts": {"fr", "nl"}, "flags": [{"type", "message", "fr", "nl"}]}].
std::string DocumentJson(const index::SourceDocument& document);
// {"dossiers": [{"id", "path", "agreed", "source", "titles": {"fr", "nl"},
//   "rules": [{"id", "kind", "severity", "line", "wordings": {"fr": [], "nl": []}, ...}]}]}
std::string DossiersJson(const std::vector<redlines::Dossier>& dossiers);
// {"status": "ok", "index": {"paths", "sources", "units", "units_per_language", "bytes",
// "last_ingest"},
//  "dossiers", "version", "started"}
std::string StatusJson(const ServerStatus& status);
// {"error": {"status": 404, "message": "..."}}
std::string ErrorJson(int status, const std::string& message);

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_JSON_VIEWS_H_
