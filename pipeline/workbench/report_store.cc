#include "pipeline/workbench/report_store.h"

#include <fmt/format.h>

#include <random>

namespace tandem::workbench {

std::string ReportStore::Put(std::string html) {
  std::random_device random;  // the kernel's generator: ids cannot be guessed from earlier ones
  const std::string id =
      fmt::format("{:08x}{:08x}{:08x}{:08x}", random(), random(), random(), random());
  std::lock_guard<std::mutex> lock(mutex_);
  reports_.emplace_back(id, std::move(html));
  while (reports_.size() > kCapacity) reports_.pop_front();
  return id;
}

std::optional<std::string> ReportStore::Get(const std::string& id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [key, html] : reports_) {
    if (key == id) return html;
  }
  return std::nullopt;
}

}  // namespace tandem::workbench
