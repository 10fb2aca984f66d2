#include "pipeline/check/analysed_sentence.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "dictionaries/dictionaries.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/stemmer.h"
#include "pipeline/text/words.h"

namespace tandem::check {
namespace {

std::string_view Code(Language language) { return language == Language::kDutch ? "nl" : "fr"; }

const std::unordered_set<std::string>& Stopwords(Language language) {
  static const auto* lists = [] {
    auto* both = new std::map<Language, std::unordered_set<std::string>>;
    for (Language l : {Language::kFrench, Language::kDutch}) {
      for (auto w : dictionaries::WordList(dictionaries::ListKind::kStopwords, Code(l))) {
        (*both)[l].insert(text::FoldForMatching(w));
      }
    }
    return both;
  }();
  static const std::unordered_set<std::string> none;
  auto it = lists->find(language);
  return it == lists->end() ? none : it->second;
}

// Folded word -> its family's first word, from forms.{fr,nl}.txt.
const std::unordered_map<std::string, std::string>& Families(Language language) {
  static const auto* families = [] {
    auto* both = new std::map<Language, std::unordered_map<std::string, std::string>>;
    for (Language l : {Language::kFrench, Language::kDutch}) {
      for (auto line : dictionaries::WordList(dictionaries::ListKind::kVerbForms, Code(l))) {
        std::string head;
        for (const text::Word& w : text::SplitWords(line)) {
          const std::string folded = text::FoldForMatching(w.text);
          if (head.empty()) head = "=" + folded;  // '=' keeps family keys apart from stem keys
          (*both)[l].emplace(folded, head);
        }
      }
    }
    return both;
  }();
  static const std::unordered_map<std::string, std::string> none;
  auto it = families->find(language);
  return it == families->end() ? none : it->second;
}

uint32_t FirstFour(const std::string& s) {
  uint32_t key = 0;
  for (size_t i = 0; i < 4 && i < s.size(); ++i)
    key |= static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << (8 * i);
  return key;
}

WordForm FormOf(std::string_view word, Language language) {
  WordForm form;
  form.folded = text::FoldForMatching(word);
  const auto& families = Families(language);
  auto it = families.find(form.folded);
  form.stem = text::Stem(form.folded, language);
  if (it != families.end()) form.family = it->second;
  // SameWord needs one family, equal stems, or a shared prefix of at least four letters.
  form.key = FirstFour(form.stem);
  form.family_key = form.family.empty() ? 0 : FirstFour(form.family);
  return form;
}

// Words that open a new clause: contrast ("mais", "maar") and subordinate
// clauses of time, cause and condition ("tant que", "si", "zolang", "omdat"),
// whose negations do not reach the main clause.
bool IsClauseConjunction(const std::string& folded, Language language) {
  static const std::unordered_set<std::string> fr = {
      "mais",  "car",     "tandis", "cependant", "toutefois", "neanmoins",
      "or",    "tant",    "si",     "lorsque",   "lorsqu",    "quand",
      "parce", "puisque", "puisqu", "bien",      "sauf",      "avant"};
  static const std::unordered_set<std::string> nl = {
      "maar",    "want",   "terwijl", "echter", "doch",   "evenwel", "zolang", "omdat",    "indien",
      "wanneer", "tenzij", "voordat", "nadat",  "hoewel", "als",     "zodra",  "aangezien"};
  return (language == Language::kDutch ? nl : fr).count(folded) > 0;
}

bool CutsClause(std::string_view gap) {
  for (char c : gap) {
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"') return true;
  }
  return gap.find("\xE2\x80\x93") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos ||
         gap.find("\xC2\xAB") != std::string_view::npos ||
         gap.find("\xC2\xBB") != std::string_view::npos;
}

// Whether the word starts with an upper-case letter: ASCII, or Latin-1's
// À..Þ ("État", "Öresund"); other scripts count as lower case.
bool IsCapitalised(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word[0]);
  if (lead < 0x80) return lead >= 'A' && lead <= 'Z';
  if ((lead & 0xE0) != 0xC0 || word.size() < 2) return false;
  const unsigned code = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(word[1]) & 0x3Fu);
  return code >= 0xC0 && code <= 0xDE && code != 0xD7;
}

}  // namespace

bool IsStopword(std::string_view folded, Language language) {
  return Stopwords(language).count(std::string(folded)) > 0;
}

AnalysedSentence Analyse(std::string_view sentence, Language language) {
  AnalysedSentence s;
  s.text = std::string(sentence);
  s.language = language;
  int clause = 0;
  size_t previous_end = 0;
  for (const text::Word& w : text::SplitWords(s.text)) {
    Token t;
    static_cast<WordForm&>(t) = FormOf(w.text, language);
    t.begin = w.begin;
    t.end = w.end;
    t.capitalised = IsCapitalised(w.text);
    if (!s.tokens.empty() &&
        (CutsClause(std::string_view(s.text).substr(previous_end, w.begin - previous_end)) ||
         (IsClauseConjunction(t.folded, language) &&
          !(t.folded == "als" && s.tokens.back().folded == "net")))) {
      ++clause;
    }
    t.clause = clause;
    previous_end = w.end;
    s.keys.push_back(t.key);
    if (t.family_key != 0) s.keys.push_back(t.family_key);
    s.tokens.push_back(std::move(t));
  }
  std::sort(s.keys.begin(), s.keys.end());
  s.keys.erase(std::unique(s.keys.begin(), s.keys.end()), s.keys.end());
  return s;
}

std::vector<WordForm> PhraseForms(std::string_view phrase, Language language, bool content_only) {
  std::vector<WordForm> forms;
  for (const text::Word& w : text::SplitWords(phrase)) {
    WordForm f = FormOf(w.text, language);
    if (content_only && (w.is_number || IsStopword(f.folded, language))) continue;
    forms.push_back(std::move(f));
  }
  return forms;
}

bool AnalysedSentence::MayMatch(const std::vector<WordForm>& pattern) const {
  auto has = [&](uint32_t key) { return std::binary_search(keys.begin(), keys.end(), key); };
  return std::all_of(pattern.begin(), pattern.end(), [&](const WordForm& w) {
    return has(w.key) || (w.family_key != 0 && has(w.family_key));
  });
}

bool SameWord(const WordForm& word, const WordForm& pattern) {
  if (!word.family.empty() && word.family == pattern.family) return true;
  if (word.key != pattern.key) return false;
  if (word.folded == pattern.folded) return true;
  if (word.folded.size() < 4 || pattern.folded.size() < 4) return false;  // "a", "se", "de", "zich"
  if (word.stem == pattern.stem) return true;
  const std::string& a = word.stem.size() <= pattern.stem.size() ? word.stem : pattern.stem;
  const std::string& b = word.stem.size() <= pattern.stem.size() ? pattern.stem : word.stem;
  // A shared prefix joins derivations ("accept"/"acceptation"), not a word
  // and a compound built on it ("recht"/"rechtsstaathervorming").
  if (a.size() * 2 < b.size()) return false;
  if (a.size() >= 5 && b.compare(0, a.size(), a) == 0) return true;
  if (a.size() >= 6 && b.compare(0, a.size() - 1, a, 0, a.size() - 1) == 0) return true;
  return false;
}

namespace {

// A Dutch separable verb written apart ("vastleggen" in "legt … vast",
// "opheffen" in "op te heffen"): the tokens of its verb part, when its
// particle stands alone in the sentence.
std::vector<size_t> SeparatedVerb(const AnalysedSentence& s, const WordForm& word) {
  std::vector<size_t> out;
  if (s.language != Language::kDutch) return out;
  static const char* kParticles[] = {"vast", "op",   "af",    "uit",   "in",   "aan", "toe",
                                     "mee",  "over", "terug", "door",  "voor", "na",  "bij",
                                     "weg",  "vrij", "tegen", "samen", "voort"};
  for (const char* particle : kParticles) {
    const std::string p = particle;
    if (word.folded.size() < p.size() + 4 || word.folded.compare(0, p.size(), p) != 0) continue;
    const bool apart = std::any_of(s.tokens.begin(), s.tokens.end(),
                                   [&](const Token& t) { return t.folded == p; });
    if (!apart) continue;
    const WordForm rest = FormOf(word.folded.substr(p.size()), s.language);
    // The verb part conjugated: its root ("leggen" -> "leg") and a short
    // ending ("legt", "legde").
    std::string root = rest.folded;
    if (root.size() > 4 && root.compare(root.size() - 2, 2, "en") == 0)
      root.resize(root.size() - 2);
    if (root.size() > 3 && root[root.size() - 1] == root[root.size() - 2]) root.pop_back();
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const std::string& w = s.tokens[i].folded;
      const bool conjugated =
          root.size() >= 3 && w.size() <= root.size() + 3 && w.compare(0, root.size(), root) == 0;
      if (w != p && (SameWord(s.tokens[i], rest) || conjugated)) out.push_back(i);
    }
    if (!out.empty()) return out;
  }
  return out;
}

}  // namespace

std::optional<std::vector<size_t>> MatchAll(const AnalysedSentence& s,
                                            const std::vector<WordForm>& pattern) {
  if (pattern.empty()) return std::nullopt;
  // Where each pattern word occurs; then, around each occurrence, the nearest
  // free occurrence of every word. The tightest such set wins, so "l'aide
  // humanitaire …, l'aide militaire" finds the second "aide" for "aide militaire".
  std::vector<std::vector<size_t>> where(pattern.size());
  for (size_t k = 0; k < pattern.size(); ++k) {
    if (s.MayMatch({pattern[k]})) {
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        if (SameWord(s.tokens[i], pattern[k])) where[k].push_back(i);
      }
    }
    if (where[k].empty()) where[k] = SeparatedVerb(s, pattern[k]);
    if (where[k].empty()) return std::nullopt;
  }
  std::optional<std::vector<size_t>> best;
  size_t best_width = SIZE_MAX;
  std::vector<bool> used(s.tokens.size(), false);
  for (const std::vector<size_t>& anchors : where) {
    for (size_t anchor : anchors) {
      std::vector<size_t> hits;
      std::fill(used.begin(), used.end(), false);
      size_t low = anchor, high = anchor;
      for (const std::vector<size_t>& candidates : where) {
        size_t pick = SIZE_MAX, distance = SIZE_MAX;
        for (size_t c : candidates) {
          const size_t d = c > anchor ? c - anchor : anchor - c;
          if (!used[c] && d < distance) pick = c, distance = d;
        }
        if (pick == SIZE_MAX) break;
        used[pick] = true;
        hits.push_back(pick);
        low = std::min(low, pick);
        high = std::max(high, pick);
      }
      if (hits.size() == pattern.size() && high - low < best_width) {
        best_width = high - low;
        best = std::move(hits);
      }
    }
  }
  return best;
}

bool SameInflectedWord(const WordForm& word, const WordForm& pattern) {
  if (!word.family.empty() && word.family == pattern.family) return true;
  if (word.folded == pattern.folded) return true;
  if (word.folded.size() < 4 || pattern.folded.size() < 4 || word.stem != pattern.stem)
    return false;
  // Equal stems may still be a verb and a noun of it ("exige"/"exigence"):
  // the longer must be the shorter with an inflection ending.
  const std::string& a = word.folded.size() >= pattern.folded.size() ? word.folded : pattern.folded;
  const std::string& b = word.folded.size() >= pattern.folded.size() ? pattern.folded : word.folded;
  if (a.compare(0, b.size(), b) != 0) {
    // Stem changes ("illegaux"/"illegal"): trust the stemmer, unless one is
    // a noun derived from the other ("exigence"/"exigent").
    auto derived = [](const std::string& w) {
      for (std::string_view suffix :
           {"ence", "ences", "ance", "ances", "ment", "ments", "tion", "tions", "ing", "ingen"}) {
        if (w.size() > suffix.size() &&
            w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
          return true;
      }
      return false;
    };
    return derived(a) == derived(b);
  }
  static const std::unordered_set<std::string> kEndings = {
      "s",   "x",   "e",   "es", "nt",  "ent",   "t",   "d",    "n",    "en",     "de", "te",
      "den", "ten", "ons", "ez", "ait", "aient", "ra",  "ront", "rait", "raient", "r",  "er",
      "ee",  "ees", "ees", "ne", "nes", "le",    "les", "'s",   "ie",   "ies"};
  return kEndings.count(a.substr(b.size())) > 0;
}

std::vector<std::pair<size_t, size_t>> MatchRuns(const AnalysedSentence& s,
                                                 const std::vector<WordForm>& pattern,
                                                 size_t max_gap, bool inflected_only) {
  auto same = [&](const WordForm& w, const WordForm& p) {
    return inflected_only ? SameInflectedWord(w, p) : SameWord(w, p);
  };
  std::vector<std::pair<size_t, size_t>> runs;
  if (pattern.empty() || !s.MayMatch(pattern)) return runs;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (!same(s.tokens[i], pattern[0])) continue;
    size_t at = i;
    bool match = true;
    for (size_t k = 1; match && k < pattern.size(); ++k) {
      match = false;
      for (size_t next = at + 1; next < s.tokens.size() && next <= at + 1 + max_gap; ++next) {
        if (next > at + 1 && s.tokens[next].clause != s.tokens[i].clause) break;
        if (same(s.tokens[next], pattern[k])) {
          at = next;
          match = true;
          break;
        }
      }
    }
    if (match) runs.emplace_back(i, at);
  }
  return runs;
}

}  // namespace tandem::check
