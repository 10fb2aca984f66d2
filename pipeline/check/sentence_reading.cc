#include "pipeline/check/sentence_reading.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "dictionaries/dictionaries.h"

namespace tandem::check {
namespace {

using Phrases = std::vector<std::vector<WordForm>>;
using dictionaries::ListKind;

// Every cue list of dictionaries/check/ in French and Dutch, as word forms
// (all words kept: "s oppose à"), read once.
struct CueLists {
  std::map<std::pair<ListKind, Language>, Phrases> lists;
  Phrases pseudo_negations;  // dictionaries/negation/pseudo.txt, compared on folded words
};

const CueLists& Cues() {
  static const CueLists* cues = [] {
    auto* all = new CueLists;
    for (ListKind kind :
         {ListKind::kNegativeVerbs, ListKind::kReportingVerbs, ListKind::kDemandVerbs,
          ListKind::kReportingFrames, ListKind::kOwnVoice, ListKind::kThirdParty, ListKind::kActors,
          ListKind::kSupport, ListKind::kOppose, ListKind::kAbstain}) {
      for (Language language : {Language::kFrench, Language::kDutch}) {
        Phrases& phrases = all->lists[{kind, language}];
        for (std::string_view entry :
             dictionaries::WordList(kind, language == Language::kDutch ? "nl" : "fr")) {
          auto forms = PhraseForms(entry, language, false);
          if (!forms.empty()) phrases.push_back(std::move(forms));
        }
      }
    }
    for (std::string_view entry : dictionaries::PseudoNegations()) {
      auto forms = PhraseForms(entry, Language::kFrench, false);
      if (!forms.empty()) all->pseudo_negations.push_back(std::move(forms));
    }
    return all;
  }();
  return *cues;
}

const Phrases& List(ListKind kind, Language language) {
  static const Phrases none;
  const auto& lists = Cues().lists;
  auto it = lists.find({kind, language});
  return it == lists.end() ? none : it->second;
}

// Runs of any phrase of `phrases` in `s`, in order, each place once: a run
// inside a longer one is dropped ("verwerpt" matches both "verwerpt" and
// "verwerpen", "s oppose" lies inside "s oppose à"). Phrases of several words
// may have `max_gap` other words between theirs.
// A Dutch verb with a separable particle ("sluit uit", "keurt goed") in a main
// clause: the particle closes the clause however long the object between them
// ("België sluit elke nieuwe financiering van fossiele projecten uit"). Only
// a particle that is its clause's last word counts, so the preposition of
// "sluit een akkoord met partners uit Afrika" does not.
std::vector<std::pair<size_t, size_t>> SeparatedParticleRuns(const AnalysedSentence& s,
                                                             const std::vector<WordForm>& phrase) {
  static const std::unordered_set<std::string> kParticles = {
      "uit", "af", "op", "aan", "in", "toe", "goed", "tegen", "door", "mee", "terug", "weg", "vast", "voor"};
  std::vector<std::pair<size_t, size_t>> runs;
  if (phrase.size() != 2 || !kParticles.count(phrase[1].folded)) return runs;
  for (size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    if (!SameWord(s.tokens[i], phrase[0])) continue;
    size_t last = i;
    while (last + 1 < s.tokens.size() && s.tokens[last + 1].clause == s.tokens[i].clause) ++last;
    // The verb alone stands for the cue: the words between are its object.
    if (last > i + 1 && s.tokens[last].folded == phrase[1].folded) runs.emplace_back(i, i);
  }
  return runs;
}

std::vector<std::pair<size_t, size_t>> Hits(const AnalysedSentence& s, const Phrases& phrases,
                                            size_t max_gap = 0, bool inflected_only = false) {
  std::vector<std::pair<size_t, size_t>> hits;
  for (const auto& phrase : phrases) {
    for (const auto& run : MatchRuns(s, phrase, phrase.size() > 1 ? max_gap : 0, inflected_only))
      hits.push_back(run);
    if (max_gap > 0 && s.language == Language::kDutch) {
      for (const auto& run : SeparatedParticleRuns(s, phrase)) hits.push_back(run);
    }
  }
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  std::vector<std::pair<size_t, size_t>> kept;
  for (const auto& hit : hits) {
    if (!kept.empty() && hit.second <= kept.back().second) continue;
    kept.push_back(hit);
  }
  return kept;
}

// Gap allowed inside a stance cue or a negative verb: a negation, an adverb or
// an inverted subject ("ne s'oppose pas à", "onthoudt België zich").
constexpr size_t kCueGap = 2;

// Exact folded-word match for cue words (stemming would make "pas" match "passer").
std::vector<std::pair<size_t, size_t>> ExactHits(const AnalysedSentence& s,
                                                 const Phrases& phrases) {
  std::vector<std::pair<size_t, size_t>> hits;
  for (const auto& phrase : phrases) {
    for (size_t i = 0; i + phrase.size() <= s.tokens.size(); ++i) {
      bool match = true;
      for (size_t k = 0; match && k < phrase.size(); ++k)
        match = s.tokens[i + k].folded == phrase[k].folded;
      if (match) hits.emplace_back(i, i + phrase.size() - 1);
    }
  }
  return hits;
}

bool Contains(const std::vector<size_t>& list, size_t i) {
  return std::find(list.begin(), list.end(), i) != list.end();
}

bool IsCoordinator(const std::string& folded, Language language) {
  return language == Language::kDutch ? folded == "en" || folded == "of"
                                      : folded == "et" || folded == "ou";
}

// Tokens [first, last] of the coordinated part of its clause that holds token
// `i`: "ne reconnaît pas X" | "et ne reconnaîtra jamais Y".
std::pair<size_t, size_t> SegmentOf(const AnalysedSentence& s, size_t i) {
  const int clause = s.tokens[i].clause;
  size_t first = i, last = i;
  while (first > 0 && s.tokens[first - 1].clause == clause &&
         !IsCoordinator(s.tokens[first - 1].folded, s.language))
    --first;
  while (last + 1 < s.tokens.size() && s.tokens[last + 1].clause == clause &&
         !IsCoordinator(s.tokens[last + 1].folded, s.language)) {
    ++last;
  }
  return {first, last};
}

bool OpensInsertedClause(const std::string& folded, Language language);
bool StrongCutBetween(const AnalysedSentence& s, size_t a, size_t b);

// The negations in clauses [from, to] of `s`, among tokens [tokens.first,
// tokens.second]. Negative verbs count when they start before token
// `verbs_before` and are not among `ignored`; verbs joined by "et"/"en" count
// once ("rejette et condamne").
int Negations(const AnalysedSentence& s, int from, int to, const std::vector<size_t>& ignored,
              size_t verbs_before = SIZE_MAX, std::pair<size_t, size_t> tokens = {0, SIZE_MAX},
              std::vector<CueRead>* read = nullptr) {
  auto in_range = [&](size_t i) {
    return s.tokens[i].clause >= from && s.tokens[i].clause <= to && i >= tokens.first &&
           i <= tokens.second;
  };
  auto note = [&](std::vector<size_t> at, CueKind kind, bool counted) {
    if (read != nullptr) read->push_back(CueRead{std::move(at), kind, counted});
  };
  std::vector<bool> skip(s.tokens.size(), false);
  for (const auto& [first, last] : ExactHits(s, Cues().pseudo_negations)) {
    std::vector<size_t> at;
    for (size_t i = first; i <= last; ++i) skip[i] = true, at.push_back(i);  // pseudo-negations
    if (in_range(first)) note(std::move(at), CueKind::kPseudoNegation, false);
  }
  static const std::set<std::string> kFrenchPartners = {"pas",      "plus",   "jamais",    "guere",
                                                        "aucun",    "aucune", "nullement", "rien",
                                                        "personne", "point",  "ni"};
  static const std::set<std::string> kFrenchAlone = {"jamais", "aucun", "aucune", "nullement",
                                                     "sans",   "pas",   "nul",    "nulle"};
  static const std::set<std::string> kDutch = {"niet",      "geen",  "nooit",   "noch",   "zonder",
                                               "geenszins", "niets", "niemand", "nergens"};
  int count = 0;
  std::vector<bool> consumed(s.tokens.size(), false);
  // "ni"/"noch" add objects to a negation already read ("ne … jamais A ni B",
  // "nooit A, noch B", "sans A ni B"): one negation; alone they open one
  // ("Ni A ni B ne …", "noch A noch B").
  bool negation_seen = false;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (!in_range(i) || skip[i] || consumed[i] || Contains(ignored, i)) continue;
    if (s.language == Language::kDutch) {
      // "niet-permanente", "niet-gouvernementele": a prefix, not a negation.
      if (t.folded == "niet" && i + 1 < s.tokens.size() && s.tokens[i + 1].begin == t.end + 1 &&
          s.text[t.end] == '-') {
        continue;
      }
      if (kDutch.count(t.folded)) {
        const bool joined = t.folded == "noch" && negation_seen;
        if (!joined) ++count;
        note({i}, joined ? CueKind::kJoinedNegation : CueKind::kNegation, !joined);
        negation_seen = true;
      }
      continue;
    }
    if (t.folded == "ne" || t.folded == "n") {  // a literary "ne" alone ("je ne sais") negates too
      // "aucun … ne", "jamais … ne", "ni … ni … ne": the cue before already counted.
      bool partnered = false;
      for (size_t k = i; k-- > 0 && s.tokens[k].clause == t.clause;) {
        partnered |= (kFrenchAlone.count(s.tokens[k].folded) > 0 && s.tokens[k].folded != "sans") ||
                     s.tokens[k].folded == "ni";
      }
      if (partnered) {
        note({i}, CueKind::kJoinedNegation, false);
        continue;
      }
      // "ne peut accepter que …": a modal's literary "ne" negates; its "que" introduces a clause.
      static const std::set<std::string> kLiteraryModals = {
          "peut",     "peuvent",    "pouvons", "pourra",    "pourront",
          "pourrait", "pourraient", "saurait", "sauraient", "saura",
          "sait",     "ose",        "osera",   "cesse",     "cessera"};
      const bool modal =
          i + 1 < s.tokens.size() && kLiteraryModals.count(s.tokens[i + 1].folded) > 0;
      bool restriction = false, pseudo = false;
      std::vector<size_t> at = {i};
      for (size_t k = i + 1; k < s.tokens.size() && s.tokens[k].clause == t.clause && k <= i + 8;
           ++k) {
        if (kFrenchPartners.count(s.tokens[k].folded)) {
          consumed[k] = true;
          at.push_back(k);
          pseudo = skip[k];  // "n'est pas négociable": the pair is a pseudo-negation
          break;
        }
        if (s.tokens[k].folded == "que" || s.tokens[k].folded == "qu") {
          restriction = !modal;  // "ne … que": only
          if (restriction) at.push_back(k);
          break;
        }
      }
      if (!restriction && !pseudo) ++count;
      note(std::move(at),
           restriction ? CueKind::kRestriction
           : pseudo    ? CueKind::kPseudoNegation
                       : CueKind::kNegation,
           !restriction && !pseudo);
      negation_seen = true;
      continue;
    }
    if (t.folded == "ni") {
      if (!negation_seen) ++count;
      note({i}, negation_seen ? CueKind::kJoinedNegation : CueKind::kNegation, !negation_seen);
      negation_seen = true;
      continue;
    }
    if (t.folded == "non" && i + 1 < s.tokens.size() && s.tokens[i + 1].begin == t.end + 1)
      continue;  // "non gouvernemental"
    if (t.folded == "non" || kFrenchAlone.count(t.folded)) {
      ++count;
      note({i}, CueKind::kNegation, true);
      negation_seen = true;
    }
  }
  size_t previous_verb_end = SIZE_MAX;
  for (const auto& [first, last] : Hits(s, List(ListKind::kNegativeVerbs, s.language), kCueGap)) {
    if (s.tokens[first].clause < from || s.tokens[first].clause > to || first < tokens.first ||
        first > tokens.second || skip[first] || first >= verbs_before) {
      continue;
    }
    bool overlaps = false;
    for (size_t i = first; i <= last; ++i) overlaps |= Contains(ignored, i);
    if (overlaps) continue;
    const bool coordinated = previous_verb_end != SIZE_MAX && first == previous_verb_end + 2 &&
                             IsCoordinator(s.tokens[first - 1].folded, s.language);
    if (!coordinated) ++count;
    std::vector<size_t> at;
    for (size_t i = first; i <= last; ++i) at.push_back(i);
    note(std::move(at), coordinated ? CueKind::kJoinedNegation : CueKind::kNegativeVerb,
         !coordinated);
    previous_verb_end = last;
  }
  return count;
}

}  // namespace

int ContinuationOf(const AnalysedSentence& s, int clause) {
  // The tokens of clause + 1 and clause + 2.
  size_t inserted = SIZE_MAX, rest = SIZE_MAX;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].clause == clause + 1 && inserted == SIZE_MAX) inserted = i;
    if (s.tokens[i].clause == clause + 2 && rest == SIZE_MAX) rest = i;
  }
  if (inserted == SIZE_MAX || rest == SIZE_MAX) return -1;
  if (!OpensInsertedClause(s.tokens[inserted].folded, s.language)) return -1;
  if (StrongCutBetween(s, inserted - 1, inserted) || StrongCutBetween(s, rest - 1, rest)) return -1;
  // The rest goes on without a subject of its own: a verb, not a conjunction.
  if (IsCoordinator(s.tokens[rest].folded, s.language)) return -1;
  return clause + 2;
}

int NegationsIn(const AnalysedSentence& s) {
  if (s.tokens.empty()) return 0;
  return Negations(s, 0, s.tokens.back().clause, {});
}

NegationReading ReadNegation(const AnalysedSentence& s, const std::vector<size_t>& span,
                             const std::vector<size_t>& ignored) {
  NegationReading reading;
  if (span.empty()) return reading;
  int from = s.tokens[span.front()].clause, to = from;
  for (size_t i : span) {
    from = std::min(from, s.tokens[i].clause);
    to = std::max(to, s.tokens[i].clause);
  }
  std::vector<size_t> skip = ignored;
  skip.insert(skip.end(), span.begin(), span.end());
  // A coordinated part with negations of its own is read alone ("n'a jamais
  // reconnu et ne reconnaîtra jamais l'annexion" negates once).
  const size_t first = *std::min_element(span.begin(), span.end());
  const size_t last = *std::max_element(span.begin(), span.end());
  const std::pair<size_t, size_t> part = {SegmentOf(s, first).first, SegmentOf(s, last).second};
  std::vector<CueRead> own_cues;
  int own = Negations(s, from, to, skip, SIZE_MAX, part, &own_cues);
  // The part ends its clause and a clause inserted after it ("…, comme le
  // proposent certains, …") is followed by the rest of the main clause:
  // that rest's negations are the part's ("… reste exclu").
  if (part.second + 1 >= s.tokens.size() ||
      s.tokens[part.second + 1].clause != s.tokens[part.second].clause) {
    const int rest = ContinuationOf(s, s.tokens[part.second].clause);
    if (rest >= 0) own += Negations(s, rest, rest, skip, SIZE_MAX, {0, SIZE_MAX}, &own_cues);
  }
  if (own > 0) {
    reading.count = own;
    reading.cues = std::move(own_cues);
  } else {
    // One without shares the negations of a neighbouring part when they share
    // a predicate: coordinated objects ("rejette X et les élections", "erkent
    // X en de verkiezingen niet"), or a verb coordinated with the verb before,
    // whose object they share ("ne peut reconnaître et accepter l'annexion").
    // A predicate of its own does not ("condamne X et reconnaît Y", "soutient
    // X et condamne Y").
    auto infinitive = [&](size_t i) {
      const std::string& w = s.tokens[i].folded;
      if (s.language == Language::kDutch)
        return w.size() > 3 && w.compare(w.size() - 2, 2, "en") == 0;
      return w.size() > 3 &&
             (w.compare(w.size() - 2, 2, "er") == 0 || w.compare(w.size() - 2, 2, "ir") == 0 ||
              w.compare(w.size() - 2, 2, "re") == 0);
    };
    auto coordinator_at = [&](size_t i) {
      return i < s.tokens.size() && IsCoordinator(s.tokens[i].folded, s.language) && i > 0 &&
             i + 1 < s.tokens.size() && s.tokens[i - 1].clause == s.tokens[i].clause &&
             s.tokens[i + 1].clause == s.tokens[i].clause;
    };
    std::pair<size_t, size_t> shared = part;
    if (part.first > 0 && coordinator_at(part.first - 1)) {
      const size_t coordinator = part.first - 1;
      bool object = false;
      for (size_t i = part.first; i < first; ++i)
        object |= IsStopword(s.tokens[i].folded, s.language);
      if (object || (coordinator > 0 && infinitive(coordinator - 1) && infinitive(first))) {
        shared.first = SegmentOf(s, coordinator - 1).first;
      }
    }
    if (coordinator_at(part.second + 1) &&
        IsStopword(s.tokens[part.second + 2].folded, s.language)) {
      shared.second = SegmentOf(s, part.second + 2).second;
    }
    if (shared != part) {
      reading.count = Negations(s, from, to, skip, SIZE_MAX, shared, &reading.cues);
    } else {
      reading.cues = std::move(own_cues);
    }
  }
  reading.negated = reading.count % 2 == 1;
  return reading;
}

bool IsNegated(const AnalysedSentence& s, const std::vector<size_t>& span,
               const std::vector<size_t>& ignored) {
  return ReadNegation(s, span, ignored).negated;
}

namespace {

std::vector<size_t> Range(size_t first, size_t last) {
  std::vector<size_t> r;
  for (size_t i = first; i <= last; ++i) r.push_back(i);
  return r;
}

// The first hit of `kind` among tokens [from, to), if any. Names and
// pronouns are compared as written (folded) when short: "elle" is not
// "elles", "nous" not "nos"; longer words also inflected ("partenaires").
std::optional<std::pair<size_t, size_t>> FirstHitIn(const AnalysedSentence& s, ListKind kind,
                                                    size_t from, size_t to) {
  if (from >= to) return std::nullopt;
  auto same = [](const WordForm& w, const WordForm& p) {
    if (w.folded.size() < 6 || p.folded.size() < 6) return w.folded == p.folded;
    return SameInflectedWord(w, p);
  };
  for (size_t i = from; i < to; ++i) {
    for (const auto& phrase : List(kind, s.language)) {
      if (i + phrase.size() > to) continue;
      bool match = true;
      for (size_t k = 0; match && k < phrase.size(); ++k) match = same(s.tokens[i + k], phrase[k]);
      if (match) return std::make_pair(i, i + phrase.size() - 1);
    }
  }
  return std::nullopt;
}

// Who is named among tokens [from, to): Belgium (own voice), another subject
// (third party, actor, or a name when `names`), or nobody. `cue` gets the words.
enum class Named { kNobody, kBelgium, kOther };
Named WhoIn(const AnalysedSentence& s, size_t from, size_t to, bool names,
            std::vector<size_t>* cue) {
  if (from >= to) return Named::kNobody;
  // The first one named decides ("l'on nous demande": "on"; "Volgens de
  // Israëlische minister van Financiën": the minister). Belgium's own words
  // followed by another's name are that other's ("l'ambassade de Chine").
  static const std::set<std::string> kOf = {"de", "du", "des", "d", "van", "der"};
  static const std::set<std::string> kPrepositions = {
      "de",  "du",   "des", "d",  "a",  "au",  "aux",  "en",  "sur",  "par",  "pour", "avec",
      "van", "voor", "met", "in", "op", "uit", "naar", "bij", "over", "dans", "vers", "tot"};
  for (size_t i = from; i < to; ++i) {
    if (auto own = FirstHitIn(s, ListKind::kOwnVoice, i, to); own && own->first == i) {
      const size_t next = own->second + 1;
      const bool of_other = next + 1 < to && kOf.count(s.tokens[next].folded) &&
                            (s.tokens[next + 1].capitalised ||
                             FirstHitIn(s, ListKind::kActors, next + 1, to).has_value());
      if (!of_other) {
        *cue = Range(own->first, own->second);
        return Named::kBelgium;
      }
      *cue = Range(own->first, next + 1);
      return Named::kOther;
    }
    for (ListKind kind : {ListKind::kThirdParty, ListKind::kActors}) {
      if (auto hit = FirstHitIn(s, kind, i, to); hit && hit->first == i) {
        *cue = Range(hit->first, hit->second);
        return Named::kOther;
      }
    }
    // A name in subject position: capitalised, not the sentence's first
    // word, opening its clause or after an article ("la Hongrie"), not
    // after a preposition or a noun ("du Conseil", "l'océan Arctique").
    static const std::set<std::string> kArticles = {"le", "la",  "l",  "les", "het",
                                                    "de", "een", "un", "une"};
    const Token& t = s.tokens[i];
    const bool subject_position =
        i > 0 && (s.tokens[i - 1].clause != t.clause ||
                  (kArticles.count(s.tokens[i - 1].folded) &&
                   !kPrepositions.count(s.tokens[i - 1].folded)) ||
                  (s.language == Language::kDutch && s.tokens[i - 1].folded == "de"));
    if (names && subject_position && t.capitalised && !IsStopword(t.folded, s.language)) {
      *cue = {i};
      return Named::kOther;
    }
  }
  return Named::kNobody;
}

// Words that open a clause inserted between a subject and its verb ("dont la
// Hongrie", "comme ses partenaires", "waaronder Hongarije"): such a clause
// names no subject of the sentence.
bool OpensInsertedClause(const std::string& folded, Language language) {
  static const std::set<std::string> fr = {"dont",      "comme", "qui",   "que",     "qu",
                                           "notamment", "y",     "en",    "surtout", "tout",
                                           "tel",       "par",   "telle", "tels",    "telles"};
  static const std::set<std::string> nl = {"waaronder", "zoals", "die",     "dat",     "net",
                                           "onder",     "met",   "vooral",  "ook",     "welke",
                                           "door",      "wat",   "waartoe", "waarvoor"};
  return (language == Language::kDutch ? nl : fr).count(folded) > 0;
}

// Whether the text between tokens `a` and `b` holds a strong cut (";", ":").
bool StrongCutBetween(const AnalysedSentence& s, size_t a, size_t b) {
  const std::string_view gap =
      std::string_view(s.text).substr(s.tokens[a].end, s.tokens[b].begin - s.tokens[a].end);
  return gap.find(';') != std::string_view::npos || gap.find(':') != std::string_view::npos;
}

}  // namespace

VoiceReading ReadVoice(const AnalysedSentence& s, const std::vector<size_t>& span) {
  VoiceReading reading;
  if (span.empty()) return reading;
  auto decide = [&](Voice voice, std::vector<size_t> tokens, CueKind kind) {
    reading.voice = voice;
    reading.cues.push_back(CueRead{std::move(tokens), kind, true});
    return reading;
  };
  const size_t first = *std::min_element(span.begin(), span.end());
  const size_t last = *std::max_element(span.begin(), span.end());
  // "selon X", "volgens X": X speaks for the whole sentence.
  // Verbs and frames are compared inflected, not by a shared prefix
  // ("exigence" is not "exige", "volgende" not "volgens").
  for (const auto& [a, b] : Hits(s, List(ListKind::kReportingFrames, s.language), 0, true)) {
    if (a <= last && b >= first) continue;  // the frame is part of the span itself
    size_t end = b + 1;
    while (end < s.tokens.size() && s.tokens[end].clause == s.tokens[b].clause && end <= b + 6)
      ++end;
    std::vector<size_t> who;
    if (WhoIn(s, b + 1, end, false, &who) != Named::kBelgium) {
      std::vector<size_t> cue = Range(a, b);
      cue.insert(cue.end(), who.begin(), who.end());
      return decide(Voice::kOther, cue, CueKind::kReporting);
    }
  }
  // "X affirme que …", "X exige que …": X speaks for what follows the verb.
  // Belgium's own demand is its position ("La Belgique exige que …").
  for (ListKind kind : {ListKind::kDemandVerbs, ListKind::kReportingVerbs}) {
    for (const auto& [a, b] : Hits(s, List(kind, s.language), 0, true)) {
      if (b >= first) continue;
      // A verb inside an inserted clause ("…, tel que le souhaite X, …") speaks for nothing after
      // it.
      size_t clause_start = a;
      while (clause_start > 0 && s.tokens[clause_start - 1].clause == s.tokens[a].clause)
        --clause_start;
      if (s.tokens[a].clause != s.tokens[first].clause && clause_start > 0 &&
          OpensInsertedClause(s.tokens[clause_start].folded, s.language)) {
        continue;
      }
      std::vector<size_t> who;
      const Named named = WhoIn(s, 0, a, false, &who);
      std::vector<size_t> cue = Range(a, b);
      if (named == Named::kBelgium) {
        if (kind == ListKind::kDemandVerbs) {
          who.insert(who.end(), cue.begin(), cue.end());
          return decide(Voice::kOwn, who, CueKind::kDemand);
        }
        continue;
      }
      bool speaker = named == Named::kOther;
      for (size_t i = 0; i < a && !speaker; ++i)
        speaker = !IsStopword(s.tokens[i].folded, s.language);
      // A proposal or demand by a speaker no list names (a service of the
      // draft's own administration, "De cel Noordzee stelt voor dat België …")
      // that Belgium do something is a Belgian position in the making.
      if (speaker && named == Named::kNobody && kind == ListKind::kDemandVerbs &&
          FirstHitIn(s, ListKind::kOwnVoice, b + 1, first).has_value()) {
        continue;
      }
      if (speaker) {
        cue.insert(cue.begin(), who.begin(), who.end());
        return decide(Voice::kOther, cue,
                      kind == ListKind::kDemandVerbs ? CueKind::kDemand : CueKind::kReporting);
      }
    }
  }
  // The span's own clause: a subject before it, or an agent after it ("par la Hongrie").
  const int clause = s.tokens[first].clause;
  size_t clause_start = first;
  while (clause_start > 0 && s.tokens[clause_start - 1].clause == clause) --clause_start;
  std::vector<size_t> who;
  if (auto hit = FirstHitIn(s, ListKind::kOwnVoice, clause_start, first)) {
    return decide(Voice::kOwn, Range(hit->first, hit->second), CueKind::kOwnVoice);
  }
  // An inverted subject right after the verb, in its clause ("Daarom erkent België …", "onthoudt
  // België zich").
  size_t inverted_end = first + 1;
  while (inverted_end < s.tokens.size() && inverted_end < first + 4 &&
         s.tokens[inverted_end].clause == clause)
    ++inverted_end;
  if (auto hit = FirstHitIn(s, ListKind::kOwnVoice, first + 1, inverted_end)) {
    return decide(Voice::kOwn, Range(hit->first, hit->second), CueKind::kOwnVoice);
  }
  if (WhoIn(s, clause_start, first, true, &who) == Named::kOther)
    return decide(Voice::kOther, who, CueKind::kOtherSubject);
  // The agent ("wordt door Hongarije erkend", "n'est pas envisagé par la
  // Belgique"), in the clauses of the span, not in a clause inserted between
  // its words ("Le transfert, décidé par certains partenaires, …").
  std::set<int> span_clauses;
  for (size_t i : span) span_clauses.insert(s.tokens[i].clause);
  for (size_t i = first + 1; i < s.tokens.size() && s.tokens[i].clause <= s.tokens[last].clause;
       ++i) {
    if (Contains(span, i) || !span_clauses.count(s.tokens[i].clause)) continue;
    if (s.tokens[i].folded == "par" || s.tokens[i].folded == "door") {
      size_t end = i + 1;
      while (end < s.tokens.size() && s.tokens[end].clause == s.tokens[i].clause && end <= i + 5)
        ++end;
      const Named named = WhoIn(s, i + 1, end, true, &who);
      if (named == Named::kOther) {
        who.insert(who.begin(), i);
        return decide(Voice::kOther, who, CueKind::kOtherSubject);
      }
      if (named == Named::kBelgium) {
        who.insert(who.begin(), i);
        return decide(Voice::kOwn, who, CueKind::kOwnVoice);
      }
    }
  }
  // A clause with no subject of its own ("…, dont la Hongrie, s'opposent à",
  // "… mais refuse X"): the subject of the nearest clause before it that is
  // not inserted, up to a ";" or ":".
  for (size_t end = clause_start; end > 0;) {
    if (StrongCutBetween(s, end - 1, end)) break;
    size_t start = end - 1;
    while (start > 0 && s.tokens[start - 1].clause == s.tokens[end - 1].clause) --start;
    if (!OpensInsertedClause(s.tokens[start].folded, s.language)) {
      const Named named = WhoIn(s, start, end, false, &who);
      if (named == Named::kBelgium) return decide(Voice::kOwn, who, CueKind::kOwnVoice);
      if (named == Named::kOther) return decide(Voice::kOther, who, CueKind::kOtherSubject);
    }
    end = start;
  }
  return reading;
}

Voice VoiceOf(const AnalysedSentence& s, const std::vector<size_t>& span) {
  return ReadVoice(s, span).voice;
}

std::string_view CueKindName(CueKind kind) {
  switch (kind) {
    case CueKind::kNegation:
      return "negation";
    case CueKind::kJoinedNegation:
      return "joined-negation";
    case CueKind::kNegativeVerb:
      return "negative-verb";
    case CueKind::kPseudoNegation:
      return "pseudo-negation";
    case CueKind::kRestriction:
      return "restriction";
    case CueKind::kReporting:
      return "reporting";
    case CueKind::kDemand:
      return "demand";
    case CueKind::kOwnVoice:
      return "own-voice";
    case CueKind::kOtherSubject:
      return "other-subject";
  }
  return "";
}

namespace {

// Every stance cue of `s` that is not part of `subject`.
bool IsDerivedNoun(const std::string& w) {
  for (std::string_view suffix :
       {"ing", "ingen", "tion", "tions", "ment", "ments", "ance", "ances"}) {
    if (w.size() > suffix.size() + 3 &&
        w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  }
  return false;
}

std::vector<StanceReading> StanceCues(const AnalysedSentence& s,
                                      const std::vector<size_t>& subject) {
  std::vector<StanceReading> readings;
  for (auto [kind, stance] : {std::pair{ListKind::kSupport, redlines::Stance::kSupport},
                              std::pair{ListKind::kOppose, redlines::Stance::kOppose},
                              std::pair{ListKind::kAbstain, redlines::Stance::kAbstain}}) {
    const Phrases& cues = List(kind, s.language);
    for (const auto& [a, b] : Hits(s, cues, kCueGap)) {
      bool overlaps = false;
      for (size_t i = a; i <= b; ++i) overlaps |= Contains(subject, i);
      // A noun derived from a cue verb ("aanvaarding" of "aanvaarden",
      // "acceptation") names an act, it takes no stance, unless listed itself.
      if (a == b && IsDerivedNoun(s.tokens[a].folded)) {
        const std::string& folded = s.tokens[a].folded;  // clang 14 cannot capture a binding
        overlaps |= std::none_of(cues.begin(), cues.end(), [&folded](const auto& cue) {
          return cue.size() == 1 && cue[0].folded == folded;
        });
      }
      if (!overlaps) readings.push_back(StanceReading{stance, {a, b}, {}});
    }
  }
  return readings;
}

// `reading` as Belgium's stance: nullopt when another speaker holds it, flipped when negated.
std::optional<StanceReading> OwnStance(const AnalysedSentence& s, StanceReading reading,
                                       const std::vector<size_t>& subject) {
  std::vector<size_t> cue;
  for (size_t i = reading.cue.first; i <= reading.cue.second; ++i) cue.push_back(i);
  VoiceReading voice = ReadVoice(s, cue);
  if (voice.voice == Voice::kOther) return std::nullopt;
  reading.cues = std::move(voice.cues);
  const int clause = s.tokens[reading.cue.first].clause;
  // The cue's words are not negations of it, but a negation inside a cue
  // with a gap is ("verzet zich niet tegen", "ne s'oppose pas à").
  std::vector<size_t> ignored;
  static const std::set<std::string> kNegationWords = {
      "ne", "n", "pas", "plus", "jamais", "niet", "geen", "nooit", "nullement", "guere"};
  for (size_t i : cue) {
    if (!kNegationWords.count(s.tokens[i].folded)) ignored.push_back(i);
  }
  ignored.insert(ignored.end(), subject.begin(), subject.end());
  // A negative verb after the cue has its own object ("soutient X et s'oppose à Y").
  if (Negations(s, clause, clause, ignored, reading.cue.first, SegmentOf(s, reading.cue.first),
                &reading.cues) %
          2 ==
      1) {
    if (reading.stance == redlines::Stance::kAbstain) return std::nullopt;
    reading.stance = reading.stance == redlines::Stance::kSupport ? redlines::Stance::kOppose
                                                                  : redlines::Stance::kSupport;
  }
  return reading;
}

}  // namespace

std::optional<StanceReading> StanceOn(const AnalysedSentence& s,
                                      const std::vector<size_t>& subject) {
  if (subject.empty()) return std::nullopt;
  // The subject's head is its first word ("confiscation" in "confiscation des
  // avoirs"); its other words may be picked up in another clause.
  const size_t head = subject.front();
  const int clause = s.tokens[head].clause;
  std::optional<StanceReading> best;
  double best_distance = 1e9;
  for (const StanceReading& r : StanceCues(s, subject)) {
    const auto [a, b] = r.cue;
    double distance = b < head   ? static_cast<double>(head - b)
                      : a > head ? static_cast<double>(a - head) + 0.5
                                 : 0;
    if (s.tokens[a].clause != clause && s.tokens[b].clause != clause)
      distance += 1000;  // another clause: last resort
    // A longer cue at the same place wins ("s oppose à" over "oppose").
    if (distance < best_distance ||
        (best && distance == best_distance && b - a > best->cue.second - best->cue.first)) {
      best_distance = distance;
      best = r;
    }
  }
  if (!best) return std::nullopt;
  return OwnStance(s, *best, subject);
}

std::vector<redlines::Stance> OwnStances(const AnalysedSentence& s) {
  std::vector<redlines::Stance> stances;
  for (const StanceReading& r : StanceCues(s, {})) {
    if (auto own = OwnStance(s, r, {})) stances.push_back(own->stance);
  }
  return stances;
}

}  // namespace tandem::check
