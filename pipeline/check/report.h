// The red-line report for a person (text, HTML) or a tool (JSON, the
// contract's shape in ../shared/spec/redlines.md), in French or Dutch.
#ifndef TANDEM_PIPELINE_CHECK_REPORT_H_
#define TANDEM_PIPELINE_CHECK_REPORT_H_

#include <string>
#include <vector>

#include "pipeline/check/red_line_checker.h"

namespace tandem::check {

// Optional for each finding: the closest prior unit from the index, reduced
// to the sentence(s) about the rule, with the rule's words marked.
struct PriorUnit {
  std::string source, text;
  std::vector<std::pair<size_t, size_t>> marks;  // byte ranges in `text`
};

// Why `f` was raised, for a person, one line each in `language` (French or
// Dutch): the words that matched the rule, the words that put the draft on
// the dossier's topic (require), the negation and attribution cues read and
// how they counted, the stance or amount read, the other version (parity).
std::vector<std::string> Explain(const Finding& f, Language language);

// The language of a report's labels: `asked`, or the language most of the
// findings are in (French when there are none).
Language ReportLanguage(const CheckReport& report, Language asked);

// `file:paragraph: severity rule — message`, the sentence with the offending
// words between »» and ««  (or in bold red with `colour`), why, the agreed wording.
std::string TextReport(const CheckReport& report, bool colour,
                       const std::vector<PriorUnit>& priors = {},
                       Language language = Language::kUnknown);

// {"findings": [...], "summary": {"blocking", "warning", "paragraphs"}}; each
// finding also has "marked", "why" (Explain in its message's language) and
// "explanation" (the same, structured).
std::string JsonReport(const CheckReport& report, const std::vector<PriorUnit>& priors = {},
                       Language language = Language::kUnknown);

// A self-contained page (no script, inline style): summary, findings grouped
// by severity, sentences with the words marked, why, agreed wording, prior unit.
std::string HtmlReport(const CheckReport& report, const std::string& title,
                       const std::vector<PriorUnit>& priors = {},
                       Language language = Language::kUnknown);

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_REPORT_H_
