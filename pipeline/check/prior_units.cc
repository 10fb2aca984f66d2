#include "pipeline/check/prior_units.h"

namespace tandem::check {

std::vector<PriorUnit> ClosestPriors(const CheckReport& report, index::Searcher& searcher) {
  std::vector<PriorUnit> priors(report.findings.size());
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const std::string& about = f.sentence.empty() ? f.agreed : f.sentence;
    if (about.empty()) continue;
    index::SearchRequest request;
    request.like = about;
    request.language = f.language;
    request.cross_lingual = false;
    request.facets = false;
    request.limit = 1;
    auto results = searcher.Search(request);
    if (!results || results->hits.empty()) continue;
    const index::Hit& hit = results->hits.front();
    for (const index::HitText& text : hit.texts) {
      if (text.language == f.language) priors[i] = {hit.source, text.text};
    }
  }
  return priors;
}

}  // namespace tandem::check
