// search_bench --units N [--dir DIR] [--corpus DIR]
// Builds N synthetic bilingual units from the FR/NL paragraph pairs of
// corpus/pairs (sentences recombined, so that units differ), then
//   1. indexes them with tandem's IndexWriter (sources of 1,000 units) and, as
//      the baseline, with bare Xapian (TermGenerator defaults, text as data);
//   2. runs a fixed set of queries 20 times each through tandem's Searcher
//      and through a bare QueryParser + Enquire.
// Prints throughput, index size, peak memory of each phase and query latency
// p50/p95/p99, with tandem/baseline ratios. Peak memory is reset between
// phases through /proc/self/clear_refs.
#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "pipeline/batch/inputs.h"
#include "pipeline/index/index_writer.h"
#include "pipeline/index/searcher.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/text/sentences.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

double PeakMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

double FolderMiB(const fs::path& dir) {
  uintmax_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return static_cast<double>(total) / (1024.0 * 1024.0);
}

std::vector<std::string> Sentences(const std::string& text, tandem::Language language) {
  std::vector<std::string> out;
  for (std::string_view s : tandem::text::SplitSentences(text, language)) out.emplace_back(s);
  return out;
}

struct Pair {
  std::vector<std::string> fr, nl;
};

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  size_t units = 100000;
  std::string dir = "/tmp/tandem-search-bench", corpus = TANDEM_SOURCE_DIR "/corpus";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--units")) units = std::stoul(argv[i + 1]);
    if (!std::strcmp(argv[i], "--dir")) dir = argv[i + 1];
    if (!std::strcmp(argv[i], "--corpus")) corpus = argv[i + 1];
  }
  std::vector<Pair> pairs;
  std::vector<tandem::Error> problems;
  for (const auto& input : tandem::batch::CollectInputs({corpus + "/pairs"}, &problems)) {
    if (!input.is_pair()) continue;
    auto doc = tandem::ingest::ReadPair(input.path, input.nl_path);
    if (!doc) continue;
    const auto& fr = doc->streams[0].blocks;
    const auto& nl = doc->streams[1].blocks;
    for (size_t i = 0; i < std::min(fr.size(), nl.size()); ++i) {
      if (fr[i].kind == tandem::BlockKind::kParagraph) pairs.push_back({Sentences(fr[i].text, tandem::Language::kFrench), Sentences(nl[i].text, tandem::Language::kDutch)});
    }
  }
  if (pairs.empty()) {
    fmt::print(stderr, "search_bench: no paragraph pairs under {}/pairs\n", corpus);
    return 2;
  }
  // Unit k: a paragraph pair, its first sentence swapped with another pair's, and a reference number.
  std::mt19937 random(42);
  auto make_unit = [&](size_t k) {
    const Pair& a = pairs[random() % pairs.size()];
    const Pair& b = pairs[random() % pairs.size()];
    std::string fr = b.fr.front(), nl = b.nl.front();
    for (size_t i = 1; i < a.fr.size(); ++i) fr += " " + a.fr[i];
    for (size_t i = 1; i < a.nl.size(); ++i) nl += " " + a.nl[i];
    fr += fmt::format(" (réf. {})", k);
    nl += fmt::format(" (ref. {})", k);
    return std::pair<std::string, std::string>(fr, nl);
  };
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string tandem_db = dir + "/tandem", bare_db = dir + "/bare";
  constexpr size_t kUnitsPerSource = 1000;

  // 1. tandem
  random.seed(42);
  ResetPeak();
  auto t0 = Clock::now();
  {
    auto writer = tandem::index::IndexWriter::Open(tandem_db);
    if (!writer) return fmt::print(stderr, "{}\n", writer.error().message), 1;
    for (size_t s = 0; s * kUnitsPerSource < units; ++s) {
      std::vector<tandem::index::Unit> batch;
      for (size_t k = s * kUnitsPerSource; k < std::min(units, (s + 1) * kUnitsPerSource); ++k) {
        auto [fr, nl] = make_unit(k);
        tandem::index::Unit unit;
        unit.position = k - s * kUnitsPerSource;
        unit.texts = {{tandem::Language::kFrench, fr}, {tandem::Language::kDutch, nl}};
        unit.section = "1. CONTEXTE";
        unit.section_text = "1. CONTEXTE\n1. CONTEXT";
        batch.push_back(std::move(unit));
      }
      tandem::index::Source source{fmt::format("/bench/source-{}", s), fmt::format("source-{}.txt", s), "txt",
                                   "Synthetic", s % 2 ? "report" : "policy-note", fmt::format("{}", 2015 + s % 11)};
      if (!writer->ReplaceSource(source, batch)) return 1;
    }
  }
  auto t1 = Clock::now();
  const double tandem_rate = static_cast<double>(units) / Seconds(t0, t1), tandem_peak = PeakMiB();

  // 1b. baseline: bare Xapian, TermGenerator defaults.
  random.seed(42);
  ResetPeak();
  t0 = Clock::now();
  {
    Xapian::WritableDatabase db(bare_db, Xapian::DB_CREATE_OR_OPEN);
    Xapian::TermGenerator generator;
    for (size_t k = 0; k < units; ++k) {
      auto [fr, nl] = make_unit(k);
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(fr);
      generator.index_text(nl);
      doc.set_data(fr + "\n" + nl);
      db.add_document(doc);
    }
    db.commit();
  }
  t1 = Clock::now();
  const double bare_rate = static_cast<double>(units) / Seconds(t0, t1), bare_peak = PeakMiB();

  // 2. queries
  const std::vector<std::string> queries = {
      "sécurité énergétique", "avoirs russes immobilisés", "droits de l'homme", "\"Conseil de sécurité\"",
      "financement climatique", "Sahel développement", "opvolging gedetineerden", "energiezekerheid",
      "mensenrechten", "Belgique AND Ukraine", "multilatéralisme", "ontwikkelingssamenwerking"};
  constexpr int kRepeats = 20;
  std::vector<double> tandem_ms, bare_ms;
  {
    auto searcher = tandem::index::Searcher::Open({tandem_db});
    if (!searcher) return 1;
    tandem::index::SearchRequest warm;
    warm.query = "Belgique";
    (void)searcher->Search(warm);  // loads the lexicon once
    for (int r = 0; r < kRepeats; ++r) {
      for (const std::string& q : queries) {
        tandem::index::SearchRequest request;
        request.query = q;
        const auto a = Clock::now();
        auto results = searcher->Search(request);
        tandem_ms.push_back(Seconds(a, Clock::now()) * 1000);
        if (!results) return fmt::print(stderr, "{}\n", results.error().message), 1;
      }
    }
  }
  {
    Xapian::Database db(bare_db);
    Xapian::QueryParser parser;
    parser.set_database(db);
    for (int r = 0; r < kRepeats; ++r) {
      for (const std::string& q : queries) {
        const auto a = Clock::now();
        Xapian::Enquire enquire(db);
        enquire.set_query(parser.parse_query(q));
        Xapian::MSet mset = enquire.get_mset(0, 10);
        for (auto it = mset.begin(); it != mset.end(); ++it) (void)it.get_document().get_data();
        bare_ms.push_back(Seconds(a, Clock::now()) * 1000);
      }
    }
  }
  fmt::print("units                 {}\n", units);
  fmt::print("indexing  tandem      {:9.0f} units/s  {:7.1f} MiB on disk  peak {:6.1f} MiB\n", tandem_rate,
             FolderMiB(tandem_db), tandem_peak);
  fmt::print("          bare Xapian {:9.0f} units/s  {:7.1f} MiB on disk  peak {:6.1f} MiB\n", bare_rate,
             FolderMiB(bare_db), bare_peak);
  fmt::print("          time ratio tandem/bare {:.2f} (aim <= 1.3)\n", bare_rate / tandem_rate);
  fmt::print("search    tandem      p50 {:6.2f} ms  p95 {:6.2f} ms  p99 {:6.2f} ms  (facets, cross-lingual, snippets)\n",
             Percentile(tandem_ms, 0.5), Percentile(tandem_ms, 0.95), Percentile(tandem_ms, 0.99));
  fmt::print("          bare Xapian p50 {:6.2f} ms  p95 {:6.2f} ms  p99 {:6.2f} ms\n", Percentile(bare_ms, 0.5),
             Percentile(bare_ms, 0.95), Percentile(bare_ms, 0.99));
  fmt::print("          p99 ratio tandem/bare {:.2f}\n", Percentile(tandem_ms, 0.99) / Percentile(bare_ms, 0.99));
  return 0;
}
