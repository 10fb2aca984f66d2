// Language identification among French, Dutch, English and German, from
// character trigram profiles of the Debian word lists and the stop-word lists
// of dictionaries/ (no model download needed).
#ifndef TANDEM_PIPELINE_TEXT_LANGUAGE_ID_H_
#define TANDEM_PIPELINE_TEXT_LANGUAGE_ID_H_

#include <array>
#include <string_view>

#include "pipeline/model/language.h"

namespace tandem::text {

// Log-likelihood of a text under each language, indexed like kKnownLanguages.
// Differences between entries are evidence in nats: comparable across texts,
// growing with the text's length.
struct LanguageScores {
  std::array<double, kKnownLanguages.size()> log_likelihood{};
  size_t words = 0;  // words that carried evidence (numbers and symbols carry none)

  double of(Language language) const;
};

LanguageScores ScoreLanguages(std::string_view utf8);

struct LanguageGuess {
  Language language = Language::kUnknown;  // kUnknown when the text has no word
  double margin = 0;  // nats between the best language and the runner-up
};

// The most likely language of `utf8`. A margin under ~3 nats (a heading of one
// or two words) is weak evidence; callers with context should use it.
LanguageGuess IdentifyLanguage(std::string_view utf8);

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_LANGUAGE_ID_H_
