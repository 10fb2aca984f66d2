#include <cmath>
#include <nlohmann/json.hpp>

#include "pipeline/formats/writers.h"

namespace tandem::formats {

nlohmann::json FlagsJson(const std::vector<qa::Flag>& flags) {
  nlohmann::json out = nlohmann::json::array();
  for (const qa::Flag& f : flags) {
    out.push_back({{"type", std::string(qa::FlagName(f.kind))}, {"message", f.message}, {"fr", f.fr_words},
                   {"nl", f.nl_words}});
  }
  return out;
}

std::string WriteJsonl(const std::vector<AlignedUnit>& units) {
  std::string out;
  for (const AlignedUnit& u : units) {
    nlohmann::json line = {{"fr", u.fr}, {"nl", u.nl}, {"score", std::round(u.score * 1000) / 1000}};
    if (u.page > 0) line["page"] = u.page;
    if (u.physical_page > 0) line["physical_page"] = u.physical_page;
    line["flags"] = FlagsJson(u.flags);
    out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

}  // namespace tandem::formats
