// Names and acronyms of a bead that have no counterpart on the other side.
#ifndef TANDEM_PIPELINE_QA_NAMES_H_
#define TANDEM_PIPELINE_QA_NAMES_H_

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/lexicon/lexicon.h"

namespace tandem::qa {

// True when two names are the same name spelt for another language:
// "Poutine"/"Poetin", "Koweït"/"Koeweit", "Kiev"/"Kyiv", "Philippe"/"Filip".
// Both are folded, spelling variants merged (ou/oe, ph/f, c/k, z/s, y/i,
// doubled letters, a final e), then compared by edit distance (transpositions
// count once): at most 1 for short names, 2 from eight letters. The first
// letters must agree.
bool SimilarNames(std::string_view a, std::string_view b);

// The names check of one document. A candidate name is an acronym (two or
// more capitals, no lower case) or a capitalised word that neither opens a
// sentence nor is a function word, an abbreviation or a Roman numeral.
// A candidate has a counterpart when the other side holds the same word, a
// lexicon rendering of it (as a word or inside a compound), a name spelt
// similarly, an acronym with the same letters (TIC/ICT) or one letter apart
// (OCAM/OCAD), or an acronym learnt from this document (see the constructor);
// an acronym spelt out just before it on its own side ("Fonds des accidents
// médicaux (FAM)") needs none, and neither do words of a lexicon phrase pair
// found on both sides ("Affaires étrangères" / "Buitenlandse Zaken"), a
// long name shortened by its last words included ("SPF Santé" for "SPF
// Santé publique" / "FOD Volksgezondheid").
// Renderings come from the whole lexicon (glossary, FreeDict, learnt).
// Reported are the names the glossary lists as names (acronym, country,
// institution; words or phrases) left without counterpart; a country also
// finds its counterpart in "pays" / "land" ("notre pays" / "België"). A name
// the glossary does not know cannot be told from its own rendering
// (Rekenhof / Cour des comptes) and is not reported.
class NameChecker {
 public:
  // `beads` are the (French, Dutch) texts of the document's two-sided beads:
  // acronyms left without counterpart in the same beads at least twice, and
  // never apart, are learnt as pairs (OCAM/OCAD in a document that uses both).
  NameChecker(const lexicon::Lexicon& lexicon,
              const std::vector<std::pair<std::string, std::string>>& beads);

  // The names of `fr` without counterpart in `nl` and those of `nl` without
  // counterpart in `fr`, as written, each once, in text order.
  void Check(const std::string& fr, const std::string& nl, std::vector<std::string>* fr_only,
             std::vector<std::string>* nl_only) const;

 private:
  struct Side;
  void Unmatched(const std::string& fr, const std::string& nl, bool use_pairs,
                 std::vector<std::string>* fr_only, std::vector<std::string>* nl_only,
                 bool excuse) const;

  const lexicon::Lexicon& lexicon_;
  // Glossary names (kinds acronym, country, institution), folded: single
  // words by side, phrases as (French, Dutch) pairs.
  std::set<std::string> name_words_[2];
  std::set<std::pair<std::string, std::string>> name_phrases_;
  std::set<std::string> countries_[2];  // keys of the glossary's country names
  std::set<std::pair<std::string, std::string>> acronym_pairs_;  // (French, Dutch) as written
};

}  // namespace tandem::qa

#endif  // TANDEM_PIPELINE_QA_NAMES_H_
