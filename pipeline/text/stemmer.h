// Snowball stemming (libstemmer) for matching words across inflections, as
// the red-line checker does. The index stems with Xapian's own copy of the
// same algorithms.
#ifndef TANDEM_PIPELINE_TEXT_STEMMER_H_
#define TANDEM_PIPELINE_TEXT_STEMMER_H_

#include <string>
#include <string_view>

#include "pipeline/model/language.h"

namespace tandem::text {

// The Snowball stem of `folded_word` (already folded with FoldForMatching) in
// `language` ("french", "dutch", "english", "german"); the word itself for
// kUnknown. Thread-safe (one stemmer per thread and language).
std::string Stem(std::string_view folded_word, Language language);

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_STEMMER_H_
