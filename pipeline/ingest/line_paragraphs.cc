#include "pipeline/ingest/line_paragraphs.h"

#include <algorithm>

#include "pipeline/text/paragraphs.h"
#include "pipeline/text/utf8.h"

namespace tandem::ingest {
namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

std::string_view Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\f");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\f") - b + 1);
}

// Ends a sentence or announces what follows (a colon before a list).
bool EndsUnit(std::string_view line) {
  line = Trim(line);
  return !line.empty() && (text::EndsSentence(line) || line.back() == ':');
}

// Opens like a new sentence: not a continuation (lower case, closing punctuation).
bool OpensAnew(std::string_view line) { return !text::StartsLikeContinuation(line); }

}  // namespace

LineLayout DetectLineLayout(const std::vector<Page>& pages) {
  // Lines inside runs of two or more non-blank lines: the ones whose breaks are in question.
  size_t content = 0, blank = 0, inside = 0, ends = 0, continued = 0, runs = 0;
  std::vector<size_t> lengths;
  for (const Page& page : pages) {
    for (size_t i = 0; i < page.lines.size(); ++i) {
      if (IsBlank(page.lines[i])) {
        ++blank;
        continue;
      }
      ++content;
      const bool first = i == 0 || IsBlank(page.lines[i - 1]);
      if (first) ++runs;
      const bool has_next = i + 1 < page.lines.size() && !IsBlank(page.lines[i + 1]);
      if (!has_next) continue;
      ++inside;
      lengths.push_back(text::CodePointCount(Trim(page.lines[i])));
      if (EndsUnit(page.lines[i])) ++ends;
      if (!OpensAnew(page.lines[i + 1])) ++continued;
    }
  }
  LineLayout layout;
  if (inside < 2) return layout;  // every paragraph is one line already
  const double end_share = static_cast<double>(ends) / static_cast<double>(inside);
  const double continued_share = static_cast<double>(continued) / static_cast<double>(inside);
  // One per line: lines end sentences and the next one never goes on with it.
  if (end_share >= 0.6 && continued_share <= 0.15) {
    layout.convention = LineConvention::kOnePerLine;
    return layout;
  }
  // Hard-wrapped with (almost) no blank line: long runs of lines of one width.
  const double lines_per_run =
      static_cast<double>(content) / static_cast<double>(std::max<size_t>(runs, 1));
  if (blank * 20 < content && lines_per_run >= 8 && lengths.size() >= 8) {
    std::sort(lengths.begin(), lengths.end());
    layout.convention = LineConvention::kHardWrapped;
    layout.wrap_width = lengths[lengths.size() * 3 / 4];
  }
  return layout;
}

std::vector<std::vector<std::string_view>> ParagraphLines(
    const std::vector<std::string_view>& lines, const LineLayout& layout) {
  std::vector<std::vector<std::string_view>> groups = text::GroupParagraphLines(lines);
  if (layout.convention == LineConvention::kBlankLines) return groups;
  std::vector<std::vector<std::string_view>> out;
  for (auto& group : groups) {
    out.emplace_back();
    for (size_t i = 0; i < group.size(); ++i) {
      out.back().push_back(group[i]);
      if (i + 1 == group.size()) break;
      bool ends = false;
      if (layout.convention == LineConvention::kOnePerLine) {
        ends = true;
      } else {
        // A line well short of the width that ends a sentence, before one that opens anew.
        ends = EndsUnit(group[i]) && OpensAnew(group[i + 1]) &&
               text::CodePointCount(Trim(group[i])) * 10 < layout.wrap_width * 8;
      }
      if (ends) out.emplace_back();
    }
  }
  return out;
}

}  // namespace tandem::ingest
