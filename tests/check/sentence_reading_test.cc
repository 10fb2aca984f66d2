// How a sentence is read: negation scope, who speaks, which stance is taken.
#include "pipeline/check/sentence_reading.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tandem::check {
namespace {

constexpr Language kFr = Language::kFrench;
constexpr Language kNl = Language::kDutch;

// The tokens of `s` that match the content words of `phrase`.
std::vector<size_t> Span(const AnalysedSentence& s, const std::string& phrase) {
  auto span = MatchAll(s, PhraseForms(phrase, s.language, true));
  EXPECT_TRUE(span.has_value()) << "\"" << phrase << "\" not in: " << s.text;
  return span.value_or(std::vector<size_t>{});
}

struct Reading {
  Language language;
  std::string sentence;
  std::string words;  // the words asked about
  bool expected;
};

TEST(SentenceReading, NegationScopeCuesAndPseudoNegations) {
  const std::vector<Reading> table = {
      {kFr, "La Belgique reconnaît l'annexion.", "reconnaître annexion", false},
      {kFr, "La Belgique ne reconnaît pas l'annexion.", "reconnaître annexion", true},
      {kFr, "La Belgique ne reconnaîtra jamais l'annexion.", "reconnaître annexion", true},
      {kFr, "La Belgique n'a guère reconnu l'annexion.", "reconnaître annexion", true},
      {kFr, "La Belgique ne reconnaît nullement l'annexion.", "reconnaître annexion", true},
      {kFr, "Aucun gouvernement belge ne reconnaîtra l'annexion.", "reconnaître annexion",
       true},  // "aucun … ne": one negation
      {kFr, "La Belgique rejette l'annexion.", "annexion", true},
      {kFr, "La Belgique refuse de reconnaître l'annexion.", "reconnaître annexion", true},
      {kFr, "La Belgique ne refuse pas de reconnaître l'annexion.", "reconnaître annexion", false},
      {kFr, "Sans reconnaître l'annexion, la Belgique discute.", "reconnaître annexion", true},
      {kFr, "La Belgique reconnaît sans doute l'annexion.", "reconnaître annexion", false},
      {kFr, "La Belgique n'exclut pas de reconnaître l'annexion.", "reconnaître annexion", false},
      {kFr, "Le coût non négligeable de l'annexion pèse.", "coût annexion", false},
      {kFr, "La Belgique ne reconnaît que l'annexion votée.", "reconnaître annexion", false},
      {kFr, "La Belgique reconnaît l'annexion, mais elle ne lève pas les sanctions.",
       "reconnaître annexion", false},
      {kFr, "La Belgique reconnaît l'annexion tant que rien ne change.", "reconnaître annexion",
       false},
      {kFr, "Une organisation non gouvernementale reconnaît l'annexion.", "reconnaître annexion",
       false},
      {kFr, "La Belgique n'a jamais reconnu et ne reconnaîtra jamais l'annexion.",
       "reconnaître annexion", true},
      {kFr, "La Belgique ne peut reconnaître et accepter l'annexion.", "accepter annexion", true},
      {kFr, "La Belgique refuse de reconnaître et d'accepter l'annexion.", "accepter annexion",
       true},
      {kFr, "La Belgique ne soutient pas les élections et rejette l'annexion.", "annexion", true},
      {kFr, "La Belgique et les Pays-Bas ne reconnaîtront jamais l'annexion.",
       "reconnaître annexion", true},
      {kFr, "Jamais la Belgique ne reconnaîtra l'annexion.", "reconnaître annexion", true},
      {kNl, "België erkent de annexatie.", "erkennen annexatie", false},
      {kNl, "België erkent de annexatie niet.", "erkennen annexatie", true},
      {kNl, "België heeft de annexatie nooit erkend en zal ze nooit erkennen.",
       "erkennen annexatie", true},
      {kNl, "België zal de annexatie nooit erkennen.", "erkennen annexatie", true},
      {kNl, "België geeft geen erkenning aan de annexatie.", "erkenning annexatie", true},
      {kNl, "België verwerpt de annexatie.", "annexatie", true},
      {kNl, "België weigert de annexatie te erkennen.", "erkennen annexatie", true},
      {kNl, "België weigert niet de annexatie te erkennen.", "erkennen annexatie", false},
      {kNl, "Zonder de annexatie te erkennen, praat België verder.", "erkennen annexatie", true},
      {kNl, "België erkent niet alleen de annexatie maar ook de regering.", "erkennen annexatie",
       false},
      {kNl, "Er is geen twijfel dat België de annexatie erkent.", "erkennen annexatie", false},
      {kNl, "België erkent de annexatie, maar niet de gevolgen.", "erkennen annexatie", false},
      {kNl, "Noch België noch Nederland erkent de annexatie.", "erkennen annexatie", true},
  };
  for (const Reading& r : table) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(IsNegated(s, Span(s, r.words)), r.expected) << r.sentence;
  }
}

TEST(SentenceReading, VoiceTellsBelgiumFromOtherSpeakers) {
  // expected: true when Belgium speaks
  const std::vector<Reading> table = {
      {kFr, "La Belgique reconnaît l'annexion.", "reconnaître annexion", true},
      {kFr, "Nous reconnaissons l'annexion.", "reconnaître annexion", true},
      {kFr, "Le gouvernement reconnaît l'annexion.", "reconnaître annexion", true},
      {kFr, "La délégation reconnaîtra l'annexion.", "reconnaître annexion", true},
      {kFr, "Plusieurs délégations reconnaissent l'annexion.", "reconnaître annexion", false},
      {kFr, "Nos partenaires reconnaissent l'annexion.", "reconnaître annexion", false},
      {kFr, "Il convient de reconnaître l'annexion.", "reconnaître annexion", true},
      {kFr, "L'annexion est reconnue par notre pays.", "reconnaître annexion", true},
      {kFr, "La Russie affirme que l'annexion est reconnue.", "reconnaître annexion", false},
      {kFr, "Selon Moscou, l'annexion sera reconnue.", "reconnaître annexion", false},
      {kFr, "D'après le Kremlin, l'annexion sera reconnue.", "reconnaître annexion", false},
      {kFr, "Certains estiment que l'annexion doit être reconnue.", "reconnaître annexion", false},
      {kFr, "La Hongrie reconnaît l'annexion.", "reconnaître annexion", false},
      {kFr, "L'annexion est reconnue par la Hongrie.", "reconnaître annexion", false},
      {kFr, "Selon la Belgique, l'annexion ne sera jamais reconnue.", "reconnaître annexion", true},
      {kFr, "La Belgique affirme que l'annexion ne sera jamais reconnue.", "reconnaître annexion",
       true},
      {kNl, "België erkent de annexatie.", "erkennen annexatie", true},
      {kNl, "We erkennen de annexatie.", "erkennen annexatie", true},
      {kNl, "De delegatie kan de annexatie erkennen.", "erkennen annexatie", true},
      {kNl, "Sommige lidstaten erkennen de annexatie.", "erkennen annexatie", false},
      {kNl, "De annexatie wordt door ons land erkend.", "erkennen annexatie", true},
      {kNl, "Volgens Moskou wordt de annexatie erkend.", "erkennen annexatie", false},
      {kNl, "Rusland beweert dat de annexatie erkend is.", "erkennen annexatie", false},
      {kNl, "Sommigen menen dat de annexatie erkend moet worden.", "erkennen annexatie", false},
      {kNl, "De annexatie wordt door Hongarije erkend.", "erkennen annexatie", false},
      {kNl, "Volgens de regering wordt de annexatie nooit erkend.", "erkennen annexatie", true},
  };
  for (const Reading& r : table) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(VoiceOf(s, Span(s, r.words)) == Voice::kOwn, r.expected) << r.sentence;
  }
}

struct StanceCase {
  Language language;
  std::string sentence;
  std::string subject;
  std::string expected;  // "support", "oppose", "abstain" or "" for none
};

TEST(SentenceReading, StanceOnASubject) {
  const std::vector<StanceCase> table = {
      {kFr, "La Belgique soutient la mission.", "mission", "support"},
      {kFr, "La Belgique plaide pour la mission.", "mission", "support"},
      {kFr, "La Belgique est favorable à la mission.", "mission", "support"},
      {kFr, "La Belgique s'oppose à la mission.", "mission", "oppose"},
      {kFr, "La Belgique rejette la mission.", "mission", "oppose"},
      {kFr, "La Belgique ne soutient pas la mission.", "mission", "oppose"},
      {kFr, "La Belgique ne s'oppose pas à la mission.", "mission", "support"},
      {kFr, "La Belgique s'abstiendra sur la mission.", "mission", "abstain"},
      {kFr, "La Belgique ne s'abstiendra pas sur la mission.", "mission", ""},
      {kFr, "La France s'oppose à la mission.", "mission", ""},
      {kFr, "La mission sera discutée.", "mission", ""},
      {kFr, "La Belgique soutient la mission et s'oppose aux sanctions.", "mission", "support"},
      {kFr, "La Belgique soutient la mission et s'oppose aux sanctions.", "sanctions", "oppose"},
      {kFr, "La Belgique soutient la mission et ne finance pas la junte.", "mission", "support"},
      {kNl, "België steunt de missie.", "missie", "support"},
      {kNl, "België is voorstander van de missie.", "missie", "support"},
      {kNl, "België verzet zich tegen de missie.", "missie", "oppose"},
      {kNl, "België steunt de missie niet.", "missie", "oppose"},
      {kNl, "België verzet zich niet tegen de missie.", "missie", "support"},
      {kNl, "België onthoudt zich over de missie.", "missie", "abstain"},
      {kNl, "Frankrijk verzet zich tegen de missie.", "missie", ""},
      {kNl, "De missie wordt besproken.", "missie", ""},
  };
  for (const StanceCase& c : table) {
    const AnalysedSentence s = Analyse(c.sentence, c.language);
    const auto reading = StanceOn(s, Span(s, c.subject));
    EXPECT_EQ(reading ? std::string(redlines::StanceName(reading->stance)) : "", c.expected)
        << c.sentence << " / " << c.subject;
  }
}

// A Dutch separable verb keeps its particle at the end of the clause, however
// long the object in between: "sluit … uit" refuses, "keurt … goed" supports.
// A particle word inside the clause is a preposition, not the verb's.
TEST(SentenceReading, DutchSeparableVerbsWithTheirParticleAtTheClauseEnd) {
  const std::vector<Reading> negations = {
      {kNl, "België sluit elke nieuwe steun aan de bouw van kolencentrales in derde landen uit.",
       "steun bouw kolencentrales", true},
      {kNl, "België wijst het voorstel van de Commissie over de nieuwe visumregels af.", "voorstel visumregels",
       true},
      {kNl, "België sluit een akkoord over de steun aan kolencentrales met partners uit Azië.",
       "steun kolencentrales", false},
  };
  for (const Reading& r : negations) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(IsNegated(s, Span(s, r.words)), r.expected) << r.sentence;
  }
  const std::vector<StanceCase> stances = {
      {kNl, "België keurt de ontwerpresolutie over de bescherming van journalisten goed.", "ontwerpresolutie",
       "support"},
      {kNl, "België wijst de ontwerpresolutie over de bescherming van journalisten af.", "ontwerpresolutie",
       "oppose"},
  };
  for (const StanceCase& c : stances) {
    const AnalysedSentence s = Analyse(c.sentence, c.language);
    const auto reading = StanceOn(s, Span(s, c.subject));
    EXPECT_EQ(reading ? std::string(redlines::StanceName(reading->stance)) : "", c.expected)
        << c.sentence << " / " << c.subject;
  }
}

// Readings a clerk relies on in drafts written by others: coordinated
// negations, negative verbs of another coordinated predicate, negative
// predicates ("reste exclu", "blijft uitgesloten").
TEST(SentenceReading, CoordinatedNegationsAndNegativePredicates) {
  const std::vector<Reading> table = {
      // "ne … jamais … ni", "ne … ni … ni", "sans … ni": one negation over several objects.
      {kFr, "La Belgique ne reconnaîtra jamais l'annexion ni le scrutin organisé par l'occupant.",
       "reconnaître annexion", true},
      {kFr, "La Belgique ne reconnaîtra jamais le scrutin organisé par l'occupant ni l'annexion.",
       "reconnaître annexion", true},
      {kFr, "La Belgique ne reconnaîtra jamais le scrutin, ni l'annexion qui l'a suivi.",
       "reconnaître annexion", true},
      {kFr, "La Belgique ne reconnaît ni l'annexion ni les autorités installées.",
       "reconnaître annexion", true},
      {kFr, "Ni la Belgique ni ses partenaires ne reconnaîtront l'annexion.",
       "reconnaître annexion", true},
      {kFr, "Sans reconnaître l'annexion ni lever les sanctions, la Belgique discute.",
       "reconnaître annexion", true},
      {kNl, "België zal de annexatie nooit erkennen, noch de verkiezingen die volgden.",
       "erkennen annexatie", true},
      {kNl, "België zal de verkiezingen nooit erkennen, noch de annexatie.", "erkennen annexatie",
       true},
      {kNl, "België erkent noch de annexatie noch de nieuwe autoriteiten.", "erkennen annexatie",
       true},
      {kNl, "België zal geen erkenning noch steun geven aan de annexatie.", "erkenning annexatie",
       true},
      // A negative verb of another coordinated predicate does not reach the span.
      {kFr,
       "La Belgique réaffirme son attachement à l'intégrité territoriale et condamne l'annexion.",
       "intégrité territoriale", false},
      {kFr, "La Belgique condamne l'agression et reconnaît le nouveau gouvernement.",
       "reconnaître gouvernement", false},
      {kFr, "La Belgique ne soutient pas la mission et reconnaît le nouveau gouvernement.",
       "reconnaître gouvernement", false},
      {kFr, "La Belgique rejette l'annexion et les élections organisées.", "élections", true},
      {kFr, "La Belgique ne peut reconnaître et accepter l'annexion.", "accepter annexion", true},
      {kNl,
       "België bevestigt zijn steun aan de territoriale integriteit en veroordeelt de annexatie.",
       "territoriale integriteit", false},
      {kNl, "België veroordeelt de agressie en erkent de nieuwe regering.", "erkennen regering",
       false},
      {kNl, "België verwerpt de annexatie en de georganiseerde verkiezingen.", "verkiezingen",
       true},
      // Negative predicates deny their subject.
      {kFr, "La reconnaissance de l'annexion reste exclue.", "reconnaissance annexion", true},
      {kFr, "Une reconnaissance de l'annexion est hors de question.", "reconnaissance annexion",
       true},
      {kFr, "Toute reconnaissance de l'annexion serait inacceptable.", "reconnaissance annexion",
       true},
      {kFr, "Il est exclu de reconnaître l'annexion.", "reconnaître annexion", true},
      {kNl, "Erkenning van de annexatie blijft uitgesloten.", "erkenning annexatie", true},
      {kNl, "Een erkenning van de annexatie komt niet in aanmerking.", "erkenning annexatie", true},
      {kNl, "Een erkenning van de annexatie is onaanvaardbaar.", "erkenning annexatie", true},
      {kNl, "Het is uitgesloten dat België de annexatie erkent.", "erkennen annexatie", true},
      {kNl, "Een erkenning van de annexatie is uit den boze.", "erkenning annexatie", true},
  };
  for (const Reading& r : table) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(IsNegated(s, Span(s, r.words)), r.expected) << r.sentence;
  }
}

// Other actors' positions: demands and wishes of others, quantified groups of
// others, clauses inserted between a subject and its verb.
TEST(SentenceReading, OtherActorsDemandsGroupsAndInsertedClauses) {
  // expected: true when Belgium speaks
  const std::vector<Reading> table = {
      {kFr, "Moscou exige que l'Union reconnaisse l'annexion.", "reconnaître annexion", false},
      {kFr, "Le régime souhaite que ses voisins reconnaissent l'annexion.", "reconnaître annexion",
       false},
      {kFr, "La Belgique exige que la Russie retire ses troupes.", "retirer troupes", true},
      {kFr, "Plusieurs États membres, dont la Hongrie, reconnaissent l'annexion.",
       "reconnaître annexion", false},
      {kFr, "Certains partenaires, inquiets des coûts, reconnaîtraient volontiers l'annexion.",
       "reconnaître annexion", false},
      {kFr, "La Belgique, comme la plupart de ses partenaires, reconnaît le nouveau gouvernement.",
       "reconnaître gouvernement", true},
      {kFr, "Le transfert, décidé par certains partenaires, n'est pas envisagé par la Belgique.",
       "envisager transfert", true},
      {kFr, "Le transfert, que la Belgique a proposé, a été décidé par certains partenaires.",
       "décider transfert", false},
      {kFr, "La Hongrie soutient la mission mais refuse le financement commun.",
       "financement commun", false},
      {kNl, "Kinshasa eist dat de internationale gemeenschap de annexatie erkent.",
       "erkennen annexatie", false},
      {kNl, "Moskou wil dat Europa de annexatie erkent.", "erkennen annexatie", false},
      {kNl, "België eist dat Rusland zijn troepen terugtrekt.", "troepen terugtrekt", true},
      {kNl, "Sommige partners, waaronder Hongarije, erkennen de annexatie.", "erkennen annexatie",
       false},
      {kNl, "Verscheidene lidstaten erkennen de annexatie.", "erkennen annexatie", false},
      {kNl, "De overdracht, waartoe sommige partners besloten, wordt door België niet overwogen.",
       "overwegen overdracht", true},
  };
  for (const Reading& r : table) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(VoiceOf(s, Span(s, r.words)) == Voice::kOwn, r.expected) << r.sentence;
  }
}

// Stances given by a verdict ("juge prématurée", "acht onaanvaardbaar") and
// held by groups of others.
TEST(SentenceReading, StanceByVerdictAndOfOthers) {
  const std::vector<StanceCase> table = {
      {kFr, "La Belgique juge prématurée l'ouverture des négociations.", "négociations", "oppose"},
      {kFr, "La Belgique juge l'ouverture des négociations prématurée.", "négociations", "oppose"},
      {kFr, "Notre pays estime inacceptable la levée des sanctions.", "levée sanctions", "oppose"},
      {kFr, "La Belgique juge opportune l'ouverture des négociations.", "négociations", "support"},
      {kFr, "La Belgique ne juge pas prématurée l'ouverture des négociations.", "négociations",
       "support"},
      {kFr, "Plusieurs États membres, dont la Hongrie, s'opposent à l'ouverture des négociations.",
       "négociations", ""},
      {kFr, "Moscou exige que l'Union renonce à soutenir la mission.", "mission", ""},
      {kNl, "België acht de opening van de onderhandelingen voorbarig.", "onderhandelingen",
       "oppose"},
      {kNl, "België acht een opheffing van de sancties onaanvaardbaar.", "opheffing sancties",
       "oppose"},
      {kNl, "Ons land vindt de opening van de onderhandelingen wenselijk.", "onderhandelingen",
       "support"},
      {kNl, "Sommige partners verzetten zich tegen de opening van de onderhandelingen.",
       "onderhandelingen", ""},
      {kNl,
       "Verscheidene lidstaten, waaronder Hongarije, verzetten zich tegen de opening van de "
       "onderhandelingen.",
       "onderhandelingen", ""},
  };
  for (const StanceCase& c : table) {
    const AnalysedSentence s = Analyse(c.sentence, c.language);
    const auto reading = StanceOn(s, Span(s, c.subject));
    EXPECT_EQ(reading ? std::string(redlines::StanceName(reading->stance)) : "", c.expected)
        << c.sentence << " / " << c.subject;
  }
}

// More readings of drafts written by others: the rest of a main clause after
// an inserted one, negation words that belong to what is named, voices of
// Belgian services and of others named first.
TEST(SentenceReading, InsertedClausesAndNamedNegationWords) {
  const std::vector<Reading> table = {
      {kFr, "Une levée des sanctions, comme le proposent certains partenaires, reste exclue.",
       "levée sanctions", true},
      {kFr, "Le financement de la junte, qui a été évoqué hier, n'est pas envisageable.",
       "financement junte", true},
      {kFr, "Le financement de la junte, qui n'a jamais été évoqué, serait une erreur.",
       "financement junte", false},
      {kNl, "Een opheffing van de sancties, zoals sommigen voorstellen, komt niet in aanmerking.",
       "opheffing sancties", true},
      {kNl,
       "Het voorstel om de sancties op te heffen, door enkele partners geopperd, wordt door ons "
       "land niet gesteund.",
       "sancties opheffen", true},
      {kNl, "De uitbreiding van het aantal niet-permanente leden wordt gesteund.",
       "uitbreiding leden", false},
  };
  for (const Reading& r : table) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(IsNegated(s, Span(s, r.words)), r.expected) << r.sentence;
  }
}

TEST(SentenceReading, VoicesOfBelgianServicesAndOfOthersNamedFirst) {
  // expected: true when Belgium speaks
  const std::vector<Reading> table = {
      {kFr, "La Chancellerie estime que la Belgique peut accepter le compromis.",
       "accepter compromis", true},
      {kFr, "La DGD propose de suspendre le programme ; la réunion retient cette option.",
       "suspendre programme", true},
      {kFr, "L'ambassade de Chine fait savoir que Pékin refusera toute rencontre.",
       "refuser rencontre", false},
      {kFr, "Si l'on nous demande si la Belgique suspendra le programme, la réponse est non.",
       "suspendre programme", false},
      {kFr, "Elle demande la publication des résultats.", "publication résultats", true},
      {kFr, "Elles exigent la publication des résultats.", "publication résultats", false},
      {kFr, "Elle rappellera l'exigence du respect des droits humains.", "respect droits humains",
       true},
      {kFr,
       "Vous rappellerez que le cadre de l'océan Arctique est la convention sur le droit de la "
       "mer.",
       "convention droit mer", true},
      {kFr,
       "Un entretien, tel que le souhaite la délégation étrangère, reste exclu dans le cadre de "
       "notre politique.",
       "cadre politique", true},
      {kFr, "Quelques États membres, dont la Tchéquie, financent la colonisation.",
       "financer colonisation", false},
      {kNl,
       "De vergadering bevestigt dat België volledige samenwerking eist voor elke volgende stap.",
       "volledige samenwerking", true},
      {kNl, "Volgens de Israëlische minister van Financiën moet Europa de annexatie erkennen.",
       "annexatie erkennen", false},
      {kNl, "Defensie merkt op dat de militarisering van de regio niet aan de orde is.",
       "militarisering regio", true},
      {kNl, "De Belgische humanitaire hulp aan Gaza bedraagt dit jaar 40 miljoen euro.",
       "humanitaire hulp", true},
      {kNl,
       "Verschillende leden van de groep Uniting for Consensus vragen een hervorming van de "
       "werkmethoden.",
       "hervorming werkmethoden", false},
  };
  for (const Reading& r : table) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(VoiceOf(s, Span(s, r.words)) == Voice::kOwn, r.expected) << r.sentence;
  }
}

// A proposal that Belgium do something, by a service of the draft's own
// administration, is Belgium's position in the making; by another state it is not.
TEST(SentenceReading, ProposalsForBelgiumAndComparisonsWithOthers) {
  const std::vector<Reading> table = {
      {kNl,
       "De cel Noordzee stelt voor dat België de proefprojecten toestaat; de vergadering gaat "
       "akkoord.",
       "proefprojecten toestaat", true},
      {kNl, "Hongarije stelt voor dat België de proefprojecten toestaat.",
       "proefprojecten toestaat", false},
      {kFr, "Le service juridique propose que la Belgique suspende le programme.",
       "suspendre programme", true},
      {kFr, "Israël exige que les États membres suspendent le programme.", "suspendre programme",
       false},
      {kNl,
       "De ambassadeur kan meedelen dat België, net als enkele andere partners, bereid is de "
       "sancties op te heffen.",
       "sancties opheffen", true},
  };
  for (const Reading& r : table) {
    const AnalysedSentence s = Analyse(r.sentence, r.language);
    EXPECT_EQ(VoiceOf(s, Span(s, r.words)) == Voice::kOwn, r.expected) << r.sentence;
  }
}

TEST(SentenceReading, ANounOfACueVerbTakesNoStance) {
  const std::vector<StanceCase> table = {
      {kNl, "Een aanvaarding van de missie komt voor België niet in aanmerking.", "missie", ""},
      {kNl, "België aanvaardt de missie.", "missie", "support"},
      {kFr, "L'acceptation de la mission serait une erreur.", "mission", ""},
      {kFr, "La Belgique accepte la mission.", "mission", "support"},
  };
  for (const StanceCase& c : table) {
    const AnalysedSentence s = Analyse(c.sentence, c.language);
    const auto reading = StanceOn(s, Span(s, c.subject));
    EXPECT_EQ(reading ? std::string(redlines::StanceName(reading->stance)) : "", c.expected)
        << c.sentence << " / " << c.subject;
  }
}

}  // namespace
}  // namespace tandem::check
