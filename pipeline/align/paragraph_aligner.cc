#include "pipeline/align/paragraph_aligner.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>

#include "pipeline/align/bead_features.h"

namespace tandem::align {
namespace {

struct BeadType {
  int fr, nl;
  double prior_cost;  // -log P(type) in translated institutional prose
};

// Translators of parliamentary documents keep paragraphs one for one; merges,
// splits and omissions are rare but real.
const std::array<BeadType, 6> kBeadTypes = {{
    {1, 1, -std::log(0.93)},
    {1, 0, -std::log(0.005)},
    {0, 1, -std::log(0.005)},
    {2, 1, -std::log(0.025)},
    {1, 2, -std::log(0.025)},
    {2, 2, -std::log(0.01)},
}};

constexpr double kVariancePerChar = 6.8;  // Gale & Church (1993)
constexpr double kMaxLengthCost = 40;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMinFirstRatio = 0.8, kMaxFirstRatio = 1.25;
constexpr double kMinRatio = 0.6, kMaxRatio = 1.6;
constexpr double kRatioTolerance = 0.03;  // realign when the learnt ratio differs more
// Half-width of the band, in paragraphs, around the guide path (see Range).
constexpr size_t kBand = 40;
// Score = logistic(kScoreMidpoint - cost): a bead costing more nats than
// this is more likely wrong than right.
constexpr double kScoreMidpoint = 4.0;

double LengthCost(double fr, double nl, double ratio) {
  if (fr == 0 || nl == 0) return 0;  // omissions are priced by their prior alone
  const double mean = (fr + nl / ratio) / 2;
  const double delta = (nl - fr * ratio) / std::sqrt(mean * kVariancePerChar);
  const double p = std::erfc(std::fabs(delta) / std::sqrt(2.0));
  return p <= 0 ? kMaxLengthCost : std::min(kMaxLengthCost, -std::log(p));
}

class BandedAligner {
 public:
  BandedAligner(const std::vector<Block>& fr, const std::vector<Block>& nl, size_t band,
                const lexicon::Lexicon& lexicon)
      : n_(fr.size()), m_(nl.size()) {
    KeyTable keys;
    fr_features_.reserve(n_);
    nl_features_.reserve(m_);
    double fr_chars = 0, nl_chars = 0;
    for (const Block& b : fr) {
      fr_features_.push_back(ComputeFeatures(b, Language::kFrench, lexicon, keys));
      fr_chars += fr_features_.back().length;
    }
    for (const Block& b : nl) {
      nl_features_.push_back(ComputeFeatures(b, Language::kDutch, lexicon, keys));
      nl_chars += nl_features_.back().length;
    }
    // A first guess of the Dutch/French length ratio from the totals, kept
    // near 1 since omissions distort totals; Refine() learns it from the beads.
    ratio_ = fr_chars > 0 && nl_chars > 0 ? std::clamp(nl_chars / fr_chars, kMinFirstRatio, kMaxFirstRatio) : 1.0;
    band_ = band != 0 ? band : kBand;
    BuildGuide();
  }

  double ratio() const { return ratio_; }

  // The length ratio of the confident 1-1 beads of `beads`, or 0 when too few.
  double LearntRatio(const std::vector<Bead>& beads) const {
    double fr = 0, nl = 0;
    size_t n = 0;
    for (const Bead& b : beads) {
      if (b.fr_count != 1 || b.nl_count != 1 || b.score < 0.5) continue;
      fr += fr_features_[b.fr_begin].length;
      nl += nl_features_[b.nl_begin].length;
      ++n;
    }
    return n >= 3 && fr > 0 ? std::clamp(nl / fr, kMinRatio, kMaxRatio) : 0;
  }

  void set_ratio(double ratio) { ratio_ = ratio; }

  std::vector<Bead> Run() {
    const size_t width = width_;
    std::vector<uint8_t> back((n_ + 1) * width, UINT8_MAX);
    for (auto& row : stats_) row.assign(width, PairStats{});
    for (auto& row : stats_known_) row.assign(width, false);
    stats_row_ = {SIZE_MAX, SIZE_MAX, SIZE_MAX};
    std::array<std::vector<double>, 3> rows;  // costs of rows i, i-1, i-2
    for (auto& row : rows) row.assign(width, kInf);
    for (size_t i = 0; i <= n_; ++i) {
      std::rotate(rows.rbegin(), rows.rbegin() + 1, rows.rend());  // rows[0] becomes the new row
      std::fill(rows[0].begin(), rows[0].end(), kInf);
      const auto [lo, hi] = Range(i);
      for (size_t j = lo; j <= hi; ++j) {
        if (i == 0 && j == 0) {
          rows[0][Slot(0, 0)] = 0;
          continue;
        }
        double best = kInf;
        uint8_t best_type = UINT8_MAX;
        for (size_t t = 0; t < kBeadTypes.size(); ++t) {
          const BeadType& type = kBeadTypes[t];
          if (static_cast<size_t>(type.fr) > i || static_cast<size_t>(type.nl) > j) continue;
          const size_t pi = i - type.fr, pj = j - type.nl;
          const auto [plo, phi] = Range(pi);
          if (pj < plo || pj > phi) continue;
          const double previous = rows[type.fr][Slot(pi, pj)];
          if (previous == kInf) continue;
          const double cost = previous + BeadCost(pi, type.fr, pj, type.nl, type.prior_cost);
          if (cost < best) {
            best = cost;
            best_type = static_cast<uint8_t>(t);
          }
        }
        rows[0][Slot(i, j)] = best;
        back[i * width + Slot(i, j)] = best_type;
      }
    }
    // Walk back from (n, m).
    std::vector<Bead> beads;
    size_t i = n_, j = m_;
    while (i > 0 || j > 0) {
      const uint8_t t = back[i * width + Slot(i, j)];
      assert(t != UINT8_MAX);
      const BeadType& type = kBeadTypes[t];
      Bead bead;
      bead.fr_begin = i - type.fr;
      bead.fr_count = type.fr;
      bead.nl_begin = j - type.nl;
      bead.nl_count = type.nl;
      const double cost = BeadCost(bead.fr_begin, type.fr, bead.nl_begin, type.nl, type.prior_cost);
      bead.score = 1.0 / (1.0 + std::exp(cost - kScoreMidpoint));
      beads.push_back(bead);
      i = bead.fr_begin;
      j = bead.nl_begin;
    }
    std::reverse(beads.begin(), beads.end());
    return beads;
  }

 private:
  // The guide path: for each French position, the Dutch position at the same
  // share of the text (characters, not paragraphs), so that omissions spread
  // over the document do not pull the true path away from the band.
  // Rows' ranges then grow monotonically and always reach (n, m).
  void BuildGuide() {
    std::vector<double> fr_cum(n_ + 1, 0), nl_cum(m_ + 1, 0);
    for (size_t i = 0; i < n_; ++i) fr_cum[i + 1] = fr_cum[i] + fr_features_[i].length + 1;
    for (size_t j = 0; j < m_; ++j) nl_cum[j + 1] = nl_cum[j] + nl_features_[j].length + 1;
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
    // Keep every row reachable from the previous one.
    for (size_t i = 1; i <= n_; ++i) {
      ranges_[i].first = std::min(ranges_[i].first, ranges_[i - 1].second);
      ranges_[i].first = std::max(ranges_[i].first, ranges_[i - 1].first);
    }
    for (size_t i = n_; i-- > 0;) ranges_[i].second = std::max(ranges_[i].second, std::min(m_, ranges_[i + 1].first));
    width_ = 0;
    for (const auto& [lo, hi] : ranges_) width_ = std::max(width_, hi - lo + 1);
  }

  // Columns of row i inside the band around the guide path.
  std::pair<size_t, size_t> Range(size_t i) const { return ranges_[i]; }

  size_t Slot(size_t i, size_t j) const { return j - ranges_[i].first; }

  double BeadCost(size_t fi, int fn, size_t nj, int nn, double prior) {
    double fr_length = 0, nl_length = 0;
    const BlockFeatures* fr[2] = {nullptr, nullptr};
    const BlockFeatures* nl[2] = {nullptr, nullptr};
    for (int k = 0; k < fn; ++k) {
      fr[k] = &fr_features_[fi + k];
      fr_length += fr[k]->length;
    }
    for (int k = 0; k < nn; ++k) {
      nl[k] = &nl_features_[nj + k];
      nl_length += nl[k]->length;
    }
    double cost = prior + LengthCost(fr_length, nl_length, ratio_);
    if (fn > 0 && nn > 0) {
      PairStats pairs[2][2];
      for (int a = 0; a < fn; ++a) {
        for (int b = 0; b < nn; ++b) pairs[a][b] = Stats(fi + a, nj + b);
      }
      cost += AnchorCost(fr, fn, nl, nn, pairs);
    }
    return cost;
  }

  // What French block i and Dutch block j share, computed once per pair
  // while the dynamic programme is near row i (a cache of three rows keeps
  // memory linear: beads reach two rows back at most).
  PairStats Stats(size_t i, size_t j) {
    const auto [lo, hi] = Range(i);
    if (j < lo || j > hi) return ComparePair(fr_features_[i], nl_features_[j]);
    const size_t r = i % 3;
    if (stats_row_[r] != i) {
      std::fill(stats_known_[r].begin(), stats_known_[r].end(), false);
      stats_row_[r] = i;
    }
    const size_t slot = j - lo;
    if (!stats_known_[r][slot]) {
      stats_[r][slot] = ComparePair(fr_features_[i], nl_features_[j]);
      stats_known_[r][slot] = true;
    }
    return stats_[r][slot];
  }

  size_t n_, m_;
  size_t band_ = kBand;
  double ratio_ = 1.0;
  std::vector<BlockFeatures> fr_features_, nl_features_;
  std::vector<std::pair<size_t, size_t>> ranges_;  // band of each row
  size_t width_ = 1;                                // widest row
  std::array<std::vector<PairStats>, 3> stats_;
  std::array<std::vector<bool>, 3> stats_known_;
  std::array<size_t, 3> stats_row_{SIZE_MAX, SIZE_MAX, SIZE_MAX};
};

}  // namespace

std::vector<Bead> AlignParagraphs(const std::vector<Block>& fr, const std::vector<Block>& nl,
                                  const AlignOptions& options) {
  BandedAligner aligner(fr, nl, options.band, options.lexicon ? *options.lexicon : lexicon::Builtin());
  std::vector<Bead> beads = aligner.Run();
  // Second pass with the ratio the first pass's confident beads show.
  const double learnt = aligner.LearntRatio(beads);
  if (learnt > 0 && std::fabs(learnt - aligner.ratio()) > kRatioTolerance * aligner.ratio()) {
    aligner.set_ratio(learnt);
    beads = aligner.Run();
  }
  return beads;
}

}  // namespace tandem::align
