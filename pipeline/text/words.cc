#include "pipeline/text/words.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cassert>
#include <memory>

namespace tandem::text {
namespace {

// One word-break iterator per thread: ICU iterators are not thread-safe and
// costly to create.
icu::BreakIterator& WordIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    assert(U_SUCCESS(status));
    return it;
  }();
  return *iterator;
}

// Length in bytes of an apostrophe at `s[i]` (' or U+2019), else 0.
size_t ApostropheAt(std::string_view s, size_t i) {
  if (s[i] == '\'') return 1;
  if (s.compare(i, 3, "\xE2\x80\x99") == 0) return 3;
  return 0;
}

}  // namespace

std::vector<Word> SplitWords(std::string_view utf8) {
  std::vector<Word> words;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return words;
  icu::BreakIterator& it = WordIterator();
  it.setText(ut, status);
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    const int32_t rule = it.getRuleStatus();
    if (rule < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
    const bool number = rule < UBRK_WORD_LETTER;
    size_t piece = static_cast<size_t>(start);
    for (size_t i = piece; i < static_cast<size_t>(end);) {
      size_t apostrophe = ApostropheAt(utf8, i);
      if (apostrophe == 0) {
        ++i;
        continue;
      }
      if (i > piece) words.push_back({utf8.substr(piece, i - piece), piece, i, number});
      i += apostrophe;
      piece = i;
    }
    if (static_cast<size_t>(end) > piece) {
      words.push_back({utf8.substr(piece, end - piece), piece, static_cast<size_t>(end), number});
    }
  }
  it.setText(icu::UnicodeString());  // drop the reference to `ut` before closing it
  utext_close(ut);
  return words;
}

}  // namespace tandem::text
