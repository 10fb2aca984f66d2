// Drawing test PDFs with cairo, so that PDF tests need no downloaded files.
#ifndef TANDEM_TESTS_SUPPORT_PDF_FIXTURE_H_
#define TANDEM_TESTS_SUPPORT_PDF_FIXTURE_H_

#include <string>
#include <vector>

namespace tandem::testing {

// A line of text at (x, y) points from the top-left of an A4 page.
struct PdfLine {
  double x = 72, y = 72;
  std::string text;  // UTF-8
  double size = 10;
  bool bold = false;
};

using PdfPage = std::vector<PdfLine>;

// Writes a PDF of `pages` to `path` (DejaVu Sans). Returns false when cairo failed.
bool WritePdf(const std::string& path, const std::vector<PdfPage>& pages);

// Lays out `paragraphs` as one column of lines (about 60 characters a line,
// a blank line between paragraphs) from (x, y) downwards.
PdfPage ColumnOfParagraphs(const std::vector<std::string>& paragraphs, double x = 72, double y = 72);

}  // namespace tandem::testing

#endif  // TANDEM_TESTS_SUPPORT_PDF_FIXTURE_H_
