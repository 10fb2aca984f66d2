#include "pipeline/formats/word_occurrences.h"

#include <cctype>

namespace tandem::formats {
namespace {

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> WordOccurrences(std::string_view text,
                                                       const std::vector<std::string>& words) {
  std::vector<std::pair<size_t, size_t>> found;
  for (const std::string& word : words) {
    if (word.empty()) continue;
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const size_t end = at + word.size();
      const bool starts = at == 0 || !IsWordByte(text[at - 1]) || !IsWordByte(word.front());
      const bool ends = end == text.size() || !IsWordByte(text[end]) || !IsWordByte(word.back());
      if (starts && ends) found.emplace_back(at, end);
    }
  }
  return found;
}

}  // namespace tandem::formats
