// check_bench [--pages N] [--dossiers N] [--repeat N] [--real P]: `tandem check`'s work
// on a bilingual draft of N pages against N dossiers of ten rules each.
//
// The draft is the corpus's FR/NL pairs, paragraph by paragraph, repeated
// with their numbers varied until it holds N pages (a page: 2,800 characters,
// a French and a Dutch column). The dossiers are generated: their wordings
// are words of the draft: a share P (default 0.1) of them runs the draft
// really contains, so rules match and the negation, voice and stance readings
// run; the others words that rarely meet in one sentence. Prints the median
// time to load the dossiers and to check the draft (with parity), the peak
// memory, and, as a baseline in the same process, a linter's work: a
// case-folded substring search for every wording in every paragraph.
// --write DIR also writes the draft (draft.fr.txt, draft.nl.txt) and the
// dossiers (DIR/redlines/*.xml), to time the real `tandem check` on them.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "pipeline/check/red_line_checker.h"
#include "pipeline/formats/xml_escape.h"
#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/text/normalize.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/text/words.h"
#include "tools/bench/measure.h"

namespace {

using namespace tandem;
namespace fs = std::filesystem;

constexpr size_t kPageChars = 2800;
constexpr int kRulesPerDossier = 10;

// The corpus pairs' paragraphs, French and Dutch, in file order.
void CorpusParagraphs(std::vector<std::string>* fr, std::vector<std::string>* nl) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(TANDEM_SOURCE_DIR) / "corpus" / "pairs")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    const std::string name = f.filename().string();
    auto* into = name.find(".fr.") != std::string::npos ? fr : name.find(".nl.") != std::string::npos ? nl : nullptr;
    if (into == nullptr) continue;
    auto doc = ingest::ReadDocument(f.string());
    if (!doc) continue;
    for (const Stream& stream : doc->streams) {
      for (const Block& b : stream.blocks) into->push_back(b.text);
    }
  }
}

// `paragraph` with every digit shifted by `shift`, so repeated paragraphs are not identical.
std::string Varied(const std::string& paragraph, int shift) {
  std::string out = paragraph;
  for (char& c : out) {
    if (c >= '0' && c <= '9') c = static_cast<char>('0' + (c - '0' + shift) % 10);
  }
  return out;
}

check::DraftSide Side(Language language, const std::vector<std::string>& source, size_t chars, const std::string& file) {
  check::DraftSide side;
  side.file = file;
  side.language = language;
  size_t total = 0;
  for (size_t i = 0; total < chars; ++i) {
    Block b;
    b.text = Varied(source[i % source.size()], static_cast<int>(i / source.size()));
    b.language = language;
    total += b.text.size();
    side.blocks.push_back(std::move(b));
    side.numbers.push_back(side.blocks.size());
  }
  return side;
}

// 2-4 words of the draft: with probability `real`, a run of words of one
// paragraph (a wording the draft really uses); otherwise words from different
// paragraphs, each in the draft but rarely together, as in a real check where
// most rules find nothing.
std::string Phrase(const check::DraftSide& side, std::mt19937& rng, double real) {
  const size_t n = 2 + rng() % 3;
  const bool run = std::uniform_real_distribution<double>(0, 1)(rng) < real;
  std::string phrase;
  size_t taken = 0;
  for (int attempt = 0; attempt < 50 && taken < n; ++attempt) {
    const auto words = text::SplitWords(side.blocks[rng() % side.blocks.size()].text);
    if (words.size() <= n) continue;
    const size_t start = rng() % (words.size() - n);
    for (size_t k = start; k < start + (run ? n : 1); ++k) {
      if (words[k].is_number || words[k].text.size() < 4) continue;
      if (!phrase.empty()) phrase += ' ';
      phrase += words[k].text;
      ++taken;
    }
  }
  return phrase.empty() ? "mot" : phrase;
}

std::string DossierXml(int n, const check::DraftSide& fr, const check::DraftSide& nl, double real, std::mt19937& rng) {
  auto both = [&](const char* element) {
    return fmt::format("<{0} xml:lang=\"fr\">{1}</{0}><{0} xml:lang=\"nl\">{2}</{0}>", element, formats::XmlEscape(Phrase(fr, rng, real)),
                       formats::XmlEscape(Phrase(nl, rng, real)));
  };
  std::string xml = fmt::format("<redlines xmlns=\"urn:tandem:redlines:1\" dossier=\"d{}\">\n", n);
  xml += fmt::format("<topic><fr>{}</fr><nl>{}</nl></topic>\n", formats::XmlEscape(Phrase(fr, rng, 1)), formats::XmlEscape(Phrase(nl, rng, 1)));
  static const char* kinds[kRulesPerDossier] = {"forbid", "forbid", "forbid", "require", "require",
                                                 "stance", "stance", "limit", "term", "term"};
  for (int r = 0; r < kRulesPerDossier; ++r) {
    const std::string kind = kinds[r];
    const std::string id = fmt::format("D{}-{}", n, r);
    if (kind == "forbid" || kind == "require") {
      xml += fmt::format("<{0} id=\"{1}\" severity=\"blocking\">{2}{3}</{0}>\n", kind, id, both("claim"), both("claim"));
    } else if (kind == "stance") {
      xml += fmt::format("<stance id=\"{}\" value=\"{}\" severity=\"blocking\">{}</stance>\n", id,
                         r % 2 ? "oppose" : "support", both("subject"));
    } else if (kind == "limit") {
      xml += fmt::format("<limit id=\"{}\" severity=\"warning\" unit=\"EUR\" max=\"{}\">{}</limit>\n", id,
                         1000000 * (1 + rng() % 100), both("quantity"));
    } else {
      xml += fmt::format("<term id=\"{}\" severity=\"warning\">{}{}{}</term>\n", id, both("use"), both("avoid"), both("except"));
    }
  }
  return xml + "</redlines>\n";
}

}  // namespace

int main(int argc, char** argv) {
  size_t pages = 200;
  int dossier_count = 50, repeat = 5;
  std::string write_to;
  double real = 0.1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--pages") pages = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--dossiers") dossier_count = std::atoi(argv[i + 1]);
    else if (flag == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--write") write_to = argv[i + 1];
    else if (flag == "--real") real = std::strtod(argv[i + 1], nullptr);
    else {
      fmt::print(stderr, "usage: check_bench [--pages N] [--dossiers N] [--repeat N] [--real P] [--write DIR]\n");
      return 2;
    }
  }
  std::vector<std::string> fr_source, nl_source;
  CorpusParagraphs(&fr_source, &nl_source);
  if (fr_source.empty() || nl_source.empty()) {
    fmt::print(stderr, "check_bench: no corpus/pairs paragraphs\n");
    return 1;
  }
  const std::vector<check::DraftSide> sides = {Side(Language::kFrench, fr_source, pages * kPageChars / 2, "draft.fr"),
                                               Side(Language::kDutch, nl_source, pages * kPageChars / 2, "draft.nl")};
  std::mt19937 rng(20251122);
  std::vector<std::string> xml;
  for (int d = 0; d < dossier_count; ++d) xml.push_back(DossierXml(d, sides[0], sides[1], real, rng));

  if (!write_to.empty()) {
    fs::create_directories(fs::path(write_to) / "redlines");
    for (const auto& side : sides) {
      std::ofstream out(fs::path(write_to) / (side.file + ".txt"));
      for (const Block& b : side.blocks) out << b.text << "\n\n";
    }
    for (size_t d = 0; d < xml.size(); ++d) std::ofstream(fs::path(write_to) / "redlines" / fmt::format("d{:02}.xml", d)) << xml[d];
  }

  std::vector<redlines::Dossier> dossiers;
  const double load_ms = bench::MedianMs(repeat, [&] {
    dossiers.clear();
    for (size_t d = 0; d < xml.size(); ++d) {
      auto loaded = redlines::LoadDossierBytes(xml[d], fmt::format("d{}.xml", d));
      if (!loaded) {
        fmt::print(stderr, "check_bench: {}\n", loaded.error().message);
        std::exit(1);
      }
      dossiers.push_back(std::move(*loaded));
    }
  });
  size_t rules = 0;
  for (const auto& d : dossiers) rules += d.rules.size();

  check::CheckReport report;
  const double rules_ms = bench::MedianMs(repeat, [&] { report = check::CheckDraft(sides, dossiers, {.parity = false}); });
  const double check_ms = bench::MedianMs(repeat, [&] { report = check::CheckDraft(sides, dossiers, {.parity = true}); });

  // Baseline: what a linter does, every wording as a folded substring of every paragraph.
  std::vector<std::string> needles;
  for (const auto& d : dossiers) {
    for (const auto& r : d.rules) {
      for (const auto* list : {&r.wordings, &r.avoid}) {
        for (const auto& w : *list) needles.push_back(text::FoldForMatching(w.text));
      }
    }
  }
  size_t linter_hits = 0;
  const double linter_ms = bench::MedianMs(repeat, [&] {
    linter_hits = 0;
    for (const auto& side : sides) {
      for (const Block& b : side.blocks) {
        const std::string folded = text::FoldForMatching(b.text);
        for (const std::string& n : needles) linter_hits += folded.find(n) != std::string::npos;
      }
    }
  });

  size_t paragraphs = 0, chars = 0;
  for (const auto& side : sides) {
    paragraphs += side.blocks.size();
    for (const Block& b : side.blocks) chars += b.text.size();
  }
  fmt::print("draft: {} pages ({} paragraphs, {:.1f} MB, FR+NL); {} dossiers, {} rules ({:.0f} % of wordings from the draft); median of {}\n",
             pages, paragraphs, chars / 1e6, dossiers.size(), rules, real * 100, repeat);
  fmt::print("load dossiers   {:8.1f} ms\n", load_ms);
  fmt::print("check, rules    {:8.1f} ms\n", rules_ms);
  fmt::print("check + parity  {:8.1f} ms   ({} findings, {} blocking)\n", check_ms, report.findings.size(), report.blocking());
  fmt::print("linter baseline {:8.1f} ms   ({} substring hits)   check/linter = {:.1f}x\n", linter_ms, linter_hits,
             check_ms / std::max(linter_ms, 0.001));
  fmt::print("peak memory     {:8.0f} MiB\n", bench::PeakMiB());
  return 0;
}
