// What a reader produces and the aligner consumes: a document as a sequence
// of logical blocks (paragraphs, headings, list items), each with a language.
#ifndef TANDEM_PIPELINE_MODEL_DOCUMENT_H_
#define TANDEM_PIPELINE_MODEL_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/language.h"

namespace tandem {

enum class BlockKind { kParagraph, kHeading, kListItem, kFootnote };

// One logical paragraph: lines joined, end-of-line hyphenation resolved,
// page furniture removed. Text is UTF-8 in NFC.
struct Block {
  std::string text;
  BlockKind kind = BlockKind::kParagraph;
  Language language = Language::kUnknown;
  // The page where the block starts, as cited: the number printed on it when
  // the document prints one (its page labels, running header or footer), else
  // its 1-based position in the file; 0 when the source has no pages.
  int page = 0;
  // Where the block starts among the file's blocks in reading order (1-based;
  // 0 when unknown): orders the blocks of a bilingual file's two streams.
  size_t ordinal = 0;
  // The 1-based position in the file of that page when it differs from `page`
  // (pages printed 28-53 are physical pages 1-26); 0 when they agree.
  int physical_page = 0;
};

// One side of a document in one language, in reading order.
struct Stream {
  Language language = Language::kUnknown;
  std::vector<Block> blocks;

  // The text of blocks [begin, begin + count) joined by blank lines ("" for none).
  std::string Text(size_t begin, size_t count) const;
};

// The paragraphs of a text Stream::Text joined (its inverse): split at each blank line.
std::vector<std::string> SplitParagraphs(std::string_view text);

// A read document: one stream for a monolingual source, two (French first,
// then Dutch) for a bilingual one.
struct Document {
  std::string source;       // the path the document was read from, as given
  std::string pair_source;  // for a FR/NL pair read from two files: the Dutch file
  std::string format;  // "txt", "html", "xml" or "pdf"
  std::string title;   // from the source's metadata, else its reference number and first real heading; may be empty
  std::vector<Stream> streams;
  // What the reader had to guess and the user should know (e.g. an HTML page
  // where nothing looked like content and the densest text was kept).
  std::vector<std::string> warnings;
  // What a reader sees first, for the document's type and date: the first
  // page's text with its running header and footer, then the document's other
  // header and footer lines. Empty for formats without pages.
  std::string front_matter;

  bool bilingual() const { return streams.size() == 2; }
};

}  // namespace tandem

#endif  // TANDEM_PIPELINE_MODEL_DOCUMENT_H_
