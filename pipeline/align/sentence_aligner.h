// Sentence alignment inside a paragraph bead.
#ifndef TANDEM_PIPELINE_ALIGN_SENTENCE_ALIGNER_H_
#define TANDEM_PIPELINE_ALIGN_SENTENCE_ALIGNER_H_

#include <string>
#include <vector>

#include "pipeline/align/paragraph_aligner.h"

namespace tandem::align {

struct SentencePair {
  std::vector<std::string> fr, nl;  // 0, 1 or 2 sentences each
  double score = 0;
};

// Splits the French and Dutch texts of one bead into sentences (ICU, with the
// abbreviation lists) and aligns them with the paragraph aligner's costs
// (lengths, anchors, lexicon). A side without sentences gives one-sided pairs.
std::vector<SentencePair> AlignSentences(const std::string& fr_text, const std::string& nl_text,
                                         const AlignOptions& options = {});

}  // namespace tandem::align

#endif  // TANDEM_PIPELINE_ALIGN_SENTENCE_ALIGNER_H_
