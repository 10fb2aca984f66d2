// The date a draft states for itself, to check it against the red lines in
// force on that day (redlines::InForceOn).
#ifndef TANDEM_PIPELINE_CHECK_DRAFT_DATE_H_
#define TANDEM_PIPELINE_CHECK_DRAFT_DATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/check/red_line_checker.h"

namespace tandem::check {

// The first date written in a short paragraph (a dateline: at most 160
// bytes) among the first five of each side, as YYYY-MM-DD: "Bruxelles, le
// 1er mars 2025", "Brussel, 3 maart 2025", "Date : 03/03/2025", "2025-03-03".
// "" when none states one.
std::string DraftDate(const std::vector<DraftSide>& sides);

// The date in `text` (the same forms), or "".
std::string DateIn(std::string_view text);

// Today's date in UTC, YYYY-MM-DD.
std::string Today();

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_DRAFT_DATE_H_
