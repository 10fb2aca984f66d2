// Checks inside one bead, sentence by sentence: the bead's French and Dutch
// texts are split into sentences and aligned (align::AlignSentences), then
// each sentence pair is compared. These are the faults a paragraph-level
// comparison cannot see: a dropped sentence hidden in a long paragraph, one
// sentence left in French, a negation added to one sentence of several.
#ifndef TANDEM_PIPELINE_QA_SENTENCE_CHECKS_H_
#define TANDEM_PIPELINE_QA_SENTENCE_CHECKS_H_

#include <string>
#include <vector>

#include "pipeline/align/sentence_aligner.h"
#include "pipeline/model/language.h"

namespace tandem::qa {

struct Flag;

struct SentenceCheckOptions {
  // The document's usual Dutch/French length ratio (characters); 2-1 sentence
  // pairs are judged against it.
  double length_ratio = 1.1;
  const lexicon::Lexicon* lexicon = nullptr;  // for the sentence aligner; nullptr: Builtin()
};

// Number of negations in `text`: a French "ne … pas/jamais/plus/rien/aucun…"
// counts once; "sans", a bare "non", "aucun" without "ne", "niet", "geen",
// "nooit", "zonder", ... once each; pseudo-negations ("non seulement", "niet
// alleen") and prefixes ("non-prolifération") not at all.
size_t CountNegations(std::string_view text, Language language);

// True when `sentence`, expected in `expected`, is clearly in the other one of
// French and Dutch (at least four words of evidence).
bool InWrongLanguage(const std::string& sentence, Language expected);

// Omission, untranslated and negation flags of one two-sided bead, appended to
// `flags` (at most one flag of each kind; its words name the sentences or cues).
// - omission: a sentence of at least kMinOmittedChars characters with no
//   counterpart (unless a neighbouring pair renders its words, or it brings
//   that pair's lengths from far apart to the norm: a sentence split in
//   three), or the second sentence of a 2-1 pair whose other side is only
//   as long as the first;
// - untranslated: a Dutch sentence in French or a French sentence in Dutch;
// - negation: an aligned sentence pair whose negation counts differ by an odd
//   number (its polarity differs), unless a hyphenated "niet-"/"non-" compound,
//   a word with a negative affix ("ongevraagd", "werkloos", "inacceptable")
//   an elliptic "waarom niet?" or a word of negative meaning on the side with
//   fewer makes up for it, or the side with more asks a negated yes/no
//   question ("Is het niet mogelijk …?"), or a neighbouring pair differs the
//   other way (the negation moved across a sentence boundary).
void CheckSentences(const std::string& fr, const std::string& nl,
                    const SentenceCheckOptions& options, std::vector<Flag>& flags);

}  // namespace tandem::qa

#endif  // TANDEM_PIPELINE_QA_SENTENCE_CHECKS_H_
