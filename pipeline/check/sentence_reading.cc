#include "pipeline/check/sentence_reading.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>

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
    for (ListKind kind : {ListKind::kNegativeVerbs, ListKind::kReportingVerbs, ListKind::kReportingFrames,
                          ListKind::kOwnVoice, ListKind::kThirdParty, ListKind::kActors, ListKind::kSupport, ListKind::kOppose,
                          ListKind::kAbstain}) {
      for (Language language : {Language::kFrench, Language::kDutch}) {
        Phrases& phrases = all->lists[{kind, language}];
        for (std::string_view entry : dictionaries::WordList(kind, language == Language::kDutch ? "nl" : "fr")) {
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
std::vector<std::pair<size_t, size_t>> Hits(const AnalysedSentence& s, const Phrases& phrases, size_t max_gap = 0) {
  std::vector<std::pair<size_t, size_t>> hits;
  for (const auto& phrase : phrases) {
    for (const auto& run : MatchRuns(s, phrase, phrase.size() > 1 ? max_gap : 0)) hits.push_back(run);
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
std::vector<std::pair<size_t, size_t>> ExactHits(const AnalysedSentence& s, const Phrases& phrases) {
  std::vector<std::pair<size_t, size_t>> hits;
  for (const auto& phrase : phrases) {
    for (size_t i = 0; i + phrase.size() <= s.tokens.size(); ++i) {
      bool match = true;
      for (size_t k = 0; match && k < phrase.size(); ++k) match = s.tokens[i + k].folded == phrase[k].folded;
      if (match) hits.emplace_back(i, i + phrase.size() - 1);
    }
  }
  return hits;
}

bool Contains(const std::vector<size_t>& list, size_t i) { return std::find(list.begin(), list.end(), i) != list.end(); }

bool IsCoordinator(const std::string& folded, Language language) {
  return language == Language::kDutch ? folded == "en" || folded == "of" : folded == "et" || folded == "ou";
}

// Tokens [first, last] of the coordinated part of its clause that holds token
// `i`: "ne reconnaît pas X" | "et ne reconnaîtra jamais Y".
std::pair<size_t, size_t> SegmentOf(const AnalysedSentence& s, size_t i) {
  const int clause = s.tokens[i].clause;
  size_t first = i, last = i;
  while (first > 0 && s.tokens[first - 1].clause == clause && !IsCoordinator(s.tokens[first - 1].folded, s.language)) --first;
  while (last + 1 < s.tokens.size() && s.tokens[last + 1].clause == clause &&
         !IsCoordinator(s.tokens[last + 1].folded, s.language)) {
    ++last;
  }
  return {first, last};
}

// The negations in clauses [from, to] of `s`, among tokens [tokens.first,
// tokens.second]. Negative verbs count when they start before token
// `verbs_before` and are not among `ignored`; verbs joined by "et"/"en" count
// once ("rejette et condamne").
int Negations(const AnalysedSentence& s, int from, int to, const std::vector<size_t>& ignored,
              size_t verbs_before = SIZE_MAX, std::pair<size_t, size_t> tokens = {0, SIZE_MAX}) {
  std::vector<bool> skip(s.tokens.size(), false);
  for (const auto& [first, last] : ExactHits(s, Cues().pseudo_negations)) {
    for (size_t i = first; i <= last; ++i) skip[i] = true;  // pseudo-negations
  }
  static const std::set<std::string> kFrenchPartners = {"pas",  "plus",    "jamais", "guere", "aucun",
                                                        "aucune", "nullement", "rien", "personne", "point", "ni"};
  static const std::set<std::string> kFrenchAlone = {"jamais", "aucun", "aucune", "nullement", "sans", "pas", "nul", "nulle"};
  static const std::set<std::string> kDutch = {"niet", "geen", "nooit", "noch", "zonder", "geenszins", "niets", "niemand", "nergens"};
  int count = 0;
  std::vector<bool> consumed(s.tokens.size(), false);
  bool ni_seen = false;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.clause < from || t.clause > to || i < tokens.first || i > tokens.second || skip[i] || consumed[i]) continue;
    if (s.language == Language::kDutch) {
      if (kDutch.count(t.folded)) {
        if (t.folded == "noch" && ni_seen) continue;
        ni_seen |= t.folded == "noch";
        ++count;
      }
      continue;
    }
    if (t.folded == "ne" || t.folded == "n") {  // a literary "ne" alone ("je ne sais") negates too
      // "aucun … ne", "jamais … ne": the cue before already counted.
      bool partnered = false;
      for (size_t k = i; k-- > 0 && s.tokens[k].clause == t.clause;) {
        partnered |= kFrenchAlone.count(s.tokens[k].folded) > 0 && s.tokens[k].folded != "sans";
      }
      if (partnered) continue;
      // "ne peut accepter que …": a modal's literary "ne" negates; its "que" introduces a clause.
      static const std::set<std::string> kLiteraryModals = {"peut", "peuvent", "pouvons", "pourra", "pourront", "pourrait",
                                                            "pourraient", "saurait", "sauraient", "saura", "sait",
                                                            "ose", "osera", "cesse", "cessera"};
      const bool modal = i + 1 < s.tokens.size() && kLiteraryModals.count(s.tokens[i + 1].folded) > 0;
      bool restriction = false;
      for (size_t k = i + 1; k < s.tokens.size() && s.tokens[k].clause == t.clause && k <= i + 8; ++k) {
        if (kFrenchPartners.count(s.tokens[k].folded)) {
          consumed[k] = true;
          restriction = skip[k];  // "n'est pas négociable": the pair is a pseudo-negation
          break;
        }
        if (s.tokens[k].folded == "que" || s.tokens[k].folded == "qu") {
          restriction = !modal;  // "ne … que": only
          break;
        }
      }
      if (!restriction) ++count;
      continue;
    }
    if (t.folded == "ni") {
      if (!ni_seen) ++count;
      ni_seen = true;
      continue;
    }
    if (t.folded == "non" && i + 1 < s.tokens.size() && s.tokens[i + 1].begin == t.end + 1) continue;  // "non gouvernemental"
    if (t.folded == "non" || kFrenchAlone.count(t.folded)) ++count;
  }
  size_t previous_verb_end = SIZE_MAX;
  for (const auto& [first, last] : Hits(s, List(ListKind::kNegativeVerbs, s.language), kCueGap)) {
    if (s.tokens[first].clause < from || s.tokens[first].clause > to || first < tokens.first || first > tokens.second ||
        skip[first] || first >= verbs_before) {
      continue;
    }
    bool overlaps = false;
    for (size_t i = first; i <= last; ++i) overlaps |= Contains(ignored, i);
    if (overlaps) continue;
    const bool coordinated = previous_verb_end != SIZE_MAX && first == previous_verb_end + 2 &&
                             IsCoordinator(s.tokens[first - 1].folded, s.language);
    if (!coordinated) ++count;
    previous_verb_end = last;
  }
  return count;
}

bool AnyHitIn(const AnalysedSentence& s, ListKind kind, size_t from, size_t to) {
  if (from >= to) return false;
  for (const auto& [first, last] : Hits(s, List(kind, s.language))) {
    if (first >= from && last < to) return true;
  }
  return false;
}

// A subject other than Belgium among tokens [from, to): a third-party word, a
// known actor ("Hongarije", "Moscou"), or a name (a capitalised word that is
// not a stop word and not the sentence's first word).
bool OtherSubjectIn(const AnalysedSentence& s, size_t from, size_t to) {
  if (from >= to) return false;
  if (AnyHitIn(s, ListKind::kOwnVoice, from, to)) return false;
  if (AnyHitIn(s, ListKind::kThirdParty, from, to) || AnyHitIn(s, ListKind::kActors, from, to)) return true;
  for (size_t i = std::max<size_t>(from, 1); i < to; ++i) {
    const Token& t = s.tokens[i];
    if (t.capitalised && !IsStopword(t.folded, s.language)) return true;
  }
  return false;
}

}  // namespace

bool IsNegated(const AnalysedSentence& s, const std::vector<size_t>& span, const std::vector<size_t>& ignored) {
  if (span.empty()) return false;
  int from = s.tokens[span.front()].clause, to = from;
  for (size_t i : span) {
    from = std::min(from, s.tokens[i].clause);
    to = std::max(to, s.tokens[i].clause);
  }
  std::vector<size_t> skip = ignored;
  skip.insert(skip.end(), span.begin(), span.end());
  // A coordinated part with negations of its own is read alone ("n'a jamais
  // reconnu et ne reconnaîtra jamais l'annexion" negates once); one without
  // shares the clause's ("ne peut reconnaître et accepter l'annexion").
  const size_t first = *std::min_element(span.begin(), span.end());
  const size_t last = *std::max_element(span.begin(), span.end());
  const std::pair<size_t, size_t> part = {SegmentOf(s, first).first, SegmentOf(s, last).second};
  const int own = Negations(s, from, to, skip, SIZE_MAX, part);
  return (own > 0 ? own : Negations(s, from, to, skip)) % 2 == 1;
}

Voice VoiceOf(const AnalysedSentence& s, const std::vector<size_t>& span) {
  if (span.empty()) return Voice::kOwn;
  const size_t first = *std::min_element(span.begin(), span.end());
  const size_t last = *std::max_element(span.begin(), span.end());
  // "selon X", "volgens X": X speaks for the whole sentence.
  for (const auto& [a, b] : Hits(s, List(ListKind::kReportingFrames, s.language))) {
    if (a <= last && b >= first) continue;  // the frame is part of the span itself
    size_t end = b + 1;
    while (end < s.tokens.size() && s.tokens[end].clause == s.tokens[b].clause && end <= b + 6) ++end;
    if (!AnyHitIn(s, ListKind::kOwnVoice, b + 1, end)) return Voice::kOther;
  }
  // "X affirme que …": X speaks for what follows the verb.
  for (const auto& [a, b] : Hits(s, List(ListKind::kReportingVerbs, s.language))) {
    if (b >= first) continue;
    if (AnyHitIn(s, ListKind::kOwnVoice, 0, a)) continue;
    if (AnyHitIn(s, ListKind::kThirdParty, 0, a)) return Voice::kOther;
    for (size_t i = 0; i < a; ++i) {
      if (!IsStopword(s.tokens[i].folded, s.language)) return Voice::kOther;
    }
  }
  // The span's own clause: a subject before it, or an agent after it ("par la Hongrie").
  size_t clause_start = first;
  while (clause_start > 0 && s.tokens[clause_start - 1].clause == s.tokens[first].clause) --clause_start;
  if (AnyHitIn(s, ListKind::kOwnVoice, clause_start, first)) return Voice::kOwn;
  // An inverted subject right after the verb ("Daarom erkent België …", "onthoudt België zich").
  if (AnyHitIn(s, ListKind::kOwnVoice, first + 1, std::min(first + 4, s.tokens.size()))) return Voice::kOwn;
  if (OtherSubjectIn(s, clause_start, first)) return Voice::kOther;
  // The agent may sit inside the span too ("wordt door Hongarije erkend").
  for (size_t i = first + 1; i < s.tokens.size() && s.tokens[i].clause <= s.tokens[last].clause; ++i) {
    if (std::find(span.begin(), span.end(), i) != span.end()) continue;
    if (s.tokens[i].folded == "par" || s.tokens[i].folded == "door") {
      size_t end = i + 1;
      while (end < s.tokens.size() && s.tokens[end].clause == s.tokens[i].clause && end <= i + 5) ++end;
      if (OtherSubjectIn(s, i + 1, end)) return Voice::kOther;
      break;
    }
  }
  return Voice::kOwn;
}

namespace {

// Every stance cue of `s` that is not part of `subject`.
std::vector<StanceReading> StanceCues(const AnalysedSentence& s, const std::vector<size_t>& subject) {
  std::vector<StanceReading> readings;
  for (auto [kind, stance] : {std::pair{ListKind::kSupport, redlines::Stance::kSupport},
                              std::pair{ListKind::kOppose, redlines::Stance::kOppose},
                              std::pair{ListKind::kAbstain, redlines::Stance::kAbstain}}) {
    for (const auto& [a, b] : Hits(s, List(kind, s.language), kCueGap)) {
      bool overlaps = false;
      for (size_t i = a; i <= b; ++i) overlaps |= Contains(subject, i);
      if (!overlaps) readings.push_back(StanceReading{stance, {a, b}});
    }
  }
  return readings;
}

// `reading` as Belgium's stance: nullopt when another speaker holds it, flipped when negated.
std::optional<StanceReading> OwnStance(const AnalysedSentence& s, StanceReading reading,
                                       const std::vector<size_t>& subject) {
  std::vector<size_t> cue;
  for (size_t i = reading.cue.first; i <= reading.cue.second; ++i) cue.push_back(i);
  if (VoiceOf(s, cue) == Voice::kOther) return std::nullopt;
  const int clause = s.tokens[reading.cue.first].clause;
  std::vector<size_t> ignored = cue;
  ignored.insert(ignored.end(), subject.begin(), subject.end());
  // A negative verb after the cue has its own object ("soutient X et s'oppose à Y").
  if (Negations(s, clause, clause, ignored, reading.cue.first, SegmentOf(s, reading.cue.first)) % 2 == 1) {
    if (reading.stance == redlines::Stance::kAbstain) return std::nullopt;
    reading.stance = reading.stance == redlines::Stance::kSupport ? redlines::Stance::kOppose : redlines::Stance::kSupport;
  }
  return reading;
}

}  // namespace

std::optional<StanceReading> StanceOn(const AnalysedSentence& s, const std::vector<size_t>& subject) {
  if (subject.empty()) return std::nullopt;
  // The subject's head is its first word ("confiscation" in "confiscation des
  // avoirs"); its other words may be picked up in another clause.
  const size_t head = subject.front();
  const int clause = s.tokens[head].clause;
  std::optional<StanceReading> best;
  double best_distance = 1e9;
  for (const StanceReading& r : StanceCues(s, subject)) {
    const auto [a, b] = r.cue;
    double distance = b < head ? static_cast<double>(head - b) : a > head ? static_cast<double>(a - head) + 0.5 : 0;
    if (s.tokens[a].clause != clause && s.tokens[b].clause != clause) distance += 1000;  // another clause: last resort
    // A longer cue at the same place wins ("s oppose à" over "oppose").
    if (distance < best_distance || (best && distance == best_distance && b - a > best->cue.second - best->cue.first)) {
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
