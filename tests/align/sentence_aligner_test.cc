#include "pipeline/align/sentence_aligner.h"

#include <gtest/gtest.h>

namespace tandem::align {
namespace {

TEST(AlignSentences, PairsSentencesInsideAParagraph) {
  const auto pairs = AlignSentences(
      "La réunion s’est tenue le 2 octobre 2025 au Palais d’Egmont. Y ont participé les représentants des Régions. "
      "Le rapport sera transmis aux postes.",
      "De vergadering vond plaats op 2 oktober 2025 in het Egmontpaleis. Er namen vertegenwoordigers van de Gewesten "
      "deel. Het verslag wordt aan de posten bezorgd.");
  ASSERT_EQ(pairs.size(), 3u);
  for (const SentencePair& p : pairs) {
    EXPECT_EQ(p.fr.size(), 1u);
    EXPECT_EQ(p.nl.size(), 1u);
  }
  EXPECT_EQ(pairs[2].nl[0], "Het verslag wordt aan de posten bezorgd.");
}

TEST(AlignSentences, OneSentenceTranslatedAsTwo) {
  const auto pairs = AlignSentences(
      "La Belgique a mobilisé 38,5 millions d’euros en 2024, dont une part importante pour le déminage. "
      "Elle poursuivra cet effort.",
      "België heeft in 2024 38,5 miljoen euro vrijgemaakt. Een belangrijk deel daarvan ging naar ontmijning. "
      "Het zet die inspanning voort.");
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].fr.size(), 1u);
  EXPECT_EQ(pairs[0].nl.size(), 2u);
}

TEST(AlignSentences, EmptySide) {
  const auto pairs = AlignSentences("Une phrase. Une autre.", "");
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_TRUE(pairs[0].nl.empty());
}

}  // namespace
}  // namespace tandem::align
