// Internal to align: what the aligner knows of each block, computed once,
// and the lexical evidence that a French and a Dutch block translate each other.
#ifndef TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_
#define TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/lexicon/lexicon.h"
#include "pipeline/model/document.h"

namespace tandem::align {

// Interns word keys as numbers, so that blocks compare as sorted id lists.
class KeyTable {
 public:
  uint32_t Id(const std::string& key);
  size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
};

// One link of a block: a key the counterpart may contain (`id`), and which of
// the block's words it stands for (`word`). A Dutch word has one link (its
// own key); a French word has its own key (cognates, names, numbers) and the
// Dutch keys the lexicon gives it.
struct Link {
  uint32_t id;
  uint16_t word;
  bool operator<(const Link& other) const {
    return id < other.id || (id == other.id && word < other.word);
  }
};

struct BlockFeatures {
  double length = 0;    // characters (code points)
  std::string section;  // leading section number "2.2.1", or ""
  BlockKind kind = BlockKind::kParagraph;
  std::vector<uint32_t> own;  // the key id of each distinct word (content words and numbers)
  std::vector<Link> links;    // sorted by id
  // Evidence weight of each word in `own`: how rare it is on its side of the
  // document (inverse document frequency, mean 1 over the side's words).
  // Set by WeighWords.
  std::vector<float> weight;
  double total_weight = 0;  // sum of `weight`
};

// `language` says which side the block is on (kFrench or kDutch). Numbers
// are words ("#1540" for "1.540"), so that they count as rare evidence.
BlockFeatures ComputeFeatures(const Block& block, Language language,
                              const lexicon::Lexicon& lexicon, KeyTable& keys);

// Gives every word of both sides its weight: words frequent on their side
// weigh less than rare ones (names, numbers, terms). `key_count` is the
// number of ids the blocks' KeyTable gave out.
void WeighWords(std::vector<BlockFeatures>& fr, std::vector<BlockFeatures>& nl, size_t key_count);

// Marks the words of French block `fr` that have a link in Dutch block `nl`
// (fr_seen[w] = 1 for word w of fr.own) and the words of `nl` that have a
// link in `fr`, in one walk over both link lists. The arrays hold
// fr.own.size() and nl.own.size() entries and are only ever set, not cleared.
void MarkLinked(const BlockFeatures& fr, const BlockFeatures& nl, uint8_t* fr_seen,
                uint8_t* nl_seen);

// The weight of the words of `block` marked in `seen` or in `also` (may be null).
double MarkedWeight(const BlockFeatures& block, const uint8_t* seen, const uint8_t* also = nullptr);

}  // namespace tandem::align

#endif  // TANDEM_PIPELINE_ALIGN_BEAD_FEATURES_H_
