// What the alignment writers take: aligned units with their QA flags.
// Start here for the formats stage.
#ifndef TANDEM_PIPELINE_FORMATS_ALIGNED_UNIT_H_
#define TANDEM_PIPELINE_FORMATS_ALIGNED_UNIT_H_

#include <string>
#include <vector>

#include "pipeline/qa/bead_checker.h"

namespace tandem::formats {

// One aligned unit: a paragraph bead, or a sentence pair inside one.
struct AlignedUnit {
  std::vector<std::string> fr, nl;  // paragraphs (or sentences) of each side; one may be empty
  double score = 1;                 // alignment confidence in [0, 1]
  int page = 0;                     // as printed (cited); 0 when unknown
  int physical_page = 0;            // position in the file when it differs from `page`, else 0
  size_t paragraph = 0;             // 0-based number of the paragraph bead it belongs to
  std::vector<qa::Flag> flags;

  bool two_sided() const { return !fr.empty() && !nl.empty(); }
};

// About the aligned document, for headers and titles.
struct AlignmentInfo {
  std::string fr_source, nl_source;  // file names (the same for a bilingual file)
  std::string title;
  bool sentences = false;            // units are sentences, not paragraphs
  std::string creation_date;         // "YYYYMMDDThhmmssZ"; empty: now
  std::string tool_version;          // "0.1.0"
};

// "fr fr" joined with a space (sentences) or a blank line (paragraphs).
std::string JoinSide(const std::vector<std::string>& side, bool sentences);

// Beads scoring under this deserve a human look.
inline constexpr double kLowConfidence = 0.5;

// The current UTC time as TMX wants it: "20251122T071500Z".
std::string UtcTimestamp();

}  // namespace tandem::formats

#endif  // TANDEM_PIPELINE_FORMATS_ALIGNED_UNIT_H_
