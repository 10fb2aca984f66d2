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
      for (std::string_view w :
           dictionaries::WordList(dictionaries::ListKind::kStopwords, i == 0 ? "fr" : "nl")) {
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

std::vector<std::string> SearchWords(std::string_view text) {
  const std::string folded = text::FoldForMatching(text);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < folded.size();) {
    const auto c = static_cast<unsigned char>(folded[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.push_back(static_cast<char>(c));
      } else {
        flush();
      }
      ++i;
      continue;
    }
    const size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    const std::string_view ch(folded.data() + i, std::min(n, folded.size() - i));
    i += ch.size();
    if (ch == "\xC4\xB3" || ch == "\xC4\xB2") {  // the Dutch ligature ĳ
      word.append("ij");
    } else if (c == 0xC2 ||
               (c == 0xE2 && ch.size() == 3 && static_cast<unsigned char>(ch[1]) == 0x80)) {
      flush();  // Latin-1 punctuation and spaces, general punctuation (’ ‐ – “ …)
    } else {
      word.append(ch);
    }
  }
  flush();
  return words;
}

namespace {

constexpr size_t kMinPart = 4;

bool SplitRest(std::string_view word, const std::function<bool(std::string_view)>& is_word,
               int depth, std::vector<std::string>* parts) {
  if (word.size() >= kMinPart && is_word(word)) {
    parts->emplace_back(word);
    return true;
  }
  if (depth == 0) return false;
  for (size_t cut = word.size() - kMinPart; cut >= kMinPart; --cut) {
    if ((static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) continue;  // inside a letter
    const std::string_view head = word.substr(0, cut);
    if (!is_word(head)) continue;
    std::string_view rest = word.substr(cut);
    const size_t before = parts->size();
    parts->emplace_back(head);
    if (SplitRest(rest, is_word, depth - 1, parts)) return true;
    if (rest.size() > kMinPart && rest.front() == 's' &&
        SplitRest(rest.substr(1), is_word, depth - 1, parts))
      return true;
    parts->resize(before);
  }
  return false;
}

}  // namespace

std::vector<std::string> SplitCompound(std::string_view word,
                                       const std::function<bool(std::string_view)>& is_word) {
  std::vector<std::string> parts;
  if (word.size() < 2 * kMinPart) return parts;
  for (size_t cut = word.size() - kMinPart; cut >= kMinPart; --cut) {
    if ((static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) continue;
    const std::string_view head = word.substr(0, cut);
    if (!is_word(head)) continue;
    const std::string_view rest = word.substr(cut);
    parts = {std::string(head)};
    if (SplitRest(rest, is_word, 2, &parts)) return parts;
    parts = {std::string(head)};
    if (rest.size() > kMinPart && rest.front() == 's' &&
        SplitRest(rest.substr(1), is_word, 2, &parts))
      return parts;
    parts.clear();
  }
  return parts;
}

}  // namespace tandem::lexicon
