// Internal to index: turning what the user typed into Xapian queries.
#ifndef TANDEM_PIPELINE_INDEX_QUERY_BUILDER_H_
#define TANDEM_PIPELINE_INDEX_QUERY_BUILDER_H_

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "pipeline/lexicon/lexicon.h"
#include "pipeline/model/language.h"

namespace tandem::index {

// Field prefixes a query may use, and the term prefix each one filters on.
struct FieldPrefix {
  const char* field;
  const char* prefix;
};
inline constexpr FieldPrefix kFields[] = {
    {"source", "XW"}, {"type", "XT"}, {"section", "XH"}, {"lang", "L"}, {"year", "Y"},
};

class QueryBuilder {
 public:
  // `lexicon` (not owned, may be null) translates for cross-lingual queries.
  QueryBuilder(const Xapian::Database& db, const lexicon::Lexicon* lexicon);

  // The query, already cleaned by Clean(), read in each of `languages` (its
  // stemmer, stop words and prefix) and OR-ed; each reading only matches units
  // that have that language. `default_op` joins words without an operator.
  // A syntax error makes the words be searched plainly and says so in `*note`.
  Xapian::Query Parse(const std::string& query, const std::vector<Language>& languages,
                      Xapian::Query::op default_op, std::string* note) const;

  // The plain words of `query` (not in quotes, fields, ranges or negations)
  // translated from `from` into `to` through the lexicon, each word an OR of
  // the index's words for its translations, joined by `default_op`, only over
  // units that have `to`, at half weight. Empty when nothing translates.
  Xapian::Query Translate(const std::string& query, Language from, Language to,
                          Xapian::Query::op default_op) const;

  // The query, cleaned by Clean(), read in `from` when it is plain (words,
  // "phrases", fields and date ranges; no operators, negations or brackets):
  // each word, or each run of words that the lexicon or the alias table knows
  // as one ("peine de mort", "République démocratique du Congo"), becomes a
  // group: OP_SYNONYM of its own terms in `from`, the forms of its aliases in
  // every language, its Dutch compound parts or closed form, and its lexicon
  // translations into each of `to` (best first, at most kTranslationsPerWord).
  // Groups are joined by `default_op` and filtered by the query's fields, so a
  // translation stands for its word: an AND stays an AND, and a word with no
  // translation stays required. Stop words outside groups are dropped. Empty
  // when the query is not plain or has no word; then use Parse and Translate.
  Xapian::Query Groups(const std::string& query, Language from, const std::vector<Language>& to,
                       Xapian::Query::op default_op) const;

  // The field filters and date ranges of `query` alone, AND-ed (empty when it
  // has none): what a translated reading must obey too.
  Xapian::Query Filters(const std::string& query) const;

  // "More like this": the `max_terms` most telling words of `text` (tf x idf
  // over the index) in `language`, OR-ed; plus, when `to` is set, their
  // translations at half weight. `own` (when set) receives the words' query
  // without their translations.
  Xapian::Query Like(const std::string& text, Language language, Language to,
                     Xapian::Query* own = nullptr, size_t max_terms = 24) const;

  // The query with each word the index does not know replaced by the closest
  // word it does (edit distance 1, or 2 for words of 7+ letters, most frequent
  // first); "" when no word changed.
  std::string Suggest(const std::string& query, const std::vector<Language>& languages) const;

 private:
  std::vector<std::string> Expand(Language language, const std::string& key) const;
  Xapian::Query TranslateWords(const std::vector<std::string>& words, Language from, Language to,
                               Xapian::Query::op op) const;

  // The terms of one word in `language`: its exact form and its stem.
  Xapian::Query WordTerms(Language language, const std::string& word) const;
  // What one Dutch or French word or phrase (SearchWords) becomes in `to` through the lexicon.
  // A rendering of several words is matched by its content words in one unit,
  // or as a phrase when `as_phrase` (the user quoted the words translated).
  std::vector<Xapian::Query> TranslationsOf(const std::vector<lexicon::Translation>& translations,
                                            Language to, bool as_phrase = false) const;
  // The parts of a closed Dutch compound known to the index or the lexicon.
  std::vector<std::string> CompoundParts(Language language, const std::string& word) const;
  // The index's words in `language` spelled like `word` of the other
  // language (a long shared beginning: "maternite" / "materniteit",
  // "fossiles" / "fossiele"): cognates no ending rule lists, tried for a
  // word nothing else renders in `language`. Words under seven letters get none.
  std::vector<std::string> SpellingNeighbours(Language language, const std::string& word) const;
  const Xapian::Stem& StemFor(Language language) const;

  const Xapian::Database& db_;
  const lexicon::Lexicon* lexicon_;
  mutable std::map<Language, Xapian::Stem> stemmers_;
};

// What a user typed, made safe for Parse(): unknown "field:" prefixes become
// plain words (named in `*note`), unbalanced quotes are closed.
std::string Clean(const std::string& query, std::string* note);

// The plain words of a query (see Translate), folded, in order.
std::vector<std::string> PlainWords(const std::string& query);

// The query without its fields and ranges, as typed (for identifying its language).
std::string WordsAsTyped(const std::string& query);

// True when the query negates something (NOT, a leading '-').
bool HasNegation(const std::string& query);

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_QUERY_BUILDER_H_
