#include "pipeline/ingest/furniture.h"

#include <cctype>
#include <set>
#include <unordered_map>

#include "pipeline/layout/furniture_text.h"

namespace tandem::ingest {
namespace {

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\f");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\f");
  return s.substr(b, e - b + 1);
}

// "12", "- 12 -", "Page 12", "p. 12", "12/40".
bool IsPageNumber(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 16) return false;
  int digits = 0;
  for (char c : line) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
  }
  if (digits == 0) return false;
  std::string rest;
  for (char c : line) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ' ' && c != '-' && c != '/' && c != '.') {
      rest.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return rest.empty() || rest == "page" || rest == "p" || rest == "blz" || rest == "pagina";
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

}  // namespace

std::vector<std::vector<bool>> FindFurniture(const std::vector<Page>& pages) {
  // A line is a candidate when it stands alone: blank or page edge above and below.
  auto stands_alone = [](const Page& page, size_t i) {
    const bool above = i == 0 || IsBlankLine(page.lines[i - 1]);
    const bool below = i + 1 == page.lines.size() || IsBlankLine(page.lines[i + 1]);
    return above && below;
  };
  std::unordered_map<std::string, std::set<int>> pages_of_key;
  for (const Page& page : pages) {
    for (size_t i = 0; i < page.lines.size(); ++i) {
      if (IsBlankLine(page.lines[i]) || !stands_alone(page, i)) continue;
      pages_of_key[layout::FurnitureKey(page.lines[i])].insert(page.number);
    }
  }
  const size_t third = (pages.size() + 2) / 3;
  std::vector<std::vector<bool>> furniture(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    furniture[p].assign(page.lines.size(), false);
    for (size_t i = 0; i < page.lines.size(); ++i) {
      std::string_view line = page.lines[i];
      if (IsBlankLine(line)) continue;
      if (layout::IsLetterSpaced(line)) {
        furniture[p][i] = true;
        continue;
      }
      if (!stands_alone(page, i)) continue;
      if (IsPageNumber(line)) {
        furniture[p][i] = true;
        continue;
      }
      const size_t repeats = pages_of_key[layout::FurnitureKey(line)].size();
      if ((repeats >= 2 && HasDigit(line) && Trim(line).size() <= 120) || (repeats >= 3 && repeats >= third)) {
        furniture[p][i] = true;
      }
    }
  }
  return furniture;
}

}  // namespace tandem::ingest
