// Learning French-Dutch word links from aligned text (IBM Model 1).
#ifndef TANDEM_PIPELINE_LEXICON_IBM1_H_
#define TANDEM_PIPELINE_LEXICON_IBM1_H_

#include <string>
#include <utility>
#include <vector>

#include "pipeline/lexicon/lexicon.h"

namespace tandem::lexicon {

struct LearnOptions {
  int iterations = 6;            // EM iterations per direction
  double min_probability = 0.3;  // kept when t(nl|fr) and t(fr|nl) both reach this
  size_t min_count = 3;          // and both words occur in at least this many pairs
  size_t max_words = 80;  // pairs with longer sides are skipped (cost grows with their product)
};

// Word links (as WordKey forms, origin kLearned, weight = geometric mean of the
// two translation probabilities) from aligned (French, Dutch) texts: IBM
// Model 1 estimated by EM in both directions, with an empty word on each side.
// Numbers and stop words are left out. Deterministic for the same input.
Lexicon Learn(const std::vector<std::pair<std::string, std::string>>& aligned,
              const LearnOptions& options = {});

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_IBM1_H_
