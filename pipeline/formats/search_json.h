// Search results as JSON: what `tandem search --json` prints and the
// workbench's /api/search answers (one shape for both).
#ifndef TANDEM_PIPELINE_FORMATS_SEARCH_JSON_H_
#define TANDEM_PIPELINE_FORMATS_SEARCH_JSON_H_

#include <string>

#include "pipeline/index/searcher.h"

namespace tandem::formats {

// {"query", "estimated_matches", "offset", "query_languages", "translated_to",
//  "facets", "facets_exact", "partial", ["like", "suggestion", "note"], "xapian_query",
//  "hits": [{"rank", "percent", "weight", "source", "source_id", "title",
//  "format", "type", "date", "section", "kind", "position", "page", "score",
//  "cross_lingual", "texts": [{"lang", "text", "matches": [{"begin", "end",
//  "word"}]}]}]}. `indent` < 0: one line.
std::string SearchResultsJson(const index::SearchRequest& request,
                              const index::SearchResults& results, int indent);

}  // namespace tandem::formats

#endif  // TANDEM_PIPELINE_FORMATS_SEARCH_JSON_H_
