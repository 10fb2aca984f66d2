// The red-line loader: a valid dossier read whole, and each way a file can be
// wrong reported with the file, the line and the reason.
#include "pipeline/redlines/dossier_loader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/test_files.h"

namespace tandem::redlines {
namespace {

constexpr std::string_view kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<redlines xmlns=\"urn:tandem:redlines:1\" dossier=\"d\" agreed=\"2025-02-19\">\n";

// A file whose first line is the XML declaration and second the root: the body starts on line 3.
std::string File(std::string_view body) { return std::string(kHead) + std::string(body) + "</redlines>\n"; }

TEST(DossierLoader, ReadsEveryRuleKindWithItsWordings) {
  const std::string xml = File(
      "<title xml:lang=\"fr\">Sahel</title><title xml:lang=\"nl\">Sahel</title>\n"
      "<topic><fr>Mali</fr><nl>Mali</nl></topic>\n"
      "<forbid id=\"F\" severity=\"blocking\">\n"
      "  <claim xml:lang=\"fr\">financer   la\n   junte</claim><claim xml:lang=\"fr\">payer la junte</claim>\n"
      "  <claim xml:lang=\"nl\">de junta financieren</claim>\n"
      "  <agreed xml:lang=\"fr\">Non.</agreed>\n"
      "</forbid>\n"
      "<require id=\"R\" severity=\"warning\"><claim xml:lang=\"fr\">droit humanitaire</claim>"
      "<claim xml:lang=\"nl\">humanitair recht</claim></require>\n"
      "<stance id=\"S\" value=\"abstain\" severity=\"blocking\"><subject xml:lang=\"fr\">résolution</subject>"
      "<subject xml:lang=\"nl\">resolutie</subject></stance>\n"
      "<limit id=\"L\" severity=\"warning\" unit=\"%\" min=\"0.7\" max=\"2.5\"><quantity xml:lang=\"fr\">aide</quantity>"
      "<quantity xml:lang=\"nl\">hulp</quantity></limit>\n"
      "<term id=\"T\" severity=\"warning\"><use xml:lang=\"fr\">pays partenaire</use><use xml:lang=\"nl\">partnerland</use>"
      "<avoid xml:lang=\"fr\">pays bénéficiaire</avoid><avoid xml:lang=\"nl\">begunstigd land</avoid>"
      "<except xml:lang=\"fr\">liste de l'OCDE</except></term>\n");
  auto loaded = LoadDossierBytes(xml, "d.xml");
  ASSERT_TRUE(loaded) << loaded.error().message;
  const Dossier& d = *loaded;
  EXPECT_EQ(d.id, "d");
  EXPECT_EQ(d.agreed, "2025-02-19");
  ASSERT_EQ(d.topic.size(), 2u);
  ASSERT_EQ(d.rules.size(), 5u);
  const Rule& forbid = d.rules[0];
  EXPECT_EQ(forbid.kind, RuleKind::kForbid);
  EXPECT_EQ(forbid.line, 5);
  EXPECT_EQ(Rule::In(forbid.wordings, Language::kFrench), (std::vector<std::string>{"financer la junte", "payer la junte"}));
  EXPECT_EQ(Rule::In(forbid.agreed, Language::kFrench), (std::vector<std::string>{"Non."}));
  EXPECT_EQ(d.rules[1].severity, Severity::kWarning);
  EXPECT_EQ(d.rules[2].stance, Stance::kAbstain);
  EXPECT_EQ(d.rules[3].unit, "%");
  EXPECT_DOUBLE_EQ(*d.rules[3].min, 0.7);
  EXPECT_DOUBLE_EQ(*d.rules[3].max, 2.5);
  EXPECT_EQ(Rule::In(d.rules[4].avoid, Language::kDutch), (std::vector<std::string>{"begunstigd land"}));
  EXPECT_EQ(Rule::In(d.rules[4].except, Language::kFrench), (std::vector<std::string>{"liste de l'OCDE"}));
}

struct BadFile {
  std::string body;      // after the two head lines
  std::string expected;  // the start of the message: "d.xml:LINE: ..."
  std::string reason;    // a word the message must contain
};

TEST(DossierLoader, RejectsBadFilesNamingFileLineAndReason) {
  const std::string claims = "<claim xml:lang=\"fr\">a b</claim><claim xml:lang=\"nl\">a b</claim>";
  const std::vector<BadFile> table = {
      {"\n<forbid id=\"F\" severity=\"blocking\">" + claims + "</forbid>\n<forbidden/>\n", "d.xml:5:", "forbidden"},
      {"<forbid id=\"F\" severity=\"blocking\">" + claims + "</forbid>\n<require id=\"F\" severity=\"blocking\">" + claims +
           "</require>\n",
       "d.xml:4:", "duplicate"},
      {"<forbid id=\"F\" severity=\"blocking\"><claim xml:lang=\"fr\">a b</claim></forbid>\n", "d.xml:3:", "Dutch"},
      {"<forbid id=\"F\" severity=\"fatal\">" + claims + "</forbid>\n", "d.xml:3:", "severity"},
      {"<limit id=\"L\" severity=\"warning\" max=\"1,5\"><quantity xml:lang=\"fr\">a</quantity>"
       "<quantity xml:lang=\"nl\">a</quantity></limit>\n",
       "d.xml:3:", "max"},
      {"\n\n<limit id=\"L\" severity=\"warning\" min=\"5\" max=\"2\"><quantity xml:lang=\"fr\">a</quantity>"
       "<quantity xml:lang=\"nl\">a</quantity></limit>\n",
       "d.xml:5:", "above"},
      {"<limit id=\"L\" severity=\"warning\"><quantity xml:lang=\"fr\">a</quantity><quantity xml:lang=\"nl\">a</quantity></limit>\n",
       "d.xml:3:", "neither"},
      {"<stance id=\"S\" value=\"maybe\" severity=\"blocking\"><subject xml:lang=\"fr\">a</subject>"
       "<subject xml:lang=\"nl\">a</subject></stance>\n",
       "d.xml:3:", "value"},
      {"<forbid id=\"F\" severity=\"blocking\"><claim xml:lang=\"de\">a</claim>" + claims + "</forbid>\n", "d.xml:3:", "lang"},
      {"<forbid id=\"F\" severity=\"blocking\">\n<claim xml:lang=\"fr\">a b</claim>\n</forbid\n", "d.xml:", "well-formed"},
      {"<term id=\"T\" severity=\"warning\"><avoid xml:lang=\"fr\">a</avoid><avoid xml:lang=\"nl\">a</avoid></term>\n",
       "d.xml:3:", "use"},
  };
  for (const BadFile& bad : table) {
    auto loaded = LoadDossierBytes(File(bad.body), "d.xml");
    ASSERT_FALSE(loaded) << bad.body;
    EXPECT_EQ(loaded.error().message.rfind(bad.expected, 0), 0u) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find(bad.reason), std::string::npos) << "want " << bad.reason << ": " << loaded.error().message;
  }
}

TEST(DossierLoader, RejectsAnotherNamespaceAnEmptyFileAndAMissingFile) {
  auto other = LoadDossierBytes("<redlines dossier=\"d\"/>", "x.xml");
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().message.rfind("x.xml:1:", 0), 0u) << other.error().message;
  auto empty = LoadDossierBytes(" \n", "e.xml");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, ErrorCode::kEmpty);
  auto missing = LoadDossier("/nonexistent/red.xml");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("/nonexistent/red.xml"), std::string::npos);
}

TEST(DossierLoader, ReadsAFolderInNameOrderAndStopsAtTheFirstBadFile) {
  testing::TempDir dir;
  const std::string rule = "<forbid id=\"F\" severity=\"blocking\"><claim xml:lang=\"fr\">a</claim><claim xml:lang=\"nl\">a</claim></forbid>\n";
  dir.Write("b.xml", File(rule));
  std::string second = File(rule);
  second.replace(second.find("dossier=\"d\""), 11, "dossier=\"a\"");
  dir.Write("a.xml", second);
  dir.Write("notes.txt", "not a dossier");
  auto both = LoadDossiers({dir.path()});
  ASSERT_TRUE(both) << both.error().message;
  ASSERT_EQ(both->size(), 2u);
  EXPECT_EQ((*both)[0].id, "a");
  EXPECT_EQ((*both)[1].id, "d");
  dir.Write("c.xml", "<redlines");
  auto broken = LoadDossiers({dir.path()});
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.error().message.find("c.xml"), std::string::npos) << broken.error().message;
}

// Regression (issue 20): "reprendre &xxe;" was read as the claim "reprendre".
// A rules file is refused, with its line, when anything in it cannot be read exactly.
TEST(DossierLoader, EntityDeclarationsAndDtdsAreRefusedWithTheirLine) {
  const std::string body =
      "<forbid id=\"F\" severity=\"blocking\"><claim xml:lang=\"fr\">reprendre &xxe;</claim>"
      "<claim xml:lang=\"nl\">hervatten</claim></forbid>\n</redlines>\n";
  const std::string root = "<redlines xmlns=\"urn:tandem:redlines:1\" dossier=\"d\" agreed=\"2025-02-19\">\n";
  struct Case {
    std::string doctype;
    std::string where;
    std::string says;
  } cases[] = {
      {"<!DOCTYPE redlines [\n<!ENTITY xxe \"la coopération\">\n]>\n", "r.xml:3:", "may not declare entities (<!ENTITY xxe"},
      {"<!DOCTYPE redlines [\n\n<!ENTITY xxe SYSTEM \"file:///etc/hostname\">\n]>\n", "r.xml:4:", "may not declare entities"},
      {"<!DOCTYPE redlines SYSTEM \"redlines.dtd\">\n", "r.xml:2:", "may not have a <!DOCTYPE>"},
  };
  for (const Case& c : cases) {
    const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.doctype + root + body;
    auto loaded = LoadDossierBytes(xml, "r.xml");
    ASSERT_FALSE(loaded) << c.doctype;
    EXPECT_EQ(loaded.error().message.rfind(c.where, 0), 0u) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find(c.says), std::string::npos) << loaded.error().message;
  }
  // Without a declaration the reference is not well-formed: refused with its line too.
  auto undeclared = LoadDossierBytes(File("<forbid id=\"F\" severity=\"blocking\"><claim xml:lang=\"fr\">reprendre "
                                          "&xxe;</claim><claim xml:lang=\"nl\">hervatten</claim></forbid>\n"),
                                     "u.xml");
  ASSERT_FALSE(undeclared);
  EXPECT_EQ(undeclared.error().message.rfind("u.xml:3:", 0), 0u) << undeclared.error().message;
}

}  // namespace
}  // namespace tandem::redlines
