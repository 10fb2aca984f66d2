// French and Dutch share many words of Latin origin that differ by a regular
// ending: "participation"/"participatie", "définitif"/"definitief",
// "électronique"/"elektronisch". Search tries these spellings in the other
// language and keeps those the index holds.
#ifndef TANDEM_PIPELINE_LEXICON_COGNATES_H_
#define TANDEM_PIPELINE_LEXICON_COGNATES_H_

#include <string>
#include <string_view>
#include <vector>

namespace tandem::lexicon {

// Spellings the word (SearchWords form: folded, no accents) may have in the
// other language, by regular ending correspondences (-tion/-tie, -ique/-isch,
// -ité/-iteit, -if/-ief, -el/-eel, -al/-aal, -iser/-iseren, ...) and the
// c/k of Dutch before a, o, u and consonants. Words under five letters get
// none. Candidates, not translations: keep only those the other language uses.
std::vector<std::string> CognateCandidates(std::string_view word, bool from_french);

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_COGNATES_H_
