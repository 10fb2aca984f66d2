// A document read and aligned: what `tandem align` prints and `tandem ingest` indexes.
#ifndef TANDEM_PIPELINE_BATCH_ALIGNED_DOCUMENT_H_
#define TANDEM_PIPELINE_BATCH_ALIGNED_DOCUMENT_H_

#include <vector>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/formats/aligned_unit.h"
#include "pipeline/qa/bead_checker.h"
#include "pipeline/batch/inputs.h"
#include "pipeline/index/searcher.h"
#include "pipeline/index/unit.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/model/document.h"
#include "pipeline/terms/terms.h"

namespace tandem::batch {

struct AlignedDocument {
  Document document;
  std::vector<align::Bead> beads;         // empty for a monolingual document
  std::vector<std::vector<qa::Flag>> flags;  // QA flags of each bead
};

// Reads `input` (a single file or a pair) and, when it is bilingual, aligns
// its French and Dutch streams and checks each bead, term consistency
// included (terms::CheckConsistency). Errors are the reader's.
// `lexicon` (not owned) replaces lexicon::Builtin() for anchors and QA when set;
// `termbase` (not owned) replaces the glossary's terms for term consistency.
// With `check` false the beads are left without flags (alignment only).
Result<AlignedDocument> ReadAndAlign(const Input& input, const ingest::ReadOptions& options = {},
                                     const lexicon::Lexicon* lexicon = nullptr,
                                     const terms::Termbase* termbase = nullptr, bool check = true);

// The units to index: one per bead of a bilingual document, one per block of
// a monolingual one.
std::vector<index::Unit> UnitsOf(const AlignedDocument& aligned);

// A bilingual document as the index holds it (one unit per bead, its
// paragraphs joined by blank lines, its QA flags), made an AlignedDocument
// again, so that ExportUnits() gives what `tandem align` gives for its files.
// Monolingual units become one-sided beads.
AlignedDocument AlignedFromIndex(const index::SourceDocument& stored);

// The aligned units to write out: one per paragraph bead, or with `sentences`
// one per sentence pair inside each paragraph bead (each checked again).
std::vector<formats::AlignedUnit> ExportUnits(const AlignedDocument& aligned, bool sentences);

}  // namespace tandem::batch

#endif  // TANDEM_PIPELINE_BATCH_ALIGNED_DOCUMENT_H_
