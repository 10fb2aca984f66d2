// Proposing a dossier from a short report written for this test.
#include "pipeline/propose/dossier_proposal.h"

#include <gtest/gtest.h>

#include <string>

#include "pipeline/redlines/dossier_loader.h"

namespace tandem::propose {
namespace {

const char* kFrench =
    "Réunion de coordination Arctique du 5 mai 2026\n\n"
    "Contexte\n\n"
    "La Russie affirme que la route du Nord relève de sa seule juridiction.\n\n"
    "Conclusions\n\n"
    "La Belgique ne reconnaîtra pas de juridiction exclusive sur les détroits arctiques.\n\n"
    "La Belgique soutiendra la déclaration ministérielle du Conseil de l'Arctique.\n\n"
    "La Belgique insiste sur la liberté de navigation dans les eaux internationales.\n\n"
    "Priorités\n\n"
    "Le financement belge de la recherche polaire atteindra au moins 5 millions d'euros.\n\n"
    "Le prochain échange aura lieu en juin.\n";

const char* kDutch =
    "Coördinatievergadering Noordpool van 5 mei 2026\n\n"
    "Context\n\n"
    "Rusland beweert dat de noordelijke zeeroute onder zijn uitsluitende rechtsmacht valt.\n\n"
    "Conclusies\n\n"
    "België zal geen exclusieve rechtsmacht over de Arctische zeestraten erkennen.\n\n"
    "België zal de ministeriële verklaring van de Arctische Raad steunen.\n\n"
    "België dringt aan op de vrijheid van scheepvaart in de internationale wateren.\n\n"
    "Prioriteiten\n\n"
    "De Belgische financiering van het poolonderzoek bedraagt ten minste 5 miljoen euro.\n\n"
    "De volgende uitwisseling vindt plaats in juni.\n";

TEST(ProposeDossier, ProposesAValidDossierWithEveryKindFound) {
  auto proposal = ProposeDossierFromText(kFrench, kDutch, "arctic.txt");
  ASSERT_TRUE(proposal) << proposal.error().message;
  ASSERT_EQ(proposal->rules.size(), 4u) << proposal->xml;
  EXPECT_EQ(redlines::RuleKindName(proposal->rules[0].rule.kind), "forbid");
  EXPECT_EQ(redlines::RuleKindName(proposal->rules[1].rule.kind), "stance");
  EXPECT_EQ(redlines::RuleKindName(proposal->rules[2].rule.kind), "require");
  EXPECT_EQ(redlines::RuleKindName(proposal->rules[3].rule.kind), "limit");
  EXPECT_EQ(proposal->rules[0].rule.severity, redlines::Severity::kBlocking);
  EXPECT_EQ(proposal->rules[3].rule.severity, redlines::Severity::kWarning);
  EXPECT_EQ(proposal->rules[3].rule.min, 5e6);
  // The source sentences are cited, with their paragraph and section.
  ASSERT_EQ(proposal->rules[0].sources.size(), 2u);
  EXPECT_EQ(proposal->rules[0].sources[0].place.paragraph, 5u);
  EXPECT_EQ(proposal->rules[0].sources[0].place.section, "Conclusions");
  EXPECT_EQ(proposal->rules[0].rule.agreed[0].text,
            "La Belgique ne reconnaîtra pas de juridiction exclusive sur les détroits arctiques.");
  // What is not a rule is listed, in both languages; the context is not read.
  ASSERT_EQ(proposal->unturned.size(), 2u);
  EXPECT_NE(proposal->xml.find("Not turned into a rule"), std::string::npos);
  EXPECT_NE(proposal->xml.find("Le prochain échange aura lieu en juin."), std::string::npos);
  EXPECT_EQ(proposal->xml.find("La Russie affirme"), std::string::npos);
  EXPECT_EQ(proposal->dossier.agreed, "2026-05-05");
  // The text is what the loader reads.
  auto loaded = redlines::LoadDossierBytes(proposal->xml, "proposed");
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(loaded->rules.size(), 4u);
}

TEST(ProposeDossier, OneSidedSentencesAreListedNotDropped) {
  const std::string dutch = std::string(kDutch).substr(0, std::string(kDutch).find("België dringt"));
  auto proposal = ProposeDossierFromText(kFrench, dutch, "arctic.txt");
  ASSERT_TRUE(proposal) << proposal.error().message;
  bool listed = false;
  for (const Unturned& u : proposal->unturned)
    listed |= u.sentence.text.find("liberté de navigation") != std::string::npos;
  EXPECT_TRUE(listed) << proposal->xml;
}

TEST(ProposeDossier, ErrorsAreValues) {
  auto empty = ProposeDossierFromText("", "  \n", "empty.txt");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, ErrorCode::kEmpty);
  auto no_section = ProposeDossierFromText("Une note.\n\nLa Belgique soutient la paix.\n",
                                           "Een nota.\n\nBelgië steunt de vrede.\n", "note.txt");
  ASSERT_FALSE(no_section);
  EXPECT_EQ(no_section.error().code, ErrorCode::kUsage);
}

TEST(ProposeDossier, XmlCommentsStayWellFormed) {
  const std::string fr = "Conclusions\n\nLa Belgique -- comme toujours -- verra plus tard.\n";
  const std::string nl = "Conclusies\n\nBelgië -- zoals steeds -- ziet later wel.\n";
  auto proposal = ProposeDossierFromText(fr, nl, "dashes.txt");
  ASSERT_TRUE(proposal) << proposal.error().message;
  EXPECT_TRUE(redlines::LoadDossierBytes(proposal->xml, "proposed")) << proposal->xml;
}

}  // namespace
}  // namespace tandem::propose
