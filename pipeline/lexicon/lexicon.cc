#include "pipeline/lexicon/lexicon.h"

#include <fmt/format.h>

#include <cstdlib>
#include <mutex>

#include "dictionaries/dictionaries.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"

namespace tandem::lexicon {
namespace {

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

}  // namespace

std::string_view OriginName(Origin origin) {
  switch (origin) {
    case Origin::kFreedict: return "freedict";
    case Origin::kLearned: return "learned";
    case Origin::kGlossary: break;
  }
  return "glossary";
}

void Lexicon::Add(Entry entry) {
  if (entry.fr.empty() || entry.nl.empty()) return;
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
    if (key.size() > ending.size() + 2 && key.compare(key.size() - ending.size(), ending.size(), ending) == 0 &&
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
    auto* lexicon = new Lexicon(Glossary());
    const char* dir = std::getenv("TANDEM_FREEDICT_DIR");
    if (Result<Lexicon> freedict = LoadFreedict(dir && *dir ? dir : kFreedictDir)) lexicon->Merge(*freedict);
    return lexicon;
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
    out += fmt::format("{}\t{}\t{}\t{}\t{:.3f}\n", e.fr, e.nl, OriginName(e.origin), e.kind, e.weight);
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
