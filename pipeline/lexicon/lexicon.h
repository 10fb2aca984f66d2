// A French-Dutch lexicon: which French words and phrases the Dutch ones
// translate. Start here for the lexicon stage.
#ifndef TANDEM_PIPELINE_LEXICON_LEXICON_H_
#define TANDEM_PIPELINE_LEXICON_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/model/error.h"

namespace tandem::lexicon {

enum class Origin { kGlossary, kFreedict, kLearned };
std::string_view OriginName(Origin origin);  // "glossary", "freedict", "learned"

struct Entry {
  std::string fr, nl;  // as written (a word or a phrase)
  Origin origin = Origin::kGlossary;
  std::string kind;    // glossary kind ("acronym", "institution", ...); "" otherwise
  double weight = 1;   // confidence in (0, 1]: 1 for the glossary, lower for the rest
};

class Lexicon {
 public:
  // Adds an entry; single words become word links, several words a phrase pair.
  void Add(Entry entry);
  void Merge(const Lexicon& other);

  // True when the lexicon pairs the French word key `fr_key` with `nl_key`
  // (keys as made by WordKey).
  bool Links(const std::string& fr_key, const std::string& nl_key) const;
  // The Dutch keys linked to a French key (empty when none).
  const std::unordered_set<std::string>& DutchKeysOf(const std::string& fr_key) const;
  // The French keys linked to a Dutch key (empty when none).
  const std::unordered_set<std::string>& FrenchKeysOf(const std::string& nl_key) const;
  // True when the French key has any Dutch link (the word is "known").
  bool KnowsFrench(const std::string& fr_key) const;
  bool KnowsDutch(const std::string& nl_key) const;
  // True when the key is an ordinary dictionary word of that language (from
  // FreeDict or learnt) and not a name the glossary lists: "Union" capitalised
  // is still the common noun "union".
  bool IsCommonFrench(const std::string& fr_key) const;
  bool IsCommonDutch(const std::string& nl_key) const;

  // Phrase pairs (several words on a side), folded, for phrase anchors.
  struct PhrasePair {
    std::string fr, nl;  // FoldForMatching forms
  };
  const std::vector<PhrasePair>& phrases() const { return phrases_; }
  const std::vector<Entry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::unordered_set<std::string>> fr_to_nl_;
  std::unordered_map<std::string, std::unordered_set<std::string>> nl_to_fr_;
  std::vector<PhrasePair> phrases_;
  std::unordered_set<std::string> common_fr_, common_nl_, glossary_fr_, glossary_nl_;
};

// The curated glossary of dictionaries/glossary/fr-nl.tsv (compiled in).
const Lexicon& Glossary();

// Where Debian's dict-freedict-fra-nld puts its files.
inline constexpr std::string_view kFreedictDir = "/usr/share/dictd";

// The FreeDict French-Dutch dictionary (freedict-fra-nld.index and .dict.dz
// in `dir`), single-word translations of single-word headwords, weight 0.5.
// kIo when the package is not installed, kMalformed when its files are damaged.
Result<Lexicon> LoadFreedict(std::string_view dir = kFreedictDir);

// The glossary plus FreeDict when installed; built once, thread-safe.
const Lexicon& Builtin();

// Builtin() plus the learnt lexicon `learned_tsv` (ToTsv form), which is
// skipped when empty or damaged: what alignment and search translate with.
Lexicon BuiltinWithLearned(std::string_view learned_tsv);

// Tab-separated "fr<TAB>nl<TAB>origin<TAB>kind<TAB>weight" lines, one entry each.
std::string ToTsv(const Lexicon& lexicon);
Result<Lexicon> FromTsv(std::string_view tsv, std::string_view source);

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_LEXICON_H_
