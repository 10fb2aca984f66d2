// Internal to align: what the aligner knows of each block, computed once.
#ifndef TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_
#define TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_

#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace tandem::align {

struct BlockFeatures {
  double length = 0;                 // characters (code points)
  std::vector<std::string> numbers;  // digit strings, "1.540,5" -> "15405"
  std::vector<std::string> names;    // folded capitalised words and acronyms, >= 3 letters
  std::string section;               // leading section number "2.2.1", or ""
  BlockKind kind = BlockKind::kParagraph;
};

BlockFeatures ComputeFeatures(const Block& block);

// Anchor evidence of putting the blocks described by `fr` and `nl` in one
// bead, in nats (negative = they belong together). Lists hold 1 or 2 blocks.
double AnchorCost(const std::vector<const BlockFeatures*>& fr, const std::vector<const BlockFeatures*>& nl);

}  // namespace tandem::align

#endif  // TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_
