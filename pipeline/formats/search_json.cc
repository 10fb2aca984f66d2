#include "pipeline/formats/search_json.h"

#include <nlohmann/json.hpp>

namespace tandem::formats {

std::string SearchResultsJson(const index::SearchRequest& request,
                              const index::SearchResults& results, int indent) {
  nlohmann::json out = {{"query", request.query},
                        {"estimated_matches", results.estimated_matches},
                        {"offset", request.offset},
                        {"query_languages", nlohmann::json::array()},
                        {"translated_to", nlohmann::json::array()},
                        {"facets", results.facets},
                        {"facets_exact", results.facets_exact},
                        {"partial", results.partial},
                        {"hits", nlohmann::json::array()}};
  if (!request.like.empty()) out["like"] = true;
  if (!results.suggestion.empty()) out["suggestion"] = results.suggestion;
  if (!results.note.empty()) out["note"] = results.note;
  out["xapian_query"] = results.xapian_query;
  for (Language l : results.query_languages) out["query_languages"].push_back(LanguageCode(l));
  for (Language l : results.translated_to) out["translated_to"].push_back(LanguageCode(l));
  for (const index::Hit& hit : results.hits) {
    nlohmann::json h = {{"rank", hit.rank},
                        {"percent", hit.percent},
                        {"weight", hit.weight},
                        {"source", hit.source},
                        {"source_id", hit.source_id},
                        {"title", hit.title},
                        {"format", hit.format},
                        {"type", hit.type},
                        {"date", hit.date},
                        {"section", hit.section},
                        {"kind", hit.kind},
                        {"position", hit.position},
                        {"page", hit.page},
                        {"score", hit.score},
                        {"cross_lingual", hit.cross_lingual},
                        {"texts", nlohmann::json::array()}};
    for (const index::HitText& t : hit.texts) {
      nlohmann::json matches = nlohmann::json::array();
      for (const index::Span& s : t.matches) {
        matches.push_back({{"begin", s.begin},
                           {"end", s.end},
                           {"word", t.text.substr(s.begin, s.end - s.begin)}});
      }
      h["texts"].push_back(
          {{"lang", LanguageCode(t.language)}, {"text", t.text}, {"matches", matches}});
    }
    if (hit.duplicates > 0) {
      nlohmann::json also = nlohmann::json::array();
      for (const index::Duplicate& d : hit.also_in) {
        also.push_back({{"source", d.source},
                        {"source_id", d.source_id},
                        {"position", d.position},
                        {"page", d.page}});
      }
      h["also_in"] = std::move(also);
      h["duplicates"] = hit.duplicates;
    }
    out["hits"].push_back(std::move(h));
  }
  return out.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace tandem::formats
