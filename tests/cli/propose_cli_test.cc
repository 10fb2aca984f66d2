// Integration tests of `tandem redlines propose`: each coordination report of
// corpus/reports gives a dossier that `tandem check` loads and that the report
// itself passes with no blocking finding; the report with one red line
// negated fails it (issue 21, item 2). Exit statuses of bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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

struct ReportCase {
  std::vector<std::string> files;  // in corpus/reports
  std::string negated_file;        // the file where one red line is negated
  std::string red_line, negation;  // the sentence as written, and negated
  std::string rule;                // the rule the negation must break
};

std::string Reports() { return SourceDir() + "/corpus/reports"; }

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<ReportCase> Cases() {
  return {
      {{"middle-east-2025.txt"}, "middle-east-2025.txt",
       "La Belgique ne reconnaîtra jamais l'annexion de territoires palestiniens occupés.",
       "La Belgique reconnaîtra l'annexion de territoires palestiniens occupés.", "ME-1"},
      {{"npt-2026.fr.txt", "npt-2026.nl.txt"}, "npt-2026.fr.txt",
       "La Belgique n'adhérera pas au Traité sur l'interdiction des armes nucléaires.",
       "La Belgique adhérera au Traité sur l'interdiction des armes nucléaires.", "NPT-3"},
      {{"western-balkans-2026.fr.html", "western-balkans-2026.nl.html"}, "western-balkans-2026.nl.html",
       "België steunt het verzoek om visumliberalisering van Kosovo.",
       "België verzet zich tegen het verzoek om visumliberalisering van Kosovo.", "WB-3"},
      {{"eu-africa-migration-2026.fr.txt", "eu-africa-migration-2026.nl.txt"},
       "eu-africa-migration-2026.fr.txt",
       "La part de l'enveloppe migration consacrée aux retours ne dépassera pas 25 % au maximum.",
       "La part de l'enveloppe migration consacrée aux retours atteindra 40 %.", "EAM-5"},
      {{"peacekeeping-2026.txt"}, "peacekeeping-2026.txt",
       "Nous n'accepterons aucune coupe dans les composantes droits de l'homme des missions.",
       "Nous accepterons une coupe dans les composantes droits de l'homme des missions.", "PEA-1"},
      {{"taiwan-2026.fr.txt", "taiwan-2026.nl.txt"}, "taiwan-2026.fr.txt",
       "La Belgique ne reconnaîtra pas Taïwan comme État.",
       "La Belgique reconnaîtra Taïwan comme État.", "TAI-2"},
      // The corpus's own coordination report, not written for the proposer.
      {{"../bilingual/coordination-report-2025.txt"}, "../bilingual/coordination-report-2025.txt",
       "La Belgique ne reconnaîtra aucune annexion de", "La Belgique reconnaîtra une annexion de",
       "CR-4"},
      // Lettered items run into one paragraph, a Dutch "sluit … uit" with a long object.
      {{"cop31-climate-2026.txt"}, "cop31-climate-2026.txt",
       "België sluit elke nieuwe financiering van projecten voor de exploratie van fossiele brandstoffen uit.",
       "België aanvaardt elke nieuwe financiering van projecten voor de exploratie van fossiele brandstoffen.",
       "CC-2"},
  };
}

// Blocking findings of `tandem check FILES --redlines DOSSIER --json`, as "rule".
std::vector<std::string> Blocking(const std::vector<std::string>& files, const std::string& dossier,
                                  int* exit_code) {
  std::vector<std::string> args = {"check", "--json"};
  args.insert(args.end(), files.begin(), files.end());
  args.push_back("--redlines");
  args.push_back(dossier);
  const RunResult r = Tandem(args);
  *exit_code = r.exit_code;
  std::vector<std::string> rules;
  if (r.exit_code == 2) {
    ADD_FAILURE() << r.err;
    return rules;
  }
  const json report = json::parse(r.out);
  for (const json& f : report["findings"]) {
    if (f["severity"] == "blocking") rules.push_back(f["rule"].get<std::string>() + " " + f["sentence"].get<std::string>());
  }
  return rules;
}

TEST(ProposeCli, EachReportPassesItsOwnDossierAndFailsWithARedLineNegated) {
  for (const ReportCase& c : Cases()) {
    SCOPED_TRACE(c.files.front());
    TempDir dir;
    std::vector<std::string> originals, negated;
    for (const std::string& f : c.files) {
      originals.push_back(Reports() + "/" + f);
      std::string text = Slurp(Reports() + "/" + f);
      if (f == c.negated_file) {
        const size_t at = text.find(c.red_line);
        ASSERT_NE(at, std::string::npos) << c.red_line;
        text.replace(at, c.red_line.size(), c.negation);
      }
      const std::string copy = dir.Join(fs::path(f).filename().string());
      std::ofstream(copy, std::ios::binary) << text;
      negated.push_back(copy);
    }
    const std::string dossier = dir.Join("proposed.xml");
    std::vector<std::string> args = {"redlines", "propose"};
    args.insert(args.end(), originals.begin(), originals.end());
    args.push_back("-o");
    args.push_back(dossier);
    const RunResult proposed = Tandem(args);
    ASSERT_EQ(proposed.exit_code, 0) << proposed.err;
    ASSERT_TRUE(fs::exists(dossier));

    int exit_code = -1;
    const auto own = Blocking(originals, dossier, &exit_code);
    EXPECT_EQ(exit_code, 0);
    EXPECT_TRUE(own.empty()) << own.front();

    const auto broken = Blocking(negated, dossier, &exit_code);
    EXPECT_EQ(exit_code, 1);
    bool found = false;
    for (const std::string& b : broken) found |= b.rfind(c.rule + " ", 0) == 0;
    std::string listed;
    for (const std::string& b : broken) listed += b + "\n";
    EXPECT_TRUE(found) << "no blocking finding of " << c.rule << " in the negated report; found:\n"
                       << listed;
  }
}

TEST(ProposeCli, AnotherDraftIsCheckedAgainstTheProposedDossier) {
  TempDir dir;
  const std::string dossier = dir.Join("me.xml"), draft = dir.Join("note.fr.txt");
  ASSERT_EQ(Tandem({"redlines", "propose", Reports() + "/middle-east-2025.txt", "-o", dossier}).exit_code, 0);
  std::ofstream(draft) << "Note sur Gaza\n\n"
                          "La Belgique est prête à reconnaître l'annexion de territoires palestiniens occupés.\n\n"
                          "La Belgique votera contre la résolution sur l'admission de la Palestine comme membre "
                          "des Nations unies.\n\n"
                          "La contribution belge à l'UNRWA sera de 5 millions d'euros.\n\n"
                          "Nous parlons des implantations.\n";
  const RunResult r = Tandem({"check", "--json", draft, "--redlines", dossier});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  std::multiset<std::string> found;
  const json report = json::parse(r.out);
  for (const json& f : report["findings"])
    found.insert(f["rule"].get<std::string>() + ":" + std::to_string(f["paragraph"].get<size_t>()));
  const std::multiset<std::string> expected = {"ME-1:2", "ME-3:0", "ME-4:0", "ME-5:3", "ME-7:4", "ME-8:5"};
  EXPECT_EQ(found, expected);
}

TEST(ProposeCli, WritesToStdoutAndListsWhatIsNotARule) {
  const RunResult r = Tandem({"redlines", "propose", Reports() + "/middle-east-2025.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<redlines xmlns=\"urn:tandem:redlines:1\" dossier=\"middle-east-2025\""), std::string::npos);
  EXPECT_NE(r.out.find("<!-- Not turned into a rule"), std::string::npos);
  EXPECT_NE(r.err.find("rule(s) proposed"), std::string::npos);
}

TEST(ProposeCli, DutchFileFirstIsPairedTheSame) {
  const RunResult a = Tandem({"redlines", "propose", Reports() + "/npt-2026.fr.txt", Reports() + "/npt-2026.nl.txt"});
  const RunResult b = Tandem({"redlines", "propose", Reports() + "/npt-2026.nl.txt", Reports() + "/npt-2026.fr.txt"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
}

TEST(ProposeCli, BadInputExitsTwo) {
  TempDir dir;
  const std::string note = dir.Join("note.txt");
  std::ofstream(note) << "Une note sans conclusions.\n\nLa Belgique soutient la paix.\n";
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"redlines", "propose", dir.Join("missing.txt")}, "missing.txt"},
      {{"redlines", "propose", note}, "no section states the meeting's position"},
      {{"redlines", "propose", note, note, note}, "give one bilingual report"},
      {{"redlines", "propose", Reports() + "/npt-2026.fr.txt", Reports() + "/npt-2026.fr.txt"}, "both files are mostly French"},
      {{"redlines", "propose"}, ""},
      {{"redlines", "propose", note, "--no-such-option"}, ""},
      {{"redlines"}, ""},
      {{"redlines", "propose", Reports() + "/middle-east-2025.txt", "-o", dir.Join("no/such/dir/x.xml")}, "cannot write"},
  };
  for (const Case& c : cases) {
    const RunResult r = Tandem(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args.back() << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace tandem
