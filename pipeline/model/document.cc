#include "pipeline/model/document.h"

#include <cassert>

namespace tandem {

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
