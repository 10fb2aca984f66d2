// The kind of rule a report's sentence commits Belgium to, from sentences
// written for this test (not from the corpus reports).
#include "pipeline/propose/commitment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tandem::propose {
namespace {

using redlines::RuleKind;
using redlines::Stance;

struct KindCase {
  const char* sentence;
  Language language;
  std::optional<RuleKind> kind;  // nullopt: no rule
  const char* wording;           // expected wording (claim, subject, quantity, use); "" to skip
};

const Language kFr = Language::kFrench, kNl = Language::kDutch;

class ReadCommitmentTest : public ::testing::TestWithParam<KindCase> {};

TEST_P(ReadCommitmentTest, ReadsTheKindAndTheWording) {
  const KindCase& c = GetParam();
  std::string reason;
  const auto got = ReadCommitment(c.sentence, c.language, &reason);
  if (!c.kind) {
    EXPECT_FALSE(got.has_value()) << c.sentence << " read as " << redlines::RuleKindName(got->kind)
                                  << ": " << got->wording;
    EXPECT_FALSE(reason.empty()) << "a sentence left out says why";
    return;
  }
  ASSERT_TRUE(got.has_value()) << c.sentence << ": " << reason;
  EXPECT_EQ(redlines::RuleKindName(got->kind), redlines::RuleKindName(*c.kind)) << c.sentence;
  if (*c.wording) {
    EXPECT_EQ(got->wording, c.wording) << c.sentence;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, ReadCommitmentTest,
    ::testing::Values(
        // Refusals: forbid, the refused act as claim.
        KindCase{"La Belgique ne livrera jamais d'armes offensives à la junte.", kFr, RuleKind::kForbid,
                 "livrera d'armes offensives à la junte"},
        KindCase{"La Belgique refuse de lever les sanctions sectorielles.", kFr, RuleKind::kForbid,
                 "lever les sanctions sectorielles"},
        KindCase{"Nous n'accepterons aucun transfert de compétences vers le secrétariat.", kFr,
                 RuleKind::kForbid, "accepterons transfert de compétences vers le secrétariat"},
        KindCase{"La Belgique refuse de rouvrir l'ambassade tant que les otages ne sont pas libérés.",
                 kFr, RuleKind::kForbid, "rouvrir l'ambassade"},
        KindCase{"België zal de sancties nooit opheffen.", kNl, RuleKind::kForbid, "sancties opheffen"},
        KindCase{"België weigert wapens aan de junta te leveren.", kNl, RuleKind::kForbid,
                 "wapens aan de junta te leveren"},
        KindCase{"België sluit elke militaire inzet in de regio uit.", kNl, RuleKind::kForbid,
                 "militaire inzet in de regio"},
        KindCase{"Ons land verzet zich tegen elke verlenging van het moratorium.", kNl,
                 RuleKind::kForbid, "verlenging van het moratorium"},
        // Affirmations Belgium keeps: require.
        KindCase{"La Belgique défend le multilatéralisme efficace, avec ses partenaires du Benelux.",
                 kFr, RuleKind::kRequire, "multilatéralisme efficace"},
        KindCase{"La Belgique exige une enquête indépendante sur les frappes.", kFr,
                 RuleKind::kRequire, "enquête indépendante sur les frappes"},
        KindCase{"Notre pays continuera à plaider pour un cessez-le-feu durable.", kFr,
                 RuleKind::kRequire, "cessez-le-feu durable"},
        KindCase{"België pleit voor een staakt-het-vuren met onmiddellijke ingang.", kNl,
                 RuleKind::kRequire, "staakt-het-vuren"},
        KindCase{"De delegatie zal in alle omstandigheden de vrijheid van meningsuiting verdedigen.",
                 kNl, RuleKind::kRequire, "vrijheid van meningsuiting"},
        KindCase{"La Belgique exige un accès sans restriction pour les observateurs.", kFr,
                 RuleKind::kRequire, "accès sans restriction pour les observateurs"},
        // Stances on a text.
        KindCase{"La Belgique votera contre le projet de résolution sur la diffamation des religions.",
                 kFr, RuleKind::kStance, "projet de résolution sur la diffamation des religions"},
        KindCase{"La Belgique s'abstiendra sur l'amendement présenté par le groupe arabe.", kFr,
                 RuleKind::kStance, "amendement présenté par le groupe arabe"},
        KindCase{"België steunt de ontwerpresolutie over kindsoldaten.", kNl, RuleKind::kStance,
                 "ontwerpresolutie over kindsoldaten"},
        KindCase{"La Belgique soutiendra la résolution du Conseil des droits de l'homme sur la torture.",
                 kFr, RuleKind::kStance, "résolution sur la torture"},
        KindCase{"België verwerpt het voorstel van Hongarije om de sancties te verlichten.", kNl,
                 RuleKind::kStance, "voorstel om de sancties te verlichten"},
        KindCase{"België zal de verklaring over mediavrijheid steunen.", kNl, RuleKind::kStance,
                 "verklaring over mediavrijheid"},
        KindCase{"België keurt het voorstel van het voorzitterschap goed.", kNl, RuleKind::kStance,
                 "voorstel van het voorzitterschap"},
        // A class of texts refused is a forbid, not a stance on one text.
        KindCase{"La Belgique ne soutiendra aucun texte qui affaiblit la Cour pénale internationale.",
                 kFr, RuleKind::kForbid, ""},
        // Amounts with a bound: limit.
        KindCase{"L'aide humanitaire belge au Yémen s'élèvera à au moins 8 millions d'euros.", kFr,
                 RuleKind::kLimit, "aide humanitaire belge au Yémen"},
        KindCase{"La contribution au fonds fiduciaire ne dépassera pas 2,5 millions d'euros.", kFr,
                 RuleKind::kLimit, "contribution au fonds fiduciaire"},
        KindCase{"Het aandeel van leningen in de klimaatfinanciering bedraagt ten hoogste 30 %.", kNl,
                 RuleKind::kLimit, "aandeel van leningen in de klimaatfinanciering"},
        KindCase{"De bijdrage aan het vredesfonds wordt opgetrokken tot 4 miljoen euro.", kNl,
                 RuleKind::kLimit, "bijdrage aan het vredesfonds"},
        // Terms.
        KindCase{"On parle de « personnes déplacées » et non de « réfugiés internes ».", kFr,
                 RuleKind::kTerm, "personnes déplacées"},
        KindCase{"We spreken van „ontheemden” en niet van „binnenlandse vluchtelingen”.", kNl,
                 RuleKind::kTerm, "ontheemden"},
        // Not commitments: no rule (listed for the clerk instead).
        KindCase{"Le prochain point de situation aura lieu en mars.", kFr, std::nullopt, ""},
        KindCase{"La Belgique versera 3 millions d'euros au fonds.", kFr, std::nullopt, ""},
        KindCase{"La Belgique reconnaîtra-t-elle le nouveau gouvernement ?", kFr, std::nullopt, ""},
        KindCase{"België zal nooit toegeven.", kNl, std::nullopt, ""},
        KindCase{"België zal Taiwan niet erkennen.", kNl, RuleKind::kForbid, "Taiwan erkennen"},
        KindCase{"De volgende vergadering vindt plaats na de zomer.", kNl, std::nullopt, ""}));

TEST(ReadCommitment, TermWordingsWithoutTheirArticle) {
  const auto c = ReadCommitment("We spreken van de grondwettelijke orde en niet van het regime.", Language::kDutch);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->wording, "grondwettelijke orde");
  EXPECT_EQ(c->avoid, "regime");
  // Quoted with its article, the article stays inside the wording.
  const auto q = ReadCommitment("We spreken van „de grondwettelijke orde” en niet van „het regime”.", Language::kDutch);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->avoid, "het regime");
}

TEST(ReadCommitment, TermKeepsTheAvoidedWording) {
  const auto c = ReadCommitment("On parle de « Etat de Palestine » et non de « territoires ».", Language::kFrench);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->avoid, "territoires");
}

TEST(ReadCommitment, LimitReadsBoundAndUnit) {
  struct Case {
    const char* sentence;
    Language language;
    std::optional<double> min, max;
    const char* unit;
  };
  const std::vector<Case> cases = {
      {"La part des dons sera d'au moins 60 %.", kFr, 60, std::nullopt, "%"},
      {"Le budget de la mission est plafonné à 1,5 milliard d'euros.", kFr, std::nullopt, 1.5e9, "EUR"},
      {"De steun bedraagt minstens 200 miljoen euro.", kNl, 200e6, std::nullopt, "EUR"},
      {"De verlaging mag ten hoogste 0,5 % bedragen.", kNl, std::nullopt, 0.5, "%"},
  };
  for (const Case& c : cases) {
    const auto got = ReadCommitment(c.sentence, c.language);
    ASSERT_TRUE(got) << c.sentence;
    EXPECT_EQ(got->min, c.min) << c.sentence;
    EXPECT_EQ(got->max, c.max) << c.sentence;
    EXPECT_EQ(got->unit, c.unit) << c.sentence;
  }
}

TEST(ReadCommitment, HostileSentencesGiveNoCrash) {
  const std::string huge = "La part sera d'au moins " + std::string(400, '9') + " %.";
  const auto got = ReadCommitment(huge, Language::kFrench);
  ASSERT_TRUE(got);
  EXPECT_GT(*got->min, 1e300);
  std::string long_term = "On parle de ";
  for (int i = 0; i < 20000; ++i) long_term += "mot ";
  long_term += "et non de autre.";
  std::string reason;
  EXPECT_FALSE(ReadCommitment(long_term, Language::kFrench, &reason) &&
               ReadCommitment(long_term, Language::kFrench)->kind == redlines::RuleKind::kTerm);
  EXPECT_FALSE(ReadCommitment("", Language::kFrench, &reason));
  EXPECT_FALSE(ReadCommitment("La Belgique refuse.", Language::kEnglish, &reason));
}

TEST(ReadCommitment, StanceValues) {
  struct Case {
    const char* sentence;
    Language language;
    Stance stance;
  };
  const std::vector<Case> cases = {
      {"La Belgique soutient la résolution sur les défenseurs des droits humains.", kFr, Stance::kSupport},
      {"La Belgique s'oppose à la proposition de la présidence.", kFr, Stance::kOppose},
      {"La Belgique s'abstiendra sur la résolution relative au nucléaire civil.", kFr, Stance::kAbstain},
      {"België stemt tegen de resolutie over eenzijdige maatregelen.", kNl, Stance::kOppose},
      {"België zal zich onthouden bij de stemming over het amendement.", kNl, Stance::kAbstain},
  };
  for (const Case& c : cases) {
    const auto got = ReadCommitment(c.sentence, c.language);
    ASSERT_TRUE(got) << c.sentence;
    EXPECT_EQ(redlines::RuleKindName(got->kind), "stance") << c.sentence;
    EXPECT_EQ(redlines::StanceName(got->stance), redlines::StanceName(c.stance)) << c.sentence;
  }
}

}  // namespace
}  // namespace tandem::propose
