#include "pipeline/terms/terms.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/terms/phrases.h"

namespace tandem::terms {
namespace {

// ---------------------------------------------------------------------------
// Words.

TEST(LightStem, NumberAndAgreementOnlyNotDerivation) {
  struct Case {
    std::string_view a, b;
    Language language;
    bool same;
  };
  const Case cases[] = {
      {"etats", "etat", Language::kFrench, true},
      {"mesures", "mesure", Language::kFrench, true},
      {"restrictives", "restrictive", Language::kFrench, true},
      {"declaration", "declare", Language::kFrench, false},
      {"direction", "directive", Language::kFrench, false},
      {"staten", "staat", Language::kDutch, true},
      {"lidstaten", "lidstaat", Language::kDutch, true},
      {"buitenlandse", "buitenlands", Language::kDutch, true},
      {"sancties", "sanctie", Language::kDutch, true},
      {"europese", "europees", Language::kDutch, true},
      {"multilaterale", "multilateraal", Language::kDutch, true},
      {"maatregelen", "maatregel", Language::kDutch, true},
      {"ontwikkeling", "ontwikkelen", Language::kDutch, false},
      {"verklaring", "verklaard", Language::kDutch, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(LightStem(c.a, c.language) == LightStem(c.b, c.language), c.same)
        << c.a << " / " << c.b;
  }
}

TEST(CandidateSpans, ContentWordsAtTheEdgesNoPunctuationOrNumbersInside) {
  const std::string text = "la défense des droits de l’homme, et 12 mesures contre la pauvreté";
  const std::vector<Token> tokens = Tokenize(text, Language::kFrench);
  std::vector<std::string> spans;
  for (Span s : CandidateSpans(tokens, 6, 8))
    spans.push_back(SurfaceOf(text, tokens, s.begin, s.count));
  std::string all;
  for (const std::string& s : spans) all += "[" + s + "] ";
  SCOPED_TRACE(all);
  const auto has = [&](std::string_view s) {
    return std::find(spans.begin(), spans.end(), s) != spans.end();
  };
  EXPECT_TRUE(has("défense des droits de l’homme"));
  EXPECT_TRUE(has("droits de l’homme"));
  EXPECT_TRUE(has("pauvreté"));  // one word of 8 letters
  EXPECT_FALSE(has("droits"));   // shorter
  EXPECT_FALSE(has("homme, et 12 mesures"));
  EXPECT_FALSE(has("mesures contre"));  // a preposition at the edge
  EXPECT_FALSE(has("défense des"));
}

// ---------------------------------------------------------------------------
// Extraction.

const TermEntry* Find(const Termbase& tb, std::string_view fr) {
  for (const TermEntry& e : tb.entries) {
    if (!e.fr.empty() && e.fr.front().text == fr) return &e;
  }
  return nullptr;
}

TEST(ExtractTerms, FindsARecurringPhraseAndItsRendering) {
  struct Case {
    std::vector<AlignedText> units;
    std::string fr, nl;
    size_t count;
  };
  const Case cases[] = {
      {{{"La stratégie maritime de la Belgique sera présentée au printemps.",
         "De maritieme strategie van België wordt in de lente voorgesteld."},
        {"Les ports d’Anvers et de Zeebruges jouent un rôle central dans la stratégie maritime.",
         "De havens van Antwerpen en Zeebrugge spelen een centrale rol in de maritieme strategie."},
        {"Le gouvernement finance la stratégie maritime par un fonds spécial.",
         "De regering financiert de maritieme strategie met een bijzonder fonds."},
        {"La pêche durable reste une préoccupation majeure.",
         "Duurzame visserij blijft een grote zorg."}},
       "stratégie maritime",
       "maritieme strategie",
       3},
      {{{"Le parc d’énergie éolienne au large d’Ostende produit davantage chaque hiver.",
         "Het park voor windenergie voor de kust van Oostende produceert elke winter meer."},
        {"Les syndicats demandent une formation pour les techniciens de l’énergie éolienne.",
         "De vakbonden vragen een opleiding voor de technici van de windenergie."},
        {"Notre pays exporte son savoir-faire en énergie éolienne vers l’Asie.",
         "Ons land voert zijn knowhow in windenergie uit naar Azië."}},
       "énergie éolienne",
       "windenergie",
       3},
  };
  ExtractOptions options;
  options.lexicon = &lexicon::Glossary();
  for (const Case& c : cases) {
    const Termbase tb = ExtractTerms(c.units, options);
    const TermEntry* e = Find(tb, c.fr);
    ASSERT_NE(e, nullptr) << c.fr;
    ASSERT_FALSE(e->nl.empty());
    EXPECT_EQ(e->nl.front().text, c.nl);
    EXPECT_EQ(e->nl.front().count, c.count);
    EXPECT_EQ(e->count, c.count);
    EXPECT_GT(e->score, 0.9);
  }
}

TEST(ExtractTerms, APhraseSeenOnceIsNoTermAndNothingComesFromOneSidedUnits) {
  const std::vector<AlignedText> units = {
      {"La stratégie maritime sera présentée au printemps.",
       "De maritieme strategie wordt in de lente voorgesteld."},
      {"La stratégie maritime est financée par un fonds.", ""},
      {"", "De maritieme strategie wordt gefinancierd."},
  };
  ExtractOptions options;
  options.lexicon = &lexicon::Glossary();
  EXPECT_TRUE(ExtractTerms(units, options).entries.empty());
}

TEST(ExtractTerms, DropsAPhraseInsideALongerTerm) {
  std::vector<AlignedText> units;
  units.push_back({"Le Conseil rappelle le droit international humanitaire à Genève.",
                   "De Raad herinnert in Genève aan het internationaal humanitair recht."});
  units.push_back({"La Belgique défend à New York le droit international humanitaire.",
                   "België verdedigt in New York het internationaal humanitair recht."});
  units.push_back({"Le respect du droit international humanitaire protège les civils.",
                   "De naleving van het internationaal humanitair recht beschermt de burgers."});
  ExtractOptions options;
  options.lexicon = &lexicon::Glossary();
  const Termbase tb = ExtractTerms(units, options);
  const TermEntry* whole = Find(tb, "droit international humanitaire");
  ASSERT_NE(whole, nullptr);
  EXPECT_EQ(whole->nl.front().text, "internationaal humanitair recht");
  EXPECT_EQ(Find(tb, "international humanitaire"), nullptr);
}

// ---------------------------------------------------------------------------
// TBX.

Termbase Sample() {
  Termbase tb;
  TermEntry a;
  a.id = "t1";
  a.fr = {{"intégrité territoriale", 5, false}};
  a.nl = {{"territoriale integriteit", 4, false}, {"territoriale onschendbaarheid", 1, false}};
  a.part_of_speech = "noun";
  a.count = 5;
  a.score = 0.89;
  TermEntry b;
  b.id = "t2";
  b.fr = {{"R&D <civile>", 0, false}};
  b.nl = {{"O&O \"civiel\"", 0, false}, {"civiel onderzoek", 0, true}};
  b.note = "research & development";
  tb.entries = {a, b};
  return tb;
}

struct XmlDocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct XPathDeleter {
  void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
};

// Counts the nodes `xpath` selects (namespace prefix t: TBX v3).
size_t Count(xmlXPathContext* ctx, const std::string& xpath) {
  xmlXPathObject* r = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx);
  EXPECT_NE(r, nullptr) << xpath;
  if (r == nullptr) return 0;
  const size_t n = r->nodesetval ? static_cast<size_t>(r->nodesetval->nodeNr) : 0;
  xmlXPathFreeObject(r);
  return n;
}

TEST(WriteTbx, IsWellFormedTbxBasicWithOneConceptEntryPerTermAndBothLanguages) {
  const Termbase tb = Sample();
  TbxInfo info;
  info.title = "Test & titre";
  info.source_description = "two entries";
  const std::string xml = WriteTbx(tb, info);
  std::unique_ptr<xmlDoc, XmlDocDeleter> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "t.tbx", nullptr, XML_PARSE_NONET));
  ASSERT_NE(doc, nullptr) << xml;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  ASSERT_NE(root, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->name), "tbx");
  ASSERT_NE(root->ns, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href), "urn:iso:std:iso:30042:ed-2");
  std::unique_ptr<xmlXPathContext, XPathDeleter> ctx(xmlXPathNewContext(doc.get()));
  xmlXPathRegisterNs(ctx.get(), reinterpret_cast<const xmlChar*>("t"),
                     reinterpret_cast<const xmlChar*>("urn:iso:std:iso:30042:ed-2"));
  EXPECT_EQ(Count(ctx.get(), "/t:tbx[@type='TBX-Basic'][@style='dca'][@xml:lang='fr']"), 1u);
  EXPECT_EQ(Count(ctx.get(), "/t:tbx/t:tbxHeader/t:fileDesc/t:titleStmt/t:title[.='Test & titre']"),
            1u);
  EXPECT_EQ(Count(ctx.get(), "/t:tbx/t:tbxHeader/t:fileDesc/t:sourceDesc/t:p"), 1u);
  EXPECT_EQ(Count(ctx.get(), "/t:tbx/t:text/t:body/t:conceptEntry"), tb.entries.size());
  EXPECT_EQ(Count(ctx.get(), "//t:conceptEntry[@id]"), tb.entries.size());
  // Every entry: one French and one Dutch langSec, each with terms.
  EXPECT_EQ(
      Count(
          ctx.get(),
          "//"
          "t:conceptEntry[count(t:langSec[@xml:lang='fr'])=1][count(t:langSec[@xml:lang='nl'])=1]"),
      tb.entries.size());
  EXPECT_EQ(Count(ctx.get(), "//t:langSec[not(t:termSec/t:term[string-length(.) > 0])]"), 0u);
  EXPECT_EQ(Count(ctx.get(), "//t:langSec[@xml:lang='nl']/t:termSec"), 4u);
  EXPECT_EQ(Count(ctx.get(),
                  "//t:termSec[t:term='intégrité "
                  "territoriale']/t:termNote[@type='partOfSpeech'][.='noun']"),
            1u);
  EXPECT_EQ(Count(ctx.get(),
                  "//t:termSec[t:term='territoriale integriteit']/t:note[contains(., '4 of 5')]"),
            1u);
  EXPECT_EQ(Count(ctx.get(),
                  "//t:termSec[t:term='civiel onderzoek']/t:termNote[@type='administrativeStatus']"
                  "[.='deprecatedTerm-admn-sts']"),
            1u);
  EXPECT_EQ(Count(ctx.get(), "//t:term[.='R&D <civile>']"), 1u);
}

TEST(ReadTbx, WhatWriteTbxWroteReadsBack) {
  const Termbase tb = Sample();
  const Result<Termbase> back = ReadTbx(WriteTbx(tb), "round.tbx");
  ASSERT_TRUE(back.has_value()) << back.error().message;
  ASSERT_EQ(back->entries.size(), tb.entries.size());
  EXPECT_EQ(back->skipped, 0u);
  for (size_t i = 0; i < tb.entries.size(); ++i) {
    const TermEntry& a = tb.entries[i];
    const TermEntry& b = back->entries[i];
    EXPECT_EQ(b.id, a.id);
    ASSERT_EQ(b.fr.size(), a.fr.size());
    ASSERT_EQ(b.nl.size(), a.nl.size());
    for (size_t k = 0; k < a.fr.size(); ++k) EXPECT_EQ(b.fr[k].text, a.fr[k].text);
    for (size_t k = 0; k < a.nl.size(); ++k) {
      EXPECT_EQ(b.nl[k].text, a.nl[k].text);
      EXPECT_EQ(b.nl[k].deprecated, a.nl[k].deprecated);
    }
  }
  EXPECT_EQ(back->entries[0].part_of_speech, "noun");
  EXPECT_EQ(back->entries[1].note, "research & development");
}

TEST(ReadTbx, ReadsTbxV2MartifWithRegionalLanguageCodes) {
  const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>export</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="e1">
      <langSet xml:lang="fr-BE"><tig><term>mesures restrictives</term></tig></langSet>
      <langSet xml:lang="nl-BE">
        <ntig><termGrp><term>beperkende maatregelen</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
        <tig><term>restrictieve maatregelen</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="en"><tig><term>restrictive measures</term></tig></langSet>
    </termEntry>
    <termEntry id="e2"><langSet xml:lang="fr"><tig><term>seulement en français</term></tig></langSet></termEntry>
  </body></text>
</martif>)";
  const Result<Termbase> tb = ReadTbx(xml, "v2.tbx");
  ASSERT_TRUE(tb.has_value()) << tb.error().message;
  ASSERT_EQ(tb->entries.size(), 1u);
  EXPECT_EQ(tb->skipped, 1u);
  const TermEntry& e = tb->entries[0];
  EXPECT_EQ(e.id, "e1");
  ASSERT_EQ(e.fr.size(), 1u);
  EXPECT_EQ(e.fr[0].text, "mesures restrictives");
  ASSERT_EQ(e.nl.size(), 2u);
  EXPECT_EQ(e.nl[0].text, "beperkende maatregelen");
  EXPECT_FALSE(e.nl[0].deprecated);
  EXPECT_TRUE(e.nl[1].deprecated);
}

TEST(ReadTbx, RefusesWhatIsNotAUsableTbxWithAClearError) {
  struct Case {
    std::string xml;
    ErrorCode code;
    std::string_view says;
  };
  const Case cases[] = {
      {"fr\tnl\nune\teen\n", ErrorCode::kMalformed, "malformed XML"},
      {"<tbx><text><body>", ErrorCode::kMalformed, "bad.tbx:1"},
      {"<html><body/></html>", ErrorCode::kMalformed, "<html>"},
      {"<tbx type=\"TBX-Basic\"/>", ErrorCode::kMalformed, "no <text><body>"},
      {"<tbx><text><body/></text></tbx>", ErrorCode::kEmpty, "no entry"},
  };
  for (const Case& c : cases) {
    const Result<Termbase> tb = ReadTbx(c.xml, "bad.tbx");
    ASSERT_FALSE(tb.has_value()) << c.xml;
    EXPECT_EQ(tb.error().code, c.code) << c.xml;
    EXPECT_NE(tb.error().message.find(c.says), std::string::npos) << tb.error().message;
    EXPECT_NE(tb.error().message.find("bad.tbx"), std::string::npos) << tb.error().message;
  }
}

TEST(ReadTbx, DoesNotExpandExternalEntities) {
  const std::string xml = R"(<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tbx><text><body><conceptEntry id="c1">
  <langSec xml:lang="fr"><termSec><term>&secret;terme</term></termSec></langSec>
  <langSec xml:lang="nl"><termSec><term>term</term></termSec></langSec>
</conceptEntry></body></text></tbx>)";
  const Result<Termbase> tb = ReadTbx(xml, "xxe.tbx");
  ASSERT_TRUE(tb.has_value()) << tb.error().message;
  EXPECT_EQ(tb->entries[0].fr[0].text.find("root:"), std::string::npos);
}

TEST(LoadTermbase, AMissingFileIsAnIoError) {
  const Result<Termbase> tb = LoadTermbase("/nonexistent/glossary.tbx");
  ASSERT_FALSE(tb.has_value());
  EXPECT_EQ(tb.error().code, ErrorCode::kIo);
  EXPECT_NE(tb.error().message.find("/nonexistent/glossary.tbx"), std::string::npos);
}

TEST(WriteTsv, OneLinePerEntryWithVariantsAndCounts) {
  const std::string tsv = WriteTsv(Sample());
  EXPECT_EQ(tsv.substr(0, tsv.find('\n')), "fr\tnl\tcount\tscore\tnl_variants");
  EXPECT_NE(tsv.find("intégrité territoriale\tterritoriale integriteit\t5\t0.89\t"
                     "territoriale integriteit (4) | territoriale onschendbaarheid (1)\n"),
            std::string::npos)
      << tsv;
  EXPECT_EQ(std::count(tsv.begin(), tsv.end(), '\n'), 3);
}

TEST(GlossaryTermbase, HoldsTheGlossaryPhrasesWithAllTheirEquivalents) {
  const Termbase& tb = GlossaryTermbase();
  EXPECT_NE(Find(tb, "politique étrangère"), nullptr);
  EXPECT_NE(Find(tb, "intégrité territoriale"), nullptr);
  EXPECT_EQ(Find(tb, "sécurité"), nullptr);  // a single word: several good renderings
  EXPECT_EQ(Find(tb, "OTAN"), nullptr);      // acronyms are the entity check's
}

// ---------------------------------------------------------------------------
// Consistency.

struct Doc {
  Stream fr{Language::kFrench, {}}, nl{Language::kDutch, {}};
  std::vector<align::Bead> beads;
};

// One 1-1 bead per pair ("" leaves a side empty).
Doc MakeDoc(const std::vector<std::pair<std::string, std::string>>& pairs) {
  Doc d;
  for (const auto& [f, n] : pairs) {
    align::Bead b{d.fr.blocks.size(), f.empty() ? 0u : 1u, d.nl.blocks.size(), n.empty() ? 0u : 1u,
                  1.0};
    if (!f.empty()) d.fr.blocks.push_back(Block{f, BlockKind::kParagraph, Language::kFrench, 0, 0});
    if (!n.empty()) d.nl.blocks.push_back(Block{n, BlockKind::kParagraph, Language::kDutch, 0, 0});
    d.beads.push_back(b);
  }
  return d;
}

// The beads (0-based) holding a term flag.
std::vector<size_t> Flagged(const std::vector<std::vector<qa::Flag>>& flags) {
  std::vector<size_t> out;
  for (size_t b = 0; b < flags.size(); ++b) {
    for (const qa::Flag& f : flags[b]) {
      EXPECT_EQ(f.kind, qa::FlagKind::kTerm);
      EXPECT_EQ(qa::FlagName(f.kind), "term");
    }
    if (!flags[b].empty()) out.push_back(b);
  }
  return out;
}

const std::pair<std::string, std::string> kPolicy1 = {
    "La politique étrangère de la Belgique repose sur le multilatéralisme.",
    "Het buitenlands beleid van België steunt op het multilateralisme."};
const std::pair<std::string, std::string> kPolicy2 = {
    "Notre politique étrangère défend les droits humains partout.",
    "Ons buitenlands beleid verdedigt de mensenrechten overal."};

TEST(CheckConsistency, AGlossaryTermRenderedAnotherWayIsFlaggedNamingBothAndWhere) {
  const Doc d = MakeDoc({kPolicy1,
                         {"Le budget du département reste stable.",
                          "De begroting van het departement blijft stabiel."},
                         kPolicy2,
                         {"Les ambassades suivent la politique étrangère des pays voisins.",
                          "De ambassades volgen de buitenlandse politiek van de buurlanden."}});
  ConsistencyOptions options;
  options.lexicon = &lexicon::Glossary();
  const auto flags = CheckConsistency(d.fr, d.nl, d.beads, options);
  ASSERT_EQ(flags.size(), 4u);
  EXPECT_EQ(Flagged(flags), std::vector<size_t>{3});
  ASSERT_EQ(flags[3].size(), 1u);
  const qa::Flag& f = flags[3][0];
  EXPECT_NE(f.message.find("\"politique étrangère\""), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("\"buitenlandse politiek\""), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("\"buitenlands beleid\" in units 1, 3"), std::string::npos) << f.message;
  EXPECT_EQ(f.fr_words, std::vector<std::string>{"politique étrangère"});
  EXPECT_EQ(f.nl_words, std::vector<std::string>{"buitenlandse politiek"});
}

TEST(CheckConsistency, ConsistentOrMerelyParaphrasedRenderingsStaySilent) {
  struct Case {
    std::string_view what;
    std::vector<std::pair<std::string, std::string>> pairs;
  };
  const Case cases[] = {
      {"the same rendering throughout", {kPolicy1, kPolicy2}},
      {"an inflected adjective is the same term",
       {kPolicy1,
        {"La politique étrangère du pays change.",
         "Het buitenlandse beleid van het land verandert."}}},
      {"a paraphrase without the glossary rendering anywhere (the glossary is no service's term "
       "base)",
       {{"La politique étrangère change.", "De buitenlandse betrekkingen veranderen."},
        {"La politique étrangère est claire.",
         "Onze houding tegenover het buitenland is duidelijk."}}},
      {"another policy is another term",
       {kPolicy1,
        kPolicy2,
        {"La politique intérieure change.", "De binnenlandse politiek verandert."}}},
      {"a one-sided bead", {kPolicy1, {"La politique étrangère change.", ""}}},
  };
  ConsistencyOptions options;
  options.lexicon = &lexicon::Glossary();
  for (const Case& c : cases) {
    const Doc d = MakeDoc(c.pairs);
    EXPECT_TRUE(Flagged(CheckConsistency(d.fr, d.nl, d.beads, options)).empty()) << c.what;
  }
}

TEST(CheckConsistency, ADocumentsOwnTermRenderedAnotherWayIsFlagged) {
  lexicon::Lexicon lexicon = lexicon::Glossary();
  lexicon.Add({"stratégie", "aanpak", lexicon::Origin::kFreedict, "", 0.5});
  const Doc d = MakeDoc({{"La stratégie maritime sera présentée au printemps.",
                          "De maritieme strategie wordt in de lente voorgesteld."},
                         {"Les ports jouent un rôle central dans la stratégie maritime.",
                          "De havens spelen een centrale rol in de maritieme strategie."},
                         {"Le gouvernement finance la stratégie maritime par un fonds.",
                          "De regering financiert de maritieme aanpak met een fonds."},
                         {"Le transport par mer progresse.", "Het maritieme vervoer groeit."}});
  ConsistencyOptions options;
  options.lexicon = &lexicon;
  const auto flags = CheckConsistency(d.fr, d.nl, d.beads, options);
  EXPECT_EQ(Flagged(flags), std::vector<size_t>{2});
  ASSERT_FALSE(flags[2].empty());
  EXPECT_NE(flags[2][0].message.find("\"maritieme aanpak\""), std::string::npos)
      << flags[2][0].message;
  EXPECT_NE(flags[2][0].message.find("\"maritieme strategie\" in units 1, 2"), std::string::npos)
      << flags[2][0].message;
  options.document_terms = false;
  EXPECT_TRUE(Flagged(CheckConsistency(d.fr, d.nl, d.beads, options)).empty());
}

TEST(CheckConsistency, AGivenTermBaseFlagsEveryMissingEquivalentBothWays) {
  Termbase tb;
  tb.entries.push_back(
      {"e1",
       {{"mesures restrictives", 0, false}},
       {{"beperkende maatregelen", 0, false}, {"restrictieve maatregelen", 0, true}},
       "noun",
       "",
       0,
       0});
  tb.entries.push_back({"e2",
                        {{"financement climatique", 0, false}},
                        {{"klimaatfinanciering", 0, false}},
                        "",
                        "",
                        0,
                        0});
  tb.entries.push_back({"e3",
                        {{"États-Unis", 0, false}},
                        {{"Verenigde Staten", 0, false}, {"VS", 0, false}},
                        "",
                        "",
                        0,
                        0});
  tb.entries.push_back({"e4",
                        {{"État membre", 0, false}},
                        {{"lidstaat", 0, false}, {"lidland", 0, false}},
                        "",
                        "",
                        0,
                        0});
  const Doc d = MakeDoc({
      {"Le Conseil prolonge les mesures restrictives.",
       "De Raad verlengt de beperkende maatregelen."},  // 0 ok
      {"Le Conseil prolonge les sanctions.",
       "De Raad verlengt de beperkende maatregelen."},  // 1 nl term, no fr
      {"Le Conseil prolonge les mesures restrictives.",
       "De Raad verlengt de sancties."},  // 2 fr term, no nl
      {"Les mesures restrictives visent dix personnes.",
       "De restrictieve maatregelen treffen tien personen."},  // 3 deprecated
      {"Le financement climatique augmente.",
       "De klimaatfinancieringsdoelen stijgen."},                            // 4 compound: ok
      {"Les États-Unis et la Belgique.", "De Verenigde Staten en België."},  // 5 ok
      {"Les États-Unis soutiennent le plan.", "De VS steunen het plan."},    // 6 acronym: ok
      {"Chaque État membre vote.", "Elke lidstaat stemt."},                  // 7 ok
      {"Un État membre s’abstient.", "Eén lidstaat onthoudt zich."},         // 8 ok
      {"Cet État membre proteste.", "Dat lidland protesteert."},             // 9 rarer equivalent
  });
  ConsistencyOptions options;
  options.termbase = &tb;
  options.lexicon = &lexicon::Glossary();
  options.document_terms = false;
  const auto flags = CheckConsistency(d.fr, d.nl, d.beads, options);
  EXPECT_EQ(Flagged(flags), (std::vector<size_t>{1, 2, 3, 9}));
  const auto says = [&](size_t bead, std::string_view text) {
    for (const qa::Flag& f : flags[bead]) {
      if (f.message.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(says(1, "\"beperkende maatregelen\" without \"mesures restrictives\" in the French"));
  EXPECT_TRUE(says(2, "\"mesures restrictives\" without \"beperkende maatregelen\" in the Dutch"));
  EXPECT_TRUE(says(3, "\"restrictieve maatregelen\" is a deprecated term"));
  EXPECT_TRUE(says(9, "\"État membre\" rendered \"lidland\" here but \"lidstaat\" in units 8, 9"));
}

}  // namespace
}  // namespace tandem::terms
