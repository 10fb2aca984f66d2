// The language data of dictionaries/, compiled in. Each function returns the
// whole text of one file; WordList() parses the one-word-a-line lists.
#ifndef TANDEM_DICTIONARIES_DICTIONARIES_H_
#define TANDEM_DICTIONARIES_DICTIONARIES_H_

#include <string_view>
#include <vector>

namespace tandem::dictionaries {

// Which list of a language to read.
enum class ListKind {
  kStopwords,
  kAbbreviations,
  kNegation,
  // The red-line checker's lists, dictionaries/check/ (fr and nl only).
  kNegativeVerbs,
  kReportingVerbs,
  kDemandVerbs,
  kReportingFrames,
  kOwnVoice,
  kThirdParty,
  kActors,
  kSupport,
  kOppose,
  kAbstain,
  kVerbForms,
};

// The entries of a one-entry-a-line list for `lang` ("fr", "nl", "en", "de"):
// comments ('#') and blank lines skipped, surrounding spaces trimmed.
// Empty for a language that has no such list. The views point into static data.
std::vector<std::string_view> WordList(ListKind kind, std::string_view lang);

// dictionaries/negation/pseudo.txt: expressions with a cue that negate nothing.
// (WordList(kNegation, "implicit-fr" / "implicit-nl") reads
// negation/implicit_fr.txt / implicit_nl.txt: words of negative meaning.)
std::vector<std::string_view> PseudoNegations();

// dictionaries/langid/trigrams.tsv.
std::string_view LangidTrigrams();

// dictionaries/glossary/fr-nl.tsv.
std::string_view Glossary();

// dictionaries/aliases/aliases.tsv: names of countries and organisations with their other forms.
std::string_view Aliases();

}  // namespace tandem::dictionaries

#endif  // TANDEM_DICTIONARIES_DICTIONARIES_H_
