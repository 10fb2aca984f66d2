// The precedent of each finding: what Belgium wrote before on the same point.
#ifndef TANDEM_PIPELINE_CHECK_PRIOR_UNITS_H_
#define TANDEM_PIPELINE_CHECK_PRIOR_UNITS_H_

#include <optional>
#include <vector>

#include "pipeline/check/report.h"
#include "pipeline/index/searcher.h"

namespace tandem::check {

// For each finding of `report` (same order), the prior unit of the index that
// is really about its rule, searched with the rule's wording and agreed
// wording in the finding's language, reduced to the sentence(s) that say it
// the agreed way, the rule's words marked: for forbid, the claim negated in
// Belgium's voice; for require, the claim stated; for stance, the agreed
// stance on the subject; for limit, the quantity. Empty (nothing rather than
// a weak match) when no sentence of the best units holds every word of the
// rule's wording, for term and parity findings, and when the index cannot be read.
std::vector<PriorUnit> ClosestPriors(const CheckReport& report, index::Searcher& searcher);

// The sentence(s) of `unit` that say `f`'s rule the agreed way, with the
// rule's words marked; nullopt when none does.
std::optional<PriorUnit> PriorSentences(const Finding& f, const std::string& source,
                                        const std::string& unit);

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_PRIOR_UNITS_H_
