// Internal to ingest: the page numbers a document prints, which a reader
// quotes ("p. 5"), as opposed to the position of the page in the file.
#ifndef TANDEM_PIPELINE_INGEST_PRINTED_PAGES_H_
#define TANDEM_PIPELINE_INGEST_PRINTED_PAGES_H_

#include <string>
#include <vector>

namespace tandem::ingest {

// The printed number of each physical page (index 0 = first page; 0 when not
// known) from the pages' furniture lines (running headers and footers, page
// numbers, as the layout or furniture stage recognised them). A number is a
// page number when it sits in the furniture of several pages at a constant
// offset from the physical page ("28" on page 1, "29" on page 2): offsets
// that two pages or more agree on number the pages from their first to their
// last supporting page, the best-supported first, never over one another. Numbers glued to other
// furniture ("0767/006DOC 5618") are tried by their last digits. All zeros when no offset has two
// pages' support.
std::vector<int> PrintedPageNumbers(const std::vector<std::vector<std::string>>& furniture);

// The pages' labels (a PDF's /PageLabels) as numbers, when every non-empty
// label is a decimal number; else empty (roman numerals, "A-1", no labels).
std::vector<int> NumbersFromLabels(const std::vector<std::string>& labels);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_PRINTED_PAGES_H_
