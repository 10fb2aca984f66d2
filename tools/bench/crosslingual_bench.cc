// crosslingual_bench [--data DIR] [--seed N] [--learned half|none] [--show N]
// Known-item search across languages on real aligned text (default DIR:
// ../shared/data/parl-dev, its docNN.gold.jsonl files; exits 0 with a note
// when they are absent).
//
// Procedure (fixed, so that any change of the figures comes from search):
//   1. Units: every gold unit; a unit's text in a language is its paragraphs
//      of that language joined by a space. Documents in file-name order; the
//      first half of the documents is the LEARN part, the second the TARGET part.
//   2. Two real Xapian indexes written with index::IndexWriter (what
//      `tandem ingest` writes): one holding only the French sides of every
//      unit of every document, one holding only the Dutch sides.
//      With --learned half (default), both get the lexicon learnt (IBM
//      Model 1, lexicon::Learn, as ingest does) from the aligned units of the
//      LEARN part only: queries are drawn from TARGET units only, so the
//      lexicon never saw the text they target. --learned none stores none.
//   3. Query words: in the query's language L, a unit's candidate words are
//      its folded words of 4+ letters, letters only, not stop words of L, whose
//      document frequency over all units' L sides is in [2, 30] (a word of one
//      unit only may be a typo or a name; a frequent word identifies nothing).
//   4. Queries: the TARGET units having both sides are shuffled (std::mt19937,
//      --seed, default 16); for each, k = 3 + rng() % 4 words are picked among
//      its candidates (rng() % n picks), put back in text order, written as
//      they first appear in the text; the query is kept when no other unit's L
//      side holds all its words (it singles out its unit), else redrawn (5
//      tries). 100 queries per cross-lingual direction, 150 per language for
//      the monolingual figure (300 in all).
//   5. Cross-lingual: an L query searched (default request: the language
//      identified from the query, translation on) in the index of the other
//      language; monolingual: searched in the index of L. A query counts when
//      its unit is among the first 10 hits (recall@10); MRR@10 beside it.
// Prints recall@10 per direction, the monolingual figure, their ratio, and
// query latency; --show N prints N missed queries per direction with the top hit,
// the target's rank among all hits, which query words alone match the target
// ("!" marks those that do not), the target's text and the Xapian query.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dictionaries/dictionaries.h"
#include "pipeline/index/index_writer.h"
#include "pipeline/index/schema.h"
#include "pipeline/index/searcher.h"
#include "pipeline/lexicon/ibm1.h"
#include "pipeline/lexicon/lexicon.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"
#include "tools/bench/measure.h"

namespace {

namespace fs = std::filesystem;
using tandem::Language;
namespace index = tandem::index;

constexpr size_t kMinDf = 2, kMaxDf = 30;
constexpr size_t kCrossQueries = 100, kMonoQueriesPerLanguage = 150;

struct BenchUnit {
  std::string doc;
  size_t position = 0;
  std::string fr, nl;
  bool target = false;  // in the TARGET part
  const std::string& in(Language l) const { return l == Language::kFrench ? fr : nl; }
};

struct Query {
  std::string text;
  size_t unit = 0;  // index into the units
};

std::string Code(Language l) { return std::string(tandem::LanguageCode(l)); }

bool AllLetters(const std::string& w) {
  for (unsigned char c : w) {
    if (c < 0x80 && !(c >= 'a' && c <= 'z')) return false;
  }
  return true;
}

// Folded content words of a text, in order, with their first surface form.
std::vector<std::pair<std::string, std::string>> Words(
    const std::string& text, const std::unordered_set<std::string>& stop) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const tandem::text::Word& w : tandem::text::SplitWords(text)) {
    if (w.is_number) continue;
    const std::string folded = tandem::text::FoldForMatching(w.text);
    if (folded.size() < 4 || !AllLetters(folded) || stop.count(folded)) continue;
    out.emplace_back(folded, std::string(w.text));
  }
  return out;
}

std::vector<Query> Draw(const std::vector<BenchUnit>& units, Language lang, size_t count,
                        std::mt19937& rng) {
  std::unordered_set<std::string> stop;
  for (std::string_view w :
       tandem::dictionaries::WordList(tandem::dictionaries::ListKind::kStopwords, Code(lang))) {
    stop.insert(tandem::text::FoldForMatching(w));
  }
  std::vector<std::unordered_set<std::string>> sets(units.size());
  std::unordered_map<std::string, size_t> df;
  for (size_t i = 0; i < units.size(); ++i) {
    for (const auto& [folded, surface] : Words(units[i].in(lang), stop)) sets[i].insert(folded);
    for (const std::string& w : sets[i]) ++df[w];
  }
  std::vector<size_t> order;
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].target && !units[i].fr.empty() && !units[i].nl.empty()) order.push_back(i);
  }
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<Query> queries;
  for (size_t i : order) {
    if (queries.size() == count) break;
    std::vector<std::pair<std::string, std::string>> candidates;
    std::set<std::string> seen;
    for (const auto& [folded, surface] : Words(units[i].in(lang), stop)) {
      const size_t f = df[folded];
      if (f >= kMinDf && f <= kMaxDf && seen.insert(folded).second)
        candidates.emplace_back(folded, surface);
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
      const size_t k = 3 + rng() % 4;
      if (candidates.size() < k) break;
      std::vector<size_t> picked;
      while (picked.size() < k) {
        const size_t p = rng() % candidates.size();
        if (std::find(picked.begin(), picked.end(), p) == picked.end()) picked.push_back(p);
      }
      std::sort(picked.begin(), picked.end());  // text order
      size_t holders = 0;
      for (const auto& set : sets) {
        bool all = true;
        for (size_t p : picked) all = all && set.count(candidates[p].first);
        holders += all;
      }
      if (holders != 1) continue;
      std::string text;
      for (size_t p : picked) text.append(text.empty() ? "" : " ").append(candidates[p].second);
      queries.push_back({text, i});
      break;
    }
  }
  return queries;
}

struct Score {
  size_t found = 0, total = 0;
  double rr = 0;
  std::vector<double> ms;
  double recall() const {
    return total ? static_cast<double>(found) / static_cast<double>(total) : 0;
  }
};

Score Run(const std::string& index_path, const std::vector<Query>& queries,
          const std::vector<BenchUnit>& units, Language searched, const std::string& label,
          size_t show) {
  auto searcher = index::Searcher::Open({index_path});
  if (!searcher) {
    fmt::print(stderr, "{}\n", searcher.error().message);
    std::exit(1);
  }
  Score score;
  size_t shown = 0;
  for (const Query& q : queries) {
    index::SearchRequest request;
    request.query = q.text;
    request.facets = false;
    request.limit = 10;
    const auto start = std::chrono::steady_clock::now();
    auto results = searcher->Search(request);
    score.ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    ++score.total;
    if (!results) continue;
    size_t rank = 0;
    for (const index::Hit& hit : results->hits) {
      if (hit.source == units[q.unit].doc && hit.position == units[q.unit].position) {
        rank = hit.rank;
        break;
      }
    }
    if (rank > 0) {
      ++score.found;
      score.rr += 1.0 / static_cast<double>(rank);
    } else if (shown < show) {
      ++shown;
      // Which words of the query match the target unit on their own (read in
      // the query's language): "!" marks those that do not.
      std::string words;
      for (const tandem::text::Word& w : tandem::text::SplitWords(q.text)) {
        index::SearchRequest one;
        one.query = std::string(w.text);
        one.language = results->query_languages.empty() ? Language::kUnknown
                                                        : results->query_languages[0];
        one.facets = false;
        one.limit = units.size();
        bool found = false;
        if (auto r = searcher->Search(one)) {
          for (const index::Hit& hit : r->hits) {
            found = found || (hit.source == units[q.unit].doc &&
                              hit.position == units[q.unit].position);
          }
        }
        words.append(found ? " " : " !").append(w.text);
      }
      size_t deep_rank = 0;
      index::SearchRequest deep = request;
      deep.limit = units.size();
      if (auto r = searcher->Search(deep)) {
        for (const index::Hit& hit : r->hits) {
          if (hit.source == units[q.unit].doc && hit.position == units[q.unit].position)
            deep_rank = hit.rank;
        }
      }
      fmt::print("  rank {} words:{}\n  target: {}\n", deep_rank, words,
                 units[q.unit].in(searched));
      fmt::print("  miss {}: \"{}\" ({} {}) read {} -> {}; top: {}\n", label, q.text,
                 units[q.unit].doc, units[q.unit].position,
                 results->query_languages.empty() ? "-" : Code(results->query_languages[0]),
                 results->translated_to.empty() ? "-" : Code(results->translated_to[0]),
                 results->hits.empty() ? "(none)" : results->hits[0].texts[0].text.substr(0, 100));
      fmt::print("      {}\n", results->xapian_query.substr(0, 600));
    }
  }
  return score;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = std::string(TANDEM_SOURCE_DIR) + "/../shared/data/parl-dev";
  unsigned seed = 16;
  std::string learned = "half";
  size_t show = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "{} needs a value\n", arg);
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--data") {
      data = value();
    } else if (arg == "--seed") {
      seed = static_cast<unsigned>(std::stoul(value()));
    } else if (arg == "--learned") {
      learned = value();
    } else if (arg == "--show") {
      show = std::stoul(value());
    } else {
      fmt::print(
          stderr,
          "usage: crosslingual_bench [--data DIR] [--seed N] [--learned half|none] [--show N]\n");
      return 2;
    }
  }
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 11 && name.substr(name.size() - 11) == ".gold.jsonl")
      files.push_back(entry.path().string());
  }
  if (files.empty()) {
    fmt::print("crosslingual_bench: no *.gold.jsonl in {}; skipped\n", data);
    return 0;
  }
  std::sort(files.begin(), files.end());
  std::vector<BenchUnit> units;
  std::vector<std::pair<std::string, std::string>> learn_pairs;
  for (size_t f = 0; f < files.size(); ++f) {
    const std::string doc = fs::path(files[f]).filename().string().substr(
        0, fs::path(files[f]).filename().string().find('.'));
    std::ifstream in(files[f]);
    std::string line;
    size_t position = 0;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) continue;
      BenchUnit u;
      u.doc = doc;
      u.position = position++;
      u.target = f >= files.size() / 2;
      for (const char* side : {"fr", "nl"}) {
        std::string joined;
        for (const auto& p : j.value(side, nlohmann::json::array())) {
          if (p.is_string()) joined.append(joined.empty() ? "" : " ").append(p.get<std::string>());
        }
        (std::string(side) == "fr" ? u.fr : u.nl) = joined;
      }
      if (!u.target && !u.fr.empty() && !u.nl.empty()) learn_pairs.emplace_back(u.fr, u.nl);
      units.push_back(std::move(u));
    }
  }
  const fs::path dir = fs::temp_directory_path() / fmt::format("crosslingual_bench.{}", ::getpid());
  fs::create_directories(dir);
  std::string learned_tsv;
  if (learned == "half") learned_tsv = tandem::lexicon::ToTsv(tandem::lexicon::Learn(learn_pairs));
  std::map<Language, std::string> index_of;
  for (Language lang : {Language::kFrench, Language::kDutch}) {
    const std::string path = (dir / Code(lang)).string();
    auto writer = index::IndexWriter::Open(path);
    if (!writer) {
      fmt::print(stderr, "{}\n", writer.error().message);
      return 1;
    }
    std::map<std::string, std::vector<index::Unit>> by_doc;
    for (const BenchUnit& u : units) {
      index::Unit unit;
      unit.position = u.position;
      if (!u.in(lang).empty()) unit.texts.push_back({lang, u.in(lang)});
      by_doc[u.doc].push_back(std::move(unit));
    }
    for (const auto& [doc, doc_units] : by_doc) {
      index::Source source{doc, doc, "txt", doc, "question", ""};
      if (auto r = writer->ReplaceSource(source, doc_units); !r) {
        fmt::print(stderr, "{}\n", r.error().message);
        return 1;
      }
    }
    if (!learned_tsv.empty())
      (void)writer->SetMetadata(std::string(index::kLearnedLexiconKey), learned_tsv);
    index_of[lang] = path;
  }
  std::mt19937 rng(seed);
  const std::vector<Query> fr_cross = Draw(units, Language::kFrench, kCrossQueries, rng);
  const std::vector<Query> nl_cross = Draw(units, Language::kDutch, kCrossQueries, rng);
  const std::vector<Query> fr_mono = Draw(units, Language::kFrench, kMonoQueriesPerLanguage, rng);
  const std::vector<Query> nl_mono = Draw(units, Language::kDutch, kMonoQueriesPerLanguage, rng);

  const Score fr_nl = Run(index_of[Language::kDutch], fr_cross, units, Language::kDutch, "FR->NL", show);
  const Score nl_fr = Run(index_of[Language::kFrench], nl_cross, units, Language::kFrench, "NL->FR", show);
  Score mono = Run(index_of[Language::kFrench], fr_mono, units, Language::kFrench, "FR->FR", show);
  const Score mono_nl = Run(index_of[Language::kDutch], nl_mono, units, Language::kDutch, "NL->NL", show);
  mono.found += mono_nl.found;
  mono.total += mono_nl.total;
  mono.rr += mono_nl.rr;
  mono.ms.insert(mono.ms.end(), mono_nl.ms.begin(), mono_nl.ms.end());

  fmt::print(
      "crosslingual_bench: {} units in {} documents ({} learn / {} target), seed {}, learnt "
      "lexicon: {}\n",
      units.size(), files.size(), files.size() / 2, files.size() - files.size() / 2, seed,
      learned == "half" ? fmt::format("{} pairs of the learn part, {} links", learn_pairs.size(),
                                      std::count(learned_tsv.begin(), learned_tsv.end(), '\n'))
                        : "none");
  auto line = [](const char* name, const Score& s) {
    fmt::print(
        "  {:<22} recall@10 {:.2f} ({}/{})  MRR@10 {:.2f}  query p50 {:.1f} ms p95 {:.1f} ms\n",
        name, s.recall(), s.found, s.total, s.total ? s.rr / static_cast<double>(s.total) : 0,
        tandem::bench::Percentile(s.ms, 0.5), tandem::bench::Percentile(s.ms, 0.95));
  };
  line("cross FR query->NL", fr_nl);
  line("cross NL query->FR", nl_fr);
  line("monolingual FR+NL", mono);
  fmt::print("  cross/mono ratio: FR->NL {:.2f}, NL->FR {:.2f}\n",
             mono.recall() ? fr_nl.recall() / mono.recall() : 0,
             mono.recall() ? nl_fr.recall() / mono.recall() : 0);
  fs::remove_all(dir, ec);
  return 0;
}
