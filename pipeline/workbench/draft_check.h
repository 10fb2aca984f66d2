// Checking drafts sent to the workbench (uploaded files or pasted text)
// against the loaded red lines: the same readers, checker and reports as
// `tandem check`, with upload limits. Uploads are read from memory and never
// written to disk; a cleaned file name names them in the report and errors.
#ifndef TANDEM_PIPELINE_WORKBENCH_DRAFT_CHECK_H_
#define TANDEM_PIPELINE_WORKBENCH_DRAFT_CHECK_H_

#include <string>
#include <vector>

#include "pipeline/check/report.h"
#include "pipeline/index/searcher.h"
#include "pipeline/model/error.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::workbench {

struct DraftUpload {
  std::string filename;  // as sent; only its cleaned last part is used, as a name
  std::string content;
};

struct DraftCheckRequest {
  std::vector<DraftUpload> files;     // one file (FR, NL or both), or a FR and a NL file
  std::string pasted;                 // text pasted instead of (or besides) files
  std::vector<std::string> dossiers;  // ids to check against; empty: every loaded dossier
  bool parity = false;
  // The rules in force on this day (YYYY-MM-DD); empty: the draft's own date, else today.
  std::string date;
  size_t max_file_bytes = 10u << 20;
  size_t max_pasted_bytes = 1u << 20;
};

struct CheckedDraft {
  check::CheckReport report;
  std::vector<check::PriorUnit> priors;  // same order as the findings; empty without an index
  std::vector<std::string> files;        // the draft's names as shown in the report
  std::vector<std::string> dossiers;     // the ids checked against (the versions in force)
};

// Checks against the versions in force on the request's date among the
// dossiers asked (redlines::InForceOn). Fails with kUsage (nothing to check,
// more than two files, an unknown dossier, no red lines loaded, a wrong date), kTooLarge (a file or the pasted text over
// its limit), or the reader's error naming the uploaded file.
// `searcher` (may be null) cites the closest prior unit of each finding.
Result<CheckedDraft> CheckDrafts(const DraftCheckRequest& request,
                                 const std::vector<redlines::Dossier>& loaded,
                                 index::Searcher* searcher);

// The last part of an uploaded file's name, made safe as a file name
// (letters, digits, . _ -; no leading dot; at most 100 bytes); "draft" when
// nothing is left.
std::string CleanFileName(const std::string& filename);

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_DRAFT_CHECK_H_
