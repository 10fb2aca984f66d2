#include "pipeline/qa/bead_checker.h"

#include <gtest/gtest.h>

#include "pipeline/qa/names.h"
#include "pipeline/qa/negation.h"
#include "pipeline/qa/numbers.h"
#include "pipeline/qa/sentence_checks.h"

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
      {"COP30 et F-16", {"id:COP30", "id:F16"}},
      {"des F-35 et des F35", {"id:F35", "id:F35"}},
      {"la 5G", {"id:5G"}},
      {"à 15h30", {"time:15:30"}},
      {"à 15 h 30", {"time:15:30"}},
      {"om 15.30 uur", {"time:15:30"}},
      {"om 15u30", {"time:15:30"}},
      {"vers 9:05", {"time:9:05"}},
      {"le 1er mai", {"1", "month:5"}},
      {"la 2ème fois", {"2"}},
      {"de 1ste keer", {"1"}},
      {"en 2020.2. Quel", {"2020", "2"}},
      {"les années1. Combien", {"1"}},
      {"de 2019 à 2021", {"2019", "2021"}},
      {"2019-2021", {"2019", "2021"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Values(c.text), c.values) << c.text;
}

std::vector<std::string> Spelled(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const SpelledNumber& n : SpelledNumbers(text, lang)) out.push_back(n.quantity.value);
  return out;
}

TEST(SpelledNumbers, ReadsCardinalsAndOrdinals) {
  struct Case {
    std::string_view text, lang;
    std::vector<std::string> values;
  };
  const Case cases[] = {
      {"trois missions", "fr", {"3"}},
      {"drie missies", "nl", {"3"}},
      {"vingt-cinq pays", "fr", {"25"}},
      {"quatre-vingt-dix jours", "fr", {"90"}},
      {"soixante-dix-sept", "fr", {"77"}},
      {"vijfentwintig landen", "nl", {"25"}},
      {"tweehonderd soldaten", "nl", {"200"}},
      {"le premier ministre", "fr", {"1"}},
      {"de eerste minister", "nl", {"1"}},
      {"la troisième réunion", "fr", {"3"}},
      {"de twintigste vergadering", "nl", {"20"}},
      {"les pays tiers", "fr", {"3"}},
      {"un accord", "fr", {"1"}},
      {"la gestion", "fr", {}},
      {"de vergadering", "nl", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Spelled(c.text, c.lang), c.values) << c.text;
}

TEST(CountNegations, CountsEachNegationOnce) {
  struct Case {
    std::string_view text;
    Language language;
    size_t count;
  };
  const Case cases[] = {
      {"Le ministre ne signera pas le traité.", Language::kFrench, 1},
      {"Aucun pays ne s’y oppose.", Language::kFrench, 1},
      {"Ni la Belgique, ni les Pays-Bas ne participeront.", Language::kFrench, 1},
      {"Noch België, noch Nederland nemen deel.", Language::kDutch, 1},
      {"Il ne viendra jamais et ne répondra pas.", Language::kFrench, 2},
      {"Nous craignons que la situation ne s’aggrave.", Language::kFrench, 0},  // expletive "ne"
      {"La Belgique ne peut accepter cette clause.", Language::kFrench, 1},
      {"Voir la question n° 12 de la commission.", Language::kFrench, 0},
      {"Les menaces ne cessent de croître.", Language::kFrench, 0},
      {"Zo niet, waarom niet?", Language::kDutch, 0},
      {"Sinon, pourquoi pas?", Language::kFrench, 0},
      {"Welke gegevens worden al dan niet bewaard?", Language::kDutch, 0},
      {"De minister is niet akkoord en zal geen steun geven.", Language::kDutch, 2},
      {"Il n’y a pas de raccourci ni de voie rapide.", Language::kFrench, 1},
      {"Le service n’est pas joignable, ni par téléphone ni par courriel, et les dossiers ne "
       "sont pas traités.",
       Language::kFrench, 2},
      {"Een ontkoppeling is niet realistisch, noch wenselijk.", Language::kDutch, 1},
      {"Wij kunnen dat niet alleen.", Language::kDutch, 1},  // "not alone"
      {"Niet alleen België maar ook Nederland.", Language::kDutch, 0},
      {"Nos actions ne doivent pas seulement défendre, mais aussi renforcer.", Language::kFrench,
       0},
      {"Elle ne doit pas non plus être reniée.", Language::kFrench, 1},
      {"Ces combats ne sont dans l’intérêt de personne, surtout pas des voisins.",
       Language::kFrench, 2},
      {"La personne concernée a répondu.", Language::kFrench, 0},
      {"Non pas par austérité, mais par solidarité.", Language::kFrench, 1},
      {"Ne serait-ce pas opportun de revoir ce calendrier?", Language::kFrench, 1},
      {"Il s’agit d’un pas en avant.", Language::kFrench, 0},
      {"Les zones non contaminées.", Language::kFrench, 1},
      {"Autorisée, mais pas sa vente.", Language::kFrench, 1},
      // "ne … que" restricts; a "que" opening a clause with its own subject does not.
      {"Cette aide ne sera accordée que si le dossier est complet.", Language::kFrench, 0},
      {"La Belgique ne peut leur imposer les règles qu’elles doivent suivre.", Language::kFrench,
       1},
      {"Le pays ne signera le traité que s’il est ratifié.", Language::kFrench, 0},
      {"Nous ne pouvons garantir qu’il sera présent.", Language::kFrench, 1},
      // "ne … plus que" and a late "que" restrict too; "que nous" before an
      // infinitive is a reflexive pronoun, not a subject.
      {"Il n’y avait plus que trois postes ouverts.", Language::kFrench, 0},
      {"L’assureur ne peut modifier la prime, les frais ou la franchise qu’en cas de force "
       "majeure.",
       Language::kFrench, 0},
      {"Nous ne pouvons que nous réjouir de cet accord.", Language::kFrench, 0},
      {"Il n’y a plus de postes ouverts.", Language::kFrench, 1},
      // "ne … nulle part", "nul ne": no cue of their own, still a negation.
      {"Les rôles des cellules ne sont nulle part précisés.", Language::kFrench, 1},
      {"Nul ne connaît leur rôle exact.", Language::kFrench, 1},
      {"Evenmin was er duidelijkheid over de werking.", Language::kDutch, 1},
      {"Van digitalisering is allerminst sprake.", Language::kDutch, 1},
      // "Not only" before the words it restricts; "pas uniquement" as "pas seulement".
      {"Dat brengt niet alleen kosten mee, maar ook vertraging.", Language::kDutch, 0},
      {"Wij kunnen dat probleem niet alleen oplossen.", Language::kDutch, 1},
      {"Dat kunnen wij niet alleen. Ook Europa moet helpen.", Language::kDutch, 1},
      {"Ce n’est pas uniquement une question de moyens.", Language::kFrench, 0},
      // A hedge repeating the negation, replies written as conditions, litotes, idioms.
      {"Les entreprises ne contribuent pas ou presque pas au budget.", Language::kFrench, 1},
      {"Si pas, quand aura lieu la réunion?", Language::kFrench, 0},
      {"Si ce n’est pas le cas, quand aura lieu la réunion?", Language::kFrench, 0},
      {"Indien dat niet het geval is, wanneer volgt de evaluatie?", Language::kDutch, 0},
      // Litotes stay negations: their opposite must not pass unseen.
      {"Il n’est pas exclu que le sommet soit reporté.", Language::kFrench, 1},
      {"Het is niet uitgesloten dat de top wordt uitgesteld.", Language::kDutch, 1},
      // "ne … plus que" before a clause is "no longer want that".
      {"Nous ne voulons plus que des enfants soient enfermés.", Language::kFrench, 1},
      {"Il n’accepte plus qu’il parte seul.", Language::kFrench, 1},
      {"De regio kent een nooit eerder geziene droogte.", Language::kDutch, 0},
      {"De begroting is, als ik me niet vergis, in evenwicht.", Language::kDutch, 0},
      {"On ne compte plus les incidents à la frontière.", Language::kFrench, 0},
      {"Niets is minder waar.", Language::kDutch, 0},
      {"De minister steekt zijn twijfels niet onder stoelen of banken.", Language::kDutch, 0},
      {"Waarom wel/niet?", Language::kDutch, 0},
      {"La Belgique a réitéré son soutien sans faille au tribunal.", Language::kFrench, 0},
      {"Mensen zonder papieren krijgen geen zorg.", Language::kDutch, 1},
      // The same words with a real negation.
      {"Si pas, le ministre ne signera pas.", Language::kFrench, 1},
      {"Het is niet uitgesloten dat de top niet doorgaat.", Language::kDutch, 2},
  };
  for (const Case& c : cases) EXPECT_EQ(CountNegations(c.text, c.language), c.count) << c.text;
}

TEST(InWrongLanguage, FindsASentenceLeftInTheOtherLanguage) {
  EXPECT_TRUE(InWrongLanguage(
      "Le gouvernement fédéral a décidé de prolonger la mission jusqu’à la fin de l’année.",
      Language::kDutch));
  EXPECT_FALSE(InWrongLanguage(
      "De federale regering heeft beslist de missie tot het einde van het jaar te verlengen.",
      Language::kDutch));
  EXPECT_TRUE(InWrongLanguage(
      "De federale regering heeft beslist de missie tot het einde van het jaar te verlengen.",
      Language::kFrench));
  // A Dutch name inside a French sentence does not make it Dutch.
  EXPECT_FALSE(
      InWrongLanguage("Les détenus peuvent suivre une formation auprès du Vlaams Agentschap voor "
                      "Volwassenenonderwijs.",
                      Language::kFrench));
  EXPECT_FALSE(InWrongLanguage("Oui.", Language::kDutch));  // too short to tell
}

TEST(SimilarNames, TransliterationsAreOneName) {
  struct Case {
    std::string_view a, b;
    bool similar;
  };
  const Case cases[] = {
      {"Poutine", "Poetin", true},
      {"Koweït", "Koeweit", true},
      {"Kiev", "Kyiv", true},
      {"Philippe", "Filip", true},
      {"Azerbaïdjan", "Azerbeidzjan", true},
      {"Tchad", "Tsjaad", true},
      {"Iran", "Irak", false},
      {"Mali", "Bali", false},
      {"Autriche", "Australie", false},
  };
  for (const Case& c : cases) EXPECT_EQ(SimilarNames(c.a, c.b), c.similar) << c.a << " / " << c.b;
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
      {"La coopération non gouvernementale.", Language::kFrench, 1},  // a negated adjective
      {"Il n’est pas venu.", Language::kFrench, 2},
      {"Interdite, mais pas sa production.", Language::kFrench, 1},
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
      {"La réunion a eu lieu le 14 avril 2025.", "De vergadering vond plaats op 14 mei 2025.",
       FlagKind::kNumbers},
      {"La Belgique soutiendra cet accord de paix.", "België zal dit vredesakkoord niet steunen.",
       FlagKind::kNegation},
      {"La Belgique ne reconnaîtra aucune annexion.", "België zal de annexatie erkennen.",
       FlagKind::kNegation},
      {"Le sommet de l’OTAN aura lieu en décembre.",
       "De top van de EU zal in december plaatsvinden.", FlagKind::kEntity},
      // "ons land" renders "notre pays" here, not "la Belgique".
      {"La Bibliothèque royale de Belgique conserve la mémoire de notre pays.",
       "De Koninklijke Bibliotheek van de NAVO bewaart het geheugen van ons land.",
       FlagKind::kEntity},
      {"Le ministre a informé la Commission européenne de cette décision.",
       "De minister heeft de Raad van Europa over die beslissing ingelicht.", FlagKind::kEntity},
      {"La délégation se rendra en Allemagne la semaine prochaine.",
       "De delegatie reist volgende week naar Rusland.", FlagKind::kEntity},
      {"Le ministre a rencontré son homologue des Pays-Bas.",
       "De minister ontmoette zijn ambtgenoot uit de Verenigde Staten.", FlagKind::kEntity},
      {"Le 12 mai, trois F-35 ont été livrés.", "Op 12 mei werden drie F-16 geleverd.",
       FlagKind::kNumbers},
      {"La réunion commencera à 15h30.", "De vergadering begint om 16.30 uur.", FlagKind::kNumbers},
      {"Le ministre se rendra à Kinshasa en mars. Il y rencontrera les autorités congolaises pour "
       "discuter de la "
       "coopération au développement. Il visitera ensuite un hôpital soutenu par la Belgique.",
       "De minister reist in maart naar Kinshasa. Hij bezoekt daarna een ziekenhuis dat door "
       "België wordt gesteund.",
       FlagKind::kOmission},
      // A short question dropped from a list.
      {"Le ministre a-t-il reçu le rapport? Pourquoi la Belgique réduit-elle ce budget? Quand la "
       "réforme "
       "entrera-t-elle en vigueur?",
       "Heeft de minister het verslag ontvangen? Wanneer treedt de hervorming in werking?",
       FlagKind::kOmission},
      // A clause dropped inside a sentence: the pair's lengths disagree far beyond the norm.
      {"Au premier trimestre, la coopération belge a financé quarante projets au Sahel, dont la "
       "moitié dans le "
       "domaine de la santé maternelle, pour un montant total de 12 millions d’euros versés par "
       "l’intermédiaire "
       "d’Enabel et des organisations non gouvernementales partenaires.",
       "In het eerste kwartaal financierde de Belgische samenwerking veertig projecten in de "
       "Sahel.",
       FlagKind::kOmission},
      {"Le ministre se rendra à Kinshasa en mars. Il y rencontrera les autorités congolaises pour "
       "discuter de la "
       "coopération au développement.",
       "De minister reist in maart naar Kinshasa. Il y rencontrera les autorités congolaises pour "
       "discuter de la "
       "coopération au développement.",
       FlagKind::kUntranslated},
      {"Le ministre se rendra à Kinshasa en mars. Il y rencontrera les autorités congolaises.",
       "De minister reist in maart naar Kinshasa. Hij zal er de Congolese autoriteiten niet "
       "ontmoeten.",
       FlagKind::kNegation},
      {"La Belgique ne participera pas à cette mission. Elle enverra toutefois des observateurs.",
       "België zal aan deze missie deelnemen. Het zal wel waarnemers sturen.", FlagKind::kNegation},
      {"2.2.1. UNION EUROPÉENNE", "2.2.2. EUROPESE UNIE", FlagKind::kHeadingNumber},
      {"La Belgique soutient fermement le multilatéralisme et la coopération internationale.",
       "La Belgique soutient fermement le multilatéralisme et la coopération internationale.",
       FlagKind::kUntranslated},
      {"Les postes informeront l’administration centrale de toute évolution de la position de "
       "leurs interlocuteurs.",
       "De posten informeren het hoofdbestuur over elke wijziging in het standpunt van hun "
       "gesprekspartners.",
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
      {"La Belgique ne soutiendra jamais un tel accord.",
       "België zal een dergelijk akkoord nooit steunen."},
      {"Le sommet de l’OTAN se tiendra le 14 avril 2025.",
       "De NAVO-top vindt plaats op 14 april 2025."},
      {"Le Conseil de sécurité des Nations unies se réunira.",
       "De Veiligheidsraad van de Verenigde Naties komt samen."},
      {"Non seulement la Belgique, mais aussi le Luxembourg.",
       "Niet alleen België, maar ook Luxemburg."},
      {"Les États-Unis et le G7 restent des partenaires.",
       "De Verenigde Staten en de G7 blijven partners."},
      {"2.2.2. ONU", "2.2.2 VN"},
      {"Trois pays ont voté contre.", "3 landen stemden tegen."},
      {"Le premier rapport paraîtra en mai.", "Het 1e rapport verschijnt in mei."},
      {"La Belgique commandera des F-35.", "België bestelt F35-toestellen."},
      {"La séance reprendra à 15h30.", "De zitting wordt hervat om 15.30 uur."},
      {"Le président Poutine a reçu l’émir du Koweït.",
       "President Poetin ontving de emir van Koeweit."},
      {"La délégation rencontrera Enabel à Dakar.",
       "De delegatie zal het agentschap in Dakar ontmoeten."},
      // A name rendered by a pronoun or "our country" is no swap.
      {"Le sommet de l’OTAN aura lieu en décembre.", "De top zal in december plaatsvinden."},
      {"La Belgique présidera le Conseil en 2027.", "Ons land zit de Raad voor in 2027."},
      // Capitalised because it opens a sentence, not a name.
      {"Europe: la Belgique plaide pour l’unanimité.", "Europa: België pleit voor eenparigheid."},
      {"La Belgique n’acceptera jamais cette annexion.",
       "Ons land zal die annexatie nooit aanvaarden."},
      {"Le ministre se rendra à Kinshasa en mars. Il rencontrera les autorités congolaises pour "
       "discuter de la "
       "coopération au développement.",
       "De minister reist in maart naar Kinshasa, waar hij met de Congolese autoriteiten de "
       "ontwikkelingssamenwerking zal bespreken."},
      {"Les organisations non gouvernementales seront consultées.",
       "De niet-gouvernementele organisaties worden geraadpleegd."},
      {"Les dossiers non encore traités seront clôturés.",
       "De dossiers die nog niet behandeld zijn, worden afgesloten."},
      {"Le Premier ministre se rendra à Kinshasa.", "De premier reist naar Kinshasa."},
      {"La coopération avec le Royaume-Uni reste essentielle.",
       "De samenwerking met het VK blijft essentieel."},
      {"La Région wallonne et le Conseil de l'Europe ont signé.",
       "Het Waalse Gewest en de Raad van Europa tekenden."},
      {"Les infirmières en ont besoin pour pouvoir travailler.",
       "Zonder visum kunnen de verpleegkundigen niet werken."},
      {"Les victimes attendent toujours, sans parler des dommages moraux.",
       "De slachtoffers wachten nog steeds, om nog te zwijgen van morele schade."},
      {"Les contraintes budgétaires empêchent la reprise des travaux.",
       "Door de budgettaire beperkingen kunnen de werken niet worden hervat."},
      {"Le rapport constate un manque de moyens.",
       "Het verslag stelt vast dat er geen middelen zijn."},
      {"LE SPF AFFAIRES ÉTRANGÈRES ET LA SÉCURITÉ", "BUZA EN VEILIGHEID"},
      {"Les postes le signalent: la situation ne cesse de se dégrader.",
       "De posten melden het: de toestand gaat er steeds verder op achteruit."},
  };
  for (const Case& c : cases) EXPECT_TRUE(Check(c.fr, c.nl).empty()) << c.fr;
}

bool HasKind(const std::vector<FlagKind>& kinds, FlagKind kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// A negation rendered by a negative affix ("non sollicités" / "ongevraagde",
// "sans emploi" / "werkloos") is no
// difference ("inacceptable" / "niet aanvaardbaar" the other way); a
// negation dropped beside such a word still is, and so is a word whose
// affix no longer negates ("indispensable", "onlangs").
TEST(CheckBeads, NegationRenderedByANegativeAffix) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"Les appels téléphoniques non sollicités seront bloqués.",
       "Ongevraagde telefonische oproepen worden geblokkeerd.", false},
      {"Le règlement n’a pas été modifié depuis 2019.",
       "Het reglement is sinds 2019 ongewijzigd gebleven.", false},
      {"Les travailleurs sans emploi recevront une prime.",
       "Werkloze werknemers krijgen een premie.", false},
      {"Les autorités de contrôle ne dépendent pas du gouvernement.",
       "De toezichthouders zijn onafhankelijk van de regering.", false},
      {"Une nouvelle hausse des prix serait inacceptable.",
       "Een nieuwe prijsstijging zou niet aanvaardbaar zijn.", false},
      {"Les appels non sollicités ne seront pas tous bloqués.",
       "Ongevraagde oproepen worden niet allemaal geblokkeerd.", false},
      // The negation dropped.
      {"Le règlement n’a pas été modifié depuis 2019.", "Het reglement is sinds 2019 gewijzigd.",
       true},
      {"Le ministre n’a pas répondu à la lettre reçue récemment.",
       "De minister heeft de onlangs ontvangen brief beantwoord.", true},
      {"Sa présence est indispensable.", "Zijn aanwezigheid is niet vereist.", true},
      // "peu" is a word of negative meaning; "peuvent" is not.
      {"Peu de commerçants déduisent ces frais.",
       "De meeste handelaars trekken die kosten niet af.", false},
      {"Les commerçants peuvent déduire ces frais.",
       "De handelaars kunnen die kosten niet aftrekken.", true},
      {"Une nouvelle hausse des prix serait acceptable.",
       "Een nieuwe prijsstijging zou niet aanvaardbaar zijn.", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kNegation), c.flagged) << c.fr;
  }
}

// Fixed expressions and compounds: "sans-papiers" is "mensen zonder
// papieren", "sans domicile" is "daklozen", "sans équivoque", "sans suite",
// "il va sans dire" and "sine qua non" negate nothing, "ignorer" is "niet
// weten", "dans l’incapacité de" is "niet kunnen", an elliptic "waarom niet?"
// is the negated question written out; a real negation beside them still
// counts.
TEST(CheckBeads, NegationInFixedExpressionsAndCompounds) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"Les associations d’aide aux sans-papiers demandent des tests.",
       "De hulporganisaties voor mensen zonder papieren vragen tests.", false},
      {"Les centres d’accueil pour les sans domicile fixe sont pleins.",
       "De opvangcentra voor daklozen zitten vol.", false},
      {"Le rapport est sans équivoque: la pauvreté n’est pas marginale.",
       "Het verslag is duidelijk: armoede is geen randverschijnsel.", false},
      {"La stabilité est une condition sine qua non du retour des réfugiés.",
       "Stabiliteit is een conditio sine qua non voor de terugkeer van de vluchtelingen.", false},
      {"Les bénévoles ne manquent pas d’idées.", "De vrijwilligers zitten vol ideeën.", false},
      {"Le ministre ignorait de quel service il s’agissait.",
       "De minister wist niet om welke dienst het ging.", false},
      {"Les familles sont dans l’incapacité de payer ces factures.",
       "De gezinnen kunnen die facturen niet betalen.", false},
      {"Dans la négative, pourquoi ce contrôle n’a-t-il pas lieu?", "Zo nee, waarom niet?",
       false},
      {"Les plaintes ont été classées sans suite.", "De klachten werden geseponeerd.", false},
      {"Il va sans dire que la crise pèse sur les commerces.",
       "Uiteraard weegt de crisis op de handelszaken.", false},
      {"Le rapport n’est pas sans équivoque.", "Het verslag is duidelijk.", true},
      {"Dans la négative, pourquoi ce contrôle n’a-t-il pas lieu?",
       "Zo nee, waarom vindt die controle plaats?", true},
      {"Les plaintes n’ont pas été classées sans suite.", "De klachten werden geseponeerd.", true},
      {"Le ministre savait de quel service il s’agissait.",
       "De minister wist niet om welke dienst het ging.", true},
      {"Les familles sont en mesure de payer ces factures.",
       "De gezinnen kunnen die facturen niet betalen.", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kNegation), c.flagged) << c.fr;
  }
}

// Words that fail, lack or hardly reach render a negation ("échoué" = "niet
// geslaagd", "en vain" = "zonder resultaat", "insuffisant" = "volstaan niet",
// "nauwelijks" = "pratiquement pas", "onverkocht" = "non vendu"); the same pair
// without them is flagged.
TEST(CheckBeads, NegationRenderedByAWordOfNegativeMeaning) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"Combien de candidats ont échoué à l’examen?",
       "Hoeveel kandidaten zijn niet geslaagd voor het examen?", false},
      {"Le consulat a tenté de joindre la famille, mais en vain.",
       "Het consulaat probeerde de familie te bereiken, zonder resultaat.", false},
      {"Les moyens prévus sont insuffisants pour atteindre l’objectif.",
       "De geplande middelen volstaan niet om de doelstelling te halen.", false},
      {"Dans ces rues, il n’y avait pratiquement pas de circulation.",
       "In die straten was er nauwelijks verkeer.", false},
      {"Les magasins garderont des stocks de vêtements non vendus.",
       "De winkels houden voorraden onverkochte kleren over.", false},
      {"Le règlement reste, si je ne me trompe, inchangé depuis 2019.",
       "Het reglement is sinds 2019, als ik me niet vergis, ongewijzigd.", false},
      {"Combien de candidats ont réussi l’examen?",
       "Hoeveel kandidaten zijn niet geslaagd voor het examen?", true},
      {"Dans ces rues, il n’y avait pratiquement pas de circulation.",
       "In die straten was er veel verkeer.", true},
      {"Les magasins garderont des stocks de vêtements non vendus.",
       "De winkels houden voorraden verkochte kleren over.", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kNegation), c.flagged) << c.fr;
  }
}

// A negated yes/no question asks politely ("Is het niet mogelijk …?" =
// "Est-il possible …?"); a negation in a statement or a wh-question does not.
TEST(CheckBeads, NegatedYesNoQuestionIsPolite) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"Est-il possible d’augmenter le nombre d’heures de travail des étudiants?",
       "Is het niet mogelijk om het aantal werkuren van de studenten te verhogen?", false},
      {"Ne serait-il pas utile de consulter les communes?",
       "Zou het nuttig zijn de gemeenten te raadplegen?", false},
      {"Une concertation avec les autorités françaises peut-elle être envisagée?",
       "Zou er geen overleg met de Franse autoriteiten kunnen plaatsvinden?", false},
      {"Il est possible d’augmenter le nombre d’heures de travail des étudiants.",
       "Het is niet mogelijk om het aantal werkuren van de studenten te verhogen.", true},
      {"Quand la réforme entrera-t-elle en vigueur?",
       "Wanneer treedt de hervorming niet in werking?", true},
      {"Si oui, quelle est cette hausse?", "Indien zo, welke is niet deze stijging?", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kNegation), c.flagged) << c.nl;
  }
}

// The sentence alignment may put a negation in the pair next to the one that
// renders it: the translator moved a clause across a sentence boundary or
// split a sentence in three. Opposite differences in neighbouring pairs
// cancel; a negation added or dropped next to a faithful pair does not.
TEST(CheckBeads, NegationMovedToTheNeighbouringSentence) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"Vu l’évolution rapide des technologies et la crise sanitaire qui a changé notre manière de "
       "travailler et de nous réunir, ne serait-il pas utile d’envisager le vote électronique? "
       "Comptez-vous agir?",
       "De technologie is de voorbije jaren sterk geëvolueerd. Ook de gezondheidscrisis heeft "
       "onze manier van werken en vergaderen veranderd. Zou het dan niet nuttig zijn om "
       "elektronisch stemmen te overwegen? Zult u stappen zetten?",
       false},
      {"Il a proposé une page sur le droit de jouer, mais sans effet. On lui a répondu que les "
       "enfants pouvaient jouer à la maison.",
       "Hij stelde een pagina over het recht op spel voor. Helaas, geen resultaat: men antwoordde "
       "dat kinderen thuis mogen spelen.",
       false},
      {"La Belgique soutiendra cet accord de paix. Elle enverra des observateurs sur place.",
       "België zal dit vredesakkoord niet steunen. Het zal waarnemers ter plaatse sturen.", true},
      {"La Belgique ne soutiendra pas cet accord. Elle n’enverra pas d’observateurs.",
       "België zal dit akkoord steunen. Het zal geen waarnemers sturen.", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kNegation), c.flagged) << c.fr;
  }
}

// One sentence rendered by three: the sentence aligner pairs it with two,
// and the third, which brings the pair's lengths to the norm and renders
// some of its words, is no omission. A sentence of other content in its
// place is.
TEST(CheckBeads, SentenceSplitInThreeIsNoOmission) {
  const std::string fr =
      "Vu l’évolution rapide des technologies et des connexions à distance, et la crise "
      "sanitaire qui a changé notre manière de travailler et de nous réunir, ne serait-il pas "
      "utile d’envisager le vote électronique pour les élections? Comptez-vous agir?";
  struct Case {
    std::string nl;
    bool flagged;
  };
  const Case cases[] = {
      {"De moderne technologie is bijzonder snel geëvolueerd. Ook de crisis heeft ons werk "
       "veranderd. Zou het dan niet nuttig zijn om elektronisch stemmen voor de verkiezingen te "
       "overwegen? Zult u stappen zetten?",
       false},
      {"De gemeenteraad keurde gisteren de begroting goed. Ook de crisis heeft ons werk "
       "veranderd. Zou het dan niet nuttig zijn om elektronisch stemmen voor de verkiezingen te "
       "overwegen? Zult u stappen zetten?",
       true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(fr, c.nl), FlagKind::kOmission), c.flagged) << c.nl;
  }
}

// A 2-1 pair whose single sentence is about as long as one of the two: the
// other one was added or dropped, unless it renders words of the single
// sentence that its partner does not (the translator split the sentence).
TEST(CheckBeads, SentenceSplitInTwoIsNoOmission) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"À juste titre, les maisons de repos se mettent en quarantaine et limitent les visites.",
       "De woonzorgcentra hebben hun bewoners terecht in quarantaine geplaatst. Bezoekers worden "
       "er nog maar beperkt toegelaten.",
       false},
      {"La Région wallonne a été touchée mais l’eau se déverse dans la mer et peut donc affecter "
       "la côte belge.",
       "Het Waalse Gewest is wel getroffen, maar het water stroomt verder en komt in zee terecht. "
       "Ook de Belgische kust kan er dus de gevolgen van ondervinden.",
       false},
      {"À juste titre, les maisons de repos se mettent en quarantaine et limitent les visites.",
       "De woonzorgcentra hebben hun bewoners terecht in quarantaine geplaatst. De regering keurde "
       "gisteren de begroting voor defensie goed.",
       true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kOmission), c.flagged) << c.nl;
  }
}

// Two forms of one entity of the alias table are one name ("ONU" / "Verenigde
// Naties", "OMS" / "Wereldgezondheidsorganisatie", "RDC" / "Congo"); another
// entity in its place, or beside it, is not.
TEST(CheckBeads, AliasFormsAreOneName) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"L’ONU a condamné l’attaque contre le convoi.",
       "De Verenigde Naties veroordeelden de aanval op het konvooi.", false},
      {"L’OMS recommande le port du masque dans les écoles.",
       "De Wereldgezondheidsorganisatie raadt een mondmasker aan in de scholen.", false},
      {"La RDC a signé l’accord de cessez-le-feu.",
       "Congo heeft het akkoord over het staakt-het-vuren ondertekend.", false},
      {"L’OMS recommande le port du masque dans les écoles.",
       "De NAVO raadt een mondmasker aan in de scholen.", true},
      {"L’OMS et le SPF Santé contrôlent les hôpitaux.",
       "De Wereldgezondheidsorganisatie en de FOD Volksgezondheid controleren de ziekenhuizen.",
       false},
      {"L’OMS et le SPF Santé contrôlent les hôpitaux.",
       "De Wereldgezondheidsorganisatie en de FOD Justitie controleren de ziekenhuizen.", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kEntity), c.flagged) << c.fr << " / " << c.nl;
  }
}

// A federal administration named by the short form of its name ("SPF
// Santé" for "SPF Santé publique") has its counterpart; another
// administration put in its place does not.
TEST(CheckBeads, ShortenedInstitutionNames) {
  struct Case {
    std::string fr, nl;
    bool flagged;
  };
  const Case cases[] = {
      {"Le SPF Santé contrôle les absences des fonctionnaires.",
       "De FOD Volksgezondheid controleert de afwezigheden van de ambtenaren.", false},
      {"Le SPF Santé publique contrôle les absences des fonctionnaires.",
       "De FOD Volksgezondheid controleert de afwezigheden van de ambtenaren.", false},
      {"Le SPF Mobilité a publié les chiffres du trafic.",
       "De FOD Mobiliteit en Vervoer heeft de verkeerscijfers gepubliceerd.", false},
      {"Le SPF Santé contrôle les absences des fonctionnaires.",
       "De FOD Justitie controleert de afwezigheden van de ambtenaren.", true},
      {"Le SPF Mobilité a publié les chiffres du trafic.",
       "De FOD Financiën heeft de verkeerscijfers gepubliceerd.", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HasKind(Check(c.fr, c.nl), FlagKind::kEntity), c.flagged) << c.fr << " / " << c.nl;
  }
}

TEST(CheckBeads, OneSidedAndLengthOutliers) {
  Stream fr{Language::kFrench, {}}, nl{Language::kDutch, {}};
  const std::string fr_text =
      "La Belgique défendra une position commune au sein de l’Union européenne cette année.";
  const std::string nl_text =
      "België zal dit jaar een gemeenschappelijk standpunt verdedigen binnen de Europese Unie.";
  for (int i = 0; i < 6; ++i) {
    fr.blocks.push_back(Block{fr_text, BlockKind::kParagraph, Language::kFrench, 0});
    nl.blocks.push_back(Block{nl_text, BlockKind::kParagraph, Language::kDutch, 0});
  }
  // Bead 5: the Dutch side is three times as long, with two sentences of
  // its own.
  nl.blocks[5].text = nl_text +
                      " De minister van Landbouw opent volgende maand een nieuw laboratorium in Gembloers."
                      " Het Rekenhof publiceert zijn jaarverslag over de pensioenen van de ambtenaren.";
  std::vector<align::Bead> beads;
  for (size_t i = 0; i < 6; ++i) beads.push_back({i, 1, i, 1, 1.0});
  beads.push_back({6, 0, 6, 0, 0.2});
  fr.blocks.push_back(
      Block{"Un paragraphe sans traduction.", BlockKind::kParagraph, Language::kFrench, 0});
  beads.back().fr_count = 1;
  const auto flags = CheckBeads(fr, nl, beads);
  ASSERT_EQ(flags.size(), 7u);
  EXPECT_TRUE(flags[0].empty());
  // The two extra Dutch sentences have no French counterpart: named as
  // such rather than as a bare length ratio.
  ASSERT_EQ(flags[5].size(), 1u);
  EXPECT_EQ(flags[5][0].kind, FlagKind::kOmission);
  EXPECT_EQ(flags[5][0].nl_words.size(), 2u);
  ASSERT_EQ(flags[6].size(), 1u);
  EXPECT_EQ(flags[6][0].kind, FlagKind::kOneSided);
}

TEST(CheckBeads, FlagsNameTheWordsInvolved) {
  Stream f{
      Language::kFrench,
      {Block{"Un budget de 120 millions d’euros.", BlockKind::kParagraph, Language::kFrench, 0}}};
  Stream n{Language::kDutch,
           {Block{"Een budget van 150 miljoen euro.", BlockKind::kParagraph, Language::kDutch, 0}}};
  const auto all = CheckBeads(f, n, {align::Bead{0, 1, 0, 1, 1.0}});
  const auto& flags = all[0];
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].fr_words, std::vector<std::string>{"120 millions"});
  EXPECT_EQ(flags[0].nl_words, std::vector<std::string>{"150 miljoen"});
}

TEST(FlagMessage, SpeaksTheInterfaceLanguage) {
  Flag numbers{FlagKind::kNumbers, "", {"3"}, {"4"}};
  EXPECT_EQ(FlagMessage(numbers, MessageLanguage::kEnglish), "numbers differ: FR 3 / NL 4");
  EXPECT_EQ(FlagMessage(numbers, MessageLanguage::kFrench),
            "les nombres diffèrent\u202F: FR 3 / NL 4");
  EXPECT_EQ(FlagMessage(numbers, MessageLanguage::kDutch), "getallen verschillen: FR 3 / NL 4");
  Flag negation{FlagKind::kNegation, "", {}, {"niet"}};
  EXPECT_EQ(FlagMessage(negation, MessageLanguage::kDutch),
            "ontkenning alleen in het Nederlands: niet");
  EXPECT_EQ(FlagMessage(negation, MessageLanguage::kFrench),
            "négation en néerlandais seulement\u202F: niet");
  Flag omission{FlagKind::kOmission, "", {"Il visitera un hôpital."}, {}};
  EXPECT_EQ(FlagMessage(omission, MessageLanguage::kDutch),
            "Franse zin zonder Nederlandse tegenhanger: \u2018Il visitera un hôpital.\u2019");
  EXPECT_EQ(MessageLanguageFromCode("nl"), MessageLanguage::kDutch);
  EXPECT_EQ(MessageLanguageFromCode("de"), MessageLanguage::kEnglish);
  // CheckBeads writes Flag::message in the requested language.
  Stream f{Language::kFrench,
           {Block{"Trois pays ont voté pour.", BlockKind::kParagraph, Language::kFrench, 0}}};
  Stream n{Language::kDutch,
           {Block{"4 landen stemden voor.", BlockKind::kParagraph, Language::kDutch, 0}}};
  CheckOptions options;
  options.message_language = MessageLanguage::kFrench;
  const auto all = CheckBeads(f, n, {align::Bead{0, 1, 0, 1, 1.0}}, options);
  ASSERT_EQ(all[0].size(), 1u);
  EXPECT_EQ(all[0][0].message, "les nombres diffèrent\u202F: FR - / NL 4");
}

}  // namespace
}  // namespace tandem::qa
