#include "tests/support/pdf_fixture.h"

#include <cairo-pdf.h>
#include <cairo.h>

namespace tandem::testing {

bool WritePdf(const std::string& path, const std::vector<PdfPage>& pages) {
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  for (const PdfPage& page : pages) {
    for (const PdfLine& line : page) {
      cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                             line.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size(cr, line.size);
      cairo_move_to(cr, line.x, line.y);
      cairo_show_text(cr, line.text.c_str());
    }
    cairo_show_page(cr);
  }
  const bool ok = cairo_status(cr) == CAIRO_STATUS_SUCCESS;
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const bool finished = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(surface);
  return ok && finished;
}

PdfPage ColumnOfParagraphs(const std::vector<std::string>& paragraphs, double x, double y) {
  PdfPage page;
  for (const std::string& paragraph : paragraphs) {
    std::string line;
    size_t i = 0;
    while (i < paragraph.size()) {
      size_t end = paragraph.find(' ', i);
      if (end == std::string::npos) end = paragraph.size();
      const std::string word = paragraph.substr(i, end - i);
      if (!line.empty() && line.size() + 1 + word.size() > 60) {
        page.push_back({x, y, line});
        y += 13;
        line.clear();
      }
      if (!line.empty()) line += ' ';
      line += word;
      i = end + 1;
    }
    if (!line.empty()) page.push_back({x, y, line});
    y += 26;  // a blank line between paragraphs
  }
  return page;
}

}  // namespace tandem::testing
