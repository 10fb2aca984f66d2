#include "pipeline/align/paragraph_aligner.h"

#include <gtest/gtest.h>

#include <string>

namespace tandem::align {
namespace {

std::vector<Block> Blocks(const std::vector<std::string>& texts, BlockKind kind = BlockKind::kParagraph) {
  std::vector<Block> blocks;
  for (const std::string& t : texts) blocks.push_back(Block{t, kind, Language::kUnknown, 0});
  return blocks;
}

// "1-1 1-1 2-1" style summary of beads.
std::string Shape(const std::vector<Bead>& beads) {
  std::string out;
  for (const Bead& b : beads) {
    if (!out.empty()) out += ' ';
    out += std::to_string(b.fr_count) + "-" + std::to_string(b.nl_count);
  }
  return out;
}

const std::vector<std::string> kFrench = {
    "1. CONTEXTE",
    "Depuis le 24 février 2022, la guerre d’agression menée contre l’Ukraine viole la Charte des Nations unies.",
    "La Belgique a mobilisé 38,5 millions d’euros d’aide humanitaire en 2024, dont une part pour le déminage.",
    "Le SPF Affaires étrangères fera rapport au comité de concertation dans un délai de trente jours.",
};
const std::vector<std::string> kDutch = {
    "1. CONTEXT",
    "Sinds 24 februari 2022 schendt de aanvalsoorlog tegen Oekraïne het Handvest van de Verenigde Naties.",
    "België heeft in 2024 38,5 miljoen euro humanitaire hulp vrijgemaakt, waarvan een deel voor ontmijning.",
    "De FOD Buitenlandse Zaken brengt binnen dertig dagen verslag uit aan het Overlegcomité.",
};

TEST(AlignParagraphs, OneForOne) {
  const auto beads = AlignParagraphs(Blocks(kFrench), Blocks(kDutch));
  EXPECT_EQ(Shape(beads), "1-1 1-1 1-1 1-1");
  for (const Bead& b : beads) EXPECT_GT(b.score, 0.5);
}

TEST(AlignParagraphs, TwoFrenchParagraphsForOneDutch) {
  std::vector<std::string> fr = kFrench;
  fr[2] = "La Belgique a mobilisé 38,5 millions d’euros d’aide humanitaire en 2024.";
  fr.insert(fr.begin() + 3, "Une part importante de ce montant a servi au déminage des zones libérées.");
  std::vector<std::string> nl = kDutch;
  nl[2] = "België heeft in 2024 38,5 miljoen euro humanitaire hulp vrijgemaakt; een belangrijk deel daarvan "
          "diende voor de ontmijning van de bevrijde gebieden.";
  EXPECT_EQ(Shape(AlignParagraphs(Blocks(fr), Blocks(nl))), "1-1 1-1 2-1 1-1");
  EXPECT_EQ(Shape(AlignParagraphs(Blocks(nl), Blocks(fr))), "1-1 1-1 1-2 1-1");
}

TEST(AlignParagraphs, TwoForTwoWhenTheSplitPointsDiffer) {
  // The French cuts a passage after its first clause, the Dutch after its second:
  // neither pair of halves matches, only the two together do.
  std::vector<std::string> fr = kFrench, nl = kDutch;
  fr[2] = "La Belgique a mobilisé 38,5 millions d’euros d’aide humanitaire en 2024";
  fr.insert(fr.begin() + 3, "dont une part importante a servi au déminage des zones libérées, en coordination avec "
                            "les Nations unies et les organisations non gouvernementales actives sur le terrain.");
  nl[2] = "België heeft in 2024 38,5 miljoen euro humanitaire hulp vrijgemaakt, waarvan een belangrijk deel diende "
          "voor de ontmijning van de bevrijde gebieden,";
  nl.insert(nl.begin() + 3, "in coördinatie met de Verenigde Naties en de ngo's ter plaatse.");
  EXPECT_EQ(Shape(AlignParagraphs(Blocks(fr), Blocks(nl))), "1-1 1-1 2-2 1-1");
}

TEST(AlignParagraphs, ParagraphMissingOnOneSide) {
  std::vector<std::string> fr = kFrench;
  fr.insert(fr.begin() + 2,
            "Cette position a été arrêtée lors de la réunion de coordination du 9 avril 2025 par le gouvernement "
            "fédéral et les entités fédérées, puis transmise aux postes diplomatiques concernés.");
  const auto beads = AlignParagraphs(Blocks(fr), Blocks(kDutch));
  EXPECT_EQ(Shape(beads), "1-1 1-1 1-0 1-1 1-1");
  EXPECT_EQ(Shape(AlignParagraphs(Blocks(kDutch), Blocks(fr))), "1-1 1-1 0-1 1-1 1-1");
}

TEST(AlignParagraphs, EmptySides) {
  EXPECT_EQ(Shape(AlignParagraphs({}, {})), "");
  EXPECT_EQ(Shape(AlignParagraphs(Blocks({"Seul.", "Seule."}), {})), "1-0 1-0");
  EXPECT_EQ(Shape(AlignParagraphs({}, Blocks({"Alleen."}))), "0-1");
}

TEST(AlignParagraphs, NumbersAnchorBeadsOfSimilarLength) {
  // Same lengths everywhere: only the numbers tell which goes with which.
  const auto fr = Blocks({"Le budget est de 120 millions.", "Le délai est de 30 jours."});
  const auto nl = Blocks({"Het budget is 120 miljoen.", "De termijn is 30 dagen."});
  const auto beads = AlignParagraphs(fr, nl);
  EXPECT_EQ(Shape(beads), "1-1 1-1");
  EXPECT_GT(beads[0].score, 0.7);
}

TEST(AlignParagraphs, MismatchedLengthsAreNotPairedWithConfidence) {
  const auto beads = AlignParagraphs(
      Blocks({"Court."}),
      Blocks({"Een veel langere alinea die helemaal niet overeenkomt met de korte Franse tekst ertegenover, "
              "met nog meer woorden om het verschil in lengte duidelijk te maken voor de aligner."}));
  for (const Bead& b : beads) {
    if (b.fr_count > 0 && b.nl_count > 0) {
      EXPECT_LT(b.score, 0.5);
    }
  }
}

TEST(AlignParagraphs, LongDocumentsStayOnTheDiagonal) {
  // 3,000 paragraphs a side in a band: every bead 1-1 and in order.
  std::vector<std::string> fr, nl;
  for (int i = 0; i < 3000; ++i) {
    std::string filler(static_cast<size_t>(40 + (i * 37) % 300), 'x');
    fr.push_back("Paragraphe " + std::to_string(i) + " " + filler);
    nl.push_back("Alinea " + std::to_string(i) + " " + filler);
  }
  const auto beads = AlignParagraphs(Blocks(fr), Blocks(nl));
  ASSERT_EQ(beads.size(), 3000u);
  for (size_t i = 0; i < beads.size(); ++i) {
    ASSERT_EQ(beads[i].fr_begin, i);
    ASSERT_EQ(beads[i].nl_begin, i);
  }
}

}  // namespace
}  // namespace tandem::align
