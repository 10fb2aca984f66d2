#include "pipeline/qa/numbers.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cmath>

#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::qa {
namespace {

struct Month {
  std::string_view fr, nl;
};
constexpr std::array<Month, 12> kMonths = {{{"janvier", "januari"},
                                            {"fevrier", "februari"},
                                            {"mars", "maart"},
                                            {"avril", "april"},
                                            {"mai", "mei"},
                                            {"juin", "juni"},
                                            {"juillet", "juli"},
                                            {"aout", "augustus"},
                                            {"septembre", "september"},
                                            {"octobre", "oktober"},
                                            {"novembre", "november"},
                                            {"decembre", "december"}}};

int MonthNumber(const std::string& folded) {
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (folded == kMonths[i].fr || folded == kMonths[i].nl) return static_cast<int>(i) + 1;
  }
  return 0;
}

double ScaleOf(const std::string& folded) {
  if (folded == "million" || folded == "millions" || folded == "miljoen" || folded == "mln") return 1e6;
  if (folded == "milliard" || folded == "milliards" || folded == "miljard" || folded == "mld") return 1e9;
  return 1;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads the number that starts at `i`: digit groups joined by '.', ',', ' ' or
// a no-break space when what follows the separator looks like a group.
// Returns the end offset and fills the canonical value.
size_t ReadNumber(std::string_view s, size_t i, std::string* value) {
  std::vector<std::string> groups;
  std::vector<char> separators;
  size_t j = i;
  while (true) {
    size_t start = j;
    while (j < s.size() && IsDigit(s[j])) ++j;
    groups.emplace_back(s.substr(start, j - start));
    // A separator followed by a digit continues the number; a space only before exactly three digits.
    if (j + 1 < s.size() && (s[j] == '.' || s[j] == ',') && IsDigit(s[j + 1])) {
      separators.push_back(s[j]);
      ++j;
      continue;
    }
    if (j + 3 < s.size() + 0 && s[j] == ' ' && IsDigit(s[j + 1]) && IsDigit(s[j + 2]) && IsDigit(s[j + 3]) &&
        (j + 4 >= s.size() || !IsDigit(s[j + 4])) && groups.back().size() <= 3) {
      separators.push_back(' ');
      ++j;
      continue;
    }
    break;
  }
  // Section numbers: several dots between short groups ("2.2.1").
  size_t dots = 0;
  for (char c : separators) dots += c == '.';
  bool section = dots >= 2;
  for (size_t k = 1; section && k < groups.size(); ++k) section = groups[k].size() != 3;
  if (section || (dots == 1 && separators.size() == 1 && groups[1].size() != 3)) {
    // "2.2.1" or "1.3": a label, or a decimal point (English notation): keep as written.
    std::string label;
    for (size_t k = 0; k < groups.size(); ++k) {
      if (k > 0) label.push_back(separators[k - 1] == ',' ? '.' : separators[k - 1]);
      label += groups[k];
    }
    *value = label;
    return j;
  }
  // Decimal comma: the last separator is ',' (French and Dutch notation).
  std::string integer, fraction;
  for (size_t k = 0; k < groups.size(); ++k) {
    if (k > 0 && separators[k - 1] == ',' && k + 1 == groups.size()) {
      fraction = groups[k];
    } else {
      integer += groups[k];
    }
  }
  while (fraction.size() > 0 && fraction.back() == '0') fraction.pop_back();
  size_t first = integer.find_first_not_of('0');
  integer = first == std::string::npos ? "0" : integer.substr(first);
  *value = fraction.empty() ? integer : integer + "." + fraction;
  return j;
}

std::string Scaled(const std::string& value, double scale) {
  if (scale == 1) return value;
  const double v = std::strtod(value.c_str(), nullptr) * scale;
  return fmt::format("{:.0f}", std::round(v));
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) {
  std::vector<Quantity> out;
  const auto words = text::SplitWords(text);
  size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i]) || (i > 0 && (std::isalpha(static_cast<unsigned char>(text[i - 1])) || IsDigit(text[i - 1])))) {
      ++i;
      continue;
    }
    Quantity q;
    q.begin = i;
    size_t end = ReadNumber(text, i, &q.value);
    // Ordinal or unit suffix glued to the number ("1er", "58e", "30e", "COP30" excluded above).
    size_t after = end;
    while (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after]))) ++after;
    const std::string glued(text.substr(end, after - end));
    if (!glued.empty() && glued != "e" && glued != "er" && glued != "ste" && glued != "de" && glued != "eme") {
      i = after;  // "5G", "F16": an identifier, not a quantity
      continue;
    }
    end = after;
    // What follows: a scale word, a percent sign or words, a month.
    std::string_view rest = text.substr(end);
    size_t skip = 0;
    while (skip < rest.size() && rest[skip] == ' ') ++skip;
    size_t word_end = skip;
    while (word_end < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[word_end])) ||
                                      static_cast<unsigned char>(rest[word_end]) >= 0x80 || rest[word_end] == '%')) {
      if (rest[word_end] == '%') {
        if (word_end == skip) ++word_end;
        break;
      }
      ++word_end;
    }
    const std::string next = text::FoldForMatching(rest.substr(skip, word_end - skip));
    if (next == "%") {
      q.value += "%";
      end += word_end;
    } else if (const double scale = ScaleOf(next); scale != 1) {
      q.value = Scaled(q.value, scale);
      end += word_end;
    } else if (next == "pour" && text::FoldForMatching(rest.substr(word_end, 5)) == " cent") {
      q.value += "%";
      end += word_end + 5;
    } else if (next == "procent") {
      q.value += "%";
      end += word_end;
    }
    q.end = end;
    q.text = std::string(text.substr(q.begin, q.end - q.begin));
    out.push_back(std::move(q));
    i = end;
  }
  // Month names.
  for (const text::Word& w : words) {
    if (w.is_number) continue;
    if (int month = MonthNumber(text::FoldForMatching(w.text))) {
      out.push_back(Quantity{std::string(w.text), fmt::format("month:{}", month), w.begin, w.end});
    }
  }
  return out;
}

}  // namespace tandem::qa
