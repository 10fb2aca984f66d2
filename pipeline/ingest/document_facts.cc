#include "pipeline/ingest/document_facts.h"

#include <cctype>
#include <set>

#include "pipeline/ingest/furniture.h"
#include "pipeline/layout/furniture_text.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/paragraphs.h"

namespace tandem::ingest {
namespace {

bool Digits(std::string_view s, size_t at, size_t count) {
  if (at + count > s.size()) return false;
  for (size_t i = 0; i < count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[at + i]))) return false;
  }
  return at + count == s.size() || !std::isdigit(static_cast<unsigned char>(s[at + count]));
}

// "0767/006" at `at`: four digits, a slash, three digits.
bool DocumentNumber(std::string_view s, size_t at) {
  return at + 8 <= s.size() && Digits(s.substr(0, at + 4), at, 4) && s[at + 4] == '/' &&
         Digits(s, at + 5, 3) && (at == 0 || !std::isdigit(static_cast<unsigned char>(s[at - 1])));
}

// Generic section names, folded.
constexpr std::string_view kGeneric[] = {
    "introduction", "inleiding",         "einleitung",      "table des matieres",
    "inhoudstafel", "inhoudsopgave",     "inhoud",          "sommaire",
    "contents",     "table of contents", "inhalt",          "resume",
    "samenvatting", "summary",           "zusammenfassung", "avant propos",
    "voorwoord",    "preface",           "foreword",        "vorwort",
    "conclusion",   "conclusions",       "besluit",         "conclusies",
    "annexe",       "annexes",           "bijlage",         "bijlagen",
    "annex",        "executive summary"};

}  // namespace

std::string ChamberReference(std::string_view text) {
  for (size_t i = 0; i + 3 < text.size(); ++i) {
    if (text.compare(i, 3, "DOC") != 0) continue;
    size_t at = i + 3;
    while (at < text.size() && text[at] == ' ') ++at;
    if (at + 2 > text.size() || !std::isdigit(static_cast<unsigned char>(text[at])) ||
        !std::isdigit(static_cast<unsigned char>(text[at + 1]))) {
      continue;
    }
    const std::string legislature(text.substr(at, 2));
    // Glued running header: "0767/006DOC 56", the page number possibly glued after ("5618").
    if (i >= 8 && DocumentNumber(text, i - 8))
      return "DOC " + legislature + " " + std::string(text.substr(i - 8, 8));
    if (!Digits(text, at, 2)) continue;
    at += 2;
    while (at < text.size() && text[at] == ' ') ++at;
    if (DocumentNumber(text, at)) {
      return "DOC " + legislature + " " + std::string(text.substr(at, 8));  // "DOC 56 0767/006"
    }
  }
  return "";
}

bool IsGenericHeading(std::string_view heading) {
  if (!text::LeadingSectionNumber(heading).empty()) return true;
  std::string folded = text::FoldForMatching(heading);
  std::string words;
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      words.push_back(c);
    } else if (!words.empty() && words.back() != ' ') {
      words.push_back(' ');
    }
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  for (std::string_view g : kGeneric) {
    if (words == g) return true;
  }
  return false;
}

std::string TitleFromContent(const std::vector<Stream>& streams, std::string_view front_matter) {
  constexpr size_t kOpeningBlocks = 3;  // a title opens the document
  constexpr size_t kMaxTitle = 200;
  std::string heading;
  if (!streams.empty()) {
    const auto& blocks = streams.front().blocks;
    for (size_t i = 0; i < blocks.size() && i < kOpeningBlocks; ++i) {
      if (blocks[i].kind == BlockKind::kHeading && blocks[i].text.size() <= kMaxTitle &&
          !IsGenericHeading(blocks[i].text) && ChamberReference(blocks[i].text).empty()) {
        heading = blocks[i].text;
        break;
      }
    }
  }
  const std::string reference = ChamberReference(front_matter);
  if (reference.empty()) return heading;
  if (heading.empty()) return reference;
  return reference + " — " + heading;
}

std::string FrontMatter(const std::vector<std::string>& first_page_lines,
                        const std::vector<std::vector<std::string>>& furniture) {
  constexpr size_t kMaxLines = 40;
  std::string out;
  for (const std::string& line : first_page_lines) out.append(line).push_back('\n');
  std::set<std::string> seen;
  for (const auto& page : furniture) {
    for (const std::string& line : page) {
      if (seen.size() >= kMaxLines) return out;
      if (seen.insert(layout::FurnitureKey(line)).second) out.append(line).push_back('\n');
    }
  }
  return out;
}

std::string TextFrontMatter(const std::vector<Page>& pages) {
  if (pages.empty()) return "";
  const std::vector<std::vector<bool>> flags = FindFurniture(pages);
  std::vector<std::vector<std::string>> furniture(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t i = 0; i < pages[p].lines.size(); ++i) {
      if (flags[p][i]) furniture[p].emplace_back(pages[p].lines[i]);
    }
  }
  // A text without page marks is one page: its first lines stand for the first page (a printed
  // page holds fewer), so that the facts read from it do not grow with the file.
  constexpr size_t kMaxFirstPageLines = 120;
  std::vector<std::string> first;
  for (std::string_view line : pages.front().lines) {
    if (first.size() >= kMaxFirstPageLines) break;
    first.emplace_back(line);
  }
  return FrontMatter(first, furniture);
}

}  // namespace tandem::ingest
