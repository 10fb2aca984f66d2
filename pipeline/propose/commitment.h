// Reading one sentence of a report's position section: is it a commitment,
// and of which rule kind (forbid, require, stance, limit, term)?
#ifndef TANDEM_PIPELINE_PROPOSE_COMMITMENT_H_
#define TANDEM_PIPELINE_PROPOSE_COMMITMENT_H_

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/model/language.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::propose {

// What a sentence commits Belgium to, read from its words.
struct Commitment {
  redlines::RuleKind kind = redlines::RuleKind::kRequire;
  // forbid: the refused act; require: the affirmed claim; stance: the
  // subject; limit: the quantity; term: the wording to use.
  std::string wording;
  std::string avoid;                                     // term: the wording to avoid
  redlines::Stance stance = redlines::Stance::kSupport;  // stance
  std::string unit;                                      // limit: "EUR", "%" or ""
  std::optional<double> min, max;                        // limit
  std::string why;                                       // the cue read
};

// The commitment stated by `sentence`, or nullopt when it states none (or
// one this reader cannot turn into a rule). `reason` (when not null) says
// why not.
std::optional<Commitment> ReadCommitment(std::string_view sentence, Language language,
                                         std::string* reason = nullptr);

}  // namespace tandem::propose

#endif  // TANDEM_PIPELINE_PROPOSE_COMMITMENT_H_
