// The red-line report for a person (text, HTML) or a tool (JSON, the
// contract's shape in ../shared/spec/redlines.md).
#ifndef TANDEM_PIPELINE_CHECK_REPORT_H_
#define TANDEM_PIPELINE_CHECK_REPORT_H_

#include <string>

#include "pipeline/check/red_line_checker.h"

namespace tandem::check {

// Optional for each finding: the closest prior unit from the index.
struct PriorUnit {
  std::string source, text;
};

// `file:paragraph: severity rule — message`, the sentence with the offending
// words between »» and ««  (or in bold red with `colour`), the agreed wording.
std::string TextReport(const CheckReport& report, bool colour, const std::vector<PriorUnit>& priors = {});

// {"findings": [...], "summary": {"blocking", "warning", "paragraphs"}}.
std::string JsonReport(const CheckReport& report, const std::vector<PriorUnit>& priors = {});

// A self-contained page (no script, inline style): summary, findings grouped
// by severity, sentences with the words marked, agreed wording, prior unit.
std::string HtmlReport(const CheckReport& report, const std::string& title, const std::vector<PriorUnit>& priors = {});

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_REPORT_H_
