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
  kOmission,       // a sentence of a two-sided bead with no counterpart
  kTerm,           // a term rendered inconsistently, or without its term-base equivalent (terms stage)
};

// "one-sided", "numbers", "negation", "entity", "length", "untranslated",
// "heading-number", "omission", "term": stable names for files and the index.
std::string_view FlagName(FlagKind kind);
// The kind FlagName() names; false when `name` names none.
bool FlagKindFromName(std::string_view name, FlagKind* kind);

struct Flag {
  FlagKind kind;
  std::string message;                // for a person: what differs (see FlagMessage)
  std::vector<std::string> fr_words;  // the words involved, as written, on each side:
  std::vector<std::string> nl_words;  // cues, numbers, names, or whole sentences
  double ratio = 0, norm = 0;  // kLength only: this bead's NL/FR length ratio and the document's
};

// The language a flag's message is written in.
enum class MessageLanguage { kEnglish, kFrench, kDutch };
// "en", "fr", "nl" (anything else, such as "de", gives English).
MessageLanguage MessageLanguageFromCode(std::string_view code);

// The message of `flag` in `language`, made from its kind and words only (so
// that a flag read back from the index, which keeps kind, words and the
// English message, can be shown in another language). Sentences quoted in
// the words are shortened to about 80 characters.
std::string FlagMessage(const Flag& flag, MessageLanguage language);

// The message, in `language`, of a flag kept as the index keeps it (its
// name, words and message): FlagMessage() when `type` names a kind and the
// words say enough, else `stored` unchanged (flags stored before the words
// were kept, a length flag whose ratios are gone). `side` says which side a
// "one-sided" unit has: "fr" or "nl".
std::string StoredFlagMessage(std::string_view type, const std::vector<std::string>& fr_words,
                              const std::vector<std::string>& nl_words, const std::string& stored,
                              std::string_view side, MessageLanguage language);

struct CheckOptions {
  const lexicon::Lexicon* lexicon = nullptr;                     // nullptr: lexicon::Builtin()
  MessageLanguage message_language = MessageLanguage::kEnglish;  // of Flag::message
};

// The flags of each bead (same order as `beads`) of streams `fr` and `nl`.
// Equivalent notations raise nothing: "0,7 %" = "0,7%", "1,5 milliard" =
// "1,5 miljard", "avril" = "april", "trois" = "3" = "drie", "F-35" = "F35",
// "15h30" = "15.30 uur", "ne … jamais" = "nooit", "OTAN" = "NAVO",
// "Poutine" = "Poetin". Sentence-level checks (omission, untranslated,
// negation) run on the sentence alignment of each two-sided bead
// (sentence_checks.h); names and numbers are compared over the whole bead.
std::vector<std::vector<Flag>> CheckBeads(const Stream& fr, const Stream& nl,
                                          const std::vector<align::Bead>& beads,
                                          const CheckOptions& options = {});

}  // namespace tandem::qa

#endif  // TANDEM_PIPELINE_QA_BEAD_CHECKER_H_
