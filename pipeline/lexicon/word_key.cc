#include "pipeline/lexicon/word_key.h"

#include <array>
#include <unordered_set>

#include "dictionaries/dictionaries.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::lexicon {
namespace {

constexpr size_t kKeyLetters = 6;

// Folded stop words: [0] French, [1] Dutch.
const std::unordered_set<std::string>& Stopwords(std::string_view lang) {
  static const auto* sets = [] {
    auto* both = new std::array<std::unordered_set<std::string>, 2>;
    for (size_t i = 0; i < 2; ++i) {
      for (std::string_view w : dictionaries::WordList(dictionaries::ListKind::kStopwords, i == 0 ? "fr" : "nl")) {
        (*both)[i].insert(text::FoldForMatching(w));
      }
    }
    return both;
  }();
  return (*sets)[lang == "nl" ? 1 : 0];
}

}  // namespace

std::string WordKey(std::string_view word) {
  std::string folded = text::FoldForMatching(word);
  size_t letters = 0, i = 0;
  while (i < folded.size() && letters < kKeyLetters) {
    const auto c = static_cast<unsigned char>(folded[i]);
    i += c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    ++letters;
  }
  folded.resize(std::min(i, folded.size()));
  return folded;
}

std::vector<std::string> ContentKeys(std::string_view text, std::string_view lang) {
  std::vector<std::string> keys;
  const auto& stop = Stopwords(lang);
  for (const text::Word& word : text::SplitWords(text)) {
    if (word.is_number || word.text.size() < 3) continue;
    std::string folded = text::FoldForMatching(word.text);
    if (stop.count(folded)) continue;
    keys.push_back(WordKey(folded));
  }
  return keys;
}

}  // namespace tandem::lexicon
