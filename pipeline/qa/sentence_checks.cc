#include "pipeline/qa/sentence_checks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <unordered_set>

#include "dictionaries/dictionaries.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/qa/bead_checker.h"
#include "pipeline/qa/negation.h"
#include "pipeline/qa/numbers.h"
#include "pipeline/text/language_id.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/utf8.h"
#include "pipeline/text/words.h"

namespace tandem::qa {
namespace {

constexpr size_t kMinOmittedChars = 35;  // shorter unmatched sentences are list labels, greetings
constexpr size_t kMinOmittedWords = 6;
constexpr size_t kMinClauseChars = 100;  // a pair this long whose lengths disagree by
constexpr double kClauseRatio = 2.0;     // this factor (after the norm) lacks a clause
constexpr double kMaxClauseRendered =
    0.6;  // ... unless the shorter renders this share of its words
constexpr double kMinMergedShare =
    0.5;  // of the words a merged sentence adds, rendered in its neighbour
constexpr double kSplitBefore = 1.4;     // a pair this far from the norm (factor) that a
constexpr double kSplitAfter = 1.3;      // sentence brings this close to it is completed by it
constexpr double kMinSplitShare = 0.3;   // ... when the pair's other side renders this share
constexpr size_t kMinSplitWords = 2;     // words of a 1 side only the "dropped" half of a 2-1 renders
constexpr double kTwoOneTolerance =
    1.45;  // a 2-1 pair is an omission when the 1 side fits one sentence
constexpr double kWrongLanguageMargin =
    6;  // nats; with at least kMinLanguageWords words of evidence
constexpr size_t kMinLanguageWords = 4;
constexpr double kWrongLanguagePerWord =
    1.5;  // nats a word: names of the other language weigh less

size_t Chars(const std::string& s) { return text::CodePointCount(s); }

size_t WordCount(const std::string& s) {
  size_t n = 0;
  for (const text::Word& w : text::SplitWords(s)) n += !w.is_number;
  return n;
}

bool LongEnough(const std::string& sentence) {
  return Chars(sentence) >= kMinOmittedChars && WordCount(sentence) >= kMinOmittedWords;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out.push_back(' ');
    out += p;
  }
  return out;
}

// The content keys of `sentence` (in `lang`) that have a rendering in
// `other`: the same word, or a word the lexicon links to it, also inside a
// compound.
std::unordered_set<std::string> RenderedKeys(const std::string& sentence, std::string_view lang,
                                             const std::string& other,
                                             std::string_view other_lang,
                                             const lexicon::Lexicon& lexicon) {
  std::unordered_set<std::string> other_keys, rendered;
  for (const std::string& k : lexicon::ContentKeys(other, other_lang)) other_keys.insert(k);
  const std::string folded = text::FoldForMatching(other);
  for (const std::string& k : lexicon::ContentKeys(sentence, lang)) {
    bool found = other_keys.count(k) > 0;
    const auto& links = lang == "fr" ? lexicon.DutchKeysOf(k) : lexicon.FrenchKeysOf(k);
    for (auto it = links.begin(); !found && it != links.end(); ++it) {
      found =
          other_keys.count(*it) > 0 || (it->size() >= 5 && folded.find(*it) != std::string::npos);
    }
    if (found) rendered.insert(k);
  }
  return rendered;
}

// Share of the content words of `sentence` (in `lang`) not found in `own`
// (text on the same side) that have a rendering in `other` (RenderedKeys).
// -1 when fewer than two such words are left.
double CoveredShare(const std::string& sentence, std::string_view lang, const std::string& own,
                    const std::string& other, std::string_view other_lang,
                    const lexicon::Lexicon& lexicon) {
  std::unordered_set<std::string> own_keys;
  for (const std::string& k : lexicon::ContentKeys(own, lang)) own_keys.insert(k);
  const std::unordered_set<std::string> rendered =
      RenderedKeys(sentence, lang, other, other_lang, lexicon);
  size_t covered = 0, total = 0;
  std::unordered_set<std::string> seen;
  for (const std::string& k : lexicon::ContentKeys(sentence, lang)) {
    if (own_keys.count(k) || !seen.insert(k).second) continue;
    ++total;
    covered += rendered.count(k);
  }
  if (total < 2) return -1;
  return static_cast<double>(covered) / static_cast<double>(total);
}

// Hyphenated compounds that negate their second part: "non-respect",
// "niet-naleving", "non-prolifération", "sans-papiers" (= "mensen zonder papieren").
size_t NegatedCompounds(const std::string& text) {
  size_t n = 0;
  const std::string folded = text::FoldForMatching(text);
  for (const char* prefix : {"non-", "niet-", "sans-", "non\u2010", "niet\u2010", "sans\u2010"}) {
    for (size_t at = folded.find(prefix); at != std::string::npos;
         at = folded.find(prefix, at + 1)) {
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(folded[at - 1]))) ++n;
    }
  }
  return n;
}

// Elliptic "why not?" questions ("Zo nee, waarom niet?", "Waarom wel/niet?",
// "pourquoi pas?"): pseudo-negations that count nothing, but stand for the
// negated question the other side may write out ("Dans la négative, pourquoi
// n’est-ce pas le cas?").
size_t ElidedNegations(const std::string& text) {
  const auto words = text::SplitWords(text);
  size_t n = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string why = text::FoldForMatching(words[i].text);
    if (why != "waarom" && why != "pourquoi") continue;
    for (size_t k = i + 1; k < words.size() && k <= i + 2; ++k) {
      const std::string f = text::FoldForMatching(words[k].text);
      if (f != "niet" && f != "pas" && f != "non") continue;
      const size_t next = text.find_first_not_of(' ', words[k].end);
      if (next != std::string::npos && text[next] == '?') ++n;
      break;
    }
  }
  return n;
}

// Negated yes/no questions, which ask politely rather than deny and which the
// other side may ask without a negation: Dutch ones with no question word
// before the negation, which is not right after the first word ("Is het
// niet mogelijk …?", "Zou er geen overleg kunnen …?"); French ones with the
// subject inverted inside the negation ("Ne serait-il pas utile …?").
size_t NegatedYesNoQuestions(const std::string& text, Language language) {
  static const std::set<std::string> kQuestionWords = {
      "wie",     "wat",    "waarom",   "hoe",     "wanneer", "welke",
      "welk",    "waar",   "hoeveel",  "waarop",  "waarvoor", "waarmee"};
  const bool french = language == Language::kFrench;
  size_t n = 0, start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of(".!?", start);
    if (end == std::string::npos) break;
    if (text[end] == '?') {
      const std::string question = text.substr(start, end + 1 - start);
      if (french) {
        static const std::set<std::string> kFrenchQuestionWords = {
            "pourquoi", "quand",  "comment", "combien", "quel", "quelle",
            "quels",    "quelles", "ou",     "qui",     "que",  "qu"};
        const std::string folded = text::FoldForMatching(question);
        for (const char* inverted : {"-il pas", "-elle pas", "-ils pas", "-elles pas", "-on pas",
                                     "-vous pas", "-ce pas"}) {
          const size_t at = folded.find(inverted);
          if (at == std::string::npos) continue;
          bool wh = false;  // "Pourquoi n’a-t-il pas …?" asks why, not politely
          for (const text::Word& w : text::SplitWords(std::string_view(folded).substr(0, at)))
            wh |= kFrenchQuestionWords.count(std::string(w.text)) > 0;
          n += !wh;
          break;
        }
      } else {
        std::vector<std::string> words;
        for (const text::Word& w : text::SplitWords(question)) {
          if (!w.is_number) words.push_back(text::FoldForMatching(w.text));
        }
        // (No question word before the negation: "Indien zo, welke is niet …?" is none.)
        for (size_t k = 0; k < words.size() && !kQuestionWords.count(words[k]); ++k) {
          if (k >= 2 && (words[k] == "niet" || words[k] == "geen")) {
            ++n;
            break;
          }
        }
      }
    }
    start = end + 1;
  }
  return n;
}

// True when `sentence` holds a number (in digits, not a list label such as
// "2.") whose value appears nowhere in `other`, in digits or in words.
bool HasNumberMissingFrom(const std::string& sentence, const std::string& other) {
  std::set<std::string> values;
  for (const Quantity& q : FindQuantities(other)) values.insert(q.value);
  for (const char* lang : {"fr", "nl"}) {
    for (const SpelledNumber& n : SpelledNumbers(other, lang)) values.insert(n.quantity.value);
  }
  for (const Quantity& q : FindQuantities(sentence)) {
    const bool label = q.begin == sentence.find_first_not_of(" ") && q.end < sentence.size() &&
                       sentence[q.end] == '.';
    if (!label && !values.count(q.value)) return true;
  }
  return false;
}

// Words of negative meaning (dictionaries/negation/implicit_*.txt).
size_t ImplicitNegatives(const std::string& text, Language language) {
  static const auto* lists = [] {
    auto* both = new std::pair<std::vector<std::string>, std::vector<std::string>>;
    for (auto w : dictionaries::WordList(dictionaries::ListKind::kNegation, "implicit-fr"))
      both->first.emplace_back(w);
    for (auto w : dictionaries::WordList(dictionaries::ListKind::kNegation, "implicit-nl"))
      both->second.emplace_back(w);
    return both;
  }();
  const bool french = language == Language::kFrench;
  const auto& stems = french ? lists->first : lists->second;
  size_t n = 0;
  for (const text::Word& w : text::SplitWords(text)) {
    const std::string folded = text::FoldForMatching(w.text);
    for (const std::string& stem : stems) {
      const bool whole = stem.back() == '$';  // "peu$": "peu", not "peut" nor "peuple"
      if (whole ? folded == stem.substr(0, stem.size() - 1)
                : french ? folded.rfind(stem, 0) == 0 : folded.find(stem) != std::string::npos) {
        ++n;
        break;
      }
    }
  }
  return n;
}

// Words negated by an affix, which may render the other side's "non …",
// "ne … pas" or "sans …": Dutch "on" before a word the lexicon knows or a
// past participle ("onafhankelijk", "ongevraagd" = "non sollicité"), Dutch
// "-loos"/"-loze"/"-lozen" ("werkloos" = "sans emploi", "daklozen" = "sans
// domicile"), French "in-"/"im-"/"il-"/"ir-" before a known adjective in
// "-able"/"-ible" ("inacceptable" = "niet aanvaardbaar").
size_t AffixNegatives(const std::string& text, Language language,
                      const lexicon::Lexicon& lexicon) {
  // "Recently", "costs"; words whose affix no longer negates ("indispensable"
  // = "vereist", "onmisbaar" = "essentiel").
  static const std::set<std::string> kNotNegated = {
      "onlangs",       "onkosten",       "indispensable", "indispensables", "incontournable",
      "incontournables", "inestimable", "onmisbaar",      "onmisbare"};
  constexpr size_t kMinBase = 5;  // letters of the word after the prefix
  const bool french = language == Language::kFrench;
  size_t n = 0;
  for (const text::Word& w : text::SplitWords(text)) {
    if (w.is_number) continue;
    const std::string folded = text::FoldForMatching(w.text);
    if (kNotNegated.count(folded)) continue;
    auto ends_with = [&folded](std::string_view end) {
      return folded.size() > end.size() &&
             folded.compare(folded.size() - end.size(), end.size(), end) == 0;
    };
    bool negated = false;
    if (!french) {
      // "on" before a known word or a past participle ("ongevraagd", "ongewijzigde").
      const std::string base = folded.size() >= 2 + kMinBase ? folded.substr(2) : "";
      // A past participle: "ge…d/t/n", or one of a prefixed verb, which has no
      // "ge" ("onverkochte", "onbeantwoord", "onherroepelijk" is no participle).
      const char last =
          base.empty() ? 0 : base.back() == 'e' ? base[base.size() - 2] : base.back();
      bool prefixed = false;
      for (const char* prefix : {"ver", "be", "ont", "her", "er"})
        prefixed |= base.rfind(prefix, 0) == 0;
      const bool ge_participle =
          base.rfind("ge", 0) == 0 && std::string_view("dtn").find(last) != std::string_view::npos;
      const bool participle =
          !base.empty() && (ge_participle || (prefixed && (last == 'd' || last == 't')));
      negated = (!base.empty() && folded.rfind("on", 0) == 0 &&
                 (participle || lexicon.KnowsDutch(lexicon::WordKey(base)))) ||
                ((ends_with("loos") || ends_with("loze") || ends_with("lozen")) &&
                 folded.size() >= 7);
    } else if (ends_with("able") || ends_with("ables") || ends_with("ible") ||
               ends_with("ibles")) {
      // The base as an adjective ("évitable") or as the verb it comes from ("éviter").
      const std::string base = folded.size() >= 2 + kMinBase ? folded.substr(2) : "";
      const std::string verb = base.substr(0, base.find_last_of("ai")) + "er";
      for (const char* prefix : {"in", "im", "il", "ir"}) {
        negated |= !base.empty() && folded.rfind(prefix, 0) == 0 &&
                   (lexicon.KnowsFrench(lexicon::WordKey(base)) ||
                    lexicon.KnowsFrench(lexicon::WordKey(verb)));
      }
    }
    n += negated;
  }
  return n;
}

}  // namespace

size_t CountNegations(std::string_view text, Language language) {
  const auto cues = NegationCues(text, language);
  // Dutch: "noch ... noch" is one negation.
  // French: "ne" with its second part ("ne ... pas", "aucun ... ne", "ni ...
  // ni ... ne") is one negation; a "ne" with no second part in its clause
  // after "que" is the expletive "ne" ("avant qu’il ne parte") and none.
  static const std::set<std::string> kSecondParts = {"pas",      "plus",   "jamais", "rien",
                                                     "aucun",    "aucune", "guere",  "nullement",
                                                     "personne", "ni",     "point"};
  const bool french = language == Language::kFrench;
  auto clause_break = [&text](size_t from, size_t to) {
    return text.substr(from, to - from).find_first_of(".;:?!") != std::string_view::npos;
  };
  size_t count = 0;
  size_t previous_end = 0;
  std::string previous;  // folded previous cue, in the same clause
  bool chain = false;    // the previous cue started a group the next may join
  bool previous_joined = false;
  bool ni_continues = false;  // the previous cue is a "ni" continuing an earlier negation
  for (std::string_view cue : cues) {
    const std::string folded = text::FoldForMatching(cue);
    const size_t begin = static_cast<size_t>(cue.data() - text.data());
    const bool same_clause = chain && !clause_break(previous_end, begin);
    bool joins = false;
    if (same_clause) {
      if (french) {
        const bool is_ne = folded == "ne" || folded == "n";
        // ("non pas X, mais Y" is one negation too.)
        const bool was_ne =
            previous == "ne" || previous == "n" || previous == "sans" || previous == "non";
        joins = (was_ne && kSecondParts.count(folded)) ||
                (is_ne && kSecondParts.count(previous) && !previous_joined &&
                 !ni_continues) ||
                (folded == "ni" &&
                 (previous == "ni" || kSecondParts.count(previous)));  // "pas de X ni de Y"
      } else {
        // "noch ... noch", "niet ..., noch ...": one negation.
        joins =
            folded == "noch" && (previous == "noch" || previous == "niet" || previous == "geen");
      }
    }
    if (!joins) {
      ++count;
      if (french && (folded == "ne" || folded == "n")) {
        // A lone "ne" (no second part in its clause) negates only before
        // "pouvoir", "savoir", "oser" ("ne peut", "ne saurait"); elsewhere it
        // is the expletive "ne" ("craindre qu’il ne parte").
        const size_t after = begin + cue.size();
        size_t end = text.find_first_of(".;:?!", after);
        if (end == std::string_view::npos) end = text.size();
        bool has_second = false, modal = false;
        const auto rest = text::SplitWords(text.substr(after, end - after));
        for (const text::Word& w : rest) {
          const std::string f = text::FoldForMatching(w.text);
          // "ne … nulle part" (= "nergens"), "ne … nul": no cue of their own.
          if (kSecondParts.count(f) || f == "nul" || f == "nulle") has_second = true;
        }
        // "nul ne sait" (= "niemand weet"), within the sentence: the word
        // just before (a few bytes back, not the whole text before).
        {
          constexpr size_t kLookBack = 24;
          const size_t from = begin > kLookBack ? begin - kLookBack : 0;
          const auto before = text::SplitWords(text.substr(from, begin - from));
          if (!before.empty()) {
            const text::Word& last = before.back();
            const size_t last_end = from + last.end;
            const std::string f = text::FoldForMatching(last.text);
            const bool same_clause =
                text.substr(last_end, begin - last_end).find_first_of(".;:?!") ==
                std::string_view::npos;
            if (same_clause && (f == "nul" || f == "nulle")) has_second = true;
          }
        }
        for (size_t k = 0; k < rest.size() && k < 2 && !modal; ++k) {
          const std::string f = text::FoldForMatching(rest[k].text);
          for (const char* stem : {"peu", "pou", "pui", "sau", "sai", "sav", "os"})
            modal |= f.rfind(stem, 0) == 0;
        }
        const bool preceded_by_second = same_clause && kSecondParts.count(previous);
        const bool after_que = !modal;
        if (!has_second && !preceded_by_second && after_que) --count;
      }
    }
    // "pas joignable, ni par téléphone ni par e-mail, et les dossiers ne
    // sont pas …": "ni" continuing a negation leaves the next "ne" its own.
    ni_continues = folded == "ni" && joins && (previous != "ni" || ni_continues);
    previous = folded;
    previous_end = begin + cue.size();
    previous_joined = joins && folded != "ni";
    chain = true;
  }
  return count;
}

bool InWrongLanguage(const std::string& sentence, Language expected) {
  // Names say nothing of the sentence's language ("les cours du Vlaamse
  // Dienst voor Arbeidsbemiddeling"): words with a capital after the first are
  // left out, and so are the lower-case words between two of them.
  const auto words = text::SplitWords(sentence);
  std::vector<bool> capital(words.size(), false);
  for (size_t i = 1; i < words.size(); ++i) {
    const auto c = static_cast<unsigned char>(words[i].text[0]);
    capital[i] = (c >= 'A' && c <= 'Z') || (c == 0xC3 && words[i].text.size() > 1 &&
                                            static_cast<unsigned char>(words[i].text[1]) < 0x9F);
  }
  std::string evidence;
  for (size_t i = 0; i < words.size(); ++i) {
    if (capital[i] || words[i].is_number) continue;
    // "voor" in "Dienst voor Arbeidsbemiddeling": inside a name.
    if (i > 0 && i + 1 < words.size() && capital[i - 1] && capital[i + 1]) continue;
    if (!evidence.empty()) evidence.push_back(' ');
    evidence.append(words[i].text);
  }
  const text::LanguageScores s = text::ScoreLanguages(evidence);
  const Language other = expected == Language::kFrench ? Language::kDutch : Language::kFrench;
  if (s.words < kMinLanguageWords) return false;
  const double margin = s.of(other) - s.of(expected);
  return margin >= kWrongLanguageMargin &&
         margin >= kWrongLanguagePerWord * static_cast<double>(s.words);
}

void CheckSentences(const std::string& fr, const std::string& nl,
                    const SentenceCheckOptions& options, std::vector<Flag>& flags) {
  align::AlignOptions align_options;
  align_options.lexicon = options.lexicon;
  const std::vector<align::SentencePair> pairs = align::AlignSentences(fr, nl, align_options);
  const double ratio = options.length_ratio > 0 ? options.length_ratio : 1.0;
  const lexicon::Lexicon& lexicon = options.lexicon ? *options.lexicon : lexicon::Builtin();
  // A sentence with no counterpart was dropped unless the translator merged
  // it into a neighbouring pair: then that pair's other side renders the
  // words the sentence adds to the pair's own side.
  // True when a neighbouring pair's other side renders the words `s` adds to
  // that pair's own side: the translator moved or merged it.
  auto merged = [&](const std::string& s, bool french, size_t at) {
    for (size_t j : {at - 1, at + 1}) {
      if (j >= pairs.size() || pairs[j].fr.empty() || pairs[j].nl.empty()) continue;
      const std::string own = Join(french ? pairs[j].fr : pairs[j].nl);
      const std::string other = Join(french ? pairs[j].nl : pairs[j].fr);
      if (CoveredShare(s, french ? "fr" : "nl", own, other, french ? "nl" : "fr", lexicon) >=
          kMinMergedShare) {
        return true;
      }
    }
    return false;
  };
  // True when `s`, added to a neighbouring pair's side, brings that pair's
  // lengths from far apart to the document's norm, and the pair's other side
  // renders some of its words: one sentence split in three (the aligner
  // pairs at most two), not a sentence dropped.
  auto completes = [&](const std::string& s, bool french, size_t at) {
    for (size_t j : {at - 1, at + 1}) {
      if (j >= pairs.size() || pairs[j].fr.empty() || pairs[j].nl.empty()) continue;
      const double f = static_cast<double>(Chars(Join(pairs[j].fr)));
      const double n = static_cast<double>(Chars(Join(pairs[j].nl)));
      const double added = static_cast<double>(Chars(s) + 1);
      const double before = std::fabs(std::log(n / f / ratio));
      const double after = std::fabs(std::log((french ? n : n + added) /
                                              (french ? f + added : f) / ratio));
      const std::string own = Join(french ? pairs[j].fr : pairs[j].nl);
      const std::string other = Join(french ? pairs[j].nl : pairs[j].fr);
      if (before > std::log(kSplitBefore) && after < std::log(kSplitAfter) && after < before &&
          CoveredShare(s, french ? "fr" : "nl", own, other, french ? "nl" : "fr", lexicon) >=
              kMinSplitShare) {
        return true;
      }
    }
    return false;
  };
  auto dropped = [&](const std::string& s, bool french, size_t at) {
    if (!LongEnough(s)) return false;
    // A number of its own that the other side lacks: the sentence's content is gone.
    if (HasNumberMissingFrom(s, french ? nl : fr)) return true;
    return !merged(s, french, at) && !completes(s, french, at);
  };

  // True when `dropped` renders at least kMinSplitWords words of the single
  // sentence `one` (French when `french`) that `kept` does not: the
  // translator split one sentence in two ("…, et limitent les visites." /
  // "… Bezoekers worden beperkt toegelaten."), no sentence was dropped.
  auto renders_split_part = [&](const std::string& one, const std::string& kept,
                              const std::string& dropped, bool french) {
    const std::string_view lang = french ? "fr" : "nl", other_lang = french ? "nl" : "fr";
    const auto by_kept = RenderedKeys(one, lang, kept, other_lang, lexicon);
    size_t only = 0;
    for (const std::string& k : RenderedKeys(one, lang, dropped, other_lang, lexicon))
      only += by_kept.count(k) == 0;
    return only >= kMinSplitWords;
  };
  Flag omission{FlagKind::kOmission, "", {}, {}};
  Flag untranslated{FlagKind::kUntranslated, "", {}, {}};
  Flag negation{FlagKind::kNegation, "", {}, {}};
  bool negation_differs = false;
  std::vector<long> surplus(pairs.size(), 0);       // French negations minus Dutch ones, per pair
  std::vector<bool> unbalanced(pairs.size(), false);  // a two-sided pair whose polarity differs
  for (size_t at = 0; at < pairs.size(); ++at) {
    const align::SentencePair& pair = pairs[at];
    // Omission: a sentence with no counterpart.
    if (pair.fr.empty() || pair.nl.empty()) {
      for (const std::string& s : pair.fr) {
        if (dropped(s, true, at)) omission.fr_words.push_back(s);
      }
      for (const std::string& s : pair.nl) {
        if (dropped(s, false, at)) omission.nl_words.push_back(s);
      }
    } else if (const std::string f = Join(pair.fr), n = Join(pair.nl);
               std::max(Chars(f), Chars(n)) >= kMinClauseChars &&
               std::fabs(std::log(static_cast<double>(Chars(n)) / static_cast<double>(Chars(f)) /
                                  ratio)) > std::log(kClauseRatio)) {
      // Paired sentences of very different lengths: a clause of the longer
      // one has no counterpart ("…, de 15,1 millions d’euros en 2019." dropped).
      const bool fr_longer = static_cast<double>(Chars(n)) < ratio * static_cast<double>(Chars(f));
      const std::vector<std::string>& longer = fr_longer ? pair.fr : pair.nl;
      const std::string* longest = &longer[0];
      for (const std::string& s : longer) {
        if (Chars(s) > Chars(*longest)) longest = &s;
      }
      // Unless the shorter side renders the longer one's words (a terse translation).
      const double rendered = CoveredShare(fr_longer ? f : n, fr_longer ? "fr" : "nl", "",
                                           fr_longer ? n : f, fr_longer ? "nl" : "fr", lexicon);
      if (HasNumberMissingFrom(fr_longer ? f : n, fr_longer ? n : f) ||
          (rendered < kMaxClauseRendered && !merged(fr_longer ? f : n, fr_longer, at))) {
        (fr_longer ? omission.fr_words : omission.nl_words).push_back(*longest);
      }
    } else if (pair.fr.size() != pair.nl.size()) {
      // 2-1: the single sentence as long as one of the two, the other one long.
      const bool fr_two = pair.fr.size() == 2;
      const std::vector<std::string>& two = fr_two ? pair.fr : pair.nl;
      const double one = static_cast<double>(Chars(fr_two ? pair.nl[0] : pair.fr[0]));
      const double scale = fr_two ? ratio : 1.0 / ratio;  // length of the other side per character
      for (size_t k = 0; k < 2; ++k) {
        const double kept = scale * static_cast<double>(Chars(two[k]));
        const double both = scale * static_cast<double>(Chars(two[0]) + Chars(two[1]));
        const std::string& dropped = two[1 - k];
        if (!LongEnough(dropped)) continue;  // (coverage says nothing here: the pair holds both)
        const bool fits_one = one <= kept * kTwoOneTolerance && one >= kept / kTwoOneTolerance;
        const bool misses_both = one * kTwoOneTolerance < both;
        if (fits_one && misses_both && !renders_split_part(fr_two ? pair.nl[0] : pair.fr[0],
                                                         two[k], dropped, !fr_two)) {
          (fr_two ? omission.fr_words : omission.nl_words).push_back(dropped);
          break;
        }
      }
    }
    // Untranslated: a sentence in the other language.
    for (const std::string& s : pair.nl) {
      if (InWrongLanguage(s, Language::kDutch)) untranslated.nl_words.push_back(s);
    }
    for (const std::string& s : pair.fr) {
      if (InWrongLanguage(s, Language::kFrench)) untranslated.fr_words.push_back(s);
    }
    // Negation: the polarity of each aligned pair, i.e. whether its counts of
    // negations differ by an odd number. Two negations cancel ("zonder visum
    // kan zij niet werken" = "elle a besoin d’un visa"); the price is that a
    // pair differing by two negations in separate clauses goes unflagged.
    const std::string f = Join(pair.fr), n = Join(pair.nl);
    const size_t fr_count = CountNegations(f, Language::kFrench),
                 nl_count = CountNegations(n, Language::kDutch);
    surplus[at] = static_cast<long>(fr_count) - static_cast<long>(nl_count);
    if (!pair.fr.empty() && !pair.nl.empty()) {
      // "non gouvernementale" is "niet-gouvernementele": a negated adjective
      // may face a hyphenated compound, which is not counted, or a word with
      // a negative affix ("non sollicités" / "ongevraagde"), or an elliptic
      // "waarom niet?" may stand for it.
      // And a negation may be rendered by a word of negative meaning
      // ("empêcher" / "niet toelaten", "afwijken" / "ne pas respecter").
      const bool balanced =
          fr_count > nl_count
              ? NegatedCompounds(n) + ImplicitNegatives(n, Language::kDutch) +
                        AffixNegatives(n, Language::kDutch, lexicon) + ElidedNegations(n) >=
                    fr_count - nl_count
              : NegatedCompounds(f) + ImplicitNegatives(f, Language::kFrench) +
                        AffixNegatives(f, Language::kFrench, lexicon) + ElidedNegations(f) >=
                    nl_count - fr_count;
      // A negated yes/no question on the side with more may ask politely
      // what the other side asks plainly ("Is het niet mogelijk …?" /
      // "Est-il possible …?").
      const bool polite = fr_count > nl_count
                              ? NegatedYesNoQuestions(f, Language::kFrench) >= fr_count - nl_count
                              : NegatedYesNoQuestions(n, Language::kDutch) >= nl_count - fr_count;
      unbalanced[at] = (fr_count + nl_count) % 2 == 1 && !balanced && !polite;
    }
  }
  // A negation the sentence alignment put in the neighbouring pair (the
  // translator moved a clause across a sentence boundary, or split one
  // sentence in three, leaving one without counterpart): an unbalanced pair
  // whose neighbour has the opposite odd surplus ("… mais sans effet." /
  // "Helaas, geen impact." at the start of the next Dutch sentence) is one
  // negation rendered, not two differences.
  std::vector<bool> used(pairs.size(), false);
  for (size_t at = 0; at < pairs.size(); ++at) {
    if (!unbalanced[at] || used[at]) continue;
    for (size_t j : {at - 1, at + 1}) {
      if (j >= pairs.size() || used[j] || surplus[j] % 2 == 0 ||
          (surplus[j] > 0) == (surplus[at] > 0)) {
        continue;
      }
      used[at] = used[j] = true;
      unbalanced[at] = unbalanced[j] = false;
      break;
    }
  }
  for (size_t at = 0; at < pairs.size(); ++at) {
    if (!unbalanced[at]) continue;
    negation_differs = true;
    const std::string f = Join(pairs[at].fr), n = Join(pairs[at].nl);
    for (auto c : NegationCues(f, Language::kFrench)) negation.fr_words.emplace_back(c);
    for (auto c : NegationCues(n, Language::kDutch)) negation.nl_words.emplace_back(c);
  }
  // A sentence left in French is also a sentence with no Dutch counterpart: name it once.
  if (!untranslated.nl_words.empty() || !untranslated.fr_words.empty()) {
    omission.fr_words.clear();
    omission.nl_words.clear();
  }
  for (Flag* f : {&omission, &untranslated}) {
    if (f->fr_words.empty() && f->nl_words.empty()) continue;
    f->message = FlagMessage(*f, MessageLanguage::kEnglish);
    flags.push_back(std::move(*f));
  }
  if (negation_differs) {
    negation.message = FlagMessage(negation, MessageLanguage::kEnglish);
    flags.push_back(std::move(negation));
  }
}

}  // namespace tandem::qa
