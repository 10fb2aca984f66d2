#include "pipeline/text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tandem::text {
namespace {

std::vector<std::string> Split(std::string_view text, Language language) {
  std::vector<std::string> out;
  for (std::string_view s : SplitSentences(text, language)) out.emplace_back(s);
  return out;
}

TEST(SplitSentences, FrenchDoesNotBreakAtAbbreviations) {
  struct Case {
    std::string_view input;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"La Belgique soutient l’Ukraine. Elle le fera encore.",
       {"La Belgique soutient l’Ukraine.", "Elle le fera encore."}},
      {"Voir l’art. 167 de la Constitution. Le Roi dirige les relations.",
       {"Voir l’art. 167 de la Constitution.", "Le Roi dirige les relations."}},
      {"Des partenaires, p. ex. Le Luxembourg, ont signé. Nous aussi.",
       {"Des partenaires, p. ex. Le Luxembourg, ont signé.", "Nous aussi."}},
      {"Le budget atteint 1.540 millions. Il augmente.", {"Le budget atteint 1.540 millions.", "Il augmente."}},
      {"M. Dupont a parlé. Mme Martin aussi.", {"M. Dupont a parlé.", "Mme Martin aussi."}},
  };
  for (const Case& c : cases) EXPECT_EQ(Split(c.input, Language::kFrench), c.expected) << c.input;
}

TEST(SplitSentences, DutchDoesNotBreakAtAbbreviations) {
  struct Case {
    std::string_view input;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"België steunt Oekraïne. Het blijft dat doen.", {"België steunt Oekraïne.", "Het blijft dat doen."}},
      {"Partners, bv. Nederland, tekenden. Wij ook.", {"Partners, bv. Nederland, tekenden.", "Wij ook."}},
      {"Zie nr. 12 van het verslag. Dat is duidelijk.", {"Zie nr. 12 van het verslag.", "Dat is duidelijk."}},
      {"Dit geldt o.a. voor Benelux. En verder?", {"Dit geldt o.a. voor Benelux.", "En verder?"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Split(c.input, Language::kDutch), c.expected) << c.input;
}

// ICU does not break before a lower-case word, but a list marker after a full
// stop opens a new item: the items of a lettered or numbered list run into one
// paragraph are sentences of their own.
TEST(SplitSentences, AListMarkerAfterAFullStopOpensASentence) {
  struct Case {
    std::string_view input;
    Language language;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"a) La Belgique soutient le texte. b) Elle refuse toute dérogation.", Language::kFrench,
       {"a) La Belgique soutient le texte.", "b) Elle refuse toute dérogation."}},
      {"1) Wij steunen de resolutie. 2) Wij verwerpen elke uitzondering! iii) Wij onthouden ons.",
       Language::kDutch,
       {"1) Wij steunen de resolutie.", "2) Wij verwerpen elke uitzondering!", "iii) Wij onthouden ons."}},
      // Not a marker: a word in brackets, a three-digit number, a marker inside a sentence.
      {"Le point b) reste ouvert. Voir le point c) ci-dessous.", Language::kFrench,
       {"Le point b) reste ouvert.", "Voir le point c) ci-dessous."}},
      {"Il cite la note. (voir) plus loin.", Language::kFrench, {"Il cite la note. (voir) plus loin."}},
      {"Zie bijlage. 123) is geen punt.", Language::kDutch, {"Zie bijlage. 123) is geen punt."}},
      // After an abbreviation the marker continues the sentence.
      {"Zie o.a. b) van het verslag.", Language::kDutch, {"Zie o.a. b) van het verslag."}},
  };
  for (const Case& c : cases) EXPECT_EQ(Split(c.input, c.language), c.expected) << c.input;
}

}  // namespace
}  // namespace tandem::text
