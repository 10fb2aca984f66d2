// Internal to ingest: pages of extracted text (plain-text files, PDF pages)
// and the paragraphs on them.
#ifndef TANDEM_PIPELINE_INGEST_PAGES_H_
#define TANDEM_PIPELINE_INGEST_PAGES_H_

#include <string_view>
#include <vector>

#include "pipeline/ingest/raw_block.h"
#include "pipeline/text/dehyphenator.h"

namespace tandem::ingest {

struct Page {
  int number = 0;  // 1-based
  std::vector<std::string_view> lines;
};

// Splits an extraction into pages: at form feeds when it has any; else, when
// a few lines (but not many) open with exactly one space, at those lines (the
// page mark of text extracted without layout); else one page.
std::vector<Page> SplitPages(std::string_view text);

// The paragraphs of `pages`, page furniture removed (see furniture.h), lines
// joined by `dehyphenator` (built from the whole extraction). A paragraph cut by a page or column break comes out as two
// blocks in different segments; the stream assembler re-joins them.
std::vector<RawBlock> BlocksFromPages(const std::vector<Page>& pages, const text::Dehyphenator& dehyphenator);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_PAGES_H_
