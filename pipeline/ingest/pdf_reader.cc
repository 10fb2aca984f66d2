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

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "pipeline/ingest/document_facts.h"
#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/printed_pages.h"
#include "pipeline/layout/page_layout.h"
#include "pipeline/text/dehyphenator.h"
#include "pipeline/text/paragraphs.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/utf8.h"

namespace tandem::ingest {
namespace {

// Poppler reports damage through one process-wide callback (on stderr by
// default); keep the last message instead, to cite it in our own error. Page
// readers run on several threads, hence the lock.
struct PopplerMessages {
  std::mutex mutex;
  std::string last;
};

PopplerMessages& Messages() {
  static PopplerMessages* messages = new PopplerMessages;  // never destroyed: Poppler may call late
  return *messages;
}

void KeepPopplerMessage(const std::string& message, void* closure) {
  auto* messages = static_cast<PopplerMessages*>(closure);
  std::lock_guard lock(messages->mutex);
  messages->last = message;
}

std::string LastPopplerMessage() {
  std::lock_guard lock(Messages().mutex);
  return Messages().last;
}

// poppler::ustring::to_utf8 opens an iconv converter per call, which costs
// more than the word itself; UTF-16 to UTF-8 is a few lines. Unpaired
// surrogates become U+FFFD.
std::string Utf16ToUtf8(const poppler::ustring& in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < in.size() && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    text::AppendUtf8(c, &out);
  }
  return out;
}

bool IsBoldFont(const std::string& font) {
  return font.find("Bold") != std::string::npos || font.find("Black") != std::string::npos ||
         font.find("Heavy") != std::string::npos || font.find("Semibold") != std::string::npos;
}

// One page's words, or the reason the page cannot be read.
struct PageWords {
  layout::Page page;
  std::string text;  // the words as read, evidence for the dehyphenator
  std::string label;  // the page's label (/PageLabels), "" when none
  std::optional<std::string> error;
};

PageWords ReadPage(const poppler::document& pdf, int index) {
  PageWords out;
  std::unique_ptr<poppler::page> page(pdf.create_page(index));
  if (!page) {
    out.error = "damaged page";
    return out;
  }
  out.page.number = index + 1;
  out.label = Utf16ToUtf8(page->label());
  const poppler::rectf box = page->page_rect();
  out.page.width = box.width();
  out.page.height = box.height();
  for (const poppler::text_box& word : page->text_list(poppler::page::text_list_include_font)) {
    std::string text = Utf16ToUtf8(word.text());
    text = text::NormalizeText(text);
    if (text.find_first_not_of(' ') == std::string::npos) continue;
    const poppler::rectf b = word.bbox();
    out.text.append(text).push_back(word.has_space_after() ? ' ' : '\n');
    out.page.words.push_back(layout::PageWord{b.x(), b.y(), b.x() + b.width(), b.y() + b.height(), std::move(text),
                                              word.get_font_size(), IsBoldFont(word.get_font_name())});
  }
  return out;
}

// Pages are read on up to this many threads, each with its own
// poppler::document over the same bytes (a document is not shared between
// threads); a short PDF is not worth a second parse.
int ReaderThreads(int page_count) {
  constexpr int kPagesPerThread = 16;
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::clamp(page_count / kPagesPerThread, 1, std::min(cores, 8));
}

}  // namespace

Result<Extraction> ExtractPdf(std::string_view bytes, const std::string& source, const ReadOptions& options) {
  poppler::set_debug_error_function(KeepPopplerMessage, &Messages());
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Fail(ErrorCode::kTooLarge, source, "PDF larger than 2 GiB");
  }
  auto open = [&bytes] {
    return std::unique_ptr<poppler::document>(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  };
  std::unique_ptr<poppler::document> pdf = open();
  if (!pdf) {
    const std::string message = LastPopplerMessage();
    std::string why = message.empty() ? "" : fmt::format(" ({})", message);
    return Fail(ErrorCode::kMalformed, source, fmt::format("damaged PDF: Poppler cannot open it{}", why));
  }
  if (pdf->is_locked()) {
    return Fail(ErrorCode::kUnsupported, source, "encrypted PDF: it needs a password to be read");
  }
  const int page_count = pdf->pages();
  if (page_count == 0) return Fail(ErrorCode::kEmpty, source, "PDF without pages");
  if (page_count > options.max_pages) {
    return Fail(ErrorCode::kTooLarge, source,
                fmt::format("{} pages exceed the limit of {} pages", page_count, options.max_pages));
  }

  // Thread t reads a contiguous run of pages with its own document.
  std::vector<PageWords> read(page_count);
  const int threads = ReaderThreads(page_count);
  auto read_run = [&](const poppler::document& doc, int t) {
    for (int i = page_count * t / threads; i < page_count * (t + 1) / threads; ++i) read[i] = ReadPage(doc, i);
  };
  std::vector<std::thread> workers;
  std::vector<std::unique_ptr<poppler::document>> copies(threads);
  for (int t = 1; t < threads; ++t) {
    copies[t] = open();
    if (!copies[t]) break;  // unlikely once the first parse succeeded; the main thread takes its pages
    workers.emplace_back([&, t] { read_run(*copies[t], t); });
  }
  read_run(*pdf, 0);
  for (int t = static_cast<int>(workers.size()) + 1; t < threads; ++t) read_run(*pdf, t);
  for (std::thread& worker : workers) worker.join();

  std::vector<layout::Page> pages;
  pages.reserve(page_count);
  std::string all_text;
  std::vector<std::string> labels;
  int pages_with_text = 0;
  for (PageWords& page : read) {
    if (page.error) return Fail(ErrorCode::kMalformed, fmt::format("{}: page {}", source, page.page.number), *page.error);
    if (!page.page.words.empty()) ++pages_with_text;
    all_text += page.text;
    labels.push_back(page.label);
    pages.push_back(std::move(page.page));
  }
  if (pages_with_text == 0) {
    return Fail(ErrorCode::kUnsupported, source,
                fmt::format("no text layer on any of its {} page(s): a scanned document needs OCR first",
                            page_count));
  }
  Extraction extraction;
  const text::Dehyphenator& dehyphenator = extraction.dehyphenator.emplace(all_text);
  // Printed page numbers: the PDF's page labels when they say more than the
  // physical page, else the number in the running header or footer.
  std::vector<std::vector<std::string>> furniture;
  std::vector<layout::LaidOutBlock> laid_out = layout::LayOut(pages, &furniture);
  extraction.front_matter = FrontMatter({read.front().text}, furniture);
  std::vector<int> printed = NumbersFromLabels(labels);
  bool labelled = false;
  for (size_t i = 0; i < printed.size(); ++i) labelled = labelled || printed[i] != static_cast<int>(i) + 1;
  if (!labelled) printed = PrintedPageNumbers(furniture);
  for (layout::LaidOutBlock& laid : laid_out) {
    RawBlock block;
    std::vector<std::string_view> lines(laid.lines.begin(), laid.lines.end());
    block.text = text::JoinLines(lines, dehyphenator);
    block.kind = laid.kind == BlockKind::kParagraph ? text::ClassifyParagraph(block.text, laid.lines.size()) : laid.kind;
    if (block.kind == BlockKind::kHeading && laid.kind == BlockKind::kParagraph) block.kind = BlockKind::kParagraph;
    block.page = laid.page;
    if (laid.page >= 1 && laid.page <= static_cast<int>(printed.size())) block.printed_page = printed[laid.page - 1];
    block.segment = laid.segment;
    block.ends_full_line = laid.ends_full_line;
    extraction.blocks.push_back(std::move(block));
  }
  if (auto title = pdf->info_key("Title"); !title.empty()) extraction.title = Utf16ToUtf8(title);
  return extraction;
}

}  // namespace tandem::ingest
