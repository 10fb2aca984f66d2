#include "pipeline/ingest/pages.h"

#include <algorithm>

#include "pipeline/ingest/furniture.h"
#include "pipeline/ingest/line_paragraphs.h"
#include "pipeline/ingest/printed_pages.h"
#include "pipeline/text/dehyphenator.h"
#include "pipeline/text/paragraphs.h"
#include "pipeline/text/utf8.h"

namespace tandem::ingest {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool OpensWithOneSpace(std::string_view line) {
  return line.size() >= 2 && line[0] == ' ' && line[1] != ' ' && line[1] != '\t';
}

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The usual length of a full line: the median length of lines that are not
// the last of their paragraph. 0 when there are too few to tell.
size_t TypicalLineLength(const std::vector<Page>& pages) {
  std::vector<size_t> lengths;
  for (const Page& page : pages) {
    for (size_t i = 0; i + 1 < page.lines.size(); ++i) {
      if (!IsBlankLine(page.lines[i]) && !IsBlankLine(page.lines[i + 1])) {
        lengths.push_back(text::CodePointCount(TrimRight(page.lines[i])));
      }
    }
  }
  if (lengths.size() < 10) return 0;
  std::nth_element(lengths.begin(), lengths.begin() + static_cast<long>(lengths.size() / 2), lengths.end());
  return lengths[lengths.size() / 2];
}

}  // namespace

std::vector<Page> SplitPages(std::string_view text) {
  std::vector<Page> pages;
  if (text.find('\f') != std::string_view::npos) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\f', start);
      std::string_view chunk = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
      pages.push_back(Page{static_cast<int>(pages.size()) + 1, SplitLines(chunk)});
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    while (pages.size() > 1 && pages.back().lines.empty()) pages.pop_back();
    return pages;
  }
  std::vector<std::string_view> lines = SplitLines(text);
  size_t marks = 0, content = 0;
  for (std::string_view line : lines) {
    if (IsBlankLine(line)) continue;
    ++content;
    if (OpensWithOneSpace(line)) ++marks;
  }
  const bool marked = marks >= 2 && marks * 10 <= content;
  pages.push_back(Page{1, {}});
  for (std::string_view line : lines) {
    if (marked && OpensWithOneSpace(line) && !pages.back().lines.empty()) {
      pages.push_back(Page{static_cast<int>(pages.size()) + 1, {}});
    }
    pages.back().lines.push_back(line);
  }
  return pages;
}

std::vector<RawBlock> BlocksFromPages(const std::vector<Page>& pages, const text::Dehyphenator& dehyphenator) {
  const std::vector<std::vector<bool>> furniture = FindFurniture(pages);
  const size_t full_line = TypicalLineLength(pages) * 85 / 100;
  const LineLayout layout = DetectLineLayout(pages);  // blank lines, one per line, or hard-wrapped
  std::vector<std::vector<std::string>> furniture_lines(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t i = 0; i < pages[p].lines.size(); ++i) {
      if (furniture[p][i]) furniture_lines[p].emplace_back(pages[p].lines[i]);
    }
  }
  const std::vector<int> printed = PrintedPageNumbers(furniture_lines);  // printed_pages.h
  std::vector<RawBlock> blocks;
  int segment = -1;
  for (size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    ++segment;
    // Furniture between content lines marks a physical page boundary inside
    // this page: it starts a new segment and ends the paragraph.
    std::vector<std::string_view> piece;
    bool content_seen = false;
    auto flush = [&] {
      for (const auto& lines : ParagraphLines(piece, layout)) {
        RawBlock block;
        block.text = text::JoinLines(lines, dehyphenator);
        block.text.shrink_to_fit();  // grown by appends: up to twice its size, for every paragraph
        block.kind = text::ClassifyParagraph(block.text, lines.size());
        block.page = page.number;
        block.printed_page = printed[p];
        block.segment = segment;
        block.ends_full_line = full_line > 0 && text::CodePointCount(TrimRight(lines.back())) >= full_line;
        blocks.push_back(std::move(block));
      }
      piece.clear();
    };
    for (size_t i = 0; i < page.lines.size(); ++i) {
      if (furniture[p][i]) {
        if (content_seen) {
          flush();
          ++segment;
          content_seen = false;
        }
        piece.emplace_back();  // furniture reads as a blank line
        continue;
      }
      if (!IsBlankLine(page.lines[i])) content_seen = true;
      piece.push_back(page.lines[i]);
    }
    flush();
  }
  return blocks;
}

}  // namespace tandem::ingest
