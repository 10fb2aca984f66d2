// Ingest on several threads, unchanged files, and the lexicon learnt from new units only.
#include <gtest/gtest.h>

#include "pipeline/batch/ingest_job.h"
#include "pipeline/batch/remove_job.h"
#include "pipeline/index/schema.h"
#include "pipeline/index/searcher.h"
#include "pipeline/lexicon/ibm1.h"
#include "pipeline/lexicon/word_key.h"
#include "tests/support/test_files.h"

namespace tandem::batch {
namespace {

using tandem::testing::SourceDir;
using tandem::testing::TempDir;

std::vector<Input> CorpusInputs() {
  std::vector<Error> problems;
  std::vector<Input> inputs = CollectInputs({SourceDir() + "/corpus"}, &problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_GT(inputs.size(), 10u);
  return inputs;
}

std::string FlagsText(const std::vector<index::UnitFlag>& flags) {
  std::string out;
  for (const index::UnitFlag& f : flags) {
    out += f.type + "|" + f.message + "|";
    for (const std::string& w : f.fr_words) out += w + ",";
    out += "|";
    for (const std::string& w : f.nl_words) out += w + ",";
    out += "\n";
  }
  return out;
}

// Everything a user reads from an index, as text: each source with its facts
// and units (texts, place, score, kind, section, flags), the learnt lexicon,
// and the learner's rows of every word of the corpus.
std::string Contents(const std::string& db, const std::vector<Input>& inputs) {
  auto searcher = index::Searcher::Open({db});
  EXPECT_TRUE(searcher.has_value());
  if (!searcher) return "";
  std::string out;
  auto sources = searcher->Sources();
  EXPECT_TRUE(sources.has_value());
  for (const index::SourceInfo& info : *sources) {
    out += "source " + info.key + " " + info.display + " " + info.title + " " + info.format + " " +
           info.type + " " + info.date + " " + std::to_string(info.units) + " " +
           std::to_string(info.flagged) + "\n";
    auto document = searcher->Document(info.id);
    EXPECT_TRUE(document.has_value());
    for (const index::Unit& unit : document->units) {
      out += "unit " + std::to_string(unit.position) + " p" + std::to_string(unit.page) + " " +
             std::to_string(unit.score) + " " + std::string(index::KindName(unit.kind)) + " " +
             unit.section + "\n";
      for (const index::UnitText& text : unit.texts)
        out += std::string(LanguageCode(text.language)) + ": " + text.text + "\n";
      out += FlagsText(unit.flags);
    }
  }
  out += "lexicon\n" + searcher->Metadata(std::string(index::kLearnedLexiconKey)).value_or("?");
  out += "counted " + searcher->Metadata(std::string(kCooccurrenceUnitsKey)).value_or("?") + "\n";
  std::set<std::string> row_keys;
  for (const Input& input : inputs) {
    for (const std::string& path : {input.path, input.nl_path}) {
      if (path.empty()) continue;
      const std::string text = tandem::testing::ReadAll(path);
      for (const std::string& key : lexicon::ContentKeys(text, "fr")) row_keys.insert("fr:" + key);
      for (const std::string& key : lexicon::ContentKeys(text, "nl")) row_keys.insert("nl:" + key);
    }
  }
  size_t rows = 0;
  for (const std::string& key : row_keys) {
    const std::string row =
        searcher->Metadata(std::string(kCooccurrencePrefix) + key).value_or("?");
    rows += !row.empty();
    out += key + " " + row + "\n";
  }
  EXPECT_GT(rows, 100u);
  return out;
}

IngestReport Ingest(const std::vector<Input>& inputs, const std::string& db, JobOptions job = {},
                    const SourceFacts& given = {}) {
  auto writer = index::IndexWriter::Open(db);
  EXPECT_TRUE(writer.has_value());
  return IngestAll(inputs, *writer, {}, nullptr, given, job);
}

TEST(ParallelIngest, SeveralJobsWriteTheSameIndexAsOne) {
  TempDir dir;
  const std::vector<Input> inputs = CorpusInputs();
  const IngestReport one = Ingest(inputs, dir.Join("one"), {1, false});
  const IngestReport three = Ingest(inputs, dir.Join("three"), {3, false});
  EXPECT_EQ(one.failed(), 0u);
  EXPECT_EQ(three.failed(), 0u);
  EXPECT_EQ(one.units(), three.units());
  EXPECT_GT(one.learned_links, 20u);
  EXPECT_EQ(one.learned_links, three.learned_links);
  ASSERT_EQ(three.outcomes.size(), inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i)
    EXPECT_EQ(three.outcomes[i].input.key(), inputs[i].key());  // in order
  const std::string expected = Contents(dir.Join("one"), inputs);
  EXPECT_EQ(Contents(dir.Join("three"), inputs), expected);
}

TEST(ParallelIngest, EachIngestCountsItsNewUnitsOnce) {
  TempDir dir;
  const std::vector<Input> inputs = CorpusInputs();
  const auto half = static_cast<long>(inputs.size() / 2);
  const std::string db = dir.Join("index");
  Ingest({inputs.begin(), inputs.begin() + half}, db);
  const IngestReport second = Ingest({inputs.begin() + half, inputs.end()}, db);
  Ingest(inputs, db);  // all unchanged: nothing counted again
  auto counted = [&db] {
    auto searcher = index::Searcher::Open({db});
    return searcher ? searcher->Metadata(std::string(kCooccurrenceUnitsKey)).value_or("?") : "?";
  };
  const std::string incremental = counted();
  EXPECT_NE(incremental, "");
  auto writer = index::IndexWriter::Open(db);
  ASSERT_TRUE(writer.has_value());
  Result<size_t> relearned = RelearnLexicon(*writer);
  ASSERT_TRUE(relearned.has_value());
  EXPECT_GT(*relearned, 20u);
  EXPECT_GT(second.learned_links, 20u);
  writer = tl::unexpected(Error{ErrorCode::kIo, ""});  // releases the lock
  EXPECT_EQ(counted(), incremental);  // the whole index counts what the ingests counted
}

TEST(UnchangedFiles, AreSkippedUntilTheirContentOrFactsChange) {
  TempDir dir;
  const std::string fr = dir.Write("docs/note.fr.txt",
                                   "La Belgique soutient la candidature de la Moldavie.\n\n"
                                   "Le ministre présentera le rapport au Parlement en mars.\n");
  const std::string nl =
      dir.Write("docs/note.nl.txt",
                "België steunt de kandidatuur van Moldavië.\n\n"
                "De minister zal het verslag in maart aan het Parlement voorstellen.\n");
  const std::string other =
      dir.Write("docs/other.txt", "Une note sans traduction sur la politique de voisinage.\n");
  std::vector<Error> problems;
  const std::vector<Input> inputs = CollectInputs({dir.Join("docs")}, &problems);
  ASSERT_EQ(inputs.size(), 2u);
  const std::string db = dir.Join("index");

  IngestReport report = Ingest(inputs, db);
  EXPECT_EQ(report.unchanged(), 0u);
  EXPECT_EQ(report.units(), 3u);

  report = Ingest(inputs, db, {2, false});
  EXPECT_EQ(report.unchanged(), 2u);
  EXPECT_EQ(report.failed(), 0u);
  EXPECT_EQ(report.units(), 0u);

  dir.Write("docs/other.txt", "Une note sans traduction.\n\nElle a maintenant deux paragraphes.\n");
  report = Ingest(inputs, db);
  ASSERT_EQ(report.outcomes.size(), 2u);
  EXPECT_TRUE(report.outcomes[0].unchanged);  // the pair
  EXPECT_FALSE(report.outcomes[1].unchanged);
  EXPECT_EQ(report.outcomes[1].units, 2u);
  EXPECT_EQ(report.outcomes[1].replaced, 1u);

  report = Ingest(inputs, db, {1, true});  // --force
  EXPECT_EQ(report.unchanged(), 0u);
  EXPECT_EQ(report.units(), 4u);

  report = Ingest(inputs, db, {}, SourceFacts{"report", ""});  // --type changes what is stored
  EXPECT_EQ(report.unchanged(), 0u);

  {
    auto writer = index::IndexWriter::Open(db);
    ASSERT_TRUE(writer.has_value());
    ASSERT_EQ(RemovePaths({other}, *writer).size(), 1u);
  }
  report = Ingest(inputs, db, {}, SourceFacts{"report", ""});
  EXPECT_TRUE(report.outcomes[0].unchanged);
  EXPECT_FALSE(report.outcomes[1].unchanged);  // removed: read again
  EXPECT_EQ(report.outcomes[1].replaced, 0u);
  (void)fr;
  (void)nl;
}

}  // namespace
}  // namespace tandem::batch
