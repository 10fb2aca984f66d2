#include "pipeline/text/dehyphenator.h"

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace tandem::text {
namespace {

std::string Lower(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

UChar32 FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 LastCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c;
}

bool AllUpper(std::string_view s) {
  int uppers = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    if (u_islower(c)) return false;
    if (u_isupper(c)) ++uppers;
  }
  return uppers > 0;
}

bool IsAcronymLike(std::string_view s) {
  int uppers = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    if (u_isdigit(c)) return true;
    if (u_isupper(c)) ++uppers;
  }
  return uppers >= 2;
}

bool IsVowel(UChar32 c) {
  c = u_tolower(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// A vowel pair that would read as one sound if written together
// (Dutch aa, ee, ei, eu, ie, oe, oo, ou, ui, uu, ...; French ii, ee, oo).
bool IsVowelClash(UChar32 a, UChar32 b) {
  if (!IsVowel(a) || !IsVowel(b)) return false;
  a = u_tolower(a), b = u_tolower(b);
  if (a == b) return true;
  static constexpr std::array<std::array<char, 2>, 10> kDigraphs = {{
      {'a', 'i'}, {'a', 'u'}, {'e', 'i'}, {'e', 'u'}, {'i', 'e'},
      {'o', 'e'}, {'o', 'u'}, {'u', 'i'}, {'o', 'i'}, {'a', 'e'}}};
  for (const auto& d : kDigraphs) {
    if (a == d[0] && b == d[1]) return true;
  }
  return false;
}

// Parts that are written with a hyphen in French or Dutch compounds.
constexpr std::array<std::string_view, 16> kHyphenatedPrefixes = {
    "non", "vice", "ex", "sous", "demi", "mi", "semi", "quasi",
    "arrière", "avant", "après", "contre", "porte", "oud", "niet", "extra"};
constexpr std::array<std::string_view, 14> kHyphenatedSuffixes = {
    "même", "mêmes", "ci", "là", "t", "il", "ils", "elle", "elles", "on", "être", "dire", "delà", "unis"};

bool IsWordByte(char c) {
  return c != ' ' && c != '\n' && c != '\t' && c != ',' && c != '.' && c != ';' && c != ':' &&
         c != '(' && c != ')' && c != '"' && c != '!' && c != '?' && c != '[' && c != ']';
}

}  // namespace

Dehyphenator::Dehyphenator(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && IsWordByte(text[i])) ++i;
    if (i == start) continue;
    std::string_view word = text.substr(start, i - start);
    const bool at_line_end = word.back() == '-';
    if (at_line_end) continue;  // a line-end hyphen is what we are trying to decide
    ++counts_[Lower(word)];
  }
}

int Dehyphenator::Count(const std::string& word) const {
  auto it = counts_.find(word);
  return it == counts_.end() ? 0 : it->second;
}

bool Dehyphenator::KeepsHyphen(std::string_view left, std::string_view right) const {
  if (left.empty() || right.empty()) return true;
  const std::string lower_left = Lower(left), lower_right = Lower(right);
  const int hyphenated = Count(lower_left + "-" + lower_right);
  const int joined = Count(lower_left + lower_right);
  if (hyphenated != joined) return hyphenated > joined;

  const bool both_capitals = AllUpper(left) && AllUpper(right);  // a heading in capitals
  if (!both_capitals) {
    if (u_isupper(FirstCodePoint(right)) || u_isdigit(FirstCodePoint(right))) return true;
    if (IsAcronymLike(left)) return true;
  }
  if (IsVowelClash(LastCodePoint(lower_left), FirstCodePoint(lower_right))) return true;
  // The last element of the left part decides ("grand-père", "c'est-à-dire").
  std::string_view last = lower_left;
  if (size_t dash = last.rfind('-'); dash != std::string_view::npos) last = last.substr(dash + 1);
  for (std::string_view prefix : kHyphenatedPrefixes) {
    if (last == prefix) return true;
  }
  for (std::string_view suffix : kHyphenatedSuffixes) {
    if (lower_right == suffix) return true;
  }
  return false;
}

}  // namespace tandem::text
