#include "pipeline/text/normalize.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace tandem::text {
namespace {

TEST(NormalizeText, FoldsPresentationFormsAndKeepsTypography) {
  struct Case {
    std::string_view input, expected;
  };
  const Case cases[] = {
      {"ﬁnancement", "financement"},                              // U+FB01 ligature
      {"eﬀort ﬂexible", "effort flexible"},                       // ff, fl
      {"ＥＵ", "EU"},                                             // full-width
      {"10\u00A0%", "10 %"},                                      // no-break space
      {"1\u202F540", "1 540"},                                    // narrow no-break space
      {"coopé\u00ADration", "coopération"},                       // soft hyphen
      {"zero\u200Bwidth", "zerowidth"},                           // zero-width space
      {"e\u0301te\u0301", "été"},                                 // decomposed -> NFC
      {"line\r\nbreak\rhere", "line\nbreak\nhere"},               // CR LF
      {"“guillemets” – l’Union", "“guillemets” – l’Union"},       // typography kept
      {"note¹", "note¹"},                                         // superscripts kept
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeText(c.input), c.expected) << c.input;
}

TEST(FoldForMatching, FoldsCaseAccentsAndLigatures) {
  struct Case {
    std::string_view input, expected;
  };
  const Case cases[] = {
      {"Sécurité", "securite"},       {"ÉTATS-UNIS", "etats-unis"}, {"Œuvre", "oeuvre"},
      {"België", "belgie"},           {"coördinatie", "coordinatie"}, {"ﬁn", "fin"},
      {"Straße", "strasse"},          {"NAVO", "navo"},
      // Latin letters fold one by one; a combining accent, a carriage return
      // or a ligature outside Latin-1/Extended-A take the ICU path.
      {"Łódź", "lodz"},               {"\xC4\xB2zer", "ijzer"},   {"e\xCC\x81te", "ete"},
      {"naïve\r\nfin", "naive\nfin"},  {"a\xC2\xA0" "b\xC2\xAD" "c", "a bc"}, {"Ørsted", "orsted"},
  };
  for (const Case& c : cases) EXPECT_EQ(FoldForMatching(c.input), c.expected) << c.input;
}

TEST(CollapseSpaces, OneSpaceBetweenWordsNoneAtTheEnds) {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"reconnaître  l'annexion", "reconnaître l'annexion"},
      {"\n    de annexatie\n    erkennen\n  ", "de annexatie erkennen"},
      {"\tpolitique\r\nétrangère", "politique étrangère"},
      {"   ", ""},
      {"", ""},
  };
  for (const auto& [input, expected] : table) EXPECT_EQ(CollapseSpaces(input), expected) << input;
}

}  // namespace
}  // namespace tandem::text
