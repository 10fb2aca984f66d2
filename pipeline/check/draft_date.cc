#include "pipeline/check/draft_date.h"

#include <fmt/format.h>

#include <ctime>
#include <regex>

#include "pipeline/redlines/versions.h"

namespace tandem::check {
namespace {

constexpr size_t kDatelineBytes = 160;
constexpr size_t kFirstParagraphs = 5;

// Month names, lower case, as written in French and in Dutch (also without accents).
int MonthOf(const std::string& name) {
  static const char* const kMonths[][4] = {
      {"janvier", "januari", "", ""},     {"février", "fevrier", "februari", ""},
      {"mars", "maart", "", ""},          {"avril", "april", "", ""},
      {"mai", "mei", "", ""},             {"juin", "juni", "", ""},
      {"juillet", "juli", "", ""},        {"août", "aout", "augustus", ""},
      {"septembre", "september", "", ""}, {"octobre", "oktober", "", ""},
      {"novembre", "november", "", ""},   {"décembre", "decembre", "december", ""}};
  for (int m = 0; m < 12; ++m) {
    for (const char* n : kMonths[m]) {
      if (*n != '\0' && name == n) return m + 1;
    }
  }
  return 0;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  // The capitals of the accented months' letters (É, Û).
  for (const auto& [upper, lower] : {std::pair{"\xC3\x89", "\xC3\xA9"}, std::pair{"\xC3\x9B", "\xC3\xBB"}}) {
    for (size_t at = out.find(upper); at != std::string::npos; at = out.find(upper, at)) out.replace(at, 2, lower);
  }
  return out;
}

std::string Iso(int year, int month, int day) {
  const std::string date = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  return redlines::IsIsoDate(date) ? date : "";
}

}  // namespace

std::string DateIn(std::string_view text) {
  const std::string lower = Lower(text);
  static const std::regex kIso(R"((^|[^0-9])((19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})($|[^0-9]))");
  static const std::regex kNumeric(R"((^|[^0-9])([0-9]{1,2})[/.]([0-9]{1,2})[/.]((19|20)[0-9]{2})($|[^0-9]))");
  static const std::regex kWords(R"((^|[^0-9])([0-9]{1,2})(er)?\s+([a-zéû]+)\s+((19|20)[0-9]{2})($|[^0-9]))");
  std::smatch m;
  if (std::regex_search(lower, m, kIso)) {
    const std::string d = Iso(std::stoi(m[2]), std::stoi(m[4]), std::stoi(m[5]));
    if (!d.empty()) return d;
  }
  if (std::regex_search(lower, m, kWords)) {
    const int month = MonthOf(m[4]);
    if (month > 0) {
      const std::string d = Iso(std::stoi(m[5]), month, std::stoi(m[2]));
      if (!d.empty()) return d;
    }
  }
  if (std::regex_search(lower, m, kNumeric)) {
    const std::string d = Iso(std::stoi(m[4]), std::stoi(m[3]), std::stoi(m[2]));
    if (!d.empty()) return d;
  }
  return "";
}

std::string DraftDate(const std::vector<DraftSide>& sides) {
  for (const DraftSide& side : sides) {
    for (size_t i = 0; i < side.blocks.size() && i < kFirstParagraphs; ++i) {
      if (side.blocks[i].text.size() > kDatelineBytes) continue;
      std::string date = DateIn(side.blocks[i].text);
      if (!date.empty()) return date;
    }
  }
  return "";
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

}  // namespace tandem::check
