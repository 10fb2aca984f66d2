#include "pipeline/qa/negation.h"

#include <array>
#include <set>
#include <string>
#include <utility>

#include "dictionaries/dictionaries.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::qa {
namespace {

// Folded cues: [0] French, [1] Dutch.
const std::set<std::string>& Cues(Language language) {
  static const auto* cues = [] {
    auto* both = new std::array<std::set<std::string>, 2>;
    for (size_t i = 0; i < 2; ++i) {
      for (auto w :
           dictionaries::WordList(dictionaries::ListKind::kNegation, i == 0 ? "fr" : "nl")) {
        (*both)[i].insert(text::FoldForMatching(w));
      }
    }
    return both;
  }();
  return (*cues)[language == Language::kDutch ? 1 : 0];
}

// Pseudo-negations as sequences of folded words.
const std::vector<std::vector<std::string>>& Pseudo() {
  static const auto* all = [] {
    auto* list = new std::vector<std::vector<std::string>>;
    for (auto expression : dictionaries::PseudoNegations()) {
      std::vector<std::string> words;
      for (const text::Word& w : text::SplitWords(expression))
        words.push_back(text::FoldForMatching(w.text));
      if (!words.empty()) list->push_back(std::move(words));
    }
    return list;
  }();
  return *all;
}

}  // namespace

std::vector<std::string_view> NegationCues(std::string_view text, Language language) {
  const auto words = text::SplitWords(text);
  std::vector<std::string> folded;
  folded.reserve(words.size());
  for (const text::Word& w : words) folded.push_back(text::FoldForMatching(w.text));
  std::vector<bool> excluded(words.size(), false);
  for (const auto& expression : Pseudo()) {
    for (size_t i = 0; i + expression.size() <= words.size(); ++i) {
      bool match = true;
      for (size_t k = 0; match && k < expression.size(); ++k)
        match = folded[i + k] == expression[k];
      if (match) {
        for (size_t k = 0; k < expression.size(); ++k) excluded[i + k] = true;
      }
    }
  }
  // "niet alleen" is "not only" before a "maar" or "ook" ("but also") in
  // the same sentence; without one it is "not alone" and negates ("we
  // kunnen dat niet alleen oplossen").
  if (language == Language::kDutch) {
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (!excluded[i] || folded[i] != "niet" || folded[i + 1] != "alleen") continue;
      bool only = false;
      for (size_t k = i + 2; k < words.size() && !only; ++k) {
        const std::string_view between =
            text.substr(words[k - 1].end, words[k].begin - words[k - 1].end);
        if (between.find_first_of(".;:?!") != std::string_view::npos) break;
        only = folded[k] == "maar" || folded[k] == "ook";
      }
      if (!only) excluded[i] = excluded[i + 1] = false;
    }
  }
  const auto& cues = Cues(language);
  std::vector<std::string_view> found;
  for (size_t i = 0; i < words.size(); ++i) {
    if (excluded[i] || !cues.count(folded[i])) continue;
    if (words[i].end < text.size() &&
        (text[words[i].end] == '-' || text.compare(words[i].end, 3, "\u2010") == 0)) {
      continue;  // "non-prolifération"
    }
    // French "ne ... que" restricts ("only"), it does not negate: skip a "ne"
    // whose first second part within the next words is "que".
    if (language == Language::kFrench && (folded[i] == "ne" || folded[i] == "n")) {
      static const std::set<std::string> kSecondParts = {
          "pas",   "plus",      "jamais",   "rien", "aucun", "aucune",
          "guere", "nullement", "personne", "ni",   "point"};
      // The "que" may come late in a long clause ("ne peut modifier la prime,
      // les prestations ou la franchise qu'en des circonstances …"), and after
      // "plus" ("il n'y avait plus que six avions" = "nog maar zes").
      constexpr size_t kRestrictionWords = 16;
      // ("qu’elles doivent …": a clause with its own subject, not "ne … que".)
      static const std::set<std::string> kSubjects = {"il",   "ils", "elle", "elles", "on",
                                                      "nous", "vous", "je",  "j",     "tu"};
      bool restriction = false;
      for (size_t k = i + 1; k < words.size() && k <= i + kRestrictionWords; ++k) {
        const std::string_view between =
            text.substr(words[k - 1].end, words[k].begin - words[k - 1].end);
        if (between.find_first_of(".;:?!") != std::string_view::npos) break;
        const bool que = folded[k] == "que" || folded[k] == "qu";
        if (kSecondParts.count(folded[k])) {
          // "ne … plus que six", "plus qu'à attendre"; not "ne veut plus que des
          // enfants soient …" (a clause: a subject or determiner after "que").
          static const std::set<std::string> kDeterminers = {
              "des", "les", "le",   "la",    "l",     "un",  "une", "ce",  "ces",   "cette",
              "son", "sa",  "ses",  "leur",  "leurs", "mon", "ma",  "mes", "notre", "nos"};
          if (folded[k] == "plus" && k + 2 < words.size() &&
              (folded[k + 1] == "que" || folded[k + 1] == "qu") &&
              !kSubjects.count(folded[k + 2]) && !kDeterminers.count(folded[k + 2])) {
            restriction = true;
          }
          break;
        }
        // (But "ne pouvons que nous réjouir": a reflexive pronoun before an infinitive.)
        auto infinitive = [](const std::string& w) {
          return w.size() > 3 && (w.compare(w.size() - 2, 2, "er") == 0 ||
                                  w.compare(w.size() - 2, 2, "ir") == 0 ||
                                  w.compare(w.size() - 2, 2, "re") == 0);
        };
        const bool subject = k + 1 < words.size() && kSubjects.count(folded[k + 1]) &&
                             !((folded[k + 1] == "nous" || folded[k + 1] == "vous") &&
                               k + 2 < words.size() && infinitive(folded[k + 2]));
        if (que && !subject) {
          restriction = true;
          break;
        }
      }
      if (restriction) continue;
      // Nor does a "ne" whose second part belongs to a pseudo-negation
      // ("ne doivent pas seulement", "n’a pas manqué").
      bool pseudo_second = false;
      for (size_t k = i + 1; k < words.size() && k <= i + 8; ++k) {
        if (kSecondParts.count(folded[k])) {
          pseudo_second = excluded[k];
          break;
        }
      }
      if (pseudo_second) continue;
    }
    // "n" is the elided "n’" only before an apostrophe ("n° 403" is a number sign).
    if (language == Language::kFrench && folded[i] == "n") {
      const size_t e = words[i].end;
      if (!(e < text.size() && (text[e] == '\'' || text.compare(e, 3, "\u2019") == 0))) continue;
    }
    found.push_back(words[i].text);
    // "personne" and "rien" complete a "ne" before them in the clause ("ne …
    // dans l’intérêt de personne"); elsewhere "personne" is a noun.
    if (language == Language::kFrench && (folded[i] == "ne" || folded[i] == "n")) {
      for (size_t k = i + 1; k < words.size() && k <= i + 8; ++k) {
        const std::string_view between =
            text.substr(words[k - 1].end, words[k].begin - words[k - 1].end);
        if (between.find_first_of(".;:?!,") != std::string_view::npos) break;
        if (folded[k] == "personne" && !excluded[k]) {
          found.push_back(words[k].text);
          break;
        }
        if (cues.count(folded[k])) break;
      }
    }
  }
  return found;
}

}  // namespace tandem::qa
