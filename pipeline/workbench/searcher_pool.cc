#include "pipeline/workbench/searcher_pool.h"

namespace tandem::workbench {

// Idle searchers kept beyond this are closed (each holds open files).
constexpr size_t kMaxIdle = 16;

Result<std::unique_ptr<SearcherPool>> SearcherPool::Open(const std::vector<std::string>& paths) {
  std::unique_ptr<SearcherPool> pool(new SearcherPool(paths));
  auto first = index::Searcher::Open(paths);
  if (!first) return tl::unexpected(first.error());
  pool->idle_.push_back(std::make_unique<index::Searcher>(std::move(*first)));
  return pool;
}

SearcherPool::Lease::Lease(SearcherPool* pool, std::unique_ptr<index::Searcher> searcher)
    : pool_(pool), searcher_(std::move(searcher)) {}

SearcherPool::Lease::~Lease() {
  if (searcher_) pool_->Release(std::move(searcher_));
}

Result<SearcherPool::Lease> SearcherPool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<index::Searcher> searcher = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(searcher));
    }
  }
  auto searcher = index::Searcher::Open(paths_);
  if (!searcher) return tl::unexpected(searcher.error());
  return Lease(this, std::make_unique<index::Searcher>(std::move(*searcher)));
}

void SearcherPool::Release(std::unique_ptr<index::Searcher> searcher) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < kMaxIdle) idle_.push_back(std::move(searcher));
}

}  // namespace tandem::workbench
