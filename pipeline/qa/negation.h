// Negation cues of French and Dutch text, for comparing the two sides of a bead.
#ifndef TANDEM_PIPELINE_QA_NEGATION_H_
#define TANDEM_PIPELINE_QA_NEGATION_H_

#include <string_view>
#include <vector>

#include "pipeline/model/language.h"

namespace tandem::qa {

// The negation cues of `text` in `language` (dictionaries/negation/), as views
// into `text`: "ne"/"n’", "pas", "sans", "non", "aucun", "jamais" in French; "niet",
// "geen", "nooit", "zonder" ... in Dutch. Cues inside pseudo-negations ("non
// seulement", "sans doute", "niet alleen", "geen twijfel") and the first part
// of hyphenated compounds ("non-prolifération", "niet-gouvernementele") are
// not negations and are left out.
std::vector<std::string_view> NegationCues(std::string_view text, Language language);

}  // namespace tandem::qa

#endif  // TANDEM_PIPELINE_QA_NEGATION_H_
