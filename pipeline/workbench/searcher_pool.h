// Searchers for concurrent requests: index::Searcher is one per thread, so
// each request leases one and gives it back. Each search reopens its
// database, so results follow what `tandem ingest` commits meanwhile.
#ifndef TANDEM_PIPELINE_WORKBENCH_SEARCHER_POOL_H_
#define TANDEM_PIPELINE_WORKBENCH_SEARCHER_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/index/searcher.h"

namespace tandem::workbench {

class SearcherPool {
 public:
  // Opens one searcher now, so that a missing index fails at start.
  static Result<std::unique_ptr<SearcherPool>> Open(const std::vector<std::string>& paths);

  // A searcher lent for the lifetime of the lease.
  class Lease {
   public:
    Lease(SearcherPool* pool, std::unique_ptr<index::Searcher> searcher);
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    index::Searcher& operator*() { return *searcher_; }
    index::Searcher* operator->() { return searcher_.get(); }

   private:
    SearcherPool* pool_;
    std::unique_ptr<index::Searcher> searcher_;
  };

  // An idle searcher, or a new one. Fails with kIndex when the index can no
  // longer be opened.
  Result<Lease> Acquire();

  const std::vector<std::string>& paths() const { return paths_; }

 private:
  explicit SearcherPool(std::vector<std::string> paths) : paths_(std::move(paths)) {}
  void Release(std::unique_ptr<index::Searcher> searcher);

  std::vector<std::string> paths_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<index::Searcher>> idle_;
};

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_SEARCHER_POOL_H_
