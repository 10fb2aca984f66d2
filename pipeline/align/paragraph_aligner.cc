#include "pipeline/align/paragraph_aligner.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>

#include "pipeline/align/bead_features.h"
#include "pipeline/text/sentences.h"

namespace tandem::align {
namespace {

struct BeadType {
  int fr, nl;
  double prior;  // P(type) before the document says otherwise
};

// Translators of parliamentary documents keep paragraphs one for one;
// merges, splits and omissions are rare but real. The document's own rates
// replace these after the first pass (see Model::Learn).
constexpr std::array<BeadType, 6> kBeadTypes = {{
    {1, 1, 0.93},
    {1, 0, 0.005},
    {0, 1, 0.005},
    {2, 1, 0.025},
    {1, 2, 0.025},
    {2, 2, 0.01},
}};

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kVariancePerChar = 6.8;  // Gale & Church (1993), before learning
constexpr double kMinVariance = 3.0, kMaxVariance = 40.0;
// Unrelated blocks' length deviations are this many times wider than a
// translation's, before learning; a share kLengthOutliers of translations
// have a length as unusual as unrelated blocks'.
constexpr double kRandomSpread = 4.0, kMinRandomSpread = 1.5, kMaxRandomSpread = 20.0;
constexpr double kLengthOutliers = 0.1;
// The length cost is tabulated over squared deviations up to this (beyond,
// it is flat: -log(kLengthOutliers) to within 1e-5).
constexpr size_t kLengthTableSize = 1024;
constexpr double kLengthTableMax = 50;
constexpr double kMinFirstRatio = 0.8, kMaxFirstRatio = 1.25;
constexpr double kMinRatio = 0.6, kMaxRatio = 1.6;
// How many first-pass beads the document must offer before its own rates
// replace the defaults, and how many beads' worth of weight the defaults keep.
constexpr size_t kMinLearningBeads = 8;
constexpr double kPriorStrength = 30;
// Word-match rates before learning: the share of a block's words that have a
// link in its translation, and in an unrelated block of the same document.
constexpr double kMatchTrue = 0.45, kMatchRandom = 0.06;
// Words of one block are not independent evidence (a term repeats, a name
// comes with its title): each counts for this share of a word.
constexpr double kEvidencePerWord = 0.3;
constexpr double kMaxBlockEvidence = 40;  // nats, either way
constexpr double kSectionMatch = 4.0;
constexpr double kKindMismatch = 1.5;
constexpr double kHeadingMerge =
    3.0;  // a heading merged with another block in a 1-2, 2-1 or 2-2 bead
// Half-width of the band, in paragraphs, around the guide path (see Range).
constexpr size_t kBand = 40;
// A sentence pair counts as evidence of where a block belongs from this score.
constexpr double kSureSentencePair = 0.8;
// Half-width of the second pass's band around the first pass's path.
constexpr size_t kSecondBand = 8;

// The document's model: length ratio and spread, bead-type rates, and how
// often a word finds a link in a translation (q_true) or in an unrelated
// block (q_random).
struct Model {
  double ratio = 1.0;
  double variance = kVariancePerChar;
  std::array<double, 6> prior_cost{};
  double q_true = kMatchTrue, q_random = kMatchRandom;
  double random_spread = kRandomSpread;
  // Per word matched / unmatched, for a block facing one or two blocks.
  std::array<double, 3> matched_gain{}, unmatched_loss{};

  Model() {
    for (size_t t = 0; t < kBeadTypes.size(); ++t) prior_cost[t] = -std::log(kBeadTypes[t].prior);
    Derive();
  }

  void Derive() {
    TabulateLengthCost();
    for (int k = 1; k <= 2; ++k) {
      // A block facing k blocks, one of which is its translation, or none.
      const double t = 1 - (1 - q_true) * std::pow(1 - q_random, k - 1);
      const double r = 1 - std::pow(1 - q_random, k);
      matched_gain[k] = std::log(t / r);
      unmatched_loss[k] = std::log((1 - r) / (1 - t));
    }
  }

  // Log-likelihood ratio (nats) that a block whose word weight is `total`,
  // of which `matched` has links in the `facing` blocks across, is their
  // translation rather than unrelated to them.
  double Evidence(double matched, double total, int facing) const {
    matched = std::min(matched, total);
    const double llr = kEvidencePerWord * (matched * matched_gain[facing] -
                                           (total - matched) * unmatched_loss[facing]);
    return std::clamp(llr, -kMaxBlockEvidence, kMaxBlockEvidence);
  }

  // Minus the log-likelihood ratio that blocks of these lengths translate
  // each other rather than being unrelated. The deviation from the expected
  // length, in standard deviations of the document's translations, follows a
  // normal law for translations (with a share kLengthOutliers of unusual
  // ones) and a law `random_spread` times wider for unrelated blocks: a length
  // far from the expectation costs at most -log(kLengthOutliers), so that
  // length alone never outweighs what the words say.
  double LengthCost(double fr, double nl) const {
    const double mean = (fr + nl / ratio) / 2;
    if (mean <= 0) return 0;
    const double deviation = nl - fr * ratio;
    const double d2 =
        deviation * deviation / (mean * variance);  // squared deviation, in standard deviations
    // Read off the table Derive() made, between its two nearest entries.
    const double x = std::min(d2, kLengthTableMax) * (kLengthTableSize - 1) / kLengthTableMax;
    const size_t k = std::min(static_cast<size_t>(x), kLengthTableSize - 2);
    return length_cost[k] + (x - static_cast<double>(k)) * (length_cost[k + 1] - length_cost[k]);
  }

  // The length cost as a function of the squared deviation d2, tabulated:
  // translation / unrelated = (1 - o) s exp(-d2/2 + d2/2s²) + o.
  std::array<double, kLengthTableSize> length_cost{};
  void TabulateLengthCost() {
    const double s = random_spread;
    for (size_t k = 0; k < kLengthTableSize; ++k) {
      const double d2 = kLengthTableMax * static_cast<double>(k) / (kLengthTableSize - 1);
      length_cost[k] = -std::log((1 - kLengthOutliers) * s * std::exp(-d2 / 2 + d2 / (2 * s * s)) +
                                 kLengthOutliers);
    }
  }
};

class BandedAligner {
 public:
  BandedAligner(const std::vector<Block>& fr, const std::vector<Block>& nl, size_t band,
                const lexicon::Lexicon& lexicon)
      : n_(fr.size()), m_(nl.size()) {
    KeyTable keys;
    fr_.reserve(n_);
    nl_.reserve(m_);
    double fr_chars = 0, nl_chars = 0;
    for (const Block& b : fr) {
      fr_.push_back(ComputeFeatures(b, Language::kFrench, lexicon, keys));
      fr_chars += fr_.back().length;
    }
    for (const Block& b : nl) {
      nl_.push_back(ComputeFeatures(b, Language::kDutch, lexicon, keys));
      nl_chars += nl_.back().length;
    }
    WeighWords(fr_, nl_, keys.size());
    // A first guess of the Dutch/French length ratio from the totals, kept
    // near 1 since omissions distort totals; Learn() takes it from the beads.
    model_.ratio = fr_chars > 0 && nl_chars > 0
                       ? std::clamp(nl_chars / fr_chars, kMinFirstRatio, kMaxFirstRatio)
                       : 1.0;
    band_ = band != 0 ? band : kBand;
    BuildGuide();
  }

  // Re-estimates the model from a first alignment: the length ratio and
  // spread and the word-match rates from its confident 1-1 beads (unrelated
  // blocks: the French block of a bead against the Dutch block of a bead a
  // few places away), the bead-type rates from all its beads, each shrunk
  // towards the defaults. False when the document is too short to learn from.
  bool Learn(const std::vector<Bead>& beads) {
    std::vector<const Bead*> sure;
    for (const Bead& b : beads) {
      if (b.fr_count == 1 && b.nl_count == 1 && b.score >= 0.5) sure.push_back(&b);
    }
    if (sure.size() < kMinLearningBeads) return false;
    double fr_chars = 0, nl_chars = 0;
    for (const Bead* b : sure) {
      fr_chars += fr_[b->fr_begin].length;
      nl_chars += nl_[b->nl_begin].length;
    }
    if (fr_chars <= 0) return false;
    model_.ratio = std::clamp(nl_chars / fr_chars, kMinRatio, kMaxRatio);
    std::vector<double> spread;
    for (const Bead* b : sure) {
      const double f = fr_[b->fr_begin].length, d = nl_[b->nl_begin].length;
      const double mean = (f + d / model_.ratio) / 2;
      if (mean > 0) spread.push_back((d - f * model_.ratio) * (d - f * model_.ratio) / mean);
    }
    // The median of a squared standard normal is 0.455: a spread robust to
    // the few wrong beads of the first pass.
    std::nth_element(spread.begin(), spread.begin() + spread.size() / 2, spread.end());
    model_.variance = std::clamp(spread[spread.size() / 2] / 0.455, kMinVariance, kMaxVariance);

    std::vector<double> random_spread;
    for (size_t k = 0; k < sure.size(); ++k) {
      const double f = fr_[sure[k]->fr_begin].length,
                   d = nl_[sure[(k + 3) % sure.size()]->nl_begin].length;
      const double mean = (f + d / model_.ratio) / 2;
      if (mean > 0)
        random_spread.push_back((d - f * model_.ratio) * (d - f * model_.ratio) /
                                (mean * model_.variance));
    }
    std::nth_element(random_spread.begin(), random_spread.begin() + random_spread.size() / 2,
                     random_spread.end());
    model_.random_spread = std::clamp(std::sqrt(random_spread[random_spread.size() / 2] / 0.455),
                                      kMinRandomSpread, kMaxRandomSpread);

    double true_matched = 0, true_total = 0, random_matched = 0, random_total = 0;
    for (size_t k = 0; k < sure.size(); ++k) {
      const Bead& b = *sure[k];
      const PairStats s = Compare(b.fr_begin, b.nl_begin);
      true_matched += s.fr_matched + s.nl_matched;
      true_total += fr_[b.fr_begin].total_weight + nl_[b.nl_begin].total_weight;
      for (size_t d : {3, 5}) {
        const Bead& far = *sure[(k + d) % sure.size()];
        const PairStats r = Compare(b.fr_begin, far.nl_begin);
        random_matched += r.fr_matched + r.nl_matched;
        random_total += fr_[b.fr_begin].total_weight + nl_[far.nl_begin].total_weight;
      }
    }
    if (true_total > 0 && random_total > 0) {
      const double q_random = std::clamp(random_matched / random_total, 0.005, 0.5);
      const double q_true = std::clamp(true_matched / true_total, 0.05, 0.95);
      if (q_true > q_random * 1.5) {
        model_.q_true = q_true;
        model_.q_random = q_random;
      }
    }
    model_.Derive();

    std::array<double, 6> count{};
    for (const Bead& b : beads) {
      for (size_t t = 0; t < kBeadTypes.size(); ++t) {
        if (static_cast<size_t>(kBeadTypes[t].fr) == b.fr_count &&
            static_cast<size_t>(kBeadTypes[t].nl) == b.nl_count) {
          count[t] += 1;
        }
      }
    }
    const double total = static_cast<double>(beads.size());
    for (size_t t = 0; t < kBeadTypes.size(); ++t) {
      const double p = (count[t] + kPriorStrength * kBeadTypes[t].prior) / (total + kPriorStrength);
      model_.prior_cost[t] = -std::log(p);
    }
    return true;
  }

  void Refocus(const std::vector<Bead>& beads) { BuildBandAround(beads, kSecondBand); }

  // The cheapest path of beads from (0, 0) to (n, m), each bead scored by
  // its margin: how much cheaper the whole alignment is with it than the
  // best alignment that places any of its blocks otherwise.
  // `margins`: score beads by the backward pass (see Score); else by their
  // own match only, enough for learning.
  std::vector<Bead> Run(bool margins) {
    const size_t width = width_;
    const size_t cells = (n_ + 1) * width;
    std::vector<float> forward(cells, static_cast<float>(kInf));
    std::vector<uint8_t> back(cells, UINT8_MAX);
    ResetStats();
    forward[Index(0, 0)] = 0;
    for (size_t i = 0; i <= n_; ++i) {
      const auto [lo, hi] = ranges_[i];
      for (size_t j = lo; j <= hi; ++j) {
        if (i == 0 && j == 0) continue;
        double best = kInf;
        uint8_t best_type = UINT8_MAX;
        for (size_t t = 0; t < kBeadTypes.size(); ++t) {
          const BeadType& type = kBeadTypes[t];
          if (static_cast<size_t>(type.fr) > i || static_cast<size_t>(type.nl) > j) continue;
          const size_t pi = i - type.fr, pj = j - type.nl;
          if (!InBand(pi, pj)) continue;
          const double previous = forward[Index(pi, pj)];
          if (previous == kInf) continue;
          const double cost = previous + BeadCost(pi, pj, t);
          if (cost < best) {
            best = cost;
            best_type = static_cast<uint8_t>(t);
          }
        }
        forward[Index(i, j)] = static_cast<float>(best);
        back[Index(i, j)] = best_type;
      }
    }
    // Walk back from (n, m).
    std::vector<Bead> beads;
    size_t i = n_, j = m_;
    while (i > 0 || j > 0) {
      const uint8_t t = back[Index(i, j)];
      assert(t != UINT8_MAX);
      Bead bead;
      bead.fr_count = static_cast<size_t>(kBeadTypes[t].fr);
      bead.nl_count = static_cast<size_t>(kBeadTypes[t].nl);
      bead.fr_begin = i - bead.fr_count;
      bead.nl_begin = j - bead.nl_count;
      beads.push_back(bead);
      i = bead.fr_begin;
      j = bead.nl_begin;
    }
    std::reverse(beads.begin(), beads.end());
    if (margins) {
      Score(forward, beads);
    } else {
      for (Bead& b : beads) b.score = OwnMatch(b);
    }
    return beads;
  }

 private:
  // The guide path: for each French position, the Dutch position at the same
  // share of the text (characters, not paragraphs), so that omissions spread
  // over the document do not pull the true path away from the band.
  // Rows' ranges then grow monotonically and always reach (n, m).
  void BuildGuide() {
    std::vector<double> fr_cum(n_ + 1, 0), nl_cum(m_ + 1, 0);
    for (size_t i = 0; i < n_; ++i) fr_cum[i + 1] = fr_cum[i] + fr_[i].length + 1;
    for (size_t j = 0; j < m_; ++j) nl_cum[j + 1] = nl_cum[j] + nl_[j].length + 1;
    ranges_.resize(n_ + 1);
    size_t j = 0;
    for (size_t i = 0; i <= n_; ++i) {
      const double share = n_ == 0 ? 1.0 : fr_cum[i] / fr_cum[n_];
      while (j < m_ && nl_cum[j + 1] <= share * nl_cum[m_]) ++j;
      size_t lo = j > band_ ? j - band_ : 0;
      size_t hi = std::min(m_, j + band_);
      if (i == 0) lo = 0;
      if (i == n_) hi = m_;
      ranges_[i] = {lo, hi};
    }
    FinishRanges();
  }

  // A band of `half` blocks either side of the path of `beads`: the second
  // pass only corrects the first one locally, at a quarter of its cost.
  void BuildBandAround(const std::vector<Bead>& beads, size_t half) {
    std::vector<std::pair<size_t, size_t>> path(n_ + 1, {SIZE_MAX, 0});
    auto mark = [&](size_t i, size_t j) {
      path[i].first = std::min(path[i].first, j);
      path[i].second = std::max(path[i].second, j);
    };
    size_t i = 0, j = 0;
    mark(0, 0);
    for (const Bead& b : beads) {
      for (size_t a = 1; a < b.fr_count; ++a) mark(i + a, j);
      i += b.fr_count;
      j += b.nl_count;
      mark(i, j);
    }
    for (size_t r = 0; r <= n_; ++r) {
      const auto [lo, hi] = path[r];
      ranges_[r] = {lo > half ? lo - half : 0, std::min(m_, hi + half)};
    }
    ranges_[0].first = 0;
    ranges_[n_].second = m_;
    FinishRanges();
  }

  // Keeps every row reachable from the previous one and sizes the caches.
  void FinishRanges() {
    for (size_t i = 1; i <= n_; ++i) {
      ranges_[i].first = std::min(ranges_[i].first, ranges_[i - 1].second);
      ranges_[i].first = std::max(ranges_[i].first, ranges_[i - 1].first);
    }
    for (size_t i = n_; i-- > 0;)
      ranges_[i].second = std::max(ranges_[i].second, std::min(m_, ranges_[i + 1].first));
    width_ = 0;
    for (const auto& [lo, hi] : ranges_) width_ = std::max(width_, hi - lo + 1);
  }

  // The probability that a bead's sides translate each other by what they
  // show (words, length, section numbers), prior apart; 1 for a one-sided bead.
  double OwnMatch(const Bead& b) {
    if (b.fr_count == 0 || b.nl_count == 0) return 1.0;
    const size_t t = TypeOf(b);
    const double evidence = model_.prior_cost[t] - BeadCost(b.fr_begin, b.nl_begin, t);
    return 1.0 / (1.0 + std::exp(-evidence));
  }

  static size_t TypeOf(const Bead& b) {
    for (size_t t = 0; t < kBeadTypes.size(); ++t) {
      if (static_cast<size_t>(kBeadTypes[t].fr) == b.fr_count &&
          static_cast<size_t>(kBeadTypes[t].nl) == b.nl_count) {
        return t;
      }
    }
    assert(false);
    return 0;
  }

  bool InBand(size_t i, size_t j) const { return j >= ranges_[i].first && j <= ranges_[i].second; }
  size_t Index(size_t i, size_t j) const { return i * width_ + (j - ranges_[i].first); }

  // Bead margins by a backward pass: for every bead in the band, the cost of
  // the best full alignment that uses it (forward cost before it, its own
  // cost, backward cost after it); each block keeps the cheapest such
  // alignment that places it in a bead other than the chosen one. A bead's
  // score is the logistic of the smallest gap over its blocks.
  void Score(const std::vector<float>& forward, std::vector<Bead>& beads) {
    const double total = forward[Index(n_, m_)];
    // The chosen bead of each block, as its type and start.
    std::vector<uint32_t> fr_bead(n_, UINT32_MAX), nl_bead(m_, UINT32_MAX);
    for (size_t k = 0; k < beads.size(); ++k) {
      for (size_t a = 0; a < beads[k].fr_count; ++a)
        fr_bead[beads[k].fr_begin + a] = static_cast<uint32_t>(k);
      for (size_t b = 0; b < beads[k].nl_count; ++b)
        nl_bead[beads[k].nl_begin + b] = static_cast<uint32_t>(k);
    }
    auto is_chosen = [&](size_t pi, size_t pj, const BeadType& type) {
      const uint32_t k = type.fr > 0 ? fr_bead[pi] : nl_bead[pj];
      const Bead& b = beads[k];
      return b.fr_begin == pi && b.nl_begin == pj && b.fr_count == static_cast<size_t>(type.fr) &&
             b.nl_count == static_cast<size_t>(type.nl);
    };
    std::vector<double> fr_alt(n_, kInf), nl_alt(m_, kInf);
    std::vector<float> backward((n_ + 1) * width_, static_cast<float>(kInf));
    ResetStats();
    backward[Index(n_, m_)] = 0;
    for (size_t i = n_ + 1; i-- > 0;) {
      const auto [lo, hi] = ranges_[i];
      for (size_t j = hi + 1; j-- > lo;) {
        if (i == n_ && j == m_) continue;
        double best = kInf;
        const double before = forward[Index(i, j)];
        for (size_t t = 0; t < kBeadTypes.size(); ++t) {
          const BeadType& type = kBeadTypes[t];
          const size_t ni = i + type.fr, nj = j + type.nl;
          if (ni > n_ || nj > m_ || !InBand(ni, nj)) continue;
          const double after = backward[Index(ni, nj)];
          if (after == kInf) continue;
          const double cost = BeadCost(i, j, t);
          best = std::min(best, cost + after);
          if (before == kInf || is_chosen(i, j, type)) continue;
          const double through = before + cost + after;
          for (int a = 0; a < type.fr; ++a) fr_alt[i + a] = std::min(fr_alt[i + a], through);
          for (int b = 0; b < type.nl; ++b) nl_alt[j + b] = std::min(nl_alt[j + b], through);
        }
        backward[Index(i, j)] = static_cast<float>(best);
      }
    }
    for (Bead& b : beads) {
      double gap = kInf;
      for (size_t a = 0; a < b.fr_count; ++a) gap = std::min(gap, fr_alt[b.fr_begin + a] - total);
      for (size_t k = 0; k < b.nl_count; ++k) gap = std::min(gap, nl_alt[b.nl_begin + k] - total);
      // A two-sided bead is also only as good as its own sides' match.
      b.score = (gap == kInf ? 1.0 : 1.0 / (1.0 + std::exp(-gap))) * OwnMatch(b);
    }
  }

  double BeadCost(size_t fi, size_t nj, size_t t) {
    const int fn = kBeadTypes[t].fr, nn = kBeadTypes[t].nl;
    double cost = model_.prior_cost[t];
    if (fn == 0 || nn == 0) return cost;  // a one-sided block is priced by its prior alone
    double fr_length = 0, nl_length = 0;
    for (int a = 0; a < fn; ++a) fr_length += fr_[fi + a].length;
    for (int b = 0; b < nn; ++b) nl_length += nl_[nj + b].length;
    cost += model_.LengthCost(fr_length, nl_length);
    // Every block of the bead must be explained by the blocks across: its
    // linked words against what a translation, or unrelated text, would link.
    if (fn == 1 && nn == 1) {
      const PairStats s = Stats(fi, nj);
      cost -= 0.5 * model_.Evidence(s.fr_matched, fr_[fi].total_weight, 1);
      cost -= 0.5 * model_.Evidence(s.nl_matched, nl_[nj].total_weight, 1);
    } else {
      for (int a = 0; a < fn; ++a) {
        const double matched = nn == 1 ? Stats(fi + a, nj).fr_matched : FrenchUnion(fi + a, nj);
        cost -= 0.5 * model_.Evidence(matched, fr_[fi + a].total_weight, nn);
      }
      for (int b = 0; b < nn; ++b) {
        const double matched = fn == 1 ? Stats(fi, nj + b).nl_matched : DutchUnion(fi, nj + b);
        cost -= 0.5 * model_.Evidence(matched, nl_[nj + b].total_weight, fn);
      }
    }
    if (fn == 1 && nn == 1) {
      const BlockFeatures& f = fr_[fi];
      const BlockFeatures& d = nl_[nj];
      if (!f.section.empty() && !d.section.empty())
        cost += f.section == d.section ? -kSectionMatch : kSectionMatch;
      if ((f.kind == BlockKind::kHeading) != (d.kind == BlockKind::kHeading)) cost += kKindMismatch;
    }
    // Headings and footnotes stand alone: one merged with another block is
    // more likely one present on one side only.
    auto stands_alone = [](const BlockFeatures& b) {
      return b.kind == BlockKind::kHeading || b.kind == BlockKind::kFootnote;
    };
    if ((fn == 2 && (stands_alone(fr_[fi]) || stands_alone(fr_[fi + 1]))) ||
        (nn == 2 && (stands_alone(nl_[nj]) || stands_alone(nl_[nj + 1])))) {
      cost += kHeadingMerge;
    }
    return cost;
  }

  void ResetStats() {
    for (auto& row : marks_) {
      row.resize(width_);
      for (PairMarks& p : row) p.known = false;
    }
    marks_row_ = {SIZE_MAX, SIZE_MAX, SIZE_MAX};
  }

  // What French block i and Dutch block j share: the weight of the words of
  // block i that have a link in block j (`fr_matched`), and the reverse.
  struct PairStats {
    double fr_matched = 0, nl_matched = 0;
  };

  // Outside the band's cache: one walk over both blocks.
  PairStats Compare(size_t i, size_t j) {
    std::vector<uint8_t> fr_seen(fr_[i].own.size(), 0), nl_seen(nl_[j].own.size(), 0);
    MarkLinked(fr_[i], nl_[j], fr_seen.data(), nl_seen.data());
    return {MarkedWeight(fr_[i], fr_seen.data()), MarkedWeight(nl_[j], nl_seen.data())};
  }

  // The pairs of the band near the dynamic programme's current row: for each
  // of three rows, each pair's marked words on both sides, so that a block's
  // words linked in two blocks across (merged beads) are the union of two
  // pairs' marks, counted once. Memory stays linear: beads reach two rows
  // away at most.
  struct PairMarks {
    bool known = false;
    std::vector<uint8_t> fr_seen, nl_seen;
    PairStats stats;
    bool fr_union_known = false, nl_union_known = false;
    double fr_union = 0, nl_union = 0;  // see FrenchUnion, DutchUnion
  };

  PairMarks* Marks(size_t i, size_t j) {
    if (j >= m_ || !InBand(i, j)) return nullptr;
    const size_t r = i % 3;
    if (marks_row_[r] != i) {
      for (PairMarks& p : marks_[r]) p.known = false;
      marks_row_[r] = i;
    }
    PairMarks& p = marks_[r][j - ranges_[i].first];
    if (!p.known) {
      p.fr_seen.assign(fr_[i].own.size(), 0);
      p.nl_seen.assign(nl_[j].own.size(), 0);
      MarkLinked(fr_[i], nl_[j], p.fr_seen.data(), p.nl_seen.data());
      p.stats = {MarkedWeight(fr_[i], p.fr_seen.data()), MarkedWeight(nl_[j], p.nl_seen.data())};
      p.known = true;
      p.fr_union_known = p.nl_union_known = false;
    }
    return &p;
  }

  PairStats Stats(size_t i, size_t j) {
    const PairMarks* p = Marks(i, j);
    return p != nullptr ? p->stats : Compare(i, j);
  }

  // French block i against Dutch blocks j and j + 1 together.
  double FrenchUnion(size_t i, size_t j) {
    PairMarks* here = Marks(i, j);
    const PairMarks* right = j + 1 < m_ ? Marks(i, j + 1) : nullptr;
    if (here == nullptr || (j + 1 < m_ && right == nullptr))
      return UnionOutsideBand(i, j).fr_matched;
    if (!here->fr_union_known) {
      here->fr_union =
          MarkedWeight(fr_[i], here->fr_seen.data(), right ? right->fr_seen.data() : nullptr);
      here->fr_union_known = true;
    }
    return here->fr_union;
  }

  // Dutch block j against French blocks i and i + 1 together.
  double DutchUnion(size_t i, size_t j) {
    PairMarks* here = Marks(i, j);
    const PairMarks* below = i + 1 < n_ ? Marks(i + 1, j) : nullptr;
    if (here == nullptr || (i + 1 < n_ && below == nullptr))
      return UnionOutsideBand(i, j).nl_matched;
    if (!here->nl_union_known) {
      here->nl_union =
          MarkedWeight(nl_[j], here->nl_seen.data(), below ? below->nl_seen.data() : nullptr);
      here->nl_union_known = true;
    }
    return here->nl_union;
  }

  PairStats UnionOutsideBand(size_t i, size_t j) {
    std::vector<uint8_t> fr_seen(fr_[i].own.size(), 0), nl_seen(nl_[j].own.size(), 0);
    std::vector<uint8_t> scratch_fr(
        std::max(fr_[i].own.size(), i + 1 < n_ ? fr_[i + 1].own.size() : 0), 0);
    std::vector<uint8_t> scratch_nl(
        std::max(nl_[j].own.size(), j + 1 < m_ ? nl_[j + 1].own.size() : 0), 0);
    MarkLinked(fr_[i], nl_[j], fr_seen.data(), nl_seen.data());
    if (j + 1 < m_) MarkLinked(fr_[i], nl_[j + 1], fr_seen.data(), scratch_nl.data());
    if (i + 1 < n_) MarkLinked(fr_[i + 1], nl_[j], scratch_fr.data(), nl_seen.data());
    return {MarkedWeight(fr_[i], fr_seen.data()), MarkedWeight(nl_[j], nl_seen.data())};
  }

  size_t n_, m_;
  size_t band_ = kBand;
  Model model_;
  std::vector<BlockFeatures> fr_, nl_;
  std::vector<std::pair<size_t, size_t>> ranges_;  // band of each row
  size_t width_ = 1;                               // widest row
  std::array<std::vector<PairMarks>, 3> marks_;
  std::array<size_t, 3> marks_row_{SIZE_MAX, SIZE_MAX, SIZE_MAX};
};

// Sentences of blocks [begin, end) of `blocks`, each with the index of its block.
void CollectSentences(const std::vector<Block>& blocks, size_t begin, size_t end, Language language,
                      std::vector<Block>* sentences, std::vector<size_t>* owner) {
  for (size_t k = begin; k < end; ++k) {
    for (std::string_view s : text::SplitSentences(blocks[k].text, language)) {
      sentences->push_back(Block{std::string(s), BlockKind::kParagraph, language, 0});
      owner->push_back(k);
    }
  }
}

// Where a block at the border of two beads belongs, by its sentences: the
// characters of its sentences paired with sentences of each block across
// (`across_begin`.. `across_end`), in an alignment of both beads' sentences.
// Returns the block across that takes most of them, or SIZE_MAX when its
// sentences found no counterpart.
struct SentenceVote {
  size_t block = SIZE_MAX;
  double share = 0;  // of the block's characters paired with `block`
};

// Moves a block from one bead to its neighbour when its sentences say it
// belongs there: the second part of a paragraph split in two, read as 1-1
// plus 0-1 or attached to the wrong neighbour.
void RefineBySentences(const std::vector<Block>& fr, const std::vector<Block>& nl,
                       const AlignOptions& options, std::vector<Bead>& beads) {
  AlignOptions sentence_options = options;
  sentence_options.refine_by_sentences = false;
  auto irregular = [](const Bead& b) { return b.fr_count != 1 || b.nl_count != 1; };
  for (size_t k = 0; k + 1 < beads.size(); ++k) {
    Bead& a = beads[k];
    Bead& b = beads[k + 1];
    if (!irregular(a) && !irregular(b)) continue;
    // Which side's border block may move: the side where one bead has two
    // blocks or the other has none, and the French (or Dutch) side across is
    // one block in each bead.
    for (int side = 0; side < 2; ++side) {
      const bool dutch = side == 1;
      size_t& a_count = dutch ? a.nl_count : a.fr_count;
      size_t& b_count = dutch ? b.nl_count : b.fr_count;
      size_t& b_begin = dutch ? b.nl_begin : b.fr_begin;
      const size_t a_across = dutch ? a.fr_count : a.nl_count;
      const size_t b_across = dutch ? b.fr_count : b.nl_count;
      if (a_count + b_count < 2 || a_count + b_count > 3) continue;
      if (a_across > 1 || b_across > 1 || a_across + b_across == 0) continue;
      const std::vector<Block>& mine = dutch ? nl : fr;
      const std::vector<Block>& other = dutch ? fr : nl;
      const Language my_language = dutch ? Language::kDutch : Language::kFrench;
      const Language other_language = dutch ? Language::kFrench : Language::kDutch;
      const size_t my_begin = dutch ? a.nl_begin : a.fr_begin;
      const size_t my_end = my_begin + a_count + b_count;
      const size_t other_begin = dutch ? a.fr_begin : a.nl_begin;
      const size_t other_end = other_begin + a_across + b_across;
      if (a_count == 1 && b_count == 1 && a_across == 1 && b_across == 1)
        continue;  // nothing to move
      // The border block: the one that would change beads (with one block in
      // each bead on this side, the one whose bead has nothing across).
      const size_t border = a_count == 1 && b_count == 1
                                ? my_begin + (a_across == 0 ? 0 : 1)
                                : my_begin + a_count - (a_count == 2 || b_count == 0 ? 1 : 0);
      // Headings and footnotes stand alone: they never join another block.
      if (mine[border].kind == BlockKind::kHeading || mine[border].kind == BlockKind::kFootnote)
        continue;
      std::vector<Block> my_sentences, other_sentences;
      std::vector<size_t> my_owner, other_owner;
      CollectSentences(mine, my_begin, my_end, my_language, &my_sentences, &my_owner);
      CollectSentences(other, other_begin, other_end, other_language, &other_sentences,
                       &other_owner);
      const std::vector<Bead> pairs =
          dutch ? AlignParagraphs(other_sentences, my_sentences, sentence_options)
                : AlignParagraphs(my_sentences, other_sentences, sentence_options);
      // Characters of the border block's sentences paired with each block across.
      double with_a = 0, with_b = 0, total = 0;
      const size_t a_block = a_across == 1 ? other_begin : SIZE_MAX;
      const size_t b_block = b_across == 1 ? other_begin + a_across : SIZE_MAX;
      for (const Bead& p : pairs) {
        const size_t mb = dutch ? p.nl_begin : p.fr_begin, mc = dutch ? p.nl_count : p.fr_count;
        const size_t ob = dutch ? p.fr_begin : p.nl_begin, oc = dutch ? p.fr_count : p.nl_count;
        for (size_t s = mb; s < mb + mc; ++s) {
          if (my_owner[s] != border) continue;
          const double chars = static_cast<double>(my_sentences[s].text.size());
          total += chars;
          for (size_t o = ob; o < ob + oc; ++o) {
            if (p.score < kSureSentencePair) continue;
            const double share = chars / static_cast<double>(oc);
            if (other_owner[o] == a_block) with_a += share;
            if (other_owner[o] == b_block) with_b += share;
          }
        }
      }
      if (total <= 0) continue;
      // A moved block's beads are as sure as their vote and their former scores.
      const double vote = std::max(with_a, with_b) / total;
      const double moved_score = std::min(a.score, b.score) * vote;
      const size_t before = a_count;
      const bool in_a = border < my_begin + a_count;
      // Move only on a clear majority of the block's sentences.
      if (in_a && a_count == 2 && b_count < 2 && b_across == 1 && with_b > 0.5 * total &&
          with_b > 2 * with_a) {
        --a_count;
        ++b_count;
        b_begin = border;
      } else if (!in_a && b_count == 2 && a_count < 2 && a_across == 1 && with_a > 0.5 * total &&
                 with_a > 2 * with_b) {
        ++a_count;
        --b_count;
        ++b_begin;
      } else if (!in_a && b_count == 1 && b_across == 0 && a_count == 1 && with_a > 0.5 * total) {
        ++a_count;  // an unpaired block that continues the paragraph before it
        --b_count;
        ++b_begin;
      } else if (in_a && a_count == 1 && a_across == 0 && b_count == 1 && with_b > 0.5 * total) {
        --a_count;  // an unpaired block that begins the paragraph after it
        ++b_count;
        b_begin = border;
      }
      if (a_count != before) a.score = b.score = moved_score;
    }
  }
  beads.erase(std::remove_if(beads.begin(), beads.end(),
                             [](const Bead& b) { return b.fr_count + b.nl_count == 0; }),
              beads.end());
}

}  // namespace

std::vector<Bead> AlignParagraphs(const std::vector<Block>& fr, const std::vector<Block>& nl,
                                  const AlignOptions& options) {
  BandedAligner aligner(fr, nl, options.band,
                        options.lexicon ? *options.lexicon : lexicon::Builtin());
  std::vector<Bead> beads = aligner.Run(/*margins=*/false);
  // Second pass with what the first pass's beads show of this document, in
  // a band around the first path.
  aligner.Learn(beads);
  aligner.Refocus(beads);
  beads = aligner.Run(/*margins=*/true);
  if (options.refine_by_sentences) RefineBySentences(fr, nl, options, beads);
  return beads;
}

}  // namespace tandem::align
