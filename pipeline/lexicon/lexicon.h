// A French-Dutch lexicon: which French words and phrases the Dutch ones
// translate. Start here for the lexicon stage.
#ifndef TANDEM_PIPELINE_LEXICON_LEXICON_H_
#define TANDEM_PIPELINE_LEXICON_LEXICON_H_

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
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
  std::string kind;   // glossary kind ("acronym", "institution", ...); "" otherwise
  double weight = 1;  // confidence in (0, 1]: 1 for the glossary, lower for the rest
  // For search's translation only (Translate, IsWord): not a word link or a
  // phrase anchor of the aligner and the QA checks (the Dutch-French FreeDict).
  bool search_only = false;
};

// What a word or phrase of one language becomes in the other, for search.
struct Translation {
  std::vector<std::string> words;  // SearchWords of the other side (several: a phrase)
  double weight = 1;               // the entry's weight (lexicon probability)
  // A learnt link or a loose one: `words` holds one WordKey (a word's first
  // letters), to be widened to the words that begin with it.
  bool is_key = false;
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

  // The longest run of `words` (SearchWords forms) starting at `start` that
  // the lexicon translates out of French (`from_french`) or Dutch, longest
  // entries first (glossary, FreeDict and learnt phrases, then words): its
  // length in words, its translations in `*out` (best weight first, at most
  // `max`). A single word without an entry of its own takes those of its
  // other inflections (IndexStems); a single word also gets the words linked
  // to its WordKey by the learnt lexicon, as is_key translations. 0 when none.
  size_t Translate(const std::vector<std::string>& words, size_t start, bool from_french,
                   std::vector<Translation>* out, size_t max = 8) const;
  // Makes Translate also find the entries of a word's other inflections: the
  // single-word entries of each side indexed by `stem_fr` / `stem_nl` (e.g.
  // Snowball stems), so "attribués" finds "attribuer". Call once, before
  // translating; entries added later are not indexed.
  void IndexStems(const std::function<std::string(const std::string&)>& stem_fr,
                  const std::function<std::string(const std::string&)>& stem_nl);
  // True when `word` (SearchWords form) is a word of a lexicon entry in that
  // language (glossary or FreeDict): the vocabulary compounds are split with.
  bool IsWord(bool french, const std::string& word) const;
  // True when `word` (SearchWords form), or another inflection of it
  // (IndexStems), is a word of a glossary or FreeDict entry in that language.
  bool Knows(bool french, const std::string& word) const;
  // The entries whose French or Dutch side is `text` (compared as
  // SearchWords, so either apostrophe and any case; learnt links by WordKey).
  std::vector<const Entry*> Lookup(std::string_view text) const;

  // Phrase pairs (several words on a side), folded, for phrase anchors.
  struct PhrasePair {
    std::string fr, nl;  // FoldForMatching forms
  };
  const std::vector<PhrasePair>& phrases() const { return phrases_; }
  const std::vector<Entry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  // Search's tables (Translate, IsWord, Knows, IndexStems): [0] out of
  // French, [1] out of Dutch. Only search and indexing read them, so they are
  // built from entries_ on first use, not by Add: alignment and the checks
  // start without their cost. Built once under a lock, then read without one;
  // Add is for building a lexicon, not for one others read. A copy builds its own.
  struct SearchTables {
    // Joined SearchWords -> translations.
    std::array<std::unordered_map<std::string, std::vector<Translation>>, 2> search;
    std::array<size_t, 2> longest = {1, 1};
    std::array<std::unordered_set<std::string>, 2> vocabulary;
    void Add(const Entry& entry);
  };
  class LazySearchTables {
   public:
    LazySearchTables() = default;
    LazySearchTables(const LazySearchTables&) {}
    LazySearchTables& operator=(const LazySearchTables&);
    LazySearchTables(LazySearchTables&& other) noexcept;
    LazySearchTables& operator=(LazySearchTables&& other) noexcept;
    // The tables, built from `entries` the first time.
    const SearchTables& Get(const std::vector<Entry>& entries) const;
    // Adds `entry` to the tables when they are built (else Get will).
    void Add(const Entry& entry);

   private:
    mutable std::mutex mutex_;  // held while building
    mutable std::unique_ptr<SearchTables> tables_;
    mutable std::atomic<const SearchTables*> ready_{nullptr};  // set once built: no lock after
  };
  const SearchTables& Tables() const { return tables_.Get(entries_); }

  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::unordered_set<std::string>> fr_to_nl_;
  std::unordered_map<std::string, std::unordered_set<std::string>> nl_to_fr_;
  std::vector<PhrasePair> phrases_;
  std::unordered_set<std::string> common_fr_, common_nl_, glossary_fr_, glossary_nl_;
  LazySearchTables tables_;
  // Learnt word links by key, [0] French key -> Dutch keys, [1] the reverse.
  std::array<std::unordered_map<std::string, std::unordered_set<std::string>>, 2> learned_;
  // IndexStems: stem -> the single-word entries' translations, and the stemmers.
  std::array<std::unordered_map<std::string, std::vector<Translation>>, 2> by_stem_;
  std::array<std::function<std::string(const std::string&)>, 2> stemmers_;
};

// The curated glossary of dictionaries/glossary/fr-nl.tsv (compiled in).
const Lexicon& Glossary();

// Where Debian's dict-freedict-fra-nld puts its files.
inline constexpr std::string_view kFreedictDir = "/usr/share/dictd";

// The FreeDict French-Dutch dictionary (freedict-fra-nld.index and .dict.dz
// in `dir`), weight 0.5: headwords and translations of up to four words
// ("peine de mort"); the phrases among them serve search only (Translate),
// not phrases() nor the word links the aligner uses.
// When freedict-nld-fra (dict-freedict-nld-fra) is there too, its entries
// are added, search_only.
// The entries are added to `into` (empty by default), so that a lexicon
// that already holds the glossary needs no second pass over FreeDict.
// kIo when the package is not installed, kMalformed when its files are damaged.
Result<Lexicon> LoadFreedict(std::string_view dir = kFreedictDir, Lexicon into = Lexicon());

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
