#include "pipeline/formats/aligned_unit.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <ctime>

namespace tandem::formats {

std::string JoinSide(const std::vector<std::string>& side, bool sentences) {
  std::string out;
  for (const std::string& s : side) {
    if (!out.empty()) out += sentences ? " " : "\n\n";
    out += s;
  }
  return out;
}

std::string UtcTimestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:%Y%m%dT%H%M%SZ}", utc);
}

}  // namespace tandem::formats
