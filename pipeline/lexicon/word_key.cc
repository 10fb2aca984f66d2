#include "pipeline/lexicon/word_key.h"

#include <unordered_set>

#include "dictionaries/dictionaries.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::lexicon {
namespace {

constexpr size_t kKeyLetters = 6;

const std::unordered_set<std::string>& Stopwords(std::string_view lang) {
  static const auto* fr = new std::unordered_set<std::string>;
  static const auto* nl = new std::unordered_set<std::string>;
  static const bool loaded = [] {
    for (std::string_view w : dictionaries::WordList(dictionaries::ListKind::kStopwords, "fr")) {
      const_cast<std::unordered_set<std::string>*>(fr)->insert(text::FoldForMatching(w));
    }
    for (std::string_view w : dictionaries::WordList(dictionaries::ListKind::kStopwords, "nl")) {
      const_cast<std::unordered_set<std::string>*>(nl)->insert(text::FoldForMatching(w));
    }
    return true;
  }();
  (void)loaded;
  return lang == "nl" ? *nl : *fr;
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
