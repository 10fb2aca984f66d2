// Internal to ingest: what a document says about itself on its first page
// and in its running headers — its reference number and its title.
#ifndef TANDEM_PIPELINE_INGEST_DOCUMENT_FACTS_H_
#define TANDEM_PIPELINE_INGEST_DOCUMENT_FACTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/ingest/pages.h"
#include "pipeline/model/document.h"

namespace tandem::ingest {

// A parliamentary document number in `text`, normalised: "DOC 56 0767/006"
// (also from "DOC 56 0767/006", "0767/006DOC 56" as a text extraction glues a
// running header). "" when none.
std::string ChamberReference(std::string_view text);

// True for headings that name a part of any document, not this one:
// "Introduction", "Inleiding", "Table des matières", "Samenvatting", "Summary",
// and numbered section headings ("1.1. SÉCURITÉ").
bool IsGenericHeading(std::string_view heading);

// The title of a document read without metadata: its reference number (from
// `front_matter`) and the first heading among its opening blocks that is not
// generic, joined by " — "; either alone when the other is missing.
std::string TitleFromContent(const std::vector<Stream>& streams, std::string_view front_matter);

// The text a reader sees first: the first page's lines, furniture included,
// then the document's distinct furniture lines (running headers and footers,
// where a reference number, a session or a date is printed).
std::string FrontMatter(const std::vector<std::string>& first_page_lines,
                        const std::vector<std::vector<std::string>>& furniture);

// FrontMatter of a text extraction's pages, furniture found by FindFurniture.
std::string TextFrontMatter(const std::vector<Page>& pages);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_DOCUMENT_FACTS_H_
