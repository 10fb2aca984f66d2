// The alignment writers. Each returns the whole output as a string (UTF-8).
#ifndef TANDEM_PIPELINE_FORMATS_WRITERS_H_
#define TANDEM_PIPELINE_FORMATS_WRITERS_H_

#include <string>
#include <vector>

#include "pipeline/formats/aligned_unit.h"

namespace tandem::formats {

// One JSON object a line: {"fr": [...], "nl": [...], "score": 0.97, "page": 3,
// "flags": [{"type": "numbers", "message": "...", "fr": [...], "nl": [...]}]}
// (the format ../shared/eval/align_eval.py reads).
std::string WriteJsonl(const std::vector<AlignedUnit>& units);

// Tab-separated: fr, nl, score, flags (type names, comma-separated), with a
// header line; tabs and line breaks inside texts become spaces.
std::string WriteTsv(const std::vector<AlignedUnit>& units);

// TMX 1.4b (DOCTYPE tmx14.dtd): srclang fr-BE, one <tu> per two-sided unit
// with <tuv xml:lang="fr-BE"> and <tuv xml:lang="nl-BE">; one-sided units are
// left out (a memory holds pairs). Creation tool and date in the header.
std::string WriteTmx(const std::vector<AlignedUnit>& units, const AlignmentInfo& info);

// XLIFF 2.0: one <unit> per two-sided unit, French source and Dutch target,
// or Dutch source and French target when `dutch_source`.
std::string WriteXliff(const std::vector<AlignedUnit>& units, const AlignmentInfo& info, bool dutch_source);

// A self-contained review page (inline CSS, no script): a summary (beads by
// type, flags by type, low-confidence beads), then one row per unit, French
// left and Dutch right, low-confidence rows and flags highlighted with the
// words involved marked, and a "flagged only" switch.
std::string WriteHtml(const std::vector<AlignedUnit>& units, const AlignmentInfo& info);

// Side by side in `width` columns for a terminal.
std::string WriteText(const std::vector<AlignedUnit>& units, size_t width);

}  // namespace tandem::formats

#endif  // TANDEM_PIPELINE_FORMATS_WRITERS_H_
