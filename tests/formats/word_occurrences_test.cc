#include "pipeline/formats/word_occurrences.h"

#include <gtest/gtest.h>

namespace tandem::formats {
namespace {

TEST(WordOccurrences, FindsWholeWordsOnly) {
  const struct {
    std::string text;
    std::vector<std::string> words;
    std::vector<std::pair<size_t, size_t>> expected;
  } cases[] = {
      {"12 millions et 120 millions", {"12 millions"}, {{0, 11}}},
      {"OTAN, l'OTAN", {"OTAN"}, {{0, 4}, {8, 12}}},
      {"nationale", {"nation"}, {}},
      {"ne … pas", {"ne"}, {{0, 2}}},
      {"Écosse et écosse", {"Écosse"}, {{0, 7}}},
      {"0,7 %", {"0,7 %"}, {{0, 5}}},
  };
  for (const auto& c : cases) EXPECT_EQ(WordOccurrences(c.text, c.words), c.expected) << c.text;
}

}  // namespace
}  // namespace tandem::formats
