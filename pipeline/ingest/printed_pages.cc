#include "pipeline/ingest/printed_pages.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

namespace tandem::ingest {
namespace {

constexpr int kMaxPrintedPage = 99999;

// The numbers a furniture line could print as its page number, each with a
// rank (lower is likelier): 0 for a run of up to three digits standing alone
// ("12", "- 12 -", "p. 12", "12/40" -> 12 and 40); 1 for the last one to
// three digits of a longer run (a number glued to a reference: "5618" -> 8,
// 18, 618); 2 for such a longer run itself.
std::map<int, int> Candidates(const std::string& line) {
  std::map<int, int> out;
  auto add = [&out](int value, int rank) {
    auto [it, fresh] = out.emplace(value, rank);
    if (!fresh) it->second = std::min(it->second, rank);
  };
  size_t i = 0;
  while (i < line.size()) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) ++j;
    const std::string run = line.substr(i, j - i);
    if (run.size() <= 3) {
      add(std::stoi(run), 0);
    } else {
      if (run.size() <= 5) add(std::stoi(run), 2);
      for (size_t tail = 1; tail <= 3; ++tail) add(std::stoi(run.substr(run.size() - tail)), 1);
    }
    i = j;
  }
  out.erase(0);
  return out;
}

}  // namespace

std::vector<int> PrintedPageNumbers(const std::vector<std::vector<std::string>>& furniture) {
  const int n = static_cast<int>(furniture.size());
  std::vector<int> printed(furniture.size(), 0);
  // offset -> the pages that print (physical + offset).
  std::vector<std::map<int, int>> numbers(furniture.size());  // value -> rank
  std::map<int, int> pages_with_number;
  for (int p = 0; p < n; ++p) {
    for (const std::string& line : furniture[p]) {
      for (const auto& [value, rank] : Candidates(line)) {
        auto [it, fresh] = numbers[p].emplace(value, rank);
        if (!fresh) it->second = std::min(it->second, rank);
      }
    }
    for (const auto& [value, rank] : numbers[p]) ++pages_with_number[value];
  }
  // A number on two pages or more is a reference or a count ("DOC 56", "of 9"), not a page number.
  struct Support {
    std::set<int> pages;
    int rank = 2;
  };
  std::map<int, Support> support;  // offset -> the pages that print (physical + offset)
  for (int p = 0; p < n; ++p) {
    for (const auto& [value, rank] : numbers[p]) {
      if (value > kMaxPrintedPage || pages_with_number[value] != 1) continue;
      Support& s = support[value - (p + 1)];
      s.pages.insert(p);
      s.rank = std::min(s.rank, rank);
    }
  }
  // Offsets by support, strongest first, then by rank, then nearest zero; each
  // numbers the unnumbered pages from its first to its last supporting page
  // (an extraction that merged two physical pages shifts the offset from there on).
  std::vector<std::pair<int, const Support*>> offsets;
  for (const auto& [offset, s] : support) {
    if (s.pages.size() >= 2) offsets.emplace_back(offset, &s);
  }
  std::stable_sort(offsets.begin(), offsets.end(), [](const auto& a, const auto& b) {
    if (a.second->pages.size() != b.second->pages.size())
      return a.second->pages.size() > b.second->pages.size();
    if (a.second->rank != b.second->rank) return a.second->rank < b.second->rank;
    return std::abs(a.first) < std::abs(b.first);
  });
  std::vector<bool> taken(furniture.size(), false);
  for (const auto& [offset, s] : offsets) {
    const int first = *s->pages.begin(), last = *s->pages.rbegin();
    bool clash = false;  // a stronger offset already numbers pages inside this run
    for (int p = first; p <= last; ++p) clash = clash || taken[p];
    if (clash) continue;
    for (int p = first; p <= last; ++p) {
      taken[p] = true;
      if (p + 1 + offset >= 1) printed[p] = p + 1 + offset;
    }
  }
  return printed;
}

std::vector<int> NumbersFromLabels(const std::vector<std::string>& labels) {
  std::vector<int> out;
  bool any = false;
  for (const std::string& label : labels) {
    if (label.empty()) {
      out.push_back(0);
      continue;
    }
    if (label.size() > 5) return {};
    for (char c : label) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return {};
    }
    out.push_back(std::stoi(label));
    any = true;
  }
  if (!any) return {};
  return out;
}

}  // namespace tandem::ingest
