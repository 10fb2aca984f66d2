#include "pipeline/workbench/exchange.h"

namespace tandem::workbench {

std::string Request::Param(const std::string& name) const {
  const auto it = params.find(name);
  return it == params.end() ? "" : it->second;
}

std::vector<std::string> Request::Params(const std::string& name) const {
  std::vector<std::string> values;
  const auto [begin, end] = params.equal_range(name);
  for (auto it = begin; it != end; ++it) {
    if (!it->second.empty()) values.push_back(it->second);
  }
  return values;
}

}  // namespace tandem::workbench
