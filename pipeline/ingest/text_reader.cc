#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/document_facts.h"
#include "pipeline/ingest/pages.h"
#include "pipeline/text/normalize.h"

namespace tandem::ingest {
namespace {

// NormalizeText a piece of lines at a time: ICU works on UTF-16 copies (about
// eight times a text's UTF-8 size at once), so a whole large file would cost
// many times its size. A line break is a normalisation boundary (nothing
// composes or reorders across it), so the pieces give the same text.
std::string NormalizeByLines(std::string_view bytes) {
  constexpr size_t kPiece = size_t{1} << 20;
  if (bytes.size() <= kPiece) return text::NormalizeText(bytes);
  std::string out;
  out.reserve(bytes.size());
  while (!bytes.empty()) {
    size_t end = bytes.size();
    if (end > kPiece) {
      const size_t newline = bytes.find('\n', kPiece);
      end = newline == std::string_view::npos ? bytes.size() : newline + 1;
    }
    out.append(text::NormalizeText(bytes.substr(0, end)));
    bytes.remove_prefix(end);
  }
  return out;
}

}  // namespace

Result<Extraction> ExtractText(std::string_view bytes, const std::string& source,
                               const std::function<void()>& done_with_bytes) {
  if (auto error = CheckUtf8(bytes, source)) return tl::unexpected(*error);
  const std::string text = NormalizeByLines(bytes);
  if (done_with_bytes) done_with_bytes();
  const std::vector<Page> pages = SplitPages(text);
  Extraction extraction;
  extraction.dehyphenator.emplace(text);
  extraction.blocks = BlocksFromPages(pages, *extraction.dehyphenator);
  extraction.front_matter = TextFrontMatter(pages);
  if (pages.size() == 1) {
    for (RawBlock& block : extraction.blocks) block.page = 0;  // no page marks: pages are unknown
  }
  return extraction;
}

}  // namespace tandem::ingest
