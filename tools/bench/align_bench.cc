// align_bench: paragraph alignment speed and memory.
//   align_bench --file DOC [--file NL] [--repeat R]   a real document: read, then align R times
//   align_bench --paragraphs N [--repeat R]           N synthetic paragraphs a side built from corpus/pairs
// Prints one JSON object on stdout. Peak memory is the process's maximum
// resident set, so run one size per process (tools/bench/align_bench.sh does).
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/batch/inputs.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/lexicon/lexicon.h"
#include "tools/bench/measure.h"

namespace {

using Clock = std::chrono::steady_clock;
using tandem::Block;
using tandem::bench::Median;
using tandem::bench::PeakMiB;

// Every FR/NL paragraph pair of corpus/pairs, in order.
std::vector<std::pair<Block, Block>> CorpusPairs(const std::string& corpus) {
  std::vector<std::pair<Block, Block>> pairs;
  std::vector<tandem::Error> problems;
  for (const auto& input : tandem::batch::CollectInputs({corpus + "/pairs"}, &problems)) {
    if (!input.is_pair()) continue;
    auto doc = tandem::ingest::ReadPair(input.path, input.nl_path);
    if (!doc || doc->streams[0].blocks.size() != doc->streams[1].blocks.size()) continue;
    for (size_t i = 0; i < doc->streams[0].blocks.size(); ++i) {
      pairs.emplace_back(doc->streams[0].blocks[i], doc->streams[1].blocks[i]);
    }
  }
  return pairs;
}

int Usage() {
  fmt::print(stderr, "usage: align_bench (--file DOC [--file NL] | --paragraphs N) [--repeat R] [--corpus DIR]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  size_t paragraphs = 0;
  int repeat = 5;
  std::string corpus = TANDEM_SOURCE_DIR "/corpus";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return Usage();
    if (arg == "--file") {
      files.push_back(argv[++i]);
    } else if (arg == "--paragraphs") {
      paragraphs = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--repeat") {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--corpus") {
      corpus = argv[++i];
    } else {
      return Usage();
    }
  }
  if (files.empty() == (paragraphs == 0)) return Usage();

  // The lexicon is loaded once per process; time it apart.
  auto t0 = Clock::now();
  const tandem::lexicon::Lexicon& lexicon = tandem::lexicon::Builtin();
  const double lexicon_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  tandem::align::AlignOptions options;
  options.lexicon = &lexicon;

  std::vector<Block> fr, nl;
  std::vector<std::pair<size_t, size_t>> truth;  // synthetic: expected (fr, nl) beginnings of 1-1 beads
  double read_ms = 0;
  if (!files.empty()) {
    t0 = Clock::now();
    auto doc = files.size() == 2 ? tandem::ingest::ReadPair(files[0], files[1]) : tandem::ingest::ReadDocument(files[0]);
    read_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!doc || !doc->bilingual()) {
      fmt::print(stderr, "align_bench: {}\n", doc ? "not bilingual" : doc.error().message);
      return 2;
    }
    fr = doc->streams[0].blocks;
    nl = doc->streams[1].blocks;
  } else {
    const auto pairs = CorpusPairs(corpus);
    if (pairs.empty()) {
      fmt::print(stderr, "align_bench: no FR/NL pairs in {}/pairs\n", corpus);
      return 2;
    }
    // Paragraph i is corpus pair i mod P with its number appended; every 97th
    // Dutch paragraph is left out and every 89th merged with the next, as in
    // real translations.
    for (size_t i = 0; i < paragraphs; ++i) {
      const auto& [f, n] = pairs[i % pairs.size()];
      Block fb = f, nb = n;
      fb.text += fmt::format(" ({})", i);
      nb.text += fmt::format(" ({})", i);
      fr.push_back(fb);
      if (i % 97 == 96) continue;
      if (i % 89 == 88 && !nl.empty()) {
        nl.back().text += " " + nb.text;
        continue;
      }
      truth.emplace_back(fr.size() - 1, nl.size());
      nl.push_back(nb);
    }
  }

  std::vector<double> times;
  std::vector<tandem::align::Bead> beads;
  const double before = PeakMiB();
  for (int r = 0; r < repeat; ++r) {
    t0 = Clock::now();
    beads = tandem::align::AlignParagraphs(fr, nl, options);
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  double recovered = -1;
  if (!truth.empty()) {
    size_t found = 0, t = 0;
    for (const auto& b : beads) {
      while (t < truth.size() && truth[t].first < b.fr_begin) ++t;
      if (t < truth.size() && b.fr_count == 1 && b.nl_count == 1 && truth[t].first == b.fr_begin &&
          truth[t].second == b.nl_begin) {
        ++found;
      }
    }
    recovered = static_cast<double>(found) / static_cast<double>(truth.size());
  }
  fmt::print(
      "{{\"fr_paragraphs\": {}, \"nl_paragraphs\": {}, \"beads\": {}, \"repeat\": {}, \"median_ms\": {:.2f}, "
      "\"us_per_paragraph\": {:.3f}, \"read_ms\": {:.1f}, \"lexicon_ms\": {:.1f}, \"peak_mib_before_align\": {:.1f}, "
      "\"peak_mib\": {:.1f}, \"one_to_one_recovered\": {:.4f}}}\n",
      fr.size(), nl.size(), beads.size(), repeat, Median(times), 1000 * Median(times) / static_cast<double>(fr.size()),
      read_ms, lexicon_ms, before, PeakMiB(), recovered);
  return 0;
}
