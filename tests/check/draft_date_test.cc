// The date a draft states for itself: datelines in French, Dutch and numbers.
#include "pipeline/check/draft_date.h"

#include <gtest/gtest.h>

namespace tandem::check {
namespace {

TEST(DraftDate, DatelinesInFrenchDutchAndNumbers) {
  struct {
    const char* text;
    const char* expected;
  } const rows[] = {
      {"Bruxelles, le 1er mars 2025", "2025-03-01"},
      {"Brussel, 3 maart 2025", "2025-03-03"},
      {"Namur, le 14 Février 2024", "2024-02-14"},
      {"le 14 FÉVRIER 2024", "2024-02-14"},
      {"Gand, 28 aout 2023", "2023-08-28"},
      {"Date : 03/03/2025", "2025-03-03"},
      {"Datum: 7.11.2025", "2025-11-07"},
      {"Réunion du 2025-06-10", "2025-06-10"},
      {"Vergadering van 12 december 2025", "2025-12-12"},
      {"31 février 2025", ""},         // no such day
      {"le 12 machin 2025", ""},       // no such month
      {"Réf. 2025/123/45", ""},        // a reference number, not a date
      {"200 millions en 2025", ""},    // a year alone
      {"", ""},
  };
  for (const auto& row : rows) EXPECT_EQ(DateIn(row.text), row.expected) << row.text;
}

TEST(DraftDate, OnlyAShortParagraphAmongTheFirstFiveStatesTheDraftsDate) {
  auto side = [](std::vector<std::string> paragraphs) {
    DraftSide s;
    s.file = "d.txt";
    s.language = Language::kFrench;
    for (std::string& p : paragraphs) {
      Block b;
      b.text = std::move(p);
      s.blocks.push_back(std::move(b));
      s.numbers.push_back(s.blocks.size());
    }
    return s;
  };
  EXPECT_EQ(DraftDate({side({"Note", "Bruxelles, le 4 avril 2025", "Texte."})}), "2025-04-04");
  // A date inside a long paragraph is what the text talks about, not its date.
  const std::string long_paragraph =
      "La Belgique rappelle que le Conseil a adopté le 4 avril 2025 des conclusions sur la situation "
      "humanitaire, que notre pays a soutenues sans réserve lors de la réunion à Luxembourg.";
  EXPECT_EQ(DraftDate({side({"Note", long_paragraph})}), "");
  EXPECT_EQ(DraftDate({side({"1", "2", "3", "4", "5", "Bruxelles, le 4 avril 2025"})}), "");
  EXPECT_EQ(DraftDate({side({"Note"}), side({"Brussel, 4 april 2025"})}), "2025-04-04");
}

TEST(DraftDate, TodayIsAnIsoDate) {
  const std::string today = Today();
  ASSERT_EQ(today.size(), 10u);
  EXPECT_EQ(today[4], '-');
  EXPECT_GE(today, "2025-01-01");
}

}  // namespace
}  // namespace tandem::check
