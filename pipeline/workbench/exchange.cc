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

std::string Request::Cookie(const std::string& name) const {
  // "a=1; b=2": pairs separated by ';', spaces around them ignored.
  size_t at = 0;
  while (at < cookie.size()) {
    size_t end = cookie.find(';', at);
    if (end == std::string::npos) end = cookie.size();
    std::string_view pair(cookie.data() + at, end - at);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
      std::string_view value = pair.substr(equals + 1);
      while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
      return std::string(value);
    }
    at = end + 1;
  }
  return "";
}

}  // namespace tandem::workbench
