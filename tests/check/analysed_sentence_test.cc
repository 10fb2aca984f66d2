// Word matching across case, accents and inflection, order-free in a sentence.
#include "pipeline/check/analysed_sentence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tandem::check {
namespace {

constexpr Language kFr = Language::kFrench;
constexpr Language kNl = Language::kDutch;

struct Match {
  Language language;
  std::string sentence;
  std::string phrase;
  bool expected;
};

TEST(AnalysedSentence, MatchesContentWordsInAnyOrderAndForm) {
  const std::vector<Match> table = {
      {kFr, "L'annexion de la Crimée est reconnue.", "reconnaître l'annexion de la Crimée", true},
      {kFr, "LA RECONNAISSANCE DE L'ANNEXION DE LA CRIMEE", "reconnaître l'annexion de la Crimée",
       true},
      {kFr, "Les aides militaires augmentent.", "aide militaire", true},
      {kFr, "Ils reconnaîtront l'annexion.", "reconnaître l'annexion", true},
      {kFr, "Ils acceptèrent l'annexion.", "accepter l'annexion", true},
      {kFr, "Il s'oppose aux sanctions.", "s'opposer à", true},
      {kFr, "Les États membres financent la junte.", "financer la junte", true},
      {kFr, "L'annexion de la Crimée est un fait.", "reconnaître l'annexion de la Crimée", false},
      {kFr, "La Belgique finance la mission.", "financer la junte", false},
      {kNl, "De annexatie van de Krim werd erkend.", "de annexatie van de Krim erkennen", true},
      {kNl, "De erkenning van de annexatie van de Krim.", "de annexatie van de Krim erkennen",
       true},
      {kNl, "Militaire steun voor Oekraïne.", "militaire steun", true},
      {kNl, "De Krim en de annexatie.", "de annexatie van de Krim erkennen", false},
  };
  for (const Match& m : table) {
    const AnalysedSentence s = Analyse(m.sentence, m.language);
    EXPECT_EQ(MatchAll(s, PhraseForms(m.phrase, m.language, true)).has_value(), m.expected)
        << m.sentence;
  }
}

TEST(AnalysedSentence, RunsMatchWordsInARowOnly) {
  const AnalysedSentence s =
      Analyse("La coopération au développement et la coopération entre régions.", kFr);
  const auto runs = MatchRuns(s, PhraseForms("coopération au développement", kFr, false));
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(s.text.substr(s.tokens[runs[0].first].begin,
                          s.tokens[runs[0].second].end - s.tokens[runs[0].first].begin),
            "coopération au développement");
}

TEST(AnalysedSentence, ClausesAreCutAtPunctuationAndConjunctions) {
  const AnalysedSentence s =
      Analyse("La Belgique soutient la mission, mais elle refuse tant que rien ne change.", kFr);
  ASSERT_GE(s.tokens.size(), 12u);
  EXPECT_EQ(s.tokens[0].clause, s.tokens[4].clause);  // La … mission
  EXPECT_LT(s.tokens[4].clause, s.tokens[6].clause);  // , mais elle
  EXPECT_LT(s.tokens[7].clause, s.tokens[8].clause);  // refuse | tant que
}

TEST(AnalysedSentence, StopWordsAreDroppedFromPatterns) {
  const auto forms = PhraseForms("l'intégrité territoriale de l'Ukraine", kFr, true);
  ASSERT_EQ(forms.size(), 3u);
  EXPECT_EQ(forms[0].folded, "integrite");
  EXPECT_EQ(forms[2].folded, "ukraine");
}

}  // namespace
}  // namespace tandem::check
