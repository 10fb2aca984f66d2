// Real documents are not translated paragraph for paragraph: these tests take
// FR/NL pairs of the bundled corpus, change the Dutch side (a paragraph left
// out, split in two, merged with the next, a heading added) and check that
// the aligner finds exactly that bead and keeps the rest 1-1.
#include <gtest/gtest.h>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/ingest/reader.h"
#include "tests/support/test_files.h"

namespace tandem::align {
namespace {

struct Pair {
  std::vector<Block> fr, nl;
};

Pair Read(const std::string& name) {
  const std::string base = tandem::testing::SourceDir() + "/corpus/pairs/" + name;
  auto doc = ingest::ReadPair(base + ".fr.txt", base + ".nl.txt");
  EXPECT_TRUE(doc.has_value());
  return {doc->streams[0].blocks, doc->streams[1].blocks};
}

std::string Shape(const std::vector<Bead>& beads) {
  std::string out;
  for (const Bead& b : beads) out += std::to_string(b.fr_count) + std::to_string(b.nl_count) + " ";
  return out;
}

// The expected shape: all 1-1 but `special` at bead `at`.
std::string Expected(size_t beads, size_t at, const std::string& special) {
  std::string out;
  for (size_t i = 0; i < beads; ++i) out += (i == at ? special : "11") + " ";
  return out;
}

class PerturbedCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(PerturbedCorpus, UntouchedPairIsAllOneToOne) {
  Pair p = Read(GetParam());
  ASSERT_EQ(p.fr.size(), p.nl.size());
  EXPECT_EQ(Shape(AlignParagraphs(p.fr, p.nl)), Expected(p.fr.size(), p.fr.size(), ""));
}

TEST_P(PerturbedCorpus, OmittedParagraph) {
  Pair p = Read(GetParam());
  const size_t k = p.nl.size() / 2;
  p.nl.erase(p.nl.begin() + static_cast<long>(k));
  EXPECT_EQ(Shape(AlignParagraphs(p.fr, p.nl)), Expected(p.fr.size(), k, "10"));
}

TEST_P(PerturbedCorpus, SplitParagraph) {
  Pair p = Read(GetParam());
  // Split the longest Dutch paragraph that has two sentences, at a sentence boundary.
  size_t k = p.nl.size();
  for (size_t i = 0; i < p.nl.size(); ++i) {
    if (p.nl[i].text.find(". ", 20) == std::string::npos) continue;
    if (k == p.nl.size() || p.nl[i].text.size() > p.nl[k].text.size()) k = i;
  }
  ASSERT_LT(k, p.nl.size());
  const std::string text = p.nl[k].text;
  const size_t cut = text.find(". ", 20);
  ASSERT_NE(cut, std::string::npos);
  p.nl[k].text = text.substr(0, cut + 1);
  p.nl.insert(p.nl.begin() + static_cast<long>(k) + 1, Block{text.substr(cut + 2), BlockKind::kParagraph, Language::kDutch, 0});
  std::string expected;
  for (size_t i = 0; i < p.fr.size(); ++i) expected += (i == k ? "12" : "11") + std::string(" ");
  EXPECT_EQ(Shape(AlignParagraphs(p.fr, p.nl)), expected);
}

TEST_P(PerturbedCorpus, MergedParagraphs) {
  Pair p = Read(GetParam());
  // Merge the two longest neighbouring prose paragraphs of the Dutch side.
  size_t k = 0, best = 0;
  for (size_t i = 0; i + 1 < p.nl.size(); ++i) {
    const size_t len = std::min(p.nl[i].text.size(), p.nl[i + 1].text.size());
    if (len > best) best = len, k = i;
  }
  p.nl[k].text += " " + p.nl[k + 1].text;
  p.nl.erase(p.nl.begin() + static_cast<long>(k) + 1);
  std::string expected;
  for (size_t i = 0; i < p.fr.size(); ++i) {
    if (i == k + 1) continue;
    expected += (i == k ? "21" : "11") + std::string(" ");
  }
  EXPECT_EQ(Shape(AlignParagraphs(p.fr, p.nl)), expected);
}

TEST_P(PerturbedCorpus, HeadingOnOneSideOnly) {
  Pair p = Read(GetParam());
  const size_t k = 2;
  p.nl.insert(p.nl.begin() + k, Block{"[Toelichting]", BlockKind::kHeading, Language::kDutch, 0});
  std::string expected;
  for (size_t i = 0; i < p.fr.size(); ++i) {
    if (i == k) expected += "01 ";
    expected += "11 ";
  }
  EXPECT_EQ(Shape(AlignParagraphs(p.fr, p.nl)), expected);
}

TEST_P(PerturbedCorpus, FootnoteOnOneSideOnly) {
  Pair p = Read(GetParam());
  const size_t k = p.fr.size() / 2;
  p.fr.insert(p.fr.begin() + static_cast<long>(k) + 1,
              Block{"¹ Voir le rapport annuel de la Cour des comptes de 2024, p. 12.", BlockKind::kFootnote,
                    Language::kFrench, 0});
  std::string expected;
  for (size_t i = 0; i < p.fr.size(); ++i) expected += (i == k + 1 ? "10" : "11") + std::string(" ");
  EXPECT_EQ(Shape(AlignParagraphs(p.fr, p.nl)), expected);
}

INSTANTIATE_TEST_SUITE_P(Corpus, PerturbedCorpus,
                         ::testing::Values("ukraine-support", "sahel-development", "un-human-rights-council",
                                           "climate-finance", "benelux-energy"));

}  // namespace
}  // namespace tandem::align
