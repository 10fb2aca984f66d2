#include "pipeline/ingest/printed_pages.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

namespace tandem::ingest {
namespace {

constexpr int kMaxPrintedPage = 99999;

// The numbers a furniture line could print as its page number: each run of
// digits standing as a token of its own ("12", "- 12 -", "p. 12", "12/40" ->
// 12 and 40), and the last one to three digits of a longer run (a number glued
// to a reference: "5618" -> 8, 18, 618).
std::set<int> Candidates(const std::string& line) {
  std::set<int> out;
  size_t i = 0;
  while (i < line.size()) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) ++j;
    const std::string run = line.substr(i, j - i);
    if (run.size() <= 5) out.insert(std::stoi(run));
    for (size_t tail = 1; tail <= 3 && tail < run.size(); ++tail)
      out.insert(std::stoi(run.substr(run.size() - tail)));
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
  std::vector<std::set<int>> numbers(furniture.size());
  std::map<int, int> pages_with_number;
  for (int p = 0; p < n; ++p) {
    for (const std::string& line : furniture[p]) {
      for (int c : Candidates(line)) numbers[p].insert(c);
    }
    for (int c : numbers[p]) ++pages_with_number[c];
  }
  // A number on two pages or more is a reference or a count ("DOC 56", "of 9"), not a page number.
  std::map<int, std::set<int>> support;
  for (int p = 0; p < n; ++p) {
    for (int c : numbers[p]) {
      if (c <= kMaxPrintedPage && pages_with_number[c] == 1) support[c - (p + 1)].insert(p);
    }
  }
  // Offsets by support, strongest first; each numbers the unnumbered pages from
  // its first to its last supporting page (an extraction that merged two
  // physical pages shifts the offset by one from there on).
  std::vector<std::pair<int, const std::set<int>*>> offsets;
  for (const auto& [offset, pages] : support) {
    if (pages.size() >= 2) offsets.emplace_back(offset, &pages);
  }
  std::stable_sort(offsets.begin(), offsets.end(), [](const auto& a, const auto& b) {
    if (a.second->size() != b.second->size()) return a.second->size() > b.second->size();
    return std::abs(a.first) < std::abs(b.first);  // a physical-page footer over a reference number
  });
  std::vector<bool> taken(furniture.size(), false);
  for (const auto& [offset, pages] : offsets) {
    const int first = *pages->begin(), last = *pages->rbegin();
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
