#include "pipeline/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <cassert>
#include <memory>
#include <string>
#include <vector>

namespace tandem::text {
namespace {

// NFKC restricted to the compatibility characters that are only presentation:
// Latin ligatures (including the Dutch ĳ), and full-width ASCII.
const icu::Normalizer2& PresentationFolder() {
  static const icu::Normalizer2* folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    assert(U_SUCCESS(status));
    auto* set = new icu::UnicodeSet(u"[\\u0132\\u0133\\uFB00-\\uFB06\\uFF01-\\uFF5E]", status);
    assert(U_SUCCESS(status));
    set->freeze();
    return new icu::FilteredNormalizer2(*nfkc, *set);
  }();
  return *folder;
}

bool IsDroppedCharacter(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool IsFixedSpace(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

icu::UnicodeString Normalized(std::string_view utf8) {
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString cleaned;
  cleaned.getBuffer(in.length());
  cleaned.releaseBuffer(0);
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (IsDroppedCharacter(c)) continue;
    if (c == '\r') {
      cleaned.append(static_cast<UChar>('\n'));
      if (i < in.length() && in.charAt(i) == '\n') ++i;
      continue;
    }
    cleaned.append(IsFixedSpace(c) ? static_cast<UChar32>(' ') : c);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = PresentationFolder().normalize(cleaned, status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString out = nfc->normalize(folded, status);
  assert(U_SUCCESS(status));
  return out;
}

// Plain ASCII without control characters needs no ICU (the common case for
// single words, which callers fold by the thousand).
bool IsPlainAscii(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u < 0x20 && u != '\n' && u != '\t')) return false;
  }
  return true;
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  if (IsPlainAscii(utf8)) return std::string(utf8);
  std::string out;
  Normalized(utf8).toUTF8String(out);
  return out;
}

namespace {

std::string FoldWithIcu(std::string_view utf8) {
  icu::UnicodeString s = Normalized(utf8);
  s.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = nfd->normalize(s, status);
  assert(U_SUCCESS(status));
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x0153: out.append(u"oe"); break;  // œ
      case 0x00E6: out.append(u"ae"); break;  // æ
      case 0x00F8: out.append(u"o"); break;   // ø
      case 0x0142: out.append(u"l"); break;   // ł
      case 0x0111: out.append(u"d"); break;   // đ
      case 0x0131: out.append(u"i"); break;   // dotless i
      default: out.append(c);
    }
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

// Latin-1 Supplement and Latin Extended-A/B (U+0080..U+024F) fold one code
// point at a time: none of them combines with a neighbour under NFC, and case
// folding is context-free. The table is made by the ICU path itself, so the
// two paths agree by construction; text with anything else goes through ICU.
constexpr char32_t kLatinTableEnd = 0x250;

const std::vector<std::string>& LatinFoldTable() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> t(kLatinTableEnd);
    for (char32_t c = 0x80; c < kLatinTableEnd; ++c) {
      icu::UnicodeString one(static_cast<UChar32>(c));
      std::string utf8;
      one.toUTF8String(utf8);
      t[c] = FoldWithIcu(utf8);
    }
    return t;
  }();
  return table;
}

// Folds `utf8` with the table; false when a character is outside it.
bool FoldLatin(std::string_view utf8, std::string* out) {
  const std::vector<std::string>& table = LatinFoldTable();
  out->clear();
  out->reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      if (b < 0x20 && b != '\n' && b != '\t') return false;
      out->push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b));
      ++i;
      continue;
    }
    // Two-byte sequences cover U+0080..U+07FF; the table stops at U+024F.
    if ((b & 0xE0) != 0xC0 || i + 1 >= utf8.size()) return false;
    const auto b2 = static_cast<unsigned char>(utf8[i + 1]);
    if ((b2 & 0xC0) != 0x80) return false;
    const char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | (b2 & 0x3F);
    if (c < 0x80 || c >= kLatinTableEnd) return false;
    out->append(table[c]);
    i += 2;
  }
  return true;
}

}  // namespace

std::string FoldForMatching(std::string_view utf8) {
  std::string out;
  if (FoldLatin(utf8, &out)) return out;
  return FoldWithIcu(utf8);
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace tandem::text
