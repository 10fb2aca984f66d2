#include "pipeline/text/language_id.h"

#include <gtest/gtest.h>

namespace tandem::text {
namespace {

TEST(IdentifyLanguage, RecognisesTheFourLanguages) {
  struct Case {
    std::string_view input;
    Language expected;
  };
  const Case cases[] = {
      {"La Belgique défendra une position commune au sein de l’Union européenne.", Language::kFrench},
      {"België zal een gemeenschappelijk standpunt verdedigen binnen de Europese Unie.", Language::kDutch},
      {"Belgium will defend a common position within the European Union.", Language::kEnglish},
      {"Belgien wird innerhalb der Europäischen Union eine gemeinsame Position vertreten.", Language::kGerman},
      {"Inleiding", Language::kDutch},
      {"Coopération internationale", Language::kFrench},
      {"Ontwikkelingssamenwerking", Language::kDutch},
      {"1. SÉCURITÉ PHYSIQUE", Language::kFrench},
      {"2. RODE LIJNEN", Language::kDutch},
  };
  for (const Case& c : cases) EXPECT_EQ(IdentifyLanguage(c.input).language, c.expected) << c.input;
}

TEST(IdentifyLanguage, NoWordsMeansUnknown) {
  EXPECT_EQ(IdentifyLanguage("").language, Language::kUnknown);
  EXPECT_EQ(IdentifyLanguage("12, 34 — 2025").language, Language::kUnknown);
}

TEST(IdentifyLanguage, LongTextsGiveLargeMargins) {
  const auto short_guess = IdentifyLanguage("Inleiding");
  const auto long_guess = IdentifyLanguage(
      "De deelnemers bevestigden dat België het op regels gebaseerde multilateralisme en de centrale rol van de "
      "Verenigde Naties steunt.");
  EXPECT_GT(long_guess.margin, 20);
  EXPECT_GT(long_guess.margin, short_guess.margin);
}

}  // namespace
}  // namespace tandem::text
