// Where given words stand in a text: the words a QA flag names, marked in the
// review page and in the workbench's document view.
#ifndef TANDEM_PIPELINE_FORMATS_WORD_OCCURRENCES_H_
#define TANDEM_PIPELINE_FORMATS_WORD_OCCURRENCES_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tandem::formats {

// Byte ranges [begin, end) of each occurrence of each of `words` in `text`
// (exact bytes; at word boundaries where the word starts or ends with a letter
// or digit, so "nation" is not found in "nationale"), in the order of `words`.
std::vector<std::pair<size_t, size_t>> WordOccurrences(std::string_view text,
                                                       const std::vector<std::string>& words);

}  // namespace tandem::formats

#endif  // TANDEM_PIPELINE_FORMATS_WORD_OCCURRENCES_H_
