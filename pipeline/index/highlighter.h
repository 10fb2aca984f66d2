// Internal to index: finding the words of a text that a query matched.
#ifndef TANDEM_PIPELINE_INDEX_HIGHLIGHTER_H_
#define TANDEM_PIPELINE_INDEX_HIGHLIGHTER_H_

#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "pipeline/index/searcher.h"

namespace tandem::index {

// The words and stems a query looks for, per language, read off its terms.
class QueryTerms {
 public:
  explicit QueryTerms(const Xapian::Query& query);

  // Spans of the words of `text` (in `language`) that the query matched: by
  // folded form or by stem in that language; names and numbers that the query
  // holds in another language match too (they are shared across languages).
  std::vector<Span> Match(const std::string& text, Language language) const;

  bool Empty() const { return words_.empty() && stems_.empty(); }

 private:
  std::map<Language, std::set<std::string>> words_, stems_;
  std::set<std::string> any_word_;
};

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_HIGHLIGHTER_H_
