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
  bool unchanged = false;  // skipped: same content (and --type/--date) as when last ingested
  size_t units = 0;        // units written
  size_t replaced = 0;     // units the source had before
  bool bilingual = false;
  Error error{ErrorCode::kIo, ""};  // when !ok
};

struct IngestReport {
  std::vector<IngestOutcome> outcomes;
  size_t learned_links = 0;  // word links in the index's learned lexicon after this ingest
  size_t failed() const;
  size_t unchanged() const;
  size_t units() const;
};

struct JobOptions {
  size_t jobs = 1;                  // threads reading, aligning and checking; 0: one per core
  bool reingest_unchanged = false;  // read inputs again even when their content hash is stored
  // Replaces the glossary's terms for the term-consistency flags (ReadAndAlign); not owned.
  const terms::Termbase* termbase = nullptr;
};

// Called before each input with its 0-based number and the total.
using ProgressFn = std::function<void(size_t done, size_t total, const Input& input)>;

// Reads, aligns and indexes each input. `job.jobs` threads read, align and
// check; the calling thread writes each source in input order, in its own
// transaction, so the index is the same whatever the number of jobs. An input
// that cannot be read leaves the index as it was for that source. An input
// whose content hash (its bytes, and `given`) is the one stored with its
// source at its last ingest is skipped as unchanged, unless
// `job.reingest_unchanged`; the hash is stored in the source's transaction.
//
// Alignment uses the built-in lexicon plus the one learnt from the index,
// as it stood before the batch. The learner's co-occurrence rows (index
// metadata under kCooccurrencePrefix) are updated from the confident units
// written by the batch only, and the learnt lexicon (index::kLearnedLexiconKey)
// from the rows that changed: the cost does not grow with the index. An index
// holding units but no rows (made before rows were kept) is counted once in
// full first (RelearnLexicon). Each source's type and date are `given` where
// set, else inferred (InferSourceFacts).
IngestReport IngestAll(const std::vector<Input>& inputs, index::IndexWriter& writer,
                       const ingest::ReadOptions& options = {},
                       const ProgressFn& progress = nullptr, const SourceFacts& given = {},
                       const JobOptions& job = {});

// Index metadata: the learner's co-occurrence rows are under this prefix
// followed by a lexicon::CooccurrenceLearner row key; kCooccurrenceUnitsKey
// holds how many units they count.
inline constexpr std::string_view kCooccurrencePrefix = "tandem.lexicon.cooc.";
inline constexpr std::string_view kCooccurrenceUnitsKey = "tandem.lexicon.counted";

// The metadata key holding the content hash of the source whose key is `source_key`.
std::string ContentHashKey(const std::string& source_key);

// Counts every confident unit of the index into fresh co-occurrence rows and
// learns the lexicon from them again (a pass over the whole index: for
// `tandem lexicon --relearn`, e.g. after many sources were removed or
// replaced, whose units the rows still count). Returns the number of links.
Result<size_t> RelearnLexicon(index::IndexWriter& writer);

}  // namespace tandem::batch

#endif  // TANDEM_PIPELINE_BATCH_INGEST_JOB_H_
