// Recognising a file's format from its content.
#ifndef TANDEM_PIPELINE_INGEST_FORMAT_H_
#define TANDEM_PIPELINE_INGEST_FORMAT_H_

#include <string_view>

#include "pipeline/model/error.h"

namespace tandem::ingest {

enum class Format { kText, kHtml, kXml, kPdf, kDocx };

// "txt", "html", "xml", "pdf", "docx".
std::string_view FormatName(Format format);

// The format of `bytes`, read from the content: "%PDF-" for PDF, a zip
// archive holding word/document.xml for .docx (another zip is refused), a doctype or
// <html> for HTML, an XML declaration or a root element for XML, else text.
// The extension of `path` only breaks ties (an .html fragment without <html>)
// and catches lies: a .pdf that is not a PDF is an error, not text.
// Fails on empty input and binary data, naming `path`.
Result<Format> DetectFormat(std::string_view bytes, std::string_view path);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_FORMAT_H_
