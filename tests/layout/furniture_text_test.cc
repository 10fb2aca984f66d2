#include "pipeline/layout/furniture_text.h"

#include <gtest/gtest.h>

namespace tandem::layout {
namespace {

TEST(FurnitureKey, MasksDigitsAndSpaces) {
  EXPECT_EQ(FurnitureKey("0767/006DOC 5618"), FurnitureKey("0767/006DOC 5620"));
  EXPECT_NE(FurnitureKey("DOC 5618"), FurnitureKey("Introduction"));
}

TEST(IsLetterSpaced, ChamberFootersButNotProse) {
  EXPECT_TRUE(IsLetterSpaced("K A M E R • 2e   Z I T T I N G  VA N  D E  5 6 e   Z I T T I N G S P E R I O D E"));
  EXPECT_TRUE(IsLetterSpaced("C O O R D I N A T I O N   •   C O Ö R D I N A T I E   2 0 2 5"));
  EXPECT_FALSE(IsLetterSpaced("La Belgique a un rôle à jouer et y a pris part."));
  EXPECT_FALSE(IsLetterSpaced("A B C"));
}

}  // namespace
}  // namespace tandem::layout
