// The precedent of each finding: what Belgium wrote before on the same point.
#ifndef TANDEM_PIPELINE_CHECK_PRIOR_UNITS_H_
#define TANDEM_PIPELINE_CHECK_PRIOR_UNITS_H_

#include <vector>

#include "pipeline/check/report.h"
#include "pipeline/index/searcher.h"

namespace tandem::check {

// For each finding of `report` (same order), the unit of the index closest to
// its sentence (or, for a whole-draft finding, to the agreed wording), in the
// finding's language; empty where the index has none or cannot be read.
std::vector<PriorUnit> ClosestPriors(const CheckReport& report, index::Searcher& searcher);

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_PRIOR_UNITS_H_
