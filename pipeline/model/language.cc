#include "pipeline/model/language.h"

namespace tandem {

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kFrench: return "fr";
    case Language::kDutch: return "nl";
    case Language::kEnglish: return "en";
    case Language::kGerman: return "de";
    case Language::kUnknown: break;
  }
  return "und";
}

Language LanguageFromCode(std::string_view code) {
  if (code.size() > 2 && (code[2] == '-' || code[2] == '_')) code = code.substr(0, 2);
  if (code.size() != 2) return Language::kUnknown;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  const char a = lower(code[0]), b = lower(code[1]);
  for (Language language : kKnownLanguages) {
    std::string_view known = LanguageCode(language);
    if (known[0] == a && known[1] == b) return language;
  }
  return Language::kUnknown;
}

std::string_view SnowballName(Language language) {
  switch (language) {
    case Language::kFrench: return "french";
    case Language::kDutch: return "dutch";
    case Language::kEnglish: return "english";
    case Language::kGerman: return "german";
    case Language::kUnknown: break;
  }
  return "none";
}

}  // namespace tandem
