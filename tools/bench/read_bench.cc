// read_bench FILE [REPEAT]: the ingest stage alone on one file (for a PDF:
// Poppler's words, layout analysis, dehyphenation, language split), repeated
// REPEAT times in one process. Prints the median wall time in ms on stdout,
// so that pdf_bench.sh can set it beside pdftotext.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/ingest/reader.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    fmt::print(stderr, "usage: read_bench FILE [REPEAT]\n");
    return 2;
  }
  const int repeat = argc == 3 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<double> ms;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    auto doc = tandem::ingest::ReadDocument(argv[1]);
    const auto end = std::chrono::steady_clock::now();
    if (!doc) {
      fmt::print(stderr, "read_bench: {}\n", doc.error().message);
      return 1;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(ms.begin(), ms.end());
  fmt::print("{:.0f}\n", ms[ms.size() / 2]);
  return 0;
}
