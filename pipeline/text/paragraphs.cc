#include "pipeline/text/paragraphs.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace tandem::text {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

constexpr std::array<std::string_view, 7> kBullets = {"•", "▪", "◦", "●", "■", "►", "➢"};
// Dashes open list items too, but also run-in asides that a line break put
// first ("kandidaten / – moeten"): they count only after a line that ends
// like a list lead-in or item.
constexpr std::array<std::string_view, 2> kDashes = {"– ", "- "};

bool StartsWithBullet(std::string_view line) {
  for (std::string_view bullet : kBullets) {
    if (line.substr(0, bullet.size()) == bullet) return true;
  }
  for (std::string_view dash : kDashes) {
    if (line.substr(0, dash.size()) == dash) return true;
  }
  return false;
}

bool StartsListItemAfter(std::string_view line, std::string_view previous) {
  for (std::string_view bullet : kBullets) {
    if (line.substr(0, bullet.size()) == bullet) return true;
  }
  const char last = previous.empty() ? '\0' : previous.back();
  for (std::string_view dash : kDashes) {
    if (line.substr(0, dash.size()) == dash && (last == ':' || last == ';' || last == '.')) return true;
  }
  return false;
}

// "1)", "12)", "a)", "iv)" followed by a space.
bool StartsWithListNumber(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && i < 4 && ((text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'z'))) ++i;
  return i > 0 && i < text.size() && text[i] == ')';
}

UChar32 LastSignificant(std::string_view text) {
  int32_t i = static_cast<int32_t>(text.size());
  while (i > 0) {
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
    if (u_isspace(c) || c == '"' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB ||
        c == '\'') {
      continue;
    }
    return c;
  }
  return 0;
}

bool HasLowercase(std::string_view text) {
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    if (u_islower(c)) return true;
  }
  return false;
}

}  // namespace

std::string JoinLines(const std::vector<std::string_view>& lines, const Dehyphenator& dehyphenator) {
  std::string out;
  for (std::string_view raw : lines) {
    std::string_view line = Trim(raw);
    if (line.empty()) continue;
    if (!out.empty()) {
      // A hyphen right after a letter at the end of what we have so far.
      const size_t n = out.size();
      const bool hyphen_end = n >= 2 && out[n - 1] == '-' && out[n - 2] != ' ' && out[n - 2] != '-';
      if (hyphen_end) {
        size_t word_start = out.find_last_of(" ", n - 2);
        word_start = word_start == std::string::npos ? 0 : word_start + 1;
        std::string_view left = std::string_view(out).substr(word_start, n - 1 - word_start);
        while (!left.empty() && (left.front() == '(' || left.front() == '"')) left.remove_prefix(1);
        size_t right_end = 0;
        while (right_end < line.size() && line[right_end] != ' ' && line[right_end] != ',' &&
               line[right_end] != '.' && line[right_end] != ';' && line[right_end] != ':' &&
               line[right_end] != ')') {
          ++right_end;
        }
        if (!dehyphenator.KeepsHyphen(left, line.substr(0, right_end))) out.pop_back();
      } else {
        out.push_back(' ');
      }
    }
    // Collapse inner runs of blanks.
    for (char c : line) {
      if (IsBlank(c)) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      } else {
        out.push_back(c);
      }
    }
  }
  return out;
}

std::vector<std::vector<std::string_view>> GroupParagraphLines(const std::vector<std::string_view>& lines) {
  std::vector<std::vector<std::string_view>> paragraphs;
  bool open = false;
  std::string_view previous;
  for (std::string_view raw : lines) {
    std::string_view line = Trim(raw);
    if (line.empty()) {
      open = false;
      continue;
    }
    const bool new_item = open && StartsListItemAfter(line, previous);
    previous = line;
    if (!open || new_item) {
      paragraphs.emplace_back();
      open = true;
    }
    paragraphs.back().push_back(line);
  }
  return paragraphs;
}

// A footnote opens with its call: a superscript number ("¹", "²³") or "(1)".
bool StartsWithFootnoteCall(std::string_view text) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  if (c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079)) return true;
  size_t digits = 1;
  while (digits < text.size() && digits < 4 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  return text.size() > digits + 1 && text[0] == '(' && digits > 1 && text[digits] == ')' && text[digits + 1] == ' ';
}

BlockKind ClassifyParagraph(std::string_view text, size_t line_count) {
  text = Trim(text);
  if (!text.empty() && StartsWithFootnoteCall(text)) return BlockKind::kFootnote;
  if (StartsWithBullet(text) || StartsWithListNumber(text)) return BlockKind::kListItem;
  if (text.size() > 200 || text.empty()) return BlockKind::kParagraph;
  const UChar32 last = LastSignificant(text);
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?') {
    // "2.2.1." alone ends with a period but is a heading number; anything
    // longer that ends like a sentence is prose.
    return BlockKind::kParagraph;
  }
  if (!LeadingSectionNumber(text).empty()) return BlockKind::kHeading;
  if (text.front() == '[' && text.back() == ']') return BlockKind::kHeading;
  if (!HasLowercase(text)) return BlockKind::kHeading;
  if (line_count == 1 && text.size() <= 80) return BlockKind::kHeading;
  return BlockKind::kParagraph;
}

std::string LeadingSectionNumber(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
  std::string number(text.substr(0, i));
  if (number.find('.') == std::string::npos || i >= text.size() || text[i] != ' ') return {};
  while (!number.empty() && number.back() == '.') number.pop_back();
  return number;
}

bool EndsSentence(std::string_view text) {
  const UChar32 last = LastSignificant(text);
  return last == '.' || last == '!' || last == '?' || last == 0x2026;
}

bool StartsLikeContinuation(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  if (u_islower(c)) return true;
  return c == ',' || c == ';' || c == ')' || c == ':' || c == 0x2026;
}

}  // namespace tandem::text
