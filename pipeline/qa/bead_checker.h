// The translator's checklist, bead by bead: what differs between the French
// and the Dutch side. Start here for the qa stage.
#ifndef TANDEM_PIPELINE_QA_BEAD_CHECKER_H_
#define TANDEM_PIPELINE_QA_BEAD_CHECKER_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/lexicon/lexicon.h"
#include "pipeline/model/document.h"

namespace tandem::qa {

enum class FlagKind {
  kOneSided,       // a paragraph on one side only
  kNumbers,        // numbers, amounts, percentages or dates that differ
  kNegation,       // a negation on one side only
  kEntity,         // an acronym or name on one side only (after lexicon mapping)
  kLength,         // length ratio far outside the document's norm
  kUntranslated,   // both sides in the same language
  kHeadingNumber,  // heading numbers that differ ("2.2.1." against "2.2.2.")
  kTerm,           // a term rendered inconsistently, or without its term-base equivalent (terms stage)
};

// "one-sided", "numbers", "negation", "entity", "length", "untranslated", "heading-number", "term".
std::string_view FlagName(FlagKind kind);
// The kind FlagName() names; false when `name` names none.
bool FlagKindFromName(std::string_view name, FlagKind* kind);

struct Flag {
  FlagKind kind;
  std::string message;                // for a person: what differs
  std::vector<std::string> fr_words;  // the words involved, as written, on each side
  std::vector<std::string> nl_words;
};

struct CheckOptions {
  const lexicon::Lexicon* lexicon = nullptr;  // nullptr: lexicon::Builtin()
};

// The flags of each bead (same order as `beads`) of streams `fr` and `nl`.
// Equivalent notations raise nothing: "0,7 %" = "0,7%", "1,5 milliard" =
// "1,5 miljard", "avril" = "april", "ne … jamais" = "nooit", "OTAN" = "NAVO".
std::vector<std::vector<Flag>> CheckBeads(const Stream& fr, const Stream& nl, const std::vector<align::Bead>& beads,
                                          const CheckOptions& options = {});

}  // namespace tandem::qa

#endif  // TANDEM_PIPELINE_QA_BEAD_CHECKER_H_
