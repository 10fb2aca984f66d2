// Integration tests of `tandem terms` and of the term-consistency flag: the
// real binary on an index of the bundled corpus and on its review pair.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "tests/cli/tandem_runner.h"
#include "tests/support/test_files.h"

namespace tandem {
namespace {

using tandem::testing::ReadAll;
using tandem::testing::SourceDir;
using tandem::testing::TempDir;

constexpr const char* kTbxNs = "urn:iso:std:iso:30042:ed-2";

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ContextDeleter {
  void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
};

// A parsed TBX file and XPath over it (prefix t: the TBX namespace).
class Tbx {
 public:
  explicit Tbx(const std::string& xml)
      : doc_(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "terms.tbx", nullptr,
                           XML_PARSE_NONET)) {
    if (doc_) {
      ctx_.reset(xmlXPathNewContext(doc_.get()));
      xmlXPathRegisterNs(ctx_.get(), reinterpret_cast<const xmlChar*>("t"),
                         reinterpret_cast<const xmlChar*>(kTbxNs));
    }
  }
  bool ok() const { return doc_ != nullptr; }
  size_t Count(const std::string& xpath) const {
    xmlXPathObject* r =
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx_.get());
    if (r == nullptr) return 0;
    const size_t n = r->nodesetval ? static_cast<size_t>(r->nodesetval->nodeNr) : 0;
    xmlXPathFreeObject(r);
    return n;
  }

 private:
  std::unique_ptr<xmlDoc, DocDeleter> doc_;
  std::unique_ptr<xmlXPathContext, ContextDeleter> ctx_;
};

class TermsOnCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = dir_->Join("index");
    const RunResult r = Tandem({"ingest", "-q", SourceDir() + "/corpus", "--db", db_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* TermsOnCorpus::dir_ = nullptr;
std::string TermsOnCorpus::db_;

TEST_F(TermsOnCorpus, WritesATbxBasicTermBaseWithBothLanguagesInEveryEntry) {
  const std::string out = dir_->Join("corpus.tbx");
  const RunResult r = Tandem({"terms", "--db", db_, "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("term candidates from"), std::string::npos) << r.err;
  const Tbx tbx(ReadAll(out));
  ASSERT_TRUE(tbx.ok());
  EXPECT_EQ(tbx.Count("/t:tbx[@type='TBX-Basic'][@style='dca'][@xml:lang='fr']"), 1u);
  EXPECT_EQ(tbx.Count("/t:tbx/t:tbxHeader/t:fileDesc/t:titleStmt/t:title"), 1u);
  EXPECT_EQ(
      tbx.Count("/t:tbx/t:tbxHeader/t:fileDesc/t:sourceDesc/t:p[contains(., 'aligned units')]"),
      1u);
  const size_t entries = tbx.Count("/t:tbx/t:text/t:body/t:conceptEntry");
  EXPECT_GE(entries, 20u);
  EXPECT_EQ(
      tbx.Count(
          "//"
          "t:conceptEntry[count(t:langSec[@xml:lang='fr'])=1][count(t:langSec[@xml:lang='nl'])=1]"),
      entries);
  EXPECT_EQ(tbx.Count("//t:langSec[not(t:termSec/t:term[string-length(.) > 0])]"), 0u);
  EXPECT_EQ(tbx.Count("//t:conceptEntry[not(@id)]"), 0u);
  // Recurring phrases of the corpus and how its Dutch texts render them.
  for (const auto& [fr, nl] : std::vector<std::pair<std::string, std::string>>{
           {"financement climatique", "klimaatfinanciering"},
           {"Union européenne", "Europese Unie"},
           {"aide humanitaire", "humanitaire hulp"},
           {"Charte des Nations unies", "Handvest van de Verenigde Naties"}}) {
    EXPECT_EQ(tbx.Count("//t:conceptEntry[t:langSec[@xml:lang='fr']/t:termSec/t:term='" + fr +
                        "'][t:langSec[@xml:lang='nl']/t:termSec[1]/t:term='" + nl + "']"),
              1u)
        << fr << " -> " << nl;
  }
}

TEST_F(TermsOnCorpus, EveryRenderingIsListedWithItsCount) {
  // corpus/review/arctic-policy renders "politique étrangère" once as "buitenlandse politiek".
  const RunResult r = Tandem({"terms", "--db", db_, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  bool found = false;
  for (const nlohmann::json& term : nlohmann::json::parse(r.out)) {
    if (term["fr"] != "politique étrangère") continue;
    found = true;
    ASSERT_GE(term["nl"].size(), 2u) << term.dump();
    EXPECT_EQ(term["nl"][0]["text"], "buitenlands beleid");
    EXPECT_GE(term["nl"][0]["count"].get<int>(), 3);
    EXPECT_EQ(term["nl"][1]["text"], "buitenlandse politiek");
    EXPECT_EQ(term["nl"][1]["count"], 1);
  }
  EXPECT_TRUE(found) << r.out;
}

TEST_F(TermsOnCorpus, TsvAndJsonCarryTheSameTerms) {
  const RunResult tsv = Tandem({"terms", "--db", db_, "--format", "tsv", "-q"});
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(tsv.out.substr(0, tsv.out.find('\n')), "fr\tnl\tcount\tscore\tnl_variants");
  EXPECT_NE(tsv.out.find("\nfinancement climatique\tklimaatfinanciering\t"), std::string::npos)
      << tsv.out;
  const RunResult json = Tandem({"terms", "--db", db_, "--json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json terms = nlohmann::json::parse(json.out);
  EXPECT_EQ(terms.size() + 1, Lines(tsv.out));
  // --min-count raises the bar: fewer terms.
  const RunResult strict = Tandem({"terms", "--db", db_, "--json", "--min-count", "4"});
  ASSERT_EQ(strict.exit_code, 0) << strict.err;
  EXPECT_LT(nlohmann::json::parse(strict.out).size(), terms.size());
}

TEST(TermsCommand, ReadsDocumentsToo) {
  const RunResult r = Tandem({"terms", "-q", "--format", "tsv", SourceDir() + "/corpus/pairs"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\nfinancement climatique\tklimaatfinanciering\t"), std::string::npos)
      << r.out;
}

TEST(TermsCommand, UsageAndInputErrorsExitTwo) {
  TempDir dir;
  struct Case {
    std::vector<std::string> args;
    std::string says;
  };
  const Case cases[] = {
      {{"terms", "--format", "pdf", "--db", dir.Join("none")}, "pdf"},
      {{"terms", "--db", dir.Join("none"), SourceDir() + "/corpus/pairs"}, "either --db or files"},
      {{"terms", "--db", dir.Join("missing-index")}, "missing-index"},
      {{"terms", SourceDir() + "/corpus/monolingual"}, "no bilingual document"},
      {{"terms", "--min-count", "0", "--db", dir.Join("none")}, "min-count"},
  };
  for (const Case& c : cases) {
    const RunResult r = Tandem(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args[1] << " " << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
  }
}

// The review pair renders the glossary's "politique étrangère" as "buitenlands
// beleid" three times and once as "buitenlandse politiek".
const std::string kReviewFr = "/corpus/review/arctic-policy.fr.txt";
const std::string kReviewNl = "/corpus/review/arctic-policy.nl.txt";

std::vector<nlohmann::json> TermFlags(const std::string& jsonl) {
  std::vector<nlohmann::json> flags;
  std::istringstream lines(jsonl);
  std::string line;
  size_t bead = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    ++bead;
    const nlohmann::json bead_json = nlohmann::json::parse(line);
    for (nlohmann::json flag : bead_json["flags"]) {
      if (flag["type"] == "term") {
        flag["bead"] = bead;
        flags.push_back(flag);
      }
    }
  }
  return flags;
}

TEST(TermConsistency, AnInconsistentGlossaryTermIsFlaggedInAlign) {
  const RunResult r =
      Tandem({"align", SourceDir() + kReviewFr, SourceDir() + kReviewNl, "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<nlohmann::json> flags = TermFlags(r.out);
  ASSERT_EQ(flags.size(), 1u) << r.out;
  EXPECT_EQ(flags[0]["bead"], 10);
  const std::string message = flags[0]["message"];
  EXPECT_NE(message.find("\"politique étrangère\""), std::string::npos) << message;
  EXPECT_NE(message.find("\"buitenlandse politiek\""), std::string::npos) << message;
  EXPECT_NE(message.find("\"buitenlands beleid\" in units 1, 3, 4"), std::string::npos) << message;
  EXPECT_EQ(flags[0]["nl"], nlohmann::json::array({"buitenlandse politiek"}));
}

TEST(TermConsistency, ConsistentCorpusPairsStaySilent) {
  for (const char* name :
       {"climate-finance", "ukraine-support", "sahel-development", "benelux-energy"}) {
    const std::string base = SourceDir() + "/corpus/pairs/" + name;
    const RunResult r = Tandem({"align", base + ".fr.txt", base + ".nl.txt", "--format", "jsonl"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(TermFlags(r.out).empty()) << name;
  }
}

TEST(TermConsistency, AGivenTbxTermBaseDrivesTheCheck) {
  TempDir dir;
  // A service's term base: "politique étrangère" must be "buitenlandse
  // politiek" (every other rendering flagged), "recherche polaire" must be
  // "polair onderzoek" (the pair says "poolonderzoek").
  const std::string tbx = dir.Join("service.tbx");
  std::ofstream(tbx) << R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="fr"><termSec><term>politique étrangère</term></termSec></langSec>
      <langSec xml:lang="nl"><termSec><term>buitenlandse politiek</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="fr"><termSec><term>recherche polaire</term></termSec></langSec>
      <langSec xml:lang="nl"><termSec><term>polair onderzoek</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
)";
  const RunResult r = Tandem({"align", SourceDir() + kReviewFr, SourceDir() + kReviewNl, "--format",
                              "jsonl", "--termbase", tbx});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::set<int> beads;
  bool polar = false;
  for (const nlohmann::json& f : TermFlags(r.out)) {
    beads.insert(f["bead"].get<int>());
    polar |= f["message"].get<std::string>().find("\"recherche polaire\"") != std::string::npos;
  }
  EXPECT_EQ(beads, (std::set<int>{1, 3, 4, 7}))
      << r.out;  // the three "buitenlands beleid" and the polar research
  EXPECT_TRUE(polar);

  // A damaged term base is a clear error, exit 2.
  const std::string bad = dir.Join("bad.tbx");
  std::ofstream(bad) << "<tbx><text><body>";
  const RunResult broken =
      Tandem({"align", SourceDir() + kReviewFr, SourceDir() + kReviewNl, "--termbase", bad});
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("bad.tbx"), std::string::npos) << broken.err;
  const RunResult missing = Tandem({"align", SourceDir() + kReviewFr, SourceDir() + kReviewNl,
                                    "--termbase", dir.Join("none.tbx")});
  EXPECT_EQ(missing.exit_code, 2);
  // tandem ingest takes it too, and refuses a damaged one before touching the index.
  const RunResult ingest = Tandem({"ingest", "-q", "--db", dir.Join("index"), "--termbase", tbx,
                                   SourceDir() + "/corpus/review"});
  EXPECT_EQ(ingest.exit_code, 0) << ingest.err;
  const RunResult refused = Tandem({"ingest", "-q", "--db", dir.Join("other"), "--termbase", bad,
                                    SourceDir() + "/corpus/review"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("bad.tbx"), std::string::npos) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(dir.Join("other")));
}

}  // namespace
}  // namespace tandem
