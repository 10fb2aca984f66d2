#include <fmt/format.h>
#include <gtest/gtest.h>

#include <xapian.h>

#include <algorithm>
#include <thread>

#include "pipeline/index/index_writer.h"
#include "pipeline/index/query_builder.h"
#include "pipeline/index/schema.h"
#include "pipeline/index/searcher.h"
#include "tests/support/test_files.h"

namespace tandem::index {
namespace {

using tandem::testing::TempDir;

Unit Bead(size_t position, std::string fr, std::string nl) {
  Unit unit;
  unit.position = position;
  if (!fr.empty()) unit.texts.push_back({Language::kFrench, std::move(fr)});
  if (!nl.empty()) unit.texts.push_back({Language::kDutch, std::move(nl)});
  return unit;
}

const std::vector<Unit> kUnits = {
    Bead(0, "La Belgique soutient l’intégrité territoriale de l’Ukraine.",
         "België steunt de territoriale integriteit van Oekraïne."),
    Bead(1, "Les avoirs russes immobilisés financeront la reconstruction.",
         "De bevroren Russische tegoeden zullen de wederopbouw financieren."),
    Bead(2, "La sécurité énergétique est une responsabilité partagée.",
         "Energiezekerheid is een gedeelde verantwoordelijkheid."),
    Bead(3, "", "Alleen in het Nederlands: de Benelux-top van juni."),
};

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = IndexWriter::Open(dir_.Join("index"));
    ASSERT_TRUE(writer.has_value()) << writer.error().message;
    auto replaced = writer->ReplaceSource(source_, kUnits);
    ASSERT_TRUE(replaced.has_value()) << replaced.error().message;
    EXPECT_EQ(*replaced, 0u);
  }

  Result<SearchResults> Search(std::string query, Language language = Language::kUnknown,
                               bool cross_lingual = true) {
    auto searcher = Searcher::Open({dir_.Join("index")});
    EXPECT_TRUE(searcher.has_value());
    SearchRequest request;
    request.query = std::move(query);
    request.language = language;
    request.cross_lingual = cross_lingual;
    return searcher->Search(request);
  }

  TempDir dir_;
  Source source_{"/abs/ukraine.fr.txt|/abs/ukraine.nl.txt",
                 "ukraine.fr.txt + ukraine.nl.txt",
                 "txt",
                 "Ukraine",
                 "position",
                 "2025-04-14"};
};

TEST_F(IndexTest, RoundTripKeepsBothLanguagesAndTheSource) {
  auto results = Search("avoirs immobilisés");
  ASSERT_TRUE(results.has_value()) << results.error().message;
  ASSERT_EQ(results->hits.size(), 1u);
  const Hit& hit = results->hits[0];
  EXPECT_EQ(hit.source, "ukraine.fr.txt + ukraine.nl.txt");
  EXPECT_EQ(hit.position, 1u);
  ASSERT_EQ(hit.texts.size(), 2u);
  EXPECT_EQ(hit.texts[0].language, Language::kFrench);  // the matched side first
  EXPECT_EQ(hit.texts[1].text, "De bevroren Russische tegoeden zullen de wederopbouw financieren.");
}

TEST_F(IndexTest, FrenchQueryFindsFrenchWithStemmingAndWithoutAccents) {
  struct Case {
    std::string query;
    size_t position;
  };
  const Case cases[] = {
      {"financer", 1},              // same stem as "financeront"
      {"securite energetique", 2},  // accents folded
      {"AVOIRS", 1},                // case folded
      {"\"intégrité territoriale\"", 0},
  };
  for (const Case& c : cases) {
    auto results = Search(c.query);
    ASSERT_TRUE(results.has_value()) << c.query;
    ASSERT_FALSE(results->hits.empty()) << c.query;
    EXPECT_EQ(results->hits[0].position, c.position) << c.query;
  }
}

TEST_F(IndexTest, DutchQueryReadsDutch) {
  auto results = Search("bevroren tegoeden");
  ASSERT_TRUE(results.has_value());
  ASSERT_EQ(results->query_languages, std::vector<Language>{Language::kDutch});
  ASSERT_FALSE(results->hits.empty());
  EXPECT_EQ(results->hits[0].texts[0].language, Language::kDutch);
  // Matches marked on the Dutch side.
  const HitText& nl = results->hits[0].texts[0];
  ASSERT_EQ(nl.matches.size(), 2u);
  EXPECT_EQ(nl.text.substr(nl.matches[0].begin, nl.matches[0].end - nl.matches[0].begin),
            "bevroren");
}

TEST_F(IndexTest, LanguageFilterAndBooleanQueries) {
  auto only_dutch = Search("Benelux", Language::kDutch);
  ASSERT_TRUE(only_dutch.has_value());
  ASSERT_EQ(only_dutch->hits.size(), 1u);
  EXPECT_EQ(only_dutch->hits[0].position, 3u);
  auto none_in_french = Search("Benelux", Language::kFrench, /*cross_lingual=*/false);
  ASSERT_TRUE(none_in_french.has_value());
  EXPECT_TRUE(none_in_french->hits.empty());
  // Read as French, the name is looked for on the Dutch side too.
  auto across = Search("Benelux", Language::kFrench);
  ASSERT_TRUE(across.has_value());
  ASSERT_EQ(across->hits.size(), 1u);
  EXPECT_EQ(across->translated_to, std::vector<Language>{Language::kDutch});
  auto boolean = Search("Belgique AND NOT Ukraine");
  ASSERT_TRUE(boolean.has_value());
  EXPECT_TRUE(boolean->hits.empty());
}

TEST_F(IndexTest, MalformedQueriesStillSearch) {
  const std::vector<std::string> queries = {"\"unbalanced quote", "((parenthèses", "AND", "NOT",
                                            std::string(10000, 'a') + " b"};
  for (const std::string& query : queries) {
    auto results = Search(query);
    EXPECT_TRUE(results.has_value()) << query.substr(0, 40);
  }
  auto empty = Search("   ");
  ASSERT_FALSE(empty.has_value());
  EXPECT_EQ(empty.error().code, ErrorCode::kUsage);
}

TEST_F(IndexTest, ReplacingASourceDoesNotDuplicate) {
  auto writer = IndexWriter::Open(dir_.Join("index"));
  ASSERT_TRUE(writer.has_value());
  auto replaced = writer->ReplaceSource(source_, {kUnits[0], kUnits[1]});
  ASSERT_TRUE(replaced.has_value());
  EXPECT_EQ(*replaced, 4u);
  auto searcher = Searcher::Open({dir_.Join("index")});
  ASSERT_TRUE(searcher.has_value());
  auto stats = searcher->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->sources, 1u);
  EXPECT_EQ(stats->units, 2u);
  EXPECT_EQ(stats->units_per_language.at(Language::kFrench), 2u);
  auto removed = writer->RemoveSource(source_.key);
  ASSERT_TRUE(removed.has_value());
  EXPECT_EQ(*removed, 2u);
}

TEST_F(IndexTest, StatsCountSourcesUnitsAndLanguages) {
  auto searcher = Searcher::Open({dir_.Join("index")});
  ASSERT_TRUE(searcher.has_value());
  auto stats = searcher->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->sources, 1u);
  EXPECT_EQ(stats->units, 4u);
  EXPECT_EQ(stats->units_per_language.at(Language::kFrench), 3u);
  EXPECT_EQ(stats->units_per_language.at(Language::kDutch), 4u);
  EXPECT_GT(stats->bytes, 0u);
}

// Cross-lingual search on indexes that hold one language each: the query is
// read in the language it is written in and translated into the index's.
class OneLanguageIndexTest : public ::testing::Test {
 protected:
  static Unit Only(size_t position, Language language, std::string text) {
    Unit unit;
    unit.position = position;
    unit.texts.push_back({language, std::move(text)});
    return unit;
  }

  void SetUp() override {
    const std::vector<Unit> french = {
        Only(0, Language::kFrench,
             "La Belgique plaide pour l’abolition universelle de la peine de mort."),
        Only(1, Language::kFrench,
             "La situation reste préoccupante en RDC, surtout dans l’est du pays."),
        Only(2, Language::kFrench,
             "Notre pays finance la reconstruction de l’Ukraine et de ses écoles."),
        Only(3, Language::kFrench,
             "Le Benelux soutient la reconstruction de l’Ukraine après la guerre."),
        Only(4, Language::kFrench,
             "Les sanctions contre la Russie visent les avoirs de la banque centrale."),
    };
    const std::vector<Unit> dutch = {
        Only(0, Language::kDutch, "België pleit voor de universele afschaffing van de doodstraf."),
        Only(1, Language::kDutch,
             "De mensenrechtensituatie in het oosten van het land blijft zorgwekkend."),
        Only(2, Language::kDutch, "België steunt een tweestaten-oplossing voor het conflict."),
        Only(3, Language::kDutch, "Een tweestatenoplossing blijft het doel van de Europese Unie."),
        Only(4, Language::kDutch, "De situatie van de gevangenissen verbetert traag."),
        Only(5, Language::kDutch,
             "De Democratische Republiek Congo vraagt steun van de Verenigde Naties."),
    };
    for (const auto& [name, units] : {std::pair{"fr", french}, std::pair{"nl", dutch}}) {
      auto writer = IndexWriter::Open(dir_.Join(name));
      ASSERT_TRUE(writer.has_value()) << writer.error().message;
      Source source{std::string("/abs/notes.") + name + ".txt",
                    std::string("notes.") + name + ".txt",
                    "txt",
                    "Notes",
                    "note",
                    "2025"};
      ASSERT_TRUE(writer->ReplaceSource(source, units).has_value());
    }
  }

  SearchResults Search(const std::string& index, const std::string& query) {
    auto searcher = Searcher::Open({dir_.Join(index)});
    EXPECT_TRUE(searcher.has_value());
    SearchRequest request;
    request.query = query;
    auto results = searcher->Search(request);
    EXPECT_TRUE(results.has_value()) << query;
    return results ? *results : SearchResults{};
  }

  static std::vector<size_t> Positions(const SearchResults& results) {
    std::vector<size_t> positions;
    for (const Hit& hit : results.hits) positions.push_back(hit.position);
    return positions;
  }

  TempDir dir_;
};

TEST_F(OneLanguageIndexTest, DutchQueryFindsItsFrenchUnit) {
  const SearchResults r = Search("fr", "wederopbouw Oekraïne");
  EXPECT_EQ(r.query_languages, std::vector<Language>{Language::kDutch});
  EXPECT_EQ(r.translated_to, std::vector<Language>{Language::kFrench});
  std::vector<size_t> found = Positions(r);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<size_t>{2, 3})) << r.xapian_query;
  ASSERT_FALSE(r.hits.empty());
  EXPECT_TRUE(r.hits[0].cross_lingual);
}

TEST_F(OneLanguageIndexTest, FrenchQueryFindsItsDutchUnit) {
  struct Case {
    std::string query;
    std::vector<size_t> positions;
  };
  const Case cases[] = {
      {"peine de mort", {0}},             // a phrase entry, not "mort" word by word
      {"abolition peine de mort", {0}},   // and with a word around it
      {"droits de l'homme", {1}},         // ASCII apostrophe: the glossary writes ’
      {"droits de l’homme", {1}},         // typographic apostrophe
      {"solution à deux États", {2, 3}},  // both spellings of the compound
  };
  for (const Case& c : cases) {
    const SearchResults r = Search("nl", c.query);
    std::vector<size_t> found = Positions(r);
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, c.positions) << c.query << "\n" << r.xapian_query;
    EXPECT_EQ(r.query_languages, std::vector<Language>{Language::kFrench}) << c.query;
  }
}

TEST_F(OneLanguageIndexTest, DutchCompoundsAndHyphensMatch) {
  struct Case {
    std::string query;
    std::vector<size_t> positions;
  };
  const Case cases[] = {
      {"mensenrechten", {1}},            // a part of "mensenrechtensituatie"
      {"situatie", {1, 4}},              // the other part, and the word itself
      {"tweestatenoplossing", {2, 3}},   // closed finds hyphenated
      {"tweestaten-oplossing", {2, 3}},  // hyphenated finds closed
      {"mensenrechtensituatie zorgwekkend", {1}},
  };
  for (const Case& c : cases) {
    const SearchResults r = Search("nl", c.query);
    std::vector<size_t> found = Positions(r);
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, c.positions) << c.query << "\n" << r.xapian_query;
  }
}

TEST_F(OneLanguageIndexTest, AliasesFindOtherFormsOfAName) {
  EXPECT_EQ(Positions(Search("fr", "Congo")), std::vector<size_t>{1});  // "RDC"
  std::vector<size_t> in_dutch = Positions(Search("nl", "RDC"));  // "Democratische Republiek Congo"
  EXPECT_EQ(in_dutch, std::vector<size_t>{5});
  EXPECT_EQ(Positions(Search("nl", "République démocratique du Congo")), std::vector<size_t>{5});
}

// A rendering of several words is matched by its content words in one unit,
// except when it holds a negation ("sans emploi": "emploi" alone is the
// opposite) or the user quoted the words: then it stays a phrase. A Dutch
// compound's parts stay a phrase in their own language.
TEST_F(OneLanguageIndexTest, RenderingsKeepTheirNegationQuotesAndOrder) {
  lexicon::Lexicon lexicon;
  lexicon.Add({"sans emploi", "werkloos", lexicon::Origin::kGlossary, "", 1.0});
  lexicon.Add({"reconstruction de l’Ukraine", "wederopbouw van Oekraïne",
               lexicon::Origin::kGlossary, "", 1.0});
  struct Case {
    std::string index, query;
    Language from, to;
    std::string expected, unexpected;  // in the query's description
  };
  const Case cases[] = {
      {"fr", "werkloos", Language::kDutch, Language::kFrench, "XFRsans PHRASE 2 XFRemploi", ""},
      {"fr", "wederopbouw van Oekraïne", Language::kDutch, Language::kFrench,
       "XFRreconstruction AND XFRukraine", "XFRreconstruction PHRASE"},
      {"fr", "\"wederopbouw van Oekraïne\"", Language::kDutch, Language::kFrench,
       "XFRreconstruction PHRASE", "XFRreconstruction AND"},
      // A compound the index does not hold closed: its parts in order, not anywhere.
      {"nl", "doodstrafsituatie", Language::kDutch, Language::kFrench,
       "XNLdoodstraf PHRASE 2 XNLsituatie", "XNLdoodstraf AND XNLsituatie"},
      // One it holds closed (hyphenated spellings are indexed closed too): the word alone.
      {"nl", "mensenrechtensituatie", Language::kDutch, Language::kFrench, "ZXNLmensenrechtensitu",
       "XNLmensenrechten PHRASE"},
  };
  for (const Case& c : cases) {
    Xapian::Database db(dir_.Join(c.index));
    QueryBuilder builder(db, &lexicon);
    const std::string description =
        builder.Groups(c.query, c.from, {c.to}, Xapian::Query::OP_AND).get_description();
    EXPECT_NE(description.find(c.expected), std::string::npos) << c.query << "\n" << description;
    if (!c.unexpected.empty()) {
      EXPECT_EQ(description.find(c.unexpected), std::string::npos)
          << c.query << "\n" << description;
    }
  }
}

TEST_F(OneLanguageIndexTest, TranslationDoesNotLoosenAnAnd) {
  // "Benelux" has no translation but is spelt the same: only the unit with all three words.
  SearchResults r = Search("fr", "wederopbouw Oekraïne Benelux");
  EXPECT_EQ(Positions(r), std::vector<size_t>{3}) << r.xapian_query;
  EXPECT_TRUE(r.note.empty()) << r.note;
  // "fietsenstalling" has neither: it stays required, so no unit has every word,
  // and the search says so instead of passing off the translated words' units as matches.
  r = Search("fr", "wederopbouw Oekraïne fietsenstalling");
  EXPECT_NE(r.note.find("no unit has all the words"), std::string::npos) << r.xapian_query;
  r = Search("nl", "peine de mort gevangenissen");
  EXPECT_NE(r.note.find("no unit has all the words"), std::string::npos) << r.xapian_query;
}

// Translation across inflections the stemmers do not join: a dictionary's
// infinitive finds its participles, a participle finds its infinitive's
// entries, and a word finds the other language's word spelled like it.
TEST(CrossLingualInflections, InflectedQueryWordsFindTheOtherLanguagesForms) {
  TempDir dir;
  auto only = [](size_t position, Language language, std::string text) {
    Unit unit;
    unit.position = position;
    unit.texts.push_back({language, std::move(text)});
    return unit;
  };
  const std::vector<Unit> dutch = {
      only(0, Language::kDutch, "De minister heeft de middelen aan de gemeenten toegekend."),
      only(1, Language::kDutch, "De materniteit van het ziekenhuis blijft open."),
      only(2, Language::kDutch, "Het weer was gisteren slecht."),
      only(3, Language::kDutch, "De zware lasten wegen op de begroting."),
  };
  const std::vector<Unit> french = {
      only(0, Language::kFrench, "Les terrains de l'armée ont été vendus l'an dernier."),
      only(1, Language::kFrench, "La ville attend une réponse du gouvernement."),
      only(2, Language::kFrench, "Les crédits attribués aux communes ont augmenté."),
  };
  for (const auto& [name, units] : {std::pair{"fr", french}, std::pair{"nl", dutch}}) {
    auto writer = IndexWriter::Open(dir.Join(name));
    ASSERT_TRUE(writer.has_value()) << writer.error().message;
    Source source{std::string("/abs/own.") + name + ".txt", std::string("own.") + name + ".txt",
                  "txt", "Own", "note", "2025"};
    ASSERT_TRUE(writer->ReplaceSource(source, units).has_value());
  }
  struct Case {
    std::string index, query;
    std::vector<size_t> positions;
  };
  const Case cases[] = {
      {"nl", "attribués", {0}},   // attribuer -> toekennen -> the participle "toegekend"
      {"nl", "maternité", {1}},   // no dictionary entry: the Dutch word spelled like it
      {"nl", "lourdes", {3}},     // lourd -> zwaar -> "zware" (the stemmer keeps them apart)
      {"fr", "verkopen", {0}},    // verkopen -> vendre -> the participle "vendus"
      {"fr", "toegekende", {2}},  // a participle after "toe": toekennen -> attribuer
  };
  for (const Case& c : cases) {
    auto searcher = Searcher::Open({dir.Join(c.index)});
    ASSERT_TRUE(searcher.has_value());
    SearchRequest request;
    request.query = c.query;
    auto results = searcher->Search(request);
    ASSERT_TRUE(results.has_value()) << c.query;
    std::vector<size_t> found;
    for (const Hit& hit : results->hits) found.push_back(hit.position);
    EXPECT_EQ(found, c.positions) << c.query << "\n" << results->xapian_query;
  }
}

TEST_F(IndexTest, AnIndexOfAnOlderSchemaSearchesAndSaysToReingest) {
  {
    auto writer = IndexWriter::Open(dir_.Join("index"));
    ASSERT_TRUE(writer.has_value());
    ASSERT_TRUE(writer->SetMetadata(std::string(kSchemaKey), "2").has_value());
  }
  auto results = Search("avoirs immobilisés");
  ASSERT_TRUE(results.has_value());
  EXPECT_EQ(results->hits.size(), 1u);
  EXPECT_NE(results->note.find("ingest it again"), std::string::npos) << results->note;
}

TEST_F(IndexTest, AnIndexOfSchema3SaysDuplicatesAreGroupedAfterReingest) {
  {
    auto writer = IndexWriter::Open(dir_.Join("index"));
    ASSERT_TRUE(writer.has_value());
    ASSERT_TRUE(writer->SetMetadata(std::string(kSchemaKey), "3").has_value());
  }
  auto results = Search("avoirs immobilisés");
  ASSERT_TRUE(results.has_value());
  EXPECT_EQ(results->hits.size(), 1u);
  EXPECT_NE(results->note.find("duplicate texts"), std::string::npos) << results->note;
  EXPECT_EQ(results->note.find("compounds"), std::string::npos) << results->note;
}

TEST(Index, TextHashIgnoresCaseAccentsSpacingAndPunctuationOnly) {
  auto hash = [](std::string fr, std::string nl) {
    std::vector<UnitText> texts;
    if (!fr.empty()) texts.push_back({Language::kFrench, std::move(fr)});
    if (!nl.empty()) texts.push_back({Language::kDutch, std::move(nl)});
    return TextHash(texts);
  };
  const std::string base = hash("L'Union européenne agit.", "De Europese Unie treedt op.");
  struct Case {
    std::string fr, nl;
    bool same;
  };
  const Case cases[] = {
      {"L'Union européenne agit.", "De Europese Unie treedt op.", true},
      {"l\u2019union europeenne agit", "de europese unie treedt op", true},
      {"L’Union  européenne\nagit !", "De Europese Unie treedt op…", true},
      {"L'Union euro\u00ADpéenne agit.", "De Europese\u00A0Unie treedt op.", true},
      {"« L'Union européenne agit. »", "„De Europese Unie treedt op.”", true},
      {"L'Union européenne agira.", "De Europese Unie treedt op.", false},
      {"L'Union européenne agit.", "De Europese Unie trad op.", false},
      {"L'Union européenne agit.", "", false},
      {"De Europese Unie treedt op.", "L'Union européenne agit.", false},  // sides swapped
  };
  for (const Case& c : cases) {
    EXPECT_EQ(hash(c.fr, c.nl) == base, c.same) << c.fr << " | " << c.nl;
  }
  EXPECT_EQ(base.size(), 16u);
  EXPECT_EQ(hash("", ""), "");
  EXPECT_EQ(hash(" ... ", ""), "");
  // The order the sides come in does not matter.
  EXPECT_EQ(TextHash({{Language::kDutch, "De Europese Unie treedt op."},
                      {Language::kFrench, "L'Union européenne agit."}}),
            base);
}

TEST(Index, TheSameTextFromThreeSourcesIsOneHitNamingTheOtherTwo) {
  TempDir dir;
  const std::string path = dir.Join("index");
  {
    auto writer = IndexWriter::Open(path);
    ASSERT_TRUE(writer.has_value());
    // One text from a .txt pair, a PDF and a web page, written a little differently.
    const std::vector<std::pair<Source, std::string>> sources = {
        {{"/a/note.txt", "note.txt", "txt", "", "", ""}, "La coopération au Sahel reste prioritaire."},
        {{"/b/note.pdf", "note.pdf", "pdf", "", "", ""}, "La coopération au Sahel\nreste prioritaire."},
        {{"/c/note.html", "note.html", "html", "", "", ""}, "La Coopération au Sahel reste prioritaire"},
    };
    for (const auto& [source, fr] : sources) {
      std::vector<Unit> units = {Bead(0, "Introduction générale.", "Algemene inleiding."),
                                 Bead(1, fr, "De samenwerking in de Sahel blijft een prioriteit.")};
      ASSERT_TRUE(writer->ReplaceSource(source, units).has_value());
    }
    // A different text with the same words in another order stays its own hit.
    ASSERT_TRUE(writer
                    ->ReplaceSource({"/d/autre.txt", "autre.txt", "txt", "", "", ""},
                                    {Bead(0, "Au Sahel, la coopération reste prioritaire.",
                                          "In de Sahel blijft samenwerking een prioriteit.")})
                    .has_value());
  }
  auto searcher = Searcher::Open({path});
  ASSERT_TRUE(searcher.has_value());
  SearchRequest request;
  request.query = "coopération Sahel";
  request.facets = true;
  auto results = searcher->Search(request);
  ASSERT_TRUE(results.has_value()) << results.error().message;
  ASSERT_EQ(results->hits.size(), 2u);
  EXPECT_EQ(results->estimated_matches, 2u);  // texts, not units (what the pager counts)
  const Hit* grouped = nullptr;
  for (const Hit& hit : results->hits) {
    if (hit.source != "autre.txt") grouped = &hit;
    else EXPECT_EQ(hit.duplicates, 0u);
  }
  ASSERT_NE(grouped, nullptr);
  EXPECT_EQ(grouped->duplicates, 2u);
  std::vector<std::string> all = {grouped->source};
  for (const Duplicate& d : grouped->also_in) {
    all.push_back(d.source);
    EXPECT_EQ(d.position, 1u);
    EXPECT_EQ(d.source_id.size(), 16u);
  }
  std::sort(all.begin(), all.end());
  EXPECT_EQ(all, (std::vector<std::string>{"note.html", "note.pdf", "note.txt"}));
  // The facets still count every unit.
  EXPECT_EQ(results->facets["source"].size(), 4u);
}

TEST(Index, PagesGroupTheSameTextAsOneHitAcrossPages) {
  TempDir dir;
  const std::string path = dir.Join("index");
  // Eight texts of different lengths, so of different weights; the first five
  // also come from a second source.
  const std::vector<std::string> texts = {
      "Le Sahel.",
      "Le Sahel et la coopération.",
      "Le Sahel, la coopération et le climat.",
      "Le Sahel, la coopération, le climat et la sécurité.",
      "Le Sahel, la coopération, le climat, la sécurité et les frontières.",
      "Le Sahel, la coopération, le climat, la sécurité, les frontières et l'eau.",
      "Le Sahel, la coopération, le climat, la sécurité, les frontières, l'eau et la santé.",
      "Le Sahel, la coopération, le climat, la sécurité, les frontières, l'eau, la santé et l'école.",
  };
  {
    auto writer = IndexWriter::Open(path);
    ASSERT_TRUE(writer.has_value());
    for (const char* name : {"premier", "second"}) {
      std::vector<Unit> units;
      for (size_t i = 0; i < texts.size(); ++i) {
        if (std::string(name) == "second" && i >= 5) break;
        units.push_back(Bead(i, texts[i], ""));
      }
      const std::string file = std::string(name) + ".txt";
      ASSERT_TRUE(writer->ReplaceSource({"/x/" + file, file, "txt", "", "", ""}, units).has_value());
    }
    // Longer texts after them, more than a page's window holds.
    std::vector<Unit> longer;
    std::string text = "Le Sahel";
    for (size_t i = 0; i < 40; ++i) {
      text += " et le désert";
      longer.push_back(Bead(100 + i, text + ".", ""));
    }
    ASSERT_TRUE(writer->ReplaceSource({"/x/long.txt", "long.txt", "txt", "", "", ""}, longer).has_value());
  }
  auto searcher = Searcher::Open({path});
  ASSERT_TRUE(searcher.has_value());
  auto search = [&](size_t offset, size_t limit) {
    SearchRequest request;
    request.query = "Sahel";
    request.offset = offset;
    request.limit = limit;
    auto results = searcher->Search(request);
    EXPECT_TRUE(results.has_value());
    std::vector<std::pair<size_t, size_t>> hits;  // (position, duplicates)
    for (const Hit& hit : results->hits) hits.emplace_back(hit.position, hit.duplicates);
    return hits;
  };
  const auto all = search(0, 9);
  ASSERT_EQ(all.size(), 9u);
  std::vector<std::pair<size_t, size_t>> paged;
  for (size_t offset = 0; offset < 9; offset += 3) {
    for (const auto& hit : search(offset, 3)) paged.push_back(hit);
  }
  EXPECT_EQ(paged, all);
  // The eight short texts first, each once, the first five counting their other source.
  std::vector<size_t> positions;
  for (size_t i = 0; i < 8; ++i) {
    positions.push_back(all[i].first);
    EXPECT_EQ(all[i].second, all[i].first < 5 ? 1u : 0u) << all[i].first;
  }
  std::sort(positions.begin(), positions.end());
  EXPECT_EQ(positions, (std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(all[8], (std::pair<size_t, size_t>{100, 0}));
}

TEST(Index, ATextInMoreSourcesThanThePageWindowCountsThemAll) {
  TempDir dir;
  const std::string path = dir.Join("index");
  {
    auto writer = IndexWriter::Open(path);
    ASSERT_TRUE(writer.has_value());
    for (int i = 0; i < 30; ++i) {
      const std::string file = "copie-" + std::to_string(i) + ".txt";
      ASSERT_TRUE(writer
                      ->ReplaceSource({"/x/" + file, file, "txt", "", "", ""},
                                      {Bead(0, "Le cyberespace reste ouvert.", "")})
                      .has_value());
    }
  }
  auto searcher = Searcher::Open({path});
  ASSERT_TRUE(searcher.has_value());
  SearchRequest request;
  request.query = "cyberespace";
  request.limit = 1;
  auto results = searcher->Search(request);
  ASSERT_TRUE(results.has_value());
  ASSERT_EQ(results->hits.size(), 1u);
  EXPECT_EQ(results->hits[0].duplicates, 29u);
}

TEST_F(IndexTest, ASearchCutByItsTimeBudgetIsMarkedPartial) {
  auto searcher = Searcher::Open({dir_.Join("index")});
  ASSERT_TRUE(searcher.has_value());
  SearchRequest request;
  request.query = "Belgique";
  auto in_time = searcher->Search(request);
  ASSERT_TRUE(in_time.has_value());
  EXPECT_FALSE(in_time->partial);
  EXPECT_EQ(in_time->hits.size(), 1u);
  request.time_budget = 1e-9;  // over before the match starts
  auto cut = searcher->Search(request);
  ASSERT_TRUE(cut.has_value());
  EXPECT_TRUE(cut->partial);
  EXPECT_NE(cut->note.find("time budget"), std::string::npos) << cut->note;
  EXPECT_EQ(cut->suggestion, "");  // nothing found in time says nothing about the words
}

// A match split into two halves of the units on two threads gives what one
// match gives: the same hits in the same order, with the same weights,
// percentages, duplicate counts and estimates, on every page.
TEST(Index, ASplitMatchGivesWhatOneMatchGives) {
  TempDir dir;
  const std::string path = dir.Join("index");
  const std::vector<std::pair<std::string, std::string>> sentences = {
      {"La Belgique soutient l’Ukraine", "België steunt Oekraïne"},
      {"la coopération au développement", "de ontwikkelingssamenwerking"},
      {"les droits de l’homme au Sahel", "de mensenrechten in de Sahel"},
      {"la sécurité énergétique de l’Europe", "de energiezekerheid van Europa"},
      {"le financement climatique", "de klimaatfinanciering"},
      {"et la reconstruction après la guerre", "en de wederopbouw na de oorlog"},
  };
  {
    auto writer = IndexWriter::Open(path);
    ASSERT_TRUE(writer.has_value());
    // Units of one to four sentences, so of many weights; "copie" repeats
    // units of "premier" at the other end of the index (the other half).
    std::vector<Unit> first;
    for (size_t i = 0; i < 120; ++i) {
      std::string fr, nl;
      for (size_t k = 0; k <= i % 4; ++k) {
        const auto& [f, n] = sentences[(i * 7 + k * 3) % sentences.size()];
        fr += (fr.empty() ? "" : ", ") + f;
        nl += (nl.empty() ? "" : ", ") + n;
      }
      first.push_back(Bead(i, fr + ".", i % 5 == 0 ? "" : nl + "."));
    }
    ASSERT_TRUE(writer->ReplaceSource({"/x/premier.txt", "premier.txt", "txt", "", "", ""}, first)
                    .has_value());
    std::vector<Unit> filler;
    for (size_t i = 0; i < 60; ++i)
      filler.push_back(Bead(i, "Le Conseil se réunit le " + std::to_string(i + 1) + " mai.", ""));
    ASSERT_TRUE(writer->ReplaceSource({"/x/agenda.txt", "agenda.txt", "txt", "", "", ""}, filler)
                    .has_value());
    std::vector<Unit> copies(first.begin(), first.begin() + 40);
    ASSERT_TRUE(writer->ReplaceSource({"/x/copie.txt", "copie.txt", "txt", "", "", ""}, copies)
                    .has_value());
  }
  auto searcher = Searcher::Open({path});
  ASSERT_TRUE(searcher.has_value());
  auto shown = [](const SearchResults& r) {
    std::string out = fmt::format("estimated {} partial {} note '{}' query {}\n", r.estimated_matches,
                                  r.partial, r.note, r.xapian_query);
    for (const Hit& hit : r.hits) {
      out += fmt::format("{} {} {}:{} {:.9f} {}% dup {}", hit.rank, hit.source, hit.position,
                         hit.texts.empty() ? "" : LanguageCode(hit.texts[0].language), hit.weight,
                         hit.percent, hit.duplicates);
      for (const Duplicate& d : hit.also_in) out += fmt::format(" also {}:{}", d.source, d.position);
      out += "\n";
    }
    return out;
  };
  const std::vector<std::string> queries = {
      "Belgique",          "Belgique AND Ukraine",    "droits de l'homme", "energiezekerheid",
      "\"sécurité énergétique\"", "coopération OR climatique", "Sahel guerre", "wederopbouw",
      "Conseil mai",       "Belgique fietsenstalling"};
  for (const std::string& query : queries) {
    for (size_t offset : {0, 10, 30}) {
      SearchRequest request;
      request.query = query;
      request.offset = offset;
      request.split_from_postings = 0;  // one match
      auto one = searcher->Search(request);
      request.split_from_postings = 1;  // every match split
      auto split = searcher->Search(request);
      ASSERT_TRUE(one.has_value() && split.has_value()) << query;
      EXPECT_EQ(shown(*split), shown(*one)) << query << " offset " << offset;
      if (offset == 0) {
        EXPECT_FALSE(one->hits.empty()) << query;
      }
    }
  }
  // A split match cut by its time budget is marked partial, as one match is.
  SearchRequest request;
  request.query = "Belgique";
  request.split_from_postings = 1;
  request.time_budget = 1e-9;
  auto cut = searcher->Search(request);
  ASSERT_TRUE(cut.has_value());
  EXPECT_TRUE(cut->partial);
}

// The same with windows full in both halves (every unit a distinct text), over
// two indexes searched as one (each cut in two), and over an index whose first
// unit ids were freed by a source ingested again.
TEST(Index, ASplitMatchOfDistinctTextsGivesWhatOneMatchGives) {
  TempDir dir;
  const std::vector<std::pair<std::string, std::string>> sentences = {
      {"La Belgique soutient l’Ukraine", "België steunt Oekraïne"},
      {"la coopération au développement", "de ontwikkelingssamenwerking"},
      {"les droits de l’homme", "de mensenrechten"},
      {"la sécurité énergétique", "de energiezekerheid"},
  };
  auto units = [&](size_t count, size_t seed) {
    std::vector<Unit> out;
    for (size_t i = 0; i < count; ++i) {
      std::string fr, nl;
      for (size_t k = 0; k <= (i + seed) % 3; ++k) {
        const auto& [f, n] = sentences[(i * 5 + k + seed) % sentences.size()];
        fr += (fr.empty() ? "" : ", ") + f;
        nl += (nl.empty() ? "" : ", ") + n;
      }
      const std::string number = std::to_string(seed * 1000 + i);
      out.push_back(Bead(i, fr + " (note " + number + ").", nl + " (nota " + number + ")."));
    }
    return out;
  };
  {
    auto a = IndexWriter::Open(dir.Join("a"));
    ASSERT_TRUE(a.has_value());
    ASSERT_TRUE(a->ReplaceSource({"/x/un.txt", "un.txt", "txt", "", "", ""}, units(90, 1)).has_value());
    ASSERT_TRUE(a->ReplaceSource({"/x/deux.txt", "deux.txt", "txt", "", "", ""}, units(110, 2)).has_value());
    // Ingested again: its units get new ids, the first ninety ids are gaps.
    ASSERT_TRUE(a->ReplaceSource({"/x/un.txt", "un.txt", "txt", "", "", ""}, units(90, 3)).has_value());
    auto b = IndexWriter::Open(dir.Join("b"));
    ASSERT_TRUE(b.has_value());
    ASSERT_TRUE(b->ReplaceSource({"/x/trois.txt", "trois.txt", "txt", "", "", ""}, units(70, 4)).has_value());
  }
  auto shown = [](const SearchResults& r) {
    std::string out = fmt::format("partial {} note '{}'\n", r.partial, r.note);
    for (const Hit& hit : r.hits) {
      out += fmt::format("{} {} {} {:.9f} {}% dup {}\n", hit.rank, hit.source, hit.position, hit.weight,
                         hit.percent, hit.duplicates);
    }
    return out;
  };
  for (const std::vector<std::string>& paths :
       {std::vector<std::string>{dir.Join("a")}, std::vector<std::string>{dir.Join("a"), dir.Join("b")}}) {
    auto searcher = Searcher::Open(paths);
    ASSERT_TRUE(searcher.has_value());
    for (const std::string query : {"Belgique", "droits de l'homme", "Belgique AND Ukraine", "energiezekerheid",
                                    "coopération OR note"}) {
      for (size_t offset : {0, 10, 40}) {
        SearchRequest request;
        request.query = query;
        request.offset = offset;
        request.split_from_postings = 0;
        auto one = searcher->Search(request);
        request.split_from_postings = 1;
        auto split = searcher->Search(request);
        ASSERT_TRUE(one.has_value() && split.has_value()) << query;
        ASSERT_EQ(one->hits.size(), 10u) << query << " offset " << offset;
        EXPECT_EQ(shown(*split), shown(*one)) << query << " offset " << offset << " in " << paths.size();
        // Estimates: the halves' summed, each exact or Xapian's estimate of its half.
        EXPECT_GE(split->estimated_matches, offset + split->hits.size()) << query;
      }
    }
  }
}

// Every document of the index at `path`: its data, values, and terms with their positions.
std::vector<std::string> Documents(const std::string& path) {
  Xapian::Database db(path);
  std::vector<std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    std::string shown = doc.get_data();
    shown.push_back('\n');
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      shown.append(std::to_string(v.get_valueno())).append("=").append(*v).append("\n");
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      shown.append(*t).append(" ").append(std::to_string(t.get_wdf())).append(":");
      for (auto pos = t.positionlist_begin(); pos != t.positionlist_end(); ++pos)
        shown.append(" ").append(std::to_string(*pos));
      shown.push_back('\n');
    }
    out.push_back(std::move(shown));
  }
  return out;
}

TEST(Index, DocumentsMadeOnAnotherThreadAreTheSameAsTheWritersOwn) {
  TempDir dir;
  const Source source{"/abs/note.txt", "note.txt", "txt", "Note", "report", "2025-03-14"};
  std::vector<Unit> units = kUnits;
  units[2].section = "1. Énergie";
  units[2].section_text = "1. Énergie\n1. Energie\n";
  units[1].flags.push_back({"number", "1 ≠ 2", {"1"}, {"2"}});
  {
    auto writer = IndexWriter::Open(dir.Join("by-writer"));
    ASSERT_TRUE(writer.has_value());
    ASSERT_TRUE(writer->ReplaceSource(source, units).has_value());
  }
  {
    SourceDocuments made;
    std::thread([&] { made = IndexWriter::MakeDocuments(source, units); }).join();
    EXPECT_EQ(made.size(), units.size());
    auto writer = IndexWriter::Open(dir.Join("made"));
    ASSERT_TRUE(writer.has_value());
    auto replaced = writer->ReplaceSource(made, {{"tandem.test", "1"}});
    ASSERT_TRUE(replaced.has_value()) << replaced.error().message;
    EXPECT_EQ(*replaced, 0u);
    EXPECT_EQ(*writer->Metadata("tandem.test"), "1");
  }
  const std::vector<std::string> expected = Documents(dir.Join("by-writer"));
  ASSERT_EQ(expected.size(), units.size());
  EXPECT_EQ(Documents(dir.Join("made")), expected);
}

TEST(Index, MissingIndexIsAClearError) {
  TempDir dir;
  auto searcher = Searcher::Open({dir.Join("nothing-here")});
  ASSERT_FALSE(searcher.has_value());
  EXPECT_EQ(searcher.error().code, ErrorCode::kIndex);
  EXPECT_NE(searcher.error().message.find("no index here"), std::string::npos);
}

TEST(Index, SecondWriterIsToldTheIndexIsLocked) {
  TempDir dir;
  auto first = IndexWriter::Open(dir.Join("index"));
  ASSERT_TRUE(first.has_value());
  auto second = IndexWriter::Open(dir.Join("index"));
  ASSERT_FALSE(second.has_value());
  EXPECT_NE(second.error().message.find("locked"), std::string::npos) << second.error().message;
}

TEST(IndexableText, FoldsAndSplitsElisions) {
  EXPECT_EQ(IndexableText("l’OTAN et d'Égypte"), "l otan et d egypte");
}

}  // namespace
}  // namespace tandem::index
