// Integration tests of search over the bundled corpus: the real tandem binary,
// real Xapian indexes on disk, and real xapian-tcpsrv shards.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/cli/tandem_runner.h"
#include "tests/support/test_files.h"

namespace tandem {
namespace {

using tandem::testing::SourceDir;
using tandem::testing::TempDir;
using nlohmann::json;

class CorpusSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = dir_->Join("index");
    const RunResult r = Tandem({"ingest", SourceDir() + "/corpus", "--db", db_, "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static json Search(const std::vector<std::string>& extra, const std::string& db = db_) {
    std::vector<std::string> args = {"search", "--db", db, "--json", "-n", "50"};
    args.insert(args.end(), extra.begin(), extra.end());
    const RunResult r = Tandem(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out, nullptr, false);
  }
  static std::string TextIn(const json& hit, const std::string& lang) {
    for (const json& t : hit["texts"]) {
      if (t["lang"] == lang) return t["text"];
    }
    return "";
  }
  static std::vector<std::string> MatchedWords(const json& hit, const std::string& lang) {
    std::vector<std::string> words;
    for (const json& t : hit["texts"]) {
      if (t["lang"] != lang) continue;
      for (const json& m : t["matches"]) words.push_back(m["word"]);
    }
    return words;
  }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* CorpusSearch::dir_ = nullptr;
std::string CorpusSearch::db_;

TEST_F(CorpusSearch, FrenchQueryFindsADutchOnlyUnitThroughTheLexicon) {
  const json r = Search({"désarmement nucléaire"});
  EXPECT_EQ(r["query_languages"], json::array({"fr"}));
  EXPECT_EQ(r["translated_to"], json::array({"nl"}));
  bool found = false;
  for (const json& hit : r["hits"]) {
    if (hit["source"].get<std::string>().find("npt-review-conference.nl.txt") == std::string::npos) continue;
    found = true;
    EXPECT_EQ(hit["texts"].size(), 1u);
    const std::vector<std::string> words = MatchedWords(hit, "nl");
    EXPECT_NE(std::find(words.begin(), words.end(), "ontwapening"), words.end()) << hit.dump();
  }
  EXPECT_TRUE(found) << r.dump(1);
  // Bilingual units that say it in both languages rank above the translated-only match.
  EXPECT_EQ(r["hits"][0]["texts"].size(), 2u);
  // Without translation, French words cannot find the Dutch-only note.
  const json plain = Search({"désarmement nucléaire", "--no-translate"});
  for (const json& hit : plain["hits"]) {
    EXPECT_EQ(hit["source"].get<std::string>().find("npt-review-conference"), std::string::npos);
  }
}

// Indexes of one language each, written from French and Dutch notes: the
// query is read in its own language and translated into the index's.
TEST(SearchCli, QueriesCrossIntoAnIndexOfTheOtherLanguage) {
  TempDir dir;
  dir.Write("fr/abolition.txt", "La Belgique plaide pour l’abolition universelle de la peine de mort.\n");
  dir.Write("fr/grands-lacs.txt", "La situation humanitaire reste préoccupante en RDC, surtout dans l’est du pays.\n");
  dir.Write("nl/mensenrechten.txt", "De mensenrechtensituatie in de gevangenissen blijft zorgwekkend.\n");
  dir.Write("nl/doodstraf.txt", "België pleit voor de universele afschaffing van de doodstraf.\n");
  const std::string fr = dir.Join("fr-index"), nl = dir.Join("nl-index");
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", fr, dir.Join("fr")}).exit_code, 0);
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", nl, dir.Join("nl")}).exit_code, 0);
  struct Case {
    std::string db, query, finds, language;
  };
  const std::vector<Case> cases = {
      {nl, "peine de mort", "doodstraf.txt", "fr"},
      {nl, "droits de l'homme", "mensenrechten.txt", "fr"},
      {nl, "droits de l’homme", "mensenrechten.txt", "fr"},
      {nl, "mensenrechten", "mensenrechten.txt", "nl"},
      {fr, "doodstraf afschaffing", "abolition.txt", "nl"},
      {fr, "Congo", "grands-lacs.txt", ""},
  };
  for (const Case& c : cases) {
    const RunResult r = Tandem({"search", "--json", "--db", c.db, c.query});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_EQ(j["hits"].size(), 1u) << c.query << "\n" << r.out;
    EXPECT_NE(j["hits"][0]["source"].get<std::string>().find(c.finds), std::string::npos) << c.query;
    if (!c.language.empty()) {
      EXPECT_EQ(j["query_languages"][0], c.language) << c.query;
    }
  }
}

TEST(SearchCli, TheSamePairFromThreeSourcesIsOneHitAlsoInTheOtherTwo) {
  TempDir dir;
  const std::string fr =
      "La coopération au développement soutient les écoles rurales du Sahel.\n\n"
      "Le budget annuel sera réexaminé à l'automne.\n";
  const std::string nl =
      "De ontwikkelingssamenwerking steunt de plattelandsscholen in de Sahel.\n\n"
      "De jaarlijkse begroting wordt in het najaar herzien.\n";
  for (const char* name : {"archief/2019/nota", "mail/bijlage", "web/pagina-sahel"}) {
    dir.Write(std::string(name) + ".fr.txt", fr);
    dir.Write(std::string(name) + ".nl.txt", nl);
  }
  dir.Write("other/autre.fr.txt", "Les écoles rurales du Sahel manquent d'enseignants.\n");
  dir.Write("other/autre.nl.txt", "De plattelandsscholen in de Sahel hebben te weinig leraren.\n");
  const std::string db = dir.Join("index");
  const RunResult ingest = Tandem({"ingest", "-q", "--db", db, dir.Join("archief"), dir.Join("mail"),
                                   dir.Join("web"), dir.Join("other")});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;

  const RunResult r = Tandem({"search", "--json", "--db", db, "écoles rurales Sahel"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j["hits"].size(), 2u) << r.out;  // the shared text once, and the other text
  const json* grouped = nullptr;
  for (const json& hit : j["hits"]) {
    if (hit["source"].get<std::string>().find("autre") == std::string::npos) grouped = &hit;
    else EXPECT_FALSE(hit.contains("also_in")) << hit.dump();
  }
  ASSERT_NE(grouped, nullptr) << r.out;
  ASSERT_EQ((*grouped)["duplicates"], 2) << grouped->dump();
  std::vector<std::string> sources = {(*grouped)["source"]};
  for (const json& d : (*grouped)["also_in"]) {
    sources.push_back(d["source"]);
    EXPECT_EQ(d["position"], (*grouped)["position"]);
    EXPECT_EQ(d["source_id"].get<std::string>().size(), 16u);
  }
  std::sort(sources.begin(), sources.end());
  ASSERT_EQ(sources.size(), 3u);
  EXPECT_NE(sources[0].find("nota"), std::string::npos) << sources[0];  // archief/2019/
  EXPECT_NE(sources[1].find("bijlage"), std::string::npos) << sources[1];
  EXPECT_NE(sources[2].find("pagina-sahel"), std::string::npos) << sources[2];

  // As text: one hit, its "also in" line naming the two other sources.
  const RunResult text = Tandem({"search", "--no-color", "--db", db, "écoles rurales Sahel"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  const size_t also = text.out.find("also in: ");
  ASSERT_NE(also, std::string::npos) << text.out;
  const std::string line = text.out.substr(also, text.out.find('\n', also) - also);
  int named = 0;
  for (const char* name : {"nota", "bijlage", "pagina-sahel"}) named += line.find(name) != std::string::npos;
  EXPECT_EQ(named, 2) << line;
  EXPECT_EQ(text.out.find("also in: ", also + 1), std::string::npos) << text.out;
}

TEST_F(CorpusSearch, DutchQueryFindsFrenchThroughTheLexiconToo) {
  const json r = Search({"ontwapening", "--lang", "nl"});
  EXPECT_EQ(r["translated_to"], json::array({"fr"}));
  ASSERT_FALSE(r["hits"].empty());
}

TEST_F(CorpusSearch, MatchesAreMarkedOnBothSides) {
  const json r = Search({"sécurité énergétique"});
  ASSERT_FALSE(r["hits"].empty());
  // The glossary's phrase "sécurité énergétique" is "energiezekerheid", so the Dutch side of the unit that has both
  // is marked too.
  bool both = false;
  for (const json& hit : r["hits"]) {
    const std::vector<std::string> nl = MatchedWords(hit, "nl");
    both = both || (!MatchedWords(hit, "fr").empty() && std::find(nl.begin(), nl.end(), "energiezekerheid") != nl.end());
  }
  EXPECT_TRUE(both) << r.dump(1);
}

TEST_F(CorpusSearch, PhraseQueriesKeepTheWordsTogether) {
  const json r = Search({"\"Conseil des droits de l'homme\"", "--no-translate"});
  ASSERT_FALSE(r["hits"].empty());
  for (const json& hit : r["hits"]) {
    EXPECT_NE(TextIn(hit, "fr").find("Conseil des droits de l’homme"), std::string::npos) << TextIn(hit, "fr");
  }
  // The same words out of order are not the phrase: only a relaxed search finds them.
  const json loose = Search({"\"homme des droits\"", "--no-translate"});
  for (const json& hit : loose["hits"]) {
    EXPECT_EQ(TextIn(hit, "fr").find("homme des droits"), std::string::npos);
  }
}

TEST_F(CorpusSearch, BooleanOperators) {
  const json with = Search({"Belgique AND Ukraine", "--no-translate"});
  ASSERT_FALSE(with["hits"].empty());
  for (const json& hit : with["hits"]) EXPECT_NE(TextIn(hit, "fr").find("Ukraine"), std::string::npos);
  const json without = Search({"Belgique NOT Ukraine"});
  ASSERT_FALSE(without["hits"].empty());
  for (const json& hit : without["hits"]) EXPECT_EQ(TextIn(hit, "fr").find("Ukraine"), std::string::npos);
  const json either = Search({"Sahel OR Benelux", "--no-translate"});
  EXPECT_GT(either["estimated_matches"].get<int>(), Search({"Sahel", "--no-translate"})["estimated_matches"].get<int>());
}

TEST_F(CorpusSearch, FieldPrefixesFilter) {
  struct Case {
    std::string query, field, expected;  // every hit's field contains expected
  };
  const std::vector<Case> cases = {
      {"Belgique type:report", "type", "report"},
      {"Belgique type:directive", "type", "directive"},
      {"Belgique source:ukraine", "source", "ukraine-support"},
      {"Belgique section:priorites", "section", "priorit"},  // "PRIORITÉS", "Priorités"
      {"Belgium lang:en", "source", ".en.txt"},
  };
  for (const Case& c : cases) {
    const json r = Search({c.query});
    ASSERT_FALSE(r["hits"].empty()) << c.query;
    for (const json& hit : r["hits"]) {
      std::string value = hit[c.field].get<std::string>();
      std::transform(value.begin(), value.end(), value.begin(), [](unsigned char ch) { return std::tolower(ch); });
      EXPECT_NE(value.find(c.expected), std::string::npos) << c.query << ": " << hit[c.field];
    }
  }
  // section:2 takes every sub-section of 2 ("2.1", "2.2"...), and nothing else.
  const json numbered = Search({"Belgique section:2"});
  ASSERT_FALSE(numbered["hits"].empty());
  for (const json& hit : numbered["hits"]) {
    EXPECT_NE(hit["section"].get<std::string>().find("2."), std::string::npos) << hit["section"];
  }
}

TEST_F(CorpusSearch, DateRangesAndSortByDate) {
  const json r2026 = Search({"Belgique 2026..2026"});
  ASSERT_FALSE(r2026["hits"].empty());
  for (const json& hit : r2026["hits"]) EXPECT_EQ(hit["date"].get<std::string>().substr(0, 4), "2026");
  const json april = Search({"Belgique 2025-04..2025-04"});
  ASSERT_FALSE(april["hits"].empty());
  for (const json& hit : april["hits"]) EXPECT_EQ(hit["date"].get<std::string>().substr(0, 7), "2025-04");
  const json newest = Search({"Belgique", "--sort", "newest"});
  std::string previous = "9999";
  for (const json& hit : newest["hits"]) {
    const std::string date = hit["date"];
    EXPECT_LE(date, previous);
    previous = date;
  }
}

TEST_F(CorpusSearch, LikeFindsTheClosestPriorUnit) {
  TempDir dir;
  const std::string draft = dir.Write(
      "draft.txt",
      "La Belgique plaide pour que les revenus exceptionnels tirés des avoirs russes immobilisés, détenus pour "
      "l'essentiel chez nous, servent à reconstruire l'Ukraine.\n");
  const json r = Search({"--like", draft});
  ASSERT_FALSE(r["hits"].empty());
  EXPECT_NE(TextIn(r["hits"][0], "fr").find("avoirs russes immobilisés"), std::string::npos) << r["hits"][0].dump(1);
  // From standard input, in Dutch.
  const std::string nl_draft =
      dir.Write("draft.nl", "Wij willen de opvolging van Belgische gedetineerden in het buitenland verbeteren.\n");
  const RunResult piped = Shell("sh -c " + Quote(Quote(TANDEM_BINARY) + " search --json --db " + Quote(db_) +
                                                 " --like - < " + Quote(nl_draft)));
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  const json nl = json::parse(piped.out);
  ASSERT_FALSE(nl["hits"].empty());
  EXPECT_NE(TextIn(nl["hits"][0], "nl").find("gedetineerden"), std::string::npos);
}

TEST_F(CorpusSearch, FacetsCountTheMatches) {
  const json r = Search({"Belgique"});
  ASSERT_TRUE(r["facets_exact"].get<bool>());
  size_t by_type = 0, by_source = 0;
  for (const auto& [type, n] : r["facets"]["type"].items()) by_type += n.get<size_t>();
  for (const auto& [source, n] : r["facets"]["source"].items()) by_source += n.get<size_t>();
  EXPECT_EQ(by_type, r["estimated_matches"].get<size_t>());
  EXPECT_EQ(by_source, r["estimated_matches"].get<size_t>());
  EXPECT_GT(r["facets"]["lang"]["fr"].get<size_t>(), 0u);
  EXPECT_GT(r["facets"]["year"]["2025"].get<size_t>(), 0u);
  // Facets follow the query.
  const json report = Search({"Belgique type:report"});
  EXPECT_EQ(report["facets"]["type"].size(), 1u);
  // And print as text with --facets.
  const RunResult text = Tandem({"search", "--db", db_, "--facets", "--no-color", "Belgique"});
  EXPECT_NE(text.out.find("type:"), std::string::npos) << text.out;
}

TEST_F(CorpusSearch, MisspelledQueryGetsASuggestion) {
  const json r = Search({"secrurite", "--no-translate"});
  EXPECT_TRUE(r["hits"].empty());
  EXPECT_EQ(r.value("suggestion", ""), "securite");
  const RunResult text = Tandem({"search", "--db", db_, "ontwpening"});
  EXPECT_NE(text.out.find("did you mean: ontwapening"), std::string::npos) << text.out;
}

TEST_F(CorpusSearch, MalformedQueriesGiveAMessageOrASensibleSearch) {
  struct Case {
    std::string query;
    int exit_code;
    std::string says;  // in stderr
  };
  const std::vector<Case> cases = {
      {"\"unbalanced quote Belgique", 0, ""},
      {"((Belgique", 0, ""},
      {"colour:red Belgique", 0, "unknown field colour:"},
      {"", 2, "a query or --like FILE is needed"},
      {"   ", 2, "empty query"},
      {"AND", 0, ""},
      {"Belgique 20x..2025", 0, ""},
  };
  for (const Case& c : cases) {
    const RunResult r = Tandem({"search", "--db", db_, c.query});
    EXPECT_EQ(r.exit_code, c.exit_code) << c.query << ": " << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.query << ": " << r.err;
  }
  std::string long_query;
  while (long_query.size() < 10000) long_query += "la Belgique soutient le multilatéralisme et les Nations unies ";
  const RunResult r = Tandem({"search", "--db", db_, "--json", long_query});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(json::parse(r.out)["hits"].empty());
}

TEST(SearchCli, MissingOrLockedIndexIsAClearError) {
  TempDir dir;
  const RunResult missing = Tandem({"search", "--db", dir.Join("nowhere"), "Belgique"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no index here"), std::string::npos) << missing.err;
  const RunResult remote = Tandem({"search", "--db", "tcp://127.0.0.1:1", "Belgique"});
  EXPECT_EQ(remote.exit_code, 2);
  EXPECT_NE(remote.err.find("cannot reach the shard"), std::string::npos) << remote.err;
}

TEST(SearchCli, RemoveAndCompact) {
  TempDir dir;
  const std::string db = dir.Join("index");
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", db, SourceDir() + "/corpus/pairs"}).exit_code, 0);
  const RunResult removed = Tandem({"remove", "--db", db, SourceDir() + "/corpus/pairs/sahel-development.nl.txt"});
  EXPECT_EQ(removed.exit_code, 0) << removed.err;
  EXPECT_NE(removed.out.find("sahel-development.fr.txt + "), std::string::npos);
  const json stats = json::parse(Tandem({"stats", "--json", "--db", db}).out);
  EXPECT_EQ(stats["documents"], 4);
  const RunResult again = Tandem({"remove", "--db", db, SourceDir() + "/corpus/pairs/sahel-development.fr.txt"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("not in the index"), std::string::npos);
  const std::string before = Tandem({"search", "--json", "--db", db, "Belgique"}).out;
  const RunResult compact = Tandem({"compact", "--db", db, "--json"});
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  const json sizes = json::parse(compact.out);
  EXPECT_LE(sizes["bytes_after"].get<size_t>(), sizes["bytes_before"].get<size_t>());
  EXPECT_EQ(Tandem({"search", "--json", "--db", db, "Belgique"}).out, before);
  // A folder drops every source under it.
  const RunResult folder = Tandem({"remove", "--db", db, SourceDir() + "/corpus/pairs"});
  EXPECT_EQ(folder.exit_code, 0);
  EXPECT_EQ(json::parse(Tandem({"stats", "--json", "--db", db}).out)["documents"], 0);
}

// Starts `argv` in the background; returns its pid.
pid_t Spawn(const std::vector<std::string>& argv) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execvp(args[0], args.data());
    _exit(127);
  }
  return pid;
}

void Stop(pid_t pid) {
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
}

TEST(SearchCli, KilledIngestLeavesACompleteIndexOfWhatWasCommitted) {
  TempDir dir;
  // Many copies of one pair: every source then has the same number of units.
  const std::string fr = tandem::testing::ReadAll(SourceDir() + "/corpus/pairs/ukraine-support.fr.txt");
  const std::string nl = tandem::testing::ReadAll(SourceDir() + "/corpus/pairs/ukraine-support.nl.txt");
  constexpr int kPairs = 300;
  for (int i = 0; i < kPairs; ++i) {
    dir.Write("docs/note" + std::to_string(1000 + i) + ".fr.txt", fr);
    dir.Write("docs/note" + std::to_string(1000 + i) + ".nl.txt", nl);
  }
  const std::string one = dir.Join("one");
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", one, dir.Join("docs/note1000.fr.txt"), dir.Join("docs/note1000.nl.txt")}).exit_code, 0);
  const int units_per_source = json::parse(Tandem({"stats", "--json", "--db", one}).out)["units"];
  ASSERT_GT(units_per_source, 1);

  const std::string db = dir.Join("index");
  const pid_t writer = Spawn({TANDEM_BINARY, "ingest", "-q", "--db", db, dir.Join("docs")});
  // Kill it once a few sources are in, well before the end.
  int documents = 0;
  for (int i = 0; i < 600 && documents < 5; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const RunResult stats = Tandem({"stats", "--json", "--db", db});
    if (stats.exit_code == 0) documents = json::parse(stats.out)["documents"];
  }
  Stop(writer);
  ASSERT_GE(documents, 5) << "the ingest did not start";
  const json after = json::parse(Tandem({"stats", "--json", "--db", db}).out);
  const int committed = after["documents"];
  EXPECT_LT(committed, kPairs) << "the ingest finished before it was killed; make it larger";
  EXPECT_EQ(after["units"].get<int>(), committed * units_per_source);  // no half-written source
  EXPECT_EQ(Tandem({"search", "--db", db, "avoirs russes"}).exit_code, 0);
  // A re-run completes it without duplicates.
  const RunResult rerun = Tandem({"ingest", "-q", "--db", db, dir.Join("docs")});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  const json done = json::parse(Tandem({"stats", "--json", "--db", db}).out);
  EXPECT_EQ(done["documents"], kPairs);
  EXPECT_EQ(done["units"].get<int>(), kPairs * units_per_source);
}

// Hits as comparable rows: (weight, source, position), best first, ties by name.
std::vector<std::tuple<long, std::string, int>> Rows(const json& r) {
  std::vector<std::tuple<long, std::string, int>> rows;
  for (const json& hit : r["hits"]) {
    rows.emplace_back(-std::lround(hit["weight"].get<double>() * 1e6), hit["source"], hit["position"]);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

TEST(SearchCli, TwoTcpShardsSearchLikeOneIndex) {
  if (std::system("command -v xapian-tcpsrv > /dev/null") != 0) {
    GTEST_SKIP() << "xapian-tcpsrv (Debian xapian-tools) is not installed; tools/install-deps.sh installs it";
  }
  TempDir dir;
  const std::string corpus = SourceDir() + "/corpus";
  const std::string whole = dir.Join("whole"), a = dir.Join("shard-a"), b = dir.Join("shard-b");
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", whole, corpus}).exit_code, 0);
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", a, corpus + "/pairs", corpus + "/monolingual"}).exit_code, 0);
  ASSERT_EQ(Tandem({"ingest", "-q", "--db", b, corpus + "/web", corpus + "/bilingual", corpus + "/review"}).exit_code, 0);
  // Ports from the test's pid, to keep parallel runs apart.
  const int port_a = 20000 + (getpid() % 20000), port_b = port_a + 1;
  const pid_t server_a = Spawn({"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(port_a), a});
  const pid_t server_b = Spawn({"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(port_b), b});
  const std::string shard_a = "tcp://127.0.0.1:" + std::to_string(port_a);
  const std::string shard_b = "tcp://127.0.0.1:" + std::to_string(port_b);
  bool up = false;
  for (int i = 0; i < 100 && !up; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    up = Tandem({"stats", "--db", shard_a, "--db", shard_b}).exit_code == 0;
  }
  ASSERT_TRUE(up) << "xapian-tcpsrv did not start";
  for (const std::string query : {"Belgique", "sécurité énergétique", "\"droits de l'homme\"", "Belgium",
                                  "opvolging gedetineerden", "Belgique type:report 2025..2025"}) {
    const std::vector<std::string> args = {"search", "--json", "-n", "200", "--no-translate", query};
    std::vector<std::string> one = {"--db", whole}, two = {"--db", shard_a, "--db", shard_b};
    one.insert(one.begin(), args.begin(), args.end());
    two.insert(two.begin(), args.begin(), args.end());
    const RunResult single = Tandem(one), sharded = Tandem(two);
    ASSERT_EQ(single.exit_code, 0) << single.err;
    ASSERT_EQ(sharded.exit_code, 0) << sharded.err;
    const json s = json::parse(single.out), m = json::parse(sharded.out);
    EXPECT_EQ(s["estimated_matches"], m["estimated_matches"]) << query;
    EXPECT_EQ(Rows(s), Rows(m)) << query;
    EXPECT_EQ(s["facets"], m["facets"]) << query;
  }
  Stop(server_a);
  Stop(server_b);
}

}  // namespace
}  // namespace tandem
