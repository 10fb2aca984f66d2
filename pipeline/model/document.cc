#include "pipeline/model/document.h"

#include <cassert>

namespace tandem {

std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> parts;
  size_t begin = 0;
  while (true) {
    const size_t end = text.find("\n\n", begin);
    parts.emplace_back(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    if (end == std::string_view::npos) break;
    begin = end + 2;
  }
  return parts;
}

std::string Stream::Text(size_t begin, size_t count) const {
  assert(begin + count <= blocks.size());
  std::string text;
  for (size_t k = 0; k < count; ++k) {
    if (k > 0) text += "\n\n";
    text += blocks[begin + k].text;
  }
  return text;
}

}  // namespace tandem
