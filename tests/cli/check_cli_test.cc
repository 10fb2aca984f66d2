// Integration tests of `tandem check`: the real binary on the corpus's
// red-line dossiers and drafts, exit statuses, bad red-line files, and the
// HTML report in headless Chromium.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/cli/tandem_runner.h"
#include "tests/support/test_files.h"

namespace tandem {
namespace {

using nlohmann::json;
using tandem::testing::SourceDir;
using tandem::testing::TempDir;
namespace fs = std::filesystem;

std::string Redlines() { return SourceDir() + "/corpus/redlines"; }

// "file:paragraph rule" for each finding of a --json report, file without its folder.
std::multiset<std::string> Findings(const std::string& out) {
  std::multiset<std::string> found;
  const json report = json::parse(out);
  for (const json& f : report["findings"]) {
    found.insert(fs::path(f["file"].get<std::string>()).filename().string() + ":" +
                 std::to_string(f["paragraph"].get<size_t>()) + " " + f["rule"].get<std::string>());
  }
  return found;
}

TEST(CheckCli, CorpusDraftsGiveExactlyTheWrittenFindings) {
  const std::string drafts = SourceDir() + "/corpus/drafts";
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(drafts)) {
    if (entry.path().extension() != ".expected") continue;
    std::ifstream in(entry.path());
    std::string line, command;
    std::multiset<std::string> expected;
    while (std::getline(in, line)) {
      if (line.rfind("# tandem check ", 0) == 0 && command.empty()) command = line.substr(15);
      if (!line.empty() && line[0] != '#') expected.insert(line);
    }
    ASSERT_FALSE(command.empty()) << entry.path() << " has no command line";
    std::vector<std::string> args = {"check", "--json"};
    std::istringstream words(command);
    for (std::string w; words >> w;) {
      if (w == "../redlines") {
        args.push_back(Redlines());
      } else if (w.rfind("--", 0) == 0) {
        args.push_back(w);
      } else {
        args.push_back(drafts + "/" + w);
      }
    }
    const RunResult r = Tandem(args);
    ASSERT_NE(r.exit_code, 2) << r.err;
    EXPECT_EQ(r.exit_code, json::parse(r.out)["summary"]["blocking"].get<int>() > 0 ? 1 : 0) << r.err;
    EXPECT_EQ(Findings(r.out), expected) << entry.path() << "\n" << r.out;
    ++checked;
  }
  EXPECT_GE(checked, 5u);
}

TEST(CheckCli, ExitStatusIsZeroWithoutBlockingFindingsAndOneWithThem) {
  TempDir dir;
  const std::string clean = dir.Write("clean.fr.txt",
                                      "Note sur le Sahel\n\nLa Belgique exige le respect du droit international "
                                      "humanitaire au Mali.\n\nNotre pays soutient l'accès humanitaire.\n");
  RunResult r = Tandem({"check", clean, "--redlines", Redlines()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 bloquant(s)"), std::string::npos) << r.out;
  const std::string bad =
      dir.Write("bad.fr.txt", "Sahel\n\nLa Belgique financera directement la junte au Mali.\n");
  r = Tandem({"check", bad, "--redlines", Redlines()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("bad.fr.txt:2: blocking SAH-1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("»financera directement« la »junte«"), std::string::npos) << r.out;
}

TEST(CheckCli, BadRedLineFilesAndDraftsAreNamedWithTheLineAndExitTwo) {
  TempDir dir;
  const std::string draft = dir.Write("d.fr.txt", "La Belgique soutient la paix.\n");
  const std::string head = "<?xml version=\"1.0\"?>\n<redlines xmlns=\"urn:tandem:redlines:1\" dossier=\"x\">\n";
  struct Case {
    std::string name, xml, expected;
  };
  const Case cases[] = {
      {"broken.xml", head + "<forbid id=\"A\" severity=\"blocking\">\n<claim xml:lang=\"fr\">x</claim>\n", "broken.xml:"},
      {"unknown.xml", head + "<forbid id=\"A\" severity=\"blocking\">\n<claim xml:lang=\"fr\">x</claim>\n<claim xml:lang=\"nl\">y</claim>\n</forbid>\n<wish id=\"B\"/>\n</redlines>\n",
       "unknown.xml:7:"},
      {"duplicate.xml", head + "<term id=\"A\" severity=\"warning\"><use xml:lang=\"fr\">a</use><use xml:lang=\"nl\">b</use><avoid xml:lang=\"fr\">c</avoid><avoid xml:lang=\"nl\">d</avoid></term>\n"
                              "<term id=\"A\" severity=\"warning\"><use xml:lang=\"fr\">a</use><use xml:lang=\"nl\">b</use><avoid xml:lang=\"fr\">c</avoid><avoid xml:lang=\"nl\">d</avoid></term>\n</redlines>\n",
       "duplicate.xml:4: duplicate rule id A"},
      {"one-side.xml", head + "<forbid id=\"A\" severity=\"blocking\">\n<claim xml:lang=\"fr\">x</claim>\n</forbid>\n</redlines>\n",
       "one-side.xml:3: rule A needs a French and a Dutch <claim>"},
      {"bad-number.xml", head + "<limit id=\"L\" severity=\"warning\" max=\"dix\">\n<quantity xml:lang=\"fr\">x</quantity><quantity xml:lang=\"nl\">y</quantity>\n</limit>\n</redlines>\n",
       "bad-number.xml:3:"},
      {"min-max.xml", head + "<limit id=\"L\" severity=\"warning\" min=\"5\" max=\"2\">\n<quantity xml:lang=\"fr\">x</quantity><quantity xml:lang=\"nl\">y</quantity>\n</limit>\n</redlines>\n",
       "min-max.xml:3: limit L: min 5 is above max 2"},
  };
  for (const Case& c : cases) {
    const RunResult r = Tandem({"check", draft, "--redlines", dir.Write(c.name, c.xml)});
    EXPECT_EQ(r.exit_code, 2) << c.name;
    EXPECT_NE(r.err.find(c.expected), std::string::npos) << c.name << ": " << r.err;
    EXPECT_EQ(Lines(r.err), 1u) << r.err;
  }
  const RunResult missing = Tandem({"check", dir.Join("nowhere.fr.txt"), "--redlines", Redlines()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nowhere.fr.txt"), std::string::npos) << missing.err;
  EXPECT_EQ(Tandem({"check", draft}).exit_code, 2);  // --redlines is required
}

// Issue 15: "trois" against "3" is the same number, not a blocking finding.
TEST(CheckCli, ParityReadsNumberWordsAsNumbers) {
  TempDir dir;
  const std::string fr =
      dir.Write("mission.fr.txt", "La Belgique enverra trois observateurs à la mission électorale au printemps.\n");
  const std::string nl =
      dir.Write("mission.nl.txt", "België stuurt in de lente 3 waarnemers naar de verkiezingswaarnemingsmissie.\n");
  const RunResult same = Tandem({"check", "--parity", fr, nl, "--redlines", Redlines()});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_EQ(same.out.find("parity"), std::string::npos) << same.out;
  const std::string nl4 =
      dir.Write("other.nl.txt", "België stuurt in de lente 4 waarnemers naar de verkiezingswaarnemingsmissie.\n");
  const RunResult differs = Tandem({"check", "--parity", fr, nl4, "--redlines", Redlines()});
  EXPECT_EQ(differs.exit_code, 1) << differs.out << differs.err;
  EXPECT_NE(differs.out.find("4"), std::string::npos) << differs.out;
}

TEST(CheckCli, HtmlReportRendersInHeadlessChromium) {
  const std::string chromium = "/usr/bin/chromium";
  ASSERT_TRUE(fs::exists(chromium)) << "Debian's chromium is needed: tools/install-deps.sh installs it";
  TempDir dir;
  const std::string drafts = SourceDir() + "/corpus/drafts";
  const RunResult r = Tandem({"check", "--format", "html", "--parity", drafts + "/sahel-note.fr.txt",
                              drafts + "/sahel-note.nl.txt", "--redlines", Redlines()});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out.find("<script"), std::string::npos);
  const std::string page = dir.Write("report.html", r.out);
  const std::string rendered = tandem::testing::RenderInChromium(page, dir);
  ASSERT_FALSE(rendered.empty()) << tandem::testing::ReadAll(dir.Join("chromium.err"));
  EXPECT_NE(rendered.find("<div id=\"blocking-count\">5 bloquant(s)</div>"), std::string::npos)
      << rendered.substr(0, 800);
  EXPECT_NE(rendered.find("<h2>Constats bloquants</h2>"), std::string::npos);
  EXPECT_NE(rendered.find("<mark>verzet zich tegen</mark>"), std::string::npos);
  EXPECT_NE(rendered.find("Overeengekomen formulering: België hervat de begrotingssteun"),
            std::string::npos);
  // Why each finding was raised, in its language: the matched words and the other version.
  EXPECT_NE(rendered.find("<ul class=\"why\" lang=\"nl\">"), std::string::npos);
  EXPECT_NE(rendered.find("<li>herkende woorden: "), std::string::npos);
  EXPECT_NE(rendered.find("<li>version néerlandaise (" + drafts +
                          "/sahel-note.nl.txt:6) : De Belgische humanitaire hulp"),
            std::string::npos);
}

// A French draft whose findings must explain themselves: a claim asserted by
// a double negation, a whole-draft require with the words that made the
// draft about Ukraine, a stance taken with a verdict.
constexpr std::string_view kExplainedDraft =
    "Note sur l'Ukraine\n\n"
    "La Belgique ne refuse plus de reconnaître l'annexion de la Crimée.\n\n"
    "Notre pays juge prématurée l'adhésion de l'Ukraine à l'Union européenne.\n";

TEST(CheckCli, JsonFindingsExplainTheMatchedWordsTopicAndCues) {
  TempDir dir;
  const std::string draft = dir.Write("explained.fr.txt", std::string(kExplainedDraft));
  const RunResult r =
      Tandem({"check", "--json", draft, "--redlines", Redlines() + "/ukraine-2025.xml"});
  ASSERT_EQ(r.exit_code, 1) << r.err << r.out;
  const json report = json::parse(r.out);
  std::map<std::string, json> by_rule;
  for (const json& f : report["findings"]) by_rule[f["rule"].get<std::string>()] = f;
  ASSERT_TRUE(by_rule.count("UKR-1") && by_rule.count("UKR-2") && by_rule.count("UKR-4")) << r.out;
  // The contract's fields are unchanged.
  for (const char* field :
       {"rule", "kind", "severity", "file", "lang", "paragraph", "sentence", "message", "agreed"}) {
    EXPECT_TRUE(by_rule["UKR-1"].contains(field)) << field;
  }
  const json& forbid = by_rule["UKR-1"]["explanation"];
  EXPECT_EQ(forbid["wording"], "reconnaître l'annexion de la Crimée");
  EXPECT_EQ(forbid["matched"], json({"reconnaître", "annexion", "Crimée"}));
  EXPECT_EQ(forbid["negations"], 2);
  std::set<std::string> cues;
  for (const json& c : forbid["cues"])
    cues.insert(c["words"].get<std::string>() + "=" + c["kind"].get<std::string>());
  EXPECT_TRUE(cues.count("ne … plus=negation")) << forbid.dump();
  EXPECT_TRUE(cues.count("refuse=negative-verb")) << forbid.dump();
  EXPECT_TRUE(cues.count("La Belgique=own-voice")) << forbid.dump();
  EXPECT_NE(by_rule["UKR-1"]["why"].dump().find("nombre pair"), std::string::npos)
      << by_rule["UKR-1"]["why"].dump();
  const json& require = by_rule["UKR-2"]["explanation"];
  ASSERT_FALSE(require["topic"].empty()) << require.dump();
  EXPECT_EQ(require["topic"][0]["words"], "Ukraine");
  EXPECT_EQ(require["topic"][0]["paragraph"], 1);
  const json& stance = by_rule["UKR-4"]["explanation"];
  EXPECT_EQ(stance["stance"]["read"], "oppose");
  EXPECT_EQ(stance["stance"]["agreed"], "support");
  EXPECT_EQ(
      by_rule["UKR-4"]["message"].get<std::string>().rfind("prend la position « opposition »", 0),
      0u)
      << by_rule["UKR-4"]["message"];
}

TEST(CheckCli, TextAndHtmlReportsExplainEachFinding) {
  TempDir dir;
  const std::string draft = dir.Write("explained.fr.txt", std::string(kExplainedDraft));
  RunResult r =
      Tandem({"check", "--no-color", draft, "--redlines", Redlines() + "/ukraine-2025.xml"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("explained.fr.txt:2: blocking UKR-1 — affirme « reconnaître l'annexion de "
                       "la Crimée », que la Belgique refuse"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("    · mots reconnus : « reconnaître », « annexion », « Crimée »"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("« ne … plus » négation (comptée), « refuse » verbe ou prédicat négatif "
                       "(comptée) → 2 négations"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("    · le projet porte sur le dossier : « Ukraine » (paragraphe 1)"),
            std::string::npos)
      << r.out;
  r = Tandem({"check", "--format", "html", draft, "--redlines", Redlines() + "/ukraine-2025.xml"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find(
                "<li>position lue : opposition (« prématurée »), position convenue : soutien</li>"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("<li>le projet porte sur le dossier : « Ukraine » (paragraphe 1)"),
            std::string::npos)
      << r.out;
}

TEST(CheckCli, MessagesAreInTheDraftsLanguageOrTheOneAsked) {
  TempDir dir;
  const std::string nl =
      dir.Write("nota.nl.txt", "Oekraïne\n\nBelgië erkent de annexatie van de Krim.\n");
  RunResult r = Tandem({"check", "--no-color", nl, "--redlines", Redlines() + "/ukraine-2025.xml"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("nota.nl.txt:2: blocking UKR-1 — stelt ‘de annexatie van de Krim erkennen’, "
                       "wat België weigert"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("    · herkende woorden: ‘erkent’, ‘annexatie’, ‘Krim’"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("nota.nl.txt:0: blocking UKR-2 — het ontwerp stelt nergens ‘territoriale "
                       "integriteit van Oekraïne’"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("alinea's gecontroleerd"), std::string::npos) << r.out;
  const std::string fr =
      dir.Write("note.fr.txt", "Ukraine\n\nLa Belgique reconnaît l'annexion de la Crimée.\n");
  r = Tandem(
      {"check", "--json", "--lang", "nl", fr, "--redlines", Redlines() + "/ukraine-2025.xml"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const json report = json::parse(r.out);
  ASSERT_FALSE(report["findings"].empty());
  for (const json& f : report["findings"]) {
    if (f["rule"] == "UKR-1") {
      EXPECT_EQ(f["message"], "stelt ‘reconnaître l'annexion de la Crimée’, wat België weigert");
      EXPECT_EQ(f["why"][0].get<std::string>().rfind("herkende woorden:", 0), 0u)
          << f["why"].dump();
    }
  }
  EXPECT_EQ(Tandem({"check", "--lang", "en", fr, "--redlines", Redlines()}).exit_code, 2);
}

TEST(CheckCli, PrecedentIsTheSentenceThatSaysTheRuleOrNothing) {
  TempDir dir;
  const std::string db = dir.Join("index");
  const RunResult ingest = Tandem({"ingest", SourceDir() + "/corpus/pairs", "--db", db});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const RunResult r =
      Tandem({"check", "--json", SourceDir() + "/corpus/drafts/ukraine-note.fr.html", "--redlines",
              Redlines(), "--db", db});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const json report = json::parse(r.out);
  bool require_seen = false;
  for (const json& f : report["findings"]) {
    if (f["rule"] == "UKR-2") {
      require_seen = true;
      ASSERT_TRUE(f.contains("prior")) << f.dump();
      const std::string text = f["prior"]["text"];
      // One sentence that states the claim, not the whole unit.
      EXPECT_NE(text.find("intégrité territoriale de l’Ukraine"), std::string::npos) << text;
      EXPECT_EQ(text.find(". "), std::string::npos) << text;
      EXPECT_EQ(f["prior"]["marked"], json({"intégrité", "territoriale", "Ukraine"}))
          << f["prior"].dump();
    }
    // No prior unit abstains on the confiscation of frozen assets: nothing is cited.
    if (f["rule"] == "UKR-3") {
      EXPECT_FALSE(f.contains("prior")) << f.dump();
    }
  }
  EXPECT_TRUE(require_seen) << r.out;
}

// Two versions of one dossier: the meeting of 10 February capped the aid at
// 100 million; the meeting of 1 June raised the cap to 300 million and added
// a term. A draft is checked against the version in force on its date.
TEST(CheckCli, DateChoosesTheVersionInForceAndFindingsNameIt) {
  TempDir dir;
  dir.Write("rl/aid-2025-02.xml", R"(<redlines xmlns="urn:tandem:redlines:1" dossier="aid-feb" agreed="2025-02-10">
  <limit id="AID-1" severity="blocking" unit="EUR" max="100000000">
    <quantity xml:lang="fr">aide alimentaire</quantity><quantity xml:lang="nl">voedselhulp</quantity>
  </limit>
</redlines>
)");
  dir.Write("rl/aid-2025-06.xml", R"(<redlines xmlns="urn:tandem:redlines:1" dossier="aid-jun" agreed="2025-06-01" supersedes="aid-feb">
  <limit id="AID-1" severity="blocking" unit="EUR" max="300000000">
    <quantity xml:lang="fr">aide alimentaire</quantity><quantity xml:lang="nl">voedselhulp</quantity>
  </limit>
  <term id="AID-2" severity="warning">
    <use xml:lang="fr">pays partenaire</use><use xml:lang="nl">partnerland</use>
    <avoid xml:lang="fr">pays bénéficiaire</avoid><avoid xml:lang="nl">begunstigd land</avoid>
  </term>
</redlines>
)");
  const std::string rl = dir.Join("rl");
  const std::string draft = dir.Write(
      "draft.fr.txt", "Note\n\nNotre pays versera une aide alimentaire de 200 millions d'euros au pays bénéficiaire.\n");
  struct {
    std::string date;
    int exit_code;
    std::set<std::string> findings;  // rule@version
  } const rows[] = {
      {"2025-01-31", 0, {}},                                    // nothing agreed yet
      {"2025-03-01", 1, {"AID-1@aid-feb/2025-02-10"}},          // 200 million > 100 million
      {"2025-05-31", 1, {"AID-1@aid-feb/2025-02-10"}},
      {"2025-06-01", 0, {"AID-2@aid-jun/2025-06-01"}},          // the cap is 300 million; the term is new
      {"2026-01-01", 0, {"AID-2@aid-jun/2025-06-01"}},
  };
  for (const auto& row : rows) {
    const RunResult r = Tandem({"check", "--json", draft, "--redlines", rl, "--date", row.date});
    EXPECT_EQ(r.exit_code, row.exit_code) << row.date << "\n" << r.out << r.err;
    const json report = json::parse(r.out);
    EXPECT_EQ(report["date"], row.date);
    std::set<std::string> found;
    for (const json& f : report["findings"]) {
      found.insert(f["rule"].get<std::string>() + "@" + f["version"]["dossier"].get<std::string>() + "/" +
                   f["version"]["agreed"].get<std::string>());
    }
    EXPECT_EQ(found, row.findings) << row.date << "\n" << r.out;
    if (row.date == "2025-01-31") {
      EXPECT_NE(r.err.find("no dossier is in force on 2025-01-31"), std::string::npos) << r.err;
    }
  }
  // The text and HTML reports name the version too.
  RunResult r = Tandem({"check", draft, "--redlines", rl, "--date", "2025-03-01"});
  EXPECT_NE(r.out.find("dossier aid-feb, version du 2025-02-10"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Règles en vigueur le 2025-03-01 : aid-feb (2025-02-10)"), std::string::npos) << r.out;
  r = Tandem({"check", "--format", "html", draft, "--redlines", rl, "--date", "2025-03-01"});
  EXPECT_NE(r.out.find("<p class=\"version\">dossier aid-feb, version du 2025-02-10</p>"), std::string::npos) << r.out;
  // Without --date: the draft's own dateline, else today (after both versions).
  const std::string dated = dir.Write(
      "dated.nl.txt", "Nota\n\nBrussel, 3 maart 2025\n\nOns land zal 200 miljoen euro voedselhulp geven.\n");
  r = Tandem({"check", "--json", dated, "--redlines", rl});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(json::parse(r.out)["date"], "2025-03-03");
  r = Tandem({"check", "--json", draft, "--redlines", rl});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(json::parse(r.out)["in_force"][0]["dossier"], "aid-jun");
  // A wrong date, and versions that contradict each other, are errors (exit 2).
  r = Tandem({"check", draft, "--redlines", rl, "--date", "2025-02-30"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--date 2025-02-30: not a date"), std::string::npos) << r.err;
  dir.Write("rl/aid-2025-07.xml", R"(<redlines xmlns="urn:tandem:redlines:1" dossier="aid-jul" agreed="2025-07-01" supersedes="aid-feb"/>
)");
  r = Tandem({"check", draft, "--redlines", rl});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("both supersede aid-feb"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tandem
