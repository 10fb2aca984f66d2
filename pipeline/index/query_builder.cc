#include "pipeline/index/query_builder.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "dictionaries/dictionaries.h"
#include "pipeline/index/schema.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::index {
namespace {

constexpr double kTranslatedWeight = 0.5;  // a translated word counts half an original one
constexpr size_t kExpansionsPerKey = 6;    // index words tried for one translated word key
constexpr size_t kTranslationsPerWord = 8;

bool IsOperator(std::string_view token) {
  return token == "AND" || token == "OR" || token == "NOT" || token == "XOR" || token.rfind("NEAR", 0) == 0 ||
         token.rfind("ADJ", 0) == 0;
}

bool IsKnownField(std::string_view name) {
  for (const FieldPrefix& f : kFields) {
    if (name == f.field) return true;
  }
  return false;
}

// The position of the colon of a known "field:value" token, or npos.
size_t FieldColon(std::string_view token) {
  const size_t colon = token.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
  return IsKnownField(text::FoldForMatching(token.substr(0, colon))) ? colon : std::string_view::npos;
}

// Splits on white space, keeping quoted phrases' quotes attached to their words.
std::vector<std::string_view> Tokens(std::string_view query) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < query.size()) {
    const size_t start = query.find_first_not_of(" \t\r\n", i);
    if (start == std::string_view::npos) break;
    size_t end = query.find_first_of(" \t\r\n", start);
    if (end == std::string_view::npos) end = query.size();
    tokens.push_back(query.substr(start, end - start));
    i = end;
  }
  return tokens;
}

// Folds case and accents as the indexer does, keeping operators and field names.
std::string FoldQuery(const std::string& query) {
  std::string out;
  for (std::string_view token : Tokens(query)) {
    if (!out.empty()) out.push_back(' ');
    if (IsOperator(token)) {
      out.append(token);
      continue;
    }
    if (const size_t colon = FieldColon(token); colon != std::string_view::npos) {
      out.append(text::FoldForMatching(token.substr(0, colon))).push_back(':');
      // Field values keep hyphens and dots ("type:policy-note", "section:2.2").
      out.append(text::FoldForMatching(token.substr(colon + 1)));
      continue;
    }
    out.append(IndexableText(token));
  }
  return out;
}

const Xapian::SimpleStopper& StopperFor(Language language) {
  static const auto* stoppers = [] {
    auto* map = new std::map<Language, Xapian::SimpleStopper>;
    for (Language l : kKnownLanguages) {
      Xapian::SimpleStopper& stopper = (*map)[l];
      for (std::string_view w : dictionaries::WordList(dictionaries::ListKind::kStopwords, LanguageCode(l))) {
        stopper.add(text::FoldForMatching(w));
      }
    }
    return map;
  }();
  return stoppers->at(language);
}

// "2020..2025", "2024-03..2024-06", "2020..", "..2025" over the date slot.
class DateRange : public Xapian::RangeProcessor {
 public:
  DateRange() : Xapian::RangeProcessor(kSlotDate) {}

  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    const std::string low = begin.empty() ? "" : DateValue(begin);
    std::string high = end.empty() ? "" : DateValue(end);
    if ((!begin.empty() && low.empty()) || (!end.empty() && high.empty())) return Xapian::Query(Xapian::Query::OP_INVALID);
    // An end given as a year or a month includes all of it.
    if (!high.empty() && high.substr(4, 2) == "00") high.replace(4, 4, "9999");
    if (!high.empty() && high.substr(6, 2) == "00") high.replace(6, 2, "99");
    if (low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, kSlotDate, high);
    if (high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, kSlotDate, low);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSlotDate, low, high);
  }
};

// Damerau-Levenshtein distance of a and b, or limit + 1 when above `limit`.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t row_min = limit + 1;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      row_min = std::min(row_min, d[i][j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return d[a.size()][b.size()];
}

bool IsStopword(Language language, const std::string& folded) { return StopperFor(language)(folded); }

}  // namespace

std::string Clean(const std::string& query, std::string* note) {
  std::string out;
  std::vector<std::string> unknown;
  for (std::string_view token : Tokens(query)) {
    if (!out.empty()) out.push_back(' ');
    const size_t colon = token.find(':');
    const bool looks_like_field =
        colon != std::string_view::npos && colon > 0 && token.front() != '"' &&
        std::all_of(token.begin(), token.begin() + static_cast<long>(colon),
                    [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-'; });
    if (looks_like_field) {
      std::string_view name = token.substr(0, colon);
      while (!name.empty() && (name.front() == '+' || name.front() == '-')) name.remove_prefix(1);
      if (!IsKnownField(text::FoldForMatching(name))) {
        unknown.emplace_back(name);
        std::string plain(token);
        plain[colon] = ' ';
        out.append(plain);
        continue;
      }
    }
    out.append(token);
  }
  if (std::count(out.begin(), out.end(), '"') % 2 == 1) out.push_back('"');
  if (!unknown.empty()) {
    std::string names;
    for (const std::string& n : unknown) names.append(names.empty() ? "" : ", ").append(n).append(":");
    *note = fmt::format("unknown field {} searched as words (fields: source: type: section: lang: year:)", names);
  }
  return out;
}

std::vector<std::string> PlainWords(const std::string& query) {
  std::vector<std::string> words;
  bool in_quotes = false, negate_next = false;
  for (std::string_view token : Tokens(query)) {
    const size_t quotes = static_cast<size_t>(std::count(token.begin(), token.end(), '"'));
    const bool was_in_quotes = in_quotes || token.front() == '"';
    if (quotes % 2 == 1) in_quotes = !in_quotes;
    if (was_in_quotes) continue;
    if (token == "NOT") {
      negate_next = true;
      continue;
    }
    if (IsOperator(token)) continue;
    const bool negated = negate_next || token.front() == '-';
    negate_next = false;
    if (negated || token.find(':') != std::string_view::npos || token.find("..") != std::string_view::npos) continue;
    for (const text::Word& w : text::SplitWords(token)) {
      if (w.is_number) continue;
      const std::string folded = IndexableText(w.text);
      if (folded.size() >= 2) words.push_back(folded);
    }
  }
  return words;
}

std::string WordsAsTyped(const std::string& query) {
  std::string words;
  for (std::string_view token : Tokens(query)) {
    if (token.find(':') != std::string_view::npos || token.find("..") != std::string_view::npos) continue;
    words.append(token).push_back(' ');
  }
  return words;
}

bool HasNegation(const std::string& query) {
  for (std::string_view token : Tokens(query)) {
    if (token == "NOT" || (token.size() > 1 && token.front() == '-')) return true;
  }
  return false;
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const lexicon::Lexicon* lexicon) : db_(db), lexicon_(lexicon) {}

Xapian::Query QueryBuilder::Parse(const std::string& query, const std::vector<Language>& languages,
                                  Xapian::Query::op default_op, std::string* note) const {
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT;
  const std::string folded = FoldQuery(query);
  DateRange dates;
  std::vector<Xapian::Query> per_language;
  for (Language language : languages) {
    Xapian::QueryParser parser;
    parser.set_database(db_);
    parser.set_stemmer(Xapian::Stem(StemmerName(language)));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    if (language != Language::kUnknown) parser.set_stopper(&StopperFor(language));
    parser.set_default_op(default_op);
    for (const FieldPrefix& f : kFields) parser.add_boolean_prefix(f.field, f.prefix);
    parser.add_rangeprocessor(&dates);
    const std::string prefix = TextPrefix(language);
    Xapian::Query parsed;
    try {
      parsed = parser.parse_query(folded, flags, prefix);
    } catch (const Xapian::QueryParserError& e) {
      *note = fmt::format("query syntax not understood ({}); searched for its words", e.get_msg());
      // Plain words only: no operators, no ranges ("20x..2025" is no range).
      std::string words = folded;
      for (size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i] == '.' && words[i + 1] == '.') words[i] = words[i + 1] = ' ';
      }
      try {
        parsed = parser.parse_query(words, 0, prefix);
      } catch (const Xapian::QueryParserError&) {
        parsed = Xapian::Query();
      }
    }
    if (parsed.empty()) continue;
    if (language == Language::kUnknown) {  // filters only (see Filters)
      per_language.push_back(parsed);
      continue;
    }
    per_language.emplace_back(Xapian::Query::OP_FILTER, parsed, Xapian::Query(LanguageTerm(language)));
  }
  return Xapian::Query(Xapian::Query::OP_OR, per_language.begin(), per_language.end());
}

// The index's words in `language` that a lexicon word key stands for: the
// word itself when the key is a whole short word, else the most frequent
// words that begin with the key.
std::vector<std::string> QueryBuilder::Expand(Language language, const std::string& key) const {
  const std::string prefix = TextPrefix(language);
  const std::string start = Term(prefix, key);
  constexpr size_t kFullKey = 6;  // WordKey's length: shorter keys are whole words
  if (key.size() < kFullKey) {
    if (db_.term_exists(start)) return {start};
    return {};
  }
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start); ++it) {
    found.emplace_back(it.get_termfreq(), *it);
    if (found.size() > 200) break;
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> terms;
  for (size_t i = 0; i < found.size() && i < kExpansionsPerKey; ++i) terms.push_back(found[i].second);
  return terms;
}

Xapian::Query QueryBuilder::TranslateWords(const std::vector<std::string>& words, Language from, Language to,
                                           Xapian::Query::op op) const {
  if (lexicon_ == nullptr) return {};
  std::vector<Xapian::Query> groups;
  for (const std::string& word : words) {
    if (IsStopword(from, word)) continue;
    const std::string key = lexicon::WordKey(word);
    const auto& keys = from == Language::kFrench ? lexicon_->DutchKeysOf(key) : lexicon_->FrenchKeysOf(key);
    std::vector<std::string> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    if (sorted.size() > kTranslationsPerWord) sorted.resize(kTranslationsPerWord);
    std::vector<Xapian::Query> terms;
    for (const std::string& to_key : sorted) {
      for (const std::string& term : Expand(to, to_key)) terms.emplace_back(term);
    }
    // Names, acronyms and numbers are often the same in both languages.
    const std::string same = Term(TextPrefix(to), word);
    if (db_.term_exists(same)) terms.emplace_back(same);
    if (!terms.empty()) groups.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
  if (groups.empty()) return {};
  Xapian::Query joined(op, groups.begin(), groups.end());
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_FILTER, joined, Xapian::Query(LanguageTerm(to))),
                       kTranslatedWeight);
}

Xapian::Query QueryBuilder::Filters(const std::string& query) const {
  std::string filters;
  for (std::string_view token : Tokens(query)) {
    if (token.front() == '"' || IsOperator(token)) continue;
    if (FieldColon(token) != std::string_view::npos || token.find("..") != std::string_view::npos) {
      filters.append(token).push_back(' ');
    }
  }
  if (filters.empty()) return {};
  std::string ignored;
  Xapian::Query parsed = Parse(filters, {Language::kUnknown}, Xapian::Query::OP_AND, &ignored);
  return parsed;
}

Xapian::Query QueryBuilder::Translate(const std::string& query, Language from, Language to,
                                      Xapian::Query::op default_op) const {
  Xapian::Query translated = TranslateWords(PlainWords(query), from, to, default_op);
  if (translated.empty()) return translated;
  Xapian::Query filters = Filters(query);
  return filters.empty() ? translated : Xapian::Query(Xapian::Query::OP_FILTER, translated, filters);
}

Xapian::Query QueryBuilder::Like(const std::string& text, Language language, Language to, Xapian::Query* own_only,
                                 size_t max_terms) const {
  const std::string prefix = TextPrefix(language);
  const Xapian::Stem stem(StemmerName(language));
  std::unordered_map<std::string, size_t> tf;
  std::unordered_map<std::string, std::string> word_of;  // stem term -> a word that gave it
  for (const text::Word& w : text::SplitWords(text)) {
    if (w.is_number) continue;
    const std::string folded = IndexableText(w.text);
    if (folded.size() < 3 || IsStopword(language, folded) || folded.find(' ') != std::string::npos) continue;
    std::string term = "Z";
    term.append(Term(prefix, stem(folded)));
    ++tf[term];
    word_of.emplace(term, folded);
  }
  const double units = std::max<double>(1, db_.get_doccount());
  std::vector<std::pair<double, std::string>> scored;
  for (const auto& [term, count] : tf) {
    const Xapian::doccount df = db_.get_termfreq(term);
    if (df == 0) continue;
    scored.emplace_back(static_cast<double>(count) * std::log(units / df + 1), term);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (scored.size() > max_terms) scored.resize(max_terms);
  std::vector<Xapian::Query> terms;
  std::vector<std::string> words;
  for (const auto& [score, term] : scored) {
    terms.emplace_back(term, static_cast<Xapian::termcount>(tf[term]));
    words.push_back(word_of[term]);
  }
  if (terms.empty()) return {};
  Xapian::Query own(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                    Xapian::Query(LanguageTerm(language)));
  if (own_only != nullptr) *own_only = own;
  if (to == Language::kUnknown) return own;
  Xapian::Query translated = TranslateWords(words, language, to, Xapian::Query::OP_OR);
  return translated.empty() ? own : Xapian::Query(Xapian::Query::OP_OR, own, translated);
}

std::string QueryBuilder::Suggest(const std::string& query, const std::vector<Language>& languages) const {
  bool changed = false;
  std::string out;
  for (std::string_view token : Tokens(query)) {
    if (!out.empty()) out.push_back(' ');
    const std::string word = IndexableText(token);
    const bool plain = !IsOperator(token) && word.size() >= 3 && token.find(':') == std::string_view::npos &&
                       word.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
    bool known = !plain;
    for (Language l : languages) known = known || db_.term_exists(Term(TextPrefix(l), word));
    if (known) {
      out.append(token);
      continue;
    }
    const size_t limit = word.size() >= 7 ? 2 : 1;
    std::string best;
    size_t best_distance = limit + 1;
    Xapian::doccount best_freq = 0;
    for (Language l : languages) {
      const std::string prefix = TextPrefix(l);
      // Candidates share the first letter: most typos are not there.
      const std::string start = Term(prefix, word.substr(0, 1));
      size_t seen = 0;
      for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && seen < 100000; ++it, ++seen) {
        const std::string candidate = (*it).substr(prefix.size());
        const size_t d = EditDistance(word, candidate, limit);
        if (d > limit) continue;
        if (d < best_distance || (d == best_distance && it.get_termfreq() > best_freq)) {
          best = candidate;
          best_distance = d;
          best_freq = it.get_termfreq();
        }
      }
    }
    if (best.empty()) {
      out.append(token);
    } else {
      out.append(best);
      changed = true;
    }
  }
  return changed ? out : "";
}

}  // namespace tandem::index
