#include "pipeline/lexicon/lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>

#include "dictionaries/dictionaries.h"
#include "pipeline/lexicon/inflections.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"

namespace tandem::lexicon {
namespace {

constexpr double kKeyWeight = 0.3;        // a learnt link, through the word's key
constexpr double kOtherInflection = 0.8;  // an entry of another inflection of the word

// "Pays-Bas" is two words to the tokenizer, so it is matched as a phrase.
bool IsOneWord(std::string_view s) { return s.find_first_of(" -") == std::string_view::npos; }

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

Origin OriginFromName(std::string_view name) {
  if (name == "freedict") return Origin::kFreedict;
  if (name == "learned") return Origin::kLearned;
  return Origin::kGlossary;
}

// Dictionary forms a Dutch inflected word may come from, most likely first:
// plural and adjective endings (-en, -e, -s) with the spelling changes they
// bring (z/s, v/f, doubled consonants, open syllables: "straten" -> "straat"),
// and past participles ("geëvalueerd" -> "evalueren").
std::vector<std::string> DutchLemmas(const std::string& word) {
  std::vector<std::string> out;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  auto add_base = [&](std::string base) {
    if (base.size() < 3) return;
    out.push_back(base);
    const char last = base.back();
    if (last == 'z' || last == 'v') {
      std::string devoiced = base;
      devoiced.back() = last == 'z' ? 's' : 'f';
      out.push_back(devoiced);
      base = devoiced;
    }
    const size_t n = base.size();
    if (n >= 2 && base[n - 1] == base[n - 2] && !vowel(base[n - 1]))
      out.push_back(base.substr(0, n - 1));
    if (n >= 3 && !vowel(base[n - 1]) && vowel(base[n - 2]) && !vowel(base[n - 3]) &&
        base[n - 2] != 'e' && base[n - 2] != 'i') {
      out.push_back(base.substr(0, n - 1) + base[n - 2] + base[n - 1]);  // "strat" -> "straat"
    }
  };
  auto ends = [&](std::string_view end) {
    return word.size() > end.size() + 2 &&
           word.compare(word.size() - end.size(), end.size(), end) == 0;
  };
  if (ends("en")) add_base(word.substr(0, word.size() - 2));
  if (ends("e")) add_base(word.substr(0, word.size() - 1));
  if (ends("s")) add_base(word.substr(0, word.size() - 1));
  if (ends("te") || ends("de"))
    add_base(word.substr(0, word.size() - 2));  // "verkochte", "gevolgde"
  // A verb stem's infinitive: "evalueer" -> "evalueren", "vergroot" -> "vergroten".
  auto infinitive = [&](std::string stem) {
    const size_t n = stem.size();
    if (n >= 3 && !vowel(stem[n - 1]) && stem[n - 2] == stem[n - 3] && vowel(stem[n - 2]))
      stem.erase(n - 2, 1);
    if (stem.size() >= 3) out.push_back(stem + "en");
  };
  // A past participle ("ge" + stem + "d"/"t"), a present tense ("neemt").
  if (word.size() > 6 && word.compare(0, 2, "ge") == 0 &&
      (word.back() == 'd' || word.back() == 't')) {
    infinitive(word.substr(2, word.size() - 3));
  }
  if (ends("t")) {
    infinitive(word);
    infinitive(word.substr(0, word.size() - 1));
  }
  // A participle after a separable prefix: "toegekende" -> "toekennen".
  for (std::string& form : DutchInfinitives(word)) out.push_back(std::move(form));
  return out;
}

}  // namespace

std::string_view OriginName(Origin origin) {
  switch (origin) {
    case Origin::kFreedict:
      return "freedict";
    case Origin::kLearned:
      return "learned";
    case Origin::kGlossary:
      break;
  }
  return "glossary";
}

namespace {

std::string Joined(const std::vector<std::string>& words, size_t start, size_t n) {
  std::string out;
  for (size_t i = start; i < start + n; ++i) out.append(i == start ? "" : " ").append(words[i]);
  return out;
}

}  // namespace

void Lexicon::Add(Entry entry) {
  if (entry.fr.empty() || entry.nl.empty()) return;
  if (entry.origin == Origin::kLearned) {
    // Learnt links hold WordKeys.
    const std::vector<std::string> fr_words = SearchWords(entry.fr),
                                   nl_words = SearchWords(entry.nl);
    if (fr_words.size() == 1 && nl_words.size() == 1) {
      learned_[0][fr_words[0]].insert(nl_words[0]);
      learned_[1][nl_words[0]].insert(fr_words[0]);
    }
  } else {
    tables_.Add(entry);
  }
  if (entry.origin == Origin::kFreedict && !(IsOneWord(entry.fr) && IsOneWord(entry.nl))) {
    // FreeDict's phrases serve search only: the aligner's anchors stay the
    // glossary's and the learnt ones.
    entries_.push_back(std::move(entry));
    return;
  }
  if (IsOneWord(entry.fr) && IsOneWord(entry.nl)) {
    const std::string fr_key = WordKey(entry.fr), nl_key = WordKey(entry.nl);
    fr_to_nl_[fr_key].insert(nl_key);
    nl_to_fr_[nl_key].insert(fr_key);
    if (entry.origin == Origin::kGlossary) {
      glossary_fr_.insert(fr_key);
      glossary_nl_.insert(nl_key);
    } else {
      common_fr_.insert(fr_key);
      common_nl_.insert(nl_key);
    }
  } else {
    phrases_.push_back({text::FoldForMatching(entry.fr), text::FoldForMatching(entry.nl)});
  }
  entries_.push_back(std::move(entry));
}

void Lexicon::SearchTables::Add(const Entry& entry) {
  if (entry.fr.empty() || entry.nl.empty() || entry.origin == Origin::kLearned) return;
  const std::vector<std::string> fr_words = SearchWords(entry.fr), nl_words = SearchWords(entry.nl);
  if (fr_words.empty() || nl_words.empty()) return;
  search[0][Joined(fr_words, 0, fr_words.size())].push_back({nl_words, entry.weight, false});
  search[1][Joined(nl_words, 0, nl_words.size())].push_back({fr_words, entry.weight, false});
  longest[0] = std::max(longest[0], fr_words.size());
  longest[1] = std::max(longest[1], nl_words.size());
  vocabulary[0].insert(fr_words.begin(), fr_words.end());
  vocabulary[1].insert(nl_words.begin(), nl_words.end());
}

Lexicon::LazySearchTables& Lexicon::LazySearchTables::operator=(const LazySearchTables& other) {
  if (this != &other) {
    std::lock_guard<std::mutex> lock(mutex_);
    ready_.store(nullptr, std::memory_order_release);
    tables_.reset();  // built again from the entries copied with it
  }
  return *this;
}

Lexicon::LazySearchTables::LazySearchTables(LazySearchTables&& other) noexcept {
  std::lock_guard<std::mutex> lock(other.mutex_);
  tables_ = std::move(other.tables_);
  other.ready_.store(nullptr, std::memory_order_release);
  ready_.store(tables_.get(), std::memory_order_release);
}

Lexicon::LazySearchTables& Lexicon::LazySearchTables::operator=(
    LazySearchTables&& other) noexcept {
  if (this != &other) {
    std::scoped_lock lock(mutex_, other.mutex_);
    tables_ = std::move(other.tables_);
    other.ready_.store(nullptr, std::memory_order_release);
    ready_.store(tables_.get(), std::memory_order_release);
  }
  return *this;
}

const Lexicon::SearchTables& Lexicon::LazySearchTables::Get(
    const std::vector<Entry>& entries) const {
  if (const SearchTables* built = ready_.load(std::memory_order_acquire)) return *built;
  std::lock_guard<std::mutex> lock(mutex_);
  if (!tables_) {
    tables_ = std::make_unique<SearchTables>();
    for (const Entry& entry : entries) tables_->Add(entry);
    ready_.store(tables_.get(), std::memory_order_release);
  }
  return *tables_;
}

void Lexicon::LazySearchTables::Add(const Entry& entry) {
  // No lock: Add is for building a lexicon, which no one reads meanwhile.
  if (tables_) tables_->Add(entry);
}

void Lexicon::Merge(const Lexicon& other) {
  for (const Entry& e : other.entries_) Add(e);
}

bool Lexicon::Links(const std::string& fr_key, const std::string& nl_key) const {
  auto it = fr_to_nl_.find(fr_key);
  return it != fr_to_nl_.end() && it->second.count(nl_key) > 0;
}

const std::unordered_set<std::string>& Lexicon::DutchKeysOf(const std::string& fr_key) const {
  static const std::unordered_set<std::string> kNone;
  auto it = fr_to_nl_.find(fr_key);
  return it == fr_to_nl_.end() ? kNone : it->second;
}

const std::unordered_set<std::string>& Lexicon::FrenchKeysOf(const std::string& nl_key) const {
  static const std::unordered_set<std::string> kNone;
  auto it = nl_to_fr_.find(nl_key);
  return it == nl_to_fr_.end() ? kNone : it->second;
}

namespace {

// The key, or the key without a plural ending, in `set`.
bool InWithPlural(const std::unordered_set<std::string>& set, const std::string& key) {
  if (set.count(key)) return true;
  for (std::string_view ending : {"s", "x", "en"}) {
    if (key.size() > ending.size() + 2 &&
        key.compare(key.size() - ending.size(), ending.size(), ending) == 0 &&
        set.count(key.substr(0, key.size() - ending.size()))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool Lexicon::IsCommonFrench(const std::string& fr_key) const {
  return InWithPlural(common_fr_, fr_key) && glossary_fr_.count(fr_key) == 0;
}

bool Lexicon::IsCommonDutch(const std::string& nl_key) const {
  return InWithPlural(common_nl_, nl_key) && glossary_nl_.count(nl_key) == 0;
}

size_t Lexicon::Translate(const std::vector<std::string>& words, size_t start, bool from_french,
                          std::vector<Translation>* out, size_t max) const {
  out->clear();
  if (start >= words.size()) return 0;
  const size_t side = from_french ? 0 : 1;
  const SearchTables& tables = Tables();
  const auto& search = tables.search;
  size_t length = 0;
  for (size_t n = std::min(tables.longest[side], words.size() - start); n >= 1; --n) {
    auto it = search[side].find(Joined(words, start, n));
    if (it == search[side].end()) continue;
    *out = it->second;
    length = n;
    break;
  }
  if (length <= 1) {
    if (side == 1) {  // a Dutch inflection of an entry's word: "prijzen" -> "prijs" (also a verb of
                      // its own)
      for (const std::string& lemma : DutchLemmas(words[start])) {
        auto it = search[1].find(lemma);
        if (it == search[1].end()) continue;
        for (Translation t : it->second) {
          t.weight *= kOtherInflection;
          out->push_back(std::move(t));
        }
        break;
      }
    }
    if (side == 0 && out->empty()) {  // a French participle: "contraints" -> "contraindre"
      for (const std::string& infinitive : FrenchInfinitives(words[start])) {
        auto it = search[0].find(infinitive);
        if (it == search[0].end()) continue;
        for (Translation t : it->second) {
          t.weight *= kOtherInflection;
          out->push_back(std::move(t));
        }
        break;
      }
    }
    if (stemmers_[side]) {  // another inflection's entry
      auto it = by_stem_[side].find(stemmers_[side](words[start]));
      if (it != by_stem_[side].end()) {
        for (Translation t : it->second) {
          t.weight *= kOtherInflection;
          out->push_back(std::move(t));
        }
      }
    }
    // Learnt links, through the word's key.
    std::unordered_set<std::string> have;
    for (const Translation& t : *out) {
      if (t.words.size() == 1) have.insert(WordKey(t.words[0]));
    }
    auto learned = learned_[side].find(WordKey(words[start]));
    if (learned != learned_[side].end()) {
      std::vector<std::string> sorted(learned->second.begin(), learned->second.end());
      std::sort(sorted.begin(), sorted.end());
      for (const std::string& key : sorted) {
        if (have.insert(key).second) out->push_back({{key}, kKeyWeight, true});
      }
    }
    if (!out->empty()) length = 1;
  }
  // Best first; one of each.
  std::stable_sort(out->begin(), out->end(),
                   [](const Translation& a, const Translation& b) { return a.weight > b.weight; });
  std::vector<Translation> unique;
  for (Translation& t : *out) {
    bool seen = false;
    for (const Translation& u : unique) seen = seen || (u.words == t.words && u.is_key == t.is_key);
    if (!seen && unique.size() < max) unique.push_back(std::move(t));
  }
  *out = std::move(unique);
  return length;
}

void Lexicon::IndexStems(const std::function<std::string(const std::string&)>& stem_fr,
                         const std::function<std::string(const std::string&)>& stem_nl) {
  stemmers_ = {stem_fr, stem_nl};
  for (size_t side = 0; side < 2; ++side) {
    by_stem_[side].clear();
    for (const auto& [words, translations] : Tables().search[side]) {
      if (words.find(' ') != std::string::npos) continue;
      auto& list = by_stem_[side][stemmers_[side](words)];
      list.insert(list.end(), translations.begin(), translations.end());
    }
  }
}

bool Lexicon::IsWord(bool french, const std::string& word) const {
  return Tables().vocabulary[french ? 0 : 1].count(word) > 0;
}

bool Lexicon::Knows(bool french, const std::string& word) const {
  const size_t side = french ? 0 : 1;
  if (Tables().vocabulary[side].count(word)) return true;
  return stemmers_[side] && by_stem_[side].count(stemmers_[side](word)) > 0;
}

std::vector<const Entry*> Lexicon::Lookup(std::string_view text) const {
  const std::vector<std::string> words = SearchWords(text);
  std::vector<const Entry*> found;
  if (words.empty()) return found;
  const std::string wanted = Joined(words, 0, words.size());
  const std::string key = words.size() == 1 ? WordKey(words[0]) : "";
  for (const Entry& e : entries_) {
    const std::vector<std::string> fr = SearchWords(e.fr), nl = SearchWords(e.nl);
    const bool match =
        Joined(fr, 0, fr.size()) == wanted || Joined(nl, 0, nl.size()) == wanted ||
        (e.origin == Origin::kLearned && !key.empty() && (e.fr == key || e.nl == key));
    if (match) found.push_back(&e);
  }
  return found;
}

bool Lexicon::KnowsFrench(const std::string& fr_key) const { return fr_to_nl_.count(fr_key) > 0; }
bool Lexicon::KnowsDutch(const std::string& nl_key) const { return nl_to_fr_.count(nl_key) > 0; }

const Lexicon& Glossary() {
  static const Lexicon* glossary = [] {
    auto* lexicon = new Lexicon;
    std::string_view text = dictionaries::Glossary();
    while (!text.empty()) {
      size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      if (line.empty() || line[0] == '#') continue;
      auto fields = SplitTabs(line);
      if (fields.size() < 2) continue;
      lexicon->Add(Entry{std::string(fields[0]), std::string(fields[1]), Origin::kGlossary,
                         fields.size() > 2 ? std::string(fields[2]) : "", 1.0});
    }
    return lexicon;
  }();
  return *glossary;
}

const Lexicon& Builtin() {
  static const Lexicon* builtin = [] {
    // FreeDict read straight into a copy of the glossary: one pass over its
    // entries, not a load and then a merge (half of a command's start-up).
    const char* dir = std::getenv("TANDEM_FREEDICT_DIR");
    if (Result<Lexicon> both = LoadFreedict(dir && *dir ? dir : kFreedictDir, Glossary())) {
      return new Lexicon(std::move(*both));
    }
    return new Lexicon(Glossary());
  }();
  return *builtin;
}

Lexicon BuiltinWithLearned(std::string_view learned_tsv) {
  Lexicon lexicon = Builtin();
  if (!learned_tsv.empty()) {
    if (Result<Lexicon> learned = FromTsv(learned_tsv, "learned lexicon")) lexicon.Merge(*learned);
  }
  return lexicon;
}

std::string ToTsv(const Lexicon& lexicon) {
  std::string out = "# fr\tnl\torigin\tkind\tweight\n";
  for (const Entry& e : lexicon.entries()) {
    out +=
        fmt::format("{}\t{}\t{}\t{}\t{:.3f}\n", e.fr, e.nl, OriginName(e.origin), e.kind, e.weight);
  }
  return out;
}

Result<Lexicon> FromTsv(std::string_view tsv, std::string_view source) {
  Lexicon lexicon;
  size_t line_number = 0;
  while (!tsv.empty()) {
    ++line_number;
    size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv = end == std::string_view::npos ? std::string_view() : tsv.substr(end + 1);
    if (line.empty() || line[0] == '#') continue;
    auto fields = SplitTabs(line);
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) {
      return Fail(ErrorCode::kMalformed, fmt::format("{}:{}", source, line_number),
                  "expected at least two tab-separated fields: French, Dutch");
    }
    Entry e{std::string(fields[0]), std::string(fields[1]), Origin::kLearned, "", 1.0};
    if (fields.size() > 2) e.origin = OriginFromName(fields[2]);
    if (fields.size() > 3) e.kind = std::string(fields[3]);
    if (fields.size() > 4) e.weight = std::strtod(std::string(fields[4]).c_str(), nullptr);
    lexicon.Add(std::move(e));
  }
  return lexicon;
}

}  // namespace tandem::lexicon
