#include "pipeline/ingest/furniture.h"

#include <gtest/gtest.h>

namespace tandem::ingest {
namespace {

TEST(FindFurniture, RepeatedHeadersPageNumbersAndFootersButNotContent) {
  std::vector<Page> pages = {
      {1, {"DOC 12 0001/002", "", "Premier paragraphe du texte.", "", "12", ""}},
      {2, {"DOC 12 0001/003", "", "Conclusion", "", "Deuxième paragraphe.", "", "13"}},
      {3, {"Troisième paragraphe.", "", "Conclusion", "", "R A P P O R T   D E   L A   C H A M B R E"}},
  };
  const auto furniture = FindFurniture(pages);
  EXPECT_TRUE(furniture[0][0]);   // running header, digits differ
  EXPECT_FALSE(furniture[0][2]);  // prose
  EXPECT_TRUE(furniture[0][4]);   // page number
  EXPECT_TRUE(furniture[1][0]);
  EXPECT_FALSE(furniture[1][2]);  // a heading repeated twice without digits is content
  EXPECT_TRUE(furniture[1][6]);
  EXPECT_FALSE(furniture[2][2]);
  EXPECT_TRUE(furniture[2][4]);   // letter-spaced footer
}

}  // namespace
}  // namespace tandem::ingest
