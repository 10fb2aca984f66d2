// Reading a page as a person does: columns found from the geometry of the
// page, lines and paragraphs from positions and fonts, furniture recognised
// by what repeats at the same place across pages. Start here for the layout stage.
#ifndef TANDEM_PIPELINE_LAYOUT_PAGE_LAYOUT_H_
#define TANDEM_PIPELINE_LAYOUT_PAGE_LAYOUT_H_

#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace tandem::layout {

// A word as a PDF gives it: its box in points from the page's top-left corner.
struct PageWord {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;  // UTF-8
  double size = 0;   // font size in points
  bool bold = false;
};

struct Page {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  std::vector<PageWord> words;  // in any order (content streams need not be in reading order)
};

// A paragraph, heading or footnote in reading order.
struct LaidOutBlock {
  std::vector<std::string> lines;  // the block's lines, words joined by single spaces
  BlockKind kind = BlockKind::kParagraph;
  int page = 0;
  int segment = 0;                 // one per column (or full-width band) per page, in reading order
  bool ends_full_line = false;     // the last line reaches the column's right edge
};

// The blocks of `pages` in reading order: per page, band by band (full-width
// lines such as titles separate bands), column by column within a band, top
// to bottom within a column. Columns come from vertical gutters that no line
// crosses; furniture (lines at the same height on several pages whose text
// matches once digits are masked, bare page numbers in the margins, letter-
// spaced lines) is dropped. A paragraph ends at a vertical gap larger than
// the usual line pitch, at a change between bold and regular text, or before
// a bullet; bold or larger text makes a heading, smaller text below the
// column's body a footnote.
// When `furniture` is given, it receives per page (in `pages` order) the text
// of the furniture lines dropped, top to bottom: where a printed page number is.
std::vector<LaidOutBlock> LayOut(const std::vector<Page>& pages,
                                 std::vector<std::vector<std::string>>* furniture = nullptr);

}  // namespace tandem::layout

#endif  // TANDEM_PIPELINE_LAYOUT_PAGE_LAYOUT_H_
