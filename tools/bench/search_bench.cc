// search_bench --units N [--dir DIR] [--corpus DIR] [--no-shards] [--reuse] [--budget SECONDS]
// Builds N synthetic bilingual units from the FR/NL paragraph pairs of
// corpus/pairs (sentences recombined, so that units differ), then
//   1. indexes them with tandem's IndexWriter (sources of 1,000 units) and, as
//      the baseline, with bare Xapian (TermGenerator defaults, text as data);
//      a second baseline adds only French/Dutch stemming (STEM_SOME), to show
//      how much of tandem's overhead the stemmed terms are;
//   2. compacts all three (as `tandem compact` does) and, on the compacted
//      indexes, runs a fixed set of queries 20 times each through tandem's
//      Searcher without facets (a large match split across two threads, as
//      the library does by default), again with facets, again without
//      facets on one thread (split_from_postings = 0), and through a bare
//      QueryParser (French stemmer) + Enquire on the stemmed baseline;
//   3. unless --no-shards, splits the same units into two shards (not timed),
//      serves each with xapian-tcpsrv on 127.0.0.1 and runs the queries again
//      through tandem over the two remote shards.
// --budget sets each search's time budget (default: the library's; 0: none); the
// searches the budget cut short are counted.
// --reuse skips steps 1 and 3 and times the queries again on the compacted
// indexes a previous run left in DIR (indexing figures are then not printed).
// Prints throughput, index size, peak memory of each phase and query latency
// p50/p95/p99, with tandem/baseline ratios. Peak memory is reset between
// phases through /proc/self/clear_refs.
#include <fmt/format.h>
#include <xapian.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <thread>
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
#include "tools/bench/measure.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using tandem::bench::Percentile;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

// Peak memory since the last ResetPeak (VmHWM; getrusage's peak cannot be reset).
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

constexpr int kRepeats = 20;
constexpr size_t kUnitsPerSource = 1000;
using MakeUnit = std::function<std::pair<std::string, std::string>(size_t)>;

// Indexes units 0..count-1 with tandem's IndexWriter, one source per 1,000
// units, keeping the sources for which `keep(source number)` holds.
bool IndexWithTandem(const std::string& path, size_t count, const MakeUnit& make_unit,
                     const std::function<bool(size_t)>& keep) {
  auto writer = tandem::index::IndexWriter::Open(path);
  if (!writer) return fmt::print(stderr, "{}\n", writer.error().message), false;
  for (size_t s = 0; s * kUnitsPerSource < count; ++s) {
    std::vector<tandem::index::Unit> batch;
    for (size_t k = s * kUnitsPerSource; k < std::min(count, (s + 1) * kUnitsPerSource); ++k) {
      auto [fr, nl] = make_unit(k);  // drawn even when the source is skipped, so shards hold the same units
      tandem::index::Unit unit;
      unit.position = k - s * kUnitsPerSource;
      unit.texts = {{tandem::Language::kFrench, fr}, {tandem::Language::kDutch, nl}};
      unit.section = "1. CONTEXTE";
      unit.section_text = "1. CONTEXTE\n1. CONTEXT";
      batch.push_back(std::move(unit));
    }
    if (!keep(s)) continue;
    tandem::index::Source source{fmt::format("/bench/source-{}", s), fmt::format("source-{}.txt", s), "txt",
                                 "Synthetic", s % 2 ? "report" : "policy-note", fmt::format("{}", 2015 + s % 11)};
    auto written = writer->ReplaceSource(source, batch);
    if (!written) return fmt::print(stderr, "{}\n", written.error().message), false;
  }
  return true;
}

// Runs each query kRepeats times through tandem's Searcher over `databases`;
// appends each latency in milliseconds.
double time_budget = tandem::index::kDefaultTimeBudget;  // --budget

bool TimeQueries(const std::vector<std::string>& databases, const std::vector<std::string>& queries,
                 bool facets, std::vector<double>* ms, size_t* partial,
                 size_t split_from_postings = tandem::index::kDefaultSplitPostings) {
  auto searcher = tandem::index::Searcher::Open(databases);
  if (!searcher) return fmt::print(stderr, "{}\n", searcher.error().message), false;
  tandem::index::SearchRequest warm;
  warm.query = "Belgique";
  (void)searcher->Search(warm);  // loads the lexicon once
  for (int r = 0; r < kRepeats; ++r) {
    for (const std::string& q : queries) {
      tandem::index::SearchRequest request;
      request.query = q;
      request.facets = facets;
      request.time_budget = time_budget;
      request.split_from_postings = split_from_postings;
      const auto a = Clock::now();
      auto results = searcher->Search(request);
      ms->push_back(Seconds(a, Clock::now()) * 1000);
      if (!results) return fmt::print(stderr, "{}\n", results.error().message), false;
      if (results->partial) ++*partial;
    }
  }
  return true;
}

void PrintLatency(std::string_view label, const std::vector<double>& ms, std::string_view note) {
  fmt::print("{} p50 {:6.2f} ms  p95 {:6.2f} ms  p99 {:6.2f} ms  {}\n", label, Percentile(ms, 0.5),
             Percentile(ms, 0.95), Percentile(ms, 0.99), note);
}

// xapian-tcpsrv serving one index on 127.0.0.1:port while in scope.
class TcpServer {
 public:
  TcpServer(const std::string& db, int port) : port_(port) {
    const std::string port_text = std::to_string(port);
    std::vector<std::string> args = {"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port_text, db};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // Its own process group and no output: on SIGTERM, xapian-tcpsrv signals its whole group.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    if (posix_spawnp(&pid_, "xapian-tcpsrv", &files, &attr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attr);
  }
  ~TcpServer() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;
  std::string address() const { return fmt::format("tcp://127.0.0.1:{}", port_); }

 private:
  int port_;
  pid_t pid_ = -1;
};

}  // namespace

int main(int argc, char** argv) {
  size_t units = 100000;
  std::string dir = "/tmp/tandem-search-bench", corpus = TANDEM_SOURCE_DIR "/corpus";
  bool shards = true, reuse = false;
  for (int i = 1; i < argc; ++i) {  // flags with a value, then flags alone, in any order
    const bool has_value = i + 1 < argc;
    if (has_value && !std::strcmp(argv[i], "--units")) units = std::stoul(argv[++i]);
    else if (has_value && !std::strcmp(argv[i], "--dir")) dir = argv[++i];
    else if (has_value && !std::strcmp(argv[i], "--corpus")) corpus = argv[++i];
    else if (has_value && !std::strcmp(argv[i], "--budget")) time_budget = std::stod(argv[++i]);
    else if (!std::strcmp(argv[i], "--no-shards")) shards = false;
    else if (!std::strcmp(argv[i], "--reuse")) reuse = true;
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
  const std::string tandem_db = dir + "/tandem", bare_db = dir + "/bare", stemmed_db = dir + "/bare-stemmed";
  const std::string tandem_compact = tandem_db + "-compact", bare_compact = bare_db + "-compact",
                    stemmed_compact = stemmed_db + "-compact";
  if (reuse && !(fs::exists(tandem_compact) && fs::exists(stemmed_compact) && fs::exists(bare_compact))) {
    fmt::print(stderr, "search_bench: --reuse needs the compacted indexes of an earlier run in {}\n", dir);
    return 2;
  }
  shards = shards && !reuse;
  double tandem_rate = 0, tandem_peak = 0, bare_rate = 0, bare_peak = 0, stemmed_rate = 0, stemmed_peak = 0;
  if (!reuse) {
    fs::remove_all(dir);
    fs::create_directories(dir);

    // 1. tandem
    random.seed(42);
    ResetPeak();
    auto t0 = Clock::now();
    if (!IndexWithTandem(tandem_db, units, make_unit, [](size_t) { return true; })) return 1;
    auto t1 = Clock::now();
    tandem_rate = static_cast<double>(units) / Seconds(t0, t1);
    tandem_peak = PeakMiB();

    // 1b. baseline: bare Xapian, TermGenerator defaults; 1c. the same with stemming.
    auto index_bare = [&](const std::string& path, bool stemmed) {
      random.seed(42);
      ResetPeak();
      const auto start = Clock::now();
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
      Xapian::TermGenerator generator;
      const Xapian::Stem french("french"), dutch("dutch");
      for (size_t k = 0; k < units; ++k) {
        auto [fr, nl] = make_unit(k);
        Xapian::Document doc;
        generator.set_document(doc);
        if (stemmed) generator.set_stemmer(french);
        generator.index_text(fr);
        if (stemmed) generator.set_stemmer(dutch);
        generator.index_text(nl);
        doc.set_data(fr + "\n" + nl);
        db.add_document(doc);
      }
      db.commit();
      return static_cast<double>(units) / Seconds(start, Clock::now());
    };
    bare_rate = index_bare(bare_db, false);
    bare_peak = PeakMiB();
    stemmed_rate = index_bare(stemmed_db, true);
    stemmed_peak = PeakMiB();

    // 1d. all three compacted, as `tandem compact` leaves an index after a bulk ingest.
    for (const std::string& path : {tandem_db, bare_db, stemmed_db}) Xapian::Database(path).compact(path + "-compact");
  }

  // 2. queries (on the compacted indexes)
  const std::vector<std::string> queries = {
      "sécurité énergétique", "avoirs russes immobilisés", "droits de l'homme", "\"Conseil de sécurité\"",
      "financement climatique", "Sahel développement", "opvolging gedetineerden", "energiezekerheid",
      "mensenrechten", "Belgique AND Ukraine", "multilatéralisme", "ontwikkelingssamenwerking"};
  std::vector<double> tandem_ms, facets_ms, one_thread_ms;
  size_t tandem_partial = 0, facets_partial = 0, sharded_partial = 0, one_thread_partial = 0;
  if (!TimeQueries({tandem_compact}, queries, false, &tandem_ms, &tandem_partial)) return 1;
  if (!TimeQueries({tandem_compact}, queries, true, &facets_ms, &facets_partial)) return 1;
  // The same without splitting a match across two threads: what one core gives.
  if (!TimeQueries({tandem_compact}, queries, false, &one_thread_ms, &one_thread_partial, 0)) return 1;
  std::vector<double> bare_ms;
  {
    Xapian::Database db(stemmed_compact);
    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem("french"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
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

  // 3. two shards over loopback
  std::vector<double> sharded_ms;
  if (shards) {
    const std::string shard_a = dir + "/shard-a", shard_b = dir + "/shard-b";
    random.seed(42);
    if (!IndexWithTandem(shard_a, units, make_unit, [](size_t s) { return s % 2 == 0; })) return 1;
    random.seed(42);
    if (!IndexWithTandem(shard_b, units, make_unit, [](size_t s) { return s % 2 == 1; })) return 1;
    const int port = 30000 + getpid() % 20000;
    TcpServer a(shard_a, port), b(shard_b, port + 1);
    const std::vector<std::string> remote = {a.address(), b.address()};
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      up = static_cast<bool>(tandem::index::Searcher::Open(remote));
    }
    if (!up) return fmt::print(stderr, "search_bench: xapian-tcpsrv did not start (Debian xapian-tools)\n"), 1;
    if (!TimeQueries(remote, queries, false, &sharded_ms, &sharded_partial)) return 1;
  }

  fmt::print("units                 {}\n", units);
  if (!reuse) {
    fmt::print("indexing  tandem      {:9.0f} units/s  {:7.1f} MiB on disk  peak {:6.1f} MiB\n", tandem_rate,
               FolderMiB(tandem_db), tandem_peak);
    fmt::print("          bare Xapian {:9.0f} units/s  {:7.1f} MiB on disk  peak {:6.1f} MiB\n", bare_rate,
               FolderMiB(bare_db), bare_peak);
    fmt::print("          bare+stems  {:9.0f} units/s  {:7.1f} MiB on disk  peak {:6.1f} MiB\n", stemmed_rate,
               FolderMiB(stemmed_db), stemmed_peak);
    fmt::print("          time ratio tandem/bare {:.2f} (aim <= 1.3); tandem/bare+stems {:.2f}\n",
               bare_rate / tandem_rate, stemmed_rate / tandem_rate);
  }
  const double tandem_c = FolderMiB(tandem_compact), bare_c = FolderMiB(bare_compact),
               stemmed_c = FolderMiB(stemmed_compact);
  fmt::print("compacted tandem {:.1f} MiB, bare {:.1f} MiB, bare+stems {:.1f} MiB; tandem/bare+stems {:.2f} "
             "(aim <= 1.3), tandem/bare {:.2f}\n",
             tandem_c, bare_c, stemmed_c, tandem_c / stemmed_c, tandem_c / bare_c);
  for (const auto& [name, path] : {std::pair<const char*, std::string>{"tandem", tandem_compact},
                                   {"bare+stems", stemmed_compact}}) {
    std::string tables;
    for (const char* table : {"postlist", "position", "termlist", "docdata"}) {
      std::error_code ec;
      const uintmax_t bytes = fs::file_size(path + "/" + table + ".glass", ec);
      tables += fmt::format("  {} {:.1f}", table, ec ? 0.0 : static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    fmt::print("          {:<10} tables (MiB):{}\n", name, tables);
  }
  // Each query's median, to see which shapes cost (samples are in query order, kRepeats rounds).
  for (size_t qi = 0; qi < queries.size(); ++qi) {
    std::vector<double> plain, facets, one, bare;
    for (int r = 0; r < kRepeats; ++r) {
      plain.push_back(tandem_ms[r * queries.size() + qi]);
      facets.push_back(facets_ms[r * queries.size() + qi]);
      one.push_back(one_thread_ms[r * queries.size() + qi]);
      bare.push_back(bare_ms[r * queries.size() + qi]);
    }
    fmt::print("          median {:7.2f} ms (max {:7.2f}), facets {:7.2f} ms, one thread {:7.2f} ms, bare {:6.2f} ms  {}\n",
               Percentile(plain, 0.5), *std::max_element(plain.begin(), plain.end()), Percentile(facets, 0.5),
               Percentile(one, 0.5), Percentile(bare, 0.5), queries[qi]);
  }
  PrintLatency("search    tandem     ", tandem_ms,
               fmt::format("(no facets; cross-lingual, snippets; {} of {} cut by the {} s budget)", tandem_partial,
                           tandem_ms.size(), time_budget));
  PrintLatency("          + facets   ", facets_ms,
               fmt::format("(facets counted; {} of {} cut by the budget)", facets_partial, facets_ms.size()));
  PrintLatency("          one thread ", one_thread_ms,
               fmt::format("(no facets, no match split across two threads; {} cut by the budget)",
                           one_thread_partial));
  PrintLatency("          bare+stems ", bare_ms, "(QueryParser, French stems, one thread)");
  fmt::print("          p99 ratio tandem/bare {:.2f}, with facets {:.2f} (aim: p99 <= 20 ms, <= 40 ms with facets)\n",
             Percentile(tandem_ms, 0.99) / Percentile(bare_ms, 0.99),
             Percentile(facets_ms, 0.99) / Percentile(bare_ms, 0.99));
  if (shards) {
    PrintLatency("          2 tcp shards", sharded_ms, "(xapian-tcpsrv on 127.0.0.1)");
    fmt::print("          p99 ratio sharded/single {:.2f} (aim <= 2)\n",
               Percentile(sharded_ms, 0.99) / Percentile(tandem_ms, 0.99));
  }
  return 0;
}
