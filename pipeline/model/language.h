// The languages tandem reads, and their codes.
#ifndef TANDEM_PIPELINE_MODEL_LANGUAGE_H_
#define TANDEM_PIPELINE_MODEL_LANGUAGE_H_

#include <array>
#include <string_view>

namespace tandem {

enum class Language { kUnknown, kFrench, kDutch, kEnglish, kGerman };

// Every known language, in a fixed order (useful for per-language tables).
inline constexpr std::array<Language, 4> kKnownLanguages = {
    Language::kFrench, Language::kDutch, Language::kEnglish, Language::kGerman};

// The Snowball stemmer of a language ("french", "dutch", "english", "german");
// "none" for kUnknown.
std::string_view SnowballName(Language language);

// ISO 639-1 code: "fr", "nl", "en", "de"; "und" for kUnknown.
std::string_view LanguageCode(Language language);

// The language whose ISO 639-1 code is `code` (case-insensitive, a region
// suffix such as "nl-BE" accepted); kUnknown for anything else.
Language LanguageFromCode(std::string_view code);

// Prints the code, so that test failures and logs read "nl", not a byte dump.
template <typename Stream>
Stream& operator<<(Stream& out, Language language) {
  out << LanguageCode(language);
  return out;
}

}  // namespace tandem

#endif  // TANDEM_PIPELINE_MODEL_LANGUAGE_H_
