#include "pipeline/ingest/pages.h"

#include <gtest/gtest.h>

namespace tandem::ingest {
namespace {

TEST(SplitPages, FormFeedsOrSingleSpaceMarks) {
  EXPECT_EQ(SplitPages("page one\n\fpage two\n\fpage three").size(), 3u);
  // Lines opening with exactly one space mark pages when they are few.
  std::string marked = " Titre\n\nun\ndeux\ntrois\nquatre\ncinq\n six\nsept\nhuit\nneuf\ndix\nonze\ndouze\ntreize\n"
                       "quatorze\nquinze\nseize\ndix-sept\ndix-huit\ndix-neuf\nvingt\n";
  const auto pages = SplitPages(marked);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[1].lines.front(), " six");
  EXPECT_EQ(SplitPages("no marks\nat all\n").size(), 1u);
  // Indented text everywhere is not a page mark.
  EXPECT_EQ(SplitPages(" a\n b\n c\n d\n").size(), 1u);
}

TEST(BlocksFromPages, DropsFurnitureAndMarksSegments) {
  const std::string text =
      "HDR 1\n\nLe premier paragraphe est coupé par la fin de la\n\nFOOTER 1\n\f"
      "HDR 2\n\npage et continue ici.\n\nFOOTER 2\n";
  const auto pages = SplitPages(text);
  const auto blocks = BlocksFromPages(pages, text::Dehyphenator(text));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "Le premier paragraphe est coupé par la fin de la");
  EXPECT_EQ(blocks[0].page, 1);
  EXPECT_EQ(blocks[1].text, "page et continue ici.");
  EXPECT_EQ(blocks[1].page, 2);
  EXPECT_NE(blocks[0].segment, blocks[1].segment);
}

TEST(BlocksFromPages, FurnitureInsideAPageStartsASegment) {
  const std::string text =
      "Un paragraphe de la première page physique\n\nDOC 7 0001/001\n\nsuite sur la deuxième.\n\f"
      "Autre page.\n\nDOC 7 0001/002\n\nFin.\n";
  const auto blocks = BlocksFromPages(SplitPages(text), text::Dehyphenator(text));
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_NE(blocks[0].segment, blocks[1].segment);
  EXPECT_EQ(blocks[1].page, 1);
}

}  // namespace
}  // namespace tandem::ingest
