#include "pipeline/batch/ingest_job.h"

#include "pipeline/batch/aligned_document.h"
#include "pipeline/index/schema.h"
#include "pipeline/lexicon/ibm1.h"
#include "pipeline/lexicon/lexicon.h"

namespace tandem::batch {

size_t IngestReport::failed() const {
  size_t n = 0;
  for (const IngestOutcome& o : outcomes) n += !o.ok;
  return n;
}

size_t IngestReport::units() const {
  size_t n = 0;
  for (const IngestOutcome& o : outcomes) n += o.units;
  return n;
}

namespace {

constexpr double kLearnFromScore = 0.8;   // only confident beads teach the lexicon
constexpr size_t kLearnFromUnits = 20000;

}  // namespace

IngestReport IngestAll(const std::vector<Input>& inputs, index::IndexWriter& writer,
                       const ingest::ReadOptions& options, const ProgressFn& progress, const SourceFacts& given,
                       const terms::Termbase* termbase) {
  IngestReport report;
  const Result<std::string> stored = writer.Metadata(std::string(index::kLearnedLexiconKey));
  lexicon::Lexicon lexicon = lexicon::BuiltinWithLearned(stored ? *stored : "");
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (progress) progress(i, inputs.size(), inputs[i]);
    IngestOutcome outcome;
    outcome.input = inputs[i];
    Result<AlignedDocument> aligned = ReadAndAlign(inputs[i], options, &lexicon, termbase);
    if (!aligned) {
      outcome.error = aligned.error();
      report.outcomes.push_back(std::move(outcome));
      continue;
    }
    const std::vector<index::Unit> units = UnitsOf(*aligned);
    const SourceFacts facts = InferSourceFacts(aligned->document, inputs[i].path, given);
    index::Source source{inputs[i].key(), inputs[i].display(), aligned->document.format, aligned->document.title,
                         facts.type, facts.date};
    Result<size_t> replaced = writer.ReplaceSource(source, units);
    if (!replaced) {
      outcome.error = replaced.error();
    } else {
      outcome.ok = true;
      outcome.units = units.size();
      outcome.replaced = *replaced;
      outcome.bilingual = aligned->document.bilingual();
    }
    report.outcomes.push_back(std::move(outcome));
  }
  if (progress) progress(inputs.size(), inputs.size(), Input{});
  if (report.failed() < report.outcomes.size()) {
    if (auto pairs = writer.ConfidentPairs(kLearnFromScore, kLearnFromUnits)) {
      const lexicon::Lexicon learned = lexicon::Learn(*pairs);
      if (writer.SetMetadata(std::string(index::kLearnedLexiconKey), lexicon::ToTsv(learned))) report.learned_links = learned.size();
    }
  }
  return report;
}

}  // namespace tandem::batch
