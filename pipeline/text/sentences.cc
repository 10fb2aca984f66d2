#include "pipeline/text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cassert>
#include <map>
#include <set>
#include <memory>
#include <string>

#include "dictionaries/dictionaries.h"

namespace tandem::text {
namespace {

// ICU's sentence rules, without its suppression filter: that filter matches
// an abbreviation at the end of any word ("hier." ends like "r."), so tandem
// applies its lists itself, word by word (see EndsWithAbbreviation).
icu::BreakIterator& SentenceIterator(Language language) {
  thread_local std::map<Language, std::unique_ptr<icu::BreakIterator>> iterators;
  auto& slot = iterators[language];
  if (!slot) {
    std::string_view code = language == Language::kUnknown ? "fr" : LanguageCode(language);
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(std::string(code).c_str()), status));
    assert(U_SUCCESS(status));
  }
  return *slot;
}

// The abbreviations of both working languages: a French text rarely writes
// "bv.", but a Dutch one often cites "art." and "cf.", and a false break
// costs more than a missed one.
const std::set<std::string, std::less<>>& Abbreviations() {
  static const auto* all = [] {
    auto* set = new std::set<std::string, std::less<>>;
    for (std::string_view lang : {"fr", "nl"}) {
      for (std::string_view a : dictionaries::WordList(dictionaries::ListKind::kAbbreviations, lang)) {
        set->emplace(a);
      }
    }
    return set;
  }();
  return *all;
}

// True when `piece` ends with a listed abbreviation as a whole word (its
// lower-case form counts too: "Art." as "art."), or with an initial ("J.").
bool EndsWithAbbreviation(std::string_view piece) {
  while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\n')) piece.remove_suffix(1);
  if (piece.empty() || piece.back() != '.') return false;
  const size_t space = piece.find_last_of(" \n(");
  std::string_view word = space == std::string_view::npos ? piece : piece.substr(space + 1);
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z') return true;  // an initial
  const auto& list = Abbreviations();
  if (list.count(word)) return true;
  std::string lower(word);
  if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return list.count(lower) > 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

}  // namespace

namespace {

// Where a list marker of one or two digits, one letter or a Roman numeral up to
// four letters, closed by ")", follows ". ", "! " or "? " inside `piece`: the
// marker's offset, or npos.
size_t ListMarkerAfterStop(std::string_view piece) {
  for (size_t i = 1; i + 3 < piece.size(); ++i) {
    if (piece[i] != ' ' || (piece[i - 1] != '.' && piece[i - 1] != '!' && piece[i - 1] != '?')) continue;
    size_t j = i + 1;
    while (j < piece.size() && piece[j] == ' ') ++j;
    size_t k = j;
    const bool digits = k < piece.size() && piece[k] >= '0' && piece[k] <= '9';
    while (k < piece.size() && k - j < 4 &&
           (digits ? (piece[k] >= '0' && piece[k] <= '9') : (piece[k] >= 'a' && piece[k] <= 'z')))
      ++k;
    const size_t length = k - j;
    if (length == 0 || k + 1 >= piece.size() || piece[k] != ')' || piece[k + 1] != ' ') continue;
    const std::string_view marker = piece.substr(j, length);
    const bool ok = digits ? length <= 2
                           : length == 1 || marker.find_first_not_of("ivx") == std::string_view::npos;
    if (ok && !EndsWithAbbreviation(piece.substr(0, i))) return j;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::string_view> SplitSentences(std::string_view paragraph, Language language) {
  std::vector<std::string_view> sentences;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) return sentences;
  icu::BreakIterator& it = SentenceIterator(language);
  it.setText(ut, status);
  size_t start = static_cast<size_t>(it.first());
  for (int32_t next = it.next(); next != icu::BreakIterator::DONE; next = it.next()) {
    const size_t end = static_cast<size_t>(next);
    if (end < paragraph.size() && EndsWithAbbreviation(paragraph.substr(start, end - start))) continue;
    std::string_view piece = paragraph.substr(start, end - start);
    while (!piece.empty() && IsSpace(piece.front())) piece.remove_prefix(1);
    while (!piece.empty() && IsSpace(piece.back())) piece.remove_suffix(1);
    // ICU does not break before a lower-case word; a list marker ("b)",
    // "iv)", "12)") after a full stop still opens a new sentence.
    for (size_t cut = ListMarkerAfterStop(piece); cut != std::string_view::npos; cut = ListMarkerAfterStop(piece)) {
      std::string_view before = piece.substr(0, cut);
      while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
      sentences.push_back(before);
      piece.remove_prefix(cut);
    }
    if (!piece.empty()) sentences.push_back(piece);
    start = end;
  }
  it.setText(icu::UnicodeString());
  utext_close(ut);
  return sentences;
}

}  // namespace tandem::text
