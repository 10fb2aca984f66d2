// Internal to check: what a sentence does with the words a rule names —
// asserts or negates them, in Belgium's voice or someone else's, and which
// stance it takes. Cue lists: dictionaries/check/ and dictionaries/negation/.
#ifndef TANDEM_PIPELINE_CHECK_SENTENCE_READING_H_
#define TANDEM_PIPELINE_CHECK_SENTENCE_READING_H_

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/check/analysed_sentence.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::check {

// A cue read in a sentence, and whether it counted: what a finding shows to
// explain itself.
enum class CueKind {
  kNegation,  // "ne … pas", "jamais", "sans", "niet", "geen", "ni"/"noch" opening a negation
  kJoinedNegation,  // part of a negation already counted: "ni"/"noch" after it, "aucun … ne",
                    // "rejette et condamne"
  kNegativeVerb,    // "rejette", "verwerpt", "reste exclu", "blijft uitgesloten"
  kPseudoNegation,  // "sans doute", "niet alleen", "n'exclut pas": negates nothing
  kRestriction,     // "ne … que": only
  kReporting,       // "affirme", "beweert", "selon", "volgens": another speaker's view
  kDemand,          // "exige que", "eist dat": a speaker's demand
  kOwnVoice,        // "la Belgique", "nous", "ons land"
  kOtherSubject,    // "la Hongrie", "plusieurs États membres", "par certains partenaires"
};

// "negation", "joined-negation", "negative-verb", "pseudo-negation",
// "restriction", "reporting", "demand", "own-voice", "other-subject".
std::string_view CueKindName(CueKind kind);

struct CueRead {
  std::vector<size_t> tokens;  // the cue's words ("ne", "jamais")
  CueKind kind = CueKind::kNegation;
  bool counted = false;  // negations: counted in the parity; voice: decided who speaks
};

struct NegationReading {
  bool negated = false;
  int count = 0;              // negations counted
  std::vector<CueRead> cues;  // every cue read in the part that counted
};

// IsNegated with the cues read and how they counted.
NegationReading ReadNegation(const AnalysedSentence& s, const std::vector<size_t>& span,
                             const std::vector<size_t>& ignored = {});

// Whether the words at `span` (token indices) are negated: an odd number of
// negations in the clauses the span covers, or only in its coordinated part
// when that part has negations of its own ("… et ne reconnaîtra jamais …").
// A negation is a cue ("ne … pas" counts once, "jamais", "sans", "niet",
// "geen", ...) outside a pseudo-negation ("sans doute", "niet alleen"), or a
// negative verb ("rejette", "verwerpt") that is not one of `ignored` tokens.
// Double negation cancels.
bool IsNegated(const AnalysedSentence& s, const std::vector<size_t>& span,
               const std::vector<size_t>& ignored = {});

// The clause that continues clause `clause` of the main clause after a
// clause inserted after it ("Le budget, qui finance aussi X, atteindra …",
// "X, zoals sommigen voorstellen, komt niet in aanmerking"), or -1.
int ContinuationOf(const AnalysedSentence& s, int clause);

// The negations of the whole sentence, negative verbs and predicates
// included ("est hors de question", "komt niet in aanmerking").
int NegationsIn(const AnalysedSentence& s);

enum class Voice { kOwn, kOther };

// Who says what `span` says: kOther when the sentence reports another
// speaker ("la Russie affirme que …", "selon Moscou", "volgens sommigen"), or
// when the span's clause has another subject ("la Hongrie reconnaît …",
// "… reconnue par la Hongrie"); kOwn otherwise, and whenever that speaker is
// Belgium ("la Belgique", "nous", "ons land", "de regering").
Voice VoiceOf(const AnalysedSentence& s, const std::vector<size_t>& span);

struct VoiceReading {
  Voice voice = Voice::kOwn;
  std::vector<CueRead>
      cues;  // the words that decided (empty: nothing said otherwise, Belgium's voice)
};

// VoiceOf with the words that decided it.
VoiceReading ReadVoice(const AnalysedSentence& s, const std::vector<size_t>& span);

struct StanceReading {
  redlines::Stance stance;
  std::pair<size_t, size_t> cue;  // first and last token of the stance cue
  std::vector<CueRead> cues;      // negations read around the cue, and who holds it
};

// Belgium's stance on the subject at `subject` (token indices in pattern
// order, the first being its head): the stance cue nearest to the head, in its
// clause if there is one (one before it preferred), flipped when negated ("ne
// soutient pas" opposes); nullopt when there is no cue, when another speaker
// holds it, or for a negated abstention.
std::optional<StanceReading> StanceOn(const AnalysedSentence& s,
                                      const std::vector<size_t>& subject);

// Every stance Belgium takes in `s`, whatever its subject (for comparing the
// French and Dutch versions of a paragraph).
std::vector<redlines::Stance> OwnStances(const AnalysedSentence& s);

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_SENTENCE_READING_H_
