#include "pipeline/text/paragraphs.h"

#include <gtest/gtest.h>

namespace tandem::text {
namespace {

TEST(JoinLines, JoinsWithSpacesAndResolvesHyphenation) {
  struct Case {
    std::vector<std::string_view> lines;
    std::string expected;
  };
  const Dehyphenator dehyphenator("");
  const Case cases[] = {
      {{"Il n’y a plus de certitudes abso-", "lues."}, "Il n’y a plus de certitudes absolues."},
      {{"onze Europese defensie-", "industrie versterken"}, "onze Europese defensie-industrie versterken"},
      {{"  indented  line ", "next   line"}, "indented line next line"},
      {{"les États-", "Unis et le G7"}, "les États-Unis et le G7"},
      {{"a line ending with a dash -", "continues"}, "a line ending with a dash - continues"},
  };
  for (const Case& c : cases) EXPECT_EQ(JoinLines(c.lines, dehyphenator), c.expected);
}

TEST(GroupParagraphLines, BlankLinesAndBulletsSeparate) {
  const std::vector<std::string_view> lines = {"Premier paragraphe,", "suite.", "", "", "Deuxième :",
                                               "• point un", "• point deux", "  ", "Fin."};
  const auto groups = GroupParagraphLines(lines);
  ASSERT_EQ(groups.size(), 5u);
  EXPECT_EQ(groups[0].size(), 2u);
  EXPECT_EQ(groups[2][0], "• point un");
  EXPECT_EQ(groups[3][0], "• point deux");
  EXPECT_EQ(groups[4][0], "Fin.");
}

TEST(GroupParagraphLines, DashesStartItemsOnlyAfterALeadIn) {
  const std::vector<std::string_view> lines = {"Alle landen – zowel nieuwe als oude kandidaten", "– moeten voldoen.",
                                               "", "De voorwaarden:", "- de rechtsstaat;", "- de markt."};
  const auto groups = GroupParagraphLines(lines);
  ASSERT_EQ(groups.size(), 4u);
  EXPECT_EQ(groups[0].size(), 2u);
  EXPECT_EQ(groups[2][0], "- de rechtsstaat;");
}

TEST(ClassifyParagraph, HeadingsListsAndProse) {
  struct Case {
    std::string_view text;
    size_t lines;
    BlockKind expected;
  };
  const Case cases[] = {
      {"2.2.1. UNION EUROPÉENNE", 1, BlockKind::kHeading},
      {"[Migration]", 1, BlockKind::kHeading},
      {"Introduction", 1, BlockKind::kHeading},
      {"RODE LIJNEN", 1, BlockKind::kHeading},
      {"• La première partie traite de la sécurité.", 1, BlockKind::kListItem},
      {"1) le maintien d’un soutien militaire ;", 1, BlockKind::kListItem},
      {"Le monde a changé.", 1, BlockKind::kParagraph},
      {"¹ Voir le rapport de la Cour des comptes, p. 12.", 1, BlockKind::kFootnote},
      {"(3) Zie het verslag van het Rekenhof.", 1, BlockKind::kFootnote},
      {"Les trois pays sont convenus de ce qui suit :", 1, BlockKind::kParagraph},
  };
  for (const Case& c : cases) EXPECT_EQ(ClassifyParagraph(c.text, c.lines), c.expected) << c.text;
}

TEST(EndsSentence, LooksPastClosingQuotes) {
  EXPECT_TRUE(EndsSentence("Il a dit « oui ».”"));
  EXPECT_TRUE(EndsSentence("Is dat zo?"));
  EXPECT_FALSE(EndsSentence("et n’avons pas suffisamment renforcé nos"));
  EXPECT_FALSE(EndsSentence("les priorités suivantes :"));
}

TEST(StartsLikeContinuation, LowerCaseOrTrailingPunctuation) {
  EXPECT_TRUE(StartsLikeContinuation("murs de soutien en matière de défense"));
  EXPECT_TRUE(StartsLikeContinuation("; et ensuite"));
  EXPECT_FALSE(StartsLikeContinuation("Pour la Belgique"));
  EXPECT_FALSE(StartsLikeContinuation("• Een derde deel"));
}

}  // namespace
}  // namespace tandem::text
