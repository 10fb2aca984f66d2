#include "pipeline/batch/source_facts.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <filesystem>
#include <vector>

#include "pipeline/text/normalize.h"

namespace tandem::batch {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

// Month names and abbreviations, folded, by month number.
struct MonthName {
  std::string_view name;
  int month;
};
constexpr std::array kMonths = {
    MonthName{"janvier", 1},   MonthName{"fevrier", 2},  MonthName{"mars", 3},       MonthName{"avril", 4},
    MonthName{"mai", 5},       MonthName{"juin", 6},     MonthName{"juillet", 7},    MonthName{"aout", 8},
    MonthName{"septembre", 9}, MonthName{"octobre", 10}, MonthName{"novembre", 11},  MonthName{"decembre", 12},
    MonthName{"januari", 1},   MonthName{"februari", 2}, MonthName{"maart", 3},      MonthName{"april", 4},
    MonthName{"mei", 5},       MonthName{"juni", 6},     MonthName{"juli", 7},       MonthName{"augustus", 8},
    MonthName{"oktober", 10},  MonthName{"december", 12}, MonthName{"january", 1},   MonthName{"february", 2},
    MonthName{"march", 3},     MonthName{"may", 5},      MonthName{"june", 6},       MonthName{"july", 7},
    MonthName{"august", 8},    MonthName{"september", 9}, MonthName{"october", 10},  MonthName{"januar", 1},
    MonthName{"februar", 2},   MonthName{"marz", 3},     MonthName{"dezember", 12},
};  // "juni" and "oktober" are both Dutch and German: listed once

int MonthOf(std::string_view word) {
  for (const MonthName& m : kMonths) {
    if (m.name == word) return m.month;
  }
  return 0;
}

// A folded word: lower-case letters (and accents already folded away).
struct Token {
  std::string_view text;
  bool number = false;
};

std::vector<Token> Tokens(std::string_view folded) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < folded.size()) {
    if (IsDigit(folded[i])) {
      size_t j = i;
      while (j < folded.size() && IsDigit(folded[j])) ++j;
      tokens.push_back({folded.substr(i, j - i), true});
      i = j;
    } else if (IsLetter(folded[i])) {
      size_t j = i;
      while (j < folded.size() && IsLetter(folded[j])) ++j;
      tokens.push_back({folded.substr(i, j - i), false});
      i = j;
    } else {
      ++i;
    }
  }
  return tokens;
}

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool IsYear(const Token& t) { return t.number && t.text.size() == 4 && Number(t.text) >= 1950 && Number(t.text) <= 2099; }
bool IsDay(const Token& t) { return t.number && t.text.size() <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31; }

std::string Iso(int year, int month, int day) {
  if (day == 0) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

// A date written with digits only: 2025-03-14, 14/03/2025, 14.03.2025.
std::string NumericDate(std::string_view s, size_t at) {
  auto digits = [&](size_t from, size_t n) {
    if (from + n > s.size()) return false;
    for (size_t k = from; k < from + n; ++k) {
      if (!IsDigit(s[k])) return false;
    }
    return from + n == s.size() || !IsDigit(s[from + n]);
  };
  if (at > 0 && IsDigit(s[at - 1])) return "";
  if (digits(at, 4) && at + 10 <= s.size() && s[at + 4] == '-' && digits(at + 5, 2) && s[at + 7] == '-' &&
      digits(at + 8, 2)) {
    const int y = Number(s.substr(at, 4)), m = Number(s.substr(at + 5, 2)), d = Number(s.substr(at + 8, 2));
    if (y >= 1950 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return Iso(y, m, d);
  }
  if (digits(at, 2) && at + 10 <= s.size() && (s[at + 2] == '/' || s[at + 2] == '.') && digits(at + 3, 2) &&
      s[at + 5] == s[at + 2] && digits(at + 6, 4)) {
    const int d = Number(s.substr(at, 2)), m = Number(s.substr(at + 3, 2)), y = Number(s.substr(at + 6, 4));
    if (y >= 1950 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return Iso(y, m, d);
  }
  return "";
}

}  // namespace

std::string FirstDate(std::string_view text) {
  const std::string lowered = text::FoldForMatching(text);  // case-folded too
  for (size_t i = 0; i < lowered.size(); ++i) {
    if (IsDigit(lowered[i])) {
      if (std::string iso = NumericDate(lowered, i); !iso.empty()) return iso;
    }
  }
  const std::vector<Token> tokens = Tokens(lowered);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const int month = tokens[i].number ? 0 : MonthOf(tokens[i].text);
    if (month == 0) continue;
    // "14 mars 2025", "1er avril 2025": day before; "March 14, 2025": day after.
    const bool has_year = i + 1 < tokens.size() && IsYear(tokens[i + 1]);
    if (has_year && i > 0 && IsDay(tokens[i - 1])) return Iso(Number(tokens[i + 1].text), month, Number(tokens[i - 1].text));
    if (has_year && i > 1 && tokens[i - 1].text == "er" && IsDay(tokens[i - 2])) {
      return Iso(Number(tokens[i + 1].text), month, Number(tokens[i - 2].text));
    }
    if (i + 2 < tokens.size() && IsDay(tokens[i + 1]) && IsYear(tokens[i + 2])) {
      return Iso(Number(tokens[i + 2].text), month, Number(tokens[i + 1].text));
    }
    if (has_year && tokens[i].text.size() > 3) return Iso(Number(tokens[i + 1].text), month, 0);
  }
  for (const Token& t : tokens) {
    if (IsYear(t)) return std::string(t.text);
  }
  return "";
}

std::string TypeNamedIn(std::string_view text) {
  // Checked in this order: a "projet de rapport" is a draft.
  struct Keyword {
    std::string_view words, type;
  };
  static constexpr std::array kKeywords = {
      Keyword{"projet", "draft"},           Keyword{"avant projet", "draft"},
      Keyword{"ontwerp", "draft"},          Keyword{"voorontwerp", "draft"},
      Keyword{"draft", "draft"},            Keyword{"instructions", "directive"},
      Keyword{"instruction", "directive"},  Keyword{"instructies", "directive"},
      Keyword{"mandat", "directive"},       Keyword{"mandaat", "directive"},
      Keyword{"directive", "directive"},    Keyword{"richtlijn", "directive"},
      Keyword{"rapport", "report"},         Keyword{"verslag", "report"},
      Keyword{"report", "report"},          Keyword{"compte rendu", "report"},
      Keyword{"conclusions", "report"},     Keyword{"conclusies", "report"},
      Keyword{"note de politique", "policy-note"}, Keyword{"note d orientation", "policy-note"},
      Keyword{"beleidsnota", "policy-note"}, Keyword{"orientatienota", "policy-note"},
      Keyword{"policy note", "policy-note"}, Keyword{"briefing note", "policy-note"},
      Keyword{"note", "policy-note"},       Keyword{"nota", "policy-note"},
      Keyword{"position", "position"},      Keyword{"standpunt", "position"},
      Keyword{"priorites", "position"},     Keyword{"prioriteiten", "position"},
      Keyword{"priorities", "position"},
  };
  const std::string folded = text::FoldForMatching(text);
  std::string words = " ";
  for (const Token& t : Tokens(folded)) words.append(t.text).push_back(' ');
  for (const Keyword& k : kKeywords) {
    if (words.find(fmt::format(" {} ", k.words)) != std::string::npos) return std::string(k.type);
  }
  return "";
}

// "DOC 56 0767/006": DOC, a two-digit legislature, a number nnnn/nnn.
static bool HasParliamentaryNumber(std::string_view text) {
  for (size_t i = text.find("DOC"); i != std::string_view::npos; i = text.find("DOC", i + 1)) {
    size_t at = i + 3;
    while (at < text.size() && text[at] == ' ') ++at;
    if (at + 2 <= text.size() && std::isdigit(static_cast<unsigned char>(text[at])) &&
        std::isdigit(static_cast<unsigned char>(text[at + 1]))) {
      const size_t slash = text.find('/', at);
      if (slash != std::string_view::npos && slash <= at + 8) return true;
      if (i >= 4 && text[i - 4] == '/') return true;  // glued running header "0767/006DOC 56"
    }
  }
  return false;
}

SourceFacts InferSourceFacts(const Document& doc, std::string_view path, const SourceFacts& given) {
  constexpr size_t kOpeningBlocks = 4;  // where a date line is written
  std::string first, opening;
  if (!doc.streams.empty()) {
    const auto& blocks = doc.streams.front().blocks;
    if (!blocks.empty()) first = blocks.front().text;
    for (size_t i = 0; i < blocks.size() && i < kOpeningBlocks; ++i) opening.append(blocks[i].text).append("\n");
  }
  const std::string stem = std::filesystem::path(std::string(path)).stem().string();
  SourceFacts facts = given;
  if (facts.type.empty()) {
    for (std::string_view where : {std::string_view(doc.title), std::string_view(stem), std::string_view(first),
                                   std::string_view(doc.front_matter)}) {
      facts.type = TypeNamedIn(where);
      if (!facts.type.empty()) break;
    }
    // A parliamentary document number ("DOC 56 0767/006") with no other type named.
    if (facts.type.empty() && HasParliamentaryNumber(doc.title + "\n" + doc.front_matter)) facts.type = "parliamentary";
    if (facts.type.empty()) facts.type = "document";
  }
  if (facts.date.empty()) {
    // The first page (furniture included) before the opening blocks: a date line is printed there.
    for (std::string_view where : {std::string_view(doc.title), std::string_view(doc.front_matter),
                                   std::string_view(opening), std::string_view(stem)}) {
      facts.date = FirstDate(where);
      if (!facts.date.empty()) break;
    }
  }
  return facts;
}

}  // namespace tandem::batch
