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
      {kFr, "Aucun gouvernement belge ne reconnaîtra l'annexion.", "reconnaître annexion", true},  // "aucun … ne": one negation
      {kFr, "La Belgique rejette l'annexion.", "annexion", true},
      {kFr, "La Belgique refuse de reconnaître l'annexion.", "reconnaître annexion", true},
      {kFr, "La Belgique ne refuse pas de reconnaître l'annexion.", "reconnaître annexion", false},
      {kFr, "Sans reconnaître l'annexion, la Belgique discute.", "reconnaître annexion", true},
      {kFr, "La Belgique reconnaît sans doute l'annexion.", "reconnaître annexion", false},
      {kFr, "La Belgique n'exclut pas de reconnaître l'annexion.", "reconnaître annexion", false},
      {kFr, "Le coût non négligeable de l'annexion pèse.", "coût annexion", false},
      {kFr, "La Belgique ne reconnaît que l'annexion votée.", "reconnaître annexion", false},
      {kFr, "La Belgique reconnaît l'annexion, mais elle ne lève pas les sanctions.", "reconnaître annexion", false},
      {kFr, "La Belgique reconnaît l'annexion tant que rien ne change.", "reconnaître annexion", false},
      {kFr, "Une organisation non gouvernementale reconnaît l'annexion.", "reconnaître annexion", false},
      {kFr, "La Belgique n'a jamais reconnu et ne reconnaîtra jamais l'annexion.", "reconnaître annexion", true},
      {kFr, "La Belgique ne peut reconnaître et accepter l'annexion.", "accepter annexion", true},
      {kFr, "La Belgique refuse de reconnaître et d'accepter l'annexion.", "accepter annexion", true},
      {kFr, "La Belgique ne soutient pas les élections et rejette l'annexion.", "annexion", true},
      {kFr, "La Belgique et les Pays-Bas ne reconnaîtront jamais l'annexion.", "reconnaître annexion", true},
      {kFr, "Jamais la Belgique ne reconnaîtra l'annexion.", "reconnaître annexion", true},
      {kNl, "België erkent de annexatie.", "erkennen annexatie", false},
      {kNl, "België erkent de annexatie niet.", "erkennen annexatie", true},
      {kNl, "België heeft de annexatie nooit erkend en zal ze nooit erkennen.", "erkennen annexatie", true},
      {kNl, "België zal de annexatie nooit erkennen.", "erkennen annexatie", true},
      {kNl, "België geeft geen erkenning aan de annexatie.", "erkenning annexatie", true},
      {kNl, "België verwerpt de annexatie.", "annexatie", true},
      {kNl, "België weigert de annexatie te erkennen.", "erkennen annexatie", true},
      {kNl, "België weigert niet de annexatie te erkennen.", "erkennen annexatie", false},
      {kNl, "Zonder de annexatie te erkennen, praat België verder.", "erkennen annexatie", true},
      {kNl, "België erkent niet alleen de annexatie maar ook de regering.", "erkennen annexatie", false},
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
      {kFr, "La Belgique affirme que l'annexion ne sera jamais reconnue.", "reconnaître annexion", true},
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
    EXPECT_EQ(reading ? std::string(redlines::StanceName(reading->stance)) : "", c.expected) << c.sentence << " / " << c.subject;
  }
}

}  // namespace
}  // namespace tandem::check
