#include "pipeline/qa/bead_checker.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "pipeline/qa/names.h"
#include "pipeline/qa/numbers.h"
#include "pipeline/qa/sentence_checks.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/paragraphs.h"
#include "pipeline/text/utf8.h"
#include "pipeline/text/words.h"

namespace tandem::qa {
namespace {

constexpr size_t kMinLengthForRatio = 60;   // characters; shorter texts vary too much
constexpr double kMinRatioDeviation = 0.6;  // in log ratio (about x1.8)
constexpr size_t kMinBeadsForNorm = 3;      // long two-sided beads needed to learn the length norm

// Quantities present on one side and absent from the other. A number in
// digits is matched by the same value in digits or by a number word on the
// other side ("3" = "trois" = "drie", "1" = "un"); number words themselves
// are no evidence ("les deux" / "beide"). An identifier ("F-35") is compared
// only when the other side has one with the same letters ("F-16"): a name
// with digits that is missing altogether is a names question.
void CompareNumbers(const std::string& fr, const std::string& nl, std::vector<Flag>& flags) {
  std::vector<Quantity> sides[2] = {FindQuantities(fr), FindQuantities(nl)};
  std::set<std::string> values[2];
  std::set<std::string> identifier_letters[2];
  auto letters = [](const std::string& value) {
    std::string out;
    for (char c : value.substr(3)) {
      if (!std::isdigit(static_cast<unsigned char>(c))) out.push_back(c);
    }
    return out;
  };
  for (int s = 0; s < 2; ++s) {
    for (const Quantity& q : sides[s]) {
      values[s].insert(q.value);
      if (q.value.rfind("id:", 0) == 0) identifier_letters[s].insert(letters(q.value));
    }
    for (const SpelledNumber& n : SpelledNumbers(s == 0 ? fr : nl, s == 0 ? "fr" : "nl"))
      values[s].insert(n.quantity.value);
  }
  Flag flag{FlagKind::kNumbers, "", {}, {}};
  for (int s = 0; s < 2; ++s) {
    std::set<std::string> reported;
    for (const Quantity& q : sides[s]) {
      if (values[1 - s].count(q.value) || !reported.insert(q.value).second) continue;
      if (q.value.rfind("id:", 0) == 0 && !identifier_letters[1 - s].count(letters(q.value)))
        continue;
      (s == 0 ? flag.fr_words : flag.nl_words).push_back(q.text);
    }
  }
  if (flag.fr_words.empty() && flag.nl_words.empty()) return;
  flags.push_back(std::move(flag));
}

// Both sides the same text: nothing was translated.
void CompareIdentical(const std::string& fr, const std::string& nl, std::vector<Flag>& flags) {
  if (fr != nl || text::SplitWords(fr).size() < 3) return;
  const std::string shown = fr.substr(0, 200);
  flags.push_back(Flag{FlagKind::kUntranslated, "", {shown}, {shown}});
}

}  // namespace

std::string_view FlagName(FlagKind kind) {
  switch (kind) {
    case FlagKind::kOneSided:
      return "one-sided";
    case FlagKind::kNumbers:
      return "numbers";
    case FlagKind::kNegation:
      return "negation";
    case FlagKind::kEntity:
      return "entity";
    case FlagKind::kLength:
      return "length";
    case FlagKind::kUntranslated:
      return "untranslated";
    case FlagKind::kHeadingNumber:
      return "heading-number";
    case FlagKind::kOmission:
      return "omission";
    case FlagKind::kTerm:
      return "term";
  }
  return "unknown";
}

bool FlagKindFromName(std::string_view name, FlagKind* kind) {
  for (FlagKind k : {FlagKind::kOneSided, FlagKind::kNumbers, FlagKind::kNegation,
                     FlagKind::kEntity, FlagKind::kLength, FlagKind::kUntranslated,
                     FlagKind::kHeadingNumber, FlagKind::kOmission, FlagKind::kTerm}) {
    if (FlagName(k) == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

std::vector<std::vector<Flag>> CheckBeads(const Stream& fr, const Stream& nl,
                                          const std::vector<align::Bead>& beads,
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

  std::vector<std::pair<std::string, std::string>> texts;
  for (const align::Bead& bead : beads) {
    if (bead.fr_count > 0 && bead.nl_count > 0) {
      texts.emplace_back(fr.Text(bead.fr_begin, bead.fr_count),
                         nl.Text(bead.nl_begin, bead.nl_count));
    }
  }
  const NameChecker names(lexicon, texts);
  SentenceCheckOptions sentence_options;
  // The document's norm when it has enough beads to tell; else lengths about equal.
  sentence_options.length_ratio = sample.size() >= kMinBeadsForNorm ? std::exp(median) : 1.0;
  sentence_options.lexicon = &lexicon;

  std::vector<std::vector<Flag>> all(beads.size());
  for (size_t b = 0; b < beads.size(); ++b) {
    const align::Bead& bead = beads[b];
    std::vector<Flag>& flags = all[b];
    if (bead.fr_count == 0 || bead.nl_count == 0) {
      Flag flag{FlagKind::kOneSided, "", {}, {}};
      const std::string present = bead.fr_count == 0 ? nl.Text(bead.nl_begin, bead.nl_count)
                                                     : fr.Text(bead.fr_begin, bead.fr_count);
      (bead.fr_count == 0 ? flag.nl_words : flag.fr_words).push_back(present.substr(0, 200));
      flags.push_back(std::move(flag));
    } else {
      const std::string f = fr.Text(bead.fr_begin, bead.fr_count);
      const std::string n = nl.Text(bead.nl_begin, bead.nl_count);
      const std::string fr_section = text::LeadingSectionNumber(fr.blocks[bead.fr_begin].text);
      const std::string nl_section = text::LeadingSectionNumber(nl.blocks[bead.nl_begin].text);
      if (!fr_section.empty() && !nl_section.empty() && fr_section != nl_section) {
        flags.push_back(Flag{FlagKind::kHeadingNumber, "", {fr_section}, {nl_section}});
      }
      CompareNumbers(f, n, flags);
      Flag entity{FlagKind::kEntity, "", {}, {}};
      names.Check(f, n, &entity.fr_words, &entity.nl_words);
      if (!entity.fr_words.empty() || !entity.nl_words.empty()) flags.push_back(std::move(entity));
      const size_t before = flags.size();
      CompareIdentical(f, n, flags);
      if (flags.size() == before) CheckSentences(f, n, sentence_options, flags);
      const bool omission = std::any_of(flags.begin(), flags.end(), [](const Flag& g) {
        return g.kind == FlagKind::kOmission || g.kind == FlagKind::kUntranslated;
      });
      if (!omission && !std::isnan(ratios[b]) && std::fabs(ratios[b] - median) > spread) {
        Flag length{FlagKind::kLength, "", {}, {}};
        length.ratio = std::exp(ratios[b]);
        length.norm = std::exp(median);
        flags.push_back(std::move(length));
      }
    }
    for (Flag& flag : flags) flag.message = FlagMessage(flag, options.message_language);
  }
  return all;
}

}  // namespace tandem::qa
