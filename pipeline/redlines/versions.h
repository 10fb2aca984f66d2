// Versions of a dossier: a later meeting's file `supersedes` an earlier one
// from its own `agreed` date on. A check uses the rules in force on a date:
// of each chain of versions, the newest agreed on or before that date.
#ifndef TANDEM_PIPELINE_REDLINES_VERSIONS_H_
#define TANDEM_PIPELINE_REDLINES_VERSIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/error.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::redlines {

// True for a calendar date written YYYY-MM-DD ("2025-02-30" is not one).
bool IsIsoDate(std::string_view text);

// What a set of dossiers must respect to be read as versions (kMalformed,
// naming the file): each `dossier` id once; a dossier superseded by one
// version at most; a version agreed after the one it supersedes.
Result<void> CheckVersions(const std::vector<Dossier>& dossiers);

// The dossiers in force on `date` (YYYY-MM-DD), in their order: those agreed
// on or before it (or with no agreed date) that no version agreed on or
// before it supersedes. Assumes CheckVersions passed.
std::vector<Dossier> InForceOn(const std::vector<Dossier>& dossiers, std::string_view date);

// The versions of the dossier `id` is one of, oldest first (just `id` when it
// has no other version; empty when `id` is not in `dossiers`).
std::vector<const Dossier*> VersionsOf(const std::vector<Dossier>& dossiers, const std::string& id);

// One difference of a rule between two versions: `field` is "kind",
// "severity", "value", "unit", "min", "max", "fr", "nl" (the wordings of that
// language), "avoid", "except" or "agreed"; before/after as written.
struct FieldChange {
  std::string field, before, after;
};
struct RuleChange {
  enum class Type { kAdded, kRemoved, kChanged };
  Type type = Type::kChanged;
  std::string rule;                  // the rule id
  std::vector<FieldChange> changes;  // kChanged only
};

// The rules added, removed and changed from `older` to `newer`, matched by
// rule id, in `newer`'s order then the removed ones in `older`'s.
std::vector<RuleChange> CompareVersions(const Dossier& older, const Dossier& newer);

// A bound as the file writes it: an xsd:decimal, no exponent ("1000000000", "0.7").
std::string DecimalText(double value);

}  // namespace tandem::redlines

#endif  // TANDEM_PIPELINE_REDLINES_VERSIONS_H_
