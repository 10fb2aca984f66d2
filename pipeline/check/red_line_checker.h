// Checking a draft against red lines: the findings a careful clerk would
// raise (contract: ../shared/spec/redlines.md). Start here for the check stage.
#ifndef TANDEM_PIPELINE_CHECK_RED_LINE_CHECKER_H_
#define TANDEM_PIPELINE_CHECK_RED_LINE_CHECKER_H_

#include <string>
#include <utility>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::check {

// One language side of a draft file: its paragraphs with their numbers in the
// file (1-based, every paragraph of the file counted, headings included).
struct DraftSide {
  std::string file;
  Language language = Language::kUnknown;
  std::vector<Block> blocks;
  std::vector<size_t> numbers;  // same length as blocks
};

// The sides of a read document, numbered in the file's reading order.
std::vector<DraftSide> SidesOf(const Document& document, const std::string& file);

struct Finding {
  std::string rule;  // the rule id, or "parity"
  std::string kind;  // "forbid", "require", "stance", "limit", "term", "parity"
  redlines::Severity severity = redlines::Severity::kBlocking;
  std::string dossier;
  std::string file;
  Language language = Language::kUnknown;
  size_t paragraph = 0;  // 0: about the whole draft
  std::string sentence;  // as written; empty for a whole-draft finding
  std::vector<std::pair<size_t, size_t>> marks;  // offending words: byte ranges in `sentence`
  std::string message;
  std::string agreed;  // the agreed wording in the finding's language, if any
};

struct CheckOptions {
  bool parity = false;  // compare the French and Dutch sides paragraph by paragraph
};

struct CheckReport {
  std::vector<Finding> findings;  // by file, paragraph, then rule order
  size_t paragraphs = 0;          // paragraphs checked, all files and sides
  size_t blocking() const;
  size_t warnings() const;
};

// Checks `sides` (one or more files; FR and NL sides of one draft when
// parity is asked) against every rule of `dossiers`.
CheckReport CheckDraft(const std::vector<DraftSide>& sides, const std::vector<redlines::Dossier>& dossiers,
                       const CheckOptions& options = {});

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_RED_LINE_CHECKER_H_
