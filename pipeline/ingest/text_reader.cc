#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/document_facts.h"
#include "pipeline/ingest/pages.h"
#include "pipeline/text/normalize.h"

namespace tandem::ingest {

Result<Extraction> ExtractText(std::string_view bytes, const std::string& source) {
  if (auto error = CheckUtf8(bytes, source)) return tl::unexpected(*error);
  const std::string text = text::NormalizeText(bytes);
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
