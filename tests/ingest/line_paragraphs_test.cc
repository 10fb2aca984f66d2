#include "pipeline/ingest/line_paragraphs.h"

#include <gtest/gtest.h>

#include "pipeline/ingest/reader.h"
#include "tests/support/test_files.h"

namespace tandem::ingest {
namespace {

using tandem::testing::TempDir;

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.streams.front().blocks) out.push_back(b.text);
  return out;
}

TEST(DetectLineLayout, ConventionsTable) {
  struct Case {
    std::string text;
    LineConvention expected;
  };
  const std::string wrapped_para =
      "La Belgique défend depuis longtemps un ordre international fondé\n"
      "sur des règles, et elle le fait au sein de l'Union européenne, de\n"
      "l'OTAN et des Nations unies, où elle siège régulièrement.\n";
  const std::vector<Case> cases = {
      // blank lines between hard-wrapped paragraphs
      {wrapped_para + "\n" + wrapped_para + "\n" + wrapped_para, LineConvention::kBlankLines},
      // one paragraph per line, no blank line
      {"Le conseil s'est réuni lundi.\nIl a adopté trois décisions.\nLa prochaine réunion aura "
       "lieu en mai.\n",
       LineConvention::kOnePerLine},
      // one paragraph per line with a heading and a blank line
      {"Rapport annuel\nLe conseil s'est réuni lundi.\nIl a adopté trois décisions.\n\nLa réunion "
       "suivante "
       "aura lieu en mai.\nElle portera sur le budget.\n",
       LineConvention::kOnePerLine},
      // one line per paragraph, blank lines between: nothing to decide
      {"Un.\n\nDeux.\n\nTrois.\n", LineConvention::kBlankLines},
      // hard-wrapped lines, no blank line at all
      {wrapped_para + wrapped_para + wrapped_para + wrapped_para, LineConvention::kHardWrapped},
  };
  for (const Case& c : cases) {
    std::vector<Page> pages = SplitPages(c.text);
    EXPECT_EQ(DetectLineLayout(pages).convention, c.expected) << c.text;
  }
}

// Issue 19: a "save as text" file with one paragraph per line became one unit of 12 KB.
TEST(ReadDocument, OneParagraphPerLineGivesOneUnitPerLine) {
  TempDir dir;
  const std::vector<std::string> paragraphs = {
      "Consulaire bijstand",
      "Belgen in het buitenland kunnen in noodsituaties een beroep doen op de ambassade of het "
      "consulaat van hun "
      "land van verblijf.",
      "De consulaire posten helpen onder meer bij het verlies van een paspoort, bij een arrestatie "
      "of bij een "
      "ernstig ongeval.",
      "Zij kunnen geen boetes betalen, geen advocaat kosteloos ter beschikking stellen en niet "
      "tussenkomen in "
      "gerechtelijke procedures.",
      "Meer informatie",
      "Raadpleeg de reisadviezen voor uw vertrek en registreer uw reis online.",
  };
  std::string text;
  for (const std::string& p : paragraphs) text += p + "\n";
  auto doc = ReadDocument(dir.Write("bijstand.txt", text));
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(Texts(*doc), paragraphs);
}

// Hard-wrapped text without blank lines: a paragraph ends on a short line that ends a sentence.
TEST(ReadDocument, HardWrappedTextWithoutBlankLinesSplitsAtShortSentenceEnds) {
  TempDir dir;
  const std::string text =
      "La Belgique défend depuis longtemps un ordre international fondé sur\n"
      "des règles, et elle le fait au sein de l'Union européenne, de l'OTAN\n"
      "et des Nations unies.\n"
      "Notre diplomatie économique accompagne les entreprises belges sur les\n"
      "marchés étrangers, en particulier les petites et moyennes entreprises\n"
      "qui exportent pour la première fois.\n"
      "Le réseau des ambassades et des consulats reste le premier outil de\n"
      "cette politique, avec les régions et leurs agences d'exportation qui\n"
      "ont leurs propres attachés dans de nombreuses capitales.\n";
  auto doc = ReadDocument(dir.Write("note.txt", text));
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  ASSERT_EQ(doc->streams.front().blocks.size(), 3u) << text;
  EXPECT_EQ(doc->streams.front().blocks[1].text,
            "Notre diplomatie économique accompagne les entreprises belges sur les marchés "
            "étrangers, en particulier "
            "les petites et moyennes entreprises qui exportent pour la première fois.");
}

// Issue 19: a French passage inside an English page was labelled English.
TEST(ReadDocument, AParagraphInAnotherLanguageKeepsItsOwn) {
  TempDir dir;
  const std::string text =
      "Belgium supports a rules-based international order and works for it in the European Union, "
      "in NATO and "
      "at the United Nations.\n\n"
      "The ministry publishes travel advice for every country and updates it whenever the security "
      "situation "
      "changes.\n\n"
      "La Belgique soutient un ordre international fondé sur des règles et agit en ce sens au sein "
      "de l'Union "
      "européenne, de l'OTAN et des Nations unies.\n\n"
      "Embassies and consulates help Belgians abroad who have lost their passport or need urgent "
      "assistance.\n";
  auto doc = ReadDocument(dir.Write("page.txt", text));
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  ASSERT_EQ(doc->streams.size(), 1u);
  const Stream& stream = doc->streams.front();
  EXPECT_EQ(stream.language, Language::kEnglish);
  ASSERT_EQ(stream.blocks.size(), 4u);
  EXPECT_EQ(stream.blocks[0].language, Language::kEnglish);
  EXPECT_EQ(stream.blocks[2].language, Language::kFrench);
  EXPECT_EQ(stream.blocks[3].language, Language::kEnglish);
}

}  // namespace
}  // namespace tandem::ingest
