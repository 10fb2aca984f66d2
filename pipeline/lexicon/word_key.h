// The form under which words are compared across languages and inflections.
#ifndef TANDEM_PIPELINE_LEXICON_WORD_KEY_H_
#define TANDEM_PIPELINE_LEXICON_WORD_KEY_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::lexicon {

// Case and accents folded, cut to its first six letters: a light stem that
// makes "financement"/"financements" and "sécurité"/"securite" one key, and
// that needs no language-specific stemmer.
std::string WordKey(std::string_view word);

// The keys of the content words of `text` (numbers and words of one or two
// letters skipped; stop words of `lang` ("fr" or "nl") skipped), in order.
std::vector<std::string> ContentKeys(std::string_view text, std::string_view lang);

// The words of `text` as search compares them: case and accents folded
// ("ĳ" spelled "ij"), split at spaces, punctuation, both apostrophes (' and ’)
// and hyphens, so "droits de l'homme" and "droits de l’homme" give the same
// words, and "tweestaten-oplossing" gives "tweestaten", "oplossing".
std::vector<std::string> SearchWords(std::string_view text);

// The parts of a closed compound (SearchWords form, 8+ bytes) that
// `is_word` knows, longest first part first, with a linking "s" allowed
// between parts ("mensenrechtensituatie" -> "mensenrechten", "situatie";
// "veiligheidsbeleid" -> "veiligheid", "beleid"); parts have 4+ bytes.
// Empty when the word does not split into known words.
std::vector<std::string> SplitCompound(std::string_view word,
                                       const std::function<bool(std::string_view)>& is_word);

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_WORD_KEY_H_
