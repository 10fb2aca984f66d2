// Ingesting many inputs into one index: each input read, aligned and written
// in its own transaction; a bad input is reported and the rest goes on.
#ifndef TANDEM_PIPELINE_BATCH_INGEST_JOB_H_
#define TANDEM_PIPELINE_BATCH_INGEST_JOB_H_

#include <functional>
#include <string>
#include <vector>

#include "pipeline/batch/inputs.h"
#include "pipeline/batch/source_facts.h"
#include "pipeline/index/index_writer.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/model/error.h"
#include "pipeline/terms/terms.h"

namespace tandem::batch {

struct IngestOutcome {
  Input input;
  bool ok = false;
  size_t units = 0;           // units written
  size_t replaced = 0;        // units the source had before
  bool bilingual = false;
  Error error{ErrorCode::kIo, ""};  // when !ok
};

struct IngestReport {
  std::vector<IngestOutcome> outcomes;
  size_t learned_links = 0;  // word links in the index's learned lexicon after this ingest
  size_t failed() const;
  size_t units() const;
};

// Called before each input with its 0-based number and the total.
using ProgressFn = std::function<void(size_t done, size_t total, const Input& input)>;

// Reads, aligns and indexes each input in order. An input that cannot be read
// leaves the index as it was for that source. Alignment uses the built-in
// lexicon plus the one learnt from the index's confident units; after the
// batch, that learnt lexicon is estimated again (IBM Model 1) and stored in
// the index under index::kLearnedLexiconKey, so the next documents align better.
// Each source's type and date are `given` where set, else inferred
// (InferSourceFacts). `termbase` (not owned) replaces the glossary's terms
// for the term-consistency flags (ReadAndAlign).
IngestReport IngestAll(const std::vector<Input>& inputs, index::IndexWriter& writer,
                       const ingest::ReadOptions& options = {}, const ProgressFn& progress = nullptr,
                       const SourceFacts& given = {}, const terms::Termbase* termbase = nullptr);

}  // namespace tandem::batch

#endif  // TANDEM_PIPELINE_BATCH_INGEST_JOB_H_
