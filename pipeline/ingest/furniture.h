// Internal to ingest: recognising page furniture (running headers and
// footers, page numbers) by what repeats across pages, not by patterns of
// one document.
#ifndef TANDEM_PIPELINE_INGEST_FURNITURE_H_
#define TANDEM_PIPELINE_INGEST_FURNITURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/ingest/pages.h"

namespace tandem::ingest {

// For each page, which of its lines are furniture: a line standing alone
// (blank or page edge on both sides) that is letter-spaced, a bare page
// number, or repeats on another page after digit masking while containing a
// digit (or repeats on at least a third of the pages).
std::vector<std::vector<bool>> FindFurniture(const std::vector<Page>& pages);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_FURNITURE_H_
