#include "pipeline/terms/phrases.h"

#include <algorithm>
#include <unordered_set>

#include "dictionaries/dictionaries.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::terms {
namespace {

const std::unordered_set<std::string>& StopWords(Language language) {
  static const auto load = [](std::string_view lang) {
    std::unordered_set<std::string> set;
    for (std::string_view w : dictionaries::WordList(dictionaries::ListKind::kStopwords, lang)) {
      set.insert(text::FoldForMatching(w));
    }
    return set;
  };
  static const std::unordered_set<std::string> fr = load("fr"), nl = load("nl"), none;
  if (language == Language::kFrench) return fr;
  if (language == Language::kDutch) return nl;
  return none;
}

// Between two words: only spaces, apostrophes and hyphens keep a phrase together.
bool HasBreak(std::string_view gap) {
  for (size_t i = 0; i < gap.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(gap[i]);
    if (c == ' ' || c == '\'' || c == '-' || c == '\t') continue;
    if (c == 0xE2 && i + 2 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(gap[i + 2]);
      if (d == 0x99 || d == 0x90 || d == 0x91) {  // ’ ‐ ‑
        i += 2;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < gap.size() &&
        static_cast<unsigned char>(gap[i + 1]) == 0xA0) {  // no-break space
      ++i;
      continue;
    }
    return true;
  }
  return false;
}

// Prepositions the stop-word lists leave out: a term neither starts nor ends with one.
bool IsEdgePreposition(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      "contre",  "avec",   "sans",   "entre",   "selon", "vers",  "chez",
      "pendant", "depuis", "apres",  "avant",   "sous",  "parmi", "durant",
      "tegen",   "zonder", "tussen", "volgens", "naar",  "sinds", "tijdens",
      "onder",   "boven",  "binnen", "buiten",  "langs", "rond",  "per"};
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

// "and"/"or" join two phrases rather than make one term.
bool IsConjunction(std::string_view folded) {
  return folded == "et" || folded == "ou" || folded == "en" || folded == "of" || folded == "ni" ||
         folded == "noch";
}

}  // namespace

std::string LightStem(std::string_view folded, Language language) {
  std::string w(folded);
  const auto ends = [&](std::string_view e) {
    return w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  const auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  };
  if (language == Language::kFrench) {
    if (ends("s") || ends("x")) w.pop_back();
    if (ends("e")) w.pop_back();
  } else if (language == Language::kDutch) {
    // Up to two endings: "sancties" -> "sanctie" -> "sancti", "buitenlandse" -> "buitenland".
    for (int round = 0; round < 2; ++round) {
      if (ends("'s") || ends("en")) {
        w.resize(w.size() - 2);
      } else if ((ends("s") && !ends("ss")) || ends("e")) {
        w.pop_back();
      } else {
        break;
      }
    }
    if (w.size() >= 4 && vowel(w.back()) && w[w.size() - 2] == w.back())
      w.pop_back();  // europee -> europe
    const size_t n = w.size();
    if (n >= 4 && !vowel(w[n - 1]) && w[n - 2] == w[n - 3] && vowel(w[n - 2]) && w[n - 2] != 'i') {
      w.erase(n - 2, 1);  // staat -> stat
    } else if (n >= 4 && !vowel(w[n - 1]) && w[n - 1] == w[n - 2]) {
      w.pop_back();  // zakk(en) -> zak
    }
  }
  return w;
}

size_t ContentWords(std::string_view phrase, Language language) {
  size_t n = 0;
  for (const Token& t : Tokenize(phrase, language)) n += !t.stop && !t.number;
  return n;
}

size_t LetterCount(std::string_view folded) {
  size_t n = 0;
  for (char c : folded) n += (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0xC0);
  return n;
}

std::vector<Token> Tokenize(std::string_view text, Language language) {
  std::vector<Token> tokens;
  const auto& stops = StopWords(language);
  size_t previous_end = 0;
  for (const text::Word& w : text::SplitWords(text)) {
    Token t;
    t.begin = w.begin;
    t.end = w.end;
    t.folded = text::FoldForMatching(w.text);
    t.number = w.is_number || std::any_of(t.folded.begin(), t.folded.end(),
                                          [](char c) { return c >= '0' && c <= '9'; });
    t.stop = stops.count(t.folded) > 0 || IsEdgePreposition(t.folded);
    t.stem = t.number ? t.folded : LightStem(t.folded, language);
    t.break_before = !tokens.empty() && HasBreak(text.substr(previous_end, w.begin - previous_end));
    previous_end = w.end;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::string KeyOf(const std::vector<Token>& tokens, size_t begin, size_t count) {
  std::string key;
  for (size_t i = begin; i < begin + count; ++i) {
    if (i > begin) key.push_back(' ');
    key += tokens[i].stem;
  }
  return key;
}

std::string PhraseKey(std::string_view phrase, Language language) {
  const std::vector<Token> tokens = Tokenize(phrase, language);
  return KeyOf(tokens, 0, tokens.size());
}

std::vector<Span> CandidateSpans(const std::vector<Token>& tokens, size_t max_words,
                                 size_t min_single_letters) {
  std::vector<Span> spans;
  auto content = [&](const Token& t) {
    return !t.stop && !t.number && LetterCount(t.folded) >= 2 && !IsEdgePreposition(t.folded);
  };
  for (size_t b = 0; b < tokens.size(); ++b) {
    if (!content(tokens[b])) continue;
    for (size_t n = 1; n <= max_words && b + n <= tokens.size(); ++n) {
      const Token& last = tokens[b + n - 1];
      if (n > 1 && (last.break_before || last.number || IsConjunction(last.folded))) break;
      if (!content(last)) continue;
      if (n == 1 && LetterCount(tokens[b].folded) < min_single_letters) continue;
      spans.push_back({b, n});
    }
  }
  return spans;
}

std::string SurfaceOf(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                      size_t count) {
  if (count == 0) return "";
  std::string s(
      text.substr(tokens[begin].begin, tokens[begin + count - 1].end - tokens[begin].begin));
  // Line breaks inside a phrase become spaces.
  for (char& c : s) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return s;
}

bool LookAlike(std::string_view a, std::string_view b) {
  const size_t shorter = std::min(a.size(), b.size());
  size_t common = 0;
  while (common < shorter && a[common] == b[common]) ++common;
  return common >= 5 && common * 4 >= shorter * 3;
}

bool WordsLinked(const lexicon::Lexicon& lexicon, const std::string& fr, const std::string& nl,
                 bool compounds) {
  if (LookAlike(fr, nl)) return true;
  const std::string fr_key = lexicon::WordKey(fr);
  const std::string nl_key = lexicon::WordKey(nl);
  if (lexicon.Links(fr_key, nl_key)) return true;
  if (!compounds) return false;
  for (const std::string& k : lexicon.DutchKeysOf(fr_key)) {
    if (k.size() >= 4 && nl.size() > k.size() && nl.find(k) != std::string::npos) return true;
  }
  return false;
}

double Coverage(const lexicon::Lexicon& lexicon, const std::vector<std::string>& fr,
                const std::vector<std::string>& nl, bool compounds) {
  if (fr.empty() || nl.empty()) return 0;
  size_t covered = 0;
  for (const std::string& f : fr) {
    covered += std::any_of(nl.begin(), nl.end(), [&](const std::string& n) {
      return WordsLinked(lexicon, f, n, compounds);
    });
  }
  for (const std::string& n : nl) {
    covered += std::any_of(fr.begin(), fr.end(), [&](const std::string& f) {
      return WordsLinked(lexicon, f, n, compounds);
    });
  }
  return static_cast<double>(covered) / static_cast<double>(fr.size() + nl.size());
}

}  // namespace tandem::terms
