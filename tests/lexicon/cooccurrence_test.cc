// The incremental learner: co-occurrence rows kept with the index.
#include <gtest/gtest.h>

#include <map>

#include "pipeline/lexicon/ibm1.h"
#include "pipeline/lexicon/word_key.h"

namespace tandem::lexicon {
namespace {

using Texts = std::vector<std::pair<std::string, std::string>>;

// Sentences "La X soutient la Y demain" / "De X' steunt de Y' morgen" over
// five objects: every verb and adverb occurs in every pair.
Texts SupportSentences() {
  const char* fr_objects[] = {"ambassade", "délégation", "conférence", "frontière", "citoyens"};
  const char* nl_objects[] = {"ambassade", "delegatie", "conferentie", "grens", "burgers"};
  Texts texts;
  for (int i = 0; i < 5; ++i) {
    for (int j = 0; j < 5; ++j) {
      if (i == j) continue;
      texts.emplace_back(
          std::string("La ") + fr_objects[i] + " soutient la " + fr_objects[j] + " demain",
          std::string("De ") + nl_objects[i] + " steunt de " + nl_objects[j] + " morgen");
    }
  }
  return texts;
}

std::string Concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

// Longer pairs with a varied vocabulary, so that rows overflow a small capacity.
Texts BudgetSentences() {
  const char* fr_subjects[] = {"Le ministre", "La commission", "Le gouvernement", "La délégation"};
  const char* nl_subjects[] = {"De minister", "De commissie", "De regering", "De delegatie"};
  const char* fr_objects[] = {"le budget", "la stratégie", "le rapport", "la réforme", "le traité"};
  const char* nl_objects[] = {"de begroting", "de strategie", "het verslag", "de hervorming",
                              "het verdrag"};
  const char* fr_places[] = {"à Bruxelles", "au Parlement", "en Afrique", "pendant le sommet"};
  const char* nl_places[] = {"in Brussel", "in het Parlement", "in Afrika", "tijdens de top"};
  Texts texts;
  for (int s = 0; s < 4; ++s) {
    for (int o = 0; o < 5; ++o) {
      for (int p = 0; p < 4; ++p) {
        texts.emplace_back(
            Concat({fr_subjects[s], " présente ", fr_objects[o], " ", fr_places[p]}),
            Concat({nl_subjects[s], " stelt ", nl_objects[o], " voor ", nl_places[p]}));
      }
    }
  }
  return texts;
}

// The rows of `learner` decoded, by row key.
std::map<std::string, std::string> Store(const CooccurrenceLearner& learner) {
  return learner.ChangedRows();
}

TEST(Cooccurrence, LinksWordsThatTranslateEachOther) {
  CooccurrenceLearner learner(nullptr);
  learner.Add(CountCooccurrences(SupportSentences()));
  Lexicon learned;
  for (const Entry& e : learner.UpdateLinks({})) learned.Add(e);
  EXPECT_TRUE(learned.Links(WordKey("frontière"), WordKey("grens")));
  EXPECT_TRUE(learned.Links(WordKey("soutient"), WordKey("steunt")));
  EXPECT_TRUE(learned.Links(WordKey("demain"), WordKey("morgen")));
  // Always in the same sentence, but never at the same place.
  EXPECT_FALSE(learned.Links(WordKey("soutient"), WordKey("morgen")));
  EXPECT_FALSE(learned.Links(WordKey("frontière"), WordKey("steunt")));
  EXPECT_FALSE(learned.Links(WordKey("frontière"), WordKey("burgers")));
}

TEST(Cooccurrence, AddingInTwoIngestsEqualsOnePass) {
  struct Case {
    size_t capacity;  // 4: rows overflow and drop partners; 1000: exact counts
  };
  for (const Case c : {Case{4}, Case{1000}}) {
    CooccurrenceOptions options;
    options.row_capacity = c.capacity;
    Texts all = SupportSentences();
    const Texts budget = BudgetSentences();
    all.insert(all.end(), budget.begin(), budget.end());
    const Texts first(all.begin(), all.begin() + 30), second(all.begin() + 30, all.end());

    CooccurrenceLearner one_pass(nullptr, options);
    one_pass.Add(CountCooccurrences(first));
    one_pass.Add(CountCooccurrences(second));
    const std::string one_pass_tsv = EntriesToTsv(one_pass.UpdateLinks({}));

    // The first ingest, stored; the second reads the stored rows back.
    CooccurrenceLearner before(nullptr, options);
    before.Add(CountCooccurrences(first));
    std::map<std::string, std::string> stored = Store(before);
    const std::vector<Entry> learned_before = before.UpdateLinks({});
    CooccurrenceLearner after(
        [&stored](const std::string& key) {
          auto it = stored.find(key);
          return it == stored.end() ? std::string() : it->second;
        },
        options);
    after.Add(CountCooccurrences(second));
    const std::vector<Entry> learned_after =
        after.UpdateLinks(EntriesFromTsv(EntriesToTsv(learned_before)));
    for (const auto& [key, row] : Store(after)) stored[key] = row;

    EXPECT_EQ(stored, Store(one_pass)) << "capacity " << c.capacity;
    EXPECT_EQ(EntriesToTsv(learned_after), one_pass_tsv) << "capacity " << c.capacity;
    EXPECT_GT(learned_after.size(), 5u);
  }
}

TEST(Cooccurrence, BoundedRowsUndercountByAtMostWhatTheyDropped) {
  Texts all = SupportSentences();
  const Texts budget = BudgetSentences();
  all.insert(all.end(), budget.begin(), budget.end());
  CooccurrenceOptions small;
  small.row_capacity = 4;
  CooccurrenceLearner bounded(nullptr, small);
  CooccurrenceOptions large;
  large.row_capacity = 100000;
  CooccurrenceLearner exact(nullptr, large);
  for (size_t i = 0; i < all.size(); i += 7) {  // documents of 7 units
    const Texts document(all.begin() + i, all.begin() + std::min(all.size(), i + 7));
    bounded.Add(CountCooccurrences(document));
    exact.Add(CountCooccurrences(document));
  }
  size_t dropping_rows = 0;
  for (const auto& [key, encoded] : Store(exact)) {
    CooccurrenceRow truth;
    ASSERT_TRUE(DecodeRow(encoded, &truth));
    const CooccurrenceRow& row = bounded.Row(key);
    EXPECT_EQ(row.count, truth.count) << key;
    EXPECT_LE(row.partners.size(), 4u) << key;
    dropping_rows += row.dropped > 0;
    for (const auto& [partner, count] : truth.partners) {
      const uint64_t kept = row.PartnerCount(partner);
      EXPECT_LE(kept, count) << key << " " << partner;
      EXPECT_GE(kept + row.dropped, count) << key << " " << partner;
    }
  }
  EXPECT_GT(dropping_rows, 10u);  // the bound was put to the test
}

TEST(Cooccurrence, LearntEntriesAreStoredAsTheLexiconStoresThem) {
  const std::vector<Entry> entries = {{"fronti", "grens", Origin::kLearned, "", 0.875},
                                      {"soutie", "steunt", Origin::kLearned, "", 0.5}};
  const std::string tsv = EntriesToTsv(entries);
  Lexicon lexicon;
  for (const Entry& e : entries) lexicon.Add(e);
  EXPECT_EQ(tsv, ToTsv(lexicon));
  const std::vector<Entry> back = EntriesFromTsv(tsv + "damaged line\n");
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[1].nl, "steunt");
  EXPECT_NEAR(back[0].weight, 0.875, 1e-9);
}

TEST(Cooccurrence, RowsRoundTripAndDamageIsRefused) {
  CooccurrenceRow row;
  row.count = 12;
  row.dropped = 3;
  row.partners = {{"grens", 7}, {"burger", 2}};
  CooccurrenceRow back;
  ASSERT_TRUE(DecodeRow(EncodeRow(row), &back));
  EXPECT_EQ(back.count, 12u);
  EXPECT_EQ(back.dropped, 3u);
  EXPECT_EQ(back.PartnerCount("grens"), 7u);
  EXPECT_EQ(back.PartnerCount("burger"), 2u);
  struct Case {
    std::string_view encoded;
    bool ok;
  };
  const Case cases[] = {{"", true},          {"4\t0", true},         {"4", false},
                        {"x\t0", false},     {"4\t0\ngrens", false}, {"4\t0\ngrens\t-1", false},
                        {"4\t0\n\t3", false}};
  for (const Case& c : cases) EXPECT_EQ(DecodeRow(c.encoded, &back), c.ok) << c.encoded;
}

TEST(Cooccurrence, LongSidesAndEmptySidesAreNotCounted) {
  CooccurrenceOptions options;
  options.max_words = 5;
  const Cooccurrences counts = CountCooccurrences(
      {{"La frontière", ""},
       {"Le ministre présente le budget de la réforme du traité à Bruxelles", "De minister"}},
      options);
  EXPECT_TRUE(counts.empty());
}

}  // namespace
}  // namespace tandem::lexicon
