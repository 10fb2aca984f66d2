#include "pipeline/ingest/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "pipeline/text/utf8.h"

namespace tandem::ingest {
namespace {

std::string LowerExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos) return {};
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view s, std::string_view needle) {
  auto it = std::search(s.begin(), s.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it != s.end();
}

}  // namespace

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kText: return "txt";
    case Format::kHtml: return "html";
    case Format::kXml: return "xml";
    case Format::kPdf: return "pdf";
    case Format::kDocx: return "docx";
  }
  return "txt";
}

Result<Format> DetectFormat(std::string_view bytes, std::string_view path) {
  const std::string ext = LowerExtension(path);
  if (bytes.empty()) return Fail(ErrorCode::kEmpty, path, "empty file");
  if (bytes.substr(0, std::min<size_t>(bytes.size(), 1024)).find("%PDF-") != std::string_view::npos) {
    return Format::kPdf;
  }
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    // Word stores word/document.xml uncompressed-named in the archive directory.
    if (ext == "docx" || bytes.find("word/document.xml") != std::string_view::npos) return Format::kDocx;
    return Fail(ErrorCode::kUnsupported, path, "a zip archive, not a document (of archives, only .docx is read)");
  }
  if (ext == "docx") {
    return Fail(ErrorCode::kMalformed, path, "not a .docx: the file is not a zip archive");
  }
  if (ext == "pdf") {
    return Fail(ErrorCode::kMalformed, path, "not a PDF: the file has no %PDF- header");
  }
  if (bytes.find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
    return Fail(ErrorCode::kEmpty, path, "no text: the file holds only white space");
  }
  size_t offset = 0;
  if (text::LooksBinary(bytes, &offset)) {
    return Fail(ErrorCode::kBinary, path,
                fmt::format("binary data, not a text document (control byte 0x{:02x} at offset {})",
                            static_cast<unsigned char>(bytes[offset]), offset));
  }
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 4096));
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  head.remove_prefix(std::min(head.size(), head.find_first_not_of(" \t\r\n")));
  if (StartsWithNoCase(head, "<!doctype html") || StartsWithNoCase(head, "<html") ||
      ((ext == "html" || ext == "htm" || ext == "xhtml") && head.substr(0, 1) == "<")) {
    return Format::kHtml;
  }
  if (StartsWithNoCase(head, "<?xml") || (head.substr(0, 1) == "<" && ext != "txt")) {
    // XHTML is XML on the wire but a web page to a reader.
    return ContainsNoCase(head, "<html") ? Format::kHtml : Format::kXml;
  }
  return Format::kText;
}

}  // namespace tandem::ingest
