// Reading documents: files in, Documents (language streams of logical
// paragraphs) out. Start here for the ingest stage.
#ifndef TANDEM_PIPELINE_INGEST_READER_H_
#define TANDEM_PIPELINE_INGEST_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "pipeline/model/document.h"
#include "pipeline/model/error.h"

namespace tandem::ingest {

// Bounds on untrusted input; exceeding one is an ErrorCode::kTooLarge error.
struct ReadOptions {
  // Per file, checked before anything is read. Ingesting a text file peaks at
  // about 100 MiB + 3 times its size (measured by tools/bench/ingest_memory.sh),
  // so the default keeps one document's ingest under about 0.3 GB;
  // `tandem ingest --max-file-mb` changes it.
  size_t max_bytes = size_t{64} << 20;
  int max_pages = 20000;  // per PDF
  // When set, the whole input is taken to be in this language (one side of a
  // FR/NL pair); otherwise languages are identified block by block.
  Language language = Language::kUnknown;
};

// Reads the file at `path`, detecting its format from its content (see
// format.h). On success the Document has one stream (monolingual) or two
// (French, then Dutch, for a bilingual file such as a two-column extraction).
// On failure the Error names `path` and, where known, the line or page:
// kIo, kEmpty, kBinary, kEncoding, kMalformed, kUnsupported, kTooLarge.
Result<Document> ReadDocument(const std::string& path, const ReadOptions& options = {});

// The same for bytes already in memory; `source` names them in errors.
Result<Document> ReadDocumentBytes(std::string_view bytes, const std::string& source,
                                   const ReadOptions& options = {});

// Reads a translation pair: `fr_path` as French and `nl_path` as Dutch. The
// Document has both streams, `source` = fr_path and `pair_source` = nl_path.
Result<Document> ReadPair(const std::string& fr_path, const std::string& nl_path,
                          const ReadOptions& options = {});

// The whole content of the file at `path`, refusing more than `max_bytes`.
Result<std::string> LoadFile(const std::string& path, size_t max_bytes);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_READER_H_
