// Internal to the terms stage: words of a text as stems, phrase keys, and
// the candidate n-grams of a sentence.
#ifndef TANDEM_PIPELINE_TERMS_PHRASES_H_
#define TANDEM_PIPELINE_TERMS_PHRASES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/lexicon/lexicon.h"
#include "pipeline/model/language.h"

namespace tandem::terms {

// A word of a text, with what matching needs.
struct Token {
  size_t begin = 0, end = 0;  // bytes into the text
  std::string folded;         // text::FoldForMatching
  std::string stem;           // LightStem of `folded`
  bool stop = false;          // a stop word of the language
  bool number = false;        // digits, or a word holding one
  bool break_before =
      false;  // punctuation (not an apostrophe or hyphen) between it and the word before
};

// The words of `text` in `language` (kFrench or kDutch).
std::vector<Token> Tokenize(std::string_view text, Language language);

// A folded word without its inflection for number (and gender or adjective
// agreement): French drops a final "s"/"x", then "e" ("mesures" -> "mesur",
// "États" -> "etat"); Dutch drops up to two of "'s", "en", "s", "e", then
// undoubles the vowel or consonant before the end ("staten"/"staat" ->
// "stat", "buitenlandse"/"buitenlands" -> "buitenland", "sancties"/"sanctie"
// -> "sancti"). Lighter than Snowball on purpose: "déclaration" and
// "déclaré", "ontwikkeling" and "ontwikkelen" stay apart.
std::string LightStem(std::string_view folded, Language language);

// The key of tokens [begin, begin + count): their stems joined by spaces.
std::string KeyOf(const std::vector<Token>& tokens, size_t begin, size_t count);

// Number of content words (not stop words, not numbers) of a phrase.
size_t ContentWords(std::string_view phrase, Language language);

// The key of a phrase as written ("États membres" -> "etat membr").
std::string PhraseKey(std::string_view phrase, Language language);

// An n-gram of a token list that may be a term: no number, no punctuation
// inside, a content word (not a stop word, two letters at least) at each
// edge; a single word needs `min_single_letters` letters or more.
struct Span {
  size_t begin = 0, count = 0;
};
std::vector<Span> CandidateSpans(const std::vector<Token>& tokens, size_t max_words,
                                 size_t min_single_letters);

// The text of tokens [begin, begin + count) as written in `text`.
std::string SurfaceOf(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                      size_t count);

// Letters of a folded word (bytes of ASCII letters; folded text is mostly ASCII).
size_t LetterCount(std::string_view folded);

// True when two folded words look alike enough to be cognates or spelling
// variants ("multilateralisme"/"multilateralisme", "diplomatie"/"diplomatiek"):
// a common prefix of at least 5 letters covering most of the shorter word.
bool LookAlike(std::string_view a, std::string_view b);

// True when the French word `fr` and the Dutch word `nl` (folded) translate
// each other for the lexicon, look alike, or the Dutch compound holds a
// translation of the French word ("climatique" / "klimaatfinanciering").
// With `compounds` false, only a direct link or a look-alike counts.
bool WordsLinked(const lexicon::Lexicon& lexicon, const std::string& fr, const std::string& nl,
                 bool compounds = true);

// Share of the content words of both phrases (folded) that have a
// counterpart in the other (WordsLinked), in [0, 1].
double Coverage(const lexicon::Lexicon& lexicon, const std::vector<std::string>& fr,
                const std::vector<std::string>& nl, bool compounds = true);

}  // namespace tandem::terms

#endif  // TANDEM_PIPELINE_TERMS_PHRASES_H_
