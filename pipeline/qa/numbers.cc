#include "pipeline/qa/numbers.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cmath>
#include <set>
#include <string>

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
  if (folded == "million" || folded == "millions" || folded == "miljoen" || folded == "mln")
    return 1e6;
  if (folded == "milliard" || folded == "milliards" || folded == "miljard" || folded == "mld")
    return 1e9;
  return 1;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Endings of ordinals glued to digits, folded: "1er", "1re", "2e", "2eme", "2ieme", "1ste", "2de".
bool IsOrdinalEnding(const std::string& folded) {
  static const std::set<std::string> kEndings = {"e",     "er",  "re",  "ere", "eme",
                                                 "ieme",  "es",  "ers", "res", "emes",
                                                 "iemes", "ste", "de",  "ste"};
  return kEndings.count(folded) > 0;
}

// "id:" and the identifier's letters (upper-cased) and digits, hyphens dropped.
Quantity Identifier(std::string_view text, size_t begin, size_t end) {
  std::string value = "id:";
  for (size_t k = begin; k < end; ++k) {
    if (text[k] == '-') continue;
    value.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(text[k]))));
  }
  return Quantity{std::string(text.substr(begin, end - begin)), value, begin, end};
}

bool IsHour(const std::string& value) {
  return !value.empty() && value.size() <= 2 &&
         value.find_first_not_of("0123456789") == std::string::npos && std::stoi(value) < 24;
}

// "15.30": hours and minutes as the Dutch write them before "uur".
bool IsDottedTime(const std::string& value) {
  const size_t dot = value.find('.');
  return dot != std::string::npos && IsHour(value.substr(0, dot)) && value.size() == dot + 3 &&
         value.substr(dot + 1).find_first_not_of("0123456789") == std::string::npos &&
         value[dot + 1] < '6';
}

// After an hour ending at `end`: "h30", "u30", " h 30", ":30". The end of the
// minutes, or 0 when there are none.
size_t ReadMinutes(std::string_view text, size_t end) {
  size_t k = end;
  if (k < text.size() && text[k] == ':') {
    ++k;
  } else {
    while (k < text.size() && text[k] == ' ') ++k;
    if (k >= text.size() || (text[k] != 'h' && text[k] != 'u')) return 0;
    ++k;
    while (k < text.size() && text[k] == ' ' && k - end <= 3) ++k;
  }
  if (k + 2 > text.size() || !IsDigit(text[k]) || !IsDigit(text[k + 1]) || text[k] > '5') return 0;
  if (k + 2 < text.size() && (IsDigit(text[k + 2]) || IsAsciiLetter(text[k + 2]))) return 0;
  return k + 2;
}

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
    // A separator followed by a digit continues the number; a space only before exactly three
    // digits. (A dot after four digits ends a year's sentence: "en 2020.2. Quel ...".)
    if (j + 1 < s.size() && (s[j] == '.' || s[j] == ',') && IsDigit(s[j + 1]) &&
        !(s[j] == '.' && groups.back().size() >= 4)) {
      separators.push_back(s[j]);
      ++j;
      continue;
    }
    if (j + 3 < s.size() + 0 && s[j] == ' ' && IsDigit(s[j + 1]) && IsDigit(s[j + 2]) &&
        IsDigit(s[j + 3]) && (j + 4 >= s.size() || !IsDigit(s[j + 4])) &&
        groups.back().size() <= 3) {
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
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) {
      ++i;
      continue;
    }
    // Digits inside an identifier: "F-35", "F35", "COVID-19", "A400M", "COP30"
    // (a word that starts with a capital; "années1" is a word and a list number).
    size_t begin = i > 0 && text[i - 1] == '-' ? i - 1 : i;
    while (begin > 0 && IsAsciiLetter(text[begin - 1])) --begin;
    const bool word_start = begin == 0 || static_cast<unsigned char>(text[begin - 1]) < 0x80;
    if (begin < i && word_start && std::isupper(static_cast<unsigned char>(text[begin]))) {
      size_t end = i;
      while (end < text.size() && (IsDigit(text[end]) || IsAsciiLetter(text[end]))) ++end;
      out.push_back(Identifier(text, begin, end));
      i = end;
      continue;
    }
    Quantity q;
    q.begin = i;
    size_t end = ReadNumber(text, i, &q.value);
    // Clock times: "15h30", "15u30", "15 h 30", "15:30".
    if (size_t time_end = ReadMinutes(text, end); time_end != 0 && IsHour(q.value)) {
      q.value = fmt::format("time:{}:{}", std::stoi(q.value), text.substr(time_end - 2, 2));
      q.end = time_end;
      q.text = std::string(text.substr(q.begin, q.end - q.begin));
      out.push_back(std::move(q));
      i = time_end;
      continue;
    }
    // Ordinal or unit suffix glued to the number ("1er", "58e", "2ème", "1ste").
    size_t after = end;
    while (after < text.size() && IsAsciiLetter(text[after])) ++after;
    std::string glued = text::FoldForMatching(text.substr(end, after - end));
    if (after < text.size() && static_cast<unsigned char>(text[after]) >= 0x80) {
      // "2ème", "3ième": fold the accented ending too.
      size_t more = after;
      while (more < text.size() &&
             (static_cast<unsigned char>(text[more]) >= 0x80 || IsAsciiLetter(text[more])))
        ++more;
      const std::string ending = text::FoldForMatching(text.substr(end, more - end));
      if (IsOrdinalEnding(ending)) {
        glued = ending;
        after = more;
      }
    }
    if (!glued.empty() && !IsOrdinalEnding(glued) && glued != "h" && glued != "u") {
      out.push_back(Identifier(text, i, after));  // "5G": an identifier
      i = after;
      continue;
    }
    end = after;
    // What follows: a scale word, a percent sign or words, a month.
    std::string_view rest = text.substr(end);
    size_t skip = 0;
    while (skip < rest.size() && rest[skip] == ' ') ++skip;
    size_t word_end = skip;
    while (word_end < rest.size() &&
           (std::isalpha(static_cast<unsigned char>(rest[word_end])) ||
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
    } else if ((next == "uur" || next == "u") && IsDottedTime(q.value)) {
      // "15.30 uur": a Dutch clock time.
      const size_t dot = q.value.find('.');
      q.value =
          fmt::format("time:{}:{}", std::stoi(q.value.substr(0, dot)), q.value.substr(dot + 1));
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

namespace tandem::qa {
namespace {

struct NumberWord {
  std::string_view folded;
  int value;
};

// Folded cardinals and ordinals; compounds are built from these.
constexpr NumberWord kFrenchWords[] = {
    {"deux", 2},      {"trois", 3},      {"quatre", 4},     {"cinq", 5},       {"six", 6},
    {"sept", 7},      {"huit", 8},       {"neuf", 9},       {"dix", 10},       {"onze", 11},
    {"douze", 12},    {"treize", 13},    {"quatorze", 14},  {"quinze", 15},    {"seize", 16},
    {"vingt", 20},    {"vingts", 20},    {"trente", 30},    {"quarante", 40},  {"cinquante", 50},
    {"soixante", 60}, {"cent", 100},     {"cents", 100},    {"mille", 1000},   {"premier", 1},
    {"premiere", 1},  {"premiers", 1},   {"premieres", 1},  {"second", 2},     {"seconde", 2},
    {"deuxieme", 2},  {"troisieme", 3},  {"quatrieme", 4},  {"cinquieme", 5},  {"sixieme", 6},
    {"septieme", 7},  {"huitieme", 8},   {"neuvieme", 9},   {"dixieme", 10},   {"onzieme", 11},
    {"douzieme", 12}, {"vingtieme", 20}, {"trentieme", 30}, {"centieme", 100}, {"millieme", 1000},
    {"moitie", 2},    {"tiers", 3},      {"quart", 4},      {"quarts", 4},
};
constexpr NumberWord kDutchWords[] = {
    {"twee", 2},        {"drie", 3},       {"vier", 4},         {"vijf", 5},
    {"zes", 6},         {"zeven", 7},      {"acht", 8},         {"negen", 9},
    {"tien", 10},       {"elf", 11},       {"twaalf", 12},      {"dertien", 13},
    {"veertien", 14},   {"vijftien", 15},  {"zestien", 16},     {"zeventien", 17},
    {"achttien", 18},   {"negentien", 19}, {"twintig", 20},     {"dertig", 30},
    {"veertig", 40},    {"vijftig", 50},   {"zestig", 60},      {"zeventig", 70},
    {"tachtig", 80},    {"negentig", 90},  {"honderd", 100},    {"duizend", 1000},
    {"eerste", 1},      {"tweede", 2},     {"derde", 3},        {"vierde", 4},
    {"vijfde", 5},      {"zesde", 6},      {"zevende", 7},      {"achtste", 8},
    {"negende", 9},     {"tiende", 10},    {"elfde", 11},       {"twaalfde", 12},
    {"twintigste", 20}, {"dertigste", 30}, {"honderdste", 100}, {"duizendste", 1000},
    {"helft", 2},       {"derden", 3},     {"kwart", 4},        {"kwarten", 4},
};

int FrenchPart(const std::string& folded) {
  for (const NumberWord& w : kFrenchWords) {
    if (folded == w.folded) return w.value;
  }
  return 0;
}

int DutchPart(const std::string& folded) {
  for (const NumberWord& w : kDutchWords) {
    if (folded == w.folded) return w.value;
  }
  return 0;
}

// "vingt-cinq" 25, "quatre-vingt-dix" 90, "deux-cents" 200, "dix-sept" 17,
// "vingt-et-un" 21; 0 when a part is no number word.
int FrenchCompound(const std::string& folded) {
  int total = 0, current = 0;
  size_t start = 0;
  while (start <= folded.size()) {
    size_t dash = folded.find('-', start);
    if (dash == std::string::npos) dash = folded.size();
    const std::string part = folded.substr(start, dash - start);
    start = dash + 1;
    if (part == "et") continue;
    int v = part == "un" || part == "une" ? 1 : FrenchPart(part);
    if (v == 0) return 0;
    if (v == 100 || v == 1000) {
      current = (current == 0 ? 1 : current) * v;
      if (v == 1000) {
        total += current;
        current = 0;
      }
    } else if (v == 20 && current > 0 && current < 10) {
      current *= 20;  // "quatre-vingt"
    } else {
      current += v;
    }
  }
  return total + current;
}

// "vijfentwintig" 25, "eenentwintig" 21, "tweehonderd" 200, else a plain word.
int DutchCompound(const std::string& folded) {
  if (int v = DutchPart(folded)) return v;
  for (const char* scale : {"honderd", "duizend"}) {
    const std::string s = scale;
    const size_t at = folded.find(s);
    if (at != std::string::npos && at > 0) {
      const int head = DutchCompound(folded.substr(0, at));
      const std::string tail = folded.substr(at + s.size());
      const int rest = tail.empty() ? 0 : DutchCompound(tail);
      if (head > 0 && (tail.empty() || rest > 0))
        return head * (s == "honderd" ? 100 : 1000) + rest;
    }
  }
  const size_t en = folded.find("en", 2);
  for (size_t at = en; at != std::string::npos; at = folded.find("en", at + 1)) {
    const std::string unit = folded.substr(0, at);
    const int u = unit == "een" ? 1 : DutchPart(unit);
    const int tens = DutchPart(folded.substr(at + 2));
    if (u > 0 && u < 10 && tens >= 20 && tens < 100 && tens % 10 == 0) return tens + u;
  }
  return 0;
}

}  // namespace

std::vector<SpelledNumber> SpelledNumbers(std::string_view text, std::string_view lang) {
  std::vector<SpelledNumber> out;
  const bool french = lang == "fr";
  const auto words = text::SplitWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    const text::Word& w = words[i];
    if (w.is_number) continue;
    // French compounds are hyphenated: take the whole "quatre-vingt-dix".
    size_t end = w.end;
    size_t last = i;
    if (french) {
      while (last + 1 < words.size() && words[last + 1].begin == end + 1 && text[end] == '-') {
        end = words[++last].end;
      }
    }
    const std::string folded = text::FoldForMatching(text.substr(w.begin, end - w.begin));
    // "un", "une", "een" are articles too; "één" is the number.
    const bool article = folded == "un" || folded == "une" ||
                         (folded == "een" && w.text.find('\xC3') == std::string_view::npos);
    int value = 0;
    if (french) {
      value = FrenchCompound(folded);
    } else {
      value = folded == "een" ? 1 : DutchCompound(folded);
    }
    if (value > 0) {
      out.push_back(SpelledNumber{Quantity{std::string(text.substr(w.begin, end - w.begin)),
                                           std::to_string(value), w.begin, end},
                                  article});
      i = last;
    } else if (french && last > i) {
      continue;  // a hyphenated word that is no number: look at its parts
    }
  }
  return out;
}

}  // namespace tandem::qa
