#include "pipeline/layout/page_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace tandem::layout {
namespace {

// Lays `text` out as words on one line starting at (x, y), 5 pt a character.
void AddLine(Page& page, double x, double y, const std::string& text, double size = 10, bool bold = false) {
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(i, end - i);
    const double width = 5.0 * static_cast<double>(word.size());
    page.words.push_back(PageWord{x, y, x + width, y + size, word, size, bold});
    x += width + 3;
    i = end + 1;
  }
}

Page TwoColumnPage(int number) {
  Page page{number, 595, 842, {}};
  AddLine(page, 50, 30, "DOC 12 0001/00" + std::to_string(number), 9, true);  // running header
  AddLine(page, 540, 30, std::to_string(number), 9, true);                     // page number
  AddLine(page, 50, 80, number == 1 ? "Introduction" : "Conclusion", 10, true);
  AddLine(page, 310, 80, number == 1 ? "Inleiding" : "Besluit", 10, true);
  double y = 100;
  for (int p = 0; p < 2; ++p) {
    for (int l = 0; l < 3; ++l, y += 13) {
      AddLine(page, 50, y, "ligne fr " + std::to_string(p) + std::to_string(l) + " du paragraphe");
      AddLine(page, 310, y, "regel nl " + std::to_string(p) + std::to_string(l) + " van de alinea");
    }
    y += 8;  // paragraph gap
  }
  AddLine(page, 50, 800, "RAPPORT • VERSLAG " + std::to_string(2020 + number), 8);  // footer
  return page;
}

std::vector<std::string> FirstLines(const std::vector<LaidOutBlock>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) out.push_back(b.lines.front());
  return out;
}

TEST(LayOut, TwoColumnsReadLeftThenRightWithoutFurniture) {
  const auto blocks = LayOut({TwoColumnPage(1), TwoColumnPage(2)});
  ASSERT_EQ(blocks.size(), 12u);
  EXPECT_EQ(FirstLines(blocks),
            (std::vector<std::string>{"Introduction", "ligne fr 00 du paragraphe", "ligne fr 10 du paragraphe",
                                      "Inleiding", "regel nl 00 van de alinea", "regel nl 10 van de alinea",
                                      "Conclusion", "ligne fr 00 du paragraphe", "ligne fr 10 du paragraphe",
                                      "Besluit", "regel nl 00 van de alinea", "regel nl 10 van de alinea"}));
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].lines.size(), 3u);
  EXPECT_EQ(blocks[1].page, 1);
  EXPECT_EQ(blocks[6].page, 2);
  EXPECT_NE(blocks[1].segment, blocks[4].segment);  // columns are segments
  for (const auto& b : blocks) {
    for (const auto& line : b.lines) {
      EXPECT_EQ(line.find("DOC"), std::string::npos) << line;
      EXPECT_EQ(line.find("RAPPORT"), std::string::npos) << line;
    }
  }
}

TEST(LayOut, ContentStreamOrderDoesNotMatter) {
  Page shuffled = TwoColumnPage(1);
  std::mt19937 random(7);
  std::shuffle(shuffled.words.begin(), shuffled.words.end(), random);
  EXPECT_EQ(FirstLines(LayOut({shuffled, TwoColumnPage(2)})), FirstLines(LayOut({TwoColumnPage(1), TwoColumnPage(2)})));
}

TEST(LayOut, FullWidthTitleAboveTwoColumns) {
  Page page{1, 595, 842, {}};
  AddLine(page, 50, 60, "COORDINATION DE LA POLITIQUE ETRANGERE COORDINATIE VAN HET BUITENLANDS BELEID", 12, true);
  for (int l = 0; l < 6; ++l) {
    AddLine(page, 50, 100 + 13 * l, "texte francais ligne " + std::to_string(l));
    AddLine(page, 310, 100 + 13 * l, "nederlandse tekst regel " + std::to_string(l));
  }
  const auto blocks = LayOut({page});
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[1].lines.front(), "texte francais ligne 0");
  EXPECT_EQ(blocks[2].lines.front(), "nederlandse tekst regel 0");
}

TEST(LayOut, SingleColumnFootnoteAndEndsOfLines) {
  Page page{1, 595, 842, {}};
  AddLine(page, 50, 100, "Un long paragraphe qui remplit toute la largeur de la colonne de texte");
  AddLine(page, 50, 113, "et qui se termine ici.");
  AddLine(page, 50, 134, "Un second paragraphe dont la derniere ligne remplit toute la largeur");
  AddLine(page, 50, 147, "Un second paragraphe dont la derniere ligne remplit toute la largeur");
  AddLine(page, 50, 700, "1 Voir le rapport annuel de 2024.", 7);
  const auto blocks = LayOut({page});
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_FALSE(blocks[0].ends_full_line);
  EXPECT_TRUE(blocks[1].ends_full_line);
  EXPECT_EQ(blocks[2].kind, BlockKind::kFootnote);
}

}  // namespace
}  // namespace tandem::layout
