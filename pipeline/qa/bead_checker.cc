#include "pipeline/qa/bead_checker.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "pipeline/lexicon/word_key.h"
#include "pipeline/qa/negation.h"
#include "pipeline/qa/numbers.h"
#include "pipeline/text/language_id.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/paragraphs.h"
#include "pipeline/text/utf8.h"
#include "pipeline/text/words.h"

namespace tandem::qa {
namespace {

constexpr double kUntranslatedMargin = 8;  // nats: the "wrong" language must clearly win
constexpr size_t kMinLengthForRatio = 60;  // characters; shorter texts vary too much
constexpr double kMinRatioDeviation = 0.6;  // in log ratio (about x1.8)
constexpr size_t kSharedPrefix = 4;         // names "Russie"/"Russische" share a stem

// Quantities present on one side and not the other (multiset difference).
void CompareNumbers(const std::string& fr, const std::string& nl, std::vector<Flag>& flags) {
  std::multimap<std::string, std::string> fr_values, nl_values;
  for (const Quantity& q : FindQuantities(fr)) fr_values.emplace(q.value, q.text);
  for (const Quantity& q : FindQuantities(nl)) nl_values.emplace(q.value, q.text);
  Flag flag{FlagKind::kNumbers, "", {}, {}};
  auto unmatched = [](const std::multimap<std::string, std::string>& a, std::multimap<std::string, std::string> b,
                      std::vector<std::string>& out) {
    for (const auto& [value, text] : a) {
      auto it = b.find(value);
      if (it != b.end()) {
        b.erase(it);
      } else {
        out.push_back(text);
      }
    }
  };
  unmatched(fr_values, nl_values, flag.fr_words);
  unmatched(nl_values, fr_values, flag.nl_words);
  if (flag.fr_words.empty() && flag.nl_words.empty()) return;
  flag.message = fmt::format("numbers differ: FR {} / NL {}", flag.fr_words.empty() ? "-" : fmt::format("{}", fmt::join(flag.fr_words, ", ")),
                             flag.nl_words.empty() ? "-" : fmt::format("{}", fmt::join(flag.nl_words, ", ")));
  flags.push_back(std::move(flag));
}

void CompareNegation(const std::string& fr, const std::string& nl, std::vector<Flag>& flags) {
  const auto fr_cues = NegationCues(fr, Language::kFrench);
  const auto nl_cues = NegationCues(nl, Language::kDutch);
  if (fr_cues.empty() == nl_cues.empty()) return;
  Flag flag{FlagKind::kNegation, "", {}, {}};
  for (auto c : fr_cues) flag.fr_words.emplace_back(c);
  for (auto c : nl_cues) flag.nl_words.emplace_back(c);
  flag.message = fr_cues.empty() ? fmt::format("negation in Dutch only: {}", fmt::join(flag.nl_words, ", "))
                                 : fmt::format("negation in French only: {}", fmt::join(flag.fr_words, ", "));
  flags.push_back(std::move(flag));
}

struct Candidate {
  std::string written, key;
};

// Acronyms (two or more capitals) and capitalised words that do not open a sentence.
std::vector<Candidate> Entities(const std::string& text) {
  std::vector<Candidate> out;
  const auto words = text::SplitWords(text);
  // A heading in capitals has no acronyms to speak of.
  size_t upper = 0, lower = 0;
  for (char c : text) {
    upper += c >= 'A' && c <= 'Z';
    lower += c >= 'a' && c <= 'z';
  }
  const bool in_capitals = upper > lower;
  for (size_t i = 0; i < words.size(); ++i) {
    const text::Word& w = words[i];
    if (w.is_number || w.text.size() < 2) continue;
    const unsigned char first = static_cast<unsigned char>(w.text[0]);
    const bool capital = (first >= 'A' && first <= 'Z') || (first == 0xC3 && w.text.size() > 1 &&
                                                             static_cast<unsigned char>(w.text[1]) < 0x9F);
    if (!capital) continue;
    bool acronym = true;
    for (char c : w.text) acronym &= !(c >= 'a' && c <= 'z');
    // A sentence's first word is capitalised anyway.
    size_t p = w.begin;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '(' || text[p - 1] == '"')) --p;
    const bool opens = p == 0 || text[p - 1] == '.' || text[p - 1] == ':' || text[p - 1] == '\n' ||
                       text[p - 1] == '?' || text[p - 1] == '!' || (p >= 3 && text.compare(p - 3, 3, "\u2022") == 0) ||
                       (p >= 1 && text[p - 1] == ')');
    if (acronym && in_capitals) continue;
    if (!acronym && (opens || w.text.size() < 3)) continue;
    out.push_back({std::string(w.text), lexicon::WordKey(w.text)});
  }
  return out;
}

// `phrase` in `text` as whole words (both folded).
bool ContainsPhrase(const std::string& text, const std::string& phrase) {
  auto word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; };
  for (size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
    const bool starts = at == 0 || !word_byte(text[at - 1]);
    const bool ends = at + phrase.size() == text.size() || !word_byte(text[at + phrase.size()]);
    if (starts && ends) return true;
  }
  return false;
}

bool SharePrefix(const std::string& a, const std::string& b) {
  if (a.size() < kSharedPrefix || b.size() < kSharedPrefix) return a == b;
  return a.compare(0, kSharedPrefix, b, 0, kSharedPrefix) == 0;
}

// True when `entity` (a key on one side) has a counterpart among `other_keys`.
bool HasCounterpart(const Candidate& entity, const std::set<std::string>& other_keys,
                    const std::unordered_set<std::string>& linked, bool acronym) {
  if (other_keys.count(entity.key)) return true;
  for (const std::string& l : linked) {
    if (other_keys.count(l)) return true;
  }
  if (acronym) return false;
  for (const std::string& k : other_keys) {
    if (SharePrefix(entity.key, k)) return true;
  }
  return false;
}

void CompareEntities(const std::string& fr, const std::string& nl, const lexicon::Lexicon& lexicon,
                     std::vector<Flag>& flags) {
  std::set<std::string> fr_keys, nl_keys;
  for (const text::Word& w : text::SplitWords(fr)) fr_keys.insert(lexicon::WordKey(w.text));
  for (const text::Word& w : text::SplitWords(nl)) nl_keys.insert(lexicon::WordKey(w.text));
  // Words of a lexicon phrase pair found on both sides ("Affaires étrangères" /
  // "Buitenlandse Zaken") are accounted for.
  std::set<std::string> covered;
  const std::string fr_folded = text::FoldForMatching(fr), nl_folded = text::FoldForMatching(nl);
  for (const auto& phrase : lexicon.phrases()) {
    if (!ContainsPhrase(fr_folded, phrase.fr) || !ContainsPhrase(nl_folded, phrase.nl)) continue;
    for (const text::Word& w : text::SplitWords(phrase.fr)) covered.insert("fr:" + lexicon::WordKey(w.text));
    for (const text::Word& w : text::SplitWords(phrase.nl)) covered.insert("nl:" + lexicon::WordKey(w.text));
  }
  Flag flag{FlagKind::kEntity, "", {}, {}};
  auto is_acronym = [](const std::string& s) {
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  std::set<std::string> seen = covered;
  for (const Candidate& e : Entities(fr)) {
    if (!seen.insert("fr:" + e.key).second) continue;
    if (!is_acronym(e.written) && lexicon.IsCommonFrench(e.key)) continue;  // a capitalised common noun
    if (!HasCounterpart(e, nl_keys, lexicon.DutchKeysOf(e.key), is_acronym(e.written))) flag.fr_words.push_back(e.written);
  }
  for (const Candidate& e : Entities(nl)) {
    if (!seen.insert("nl:" + e.key).second) continue;
    if (!is_acronym(e.written) && lexicon.IsCommonDutch(e.key)) continue;
    if (!HasCounterpart(e, fr_keys, lexicon.FrenchKeysOf(e.key), is_acronym(e.written))) flag.nl_words.push_back(e.written);
  }
  if (flag.fr_words.empty() && flag.nl_words.empty()) return;
  std::vector<std::string> parts;
  if (!flag.fr_words.empty()) parts.push_back(fmt::format("in French only: {}", fmt::join(flag.fr_words, ", ")));
  if (!flag.nl_words.empty()) parts.push_back(fmt::format("in Dutch only: {}", fmt::join(flag.nl_words, ", ")));
  flag.message = fmt::format("names or acronyms {}", fmt::join(parts, "; "));
  flags.push_back(std::move(flag));
}

void CompareLanguages(const std::string& fr, const std::string& nl, std::vector<Flag>& flags) {
  auto wrong = [](const std::string& text, Language expected) {
    const text::LanguageScores s = text::ScoreLanguages(text);
    const Language other = expected == Language::kFrench ? Language::kDutch : Language::kFrench;
    return s.words >= 3 && s.of(other) - s.of(expected) >= kUntranslatedMargin;
  };
  const bool identical = fr == nl && text::SplitWords(fr).size() >= 3;
  if (identical || wrong(fr, Language::kFrench) || wrong(nl, Language::kDutch)) {
    flags.push_back(Flag{FlagKind::kUntranslated,
                         identical ? "both sides are the same text" : "one side is not in its language: left untranslated?",
                         {}, {}});
  }
}

}  // namespace

std::string_view FlagName(FlagKind kind) {
  switch (kind) {
    case FlagKind::kOneSided: return "one-sided";
    case FlagKind::kNumbers: return "numbers";
    case FlagKind::kNegation: return "negation";
    case FlagKind::kEntity: return "entity";
    case FlagKind::kLength: return "length";
    case FlagKind::kUntranslated: return "untranslated";
    case FlagKind::kHeadingNumber: return "heading-number";
    case FlagKind::kTerm: return "term";
  }
  return "unknown";
}

bool FlagKindFromName(std::string_view name, FlagKind* kind) {
  for (FlagKind k : {FlagKind::kOneSided, FlagKind::kNumbers, FlagKind::kNegation, FlagKind::kEntity, FlagKind::kLength,
                     FlagKind::kUntranslated, FlagKind::kHeadingNumber, FlagKind::kTerm}) {
    if (FlagName(k) == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

std::vector<std::vector<Flag>> CheckBeads(const Stream& fr, const Stream& nl, const std::vector<align::Bead>& beads,
                                          const CheckOptions& options) {
  const lexicon::Lexicon& lexicon = options.lexicon ? *options.lexicon : lexicon::Builtin();
  // The document's norm of length ratio: median of log(NL/FR) over long two-sided beads.
  std::vector<double> ratios(beads.size(), std::nan(""));
  std::vector<double> sample;
  for (size_t b = 0; b < beads.size(); ++b) {
    const align::Bead& bead = beads[b];
    if (bead.fr_count == 0 || bead.nl_count == 0) continue;
    const size_t f = text::CodePointCount(fr.Text(bead.fr_begin, bead.fr_count));
    const size_t n = text::CodePointCount(nl.Text(bead.nl_begin, bead.nl_count));
    if (f < kMinLengthForRatio && n < kMinLengthForRatio) continue;
    ratios[b] = std::log(static_cast<double>(n) / static_cast<double>(std::max<size_t>(f, 1)));
    sample.push_back(ratios[b]);
  }
  double median = 0, spread = kMinRatioDeviation;
  if (!sample.empty()) {
    std::sort(sample.begin(), sample.end());
    median = sample[sample.size() / 2];
    std::vector<double> deviations;
    for (double r : sample) deviations.push_back(std::fabs(r - median));
    std::sort(deviations.begin(), deviations.end());
    spread = std::max(kMinRatioDeviation, 4 * deviations[deviations.size() / 2]);
  }

  std::vector<std::vector<Flag>> all(beads.size());
  for (size_t b = 0; b < beads.size(); ++b) {
    const align::Bead& bead = beads[b];
    std::vector<Flag>& flags = all[b];
    const std::string f = fr.Text(bead.fr_begin, bead.fr_count);
    const std::string n = nl.Text(bead.nl_begin, bead.nl_count);
    if (bead.fr_count == 0 || bead.nl_count == 0) {
      flags.push_back(Flag{FlagKind::kOneSided,
                           bead.fr_count == 0 ? "paragraph in Dutch only" : "paragraph in French only", {}, {}});
      continue;
    }
    const std::string fr_section = text::LeadingSectionNumber(fr.blocks[bead.fr_begin].text);
    const std::string nl_section = text::LeadingSectionNumber(nl.blocks[bead.nl_begin].text);
    if (!fr_section.empty() && !nl_section.empty() && fr_section != nl_section) {
      flags.push_back(Flag{FlagKind::kHeadingNumber, fmt::format("heading numbers differ: {} / {}", fr_section, nl_section),
                           {fr_section}, {nl_section}});
    }
    CompareNumbers(f, n, flags);
    CompareNegation(f, n, flags);
    CompareEntities(f, n, lexicon, flags);
    if (!std::isnan(ratios[b]) && std::fabs(ratios[b] - median) > spread) {
      flags.push_back(Flag{FlagKind::kLength,
                           fmt::format("Dutch is {:.1f} times the French length; the document's norm is {:.1f}",
                                       std::exp(ratios[b]), std::exp(median)),
                           {}, {}});
    }
    CompareLanguages(f, n, flags);
  }
  return all;
}

}  // namespace tandem::qa
