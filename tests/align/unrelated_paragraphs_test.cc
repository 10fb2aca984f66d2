// Documents that string together unrelated texts and their translations (a
// list of written questions, a dossier of notes): neighbouring paragraphs
// share nothing but the register, so a wrong pairing is not "nearly right".
// The fixture holds twelve such questions in French and in Dutch, written
// for these tests; each test changes one side and checks that the aligner
// finds exactly that change and keeps every other pair 1-1.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/ingest/reader.h"
#include "tests/support/test_files.h"

namespace tandem::align {
namespace {

struct Pair {
  std::vector<Block> fr, nl;
};

Pair Questions() {
  const std::string base = tandem::testing::SourceDir() + "/tests/data/align/questions";
  auto doc = ingest::ReadPair(base + ".fr.txt", base + ".nl.txt");
  EXPECT_TRUE(doc.has_value());
  Pair pair{doc->streams[0].blocks, doc->streams[1].blocks};
  EXPECT_EQ(pair.fr.size(), 12u);
  EXPECT_EQ(pair.nl.size(), 12u);
  return pair;
}

// Beads as "fr-nl" counts with their first French and Dutch block: "1-1@3,3".
std::vector<std::string> Describe(const std::vector<Bead>& beads) {
  std::vector<std::string> out;
  for (const Bead& b : beads) {
    out.push_back(std::to_string(b.fr_count) + "-" + std::to_string(b.nl_count) + "@" +
                  std::to_string(b.fr_begin) + "," + std::to_string(b.nl_begin));
  }
  return out;
}

// All 1-1 from (fr, nl) onwards over `count` pairs.
void AddOneToOne(std::vector<std::string>* out, size_t fr, size_t nl, size_t count) {
  for (size_t k = 0; k < count; ++k)
    out->push_back("1-1@" + std::to_string(fr + k) + "," + std::to_string(nl + k));
}

// Cuts a paragraph after its first sentence ending in '.' or '?', followed by a space.
std::pair<std::string, std::string> CutAfterFirstSentence(const std::string& text) {
  const size_t cut = text.find_first_of(".?");
  EXPECT_NE(cut, std::string::npos);
  return {text.substr(0, cut + 1), text.substr(cut + 2)};
}

TEST(UnrelatedParagraphs, UntouchedIsAllOneToOneWithConfidence) {
  const Pair q = Questions();
  const auto beads = AlignParagraphs(q.fr, q.nl);
  std::vector<std::string> expected;
  AddOneToOne(&expected, 0, 0, 12);
  EXPECT_EQ(Describe(beads), expected);
  for (const Bead& b : beads) EXPECT_GT(b.score, 0.5);  // none worth a human look
}

TEST(UnrelatedParagraphs, TwoPairsAreNotGluedWhenLengthsWouldAgreeBetterMerged) {
  // Pairs 4 and 5 get translations whose lengths err in opposite directions
  // (a sentence added on the Dutch side of one, removed from the other), so
  // that the 2-2 bead of both has the better length agreement: the words
  // still say there are two pairs.
  Pair q = Questions();
  q.nl[4].text +=
      " De minister antwoordde dat de kwekers binnen drie maanden worden vergoed, zoals bij "
      "eerdere uitbraken.";
  q.nl[5].text = q.nl[5].text.substr(0, q.nl[5].text.rfind(" Is een"));
  const auto beads = AlignParagraphs(q.fr, q.nl);
  std::vector<std::string> expected;
  AddOneToOne(&expected, 0, 0, 12);
  EXPECT_EQ(Describe(beads), expected);
}

TEST(UnrelatedParagraphs, AParagraphDroppedInTheMiddleIsOneSided) {
  for (size_t dropped : {3u, 6u, 8u}) {
    SCOPED_TRACE("Dutch paragraph " + std::to_string(dropped) + " dropped");
    Pair q = Questions();
    q.nl.erase(q.nl.begin() + static_cast<long>(dropped));
    std::vector<std::string> expected;
    AddOneToOne(&expected, 0, 0, dropped);
    expected.push_back("1-0@" + std::to_string(dropped) + "," + std::to_string(dropped));
    AddOneToOne(&expected, dropped + 1, dropped, 11 - dropped);
    EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
  }
  for (size_t dropped : {2u, 7u}) {
    SCOPED_TRACE("French paragraph " + std::to_string(dropped) + " dropped");
    Pair q = Questions();
    q.fr.erase(q.fr.begin() + static_cast<long>(dropped));
    std::vector<std::string> expected;
    AddOneToOne(&expected, 0, 0, dropped);
    expected.push_back("0-1@" + std::to_string(dropped) + "," + std::to_string(dropped));
    AddOneToOne(&expected, dropped, dropped + 1, 11 - dropped);
    EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
  }
}

TEST(UnrelatedParagraphs, TwoParagraphsDroppedOnEitherSide) {
  Pair q = Questions();
  q.nl.erase(q.nl.begin() + 9);
  q.fr.erase(q.fr.begin() + 4);
  // French 0-3 with Dutch 0-3, Dutch 4 alone, French 4-7 with Dutch 5-8
  // (French 4-7 are the questions 5-8), French 8 (question 9) alone, the rest paired.
  std::vector<std::string> expected;
  AddOneToOne(&expected, 0, 0, 4);
  expected.push_back("0-1@4,4");
  AddOneToOne(&expected, 4, 5, 4);
  expected.push_back("1-0@8,9");
  AddOneToOne(&expected, 9, 9, 2);
  EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
}

TEST(UnrelatedParagraphs, AParagraphSplitInTwoIsOneToTwo) {
  for (size_t split : {1u, 5u, 10u}) {
    SCOPED_TRACE("Dutch paragraph " + std::to_string(split) + " split after its first sentence");
    Pair q = Questions();
    auto [head, tail] = CutAfterFirstSentence(q.nl[split].text);
    q.nl[split].text = head;
    q.nl.insert(q.nl.begin() + static_cast<long>(split) + 1,
                Block{tail, BlockKind::kParagraph, Language::kDutch, 0});
    std::vector<std::string> expected;
    AddOneToOne(&expected, 0, 0, split);
    expected.push_back("1-2@" + std::to_string(split) + "," + std::to_string(split));
    AddOneToOne(&expected, split + 1, split + 2, 11 - split);
    EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
  }
  for (size_t split : {3u, 9u}) {
    SCOPED_TRACE("French paragraph " + std::to_string(split) + " split before its last question");
    Pair q = Questions();
    const std::string text = q.fr[split].text;
    const size_t cut = text.rfind("? ") + 2;
    q.fr[split].text = text.substr(0, cut - 1);
    q.fr.insert(q.fr.begin() + static_cast<long>(split) + 1,
                Block{text.substr(cut), BlockKind::kParagraph, Language::kFrench, 0});
    std::vector<std::string> expected;
    AddOneToOne(&expected, 0, 0, split);
    expected.push_back("2-1@" + std::to_string(split) + "," + std::to_string(split));
    AddOneToOne(&expected, split + 2, split + 1, 11 - split);
    EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
  }
}

TEST(UnrelatedParagraphs, ASplitOffQuestionJoinsItsParagraphWhenLengthsPointToTheNext) {
  // The Dutch side of question 3 has its last question as a paragraph of its
  // own, and the translation of question 4 left out its last sentence: by
  // lengths alone the cut-off question would go with question 4 (the fragment
  // plus the short translation match the French question 4). Its words say
  // it is the end of question 3.
  Pair q = Questions();
  const std::string text = q.nl[3].text;
  const size_t cut = text.rfind("? ") + 2;
  q.nl[3].text = text.substr(0, cut - 1);
  q.nl[4].text = q.nl[4].text.substr(0, q.nl[4].text.rfind(" Zullen"));
  q.nl.insert(q.nl.begin() + 4,
              Block{text.substr(cut), BlockKind::kParagraph, Language::kDutch, 0});
  std::vector<std::string> expected;
  AddOneToOne(&expected, 0, 0, 3);
  expected.push_back("1-2@3,3");
  AddOneToOne(&expected, 4, 5, 8);
  EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
}

TEST(UnrelatedParagraphs, TwoDropsCloseTogetherDoNotShiftThePairBetween) {
  // Dutch 5 and 7 are missing: French 6 must still find Dutch 6 between two
  // one-sided French paragraphs, not slide into a shifted pair.
  Pair q = Questions();
  q.nl.erase(q.nl.begin() + 7);
  q.nl.erase(q.nl.begin() + 5);
  std::vector<std::string> expected;
  AddOneToOne(&expected, 0, 0, 5);
  expected.push_back("1-0@5,5");
  expected.push_back("1-1@6,5");
  expected.push_back("1-0@7,6");
  AddOneToOne(&expected, 8, 6, 4);
  EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
}

TEST(UnrelatedParagraphs, ASplitNextToADropIsStillFound) {
  // Dutch 6 is missing and Dutch 7 is cut in two: a one-sided French block
  // next to a 1-2 bead, both found.
  Pair q = Questions();
  auto [head, tail] = CutAfterFirstSentence(q.nl[7].text);
  q.nl[7].text = head;
  q.nl.insert(q.nl.begin() + 8, Block{tail, BlockKind::kParagraph, Language::kDutch, 0});
  q.nl.erase(q.nl.begin() + 6);
  std::vector<std::string> expected;
  AddOneToOne(&expected, 0, 0, 6);
  expected.push_back("1-0@6,6");
  expected.push_back("1-2@7,6");
  AddOneToOne(&expected, 8, 8, 4);
  EXPECT_EQ(Describe(AlignParagraphs(q.fr, q.nl)), expected);
}

TEST(UnrelatedParagraphs, WrongPairsScoreLowOneSidedBeadsHonestly) {
  // Nothing on the Dutch side translates the French: whatever the aligner
  // pairs, it must not be confident about it.
  Pair q = Questions();
  std::vector<Block> fr(q.fr.begin(), q.fr.begin() + 6);
  std::vector<Block> nl(q.nl.begin() + 6, q.nl.end());
  for (const Bead& b : AlignParagraphs(fr, nl)) {
    if (b.fr_count > 0 && b.nl_count > 0) {
      EXPECT_LT(b.score, 0.5);
    }
  }
}

}  // namespace
}  // namespace tandem::align
