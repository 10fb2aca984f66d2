#include "pipeline/batch/ingest_job.h"

#include <gtest/gtest.h>

#include "pipeline/batch/aligned_document.h"

#include "pipeline/index/searcher.h"
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

}  // namespace
}  // namespace tandem::batch
