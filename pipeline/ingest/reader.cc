#include "pipeline/ingest/reader.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <optional>

#include "pipeline/ingest/document_facts.h"
#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/format.h"
#include "pipeline/ingest/stream_assembler.h"
#include "pipeline/text/utf8.h"

namespace tandem::ingest {

std::optional<Error> CheckUtf8(std::string_view bytes, const std::string& source) {
  if (auto fault = text::FindInvalidUtf8(bytes)) {
    return MakeError(
        ErrorCode::kEncoding, fmt::format("{}:{}", source, fault->line),
        fmt::format("invalid UTF-8 at column {} (byte 0x{:02x}); convert the file to UTF-8, "
                    "e.g. with iconv",
                    fault->column, fault->byte));
  }
  return std::nullopt;
}

namespace {

// UTF-16 with a byte-order mark (what Windows tools export as "Unicode") as
// UTF-8, without the mark; an XML declaration's encoding="UTF-16" is made to
// say UTF-8. nullopt when `bytes` has no UTF-16 mark.
std::optional<Result<std::string>> FromUtf16(std::string_view bytes, const std::string& source) {
  if (bytes.size() < 2) return std::nullopt;
  const auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  const bool little = b0 == 0xFF && b1 == 0xFE;
  if (!little && !(b0 == 0xFE && b1 == 0xFF)) return std::nullopt;
  if (bytes.size() % 2 != 0) {
    return Fail(ErrorCode::kEncoding, source,
                "UTF-16 (by its byte-order mark) with an odd number of bytes: truncated");
  }
  std::string out;
  out.reserve(bytes.size() / 2 * 3 / 2);
  size_t line = 1;
  auto unit = [&](size_t at) {
    const auto lo = static_cast<unsigned char>(bytes[at + (little ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(bytes[at + (little ? 1 : 0)]);
    return static_cast<uint32_t>(hi << 8 | lo);
  };
  for (size_t at = 2; at < bytes.size(); at += 2) {
    uint32_t c = unit(at);
    if (c >= 0xD800 && c <= 0xDBFF && at + 2 < bytes.size() && unit(at + 2) >= 0xDC00 &&
        unit(at + 2) <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (unit(at + 2) - 0xDC00);
      at += 2;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      return Fail(ErrorCode::kEncoding, fmt::format("{}:{}", source, line),
                  fmt::format("invalid UTF-16: a lone surrogate 0x{:04x} at byte {}", c, at));
    }
    if (c == '\n') ++line;
    text::AppendUtf8(c, &out);
  }
  if (out.rfind("<?xml", 0) == 0) {
    const size_t end = out.find("?>");
    const size_t at = out.find("encoding=", 0);
    if (end != std::string::npos && at != std::string::npos && at < end && at + 10 < end) {
      const char quote = out[at + 9];
      const size_t close = out.find(quote, at + 10);
      if (close != std::string::npos && close < end) out.replace(at + 10, close - at - 10, "UTF-8");
    }
  }
  return Result<std::string>(std::move(out));
}

}  // namespace

Result<std::string> LoadFile(const std::string& path, size_t max_bytes) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return Fail(ErrorCode::kIo, path, std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) return Fail(ErrorCode::kIo, path, "is a folder, not a file");
  if (!S_ISREG(info.st_mode)) return Fail(ErrorCode::kIo, path, "not a regular file");
  if (static_cast<size_t>(info.st_size) > max_bytes) {
    return Fail(
        ErrorCode::kTooLarge, path,
        fmt::format(
            "file of {} bytes ({:.1f} MB) is over the limit of {:.0f} MB per file; raise it with "
            "--max-file-mb if the machine has about three times the file's size (and 100 MB) in free "
            "memory",
            info.st_size, static_cast<double>(info.st_size) / 1048576.0,
            static_cast<double>(max_bytes) / 1048576.0));
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

namespace {

// ReadDocumentBytes; when `owned` holds the bytes, they (and their UTF-8 form) are let go once
// extracted, before the streams are assembled.
Result<Document> ReadBytes(std::string_view bytes, const std::string& source,
                           const ReadOptions& options, std::string* owned) {
  if (bytes.size() > options.max_bytes) {
    return Fail(
        ErrorCode::kTooLarge, source,
        fmt::format("{} bytes exceed the limit of {} bytes", bytes.size(), options.max_bytes));
  }
  std::optional<Result<std::string>> utf8 = FromUtf16(bytes, source);
  if (utf8) {
    if (!*utf8) return tl::unexpected(utf8->error());
    bytes = **utf8;
  }
  const std::function<void()> release = [&] {
    if (owned == nullptr) return;
    bytes = {};
    std::string().swap(*owned);
    if (utf8 && *utf8) std::string().swap(**utf8);
  };
  Result<Format> format = DetectFormat(bytes, source);
  if (!format) return tl::unexpected(format.error());
  Result<Extraction> extraction;
  switch (*format) {
    case Format::kText:
      extraction = ExtractText(bytes, source, release);
      break;
    case Format::kHtml:
      extraction = ExtractHtml(bytes, source);
      break;
    case Format::kXml:
      extraction = ExtractXml(bytes, source);
      break;
    case Format::kPdf:
      extraction = ExtractPdf(bytes, source, options);
      break;
    case Format::kDocx:
      extraction = ExtractDocx(bytes, source);
      break;
  }
  if (!extraction) return tl::unexpected(extraction.error());
  release();
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

}  // namespace

Result<Document> ReadDocumentBytes(std::string_view bytes, const std::string& source,
                                   const ReadOptions& options) {
  return ReadBytes(bytes, source, options, nullptr);
}

Result<Document> ReadDocument(const std::string& path, const ReadOptions& options) {
  Result<std::string> bytes = LoadFile(path, options.max_bytes);
  if (!bytes) return tl::unexpected(bytes.error());
  return ReadBytes(*bytes, path, options, &*bytes);
}

Result<Document> ReadPair(const std::string& fr_path, const std::string& nl_path,
                          const ReadOptions& options) {
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
