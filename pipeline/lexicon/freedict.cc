// Reading Debian's FreeDict French-Dutch dictionary (dictd format): the
// .index lists headwords with base64 offsets into the gzip-compressed .dict;
// each article is the headword line ("abandon /abãdõ/") then sense lines
// ("1. afstaan, afstand, ...").
#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include "pipeline/lexicon/lexicon.h"
#include "pipeline/text/normalize.h"

namespace tandem::lexicon {
namespace {

constexpr double kFreedictWeight = 0.5;

// dictd's base64 numbers: big-endian digits of "A-Za-z0-9+/".
bool DecodeNumber(std::string_view s, size_t* value) {
  static constexpr std::string_view kDigits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t v = 0;
  for (char c : s) {
    const size_t d = kDigits.find(c);
    if (d == std::string_view::npos) return false;
    v = v * 64 + d;
  }
  *value = v;
  return true;
}

Result<std::string> Gunzip(const std::string& path) {
  std::unique_ptr<gzFile_s, decltype(&gzclose)> in(gzopen(path.c_str(), "rb"), gzclose);
  if (!in) return Fail(ErrorCode::kIo, path, "cannot open");
  std::string out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(in.get(), buffer, sizeof buffer)) > 0) {
    out.append(buffer, static_cast<size_t>(n));
    if (out.size() > (size_t{64} << 20))
      return Fail(ErrorCode::kTooLarge, path, "more than 64 MiB uncompressed");
  }
  if (n < 0) return Fail(ErrorCode::kMalformed, path, "damaged gzip data");
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Headwords and senses of more words than this are left out (explanations, not translations).
constexpr size_t kMaxPhraseWords = 4;

size_t Words(std::string_view s) {
  return s.empty() ? 0 : static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

// FreeDict writes compounds with U+2010 HYPHEN ("Saoedi‐Arabië"): as typed, "-".
std::string Hyphens(std::string_view s) {
  constexpr std::string_view kHyphen = "\u2010";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, kHyphen.size()) == kHyphen) {
      out.push_back('-');
      i += kHyphen.size() - 1;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

namespace {

// Adds the articles of the dictionary at `base` (.index and .dict.dz): French
// headwords with Dutch senses, or (`french_headwords` false) the reverse,
// whose entries serve search only.
Result<bool> ReadDictionary(const std::string& base, bool french_headwords, Lexicon* lexicon) {
  std::string index;
  {
    std::unique_ptr<FILE, decltype(&fclose)> f(fopen((base + ".index").c_str(), "rb"), fclose);
    if (!f)
      return Fail(
          ErrorCode::kIo, base + ".index",
          fmt::format("not installed (Debian package dict-{})", base.substr(base.rfind('/') + 1)));
    char buffer[1 << 16];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, f.get())) > 0) index.append(buffer, n);
  }
  Result<std::string> dict = Gunzip(base + ".dict.dz");
  if (!dict) return tl::unexpected(dict.error());
  size_t line_number = 0;
  std::string_view rest = index;
  while (!rest.empty()) {
    ++line_number;
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    const size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
    size_t offset = 0, length = 0;
    if (!DecodeNumber(line.substr(t1 + 1, t2 - t1 - 1), &offset) ||
        !DecodeNumber(line.substr(t2 + 1), &length) || offset + length > dict->size()) {
      return Fail(ErrorCode::kMalformed, fmt::format("{}.index:{}", base, line_number),
                  "bad offset or length");
    }
    if (line.substr(0, 10) == "00database") continue;
    std::string_view article(dict->data() + offset, length);
    const size_t first_end = article.find('\n');
    if (first_end == std::string_view::npos) continue;
    std::string_view headword = article.substr(0, first_end);
    if (size_t ipa = headword.find(" /"); ipa != std::string_view::npos)
      headword = headword.substr(0, ipa);
    headword = Trim(headword);
    if (headword.empty() || Words(headword) > kMaxPhraseWords) continue;
    const std::string head = Hyphens(headword);
    std::string_view senses = article.substr(first_end + 1);
    while (!senses.empty()) {
      size_t e = senses.find('\n');
      std::string_view sense = senses.substr(0, e);
      senses = e == std::string_view::npos ? std::string_view() : senses.substr(e + 1);
      // Drop the sense number "3. ".
      size_t digits = 0;
      while (digits < sense.size() && sense[digits] >= '0' && sense[digits] <= '9') ++digits;
      if (digits > 0 && sense.substr(digits, 2) == ". ") sense.remove_prefix(digits + 2);
      while (!sense.empty()) {
        size_t comma = sense.find(", ");
        std::string_view word = Trim(sense.substr(0, comma));
        sense = comma == std::string_view::npos ? std::string_view() : sense.substr(comma + 2);
        // "onderbuik‐" (a compound's first part) is no translation; nor is a
        // phrase of many words, or one with explanations in brackets.
        const std::string written = Hyphens(word);
        if (written.empty() || written.back() == '-' || Words(written) > kMaxPhraseWords ||
            written.find_first_of("()[];") != std::string::npos) {
          continue;
        }
        Entry entry{head, text::NormalizeText(written), Origin::kFreedict, "", kFreedictWeight};
        if (!french_headwords) {
          std::swap(entry.fr, entry.nl);
          entry.search_only = true;
        }
        lexicon->Add(std::move(entry));
      }
    }
  }
  return true;
}

}  // namespace

Result<Lexicon> LoadFreedict(std::string_view dir, Lexicon into) {
  Lexicon lexicon = std::move(into);
  Result<bool> read = ReadDictionary(fmt::format("{}/freedict-fra-nld", dir), true, &lexicon);
  if (!read) return tl::unexpected(read.error());
  // The Dutch-French dictionary, when installed, for search: Dutch headwords
  // and their inflections ("gevangenisstraf", "prijzen") the other lacks.
  if (Result<bool> reverse =
          ReadDictionary(fmt::format("{}/freedict-nld-fra", dir), false, &lexicon);
      !reverse && reverse.error().code != ErrorCode::kIo) {
    return tl::unexpected(reverse.error());
  }
  return lexicon;
}

}  // namespace tandem::lexicon
