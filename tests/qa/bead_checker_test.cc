#include "pipeline/qa/bead_checker.h"

#include <gtest/gtest.h>

#include "pipeline/qa/negation.h"
#include "pipeline/qa/numbers.h"

namespace tandem::qa {
namespace {

std::vector<std::string> Values(std::string_view text) {
  std::vector<std::string> out;
  for (const Quantity& q : FindQuantities(text)) out.push_back(q.value);
  return out;
}

TEST(FindQuantities, ReadsFrenchAndDutchNotation) {
  struct Case {
    std::string_view text;
    std::vector<std::string> values;
  };
  const Case cases[] = {
      {"0,7 %", {"0.7%"}},
      {"0,7%", {"0.7%"}},
      {"1,5 milliard", {"1500000000"}},
      {"1,5 miljard", {"1500000000"}},
      {"1.540 milliards", {"1540000000000"}},
      {"4.000 dossiers", {"4000"}},
      {"4 000 dossiers", {"4000"}},
      {"38,5 millions d’euros", {"38500000"}},
      {"2 pour cent", {"2%"}},
      {"2 procent", {"2%"}},
      {"le 14 avril 2025", {"14", "2025", "month:4"}},
      {"op 14 april 2025", {"14", "2025", "month:4"}},
      {"2.2.1. UNION", {"2.2.1"}},
      {"la 58e session", {"58"}},
      {"COP30 et F-16", {"16"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Values(c.text), c.values) << c.text;
}

TEST(NegationCues, FindsRealNegationsOnly) {
  struct Case {
    std::string_view text;
    Language language;
    size_t cues;
  };
  const Case cases[] = {
      {"La Belgique ne soutiendra jamais cet accord.", Language::kFrench, 2},
      {"Elle n’acceptera aucune confiscation.", Language::kFrench, 2},
      {"Non seulement la Belgique, mais aussi les Pays-Bas.", Language::kFrench, 0},
      {"C’est sans doute utile.", Language::kFrench, 0},
      {"La non-prolifération reste une priorité.", Language::kFrench, 0},
      {"La coopération non gouvernementale.", Language::kFrench, 0},
      {"Il ne reste que deux mois.", Language::kFrench, 0},
      {"plus que jamais", Language::kFrench, 0},
      {"België zal nooit een akkoord steunen.", Language::kDutch, 1},
      {"Er is geen twijfel over.", Language::kDutch, 0},
      {"Niet alleen België maar ook Nederland.", Language::kDutch, 0},
      {"niet-gouvernementele organisaties", Language::kDutch, 0},
      {"zonder stevige juridische grondslag", Language::kDutch, 1},
  };
  for (const Case& c : cases) EXPECT_EQ(NegationCues(c.text, c.language).size(), c.cues) << c.text;
}

// Flags of a single 1-1 bead.
std::vector<FlagKind> Check(const std::string& fr, const std::string& nl) {
  Stream f{Language::kFrench, {Block{fr, BlockKind::kParagraph, Language::kFrench, 0}}};
  Stream n{Language::kDutch, {Block{nl, BlockKind::kParagraph, Language::kDutch, 0}}};
  std::vector<FlagKind> kinds;
  const auto flags = CheckBeads(f, n, {align::Bead{0, 1, 0, 1, 1.0}});
  for (const Flag& flag : flags[0]) kinds.push_back(flag.kind);
  return kinds;
}

TEST(CheckBeads, EachFlagFiresOnARealDifference) {
  struct Case {
    std::string fr, nl;
    FlagKind expected;
  };
  const Case cases[] = {
      {"La Belgique consacrera 38,5 millions d’euros au déminage.",
       "België besteedt 35,5 miljoen euro aan ontmijning.", FlagKind::kNumbers},
      {"La réunion a eu lieu le 14 avril 2025.", "De vergadering vond plaats op 14 mei 2025.", FlagKind::kNumbers},
      {"La Belgique soutiendra cet accord de paix.", "België zal dit vredesakkoord niet steunen.", FlagKind::kNegation},
      {"La Belgique ne reconnaîtra aucune annexion.", "België zal de annexatie erkennen.", FlagKind::kNegation},
      {"Le sommet de l’OTAN aura lieu en décembre.", "De top zal in december plaatsvinden.", FlagKind::kEntity},
      {"La délégation rencontrera Enabel à Dakar.", "De delegatie zal het agentschap ontmoeten.", FlagKind::kEntity},
      {"2.2.1. UNION EUROPÉENNE", "2.2.2. EUROPESE UNIE", FlagKind::kHeadingNumber},
      {"La Belgique soutient fermement le multilatéralisme et la coopération internationale.",
       "La Belgique soutient fermement le multilatéralisme et la coopération internationale.",
       FlagKind::kUntranslated},
      {"Les postes informeront l’administration centrale de toute évolution de la position de leurs interlocuteurs.",
       "De posten informeren het hoofdbestuur over elke wijziging in het standpunt van hun gesprekspartners.",
       FlagKind::kUntranslated},
  };
  // The last case is not flagged: it is a plain good translation; it guards the test itself.
  for (size_t i = 0; i + 1 < std::size(cases); ++i) {
    const auto kinds = Check(cases[i].fr, cases[i].nl);
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), cases[i].expected), kinds.end())
        << FlagName(cases[i].expected) << ": " << cases[i].fr;
  }
  EXPECT_TRUE(Check(cases[std::size(cases) - 1].fr, cases[std::size(cases) - 1].nl).empty());
}

TEST(CheckBeads, EquivalentTextRaisesNothing) {
  struct Case {
    std::string fr, nl;
  };
  const Case cases[] = {
      {"Le taux est de 0,7 %.", "Het percentage bedraagt 0,7%."},
      {"Le budget atteint 1,5 milliard d’euros.", "De begroting bedraagt 1,5 miljard euro."},
      {"La Belgique ne soutiendra jamais un tel accord.", "België zal een dergelijk akkoord nooit steunen."},
      {"Le sommet de l’OTAN se tiendra le 14 avril 2025.", "De NAVO-top vindt plaats op 14 april 2025."},
      {"Le Conseil de sécurité des Nations unies se réunira.", "De Veiligheidsraad van de Verenigde Naties komt samen."},
      {"Non seulement la Belgique, mais aussi le Luxembourg.", "Niet alleen België, maar ook Luxemburg."},
      {"Les États-Unis et le G7 restent des partenaires.", "De Verenigde Staten en de G7 blijven partners."},
      {"2.2.2. ONU", "2.2.2 VN"},
  };
  for (const Case& c : cases) EXPECT_TRUE(Check(c.fr, c.nl).empty()) << c.fr;
}

TEST(CheckBeads, OneSidedAndLengthOutliers) {
  Stream fr{Language::kFrench, {}}, nl{Language::kDutch, {}};
  const std::string fr_text = "La Belgique défendra une position commune au sein de l’Union européenne cette année.";
  const std::string nl_text = "België zal dit jaar een gemeenschappelijk standpunt verdedigen binnen de Europese Unie.";
  for (int i = 0; i < 6; ++i) {
    fr.blocks.push_back(Block{fr_text, BlockKind::kParagraph, Language::kFrench, 0});
    nl.blocks.push_back(Block{nl_text, BlockKind::kParagraph, Language::kDutch, 0});
  }
  // Bead 5: the Dutch side is three times as long.
  nl.blocks[5].text = nl_text + " " + nl_text + " " + nl_text;
  std::vector<align::Bead> beads;
  for (size_t i = 0; i < 6; ++i) beads.push_back({i, 1, i, 1, 1.0});
  beads.push_back({6, 0, 6, 0, 0.2});
  fr.blocks.push_back(Block{"Un paragraphe sans traduction.", BlockKind::kParagraph, Language::kFrench, 0});
  beads.back().fr_count = 1;
  const auto flags = CheckBeads(fr, nl, beads);
  ASSERT_EQ(flags.size(), 7u);
  EXPECT_TRUE(flags[0].empty());
  ASSERT_EQ(flags[5].size(), 1u);
  EXPECT_EQ(flags[5][0].kind, FlagKind::kLength);
  ASSERT_EQ(flags[6].size(), 1u);
  EXPECT_EQ(flags[6][0].kind, FlagKind::kOneSided);
}

TEST(CheckBeads, FlagsNameTheWordsInvolved) {
  Stream f{Language::kFrench, {Block{"Un budget de 120 millions d’euros.", BlockKind::kParagraph, Language::kFrench, 0}}};
  Stream n{Language::kDutch, {Block{"Een budget van 150 miljoen euro.", BlockKind::kParagraph, Language::kDutch, 0}}};
  const auto all = CheckBeads(f, n, {align::Bead{0, 1, 0, 1, 1.0}});
  const auto& flags = all[0];
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].fr_words, std::vector<std::string>{"120 millions"});
  EXPECT_EQ(flags[0].nl_words, std::vector<std::string>{"150 miljoen"});
}

}  // namespace
}  // namespace tandem::qa
