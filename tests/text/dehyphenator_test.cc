#include "pipeline/text/dehyphenator.h"

#include <gtest/gtest.h>

namespace tandem::text {
namespace {

TEST(Dehyphenator, DecidesLineEndHyphens) {
  struct Case {
    std::string_view left, right;
    bool keeps;
  };
  const Dehyphenator no_evidence("");
  const Case cases[] = {
      {"opportu", "nités", false},       // a word cut by the line
      {"inter", "national", false},
      {"decen", "nialang", false},
      {"defensie", "industrie", true},   // Dutch vowel clash e|i
      {"zee", "eend", true},             // e|e
      {"anti", "inflation", true},       // French i|i
      {"États", "Unis", true},           // capitalised second part
      {"VS", "administraties", true},    // acronym first part
      {"NAVO", "grondgebied", true},
      {"non", "prolifération", true},    // prefix that takes a hyphen
      {"elle", "même", true},            // suffix that takes a hyphen
      {"AFFAI", "RES", false},           // a heading in capitals
  };
  for (const Case& c : cases) {
    EXPECT_EQ(no_evidence.KeepsHyphen(c.left, c.right), c.keeps) << c.left << "-" << c.right;
  }
}

TEST(Dehyphenator, TheDocumentsOwnUsageWins) {
  const Dehyphenator uses_hyphen("la porte-parole du gouvernement et la porte-parole adjointe");
  EXPECT_TRUE(uses_hyphen.KeepsHyphen("porte", "parole"));
  const Dehyphenator uses_joined("de spreekbuis van België; een spreekbuis");
  EXPECT_FALSE(uses_joined.KeepsHyphen("spreek", "buis"));
  const Dehyphenator joined_beats_clash("de coöperatie en de cooperatie");
  EXPECT_FALSE(joined_beats_clash.KeepsHyphen("co", "operatie"));
}

}  // namespace
}  // namespace tandem::text
