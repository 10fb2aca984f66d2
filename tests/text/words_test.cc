#include "pipeline/text/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tandem::text {
namespace {

std::vector<std::string> Texts(std::string_view input) {
  std::vector<std::string> out;
  for (const Word& w : SplitWords(input)) out.emplace_back(w.text);
  return out;
}

TEST(SplitWords, SplitsElisionsAndSkipsPunctuation) {
  struct Case {
    std::string_view input;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"l’Union européenne", {"l", "Union", "européenne"}},
      {"qu'il n'y a", {"qu", "il", "n", "y", "a"}},
      {"zo'n beleid.", {"zo", "n", "beleid"}},
      {"(OTAN/NAVO) : 2,5 %", {"OTAN", "NAVO", "2,5"}},
      {"1.540 milliards", {"1.540", "milliards"}},
      {"  ", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Texts(c.input), c.expected) << c.input;
}

TEST(SplitWords, GivesByteOffsetsAndNumberFlags) {
  const std::string text = "Dès 2025, l’État";
  const auto words = SplitWords(text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(text.substr(words[0].begin, words[0].end - words[0].begin), "Dès");
  EXPECT_TRUE(words[1].is_number);
  EXPECT_FALSE(words[3].is_number);
  EXPECT_EQ(text.substr(words[3].begin), "État");
}

}  // namespace
}  // namespace tandem::text
