#include "pipeline/index/slice.h"

#include <algorithm>
#include <cassert>
#include <cstdint>

namespace tandem::index {

Slice::Slice(unsigned part, unsigned parts, std::optional<Clock::time_point> deadline,
             std::shared_ptr<bool> ran_out)
    : part_(part), parts_(parts), deadline_(deadline), ran_out_(std::move(ran_out)) {
  assert(parts_ > 0 && part_ < parts_);
  assert(ran_out_ != nullptr);
}

void Slice::init(const Xapian::Database& db) {
  const uint64_t ids = db.get_lastdocid();
  first_ = static_cast<Xapian::docid>(ids * part_ / parts_ + 1);
  end_ = static_cast<Xapian::docid>(ids * (part_ + 1) / parts_);
  const uint64_t span = end_ >= first_ ? end_ - first_ + 1 : 0;
  const uint64_t docs = db.get_doccount();
  // At least the units that the ids outside the part cannot hold; at most its ids.
  min_ = static_cast<Xapian::doccount>(docs > ids - span ? docs - (ids - span) : 0);
  max_ = static_cast<Xapian::doccount>(std::min(docs, span));
  est_ = ids == 0 ? 0 : static_cast<Xapian::doccount>((docs * span + ids / 2) / ids);
  docid_ = 0;
  ended_ = first_ > end_;
  calls_ = 0;
}

Xapian::PostingSource* Slice::clone() const {
  return new Slice(part_, parts_, deadline_, ran_out_);
}

std::string Slice::get_description() const {
  return "Slice " + std::to_string(part_) + "/" + std::to_string(parts_);
}

void Slice::Move(Xapian::docid docid) {
  docid_ = std::max(docid, first_);
  if (docid_ > end_) ended_ = true;
  if (deadline_ && calls_++ % kEvery == 0 && Clock::now() >= *deadline_) {
    ended_ = true;
    *ran_out_ = true;
  }
}

}  // namespace tandem::index
