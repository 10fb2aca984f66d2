// Integration tests of `tandem ingest` with several jobs, of unchanged files
// and of `tandem lexicon --relearn`: the real binary on the bundled corpus
// and on files written here.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/tandem_runner.h"
#include "tests/support/test_files.h"

namespace tandem {
namespace {

using tandem::testing::SourceDir;
using tandem::testing::TempDir;

nlohmann::json Json(const RunResult& r) {
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out, nullptr, false);
}

// What the commands show of an index: counts, the learnt lexicon, and the
// hits of a few searches (texts, scores, flags, sources) in both languages.
std::string Shown(const std::string& db) {
  nlohmann::json stats = Json(Tandem({"stats", "--db", db, "--json"}));
  std::string out =
      stats["documents"].dump() + stats["units"].dump() + stats["units_per_language"].dump() + "\n";
  out += Tandem({"lexicon", "--db", db, "--origin", "learned"}).out;
  for (const char* query :
       {"Ukraine", "klimaatfinanciering", "Sahel", "ministre", "mensenrechten"}) {
    nlohmann::json hits =
        Json(Tandem({"search", "--db", db, "--json", "--limit", "100", query}))["hits"];
    for (nlohmann::json& hit : hits) {
      hit.erase("rank");
      out += hit.dump() + "\n";
    }
  }
  return out;
}

TEST(IngestCli, TwoJobsWriteWhatOneJobWrites) {
  TempDir dir;
  const RunResult one =
      Tandem({"ingest", SourceDir() + "/corpus", "--db", dir.Join("one"), "--jobs", "1", "--json"});
  const RunResult two =
      Tandem({"ingest", SourceDir() + "/corpus", "--db", dir.Join("two"), "-j", "2", "--json"});
  nlohmann::json a = Json(one), b = Json(two);
  EXPECT_EQ(a["ingested"], 14);  // the documents of corpus/ (cli_test counts them too)
  a.erase("index");
  b.erase("index");
  EXPECT_EQ(a, b);  // every document in the same order with the same units
  const std::string shown = Shown(dir.Join("one"));
  EXPECT_GT(Lines(shown), 60u);  // some fifty learnt links and some twenty hits
  EXPECT_EQ(Shown(dir.Join("two")), shown);
}

TEST(IngestCli, JobsMustBePositive) {
  TempDir dir;
  const std::string note = dir.Write("note.txt", "Une note.\n");
  const RunResult r = Tandem({"ingest", note, "--db", dir.Join("index"), "--jobs", "0"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("--jobs"), std::string::npos) << r.err;
}

TEST(IngestCli, UnchangedFilesAreSaidUnchangedAndSkipped) {
  TempDir dir;
  dir.Write("docs/visit.fr.txt",
            "Visite du ministre à Kinshasa\n\nLe ministre a rencontré les autorités congolaises le "
            "4 mai.\n");
  dir.Write("docs/visit.nl.txt",
            "Bezoek van de minister aan Kinshasa\n\nDe minister heeft op 4 mei de Congolese "
            "autoriteiten ontmoet.\n");
  const std::string memo = dir.Write("docs/memo.txt", "Mémo interne sur les visas humanitaires.\n");
  const std::string db = dir.Join("index");
  const RunResult first = Tandem({"ingest", dir.Join("docs"), "--db", db});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("ingested 2 documents"), std::string::npos) << first.out;

  const RunResult again = Tandem({"ingest", dir.Join("docs"), "--db", db});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("unchanged: " + memo), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("ingested 0 documents (0 bilingual), 0 units"), std::string::npos)
      << again.out;
  EXPECT_NE(again.out.find("; 2 unchanged"), std::string::npos) << again.out;

  dir.Write("docs/memo.txt",
            "Mémo interne sur les visas humanitaires.\n\nUn deuxième paragraphe.\n");
  const nlohmann::json changed = Json(Tandem({"ingest", dir.Join("docs"), "--db", db, "--json"}));
  EXPECT_EQ(changed["ingested"], 1);
  EXPECT_EQ(changed["unchanged"], 1);
  EXPECT_EQ(changed["units"], 2);
  for (const auto& d : changed["documents"])
    EXPECT_EQ(d.value("unchanged", false), d["source"] != memo) << d;

  const nlohmann::json forced =
      Json(Tandem({"ingest", dir.Join("docs"), "--db", db, "--json", "--force"}));
  EXPECT_EQ(forced["ingested"], 2);
  EXPECT_EQ(forced["unchanged"], 0);

  ASSERT_EQ(Tandem({"remove", memo, "--db", db}).exit_code, 0);
  const nlohmann::json after_remove =
      Json(Tandem({"ingest", dir.Join("docs"), "--db", db, "--json"}));
  EXPECT_EQ(after_remove["ingested"], 1);  // the memo, read again
  EXPECT_EQ(Json(Tandem({"stats", "--db", db, "--json"}))["documents"], 2);
}

TEST(IngestCli, RelearnCountsTheWholeIndexAgain) {
  TempDir dir;
  const std::string db = dir.Join("index");
  ASSERT_EQ(Tandem({"ingest", SourceDir() + "/corpus", "--db", db, "-q"}).exit_code, 0);
  const RunResult r = Tandem({"lexicon", "--relearn", "--db", db});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("learnt "), std::string::npos) << r.out;
  const nlohmann::json learned =
      Json(Tandem({"lexicon", "--db", db, "--origin", "learned", "--json"}));
  EXPECT_GT(learned.size(), 20u);
  bool found = false;
  for (const auto& e : learned)
    found |= e["fr"] == "priori" && e["nl"] == "priori";  // priorité / prioriteit
  EXPECT_TRUE(found);
  EXPECT_NE(Tandem({"lexicon", "--relearn", "--db", dir.Join("missing/index")}).exit_code, 0);
}

}  // namespace
}  // namespace tandem
