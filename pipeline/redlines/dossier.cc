#include "pipeline/redlines/dossier.h"

namespace tandem::redlines {

std::string_view RuleKindName(RuleKind kind) {
  switch (kind) {
    case RuleKind::kForbid: return "forbid";
    case RuleKind::kRequire: return "require";
    case RuleKind::kStance: return "stance";
    case RuleKind::kLimit: return "limit";
    case RuleKind::kTerm: return "term";
  }
  return "forbid";
}

std::string_view SeverityName(Severity severity) {
  return severity == Severity::kBlocking ? "blocking" : "warning";
}

std::string_view StanceName(Stance stance) {
  switch (stance) {
    case Stance::kSupport: return "support";
    case Stance::kOppose: return "oppose";
    case Stance::kAbstain: return "abstain";
  }
  return "support";
}

std::vector<std::string> Rule::In(const std::vector<Wording>& list, Language language) {
  std::vector<std::string> out;
  for (const Wording& w : list) {
    if (w.language == language) out.push_back(w.text);
  }
  return out;
}

}  // namespace tandem::redlines
