// Tables of sentences a clerk would flag and traps a clerk would leave alone,
// one table per rule kind, checked against one dossier with a rule of each kind.
#include "pipeline/check/red_line_checker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/check/prior_units.h"
#include "pipeline/redlines/dossier_loader.h"

namespace tandem::check {
namespace {

constexpr std::string_view kDossier = R"(<?xml version="1.0" encoding="UTF-8"?>
<redlines xmlns="urn:tandem:redlines:1" dossier="ukraine-test" agreed="2025-02-19">
  <title xml:lang="fr">Ukraine</title>
  <title xml:lang="nl">Oekraïne</title>
  <topic><fr>Ukraine</fr><fr>Crimée</fr><fr>Kyiv</fr><nl>Oekraïne</nl><nl>Krim</nl><nl>Kyiv</nl></topic>
  <forbid id="F" severity="blocking">
    <claim xml:lang="fr">reconnaître l'annexion de la Crimée</claim>
    <claim xml:lang="fr">accepter l'annexion de la Crimée</claim>
    <claim xml:lang="nl">de annexatie van de Krim erkennen</claim>
    <claim xml:lang="nl">de annexatie van de Krim aanvaarden</claim>
    <agreed xml:lang="fr">La Belgique ne reconnaîtra jamais l'annexion illégale de la Crimée.</agreed>
    <agreed xml:lang="nl">België zal de illegale annexatie van de Krim nooit erkennen.</agreed>
  </forbid>
  <require id="R" severity="blocking">
    <claim xml:lang="fr">intégrité territoriale de l'Ukraine</claim>
    <claim xml:lang="nl">territoriale integriteit van Oekraïne</claim>
  </require>
  <stance id="S" value="support" severity="blocking">
    <subject xml:lang="fr">adhésion de l'Ukraine à l'Union européenne</subject>
    <subject xml:lang="nl">toetreding van Oekraïne tot de Europese Unie</subject>
  </stance>
  <limit id="L" severity="warning" unit="EUR" max="1000000000">
    <quantity xml:lang="fr">aide militaire</quantity>
    <quantity xml:lang="nl">militaire steun</quantity>
  </limit>
  <limit id="P" severity="warning" unit="%" min="0.7">
    <quantity xml:lang="fr">aide publique au développement</quantity>
    <quantity xml:lang="nl">officiële ontwikkelingshulp</quantity>
  </limit>
  <term id="T" severity="warning">
    <use xml:lang="fr">coopération internationale</use>
    <use xml:lang="nl">internationale samenwerking</use>
    <avoid xml:lang="fr">coopération au développement</avoid>
    <avoid xml:lang="nl">ontwikkelingssamenwerking</avoid>
    <except xml:lang="fr">ministre de la Coopération au développement</except>
    <except xml:lang="nl">minister van Ontwikkelingssamenwerking</except>
  </term>
</redlines>
)";

const std::vector<redlines::Dossier>& Dossiers() {
  static const auto* dossiers = [] {
    auto loaded = redlines::LoadDossierBytes(kDossier, "ukraine-test.xml");
    if (!loaded) ADD_FAILURE() << loaded.error().message;
    return new std::vector<redlines::Dossier>{std::move(loaded).value()};
  }();
  return *dossiers;
}

DraftSide Side(Language language, const std::vector<std::string>& paragraphs, const std::string& file) {
  DraftSide side;
  side.file = file;
  side.language = language;
  for (const std::string& text : paragraphs) {
    Block block;
    block.text = text;
    block.language = language;
    side.blocks.push_back(block);
    side.numbers.push_back(side.blocks.size());
  }
  return side;
}

// The findings of `kind` for a one-paragraph draft, as "RULE@PARAGRAPH" joined by spaces.
std::string Found(Language language, const std::string& paragraph, std::string_view kind) {
  const CheckReport report = CheckDraft({Side(language, {paragraph}, "draft.txt")}, Dossiers());
  std::string found;
  for (const Finding& f : report.findings) {
    if (f.kind != kind) continue;
    if (!found.empty()) found += " ";
    found += f.rule + "@" + std::to_string(f.paragraph);
  }
  return found;
}

struct Case {
  Language language;
  std::string text;
  std::string expected;  // findings of the kind under test, "" for none
};

constexpr Language kFr = Language::kFrench;
constexpr Language kNl = Language::kDutch;

void ExpectTable(const std::vector<Case>& table, std::string_view kind) {
  for (const Case& c : table) EXPECT_EQ(Found(c.language, c.text, kind), c.expected) << c.text;
}

TEST(RedLineChecker, ForbidFlagsTheClaimHoweverItIsWritten) {
  ExpectTable({
                  {kFr, "La Belgique reconnaît l'annexion de la Crimée.", "F@1"},
                  {kFr, "Notre pays reconnaîtra l'annexion de la Crimée après les élections.", "F@1"},
                  {kFr, "L'annexion de la Crimée est désormais reconnue par la Belgique.", "F@1"},
                  {kFr, "Le gouvernement accepte l'annexion de la Crimée.", "F@1"},
                  {kFr, "La Belgique acceptera l'annexion de la Crimée.", "F@1"},
                  {kFr, "Nous reconnaissons, à regret, l'annexion de la Crimée.", "F@1"},
                  {kFr, "La Belgique n'exclut pas de reconnaître l'annexion de la Crimée.", "F@1"},
                  {kFr, "Sans doute la Belgique reconnaîtra-t-elle l'annexion de la Crimée.", "F@1"},
                  {kFr, "La Belgique ne refuse plus de reconnaître l'annexion de la Crimée.", "F@1"},
                  {kFr, "La Belgique pourrait, à terme, reconnaître l'annexion de la Crimée.", "F@1"},
                  {kFr, "Il est dans l'intérêt de notre pays d'accepter l'annexion de la Crimée.", "F@1"},
                  {kNl, "België erkent de annexatie van de Krim.", "F@1"},
                  {kNl, "Ons land zou de annexatie van de Krim kunnen erkennen.", "F@1"},
                  {kNl, "De annexatie van de Krim wordt door België erkend.", "F@1"},
                  {kNl, "De regering zal de annexatie van de Krim aanvaarden.", "F@1"},
                  {kNl, "Er is geen twijfel dat ons land de annexatie van de Krim erkent.", "F@1"},
                  {kNl, "België weigert niet langer de annexatie van de Krim te erkennen.", "F@1"},
              },
              "forbid");
}

TEST(RedLineChecker, ForbidStaysSilentOnNegatedOrReportedClaims) {
  ExpectTable({
                  {kFr, "La Belgique ne reconnaîtra jamais l'annexion de la Crimée.", ""},
                  {kFr, "L'annexion de la Crimée ne sera pas reconnue.", ""},
                  {kFr, "Jamais la Belgique ne reconnaîtra l'annexion de la Crimée.", ""},
                  {kFr, "La Belgique n'a pas reconnu et ne reconnaîtra pas l'annexion de la Crimée.", ""},
                  {kFr, "La Belgique ne peut accepter que l'annexion de la Crimée soit reconnue.", ""},
                  {kFr, "La Belgique refuse de reconnaître l'annexion de la Crimée.", ""},
                  {kFr, "La Belgique rejette toute reconnaissance de l'annexion de la Crimée.", ""},
                  {kFr, "Sans reconnaître l'annexion de la Crimée, la Belgique maintient le dialogue.", ""},
                  {kFr, "La Russie affirme que l'Europe finira par reconnaître l'annexion de la Crimée.", ""},
                  {kFr, "Selon Moscou, l'Occident acceptera l'annexion de la Crimée.", ""},
                  {kFr, "Certains estiment qu'il faudrait reconnaître l'annexion de la Crimée.", ""},
                  {kFr, "La Hongrie reconnaît l'annexion de la Crimée.", ""},
                  {kFr, "Nos partenaires reconnaissent l'annexion de la Crimée.", ""},
                  {kFr, "L'annexion de la Crimée a été reconnue par la Corée du Nord.", ""},
                  {kFr, "La Belgique reconnaît la souveraineté de l'Ukraine sur la Crimée.", ""},
                  {kNl, "België zal de annexatie van de Krim nooit erkennen.", ""},
                  {kNl, "België weigert de annexatie van de Krim te erkennen.", ""},
                  {kNl, "Volgens Moskou erkent Europa de annexatie van de Krim.", ""},
                  {kNl, "Rusland beweert dat de annexatie van de Krim erkend is.", ""},
                  {kNl, "Sommigen vinden dat de annexatie van de Krim erkend moet worden.", ""},
                  {kNl, "De annexatie van de Krim werd door Noord-Korea erkend.", ""},
                  {kNl, "Enkele lidstaten erkennen de annexatie van de Krim.", ""},
              },
              "forbid");
}

TEST(RedLineChecker, RequireFlagsADraftOnTheTopicThatNeverStatesTheClaim) {
  ExpectTable({
                  {kFr, "La Belgique soutient l'Ukraine face à l'agression russe.", "R@0"},
                  {kFr, "La Belgique ne défend plus l'intégrité territoriale de l'Ukraine.", "R@1"},
                  {kFr, "La Russie conteste l'intégrité territoriale de l'Ukraine.", "R@0"},
                  {kNl, "België steunt Oekraïne tegen de Russische agressie.", "R@0"},
                  {kNl, "België verdedigt de territoriale integriteit van Oekraïne niet meer.", "R@1"},
              },
              "require");
}

TEST(RedLineChecker, RequireIsMetByTheClaimInAnyWordingAndSilentOffTopic) {
  ExpectTable({
                  {kFr, "La Belgique défend l'intégrité territoriale de l'Ukraine.", ""},
                  {kFr, "L'Ukraine a droit au respect de son intégrité territoriale.", ""},
                  {kFr, "La Belgique ne renoncera jamais à l'intégrité territoriale de l'Ukraine.", ""},
                  {kFr, "La Belgique soutient la transition au Mali.", ""},
                  {kNl, "België verdedigt de territoriale integriteit van Oekraïne.", ""},
                  {kNl, "De territoriale integriteit van Oekraïne staat niet ter discussie, noch vandaag noch morgen.", ""},
                  {kNl, "België steunt de overgang in Mali.", ""},
              },
              "require");
}

TEST(RedLineChecker, StanceFlagsBelgiumTakingAnotherStance) {
  ExpectTable({
                  {kFr, "La Belgique s'oppose à l'adhésion de l'Ukraine à l'Union européenne.", "S@1"},
                  {kFr, "Notre pays ne soutient pas l'adhésion de l'Ukraine à l'Union européenne.", "S@1"},
                  {kFr, "La Belgique s'abstiendra sur l'adhésion de l'Ukraine à l'Union européenne.", "S@1"},
                  {kFr, "L'adhésion de l'Ukraine à l'Union européenne, nous la rejetons.", "S@1"},
                  {kFr, "Le gouvernement rejette l'adhésion rapide de l'Ukraine à l'Union européenne.", "S@1"},
                  {kNl, "België verzet zich tegen de toetreding van Oekraïne tot de Europese Unie.", "S@1"},
                  {kNl, "De regering steunt de toetreding van Oekraïne tot de Europese Unie niet.", "S@1"},
                  {kNl, "Bij de stemming over de toetreding van Oekraïne tot de Europese Unie onthoudt België zich.", "S@1"},
              },
              "stance");
}

TEST(RedLineChecker, StanceStaysSilentOnTheAgreedStanceAnotherSpeakerOrAnotherSubject) {
  ExpectTable({
                  {kFr, "La Belgique soutient l'adhésion de l'Ukraine à l'Union européenne.", ""},
                  {kFr, "La Belgique ne s'oppose pas à l'adhésion de l'Ukraine à l'Union européenne.", ""},
                  {kFr, "La Hongrie s'oppose à l'adhésion de l'Ukraine à l'Union européenne.", ""},
                  {kFr, "Certains partenaires s'opposent à l'adhésion de l'Ukraine à l'Union européenne.", ""},
                  {kFr, "La Belgique soutient l'adhésion de l'Ukraine à l'Union européenne mais s'oppose à tout raccourci.", ""},
                  {kFr, "La Belgique s'oppose à la levée des sanctions; elle soutient l'adhésion de l'Ukraine à l'Union européenne.", ""},
                  {kFr, "L'adhésion de l'Ukraine à l'Union européenne sera discutée en juin.", ""},
                  {kNl, "België steunt de toetreding van Oekraïne tot de Europese Unie.", ""},
                  {kNl, "Hongarije verzet zich tegen de toetreding van Oekraïne tot de Europese Unie.", ""},
                  {kNl, "België verzet zich niet tegen de toetreding van Oekraïne tot de Europese Unie.", ""},
              },
              "stance");
}

TEST(RedLineChecker, LimitReadsFrenchAndDutchNotation) {
  ExpectTable({
                  {kFr, "L'aide militaire belge atteindra 1,2 milliard d'euros.", "L@1"},
                  {kFr, "Une aide militaire de 1 500 millions d'euros est prévue.", "L@1"},
                  {kFr, "Nous porterons l'aide militaire à € 1,5 milliard.", "L@1"},
                  {kFr, "L'aide publique au développement sera ramenée à 0,45 % du revenu national brut.", "P@1"},
                  {kNl, "De militaire steun bedraagt 1,2 miljard euro.", "L@1"},
                  {kNl, "De militaire steun stijgt tot 1.500 miljoen EUR.", "L@1"},
                  {kNl, "De officiële ontwikkelingshulp daalt tot 0.5% van het bni.", "P@1"},
              },
              "limit");
}

TEST(RedLineChecker, LimitStaysSilentWithinBoundsOrForAnotherQuantity) {
  ExpectTable({
                  {kFr, "L'aide militaire belge atteindra 900 millions d'euros.", ""},
                  {kFr, "L'aide humanitaire atteindra 1,5 milliard d'euros, l'aide militaire restant stable.", ""},
                  {kFr, "L'aide militaire représente 30 % du budget de la Défense.", ""},
                  {kFr, "En 2026, l'aide militaire sera évaluée.", ""},
                  {kFr, "L'aide publique au développement atteindra 0,7 % du revenu national brut.", ""},
                  {kNl, "De militaire steun bedraagt 800 miljoen euro.", ""},
                  {kNl, "De humanitaire hulp bedraagt 2 miljard euro; de militaire steun blijft ongewijzigd.", ""},
                  {kNl, "De officiële ontwikkelingshulp bereikt 0,7 % van het bni.", ""},
              },
              "limit");
}

TEST(RedLineChecker, TermFlagsTheAvoidedWordingOutsideItsException) {
  ExpectTable({
                  {kFr, "La coopération au développement reste une priorité.", "T@1"},
                  {kFr, "LA COOPÉRATION AU DÉVELOPPEMENT RESTE UNE PRIORITÉ.", "T@1"},
                  {kFr, "Le ministre de la Coopération au développement défend la coopération au développement.", "T@1"},
                  {kNl, "Ontwikkelingssamenwerking blijft een prioriteit.", "T@1"},
                  {kNl, "Het ontwikkelingssamenwerkingsbeleid wordt herzien.", "T@1"},
              },
              "term");
}

TEST(RedLineChecker, TermStaysSilentInsideTheExceptionOrWhenTheWordsAreApart) {
  ExpectTable({
                  {kFr, "Le ministre de la Coopération au développement s'est rendu à Kyiv.", ""},
                  {kFr, "La coopération internationale reste une priorité.", ""},
                  {kFr, "La coopération entre les régions favorise le développement.", ""},
                  {kNl, "De minister van Ontwikkelingssamenwerking bezocht Kyiv.", ""},
                  {kNl, "Internationale samenwerking blijft een prioriteit.", ""},
              },
              "term");
}

TEST(RedLineChecker, TermMessageProposesTheWordingToUseAndMarksTheWords) {
  const CheckReport report = CheckDraft({Side(kFr, {"La coopération au développement reste une priorité."}, "d.txt")}, Dossiers());
  ASSERT_EQ(report.findings.size(), 1u);
  const Finding& f = report.findings[0];
  EXPECT_NE(f.message.find("coopération internationale"), std::string::npos) << f.message;
  ASSERT_EQ(f.marks.size(), 1u);
  EXPECT_EQ(f.sentence.substr(f.marks[0].first, f.marks[0].second - f.marks[0].first), "coopération au développement");
  EXPECT_EQ(f.severity, redlines::Severity::kWarning);
}

TEST(RedLineChecker, ForbidFindingCarriesTheAgreedWordingOfItsLanguage) {
  const CheckReport report = CheckDraft({Side(kNl, {"Kyiv", "België erkent de annexatie van de Krim."}, "d.nl.txt")}, Dossiers());
  ASSERT_EQ(report.findings.size(), 2u);  // F, and R: integrity never stated
  EXPECT_EQ(report.findings[0].rule, "R");
  EXPECT_EQ(report.findings[0].paragraph, 0u);
  EXPECT_EQ(report.findings[1].rule, "F");
  EXPECT_EQ(report.findings[1].paragraph, 2u);
  EXPECT_EQ(report.findings[1].agreed, "België zal de illegale annexatie van de Krim nooit erkennen.");
  EXPECT_EQ(report.blocking(), 2u);
  EXPECT_EQ(report.paragraphs, 2u);
}

// Parity: {French paragraphs, Dutch paragraphs, expected parity findings as "LANG@PARAGRAPH"}.
struct ParityCase {
  std::vector<std::string> fr, nl;
  std::string expected;
};

std::string ParityFound(const ParityCase& c) {
  const CheckReport report =
      CheckDraft({Side(kFr, c.fr, "d.fr.txt"), Side(kNl, c.nl, "d.nl.txt")}, {}, CheckOptions{.parity = true});
  std::string found;
  for (const Finding& f : report.findings) {
    if (f.kind != "parity") continue;
    if (!found.empty()) found += " ";
    found += std::string(f.language == kFr ? "fr" : "nl") + "@" + std::to_string(f.paragraph);
  }
  return found;
}

TEST(RedLineChecker, ParityFlagsVersionsThatSayDifferentThings) {
  const std::vector<ParityCase> table = {
      {{"La Belgique consacrera 40 millions d'euros à la reconstruction de l'Ukraine."},
       {"België trekt 45 miljoen euro uit voor de wederopbouw van Oekraïne."},
       "fr@1"},
      {{"La Belgique soutiendra la mission de formation de l'Union européenne."},
       {"België zal de opleidingsmissie van de Europese Unie niet steunen."},
       "fr@1"},
      {{"La Belgique soutient la mission de formation de l'Union européenne."},
       {"België verzet zich tegen de opleidingsmissie van de Europese Unie."},
       "fr@1"},
      {{"La Belgique salue l'accord de cessez-le-feu conclu la semaine dernière.",
        "Elle appelle toutes les parties à libérer les prisonniers civils sans délai."},
       {"België verwelkomt het staakt-het-vuren dat vorige week werd gesloten."},
       "fr@2"},
      {{"La Belgique enverra trois observateurs à la mission électorale."},
       {"België stuurt 4 waarnemers naar de verkiezingswaarnemingsmissie."},
       "fr@1"},
  };
  for (const ParityCase& c : table) EXPECT_EQ(ParityFound(c), c.expected) << c.fr.front();
}

TEST(RedLineChecker, ParityStaysSilentOnFaithfulTranslations) {
  const std::vector<ParityCase> table = {
      {{"La Belgique consacrera 1,5 milliard d'euros à la reconstruction de l'Ukraine."},
       {"België trekt 1,5 miljard euro uit voor de wederopbouw van Oekraïne."},
       ""},
      {{"La Belgique ne soutiendra pas la mission tant que le mandat n'est pas clarifié."},
       {"België zal de missie niet steunen zolang het mandaat niet verduidelijkt is."},
       ""},
      {{"La Belgique soutient la mission de formation de l'Union européenne.",
        "Elle demande un rapport annuel au Conseil."},
       {"België steunt de opleidingsmissie van de Europese Unie.", "Het vraagt een jaarverslag aan de Raad."},
       ""},
      // Number words and digits are the same number (issue 15).
      {{"La Belgique enverra trois observateurs à la mission électorale."},
       {"België stuurt 3 waarnemers naar de verkiezingswaarnemingsmissie."},
       ""},
      {{"La Belgique enverra 3 observateurs à la mission électorale."},
       {"België stuurt drie waarnemers naar de verkiezingswaarnemingsmissie."},
       ""},
      {{"Le premier rapport sera remis au Parlement à 15h30."},
       {"Het 1e rapport wordt om 15.30 uur aan het Parlement bezorgd."},
       ""},
  };
  for (const ParityCase& c : table) EXPECT_EQ(ParityFound(c), c.expected) << c.fr.front();
}

// A second dossier whose topic words are common nouns: a verb of the same
// stem, or a longer word that only starts like one, does not put a draft on
// the topic; the nouns themselves, inflected, do.
constexpr std::string_view kEnlargement = R"(<?xml version="1.0" encoding="UTF-8"?>
<redlines xmlns="urn:tandem:redlines:1" dossier="enlargement-test">
  <title xml:lang="fr">Élargissement</title>
  <title xml:lang="nl">Uitbreiding</title>
  <topic><fr>élargissement</fr><fr>pays candidats</fr><fr>Crimée</fr><nl>uitbreiding</nl><nl>kandidaat-lidstaten</nl><nl>Krim</nl></topic>
  <require id="E" severity="blocking">
    <claim xml:lang="fr">méthodologie fondée sur le mérite</claim>
    <claim xml:lang="nl">methodologie gebaseerd op verdienste</claim>
  </require>
</redlines>
)";

std::string RequireFound(Language language, const std::vector<std::string>& paragraphs) {
  auto loaded = redlines::LoadDossierBytes(kEnlargement, "enlargement-test.xml");
  if (!loaded) ADD_FAILURE() << loaded.error().message;
  const CheckReport report = CheckDraft({Side(language, paragraphs, "d.txt")}, {*loaded});
  std::string found;
  for (const Finding& f : report.findings) {
    if (!found.empty()) found += " ";
    found += f.rule + "@" + std::to_string(f.paragraph);
  }
  return found;
}

TEST(RedLineChecker, TopicIsSwitchedOnByTheTopicWordsNotByWordsOfTheSameStem) {
  const std::vector<Case> table = {
      {kFr, "La Belgique soutient l'élargissement de l'Union aux pays candidats.", "E@0"},
      {kFr, "L'élargissement de l'Union à la Crimée n'est pas à l'ordre du jour.", "E@0"},
      {kFr, "L'élargissement du Conseil de sécurité doit aller de pair avec sa réforme.", ""},
      {kFr, "Les élargissements successifs ont renforcé l'Union et ses pays candidats.", "E@0"},
      {kFr, "Les pays candidats doivent poursuivre leurs réformes.", "E@0"},
      {kFr, "La Belgique condamne l'occupation de la Crimée.", "E@0"},
      {kFr, "La Belgique souhaite élargir le dialogue avec le Maroc.", ""},
      {kFr, "Le dialogue sera élargi aux ONG.", ""},
      {kFr, "Les candidats aux élections municipales ont débattu.", ""},
      {kFr, "La Belgique condamne les crimes commis contre les civils.", ""},
      {kNl, "België steunt de uitbreiding van de Unie met de kandidaat-lidstaten.", "E@0"},
      {kNl, "De uitbreiding van de opslagcapaciteit van het archief loopt vertraging op.", ""},
      {kNl, "De kandidaat-lidstaten moeten hun hervormingen voortzetten.", "E@0"},
      {kNl, "België wil de samenwerking met Marokko uitbreiden.", ""},
      {kNl, "De dialoog wordt uitgebreid tot de ngo's.", ""},
      {kNl, "De economie krimpt in het derde kwartaal.", ""},
  };
  for (const Case& c : table) EXPECT_EQ(RequireFound(c.language, {c.text}), c.expected) << c.text;
}

TEST(RedLineChecker, TermFindsTheAvoidedWordingInflectedOrSplitByAHyphen) {
  ExpectTable(
      {
          {kFr, "Les coopérations au développement des régions seront évaluées.", "T@1"},
          {kNl, "De ontwikkelings-samenwerking blijft een prioriteit.", "T@1"},
          {kNl, "Het EU-ontwikkelingssamenwerkingsbeleid wordt herzien.", "T@1"},
          {kNl, "Het budget voor ontwikkelingssamenwerkings-projecten stijgt.", "T@1"},
          {kNl, "De ontwikkelings- en samenwerkingsprojecten lopen door.", ""},
      },
      "term");
}

// Sentences that assert nothing as Belgium's position now: questions, the
// past told with a year, a negation of another object; and what still does.
TEST(RedLineChecker, QuestionsThePastAndNegationsOfAnotherObjectAssertNothing) {
  ExpectTable(
      {
          {kFr, "Question : la Belgique reconnaîtra-t-elle l'annexion de la Crimée ?", ""},
          {kFr,
           "En 2014, la Belgique avait failli reconnaître l'annexion de la Crimée ; elle ne le "
           "fera pas.",
           ""},
          {kFr, "En 2027, la Belgique reconnaîtra l'annexion de la Crimée.", "F@1"},
          {kNl, "Vraag: erkent België de annexatie van de Krim?", ""},
          {kNl, "In 2014 erkende België de annexatie van de Krim bijna; dat herhaalt het niet.",
           ""},
          {kNl,
           "De erkenning van de annexatie van de Krim, zoals sommige partners voorstellen, komt "
           "niet in aanmerking.",
           ""},
      },
      "forbid");
  ExpectTable(
      {
          {kFr,
           "La Belgique ne reconnaîtra aucune modification de l'intégrité territoriale de "
           "l'Ukraine.",
           ""},
          {kFr, "La Belgique ne défend plus l'intégrité territoriale de l'Ukraine.", "R@1"},
          {kNl, "België aanvaardt geen schending van de territoriale integriteit van Oekraïne.",
           ""},
          {kFr, "Question : la Belgique défend-elle l'intégrité territoriale de l'Ukraine ?",
           "R@0"},
      },
      "require");
}

TEST(RedLineChecker, StanceOnASubjectThatNamesANegation) {
  constexpr std::string_view kXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<redlines xmlns="urn:tandem:redlines:1" dossier="exports-test">
  <title xml:lang="fr">Exportations</title><title xml:lang="nl">Uitvoer</title>
  <stance id="X" value="oppose" severity="blocking">
    <subject xml:lang="fr">transfert sans licence</subject>
    <subject xml:lang="nl">overdracht zonder vergunning</subject>
  </stance>
  <stance id="Y" value="support" severity="blocking">
    <subject xml:lang="fr">sièges non permanents</subject>
    <subject xml:lang="nl">niet-permanente zetels</subject>
  </stance>
</redlines>
)";
  auto loaded = redlines::LoadDossierBytes(kXml, "exports-test.xml");
  ASSERT_TRUE(loaded) << loaded.error().message;
  struct StanceRow {
    Language language;
    std::string text, expected;
  };
  const std::vector<StanceRow> table = {
      {kFr, "La Belgique s'oppose à tout transfert sans licence.", ""},
      {kFr, "La délégation peut accepter un transfert sans licence vers l'OTAN.", "X@1"},
      {kFr, "La Belgique soutient deux sièges non permanents de plus.", ""},
      {kNl, "België verzet zich tegen elke overdracht zonder vergunning.", ""},
      {kNl, "Het kabinet stelt voor dat België de overdracht zonder vergunning voortaan steunt.",
       "X@1"},
      {kNl, "België steunt twee extra niet-permanente zetels.", ""},
  };
  for (const StanceRow& r : table) {
    const CheckReport report = CheckDraft({Side(r.language, {r.text}, "d.txt")}, {*loaded});
    std::string found;
    for (const Finding& f : report.findings)
      found += (found.empty() ? "" : " ") + f.rule + "@" + std::to_string(f.paragraph);
    EXPECT_EQ(found, r.expected) << r.text;
  }
}

TEST(RedLineChecker, LimitReadsTheMainClauseAfterAnInsertedOneAndNegatedBounds) {
  ExpectTable(
      {
          {kFr, "L'aide militaire, qui finance aussi la formation, atteindra 1,4 milliard d'euros.",
           "L@1"},
          {kFr, "La Belgique n'a jamais accepté une aide militaire de 2 milliards d'euros.", ""},
          {kFr, "La Belgique n'accepte aucune aide militaire au-delà de 1,2 milliard d'euros.",
           "L@1"},
          {kNl, "De militaire steun, die ook de opleiding dekt, stijgt tot 1,3 miljard euro.",
           "L@1"},
          {kNl, "België aanvaardt geen militaire steun boven 1,1 miljard euro.", "L@1"},
          {kNl, "België heeft nooit militaire steun van 2 miljard euro aanvaard.", ""},
      },
      "limit");
}

TEST(RedLineChecker, TermQuotedToBeReplacedOrAnotherWordOfItsStemIsNoUse) {
  ExpectTable(
      {
          {kFr,
           "Ne pas employer « coopération au développement » : écrire coopération internationale.",
           ""},
          {kNl,
           "In de tekst staat „ontwikkelingssamenwerking”; de delegatie vraagt dat te vervangen.",
           ""},
          {kFr, "Les coopérations au développement régionales seront revues.", "T@1"},
      },
      "term");
}

TEST(RedLineChecker, ParityReadsNumbersWrittenInWordsAndNegativePredicates) {
  const std::vector<ParityCase> table = {
      {{"La Belgique enverra trois observateurs et consacrera onze millions d'euros à la mission."},
       {"België stuurt 3 waarnemers en trekt 11 miljoen euro uit voor de missie."},
       ""},
      {{"Le traité est ratifié par 116 États."},
       {"Het verdrag is door honderdzestien staten geratificeerd."},
       ""},
      {{"Les arrivées ont diminué de moitié, les stocks de plus des trois quarts."},
       {"De aankomsten zijn met 50 % gedaald, de voorraden met meer dan 75 procent."},
       ""},
      {{"La Belgique enverra trois observateurs."}, {"België stuurt 4 waarnemers."}, "fr@1"},
      // A negative predicate on one side, a negation cue on the other: the same polarity.
      {{"Une levée des sanctions est hors de question pour la Belgique."},
       {"Een opheffing van de sancties komt voor België niet in aanmerking."},
       ""},
  };
  for (const ParityCase& c : table) EXPECT_EQ(ParityFound(c), c.expected) << c.fr.front();
}

TEST(RedLineChecker, DutchSeparableVerbsWrittenApart) {
  constexpr std::string_view kXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<redlines xmlns="urn:tandem:redlines:1" dossier="date-test">
  <title xml:lang="fr">Date</title><title xml:lang="nl">Datum</title>
  <forbid id="D" severity="blocking">
    <claim xml:lang="fr">fixer une date d'adhésion</claim>
    <claim xml:lang="nl">een toetredingsdatum vastleggen</claim>
  </forbid>
</redlines>
)";
  auto loaded = redlines::LoadDossierBytes(kXml, "date-test.xml");
  ASSERT_TRUE(loaded) << loaded.error().message;
  const std::vector<Case> table = {
      {kNl, "België legt een toetredingsdatum vast.", "D@1"},
      {kNl, "België is bereid een toetredingsdatum vast te leggen.", "D@1"},
      {kNl, "België legt geen toetredingsdatum vast.", ""},
  };
  for (const Case& c : table) {
    const CheckReport report = CheckDraft({Side(c.language, {c.text}, "d.txt")}, {*loaded});
    std::string found;
    for (const Finding& f : report.findings)
      found += (found.empty() ? "" : " ") + f.rule + "@" + std::to_string(f.paragraph);
    EXPECT_EQ(found, c.expected) << c.text;
  }
}

// The precedent of a finding: only the sentence(s) of a prior unit that say
// the rule the agreed way, the rule's words marked; nothing for a weak match.
TEST(RedLineChecker, PriorUnitIsTheSentenceThatSaysTheRuleTheAgreedWay) {
  const CheckReport report = CheckDraft(
      {Side(kFr, {"Ukraine", "La Belgique reconnaît l'annexion de la Crimée."}, "d.fr.txt")},
      Dossiers());
  const Finding* forbid = nullptr;
  for (const Finding& f : report.findings) {
    if (f.rule == "F") forbid = &f;
  }
  ASSERT_NE(forbid, nullptr);
  const auto prior = PriorSentences(
      *forbid, "note-2024.fr.txt",
      "Le Conseil s'est réuni à Bruxelles. La Belgique ne reconnaîtra jamais l'annexion "
      "de la Crimée. Elle soutient le peuple ukrainien.");
  ASSERT_TRUE(prior.has_value());
  EXPECT_EQ(prior->text, "La Belgique ne reconnaîtra jamais l'annexion de la Crimée.");
  ASSERT_EQ(prior->marks.size(), 3u);
  EXPECT_EQ(
      prior->text.substr(prior->marks[0].first, prior->marks[0].second - prior->marks[0].first),
      "reconnaîtra");
  // An unrelated passage, or one that asserts the claim, is no precedent.
  EXPECT_FALSE(
      PriorSentences(*forbid, "x", "L'élargissement de l'Union aux Balkans occidentaux progresse.")
          .has_value());
  EXPECT_FALSE(
      PriorSentences(*forbid, "x", "La Hongrie reconnaît l'annexion de la Crimée.").has_value());
  EXPECT_FALSE(
      PriorSentences(*forbid, "x", "La Belgique reconnaît l'annexion de la Crimée.").has_value());
}

}  // namespace
}  // namespace tandem::check
