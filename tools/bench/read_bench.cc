// read_bench FILE [REPEAT]: the ingest stage alone on one file (for a PDF:
// Poppler's words, layout analysis, dehyphenation, language split), repeated
// REPEAT times in one process. Prints the median wall time in ms on stdout,
// so that pdf_bench.sh can set it beside pdftotext.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "pipeline/ingest/reader.h"
#include "tools/bench/measure.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    fmt::print(stderr, "usage: read_bench FILE [REPEAT]\n");
    return 2;
  }
  const int repeat = argc == 3 ? std::max(1, std::atoi(argv[2])) : 5;
  bool failed = false;
  const double median_ms = tandem::bench::MedianMs(repeat, [&] {
    auto doc = tandem::ingest::ReadDocument(argv[1]);
    if (!doc && !failed) fmt::print(stderr, "read_bench: {}\n", doc.error().message);
    failed |= !doc;
  });
  if (failed) return 1;
  fmt::print("{:.0f}\n", median_ms);
  return 0;
}
