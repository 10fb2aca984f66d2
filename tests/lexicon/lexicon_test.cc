#include "pipeline/lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

#include "pipeline/lexicon/aliases.h"
#include "pipeline/lexicon/ibm1.h"
#include "pipeline/lexicon/inflections.h"
#include "pipeline/lexicon/word_key.h"

namespace tandem::lexicon {
namespace {

TEST(WordKey, FoldsAndCuts) {
  struct Case {
    std::string_view word, key;
  };
  const Case cases[] = {
      {"Sécurité", "securi"}, {"financements", "financ"}, {"OTAN", "otan"}, {"Oekraïne", "oekrai"}};
  for (const Case& c : cases) EXPECT_EQ(WordKey(c.word), c.key) << c.word;
}

TEST(Glossary, LinksInstitutionalVocabulary) {
  const Lexicon& g = Glossary();
  EXPECT_TRUE(g.Links(WordKey("OTAN"), WordKey("NAVO")));
  EXPECT_TRUE(g.Links(WordKey("ONU"), WordKey("VN")));
  EXPECT_TRUE(g.Links(WordKey("février"), WordKey("februari")));
  EXPECT_FALSE(g.Links(WordKey("OTAN"), WordKey("VN")));
  bool phrase = false;
  for (const auto& p : g.phrases())
    phrase |= p.fr == "cooperation internationale" && p.nl == "internationale samenwerking";
  EXPECT_TRUE(phrase);
}

TEST(Freedict, ReadsTheDebianDictionaryWhenInstalled) {
  Result<Lexicon> freedict = LoadFreedict();
  if (!freedict) GTEST_SKIP() << freedict.error().message;
  EXPECT_GT(freedict->size(), 10000u);
  EXPECT_TRUE(
      freedict->Links(WordKey("abeille"), WordKey("bij")));  // the ĳ ligature folded to "ij"
  EXPECT_TRUE(freedict->IsCommonFrench(WordKey("abandon")));
}

TEST(Freedict, MissingDictionaryIsAnIoError) {
  Result<Lexicon> missing = LoadFreedict("/nonexistent");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kIo);
}

// Search's tables are built on first use; copies and later entries must see
// the same translations as a lexicon built in one go.
TEST(SearchTables, CopiesAndLaterEntriesTranslateAsIfBuiltAtOnce) {
  Lexicon original;
  original.Add(Entry{"frontière", "grens", Origin::kFreedict, "", 0.5});
  std::vector<Translation> found;
  ASSERT_EQ(original.Translate(SearchWords("frontière"), 0, true, &found), 1u);  // built here
  Lexicon copy = original;
  copy.Add(Entry{"peine de mort", "doodstraf", Origin::kFreedict, "", 0.5});
  original.Add(Entry{"ambassade", "ambassade", Origin::kGlossary, "", 1.0});  // after the build
  struct Case {
    const Lexicon* lexicon;
    std::string text;
    size_t length;
  };
  const Case cases[] = {
      {&copy, "frontière", 1},     {&copy, "peine de mort", 3}, {&original, "peine de mort", 0},
      {&original, "ambassade", 1}, {&copy, "ambassade", 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.lexicon->Translate(SearchWords(c.text), 0, true, &found), c.length) << c.text;
  }
  EXPECT_TRUE(copy.IsWord(false, "doodstraf"));
  EXPECT_FALSE(original.IsWord(false, "doodstraf"));
}

TEST(SearchTables, ThreadsTranslatingAtOnceGetTheSameAnswer) {
  Lexicon lexicon;
  for (int i = 0; i < 2000; ++i)
    lexicon.Add(Entry{"mot" + std::to_string(i), "woord" + std::to_string(i), Origin::kFreedict,
                      "", 0.5});
  std::vector<size_t> lengths(4, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < lengths.size(); ++t) {
    threads.emplace_back([&lexicon, &lengths, t] {
      std::vector<Translation> found;
      lengths[t] = lexicon.Translate({"mot1999"}, 0, true, &found);
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(lengths, std::vector<size_t>(4, 1));
}

TEST(Learn, FindsWordsThatTranslateEachOther) {
  std::vector<std::pair<std::string, std::string>> aligned;
  const char* fr_objects[] = {"ambassade", "délégation", "conférence", "frontière", "citoyens"};
  const char* nl_objects[] = {"ambassade", "delegatie", "conferentie", "grens", "burgers"};
  for (int i = 0; i < 5; ++i) {
    for (int j = 0; j < 5; ++j) {
      if (i == j) continue;
      aligned.emplace_back(
          std::string("La ") + fr_objects[i] + " soutient la " + fr_objects[j] + " demain",
          std::string("De ") + nl_objects[i] + " steunt de " + nl_objects[j] + " morgen");
    }
  }
  const Lexicon learned = Learn(aligned);
  EXPECT_TRUE(learned.Links(WordKey("frontière"), WordKey("grens")));
  EXPECT_TRUE(learned.Links(WordKey("soutient"), WordKey("steunt")));
  EXPECT_FALSE(learned.Links(WordKey("frontière"), WordKey("burgers")));
}

TEST(Tsv, RoundTrip) {
  Lexicon lexicon;
  lexicon.Add(Entry{"sécurité", "veiligheid", Origin::kLearned, "", 0.8});
  Result<Lexicon> back = FromTsv(ToTsv(lexicon), "test");
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->size(), 1u);
  EXPECT_EQ(back->entries()[0].nl, "veiligheid");
  EXPECT_NEAR(back->entries()[0].weight, 0.8, 1e-9);
  EXPECT_FALSE(FromTsv("only-one-field\n", "bad.tsv").has_value());
}

TEST(SearchWords, FoldApostrophesHyphensAndTheDutchLigature) {
  struct Case {
    std::string_view text;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"droits de l'homme", {"droits", "de", "l", "homme"}},
      {"Droits de l’Homme", {"droits", "de", "l", "homme"}},
      {"tweestaten-oplossing", {"tweestaten", "oplossing"}},
      {"Saoedi\u2010Arabië", {"saoedi", "arabie"}},
      {"Argent\u0133n", {"argentijn"}},
  };
  for (const Case& c : cases) EXPECT_EQ(SearchWords(c.text), c.words) << c.text;
}

TEST(Translate, LongestEntryFirstWithEitherApostrophe) {
  const Lexicon& g = Glossary();
  std::vector<Translation> out;
  const std::vector<std::string> words = SearchWords("abolition de la peine de mort");
  EXPECT_EQ(g.Translate(words, 3, /*from_french=*/true, &out), 3u);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].words, std::vector<std::string>{"doodstraf"});
  for (std::string_view typed : {"droits de l'homme", "droits de l’homme"}) {
    EXPECT_EQ(g.Translate(SearchWords(typed), 0, true, &out), 4u) << typed;
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out[0].words, std::vector<std::string>{"mensenrechten"});
  }
  // And back: a Dutch word to a French phrase.
  EXPECT_EQ(g.Translate({"doodstraf"}, 0, false, &out), 1u);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].words, (std::vector<std::string>{"peine", "de", "mort"}));
  EXPECT_EQ(g.Translate({"fietsenstalling"}, 0, false, &out), 0u);
}

TEST(Translate, DutchInflectionsFindTheDictionaryForm) {
  Lexicon lexicon;
  for (const auto& [fr, nl] :
       std::vector<std::pair<std::string, std::string>>{{"prix", "prijs"},
                                                        {"rue", "straat"},
                                                        {"évaluer", "evalueren"},
                                                        {"agrandir", "vergroten"}}) {
    lexicon.Add(Entry{fr, nl, Origin::kFreedict, "", 0.5});
  }
  struct Case {
    std::string word, french;
  };
  const Case cases[] = {{"prijzen", "prix"},
                        {"straten", "rue"},
                        {"geevalueerd", "evaluer"},
                        {"vergroot", "agrandir"}};
  for (const Case& c : cases) {
    std::vector<Translation> out;
    EXPECT_EQ(lexicon.Translate({c.word}, 0, /*from_french=*/false, &out), 1u) << c.word;
    ASSERT_FALSE(out.empty()) << c.word;
    EXPECT_EQ(out[0].words, std::vector<std::string>{c.french}) << c.word;
  }
}

TEST(Lookup, AnswersOnlyEntriesOfTheWordItself) {
  const Lexicon& g = Glossary();
  const auto found = g.Lookup("tweestatenoplossing");
  ASSERT_FALSE(found.empty());
  for (const Entry* e : found) EXPECT_EQ(e->nl, "tweestatenoplossing") << e->fr;
  EXPECT_TRUE(g.Lookup("tweestatenvergadering").empty());  // shares the first letters only
  EXPECT_FALSE(g.Lookup("Droits de l'Homme").empty());
}

TEST(SplitCompound, KnownPartsWithALinkingS) {
  const std::set<std::string> known = {"mensen",     "rechten",    "mensenrechten",
                                       "situatie",   "veiligheid", "beleid",
                                       "tweestaten", "oplossing",  "raad"};
  auto is_word = [&](std::string_view w) { return known.count(std::string(w)) > 0; };
  struct Case {
    std::string_view word;
    std::vector<std::string> parts;
  };
  const Case cases[] = {
      {"mensenrechtensituatie", {"mensenrechten", "situatie"}},
      {"veiligheidsbeleid", {"veiligheid", "beleid"}},
      {"tweestatenoplossing", {"tweestaten", "oplossing"}},
      {"mensenrechtenraad", {"mensenrechten", "raad"}},
      {"situatie", {}},          // a word of its own
      {"rechtenonderwijs", {}},  // "onderwijs" unknown: no guess
  };
  for (const Case& c : cases) EXPECT_EQ(SplitCompound(c.word, is_word), c.parts) << c.word;
}

TEST(Aliases, OneEntityForEveryFormInBothLanguages) {
  const AliasEntity* congo = FindAlias("RDC");
  ASSERT_NE(congo, nullptr);
  for (std::string_view form : {"Congo", "DRC", "République démocratique du Congo",
                                "Democratische Republiek Congo", "congo-kinshasa"}) {
    EXPECT_EQ(FindAlias(form), congo) << form;
  }
  EXPECT_TRUE(SameEntity("Pays-Bas", "Nederland"));
  EXPECT_FALSE(SameEntity("RDC", "Rwanda"));
  EXPECT_EQ(FindAlias("Atlantide"), nullptr);
  const AliasEntity* entity = nullptr;
  EXPECT_EQ(MatchAlias(SearchWords("aide à la République démocratique du Congo"), 3, &entity), 4u);
  EXPECT_EQ(entity, congo);
}

TEST(Inflections, DutchParticiplesOfAnInfinitive) {
  struct Case {
    std::string infinitive, participle;  // one of the candidates
  };
  const Case cases[] = {
      {"toekennen", "toegekend"},  // separable prefix, doubled consonant
      {"opleggen", "opgelegd"},    // separable prefix
      {"werken", "gewerkt"},       // 't kofschip: "t"
      {"bouwen", "gebouwd"},       // else "d"
      {"verwonden", "verwond"},    // unstressed prefix: no "ge", stem in "d"
      {"bepalen", "bepaald"},      // open syllable: the vowel doubles
      {"leven", "geleefd"},        // v -> f, "d" after the voiced v
      {"zetten", "gezet"},         // stem in "t": nothing added
      {"verkopen", "verkocht"},    // strong verbs, from the table of their forms
      {"uitspreken", "uitgesproken"},
      {"kiezen", "gekozen"},
      {"vergeten", "vergeten"},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> got = DutchParticiples(c.infinitive);
    EXPECT_NE(std::find(got.begin(), got.end(), c.participle), got.end()) << c.infinitive;
  }
  EXPECT_TRUE(DutchParticiples("kat").empty());
  EXPECT_TRUE(DutchParticiples("minister").empty());
}

TEST(Inflections, DutchVerbFormsOfAnInfinitive) {
  struct Case {
    std::string infinitive, form;  // one of the candidates
  };
  const Case cases[] = {
      {"kennen", "kent"},   {"kopen", "koopt"},   {"werken", "werkte"},
      {"bouwen", "bouwden"}, {"willen", "wil"},   {"kiezen", "koos"},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> got = DutchVerbForms(c.infinitive);
    EXPECT_NE(std::find(got.begin(), got.end(), c.form), got.end()) << c.infinitive;
  }
  EXPECT_TRUE(DutchVerbForms("tafel").empty());
}

TEST(Inflections, DutchFormsOfANounOrAdjective) {
  struct Case {
    std::string word, form;  // one of the candidates
  };
  const Case cases[] = {
      {"groot", "grote"},   {"groot", "groter"}, {"groot", "grootste"},
      {"zwaar", "zware"},   {"wit", "witte"},    {"lief", "lieve"},
      {"boos", "boze"},     {"arm", "arme"},     {"dossier", "dossiers"},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> got = DutchForms(c.word);
    EXPECT_NE(std::find(got.begin(), got.end(), c.form), got.end()) << c.word << " " << c.form;
  }
  EXPECT_TRUE(DutchForms("ja").empty());
}

TEST(Inflections, DutchInfinitivesOfAParticiple) {
  struct Case {
    std::string participle, infinitive;  // one of the candidates
  };
  const Case cases[] = {
      {"toegekende", "toekennen"}, {"opgericht", "oprichten"}, {"opgelegde", "opleggen"},
      {"gewerkt", "werken"},       {"bepaald", "bepalen"},     {"verwond", "verwonden"},
      {"aangekondigde", "aankondigen"},
      {"gekregen", "krijgen"},  // strong verbs, from the table of their forms
      {"verkochte", "verkopen"},   {"uitgesproken", "uitspreken"},
      {"overgegaan", "overgaan"},  {"verscheen", "verschijnen"},
      {"koos", "kiezen"},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> got = DutchInfinitives(c.participle);
    EXPECT_NE(std::find(got.begin(), got.end(), c.infinitive), got.end()) << c.participle;
  }
  EXPECT_TRUE(DutchInfinitives("tafel").empty());
}

TEST(Inflections, FrenchInfinitivesOfAParticiple) {
  struct Case {
    std::string participle, infinitive;  // one of the candidates
  };
  const Case cases[] = {
      {"contraints", "contraindre"}, {"pris", "prendre"},     {"mise", "mettre"},
      {"acquises", "acquerir"},      {"ouverte", "ouvrir"},   {"produits", "produire"},
      {"vendues", "vendre"},         {"obtenu", "obtenir"},   {"recu", "recevoir"},
      {"enregistree", "enregistrer"}, {"considerees", "considerer"},  // "é" folded
  };
  for (const Case& c : cases) {
    const std::vector<std::string> got = FrenchInfinitives(c.participle);
    EXPECT_NE(std::find(got.begin(), got.end(), c.infinitive), got.end()) << c.participle;
  }
}

TEST(Inflections, FrenchParticiplesOfAnInfinitive) {
  const std::vector<std::string> vendre = {"vendu", "vendus", "vendue", "vendues"};
  EXPECT_EQ(FrenchParticiples("vendre"), vendre);
  EXPECT_EQ(FrenchParticiples("obtenir").front(), "obtenu");
  EXPECT_EQ(FrenchParticiples("finir").front(), "fini");
  EXPECT_TRUE(FrenchParticiples("attribuer").empty());  // the stemmer joins -er forms
}

}  // namespace
}  // namespace tandem::lexicon
