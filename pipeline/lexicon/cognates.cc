#include "pipeline/lexicon/cognates.h"

#include <algorithm>

namespace tandem::lexicon {
namespace {

struct Ending {
  std::string_view fr, nl;
};

// French ending <-> Dutch ending, longest French endings first where they overlap.
constexpr Ending kEndings[] = {
    {"tions", "ties"},
    {"tion", "tie"},
    {"sions", "sies"},
    {"sion", "sie"},
    {"iques", "ische"},
    {"iques", "ieken"},
    {"ique", "isch"},
    {"ique", "ische"},
    {"ique", "iek"},
    {"ites", "iteiten"},
    {"ite", "iteit"},
    {"ifs", "ieve"},
    {"ives", "ieve"},
    {"ive", "ieve"},
    {"ive", "ief"},
    {"if", "ief"},
    {"elles", "ele"},
    {"elle", "ele"},
    {"elle", "eel"},
    {"els", "ele"},
    {"el", "eel"},
    {"aux", "ale"},
    {"ales", "ale"},
    {"ale", "ale"},
    {"ale", "aal"},
    {"al", "aal"},
    {"aires", "aire"},
    {"aire", "air"},
    {"aire", "aire"},
    {"istes", "isten"},
    {"iste", "ist"},
    {"isme", "isme"},
    {"ies", "ieen"},
    {"ie", "ie"},
    {"ances", "anties"},
    {"ance", "antie"},
    {"ences", "enties"},
    {"ence", "entie"},
    {"ure", "uur"},
    {"iser", "iseren"},
    {"ifier", "ificeren"},
    {"er", "eren"},
    {"es", "en"},
    {"e", ""},
    {"s", "s"},
};

// "electronisch" -> "elektronisch": c before a, o, u, r, l, t or at the end is k in Dutch.
std::string DutchK(const std::string& word) {
  std::string out = word;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] != 'c') continue;
    const char next = i + 1 < out.size() ? out[i + 1] : '\0';
    if (next == 'h' || next == 'e' || next == 'i' || next == 'y' || next == 'c') continue;
    out[i] = 'k';
  }
  return out;
}

// The reverse, for Dutch words: k -> c where French would write c.
std::string FrenchC(const std::string& word) {
  std::string out = word;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] != 'k') continue;
    const char next = i + 1 < out.size() ? out[i + 1] : '\0';
    if (next == 'e' || next == 'i' || next == 'y') continue;
    out[i] = 'c';
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

}  // namespace

std::vector<std::string> CognateCandidates(std::string_view word, bool from_french) {
  std::vector<std::string> out;
  if (word.size() < 5) return out;
  auto add = [&](std::string candidate) {
    if (candidate.size() >= 4 && candidate != word &&
        std::find(out.begin(), out.end(), candidate) == out.end()) {
      out.push_back(std::move(candidate));
    }
  };
  for (const Ending& e : kEndings) {
    const std::string_view from = from_french ? e.fr : e.nl, to = from_french ? e.nl : e.fr;
    if (from.empty() || !EndsWith(word, from) || word.size() < from.size() + 3) continue;
    const std::string stem(word.substr(0, word.size() - from.size()));
    const std::string candidate = stem + std::string(to);
    add(candidate);
    add(from_french ? DutchK(candidate) : FrenchC(candidate));
  }
  add(from_french ? DutchK(std::string(word)) : FrenchC(std::string(word)));
  return out;
}

}  // namespace tandem::lexicon
