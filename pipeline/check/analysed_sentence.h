// Internal to check: a sentence as words that can be compared across
// inflections, and phrases (rule wordings, cue lists) matched against it.
#ifndef TANDEM_PIPELINE_CHECK_ANALYSED_SENTENCE_H_
#define TANDEM_PIPELINE_CHECK_ANALYSED_SENTENCE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/language.h"

namespace tandem::check {

// A word in a form that compares across case, accents and inflection.
struct WordForm {
  std::string folded;       // FoldForMatching
  std::string stem;         // Snowball stem of `folded`
  std::string family;       // its family in forms.*.txt ("=reconnaitre" for "reconnu"), or empty
  uint32_t key = 0;         // the stem's first four bytes: words with related stems share it
  uint32_t family_key = 0;  // the family's first four bytes, 0 without a family
};

struct Token : WordForm {
  size_t begin = 0, end = 0;  // bytes in the sentence
  bool capitalised = false;
  int clause = 0;  // clauses are cut at , ; : ( ) dashes and contrastive conjunctions
};

struct AnalysedSentence {
  std::string text;
  Language language = Language::kUnknown;
  std::vector<Token> tokens;
  std::vector<uint32_t> keys;  // the tokens' keys and family keys, sorted, for MayMatch

  // False when some word of `pattern` cannot be in the sentence: a cheap test
  // before MatchAll and MatchRuns.
  bool MayMatch(const std::vector<WordForm>& pattern) const;
};

AnalysedSentence Analyse(std::string_view sentence, Language language);

// The word forms of a phrase; `content_only` drops stop words and numbers.
std::vector<WordForm> PhraseForms(std::string_view phrase, Language language, bool content_only);

// Whether a sentence word and a phrase word are the same word: one family
// ("reconnu"/"reconnaître", "à"/"aux"), equal stems, or one stem extending
// the other (at least 5 letters shared: "accept"/"acceptation", "erken"/"erkend").
// Other short words must be equal.
bool SameWord(const WordForm& word, const WordForm& pattern);

// Whether a sentence word is an inflected form of a phrase word: one family,
// or equal stems ("coopérations"/"coopération"), not merely a shared prefix
// ("ontwikkelings" is not "ontwikkelingssamenwerking", "élargir" is not
// "élargissement" for a topic).
bool SameInflectedWord(const WordForm& word, const WordForm& pattern);

// Order-free match: for each pattern word a distinct sentence token that is
// the same word, the tightest such set; nullopt unless all are found.
std::optional<std::vector<size_t>> MatchAll(const AnalysedSentence& s,
                                            const std::vector<WordForm>& pattern);

// In-order match of the words of `pattern` in a row; each hit is [first, last]
// tokens. `max_gap` other words may sit between two pattern words of one
// clause ("ne s'oppose pas à", "onthoudt België zich").
// With `inflected_only`, words compare with SameInflectedWord.
std::vector<std::pair<size_t, size_t>> MatchRuns(const AnalysedSentence& s,
                                                 const std::vector<WordForm>& pattern,
                                                 size_t max_gap = 0, bool inflected_only = false);

// True when `folded` is a stop word of `language`.
bool IsStopword(std::string_view folded, Language language);

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_ANALYSED_SENTENCE_H_
