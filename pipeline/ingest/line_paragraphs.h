// Internal to ingest: how a plain-text file marks its paragraphs. Text comes
// in three conventions, and a file is read by its own:
// - blank lines between paragraphs, lines inside them hard-wrapped or not
//   (pdftotext, most hand-written text);
// - one paragraph per line, with or without blank lines (a browser's "save as
//   text", spreadsheet and CMS exports): most lines end a sentence and the next
//   one starts a new one;
// - hard-wrapped lines with hardly any blank line (mail, old plain-text
//   reports): a paragraph ends on a line shorter than the wrap width that ends
//   a sentence.
#ifndef TANDEM_PIPELINE_INGEST_LINE_PARAGRAPHS_H_
#define TANDEM_PIPELINE_INGEST_LINE_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "pipeline/ingest/pages.h"

namespace tandem::ingest {

enum class LineConvention { kBlankLines, kOnePerLine, kHardWrapped };

struct LineLayout {
  LineConvention convention = LineConvention::kBlankLines;
  size_t wrap_width = 0;  // kHardWrapped: the usual length of a full line, in code points
};

// The convention of the text on `pages`, read from all of its lines.
LineLayout DetectLineLayout(const std::vector<Page>& pages);

// The paragraphs of `lines` (a page piece; blank lines are empty or white
// space): text::GroupParagraphLines, then each group cut further where the
// layout's convention says a paragraph ends.
std::vector<std::vector<std::string_view>> ParagraphLines(
    const std::vector<std::string_view>& lines, const LineLayout& layout);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_LINE_PARAGRAPHS_H_
