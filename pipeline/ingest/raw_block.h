// Internal to ingest: a paragraph as a reader found it, before the stream
// assembler decides its language and joins what page breaks cut.
#ifndef TANDEM_PIPELINE_INGEST_RAW_BLOCK_H_
#define TANDEM_PIPELINE_INGEST_RAW_BLOCK_H_

#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace tandem::ingest {

struct RawBlock {
  std::string text;  // NFC, lines joined
  BlockKind kind = BlockKind::kParagraph;
  Language declared = Language::kUnknown;  // from markup (lang="nl"), when the source says
  int page = 0;      // 1-based, 0 when the source has no pages
  int printed_page = 0;  // the number printed on that page, 0 when not known (printed_pages.h)
  int segment = 0;   // column or page piece; a new segment may continue the previous one's paragraph
  bool ends_full_line = false;  // its last line fills the column: the text may go on elsewhere
};

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_RAW_BLOCK_H_
