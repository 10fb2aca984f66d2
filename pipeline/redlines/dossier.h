// A dossier: what a coordination meeting agreed for one subject, as rules a
// draft is checked against (contract: ../shared/spec/redlines.md). Start here
// for the redlines stage.
#ifndef TANDEM_PIPELINE_REDLINES_DOSSIER_H_
#define TANDEM_PIPELINE_REDLINES_DOSSIER_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/language.h"

namespace tandem::redlines {

enum class RuleKind { kForbid, kRequire, kStance, kLimit, kTerm };
enum class Severity { kBlocking, kWarning };
enum class Stance { kSupport, kOppose, kAbstain };

// "forbid", "require", "stance", "limit", "term"; "blocking", "warning";
// "support", "oppose", "abstain".
std::string_view RuleKindName(RuleKind kind);
std::string_view SeverityName(Severity severity);
std::string_view StanceName(Stance stance);

// A wording in one language, as written in the file.
struct Wording {
  Language language = Language::kUnknown;
  std::string text;
};

struct Rule {
  std::string id;
  RuleKind kind = RuleKind::kForbid;
  Severity severity = Severity::kBlocking;
  int line = 0;  // where the rule starts in its file
  // forbid/require: claims; stance: subjects; limit: quantities; term: the
  // wordings to use. Several of one language are alternatives.
  std::vector<Wording> wordings;
  std::vector<Wording> avoid, except;  // term only
  std::vector<Wording> agreed;         // the agreed wording, per language
  Stance stance = Stance::kSupport;    // stance only
  std::string unit;                    // limit only: "EUR", "%" or "" (any number)
  std::optional<double> min, max;      // limit only

  // The texts of `list` in `language`.
  static std::vector<std::string> In(const std::vector<Wording>& list, Language language);
};

struct Dossier {
  std::string path;  // the file it was read from
  std::string id;    // the `dossier` attribute
  std::string agreed, source;  // agreed: YYYY-MM-DD, may be empty
  // The `dossier` id of the earlier version this one replaces from its
  // `agreed` date on (empty: none). See versions.h.
  std::string supersedes;
  std::vector<Wording> titles;
  std::vector<Wording> topic;  // empty: every draft is about the dossier
  std::vector<Rule> rules;
};

}  // namespace tandem::redlines

#endif  // TANDEM_PIPELINE_REDLINES_DOSSIER_H_
