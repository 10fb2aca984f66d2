// Sentence segmentation for French and Dutch (ICU sentence boundaries, with
// the abbreviations of dictionaries/abbreviations/ suppressing false breaks).
#ifndef TANDEM_PIPELINE_TEXT_SENTENCES_H_
#define TANDEM_PIPELINE_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "pipeline/model/language.h"

namespace tandem::text {

// The sentences of `paragraph` in order, as views into it, surrounding
// spaces trimmed, empty pieces dropped. Does not split after the abbreviations
// of dictionaries/abbreviations/ ("art.", "p. ex.", "bv.", "nr.", ...) taken
// as whole words, nor after an initial ("J."), nor inside numbers.
// Thread-safe. Input must be valid UTF-8.
std::vector<std::string_view> SplitSentences(std::string_view paragraph, Language language);

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_SENTENCES_H_
