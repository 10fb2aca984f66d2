// Internal to align: what the aligner knows of each block, computed once.
#ifndef TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_
#define TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_

#include <string>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "pipeline/lexicon/lexicon.h"
#include "pipeline/model/document.h"

namespace tandem::align {

// Interns word keys as numbers, so that blocks compare as sorted id lists.
class KeyTable {
 public:
  uint32_t Id(const std::string& key);

 private:
  std::unordered_map<std::string, uint32_t> ids_;
};

struct BlockFeatures {
  double length = 0;                 // characters (code points)
  std::vector<std::string> numbers;  // digit strings, "1.540,5" -> "15405"
  std::vector<std::string> names;    // folded capitalised words and acronyms, >= 3 letters
  std::string section;               // leading section number "2.2.1", or ""
  BlockKind kind = BlockKind::kParagraph;
  // Sorted, unique ids of the words a counterpart should contain: for a French
  // block its own keys (cognates, names) and their Dutch translations in the
  // lexicon; for a Dutch block its own keys.
  std::vector<uint32_t> lexical;
  size_t content_words = 0;
};

// `language` says which side the block is on (kFrench or kDutch).
BlockFeatures ComputeFeatures(const Block& block, Language language, const lexicon::Lexicon& lexicon,
                              KeyTable& keys);

// What one French and one Dutch block share: numbers, names, and words the
// lexicon (or identical spelling) links. Computed once per pair in the band.
struct PairStats {
  uint16_t numbers = 0, names = 0, lexical = 0;
};
PairStats ComparePair(const BlockFeatures& fr, const BlockFeatures& nl);

// Anchor evidence of putting `fn` French and `nn` Dutch blocks (1 or 2 each)
// in one bead, in nats (negative = they belong together); `pairs[a][b]` are
// the stats of French block a with Dutch block b.
double AnchorCost(const BlockFeatures* const fr[2], int fn, const BlockFeatures* const nl[2], int nn,
                  const PairStats pairs[2][2]);

}  // namespace tandem::align

#endif  // TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_
