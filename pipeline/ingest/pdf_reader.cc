// The PDF adapter: the only file that includes Poppler. This first version
// takes each page's text as Poppler's reading-order heuristic gives it
// (non_raw_non_physical_layout, like pdftotext): paragraphs separated by
// blank lines, but the columns of a two-column page may come interleaved and
// paragraphs without a vertical gap merged. Geometric column and paragraph
// analysis from page::text_list() belongs to the layout stage.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <fmt/format.h>

#include <memory>

#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/pages.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/utf8.h"

namespace tandem::ingest {
namespace {

// Poppler reports damage on stderr by default; keep the last message instead,
// to cite it in our own error.
void KeepPopplerMessage(const std::string& message, void* closure) {
  *static_cast<std::string*>(closure) = message;
}

}  // namespace

Result<Extraction> ExtractPdf(std::string_view bytes, const std::string& source, const ReadOptions& options) {
  thread_local std::string poppler_message;
  poppler_message.clear();
  poppler::set_debug_error_function(KeepPopplerMessage, &poppler_message);
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Fail(ErrorCode::kTooLarge, source, "PDF larger than 2 GiB");
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) {
    std::string why = poppler_message.empty() ? "" : fmt::format(" ({})", poppler_message);
    return Fail(ErrorCode::kMalformed, source, fmt::format("damaged PDF: Poppler cannot open it{}", why));
  }
  if (pdf->is_locked()) {
    return Fail(ErrorCode::kUnsupported, source, "encrypted PDF: it needs a password to be read");
  }
  const int page_count = pdf->pages();
  if (page_count > options.max_pages) {
    return Fail(ErrorCode::kTooLarge, source,
                fmt::format("{} pages exceed the limit of {} pages", page_count, options.max_pages));
  }
  std::string text;  // all pages, joined by form feeds
  int pages_with_text = 0;
  for (int i = 0; i < page_count; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      return Fail(ErrorCode::kMalformed, fmt::format("{}: page {}", source, i + 1), "damaged page");
    }
    poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    std::string_view page_text(utf8.data(), utf8.size());
    while (!page_text.empty() && (page_text.back() == '\f' || page_text.back() == '\n')) page_text.remove_suffix(1);
    if (text::FindInvalidUtf8(page_text)) {
      return Fail(ErrorCode::kMalformed, fmt::format("{}: page {}", source, i + 1), "text layer is not valid Unicode");
    }
    if (page_text.find_first_not_of(" \t\r\n\f") != std::string_view::npos) ++pages_with_text;
    if (i > 0) text.push_back('\f');
    text.append(page_text);
  }
  if (page_count == 0) return Fail(ErrorCode::kEmpty, source, "PDF without pages");
  if (pages_with_text == 0) {
    return Fail(ErrorCode::kUnsupported, source,
                fmt::format("no text layer on any of its {} page(s): a scanned document needs OCR first",
                            page_count));
  }
  text = text::NormalizeText(text);
  Extraction extraction;
  extraction.blocks = BlocksFromPages(SplitPages(text), text);
  if (auto title = pdf->info_key("Title"); !title.empty()) {
    poppler::byte_array t = title.to_utf8();
    extraction.title.assign(t.data(), t.size());
  }
  return extraction;
}

}  // namespace tandem::ingest
