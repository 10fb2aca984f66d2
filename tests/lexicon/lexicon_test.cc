#include "pipeline/lexicon/lexicon.h"

#include <gtest/gtest.h>

#include "pipeline/lexicon/ibm1.h"
#include "pipeline/lexicon/word_key.h"

namespace tandem::lexicon {
namespace {

TEST(WordKey, FoldsAndCuts) {
  struct Case {
    std::string_view word, key;
  };
  const Case cases[] = {{"Sécurité", "securi"}, {"financements", "financ"}, {"OTAN", "otan"}, {"Oekraïne", "oekrai"}};
  for (const Case& c : cases) EXPECT_EQ(WordKey(c.word), c.key) << c.word;
}

TEST(Glossary, LinksInstitutionalVocabulary) {
  const Lexicon& g = Glossary();
  EXPECT_TRUE(g.Links(WordKey("OTAN"), WordKey("NAVO")));
  EXPECT_TRUE(g.Links(WordKey("ONU"), WordKey("VN")));
  EXPECT_TRUE(g.Links(WordKey("février"), WordKey("februari")));
  EXPECT_FALSE(g.Links(WordKey("OTAN"), WordKey("VN")));
  bool phrase = false;
  for (const auto& p : g.phrases()) phrase |= p.fr == "cooperation internationale" && p.nl == "internationale samenwerking";
  EXPECT_TRUE(phrase);
}

TEST(Freedict, ReadsTheDebianDictionaryWhenInstalled) {
  Result<Lexicon> freedict = LoadFreedict();
  if (!freedict) GTEST_SKIP() << freedict.error().message;
  EXPECT_GT(freedict->size(), 10000u);
  EXPECT_TRUE(freedict->Links(WordKey("abeille"), WordKey("bij")));  // the ĳ ligature folded to "ij"
  EXPECT_TRUE(freedict->IsCommonFrench(WordKey("abandon")));
}

TEST(Freedict, MissingDictionaryIsAnIoError) {
  Result<Lexicon> missing = LoadFreedict("/nonexistent");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kIo);
}

TEST(Learn, FindsWordsThatTranslateEachOther) {
  std::vector<std::pair<std::string, std::string>> aligned;
  const char* fr_objects[] = {"ambassade", "délégation", "conférence", "frontière", "citoyens"};
  const char* nl_objects[] = {"ambassade", "delegatie", "conferentie", "grens", "burgers"};
  for (int i = 0; i < 5; ++i) {
    for (int j = 0; j < 5; ++j) {
      if (i == j) continue;
      aligned.emplace_back(std::string("La ") + fr_objects[i] + " soutient la " + fr_objects[j] + " demain",
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

}  // namespace
}  // namespace tandem::lexicon
