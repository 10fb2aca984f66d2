// The PDF adapter: the only file that includes Poppler. It takes words with
// their boxes and fonts from poppler-cpp's public page::text_list() (stable
// API; Poppler's private TextOutputDev has lines and blocks but changes between
// releases) and hands them to the layout stage, which is plain C++ and tested
// without Poppler. Poppler's own reading order interleaves the columns of
// bilingual pages whose paragraphs line up, so it is not used.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <fmt/format.h>

#include <memory>

#include "pipeline/ingest/extractors.h"
#include "pipeline/layout/page_layout.h"
#include "pipeline/text/dehyphenator.h"
#include "pipeline/text/paragraphs.h"
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
  std::vector<layout::Page> pages;
  std::string all_text;  // evidence for the dehyphenator
  int pages_with_text = 0;
  for (int i = 0; i < page_count; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      return Fail(ErrorCode::kMalformed, fmt::format("{}: page {}", source, i + 1), "damaged page");
    }
    layout::Page laid;
    laid.number = i + 1;
    const poppler::rectf box = page->page_rect();
    laid.width = box.width();
    laid.height = box.height();
    for (const poppler::text_box& word : page->text_list(poppler::page::text_list_include_font)) {
      poppler::byte_array utf8 = word.text().to_utf8();
      std::string text(utf8.data(), utf8.size());
      if (text::FindInvalidUtf8(text)) {
        return Fail(ErrorCode::kMalformed, fmt::format("{}: page {}", source, i + 1), "text layer is not valid Unicode");
      }
      text = text::NormalizeText(text);
      if (text.find_first_not_of(' ') == std::string::npos) continue;
      const poppler::rectf b = word.bbox();
      const std::string font = word.get_font_name();
      const bool bold = font.find("Bold") != std::string::npos || font.find("Black") != std::string::npos ||
                        font.find("Heavy") != std::string::npos || font.find("Semibold") != std::string::npos;
      all_text.append(text).push_back(word.has_space_after() ? ' ' : '\n');
      laid.words.push_back(layout::PageWord{b.x(), b.y(), b.x() + b.width(), b.y() + b.height(), std::move(text),
                                            word.get_font_size(), bold});
    }
    if (!laid.words.empty()) ++pages_with_text;
    pages.push_back(std::move(laid));
  }
  if (page_count == 0) return Fail(ErrorCode::kEmpty, source, "PDF without pages");
  if (pages_with_text == 0) {
    return Fail(ErrorCode::kUnsupported, source,
                fmt::format("no text layer on any of its {} page(s): a scanned document needs OCR first",
                            page_count));
  }
  Extraction extraction;
  const text::Dehyphenator& dehyphenator = extraction.dehyphenator.emplace(all_text);
  for (layout::LaidOutBlock& laid : layout::LayOut(pages)) {
    RawBlock block;
    std::vector<std::string_view> lines(laid.lines.begin(), laid.lines.end());
    block.text = text::JoinLines(lines, dehyphenator);
    block.kind = laid.kind == BlockKind::kParagraph ? text::ClassifyParagraph(block.text, laid.lines.size()) : laid.kind;
    if (block.kind == BlockKind::kHeading && laid.kind == BlockKind::kParagraph) block.kind = BlockKind::kParagraph;
    block.page = laid.page;
    block.segment = laid.segment;
    block.ends_full_line = laid.ends_full_line;
    extraction.blocks.push_back(std::move(block));
  }
  if (auto title = pdf->info_key("Title"); !title.empty()) {
    poppler::byte_array t = title.to_utf8();
    extraction.title.assign(t.data(), t.size());
  }
  return extraction;
}

}  // namespace tandem::ingest
