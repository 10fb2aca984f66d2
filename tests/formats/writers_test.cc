#include "pipeline/formats/writers.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/test_files.h"

namespace tandem::formats {
namespace {

using tandem::testing::ReadAll;
using tandem::testing::SourceDir;
using tandem::testing::TempDir;

std::vector<AlignedUnit> SampleUnits() {
  std::vector<AlignedUnit> units(3);
  units[0].fr = {"La Belgique consacrera 38,5 millions d’euros <au> déminage & à l’aide."};
  units[0].nl = {"België besteedt 35,5 miljoen euro aan ontmijning en hulp."};
  units[0].score = 0.93;
  units[0].page = 2;
  units[0].flags.push_back(qa::Flag{qa::FlagKind::kNumbers, "numbers differ: FR 38,5 millions / NL 35,5 miljoen",
                                    {"38,5 millions"}, {"35,5 miljoen"}});
  units[1].fr = {"Un paragraphe présent en français seulement."};
  units[1].score = 0.2;
  units[1].flags.push_back(qa::Flag{qa::FlagKind::kOneSided, "paragraph in French only", {}, {}});
  units[2].fr = {"Première phrase.", "Seconde phrase."};
  units[2].nl = {"Eerste en tweede zin samen."};
  units[2].score = 0.81;
  return units;
}

AlignmentInfo Info() {
  AlignmentInfo info;
  info.fr_source = "note.fr.txt";
  info.nl_source = "note.nl.txt";
  info.title = "Note <test>";
  info.tool_version = "0.1.0";
  info.creation_date = "20251122T070000Z";
  return info;
}

TEST(WriteJsonl, OneBeadPerLineWithScoreAndFlags) {
  std::istringstream lines(WriteJsonl(SampleUnits()));
  std::string line;
  std::vector<nlohmann::json> beads;
  while (std::getline(lines, line)) beads.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(beads.size(), 3u);
  EXPECT_EQ(beads[0]["page"], 2);
  EXPECT_EQ(beads[0]["flags"][0]["type"], "numbers");
  EXPECT_EQ(beads[0]["flags"][0]["fr"][0], "38,5 millions");
  EXPECT_TRUE(beads[1]["nl"].empty());
  EXPECT_EQ(beads[2]["fr"].size(), 2u);
}

TEST(WriteTsv, HeaderAndOneLinePerUnit) {
  const std::string tsv = WriteTsv(SampleUnits());
  EXPECT_EQ(std::count(tsv.begin(), tsv.end(), '\n'), 4);
  EXPECT_EQ(tsv.rfind("fr\tnl\tscore\tflags\n", 0), 0u);
  EXPECT_NE(tsv.find("\t0.930\tnumbers\n"), std::string::npos);
}

TEST(WriteTmx, ValidAgainstTheTmx14bDtd) {
  TempDir dir;
  const std::string path = dir.Write("out.tmx", WriteTmx(SampleUnits(), Info()));
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET), xmlFreeDoc);
  ASSERT_NE(doc, nullptr);
  const std::string dtd_path = SourceDir() + "/tests/data/tmx14.dtd";
  std::unique_ptr<xmlDtd, decltype(&xmlFreeDtd)> dtd(xmlParseDTD(nullptr, reinterpret_cast<const xmlChar*>(dtd_path.c_str())),
                                                     xmlFreeDtd);
  ASSERT_NE(dtd, nullptr);
  std::unique_ptr<xmlValidCtxt, decltype(&xmlFreeValidCtxt)> context(xmlNewValidCtxt(), xmlFreeValidCtxt);
  EXPECT_EQ(xmlValidateDtd(context.get(), doc.get(), dtd.get()), 1);
  // Two-sided units only, with both language variants.
  const std::string tmx = ReadAll(path);
  size_t tus = 0;
  for (size_t at = tmx.find("<tu "); at != std::string::npos; at = tmx.find("<tu ", at + 1)) ++tus;
  EXPECT_EQ(tus, 2u);
  EXPECT_NE(tmx.find("srclang=\"fr-BE\""), std::string::npos);
  EXPECT_NE(tmx.find("<tuv xml:lang=\"nl-BE\">"), std::string::npos);
  EXPECT_NE(tmx.find("&lt;au&gt; déminage &amp;"), std::string::npos);
  EXPECT_NE(tmx.find("creationdate=\"20251122T070000Z\""), std::string::npos);
}

TEST(WriteXliff, ParsesWithMatchingSourcesAndTargets) {
  for (bool dutch_source : {false, true}) {
    const std::string xliff = WriteXliff(SampleUnits(), Info(), dutch_source);
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xliff.data(), static_cast<int>(xliff.size()), "x.xlf", nullptr, XML_PARSE_NONET), xmlFreeDoc);
    ASSERT_NE(doc, nullptr);
    size_t sources = 0, targets = 0;
    std::vector<const xmlNode*> stack{xmlDocGetRootElement(doc.get())};
    std::string first_source;
    while (!stack.empty()) {
      const xmlNode* n = stack.back();
      stack.pop_back();
      if (n->type == XML_ELEMENT_NODE) {
        const std::string name = reinterpret_cast<const char*>(n->name);
        if (name == "source") {
          ++sources;
          xmlChar* t = xmlNodeGetContent(n);
          if (first_source.empty()) first_source = reinterpret_cast<const char*>(t);
          xmlFree(t);
        }
        targets += name == "target";
      }
      for (const xmlNode* c = n->children; c; c = c->next) stack.push_back(c);
    }
    EXPECT_EQ(sources, 2u);
    EXPECT_EQ(targets, sources);
    EXPECT_NE(xliff.find(dutch_source ? "srcLang=\"nl-BE\" trgLang=\"fr-BE\"" : "srcLang=\"fr-BE\" trgLang=\"nl-BE\""),
              std::string::npos);
  }
}

TEST(WriteHtml, SummaryRowsAndMarkedWords) {
  const std::string html = WriteHtml(SampleUnits(), Info());
  EXPECT_NE(html.find("<title>Alignment review: Note &lt;test&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("low confidence: 1"), std::string::npos);
  EXPECT_NE(html.find("data-type=\"numbers\">numbers: 1"), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"numbers\""), std::string::npos);
  EXPECT_NE(html.find(">38,5 millions</mark>"), std::string::npos);
  EXPECT_NE(html.find("class=\"bead low flagged\""), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

// The review page as headless Chromium renders it.
TEST(WriteHtml, RendersInHeadlessChromium) {
  ASSERT_FALSE(ReadAll("/usr/bin/chromium").empty()) << "Debian's chromium is needed: tools/install-deps.sh installs it";
  TempDir dir;
  const std::string page = dir.Write("review.html", WriteHtml(SampleUnits(), Info()));
  const std::string rendered = tandem::testing::RenderInChromium(page, dir);
  ASSERT_FALSE(rendered.empty()) << ReadAll(dir.Join("chromium.err"));
  EXPECT_NE(rendered.find("<mark class=\"numbers\""), std::string::npos) << rendered.substr(0, 500);
  EXPECT_NE(rendered.find("data-type=\"one-sided\""), std::string::npos);
  EXPECT_NE(rendered.find("id=\"only-flagged\""), std::string::npos);
}

TEST(WriteText, SideBySideWithFlags) {
  const std::string text = WriteText(SampleUnits(), 80);
  EXPECT_NE(text.find("#1 1-1  score 0.93"), std::string::npos);
  EXPECT_NE(text.find("! numbers: numbers differ"), std::string::npos);
  EXPECT_NE(text.find("#2 1-0  score 0.20  (check)"), std::string::npos);
  EXPECT_NE(text.find(" | "), std::string::npos);
}

}  // namespace
}  // namespace tandem::formats
