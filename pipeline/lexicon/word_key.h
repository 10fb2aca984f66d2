// The form under which words are compared across languages and inflections.
#ifndef TANDEM_PIPELINE_LEXICON_WORD_KEY_H_
#define TANDEM_PIPELINE_LEXICON_WORD_KEY_H_

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

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_WORD_KEY_H_
