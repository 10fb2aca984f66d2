// Check reports kept for download after the report page is shown: the
// newest kCapacity, in memory, under unguessable ids.
#ifndef TANDEM_PIPELINE_WORKBENCH_REPORT_STORE_H_
#define TANDEM_PIPELINE_WORKBENCH_REPORT_STORE_H_

#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace tandem::workbench {

class ReportStore {
 public:
  static constexpr size_t kCapacity = 64;

  // Keeps `html` and returns its id (32 hex digits); drops the oldest report
  // beyond kCapacity.
  std::string Put(std::string html);
  // The report `id` names, if still kept.
  std::optional<std::string> Get(const std::string& id) const;

 private:
  mutable std::mutex mutex_;
  std::deque<std::pair<std::string, std::string>> reports_;  // id, html; oldest first
};

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_REPORT_STORE_H_
