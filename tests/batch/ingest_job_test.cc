#include "pipeline/batch/ingest_job.h"

#include <gtest/gtest.h>

#include "pipeline/batch/aligned_document.h"

#include "pipeline/index/searcher.h"
#include "tests/support/pdf_fixture.h"
#include "tests/support/test_files.h"

namespace tandem::batch {
namespace {

using tandem::testing::TempDir;

TEST(IngestAll, ABadFileIsReportedAndTheRestIngested) {
  TempDir dir;
  const std::string good = dir.Write("good.txt", "Belgium chairs the Benelux Committee of Ministers in 2025.\n");
  const std::string bad = dir.Write("bad.txt", "caf\xE9\n");
  auto writer = index::IndexWriter::Open(dir.Join("index"));
  ASSERT_TRUE(writer.has_value());
  std::vector<size_t> progress;
  const IngestReport report = IngestAll({{bad, ""}, {good, ""}}, *writer, {},
                                        [&](size_t done, size_t, const Input&) { progress.push_back(done); });
  ASSERT_EQ(report.outcomes.size(), 2u);
  EXPECT_FALSE(report.outcomes[0].ok);
  EXPECT_EQ(report.outcomes[0].error.code, ErrorCode::kEncoding);
  EXPECT_TRUE(report.outcomes[1].ok);
  EXPECT_EQ(report.failed(), 1u);
  EXPECT_EQ(report.units(), 1u);
  EXPECT_EQ(progress, (std::vector<size_t>{0, 1, 2}));
}

TEST(IngestAll, AFileThatTurnsBadKeepsItsPreviousUnits) {
  TempDir dir;
  const std::string path = dir.Write("note.txt", "First paragraph.\n\nSecond paragraph.\n");
  {
    auto writer = index::IndexWriter::Open(dir.Join("index"));
    ASSERT_TRUE(writer.has_value());
    EXPECT_EQ(IngestAll({{path, ""}}, *writer).units(), 2u);
    dir.Write("note.txt", "");  // emptied by mistake
    const IngestReport report = IngestAll({{path, ""}}, *writer);
    EXPECT_EQ(report.failed(), 1u);
  }
  auto searcher = index::Searcher::Open({dir.Join("index")});
  ASSERT_TRUE(searcher.has_value());
  EXPECT_EQ(searcher->Stats()->units, 2u);
}

TEST(UnitsOf, BilingualPairGivesOneUnitPerBead) {
  TempDir dir;
  const std::string fr = dir.Write("x.fr.txt", "Titre\n\nLa Belgique soutient l’Ukraine depuis 2022.\n");
  const std::string nl = dir.Write("x.nl.txt", "Titel\n\nBelgië steunt Oekraïne sinds 2022.\n");
  auto aligned = ReadAndAlign({fr, nl});
  ASSERT_TRUE(aligned.has_value());
  const auto units = UnitsOf(*aligned);
  ASSERT_EQ(units.size(), 2u);
  ASSERT_NE(units[1].in(Language::kDutch), nullptr);
  EXPECT_EQ(units[1].in(Language::kDutch)->text, "België steunt Oekraïne sinds 2022.");
  EXPECT_EQ(units[1].position, 1u);
}

// Issue 19: a French passage inside an English file is indexed as French.
TEST(UnitsOf, AParagraphInAnotherLanguageIsIndexedInItsOwn) {
  TempDir dir;
  const std::string path = dir.Write(
      "page.txt",
      "Belgium supports a rules-based international order and works for it in the European Union, in NATO and at "
      "the United Nations.\n\n"
      "La Belgique soutient un ordre international fondé sur des règles et agit en ce sens au sein de l'Union "
      "européenne, de l'OTAN et des Nations unies.\n\n"
      "Embassies and consulates help Belgians abroad who have lost their passport or need urgent assistance.\n");
  auto aligned = ReadAndAlign({path, ""});
  ASSERT_TRUE(aligned.has_value()) << aligned.error().message;
  const auto units = UnitsOf(*aligned);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_NE(units[0].in(Language::kEnglish), nullptr);
  EXPECT_NE(units[1].in(Language::kFrench), nullptr);
  EXPECT_EQ(units[1].in(Language::kEnglish), nullptr);
  EXPECT_NE(units[2].in(Language::kEnglish), nullptr);
}

// Issue 19: search hits cite the printed page (28), the physical one (1) kept beside it.
TEST(IngestAll, SearchHitsCiteThePrintedPage) {
  TempDir dir;
  std::vector<tandem::testing::PdfPage> pages;
  const std::vector<std::string> texts = {
      "La Belgique soutient le multilatéralisme fondé sur des règles et le rôle central des Nations unies.",
      "Le rapport sera transmis aux postes diplomatiques avant le dix octobre de cette année."};
  for (size_t i = 0; i < texts.size(); ++i) {
    auto page = tandem::testing::ColumnOfParagraphs({texts[i]}, 72, 120);
    page.push_back(tandem::testing::PdfLine{290, 810, std::to_string(28 + i), 9, false});
    pages.push_back(std::move(page));
  }
  const std::string path = dir.Join("rapport.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(path, pages));
  {
    auto writer = index::IndexWriter::Open(dir.Join("index"));
    ASSERT_TRUE(writer.has_value());
    EXPECT_EQ(IngestAll({{path, ""}}, *writer).units(), 2u);
  }
  auto searcher = index::Searcher::Open({dir.Join("index")});
  ASSERT_TRUE(searcher.has_value());
  index::SearchRequest request;
  request.query = "postes diplomatiques";
  auto results = searcher->Search(request);
  ASSERT_TRUE(results.has_value()) << results.error().message;
  ASSERT_FALSE(results->hits.empty());
  EXPECT_EQ(results->hits.front().page, 29);
  EXPECT_EQ(results->hits.front().physical_page, 2);
}

}  // namespace
}  // namespace tandem::batch
