// Internal to ingest: one extractor per format, each turning bytes into the
// raw blocks the stream assembler takes. Errors name `source`.
#ifndef TANDEM_PIPELINE_INGEST_EXTRACTORS_H_
#define TANDEM_PIPELINE_INGEST_EXTRACTORS_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/ingest/raw_block.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/model/error.h"
#include "pipeline/text/dehyphenator.h"

namespace tandem::ingest {

struct Extraction {
  std::vector<RawBlock> blocks;
  std::string title;
  // The evidence the reader already gathered for end-of-line hyphens, reused
  // for hyphens cut by page breaks; empty when the reader had no lines to join.
  std::optional<text::Dehyphenator> dehyphenator;
  std::vector<std::string> warnings;  // kept in Document::warnings
  std::string empty_reason;           // when `blocks` is empty: what the file held instead
  std::vector<std::string> page_keys;  // HTML: every text block's key (boilerplate.h), content or not
  std::string front_matter;  // paged formats: document_facts.h FrontMatter
};

// Plain text (UTF-8), pages split at form feeds or page marks. `done_with_bytes`, when set, is
// called once `bytes` are no longer needed (normalised), so that their owner can let them go.
Result<Extraction> ExtractText(std::string_view bytes, const std::string& source,
                               const std::function<void()>& done_with_bytes = nullptr);
// HTML through libxml2: site furniture dropped (boilerplate.h), with evidence
// from the other pages of the folder when `source` is a file.
Result<Extraction> ExtractHtml(std::string_view bytes, const std::string& source);
// XML through libxml2, external entities and network access disabled.
Result<Extraction> ExtractXml(std::string_view bytes, const std::string& source);
// Word .docx through libzip and libxml2.
Result<Extraction> ExtractDocx(std::string_view bytes, const std::string& source);
// PDF through poppler-cpp, page by page.
Result<Extraction> ExtractPdf(std::string_view bytes, const std::string& source, const ReadOptions& options);

// "line L, column C" style error for invalid UTF-8 in `bytes`, or nullopt.
std::optional<Error> CheckUtf8(std::string_view bytes, const std::string& source);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_EXTRACTORS_H_
