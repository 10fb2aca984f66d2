#include "pipeline/text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <cassert>
#include <map>
#include <memory>
#include <string>

#include "dictionaries/dictionaries.h"

namespace tandem::text {
namespace {

std::unique_ptr<icu::BreakIterator> MakeSentenceIterator(Language language) {
  std::string_view code = LanguageCode(language);
  if (language == Language::kUnknown) code = "fr";
  const icu::Locale locale(std::string(code).c_str());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  assert(U_SUCCESS(status));
  // Abbreviations of both working languages: a French text quotes "bv." rarely,
  // but a Dutch one often cites "art." and "cf.", and false breaks cost more
  // than a missed one.
  for (std::string_view lang : {code, std::string_view("fr"), std::string_view("nl")}) {
    for (std::string_view abbreviation :
         dictionaries::WordList(dictionaries::ListKind::kAbbreviations, lang)) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(
          icu::StringPiece(abbreviation.data(), static_cast<int32_t>(abbreviation.size())));
      builder->suppressBreakAfter(u, status);
      icu::UnicodeString capitalised = u;
      capitalised.replace(0, 1, icu::UnicodeString(u, 0, 1).toUpper());
      builder->suppressBreakAfter(capitalised, status);
      status = U_ZERO_ERROR;  // a duplicate entry is not an error worth stopping for
    }
  }
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
  assert(U_SUCCESS(status));
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
  assert(U_SUCCESS(status));
  return filtered;
}

icu::BreakIterator& SentenceIterator(Language language) {
  thread_local std::map<Language, std::unique_ptr<icu::BreakIterator>> iterators;
  auto& slot = iterators[language];
  if (!slot) slot = MakeSentenceIterator(language);
  return *slot;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

}  // namespace

std::vector<std::string_view> SplitSentences(std::string_view paragraph, Language language) {
  std::vector<std::string_view> sentences;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) return sentences;
  icu::BreakIterator& it = SentenceIterator(language);
  it.setText(ut, status);
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    std::string_view piece = paragraph.substr(start, end - start);
    while (!piece.empty() && IsSpace(piece.front())) piece.remove_prefix(1);
    while (!piece.empty() && IsSpace(piece.back())) piece.remove_suffix(1);
    if (!piece.empty()) sentences.push_back(piece);
  }
  it.setText(icu::UnicodeString());
  utext_close(ut);
  return sentences;
}

}  // namespace tandem::text
