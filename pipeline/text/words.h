// Word tokenisation (ICU word boundaries) with byte offsets into the input.
#ifndef TANDEM_PIPELINE_TEXT_WORDS_H_
#define TANDEM_PIPELINE_TEXT_WORDS_H_

#include <string_view>
#include <vector>

namespace tandem::text {

// A word of the input: [begin, end) in bytes; `text` views the input.
struct Word {
  std::string_view text;
  size_t begin = 0;
  size_t end = 0;
  bool is_number = false;  // digits, possibly with separators ("1.540", "0,7")
};

// The words and numbers of `utf8` in order, punctuation and spaces skipped.
// Elision apostrophes split a token ("l’Union" -> "l", "Union"; "zo'n" ->
// "zo", "n"), as both stemmers and search expect. Input must be valid UTF-8.
std::vector<Word> SplitWords(std::string_view utf8);

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_WORDS_H_
