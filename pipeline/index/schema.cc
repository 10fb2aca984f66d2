#include "pipeline/index/schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <ctime>
#include <filesystem>

#include "pipeline/index/unit.h"
#include "pipeline/text/normalize.h"

namespace tandem::index {

std::string SourceId(std::string_view key) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : key) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}", hash);
}

std::string TextHash(const std::vector<UnitText>& texts) {
  std::vector<std::pair<std::string_view, std::string>> sides;  // by language code
  for (const UnitText& t : texts) {
    if (t.language == Language::kUnknown) continue;
    const std::string folded = IndexableText(t.text);
    std::string words;
    bool gap = false;
    for (size_t i = 0; i < folded.size();) {
      const unsigned char c = static_cast<unsigned char>(folded[i]);
      const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      uint32_t cp = c;
      if (n > 1 && i + n <= folded.size()) {
        cp = c & (0xFFu >> (n + 1));
        for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(folded[i + k]) & 0x3F);
      }
      const std::string_view bytes(folded.data() + i, std::min(n, folded.size() - i));
      i += bytes.size();
      // Soft hyphens, zero-width spaces and joiners are invisible: dropped.
      if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) continue;
      // ASCII spaces and punctuation, Latin-1 punctuation (no-break space,
      // guillemets) and general punctuation (dashes, quotes, ellipsis) separate words.
      const bool separator = (cp < 0x80 && !std::isalnum(static_cast<int>(cp))) ||
                             (cp >= 0xA0 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F);
      if (separator) {
        gap = true;
        continue;
      }
      if (gap && !words.empty()) words.push_back(' ');
      gap = false;
      words.append(bytes);
    }
    if (!words.empty()) sides.emplace_back(LanguageCode(t.language), std::move(words));
  }
  if (sides.empty()) return "";
  std::sort(sides.begin(), sides.end());
  std::string all;
  for (const auto& [code, words] : sides) all.append(code).append(":").append(words).append("\n");
  return SourceId(all);
}

std::string FacetValue(std::string_view source, std::string_view type, std::string_view year,
                       std::string_view languages) {
  std::string value;
  value.append(source).push_back(kFacetSeparator);
  value.append(type).push_back(kFacetSeparator);
  value.append(year).push_back(kFacetSeparator);
  value.append(languages);
  return value;
}

std::string IndexableText(std::string_view text) {
  std::string folded = text::FoldForMatching(text);
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == '\'') {
      out.push_back(' ');
    } else if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019
      out.push_back(' ');
      i += 2;
    } else {
      out.push_back(folded[i]);
    }
  }
  return out;
}

std::string Term(std::string_view prefix, std::string_view value) {
  std::string term;
  term.reserve(prefix.size() + value.size());
  term.append(prefix).append(value);
  if (term.size() > kMaxTermBytes) {
    size_t cut = kMaxTermBytes;
    while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80) --cut;
    term.resize(cut);
  }
  return term;
}

std::string_view KindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kListItem:
      return "list";
    case BlockKind::kFootnote:
      return "footnote";
    case BlockKind::kParagraph:
      break;
  }
  return "paragraph";
}

BlockKind KindFromName(std::string_view name) {
  for (BlockKind kind : {BlockKind::kHeading, BlockKind::kListItem, BlockKind::kFootnote}) {
    if (KindName(kind) == name) return kind;
  }
  return BlockKind::kParagraph;
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string DateValue(std::string_view date) {
  auto digits = [&](size_t at, size_t n) {
    if (date.size() < at + n) return false;
    for (size_t i = at; i < at + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
    }
    return true;
  };
  if (date.size() == 4 && digits(0, 4)) return std::string(date) + "0000";
  if (date.size() == 7 && digits(0, 4) && date[4] == '-' && digits(5, 2)) {
    return std::string(date.substr(0, 4)).append(date.substr(5, 2)).append("00");
  }
  if (date.size() == 10 && digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' &&
      digits(8, 2)) {
    return std::string(date.substr(0, 4)).append(date.substr(5, 2)).append(date.substr(8, 2));
  }
  return "";
}

std::string LanguageTerm(Language language) { return Term("L", LanguageCode(language)); }

std::string TextPrefix(Language language) {
  switch (language) {
    case Language::kFrench:
      return "XFR";
    case Language::kDutch:
      return "XNL";
    case Language::kEnglish:
      return "XEN";
    case Language::kGerman:
      return "XDE";
    case Language::kUnknown:
      break;
  }
  return "";
}

std::string StemmerName(Language language) { return std::string(SnowballName(language)); }

uint64_t IndexBytes(const std::string& path) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

const UnitText* Unit::in(Language language) const {
  for (const UnitText& t : texts) {
    if (t.language == language) return &t;
  }
  return nullptr;
}

}  // namespace tandem::index
