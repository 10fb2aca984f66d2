// Internal to index: a posting source that restricts a match to one part of
// the index's units and ends it at a deadline.
#ifndef TANDEM_PIPELINE_INDEX_SLICE_H_
#define TANDEM_PIPELINE_INDEX_SLICE_H_

#include <xapian.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace tandem::index {

// Matches every unit of its part of the index, until a deadline when it has
// one, then none. Each database's unit ids are cut into `parts` equal ranges
// and the slice is range `part` (0-based) of each: Xapian hands a posting
// source each database of a combined one, with that database's own ids.
// AND-ed with a query (OP_FILTER), it restricts the match to its part (the
// two halves of a split match) and ends it when the time is up; `ran_out` is
// then set. It starts its query's posting lists at its first id (skip_to),
// so a half reads about half of them.
class Slice : public Xapian::PostingSource {
 public:
  using Clock = std::chrono::steady_clock;
  Slice(unsigned part, unsigned parts, std::optional<Clock::time_point> deadline,
        std::shared_ptr<bool> ran_out);

  // Bounds and estimate of the units in the part: the match's estimates stay
  // those of the query over the part (marked partial when the slice ran out).
  Xapian::doccount get_termfreq_min() const override { return min_; }
  Xapian::doccount get_termfreq_est() const override { return est_; }
  Xapian::doccount get_termfreq_max() const override { return max_; }
  void init(const Xapian::Database& db) override;
  void next(double) override { Move(docid_ + 1); }
  void skip_to(Xapian::docid docid, double) override { Move(docid > docid_ ? docid : docid_); }
  bool at_end() const override { return ended_; }
  Xapian::docid get_docid() const override { return docid_; }
  Xapian::PostingSource* clone() const override;
  std::string get_description() const override;

 private:
  static constexpr unsigned kEvery = 32;  // ids between looks at the clock
  void Move(Xapian::docid docid);

  unsigned part_, parts_;
  std::optional<Clock::time_point> deadline_;
  std::shared_ptr<bool> ran_out_;
  Xapian::doccount min_ = 0, est_ = 0, max_ = 0;
  Xapian::docid first_ = 1, end_ = 0, docid_ = 0;
  bool ended_ = false;
  unsigned calls_ = 0;
};

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_SLICE_H_
