// Names with several forms: countries and organisations, their short forms
// and both languages' spellings (dictionaries/aliases/aliases.tsv, compiled
// in). Search finds every form from any one; the QA entity check may take two
// forms of one entity as the same name.
#ifndef TANDEM_PIPELINE_LEXICON_ALIASES_H_
#define TANDEM_PIPELINE_LEXICON_ALIASES_H_

#include <string>
#include <string_view>
#include <vector>

namespace tandem::lexicon {

struct AliasEntity {
  std::string id;  // "cod"
  std::vector<std::string> fr,
      nl;  // forms as written: "République démocratique du Congo", "RDC", ...
};

// Every entity of the table, in file order.
const std::vector<AliasEntity>& Aliases();

// The entity one of whose forms is `name` (compared as SearchWords: case,
// accents, apostrophes and hyphens do not matter), or nullptr.
const AliasEntity* FindAlias(std::string_view name);

// The longest alias form that `words` (SearchWords forms) holds from `start`:
// its length in words (0 when none), its entity in `*entity`.
size_t MatchAlias(const std::vector<std::string>& words, size_t start, const AliasEntity** entity);

// True when `a` and `b` are forms of one entity ("RDC", "Democratische Republiek Congo").
bool SameEntity(std::string_view a, std::string_view b);

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_ALIASES_H_
