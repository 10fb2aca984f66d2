#include "pipeline/index/query_builder.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "dictionaries/dictionaries.h"
#include "pipeline/index/schema.h"
#include "pipeline/lexicon/aliases.h"
#include "pipeline/lexicon/cognates.h"
#include "pipeline/lexicon/inflections.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::index {
namespace {

constexpr double kTranslatedWeight = 0.5;  // a translated word counts half an original one
constexpr size_t kExpansionsPerKey = 6;    // index words tried for one translated word key
constexpr size_t kTranslationsPerWord = 8;

bool IsOperator(std::string_view token) {
  return token == "AND" || token == "OR" || token == "NOT" || token == "XOR" ||
         token.rfind("NEAR", 0) == 0 || token.rfind("ADJ", 0) == 0;
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
  return IsKnownField(text::FoldForMatching(token.substr(0, colon))) ? colon
                                                                     : std::string_view::npos;
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
      for (std::string_view w :
           dictionaries::WordList(dictionaries::ListKind::kStopwords, LanguageCode(l))) {
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
    if ((!begin.empty() && low.empty()) || (!end.empty() && high.empty()))
      return Xapian::Query(Xapian::Query::OP_INVALID);
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
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      row_min = std::min(row_min, d[i][j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return d[a.size()][b.size()];
}

bool IsStopword(Language language, const std::string& folded) {
  return StopperFor(language)(folded);
}

// True when `folded` is a negation cue of `language` (dictionaries/negation/).
bool IsNegationWord(Language language, const std::string& folded) {
  static const auto* words = [] {
    auto* both = new std::array<std::set<std::string>, 2>;
    for (size_t i = 0; i < 2; ++i) {
      for (auto w :
           dictionaries::WordList(dictionaries::ListKind::kNegation, i == 0 ? "fr" : "nl"))
        (*both)[i].insert(text::FoldForMatching(w));
    }
    return both;
  }();
  if (language != Language::kFrench && language != Language::kDutch) return false;
  return (*words)[language == Language::kDutch ? 1 : 0].count(folded) > 0;
}

// A rendering of several words that the query did not quote ("droits de
// l'homme" for "mensenrechten"): its content words, exact forms, in one unit.
// Not a phrase: a phrase's position checks over every unit holding its words
// cost several times the rest of the query at a million units, and the words
// of a rendering seldom meet in one paragraph apart. Stop words (and
// one-letter elisions, "l") are dropped, as the own reading of a run does; a
// phrase of stop words only stays a phrase, and so does a rendering that holds
// a negation ("sans emploi": its content word alone means the opposite).
Xapian::Query ContentWords(Language language, const std::vector<std::string>& words) {
  const std::string prefix = TextPrefix(language);
  std::vector<Xapian::Query> content, all;
  bool negated = false;
  for (const std::string& w : words) {
    all.emplace_back(Term(prefix, w));
    negated |= IsNegationWord(language, w);
    if (w.size() >= 2 && !IsStopword(language, w)) content.emplace_back(Term(prefix, w));
  }
  if (content.empty() || negated)
    return Xapian::Query(Xapian::Query::OP_PHRASE, all.begin(), all.end());
  if (content.size() == 1) return content[0];
  return Xapian::Query(Xapian::Query::OP_AND, content.begin(), content.end());
}

}  // namespace

std::string Clean(const std::string& query, std::string* note) {
  std::string out;
  std::vector<std::string> unknown;
  for (std::string_view token : Tokens(query)) {
    if (!out.empty()) out.push_back(' ');
    const size_t colon = token.find(':');
    const bool looks_like_field =
        colon != std::string_view::npos && colon > 0 && token.front() != '"' &&
        std::all_of(token.begin(), token.begin() + static_cast<long>(colon), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-';
        });
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
    for (const std::string& n : unknown)
      names.append(names.empty() ? "" : ", ").append(n).append(":");
    *note = fmt::format(
        "unknown field {} searched as words (fields: source: type: section: lang: year:)", names);
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
    if (negated || token.find(':') != std::string_view::npos ||
        token.find("..") != std::string_view::npos)
      continue;
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
    if (token.find(':') != std::string_view::npos || token.find("..") != std::string_view::npos)
      continue;
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

QueryBuilder::QueryBuilder(const Xapian::Database& db, const lexicon::Lexicon* lexicon)
    : db_(db), lexicon_(lexicon) {}

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
    // A unit matching a word of the reading has the language: the filter only
    // matters when the query may match without one (a pure NOT, fields or ranges).
    const bool words_imply_language =
        !HasNegation(query) && folded.find("..") == std::string::npos &&
        std::any_of(parsed.get_unique_terms_begin(), parsed.get_unique_terms_end(),
                    [&](const std::string& term) {
                      return term.rfind(prefix, 0) == 0 || term.rfind("Z" + prefix, 0) == 0;
                    });
    if (words_imply_language) {
      per_language.push_back(parsed);
      continue;
    }
    per_language.emplace_back(Xapian::Query::OP_FILTER, parsed,
                              Xapian::Query(LanguageTerm(language)));
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
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> terms;
  for (size_t i = 0; i < found.size() && i < kExpansionsPerKey; ++i)
    terms.push_back(found[i].second);
  return terms;
}

Xapian::Query QueryBuilder::TranslateWords(const std::vector<std::string>& words, Language from,
                                           Language to, Xapian::Query::op op) const {
  if (lexicon_ == nullptr) return {};
  std::vector<Xapian::Query> groups;
  for (const std::string& word : words) {
    if (IsStopword(from, word)) continue;
    const std::string key = lexicon::WordKey(word);
    const auto& keys =
        from == Language::kFrench ? lexicon_->DutchKeysOf(key) : lexicon_->FrenchKeysOf(key);
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
  // Every term has `to`'s prefix: no filter by language needed.
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, joined, kTranslatedWeight);
}

const Xapian::Stem& QueryBuilder::StemFor(Language language) const {
  auto it = stemmers_.find(language);
  if (it == stemmers_.end())
    it = stemmers_.emplace(language, Xapian::Stem(StemmerName(language))).first;
  return it->second;
}

Xapian::Query QueryBuilder::WordTerms(Language language, const std::string& word) const {
  const std::string prefix = TextPrefix(language);
  const std::string exact = Term(prefix, word);
  // As Xapian's parser reads a lower-case word (STEM_SOME): its stem.
  if (word.empty() || (word[0] >= '0' && word[0] <= '9')) return Xapian::Query(exact);
  std::string stem = "Z";
  stem.append(Term(prefix, StemFor(language)(word)));
  return Xapian::Query(stem);
}

std::vector<Xapian::Query> QueryBuilder::TranslationsOf(
    const std::vector<lexicon::Translation>& translations, Language to, bool as_phrase) const {
  std::vector<Xapian::Query> out;
  for (const lexicon::Translation& t : translations) {
    if (t.words.empty()) continue;
    if (t.is_key) {
      for (const std::string& term : Expand(to, t.words[0])) out.emplace_back(term);
    } else if (t.words.size() == 1) {
      out.push_back(WordTerms(to, t.words[0]));
      // The forms the stemmer keeps apart that the index holds: an infinitive's
      // participles and finite forms ("toekennen" finds "toegekende", "vendre"
      // "vendues"), a noun's or adjective's inflections ("groot" finds "grote").
      std::vector<std::string> forms;
      if (to == Language::kDutch) {
        const std::string& word = t.words[0];
        const bool verb = word.size() >= 5 && word.compare(word.size() - 2, 2, "en") == 0;
        forms = verb ? lexicon::DutchParticiples(word) : lexicon::DutchForms(word);
        if (verb) {
          for (std::string& form : lexicon::DutchVerbForms(word)) forms.push_back(std::move(form));
        }
      } else {
        forms = lexicon::FrenchParticiples(t.words[0]);
      }
      for (const std::string& form : forms) {
        Xapian::Query terms = WordTerms(to, form);
        if (db_.term_exists(*terms.get_terms_begin())) out.push_back(std::move(terms));
      }
    } else if (as_phrase) {
      std::vector<Xapian::Query> phrase;
      for (const std::string& w : t.words) phrase.emplace_back(Term(TextPrefix(to), w));
      out.emplace_back(Xapian::Query::OP_PHRASE, phrase.begin(), phrase.end());
    } else {
      out.push_back(ContentWords(to, t.words));
    }
  }
  return out;
}

std::vector<std::string> QueryBuilder::CompoundParts(Language language,
                                                     const std::string& word) const {
  if (language != Language::kDutch) return {};
  const std::string prefix = TextPrefix(language);
  return lexicon::SplitCompound(word, [&](std::string_view part) {
    const std::string p(part);
    return (lexicon_ != nullptr && lexicon_->IsWord(false, p)) || db_.term_exists(Term(prefix, p));
  });
}

std::vector<std::string> QueryBuilder::SpellingNeighbours(Language language,
                                                          const std::string& word) const {
  constexpr size_t kMinWord = 7, kMinShared = 5, kMaxScanned = 5000, kMaxNeighbours = 6;
  constexpr double kSharedShare = 0.6;  // of the shorter word
  if (word.size() < kMinWord) return {};
  const std::string prefix = TextPrefix(language);
  const std::string start = Term(prefix, word.substr(0, kMinShared));
  std::vector<std::pair<size_t, std::string>> found;  // (shared letters, term)
  size_t scanned = 0;
  for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && scanned < kMaxScanned;
       ++it, ++scanned) {
    const std::string term = *it;
    const std::string candidate = term.substr(prefix.size());
    if (candidate.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) continue;
    size_t shared = 0;
    while (shared < word.size() && shared < candidate.size() && word[shared] == candidate[shared])
      ++shared;
    const double shorter = static_cast<double>(std::min(word.size(), candidate.size()));
    if (static_cast<double>(shared) < kSharedShare * shorter) continue;
    found.emplace_back(shared, term);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (size_t i = 0; i < found.size() && i < kMaxNeighbours; ++i) out.push_back(found[i].second);
  return out;
}

namespace {

// The alternatives of a group as one OP_SYNONYM, each once.
Xapian::Query Synonyms(const std::vector<Xapian::Query>& alternatives) {
  std::vector<Xapian::Query> unique;
  std::vector<std::string> seen;
  for (const Xapian::Query& q : alternatives) {
    std::string description = q.get_description();
    if (std::find(seen.begin(), seen.end(), description) != seen.end()) continue;
    seen.push_back(std::move(description));
    unique.push_back(q);
  }
  return unique.size() == 1
             ? unique[0]
             : Xapian::Query(Xapian::Query::OP_SYNONYM, unique.begin(), unique.end());
}

// A piece of a plain query: words typed together.
struct Piece {
  std::vector<std::string> words;  // SearchWords forms
  bool quoted = false;             // "a phrase"
  bool joined = false;             // one hyphenated token: "tweestaten-oplossing", "Congo-Kinshasa"
  std::string number;              // a token with digits, as the index holds it ("2020", "1.540")
};

// The pieces of a plain query; false when it has operators, negations,
// brackets or wildcards (Parse reads those).
bool PlainPieces(const std::string& query, std::vector<Piece>* pieces) {
  bool in_quotes = false;
  for (std::string_view token : Tokens(query)) {
    if (!in_quotes && (IsOperator(token) || token.front() == '-' || token.front() == '+'))
      return false;
    if (token.find_first_of("()*") != std::string_view::npos) return false;
    const bool opens = !in_quotes && token.front() == '"';
    const size_t quotes = static_cast<size_t>(std::count(token.begin(), token.end(), '"'));
    if (!in_quotes && !opens &&
        (FieldColon(token) != std::string_view::npos ||
         token.find("..") != std::string_view::npos)) {
      continue;  // a filter (Filters)
    }
    if (!in_quotes && token.find(':') != std::string_view::npos) return false;
    const bool was_in_quotes = in_quotes || opens;
    if (quotes % 2 == 1) in_quotes = !in_quotes;
    std::vector<std::string> words = lexicon::SearchWords(token);
    if (words.empty()) continue;
    if (was_in_quotes) {
      if (opens || pieces->empty() || !pieces->back().quoted)
        pieces->push_back(Piece{{}, true, false, ""});
      for (std::string& w : words) pieces->back().words.push_back(std::move(w));
      continue;
    }
    if (std::any_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const std::string folded = IndexableText(token);
      constexpr const char* kPunctuation = ".,;:!?\"'";
      const size_t first = folded.find_first_not_of(kPunctuation),
                   last = folded.find_last_not_of(kPunctuation);
      if (first == std::string::npos) continue;
      pieces->push_back(Piece{words, false, false, folded.substr(first, last - first + 1)});
      continue;
    }
    const bool hyphen =
        token.find('-') != std::string_view::npos || token.find("\u2010") != std::string_view::npos;
    if (hyphen && words.size() > 1) {
      pieces->push_back(Piece{std::move(words), false, true, ""});
      continue;
    }
    // Loose words (an elision "l'homme" gives two) run on in one piece.
    if (pieces->empty() || pieces->back().quoted || pieces->back().joined ||
        !pieces->back().number.empty()) {
      pieces->push_back(Piece{});
    }
    for (std::string& w : words) pieces->back().words.push_back(std::move(w));
  }
  return true;
}

}  // namespace

Xapian::Query QueryBuilder::Groups(const std::string& query, Language from,
                                   const std::vector<Language>& to,
                                   Xapian::Query::op default_op) const {
  std::vector<Piece> pieces;
  if (!PlainPieces(query, &pieces)) return {};
  const bool pair = from == Language::kFrench || from == Language::kDutch;
  const bool from_french = from == Language::kFrench;
  const std::string prefix = TextPrefix(from);
  std::vector<Language> targets;  // the other languages translated into
  for (Language t : to) {
    if (pair && t != from && (t == Language::kFrench || t == Language::kDutch) &&
        lexicon_ != nullptr)
      targets.push_back(t);
  }
  auto phrase_in = [&](Language language, const std::vector<std::string>& words, size_t start,
                       size_t n) {
    const std::string p = TextPrefix(language);
    if (n == 1) return WordTerms(language, words[start]);
    std::vector<Xapian::Query> terms;
    for (size_t i = start; i < start + n; ++i) terms.emplace_back(Term(p, words[i]));
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end());
  };
  // The forms of an alias entity in every language read or translated into.
  auto alias_forms = [&](const lexicon::AliasEntity& entity, std::vector<Xapian::Query>* out) {
    std::vector<Language> languages = {from};
    languages.insert(languages.end(), targets.begin(), targets.end());
    for (Language l : languages) {
      if (l != Language::kFrench && l != Language::kDutch) continue;
      for (const std::string& form : l == Language::kFrench ? entity.fr : entity.nl) {
        const std::vector<std::string> words = lexicon::SearchWords(form);
        if (!words.empty()) out->push_back(phrase_in(l, words, 0, words.size()));
      }
    }
  };
  // The translations of words[start, start + n) into every target; phrases
  // stay phrases when the user quoted the words (`quoted`).
  auto translations = [&](const std::vector<std::string>& words, size_t start, size_t n,
                          std::vector<Xapian::Query>* out, bool quoted) {
    for (Language t : targets) {
      const size_t before = out->size();
      std::vector<lexicon::Translation> found;
      if (lexicon_->Translate(words, start, from_french, &found, kTranslationsPerWord) == n) {
        for (Xapian::Query& q : TranslationsOf(found, t, quoted)) out->push_back(std::move(q));
      } else if (n == 1) {
        // An unknown Dutch compound: its parts' translations, all of them.
        const std::vector<std::string> parts = CompoundParts(from, words[start]);
        std::vector<Xapian::Query> all;
        for (const std::string& part : parts) {
          std::vector<lexicon::Translation> of_part;
          lexicon_->Translate({part}, 0, from_french, &of_part, kTranslationsPerWord);
          std::vector<Xapian::Query> alternatives = TranslationsOf(of_part, t);
          if (alternatives.empty()) break;
          all.emplace_back(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
        }
        if (!parts.empty() && all.size() == parts.size())
          out->emplace_back(Xapian::Query::OP_AND, all.begin(), all.end());
      }
      // Names, acronyms and numbers are often the same in both languages;
      // words of Latin origin differ by a regular ending.
      if (n == 1 && db_.term_exists(Term(TextPrefix(t), words[start])))
        out->emplace_back(Term(TextPrefix(t), words[start]));
      if (n == 1) {
        for (const std::string& cognate : lexicon::CognateCandidates(words[start], from_french)) {
          if (db_.term_exists(Term(TextPrefix(t), cognate))) out->push_back(WordTerms(t, cognate));
        }
        // A word with no other rendering in `t`: the index's words spelled like it.
        if (out->size() == before && !IsStopword(from, words[start])) {
          for (const std::string& term : SpellingNeighbours(t, words[start]))
            out->emplace_back(term);
        }
      }
    }
  };
  std::vector<Xapian::Query> groups;
  for (const Piece& piece : pieces) {
    std::vector<Xapian::Query> alternatives;
    if (!piece.number.empty()) {
      alternatives.emplace_back(Term(prefix, piece.number));
      for (Language t : targets) alternatives.emplace_back(Term(TextPrefix(t), piece.number));
      groups.push_back(Synonyms(alternatives));
      continue;
    }
    if (piece.quoted || piece.joined) {
      // A phrase is one group: its words in order, or what the whole translates or aliases to.
      const size_t n = piece.words.size();
      alternatives.push_back(phrase_in(from, piece.words, 0, n));
      if (piece.joined) {  // "tweestaten-oplossing" = "tweestatenoplossing"
        std::string closed;
        for (const std::string& w : piece.words) closed += w;
        alternatives.push_back(WordTerms(from, closed));
      }
      const lexicon::AliasEntity* entity = nullptr;
      if (lexicon::MatchAlias(piece.words, 0, &entity) == n) alias_forms(*entity, &alternatives);
      if (!targets.empty()) translations(piece.words, 0, n, &alternatives, piece.quoted);
      groups.push_back(Synonyms(alternatives));
      continue;
    }
    const std::vector<std::string>& words = piece.words;
    for (size_t i = 0; i < words.size();) {
      alternatives.clear();
      const lexicon::AliasEntity* entity = nullptr;
      const size_t alias = lexicon::MatchAlias(words, i, &entity);
      size_t known = 0;
      if (!targets.empty()) {
        std::vector<lexicon::Translation> ignored;
        known = lexicon_->Translate(words, i, from_french, &ignored, 1);
      }
      const size_t n = std::max<size_t>({alias, known, 1});
      if (n == 1 && alias == 0 && (words[i].size() < 2 || IsStopword(from, words[i]))) {
        ++i;
        continue;
      }
      if (n == 1) {
        const Xapian::Query word = WordTerms(from, words[i]);
        alternatives.push_back(word);
        // A compound's parts in order find it written as two words. Only for a
        // compound the index does not hold closed: the index closes hyphenated
        // spellings itself ("energie-zekerheid"), so where the archive writes
        // the word closed, two words are a misspelling, and their phrase cost
        // as much as the rest of the query (13 of 25 ms at 1,000,000 units).
        const bool closed_in_index =
            word.get_terms_begin() != word.get_terms_end() && db_.term_exists(*word.get_terms_begin());
        const std::vector<std::string> parts =
            closed_in_index ? std::vector<std::string>{} : CompoundParts(from, words[i]);
        if (!parts.empty())  // "mensenrechten situatie": the parts in order, as typed
          alternatives.push_back(phrase_in(from, parts, 0, parts.size()));
      } else {
        // A run the lexicon knows ("peine de mort"): its own content words anywhere, as typed.
        std::vector<Xapian::Query> own;
        for (size_t k = i; k < i + n; ++k) {
          if (words[k].size() >= 2 && !IsStopword(from, words[k]))
            own.push_back(WordTerms(from, words[k]));
        }
        if (!own.empty()) alternatives.emplace_back(Xapian::Query::OP_AND, own.begin(), own.end());
      }
      if (alias == n && entity != nullptr) alias_forms(*entity, &alternatives);
      translations(words, i, n, &alternatives, false);
      groups.push_back(Synonyms(alternatives));
      i += n;
    }
  }
  if (groups.empty()) return {};
  Xapian::Query joined(default_op, groups.begin(), groups.end());
  Xapian::Query filters = Filters(query);
  return filters.empty() ? joined : Xapian::Query(Xapian::Query::OP_FILTER, joined, filters);
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
  return filters.empty() ? translated
                         : Xapian::Query(Xapian::Query::OP_FILTER, translated, filters);
}

Xapian::Query QueryBuilder::Like(const std::string& text, Language language, Language to,
                                 Xapian::Query* own_only, size_t max_terms) const {
  const std::string prefix = TextPrefix(language);
  const Xapian::Stem stem(StemmerName(language));
  std::unordered_map<std::string, size_t> tf;
  std::unordered_map<std::string, std::string> word_of;  // stem term -> a word that gave it
  for (const text::Word& w : text::SplitWords(text)) {
    if (w.is_number) continue;
    const std::string folded = IndexableText(w.text);
    if (folded.size() < 3 || IsStopword(language, folded) || folded.find(' ') != std::string::npos)
      continue;
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
  std::sort(scored.begin(), scored.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  if (scored.size() > max_terms) scored.resize(max_terms);
  std::vector<Xapian::Query> terms;
  std::vector<std::string> words;
  for (const auto& [score, term] : scored) {
    terms.emplace_back(term, static_cast<Xapian::termcount>(tf[term]));
    words.push_back(word_of[term]);
  }
  if (terms.empty()) return {};
  // Stems with the language's prefix: only units in `language` have them.
  Xapian::Query own(Xapian::Query::OP_OR, terms.begin(), terms.end());
  if (own_only != nullptr) *own_only = own;
  if (to == Language::kUnknown) return own;
  Xapian::Query translated = TranslateWords(words, language, to, Xapian::Query::OP_OR);
  return translated.empty() ? own : Xapian::Query(Xapian::Query::OP_OR, own, translated);
}

std::string QueryBuilder::Suggest(const std::string& query,
                                  const std::vector<Language>& languages) const {
  bool changed = false;
  std::string out;
  for (std::string_view token : Tokens(query)) {
    if (!out.empty()) out.push_back(' ');
    const std::string word = IndexableText(token);
    const bool plain = !IsOperator(token) && word.size() >= 3 &&
                       token.find(':') == std::string_view::npos &&
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
      for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && seen < 100000;
           ++it, ++seen) {
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
