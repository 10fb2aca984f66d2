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
constexpr size_t kMinBand = 64;
constexpr size_t kMaxBand = 1000;
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
    const size_t diff = n_ > m_ ? n_ - m_ : m_ - n_;
    band_ = band != 0 ? band : std::clamp(2 * diff + 32, kMinBand, kMaxBand);
    band_ = std::max(band_, diff + 2);  // the end point must be reachable
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
    const size_t width = 2 * band_ + 1;
    std::vector<uint8_t> back((n_ + 1) * width, UINT8_MAX);
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
  // Columns of row i inside the band around the diagonal from (0,0) to (n,m).
  std::pair<size_t, size_t> Range(size_t i) const {
    const size_t center = n_ == 0 ? 0 : static_cast<size_t>(static_cast<double>(i) * m_ / n_);
    const size_t lo = center > band_ ? center - band_ : 0;
    const size_t hi = std::min(m_, center + band_);
    return {lo, n_ == 0 ? m_ : hi};
  }

  size_t Slot(size_t i, size_t j) const { return j - Range(i).first; }

  double BeadCost(size_t fi, int fn, size_t nj, int nn, double prior) const {
    double fr_length = 0, nl_length = 0;
    std::vector<const BlockFeatures*> fr, nl;
    for (int k = 0; k < fn; ++k) {
      fr.push_back(&fr_features_[fi + k]);
      fr_length += fr_features_[fi + k].length;
    }
    for (int k = 0; k < nn; ++k) {
      nl.push_back(&nl_features_[nj + k]);
      nl_length += nl_features_[nj + k].length;
    }
    double cost = prior + LengthCost(fr_length, nl_length, ratio_);
    if (fn > 0 && nn > 0) cost += AnchorCost(fr, nl);
    return cost;
  }

  size_t n_, m_;
  size_t band_ = kMinBand;
  double ratio_ = 1.0;
  std::vector<BlockFeatures> fr_features_, nl_features_;
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
