#include "pipeline/ingest/reader.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

#include "pipeline/ingest/document_facts.h"
#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/format.h"
#include "pipeline/ingest/stream_assembler.h"
#include "pipeline/text/utf8.h"

namespace tandem::ingest {

std::optional<Error> CheckUtf8(std::string_view bytes, const std::string& source) {
  if (auto fault = text::FindInvalidUtf8(bytes)) {
    return MakeError(ErrorCode::kEncoding, fmt::format("{}:{}", source, fault->line),
                     fmt::format("invalid UTF-8 at column {} (byte 0x{:02x}); convert the file to UTF-8, "
                                 "e.g. with iconv",
                                 fault->column, fault->byte));
  }
  return std::nullopt;
}

Result<std::string> LoadFile(const std::string& path, size_t max_bytes) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return Fail(ErrorCode::kIo, path, std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) return Fail(ErrorCode::kIo, path, "is a folder, not a file");
  if (!S_ISREG(info.st_mode)) return Fail(ErrorCode::kIo, path, "not a regular file");
  if (static_cast<size_t>(info.st_size) > max_bytes) {
    return Fail(ErrorCode::kTooLarge, path,
                fmt::format("file of {} bytes exceeds the limit of {} bytes", info.st_size, max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(ErrorCode::kIo, path, std::strerror(errno));
  std::string bytes(static_cast<size_t>(info.st_size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(bytes.size())) {
    return Fail(ErrorCode::kIo, path, "could not read the whole file");
  }
  return bytes;
}

Result<Document> ReadDocumentBytes(std::string_view bytes, const std::string& source,
                                   const ReadOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return Fail(ErrorCode::kTooLarge, source,
                fmt::format("{} bytes exceed the limit of {} bytes", bytes.size(), options.max_bytes));
  }
  Result<Format> format = DetectFormat(bytes, source);
  if (!format) return tl::unexpected(format.error());
  Result<Extraction> extraction;
  switch (*format) {
    case Format::kText: extraction = ExtractText(bytes, source); break;
    case Format::kHtml: extraction = ExtractHtml(bytes, source); break;
    case Format::kXml: extraction = ExtractXml(bytes, source); break;
    case Format::kPdf: extraction = ExtractPdf(bytes, source, options); break;
    case Format::kDocx: extraction = ExtractDocx(bytes, source); break;
  }
  if (!extraction) return tl::unexpected(extraction.error());
  if (extraction->blocks.empty()) {
    if (!extraction->empty_reason.empty()) {
      return Fail(ErrorCode::kEmpty, source,
                  fmt::format("no page content found in this {} file: {}", FormatName(*format),
                              extraction->empty_reason));
    }
    return Fail(ErrorCode::kEmpty, source, fmt::format("no text found in this {} file", FormatName(*format)));
  }
  Document document;
  document.source = source;
  document.format = std::string(FormatName(*format));
  document.title = std::move(extraction->title);
  document.warnings = std::move(extraction->warnings);
  document.streams = AssembleStreams(extraction->blocks, options.language,
                                     extraction->dehyphenator ? &*extraction->dehyphenator : nullptr);
  document.front_matter = std::move(extraction->front_matter);
  // Without metadata: the reference and title the document prints (not "Introduction").
  if (document.title.empty()) document.title = TitleFromContent(document.streams, document.front_matter);
  return document;
}

Result<Document> ReadDocument(const std::string& path, const ReadOptions& options) {
  Result<std::string> bytes = LoadFile(path, options.max_bytes);
  if (!bytes) return tl::unexpected(bytes.error());
  return ReadDocumentBytes(*bytes, path, options);
}

Result<Document> ReadPair(const std::string& fr_path, const std::string& nl_path, const ReadOptions& options) {
  ReadOptions side = options;
  side.language = Language::kFrench;
  Result<Document> fr = ReadDocument(fr_path, side);
  if (!fr) return fr;
  side.language = Language::kDutch;
  Result<Document> nl = ReadDocument(nl_path, side);
  if (!nl) return nl;
  Document pair = std::move(*fr);
  pair.pair_source = nl_path;
  pair.streams.push_back(std::move(nl->streams.front()));
  return pair;
}

}  // namespace tandem::ingest
