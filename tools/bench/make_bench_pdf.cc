// make_bench_pdf OUT.pdf PAGES: writes a two-column FR/NL PDF of PAGES pages
// (running header, page number, footer, bold headings, hyphenated lines) from
// the paragraphs of corpus/pairs, for the PDF ingest benchmark.
#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/batch/inputs.h"
#include "pipeline/ingest/reader.h"

namespace {

// Greedy wrap at about `width` characters.
std::vector<std::string> Wrap(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(i, end - i);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    i = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fmt::print(stderr, "usage: make_bench_pdf OUT.pdf PAGES\n");
    return 2;
  }
  const int pages = std::atoi(argv[2]);
  std::vector<std::pair<tandem::Block, tandem::Block>> pairs;
  std::vector<tandem::Error> problems;
  for (const auto& input : tandem::batch::CollectInputs({TANDEM_SOURCE_DIR "/corpus/pairs"}, &problems)) {
    if (!input.is_pair()) continue;
    auto doc = tandem::ingest::ReadPair(input.path, input.nl_path);
    if (!doc || doc->streams[0].blocks.size() != doc->streams[1].blocks.size()) continue;
    for (size_t i = 0; i < doc->streams[0].blocks.size(); ++i) pairs.emplace_back(doc->streams[0].blocks[i], doc->streams[1].blocks[i]);
  }
  if (pairs.empty()) return 2;
  cairo_surface_t* surface = cairo_pdf_surface_create(argv[1], 595, 842);
  cairo_t* cr = cairo_create(surface);
  auto show = [&](double x, double y, const std::string& text, double size, bool bold) {
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, text.c_str());
  };
  size_t next = 0;
  for (int p = 1; p <= pages; ++p) {
    show(50, 40, fmt::format("DOC 99 {:04d}/001", 1000 + p % 7), 8, true);
    show(540, 40, std::to_string(p), 8, true);
    show(50, 815, "CHAMBRE DES REPRÉSENTANTS • KAMER VAN VOLKSVERTEGENWOORDIGERS", 7, false);
    double y = 80;
    while (y < 760) {
      const auto& [fr, nl] = pairs[next++ % pairs.size()];
      const bool heading = fr.kind == tandem::BlockKind::kHeading;
      const auto fr_lines = Wrap(fr.text, 48), nl_lines = Wrap(nl.text, 48);
      const size_t rows = std::max(fr_lines.size(), nl_lines.size());
      if (y + 12.0 * static_cast<double>(rows) > 780) break;
      for (size_t r = 0; r < rows; ++r) {
        if (r < fr_lines.size()) show(50, y + 12.0 * static_cast<double>(r), fr_lines[r], 9, heading);
        if (r < nl_lines.size()) show(310, y + 12.0 * static_cast<double>(r), nl_lines[r], 9, heading);
      }
      y += 12.0 * static_cast<double>(rows) + 8;
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const bool ok = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(surface);
  return ok ? 0 : 1;
}
