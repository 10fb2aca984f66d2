#include "pipeline/ingest/printed_pages.h"

#include <gtest/gtest.h>

#include "pipeline/ingest/reader.h"
#include "tests/support/pdf_fixture.h"
#include "tests/support/test_files.h"

namespace tandem::ingest {
namespace {

using tandem::testing::TempDir;

TEST(PrintedPageNumbers, FurnitureTable) {
  struct Case {
    std::vector<std::vector<std::string>> furniture;
    std::vector<int> expected;
  };
  const std::vector<Case> cases = {
      // footers 28, 29, 30 on physical pages 1-3, a reference number in the header
      {{{"DOC 56 0767/006", "28"}, {"29", "DOC 56 0767/006"}, {"DOC 56 0767/006", "30"}},
       {28, 29, 30}},
      // two pages only: the whole number, not its last digit
      {{{"28"}, {"29"}}, {28, 29}},
      // a page without furniture between two that print their number
      {{{"- 5 -"}, {}, {"- 7 -"}}, {5, 6, 7}},
      // a number glued to a reference, as text extraction gives it
      {{{"0767/006DOC 5619"}, {"0767/006DOC 5620"}, {"0767/006DOC 5621"}}, {19, 20, 21}},
      // "Page 3 of 9": the page's own number, not the count
      {{{"Page 3 of 9"}, {"Page 4 of 9"}, {"Page 5 of 9"}}, {3, 4, 5}},
      // one page alone, or nothing that counts: unknown
      {{{"12"}}, {0}},
      {{{"Rapport 2025"}, {"Rapport 2025"}}, {0, 0}},
  };
  for (const Case& c : cases) EXPECT_EQ(PrintedPageNumbers(c.furniture), c.expected);
}

TEST(NumbersFromLabels, OnlyDecimalLabels) {
  EXPECT_EQ(NumbersFromLabels({"28", "29"}), (std::vector<int>{28, 29}));
  EXPECT_TRUE(NumbersFromLabels({"i", "ii", "1"}).empty());
  EXPECT_TRUE(NumbersFromLabels({"", ""}).empty());
}

// Issue 19: pages printed 28-30 were cited as 1-3.
TEST(ReadDocument, PdfUnitsCiteThePrintedPageNumber) {
  using tandem::testing::PdfLine;
  using tandem::testing::PdfPage;
  const std::vector<std::string> texts = {
      "La Belgique soutient le multilatéralisme fondé sur des règles et le rôle central des "
      "Nations unies.",
      "Elle plaidera pour une réforme du Conseil de sécurité et pour un financement plus "
      "prévisible.",
      "Le rapport sera transmis aux postes diplomatiques avant le 10 octobre de cette année."};
  std::vector<PdfPage> pages;
  for (int i = 0; i < 3; ++i) {
    PdfPage page = tandem::testing::ColumnOfParagraphs({texts[static_cast<size_t>(i)]}, 72, 120);
    page.push_back(PdfLine{72, 40, "Rapport annuel de la coopération", 8, false});
    page.push_back(PdfLine{290, 810, std::to_string(28 + i), 9, false});
    pages.push_back(std::move(page));
  }
  TempDir dir;
  const std::string path = dir.Join("rapport.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(path, pages));
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  const auto& blocks = doc->streams.front().blocks;
  ASSERT_EQ(blocks.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(blocks[i].text, texts[i]);
    EXPECT_EQ(blocks[i].page, 28 + static_cast<int>(i));
    EXPECT_EQ(blocks[i].physical_page, 1 + static_cast<int>(i));
  }
}

// Where printed and physical numbers agree, the physical one is not repeated.
TEST(ReadDocument, PdfPrintedNumbersEqualToPhysicalOnesKeepNoSecondNumber) {
  using tandem::testing::PdfLine;
  std::vector<tandem::testing::PdfPage> pages;
  for (int i = 0; i < 2; ++i) {
    auto page = tandem::testing::ColumnOfParagraphs(
        {"Un paragraphe de texte courant sur cette page du document."}, 72, 120);
    page.push_back(PdfLine{290, 810, std::to_string(1 + i), 9, false});
    pages.push_back(std::move(page));
  }
  TempDir dir;
  const std::string path = dir.Join("note.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(path, pages));
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  for (const Block& b : doc->streams.front().blocks) EXPECT_EQ(b.physical_page, 0);
  EXPECT_EQ(doc->streams.front().blocks.back().page, 2);
}

}  // namespace
}  // namespace tandem::ingest
