#include "pipeline/layout/page_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "pipeline/layout/furniture_text.h"

namespace tandem::layout {
namespace {

constexpr double kRowTolerance = 0.45;     // of the font size: words of one row share a centre line
constexpr double kMinGutter = 6;           // points: a column gutter is at least this wide
constexpr double kWordSpace = 1.0;         // of the font size: wider gaps than this separate columns
constexpr double kGutterZoneLo = 0.2;      // gutters are looked for in the middle of the page
constexpr double kGutterZoneHi = 0.8;
constexpr double kGutterCoverage = 0.05;   // share of rows that may cross a gutter (titles)
constexpr double kMarginZone = 0.12;       // top and bottom share of the page where furniture lives
constexpr double kParagraphGap = 1.3;      // of the usual line pitch
constexpr double kHeadingSize = 1.12;      // of the body size
constexpr double kFootnoteSize = 0.9;

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// A row of words cut at the gutters: a line of one column, or a full-width line.
struct Line {
  std::vector<const PageWord*> words;
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  double size = 0;
  bool bold = false;
  int column = 0;  // -1: crosses a gutter (a title or table row spanning the page)
  std::string text;
  bool furniture = false;

  void Finish() {
    size_t bold_words = 0;
    std::vector<double> sizes;
    for (const PageWord* w : words) {
      x0 = std::min(x0, w->x0), y0 = std::min(y0, w->y0), x1 = std::max(x1, w->x1), y1 = std::max(y1, w->y1);
      sizes.push_back(w->size);
      bold_words += w->bold;
      if (!text.empty()) text.push_back(' ');
      text += w->text;
    }
    size = Median(sizes);
    bold = bold_words * 2 > words.size();
  }
};

struct Gutter {
  double lo, hi;
};

std::vector<std::vector<const PageWord*>> Rows(const Page& page) {
  std::vector<const PageWord*> words;
  for (const PageWord& w : page.words) {
    if (!w.text.empty() && w.x1 > w.x0) words.push_back(&w);
  }
  std::sort(words.begin(), words.end(), [](const PageWord* a, const PageWord* b) {
    return (a->y0 + a->y1) < (b->y0 + b->y1);
  });
  std::vector<std::vector<const PageWord*>> rows;
  double center = 0, size = 0;
  for (const PageWord* w : words) {
    const double c = (w->y0 + w->y1) / 2;
    if (rows.empty() || std::fabs(c - center) > kRowTolerance * std::max(size, w->size)) {
      rows.emplace_back();
      center = c;
      size = w->size;
    }
    rows.back().push_back(w);
  }
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [](const PageWord* a, const PageWord* b) { return a->x0 < b->x0; });
  }
  return rows;
}

// Vertical bands of the page's middle that (almost) no row crosses, with text on both sides.
std::vector<Gutter> Gutters(const Page& page, const std::vector<std::vector<const PageWord*>>& rows) {
  const int bins = static_cast<int>(std::ceil(page.width));
  if (bins <= 0 || rows.size() < 3) return {};
  std::vector<int> coverage(static_cast<size_t>(bins), 0);
  for (const auto& row : rows) {
    std::vector<bool> covered(static_cast<size_t>(bins), false);
    for (const PageWord* w : row) {
      for (int x = std::max(0, static_cast<int>(w->x0)); x < std::min(bins, static_cast<int>(std::ceil(w->x1))); ++x) {
        covered[static_cast<size_t>(x)] = true;
      }
    }
    for (int x = 0; x < bins; ++x) coverage[static_cast<size_t>(x)] += covered[static_cast<size_t>(x)];
  }
  // A title may cross a gutter; on a page of a few rows, one row is not "a few".
  const int limit = rows.size() < 6 ? 0 : std::max(1, static_cast<int>(kGutterCoverage * static_cast<double>(rows.size())));
  const int lo_zone = static_cast<int>(kGutterZoneLo * page.width), hi_zone = static_cast<int>(kGutterZoneHi * page.width);
  auto text_between = [&](int a, int b) {
    int best = 0;
    for (int x = std::max(0, a); x < std::min(bins, b); ++x) best = std::max(best, coverage[static_cast<size_t>(x)]);
    return best >= static_cast<int>(rows.size() / 4);
  };
  std::vector<Gutter> gutters;
  int start = -1;
  for (int x = lo_zone; x <= hi_zone; ++x) {
    const bool empty = x < hi_zone && coverage[static_cast<size_t>(x)] <= limit;
    if (empty && start < 0) start = x;
    if (!empty && start >= 0) {
      const double last_lo = gutters.empty() ? 0 : gutters.back().hi;
      if (x - start >= kMinGutter && text_between(static_cast<int>(last_lo), start) && text_between(x, bins)) {
        gutters.push_back({static_cast<double>(start), static_cast<double>(x)});
      }
      start = -1;
    }
  }
  return gutters;
}

// Cuts each row at the gutters it does not cross.
std::vector<Line> Lines(const std::vector<std::vector<const PageWord*>>& rows, const std::vector<Gutter>& gutters) {
  std::vector<Line> lines;
  for (const auto& row : rows) {
    // A word lying across a gutter, or words bridging it with an ordinary
    // word space, make the whole row full-width (a title across the columns).
    bool spans = false;
    for (size_t k = 0; k < row.size(); ++k) {
      for (const Gutter& g : gutters) {
        spans |= row[k]->x0 < g.lo && row[k]->x1 > g.hi;
        if (k + 1 < row.size() && row[k]->x1 <= (g.lo + g.hi) / 2 && row[k + 1]->x0 >= (g.lo + g.hi) / 2) {
          spans |= row[k + 1]->x0 - row[k]->x1 < kWordSpace * std::max(row[k]->size, row[k + 1]->size);
        }
      }
    }
    if (spans || gutters.empty()) {
      Line line;
      line.words = row;
      line.column = gutters.empty() ? 0 : -1;
      line.Finish();
      lines.push_back(std::move(line));
      continue;
    }
    std::map<int, Line> by_column;
    for (const PageWord* w : row) {
      const double center = (w->x0 + w->x1) / 2;
      int column = 0;
      for (const Gutter& g : gutters) column += center > (g.lo + g.hi) / 2;
      by_column[column].words.push_back(w);
    }
    for (auto& [column, line] : by_column) {
      line.column = column;
      line.Finish();
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

bool IsPageNumber(const std::string& text) {
  if (text.empty() || text.size() > 12) return false;
  bool digit = false;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digit = true;
    } else if (c != ' ' && c != '-' && c != '/') {
      return false;
    }
  }
  return digit;
}

bool StartsWithBullet(const std::string& text) {
  return text.rfind("•", 0) == 0 || text.rfind("▪", 0) == 0 || text.rfind("◦", 0) == 0 || text.rfind("– ", 0) == 0;
}

bool StartsWithFootnoteCall(const std::string& text) {
  return text.rfind("¹", 0) == 0 || text.rfind("²", 0) == 0 || text.rfind("³", 0) == 0 ||
         (text.size() > 1 && std::isdigit(static_cast<unsigned char>(text[0])) && text[1] == ' ');
}

}  // namespace

std::vector<LaidOutBlock> LayOut(const std::vector<Page>& pages, std::vector<std::vector<std::string>>* furniture) {
  // Gutters of every page; a page with too little text to show its own
  // (a last page of two lines) takes the gutter most pages have.
  std::vector<std::vector<std::vector<const PageWord*>>> page_rows;
  std::vector<std::vector<Gutter>> page_gutters;
  std::map<int, std::pair<int, Gutter>> gutter_votes;  // centre (10 pt bins) -> pages, widest extent
  for (const Page& page : pages) {
    page_rows.push_back(Rows(page));
    page_gutters.push_back(Gutters(page, page_rows.back()));
    for (const Gutter& g : page_gutters.back()) {
      auto& [votes, extent] = gutter_votes[static_cast<int>((g.lo + g.hi) / 20)];
      extent = votes == 0 ? g : Gutter{std::max(extent.lo, g.lo), std::min(extent.hi, g.hi)};
      ++votes;
    }
  }
  std::vector<Gutter> dominant;
  int best_votes = 0;
  for (const auto& [bin, vote] : gutter_votes) {
    if (vote.first > best_votes) best_votes = vote.first, dominant = {vote.second};
  }
  std::vector<std::vector<Line>> page_lines;
  for (size_t p = 0; p < pages.size(); ++p) {
    const bool borrow = page_gutters[p].empty() && page_rows[p].size() < 3 && best_votes >= 1;
    page_lines.push_back(Lines(page_rows[p], borrow ? dominant : page_gutters[p]));
  }

  // Furniture: lines in the top or bottom margin whose masked text recurs on
  // other pages at about the same height; page numbers and letter-spaced lines there.
  std::map<std::pair<std::string, int>, std::set<int>> seen;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const Line& line : page_lines[p]) {
      seen[{FurnitureKey(line.text), static_cast<int>(line.y0 / 6)}].insert(static_cast<int>(p));
    }
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    const double h = pages[p].height > 0 ? pages[p].height : 842;
    double top = 1e9, bottom = -1e9;
    for (const Line& line : page_lines[p]) top = std::min(top, line.y0), bottom = std::max(bottom, line.y1);
    for (Line& line : page_lines[p]) {
      const bool margin = line.y1 < kMarginZone * h || line.y0 > (1 - kMarginZone) * h;
      if (!margin) continue;
      // A bare number is a page number only on the page's first or last row.
      const bool extreme = line.y0 <= top + 2 || line.y1 >= bottom - 2;
      const std::string key = FurnitureKey(line.text);
      size_t repeats = 0;
      for (int dy = -1; dy <= 1; ++dy) {
        auto it = seen.find({key, static_cast<int>(line.y0 / 6) + dy});
        if (it != seen.end()) repeats = std::max(repeats, it->second.size());
      }
      line.furniture = repeats >= 2 || (extreme && IsPageNumber(line.text)) || IsLetterSpaced(line.text);
    }
  }

  if (furniture != nullptr) {
    furniture->assign(pages.size(), {});
    for (size_t p = 0; p < pages.size(); ++p) {
      std::vector<const Line*> dropped;
      for (const Line& line : page_lines[p]) {
        if (line.furniture) dropped.push_back(&line);
      }
      std::sort(dropped.begin(), dropped.end(), [](const Line* a, const Line* b) { return a->y0 < b->y0; });
      for (const Line* line : dropped) (*furniture)[p].push_back(line->text);
    }
  }

  // The body text size and the usual pitch between baselines, per page: a
  // page may be set smaller than the others (two physical pages on one sheet).
  auto measure = [](const std::vector<Line>& lines, double* body_size, double* pitch) {
    std::vector<double> sizes, pitches;
    std::map<int, std::vector<const Line*>> columns;
    for (const Line& line : lines) {
      if (line.furniture) continue;
      for (const PageWord* w : line.words) sizes.push_back(w->size);
      columns[line.column].push_back(&line);
    }
    *body_size = sizes.empty() ? 10 : Median(sizes);
    for (auto& [column, ls] : columns) {
      std::sort(ls.begin(), ls.end(), [](const Line* a, const Line* b) { return a->y1 < b->y1; });
      for (size_t i = 1; i < ls.size(); ++i) {
        const double d = ls[i]->y1 - ls[i - 1]->y1;
        if (d > 0 && d < 3 * *body_size) pitches.push_back(d);
      }
    }
    *pitch = pitches.size() < 3 ? 1.2 * *body_size : Median(pitches);
  };

  std::vector<LaidOutBlock> blocks;
  int segment = -1;
  for (size_t p = 0; p < pages.size(); ++p) {
    double body_size = 10, pitch = 12;
    measure(page_lines[p], &body_size, &pitch);
    std::vector<const Line*> lines;
    for (const Line& line : page_lines[p]) {
      if (!line.furniture) lines.push_back(&line);
    }
    std::sort(lines.begin(), lines.end(), [](const Line* a, const Line* b) { return a->y0 < b->y0; });
    // Bands between full-width lines; each band read column by column.
    size_t i = 0;
    while (i < lines.size()) {
      std::vector<const Line*> band;
      if (lines[i]->column < 0) {
        while (i < lines.size() && lines[i]->column < 0) band.push_back(lines[i++]);
      } else {
        while (i < lines.size() && lines[i]->column >= 0) band.push_back(lines[i++]);
      }
      std::map<int, std::vector<const Line*>> columns;
      for (const Line* line : band) columns[line->column].push_back(line);
      for (auto& [column, ls] : columns) {
        ++segment;
        double right = 0;
        for (const Line* l : ls) right = std::max(right, l->x1);
        LaidOutBlock* open = nullptr;
        const Line* previous = nullptr;
        for (const Line* line : ls) {
          const bool heading = line->bold || line->size >= kHeadingSize * body_size;
          const bool footnote = !heading && line->size <= kFootnoteSize * body_size;
          const BlockKind kind = heading ? BlockKind::kHeading : footnote ? BlockKind::kFootnote : BlockKind::kParagraph;
          bool fresh = open == nullptr || previous == nullptr;
          if (!fresh) {
            const double gap = line->y1 - previous->y1;
            fresh = gap > kParagraphGap * pitch || line->bold != previous->bold ||
                    std::fabs(line->size - previous->size) > 0.1 * body_size || open->kind != kind ||
                    StartsWithBullet(line->text) || (footnote && StartsWithFootnoteCall(line->text));
          }
          if (fresh) {
            blocks.push_back(LaidOutBlock{{}, kind, pages[p].number, segment, false});
            open = &blocks.back();
          }
          open->lines.push_back(line->text);
          open->ends_full_line = line->x1 >= right - 1.5 * std::max(line->size, 1.0);
          previous = line;
        }
      }
    }
  }
  return blocks;
}

}  // namespace tandem::layout
