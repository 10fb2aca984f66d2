#include "pipeline/index/highlighter.h"

#include "pipeline/index/schema.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::index {

QueryTerms::QueryTerms(const Xapian::Query& query) {
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    const bool stemmed = !term.empty() && term[0] == 'Z';
    if (stemmed) term.erase(0, 1);
    for (Language language : kKnownLanguages) {
      const std::string prefix = TextPrefix(language);
      if (term.compare(0, prefix.size(), prefix) != 0) continue;
      std::string word = term.substr(prefix.size());
      if (stemmed) {
        stems_[language].insert(word);
      } else {
        words_[language].insert(word);
        any_word_.insert(word);
      }
    }
  }
}

std::vector<Span> QueryTerms::Match(const std::string& text, Language language) const {
  std::vector<Span> spans;
  auto words = words_.find(language);
  auto stems = stems_.find(language);
  Xapian::Stem stemmer(StemmerName(language));
  for (const text::Word& word : text::SplitWords(text)) {
    const std::string folded = text::FoldForMatching(word.text);
    bool hit = (words != words_.end() && words->second.count(folded)) ||
               (stems != stems_.end() && stems->second.count(stemmer(folded)));
    // A name or number the query holds in another language ("OTAN" in a French
    // query also marks "OTAN" quoted in the Dutch counterpart).
    if (!hit && (word.is_number || (word.text[0] >= 'A' && word.text[0] <= 'Z')))
      hit = any_word_.count(folded) > 0;
    if (hit) spans.push_back({word.begin, word.end});
  }
  return spans;
}

}  // namespace tandem::index
