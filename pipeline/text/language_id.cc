#include "pipeline/text/language_id.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "dictionaries/dictionaries.h"
#include "pipeline/text/words.h"

namespace tandem::text {
namespace {

constexpr size_t kLanguages = kKnownLanguages.size();
// A function word is strong evidence: worth about as much as a whole content word.
constexpr double kStopwordBonus = 3.0;

size_t LanguageIndex(Language language) {
  for (size_t i = 0; i < kLanguages; ++i) {
    if (kKnownLanguages[i] == language) return i;
  }
  return kLanguages;
}

struct Profiles {
  std::unordered_map<std::string, std::array<float, kLanguages>> trigrams;
  std::array<float, kLanguages> floor{};
  std::array<std::unordered_set<std::string_view>, kLanguages> stopwords;
};

// Parses dictionaries/langid/trigrams.tsv: "lang<TAB>trigram<TAB>logprob".
const Profiles& LoadProfiles() {
  static const Profiles* profiles = [] {
    auto* p = new Profiles;
    std::string_view text = dictionaries::LangidTrigrams();
    std::array<bool, kLanguages> has_floor{};
    while (!text.empty()) {
      size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      if (line.empty() || line[0] == '#') continue;
      size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
      size_t index = LanguageIndex(LanguageFromCode(line.substr(0, t1)));
      if (index == kLanguages) continue;
      std::string_view trigram = line.substr(t1 + 1, t2 - t1 - 1);
      float value = std::strtof(std::string(line.substr(t2 + 1)).c_str(), nullptr);
      if (trigram == "*floor*") {
        p->floor[index] = value;
        has_floor[index] = true;
        continue;
      }
      auto [it, inserted] = p->trigrams.try_emplace(std::string(trigram));
      if (inserted) it->second.fill(1.0f);  // 1.0 marks "not in this profile"
      it->second[index] = value;
    }
    // One floor for all: a language with a smaller word list would otherwise
    // pay less for trigrams it has never seen (an English "é").
    float floor = 0;
    for (size_t i = 0; i < kLanguages; ++i) floor = std::min(floor, p->floor[i]);
    p->floor.fill(floor);
    for (auto& [trigram, values] : p->trigrams) {
      for (size_t i = 0; i < kLanguages; ++i) {
        if (values[i] > 0) values[i] = p->floor[i];
      }
    }
    for (size_t i = 0; i < kLanguages; ++i) {
      for (std::string_view w : dictionaries::WordList(dictionaries::ListKind::kStopwords,
                                                       LanguageCode(kKnownLanguages[i]))) {
        p->stopwords[i].insert(w);
      }
    }
    return p;
  }();
  return *profiles;
}

// Byte length of the UTF-8 sequence starting with `lead`.
size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  return 4;
}

bool HasLetter(std::string_view word) {
  for (char c : word) {
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace

double LanguageScores::of(Language language) const {
  size_t i = LanguageIndex(language);
  return i < kLanguages ? log_likelihood[i] : 0;
}

LanguageScores ScoreLanguages(std::string_view utf8) {
  const Profiles& profiles = LoadProfiles();
  LanguageScores scores;
  std::string lower;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(lower);
  std::string padded, key;
  for (const Word& word : SplitWords(lower)) {
    if (word.is_number || !HasLetter(word.text)) continue;
    ++scores.words;
    for (size_t i = 0; i < kLanguages; ++i) {
      if (profiles.stopwords[i].count(word.text)) scores.log_likelihood[i] += kStopwordBonus;
    }
    padded.clear();
    padded.push_back('_');
    padded.append(word.text);
    padded.push_back('_');
    // Slide a window of three code points over the padded word.
    size_t a = 0, b = SequenceLength(padded[0]);
    size_t c = b + SequenceLength(padded[b]);
    while (c < padded.size()) {
      size_t d = c + SequenceLength(padded[c]);
      key.assign(padded, a, d - a);
      auto it = profiles.trigrams.find(key);
      for (size_t i = 0; i < kLanguages; ++i) {
        scores.log_likelihood[i] += it == profiles.trigrams.end() ? profiles.floor[i] : it->second[i];
      }
      a = b, b = c, c = d;
    }
  }
  return scores;
}

LanguageGuess IdentifyLanguage(std::string_view utf8) {
  LanguageScores scores = ScoreLanguages(utf8);
  LanguageGuess guess;
  if (scores.words == 0) return guess;
  size_t best = 0, second = 1;
  if (scores.log_likelihood[second] > scores.log_likelihood[best]) std::swap(best, second);
  for (size_t i = 2; i < kLanguages; ++i) {
    if (scores.log_likelihood[i] > scores.log_likelihood[best]) {
      second = best;
      best = i;
    } else if (scores.log_likelihood[i] > scores.log_likelihood[second]) {
      second = i;
    }
  }
  guess.language = kKnownLanguages[best];
  guess.margin = scores.log_likelihood[best] - scores.log_likelihood[second];
  return guess;
}

}  // namespace tandem::text
