#include "pipeline/layout/furniture_text.h"

#include <cctype>

namespace tandem::layout {

std::string FurnitureKey(std::string_view line) {
  std::string key;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f') continue;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      key.push_back('#');
    } else {
      key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return key;
}

bool IsLetterSpaced(std::string_view line) {
  int tokens = 0, singles = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i == start) break;
    ++tokens;
    std::string_view token = line.substr(start, i - start);
    // One character, possibly multi-byte ("É", "•").
    const auto lead = static_cast<unsigned char>(token[0]);
    const size_t width = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    if (token.size() == width || token.size() <= 2) ++singles;
  }
  return tokens >= 8 && singles * 10 >= tokens * 7;
}

}  // namespace tandem::layout
