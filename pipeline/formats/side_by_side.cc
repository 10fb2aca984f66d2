#include <fmt/format.h>

#include <algorithm>

#include "pipeline/formats/writers.h"
#include "pipeline/text/utf8.h"

namespace tandem::formats {
namespace {

// Greedy word wrap; a blank line between paragraphs is kept.
std::vector<std::string> Wrap(const std::vector<std::string>& paragraphs, size_t width) {
  std::vector<std::string> lines;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) lines.emplace_back();
    std::string line;
    size_t line_width = 0, i = 0;
    const std::string& text = paragraphs[p];
    while (i < text.size()) {
      size_t end = text.find(' ', i);
      if (end == std::string::npos) end = text.size();
      const std::string word = text.substr(i, end - i);
      const size_t w = text::CodePointCount(word);
      if (line_width > 0 && line_width + 1 + w > width) {
        lines.push_back(line);
        line.clear();
        line_width = 0;
      }
      if (line_width > 0) {
        line += ' ';
        ++line_width;
      }
      line += word;
      line_width += w;
      i = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::string WriteText(const std::vector<AlignedUnit>& units, size_t width) {
  const size_t column = (std::max<size_t>(width, 40) - 3) / 2;
  std::string out;
  size_t number = 0;
  for (const AlignedUnit& u : units) {
    ++number;
    out += fmt::format("#{} {}-{}  score {:.2f}{}\n", number, u.fr.size(), u.nl.size(), u.score,
                       u.score < kLowConfidence ? "  (check)" : "");
    for (const qa::Flag& f : u.flags) out += fmt::format("  ! {}: {}\n", qa::FlagName(f.kind), f.message);
    const auto left = Wrap(u.fr, column), right = Wrap(u.nl, column);
    for (size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
      const std::string l = i < left.size() ? left[i] : "";
      out += l + std::string(column > text::CodePointCount(l) ? column - text::CodePointCount(l) : 0, ' ') + " | " + (i < right.size() ? right[i] : "");
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += '\n';
    }
    out += '\n';
  }
  return out;
}

}  // namespace tandem::formats
