#include "pipeline/qa/names.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "dictionaries/dictionaries.h"
#include "pipeline/lexicon/aliases.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/utf8.h"
#include "pipeline/text/words.h"

namespace tandem::qa {
namespace {

constexpr size_t kMinSharedWord = 5;    // a word of a name the other side writes as is
constexpr size_t kMinCompoundLink = 5;  // a rendering found inside a compound must be this long

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// First letter a capital (ASCII or a Latin-1 capital in UTF-8: "À", "É", "Ö").
bool Capitalised(std::string_view w) {
  const auto first = static_cast<unsigned char>(w[0]);
  return IsUpper(first) ||
         (first == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) < 0x9F);
}

bool IsAcronym(std::string_view w) {
  size_t capitals = 0;
  for (char c : w) {
    if (IsLower(static_cast<unsigned char>(c))) return false;
    capitals += IsUpper(static_cast<unsigned char>(c));
  }
  return capitals >= 2;
}

bool IsRomanNumeral(const std::string& folded) {
  const size_t end = folded.find_first_not_of("ivxlc");
  if (end == 0) return false;
  const std::string rest = end == std::string::npos ? "" : folded.substr(end);
  return rest.empty() || rest == "er" || rest == "e" || rest == "ste" || rest == "de";
}

const std::unordered_set<std::string>& FunctionWords(std::string_view lang) {
  static const auto* sets = [] {
    auto* both = new std::pair<std::unordered_set<std::string>, std::unordered_set<std::string>>;
    for (auto w : dictionaries::WordList(dictionaries::ListKind::kStopwords, "fr"))
      both->first.insert(text::FoldForMatching(w));
    for (auto w : dictionaries::WordList(dictionaries::ListKind::kStopwords, "nl"))
      both->second.insert(text::FoldForMatching(w));
    return both;
  }();
  return lang == "fr" ? sets->first : sets->second;
}

// True when the word at `begin` opens a sentence, a list item or a quotation.
bool OpensSentence(const std::string& text, size_t begin) {
  size_t p = begin;
  while (p > 0) {
    const unsigned char c = static_cast<unsigned char>(text[p - 1]);
    if (c == ' ' || c == '(' || c == '"' || c == '\'' || c == '[' || c == '\t') {
      --p;
    } else if (p >= 2 && text.compare(p - 2, 2, "\u00AB") == 0) {  // «
      p -= 2;
    } else if (p >= 2 && text.compare(p - 2, 2, "\u00A0") == 0) {  // no-break space
      p -= 2;
    } else if (p >= 3 &&
               (text.compare(p - 3, 3, "\u201C") == 0 || text.compare(p - 3, 3, "\u201E") == 0 ||
                text.compare(p - 3, 3, "\u2018") == 0 || text.compare(p - 3, 3, "\u202F") == 0)) {
      p -= 3;
    } else {
      break;
    }
  }
  if (p == 0) return true;
  const char c = text[p - 1];
  if (c == '.' || c == ':' || c == '?' || c == '!' || c == '\n' || c == ')' || c == ';' || c == '-')
    return true;
  return p >= 3 && (text.compare(p - 3, 3, "\u2022") == 0 ||
                    text.compare(p - 3, 3, "\u2026") == 0 || text.compare(p - 3, 3, "\u2013") == 0);
}

// The spelling of a name with the variants of French and Dutch transcription merged.
std::string Skeleton(std::string_view name) {
  std::string s = text::FoldForMatching(name);
  auto replace = [&s](std::string_view from, std::string_view to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
      s.replace(at, from.size(), to);
    }
  };
  replace("-", "");
  replace("dzj", "dj");
  replace("tsj", "tch");
  replace("sj", "ch");
  replace("ou", "u");
  replace("oe", "u");
  replace("ij", "i");
  replace("ph", "f");
  replace("th", "t");
  replace("ck", "k");
  replace("qu", "k");
  replace("c", "k");
  replace("q", "k");
  replace("z", "s");
  replace("y", "i");
  replace("w", "v");
  std::string out;
  for (char c : s) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  if (out.size() > 3 && out.back() == 'e') out.pop_back();
  return out;
}

// Edit distance with adjacent transpositions counted once.
size_t Distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::string Consonants(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("aeiou").find(c) == std::string_view::npos) out.push_back(c);
  }
  return out;
}

// `text` with no-break spaces (U+00A0, U+202F) made plain spaces.
std::string SpacesPlain(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\u00A0") == 0) {
      out.push_back(' ');
      i += 1;
    } else if (text.compare(i, 3, "\u202F") == 0) {
      out.push_back(' ');
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

size_t Count(const std::map<std::string, size_t>& counts, const std::string& key) {
  const auto it = counts.find(key);
  return it == counts.end() ? 0 : it->second;
}

// Two folded words with one stem: equal, or one the other plus an ending of
// at most two letters ("waals" / "waalse", "federal" / "federale").
bool SameStem(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 4 && longer.size() - shorter.size() <= 2 &&
         longer.compare(0, shorter.size(), shorter) == 0;
}

// Acronym letters in order (sorted, for "TIC"/"ICT").
std::string SortedLetters(std::string_view w) {
  std::string s(w);
  std::sort(s.begin(), s.end());
  return s;
}

}  // namespace

bool SimilarNames(std::string_view a, std::string_view b) {
  const std::string x = Skeleton(a), y = Skeleton(b);
  if (x.size() < 3 || y.size() < 3 || x[0] != y[0]) return false;
  if (x == y) return true;
  const size_t shorter = std::min(x.size(), y.size());
  const size_t d = Distance(x, y);
  if (shorter <= 5) return d <= 1 && Consonants(x) == Consonants(y);  // Kiev/Kyiv, not Iran/Irak
  return d <= (shorter >= 10 ? 2u : 1u);
}

struct NameChecker::Side {
  struct Candidate {
    std::string written, key;
    bool acronym = false;
    bool known = false;   // the lexicon has renderings for it
    bool common = false;  // an ordinary word, capitalised inside a name ("Cour", "Commission")
  };
  std::string folded_text;
  std::vector<std::string> folded_words;
  std::vector<bool> capitalised;  // per word: a capital that does not open a sentence
  std::unordered_set<std::string> keys;
  std::map<std::string, size_t> key_count;
  std::vector<Candidate> candidates;
  std::unordered_set<std::string> covered;  // keys of lexicon phrases found on both sides
  bool in_capitals = false;                 // a heading in capitals: no names to tell apart

  Side(const std::string& text, bool french, const lexicon::Lexicon& lexicon) {
    folded_text = text::FoldForMatching(text);
    // No-break spaces between the words of a name ("Affaires\u00A0étrangères").
    folded_text = SpacesPlain(folded_text);
    const auto words = text::SplitWords(text);
    // A heading in capitals has no acronyms to speak of.
    size_t upper = 0, lower = 0;
    for (char c : text) {
      upper += IsUpper(static_cast<unsigned char>(c));
      lower += IsLower(static_cast<unsigned char>(c));
    }
    in_capitals = upper > lower;
    const auto& function_words = FunctionWords(french ? "fr" : "nl");
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < words.size(); ++i) {
      const text::Word& w = words[i];
      const std::string folded = text::FoldForMatching(w.text);
      folded_words.push_back(folded);
      capitalised.push_back(!w.is_number && Capitalised(w.text) && !OpensSentence(text, w.begin));
      const std::string key = lexicon::WordKey(w.text);
      keys.insert(key);
      ++key_count[key];
      if (w.is_number || w.text.size() < 2 || !Capitalised(w.text)) continue;
      Candidate c;
      c.written = std::string(w.text);
      c.key = key;
      c.acronym = IsAcronym(w.text);
      if (c.acronym && in_capitals) continue;
      if (!c.acronym) {
        if (OpensSentence(text, w.begin) || text::CodePointCount(w.text) <= 3) continue;
        if (function_words.count(folded) || IsRomanNumeral(folded)) continue;
        c.common = french ? lexicon.IsCommonFrench(key) : lexicon.IsCommonDutch(key);
      }
      if (c.acronym && DefinedBefore(words, i, text, function_words)) continue;
      c.known = french ? lexicon.KnowsFrench(key) : lexicon.KnowsDutch(key);
      if (!seen.insert(key).second) continue;
      candidates.push_back(std::move(c));
    }
  }

  // "Fonds des accidents médicaux (FAM)": the acronym's letters are the
  // initials of the content words just before it.
  static bool DefinedBefore(const std::vector<text::Word>& words, size_t at,
                            const std::string& text,
                            const std::unordered_set<std::string>& function_words) {
    const std::string letters = text::FoldForMatching(words[at].text);
    std::string initials;
    for (size_t k = at; k > 0 && initials.size() < letters.size() + 4; --k) {
      const text::Word& w = words[k - 1];
      if (w.is_number) break;
      const std::string folded = text::FoldForMatching(w.text);
      if (function_words.count(folded) || folded.size() < 2) continue;
      initials.insert(initials.begin(), folded[0]);
    }
    (void)text;
    // The letters, in order, are a subsequence of the initials ending at the last word.
    if (initials.empty() || letters.empty() || initials.back() != letters.back()) return false;
    size_t j = letters.size();
    for (size_t k = initials.size(); k > 0 && j > 0; --k) {
      if (initials[k - 1] == letters[j - 1]) --j;
    }
    return j == 0;
  }

  // True when `phrase` (folded words) occurs with a capital inside it: written
  // as a name ("la Région wallonne"), not as a common term ("les entités fédérées").
  bool WrittenAsName(const std::string& phrase) const {
    const size_t n = text::SplitWords(phrase).size();
    for (size_t at = Find(phrase); at != std::string::npos; at = Find(phrase, at + 1)) {
      for (size_t k = 0; k < n; ++k) {
        if (capitalised[at + k]) return true;
      }
    }
    return false;
  }

  // The index of the first word of `phrase` (folded) in this side's words at
  // or after `from`, words compared by stem ("Waals Gewest" = "Waalse
  // Gewest", "l’Europe" = "l'Europe"); npos when absent.
  size_t Find(const std::string& phrase, size_t from = 0) const {
    std::vector<std::string> parts;
    for (const text::Word& w : text::SplitWords(phrase))
      parts.push_back(text::FoldForMatching(w.text));
    if (parts.empty()) return std::string::npos;
    for (size_t i = from; i + parts.size() <= folded_words.size(); ++i) {
      bool match = true;
      for (size_t k = 0; match && k < parts.size(); ++k)
        match = SameStem(folded_words[i + k], parts[k]);
      if (match) return i;
    }
    return std::string::npos;
  }

  bool HasWordLike(const std::string& written) const {
    for (const std::string& w : folded_words) {
      if (SimilarNames(written, w)) return true;
    }
    return false;
  }
};

NameChecker::NameChecker(const lexicon::Lexicon& lexicon,
                         const std::vector<std::pair<std::string, std::string>>& beads)
    : lexicon_(lexicon) {
  for (const lexicon::Entry& e : lexicon.entries()) {
    if (e.kind != "acronym" && e.kind != "country" && e.kind != "institution") continue;
    const auto fr_words = text::SplitWords(e.fr), nl_words = text::SplitWords(e.nl);
    if (fr_words.size() == 1) name_words_[0].insert(lexicon::WordKey(e.fr));
    if (nl_words.size() == 1) name_words_[1].insert(lexicon::WordKey(e.nl));
    if (e.kind == "country" && fr_words.size() == 1) countries_[0].insert(lexicon::WordKey(e.fr));
    if (e.kind == "country" && nl_words.size() == 1) countries_[1].insert(lexicon::WordKey(e.nl));
    if (fr_words.size() > 1 || nl_words.size() > 1) {
      name_phrases_.insert({text::FoldForMatching(e.fr), text::FoldForMatching(e.nl)});
    }
  }
  std::map<std::string, size_t> fr_count, nl_count;
  std::map<std::pair<std::string, std::string>, size_t> together;
  for (const auto& [fr, nl] : beads) {
    std::vector<std::string> fr_only, nl_only;
    Unmatched(fr, nl, false, &fr_only, &nl_only, false);
    std::vector<std::string> fr_acronyms, nl_acronyms;
    for (const std::string& w : fr_only) {
      if (IsAcronym(w)) fr_acronyms.push_back(w), ++fr_count[w];
    }
    for (const std::string& w : nl_only) {
      if (IsAcronym(w)) nl_acronyms.push_back(w), ++nl_count[w];
    }
    for (const std::string& f : fr_acronyms) {
      for (const std::string& n : nl_acronyms) ++together[{f, n}];
    }
  }
  for (const auto& [pair, count] : together) {
    if (count >= 2 && count == fr_count[pair.first] && count == nl_count[pair.second])
      acronym_pairs_.insert(pair);
  }
}

void NameChecker::Check(const std::string& fr, const std::string& nl,
                        std::vector<std::string>* fr_only,
                        std::vector<std::string>* nl_only) const {
  Unmatched(fr, nl, true, fr_only, nl_only, true);
}

void NameChecker::Unmatched(const std::string& fr, const std::string& nl, bool use_pairs,
                            std::vector<std::string>* fr_only, std::vector<std::string>* nl_only,
                            bool excuse) const {
  Side sides[2] = {Side(fr, true, lexicon_), Side(nl, false, lexicon_)};
  // Two forms of one entity of the alias table, one on each side, are one
  // name ("ONU" / "Verenigde Naties", "OMS" / "Wereldgezondheidsorganisatie",
  // "RDC" / "Congo"): their words are accounted for. Any form may stand on
  // either side (acronyms and English forms are written as they are).
  for (const lexicon::AliasEntity& entity : lexicon::Aliases()) {
    std::vector<const std::string*> found[2];
    for (int s = 0; s < 2; ++s) {
      for (const auto* forms : {&entity.fr, &entity.nl}) {
        for (const std::string& form : *forms) {
          if (sides[s].Find(form) != std::string::npos)  // (Find folds)
            found[s].push_back(&form);
        }
      }
    }
    if (found[0].empty() || found[1].empty()) continue;
    for (int s = 0; s < 2; ++s) {
      for (const std::string* form : found[s]) {
        for (const text::Word& w : text::SplitWords(*form))
          sides[s].covered.insert(lexicon::WordKey(w.text));
      }
    }
  }
  // Words of a lexicon phrase pair found on both sides are accounted for; a
  // phrase found on one side only is a known name without counterpart.
  std::vector<std::string> phrase_only[2];
  for (const auto& phrase : lexicon_.phrases()) {
    bool in_fr = sides[0].Find(phrase.fr) != std::string::npos;
    bool in_nl = sides[1].Find(phrase.nl) != std::string::npos;
    // A name on one side and the acronym of its rendering on the other:
    // "Royaume-Uni" / "VK" (Verenigd Koninkrijk).
    if (in_fr != in_nl) {
      const int missing = in_fr ? 1 : 0;
      const std::string& rendering = in_fr ? phrase.nl : phrase.fr;
      std::string initials;
      for (const text::Word& w : text::SplitWords(rendering)) {
        if (text::CodePointCount(w.text) > 2) initials.push_back(w.text[0]);
      }
      for (const Side::Candidate& c : sides[missing].candidates) {
        if (c.acronym && initials.size() >= 2 && text::FoldForMatching(c.written) == initials) {
          sides[missing].covered.insert(c.key);
          in_fr = in_nl = true;
        }
      }
    }
    // A long name shortened by its last words on the other side: "SPF Santé"
    // for "SPF Santé publique" / "FOD Volksgezondheid".
    if (in_fr != in_nl) {
      const auto words = text::SplitWords(in_fr ? phrase.nl : phrase.fr);
      std::string prefix;
      for (size_t m = 0; m + 1 < words.size() && !(in_fr && in_nl); ++m) {
        if (!prefix.empty()) prefix.push_back(' ');
        prefix.append(words[m].text);
        if (m >= 1 && sides[in_fr ? 1 : 0].Find(prefix) != std::string::npos) in_fr = in_nl = true;
      }
    }
    if (in_fr && in_nl) {
      for (const text::Word& w : text::SplitWords(phrase.fr))
        sides[0].covered.insert(lexicon::WordKey(w.text));
      for (const text::Word& w : text::SplitWords(phrase.nl))
        sides[1].covered.insert(lexicon::WordKey(w.text));
    } else if (name_phrases_.count({phrase.fr, phrase.nl}) == 0) {
      continue;  // a term ("notre pays" / "ons land"), not a name
    } else if (in_fr) {
      phrase_only[0].push_back(phrase.fr);
    } else if (in_nl) {
      phrase_only[1].push_back(phrase.nl);
    }
  }
  struct Left {
    std::vector<std::string> names;  // glossary names (single words), to report
    std::vector<std::string>
        phrases;  // glossary names of several words, to report when the other side has one left
    std::vector<std::string> others;  // names it does not know
    size_t known = 0;  // known name-like words without counterpart, common ones included
  } left[2];
  for (int s = 0; s < 2; ++s) {
    const Side& own = sides[s];
    const Side& other = sides[1 - s];
    for (const std::string& phrase : phrase_only[s]) {
      if (text::SplitWords(phrase).size() < 2) continue;  // a single word is a candidate of its own
      // A phrase that overlaps one with its counterpart is partly rendered
      // ("SPF Affaires étrangères" / "Buitenlandse Zaken"): left to its words.
      bool overlaps = false;
      for (const text::Word& w : text::SplitWords(phrase))
        overlaps |= own.covered.count(lexicon::WordKey(w.text)) > 0;
      // Nor one a distinctive word of which the other side writes as is
      // ("le Premier ministre" / "de premier").
      bool shared = false;
      for (const text::Word& w : text::SplitWords(phrase)) {
        shared |= text::CodePointCount(w.text) >= kMinSharedWord &&
                  std::find(other.folded_words.begin(), other.folded_words.end(),
                            text::FoldForMatching(w.text)) != other.folded_words.end();
      }
      if (overlaps || shared || own.in_capitals || !own.WrittenAsName(phrase)) continue;
      left[s].phrases.push_back(phrase);
      ++left[s].known;
    }
    for (const Side::Candidate& c : own.candidates) {
      if (own.covered.count(c.key) || other.keys.count(c.key)) continue;
      const auto& links = s == 0 ? lexicon_.DutchKeysOf(c.key) : lexicon_.FrenchKeysOf(c.key);
      bool found = false;
      for (const std::string& l : links) {
        if (other.keys.count(l) ||
            (l.size() >= kMinCompoundLink && other.folded_text.find(l) != std::string::npos)) {
          found = true;
          break;
        }
      }
      if (!found && c.acronym) {
        for (const Side::Candidate& o : other.candidates) {
          if (!o.acronym) continue;
          const bool paired =
              use_pairs && acronym_pairs_.count(s == 0 ? std::make_pair(c.written, o.written)
                                                       : std::make_pair(o.written, c.written));
          const bool same_letters = SortedLetters(c.written) == SortedLetters(o.written);
          const bool one_apart = c.written.size() >= 4 && c.written.size() == o.written.size() &&
                                 c.written[0] == o.written[0] &&
                                 Distance(c.written, o.written) <= 1;
          if (paired || same_letters || one_apart) {
            found = true;
            break;
          }
        }
      }
      if (!found && !c.acronym) found = other.HasWordLike(c.written);
      // A country is often "our country" / "ons land" on the other side.
      if (!found && countries_[s].count(c.key))
        // ... one that is not the rendering of this side's own "pays" / "land".
        found = Count(other.key_count, s == 0 ? "land" : "pays") >
                Count(own.key_count, s == 0 ? "pays" : "land");
      if (found) continue;
      const bool name = c.known && name_words_[s].count(c.key) > 0;
      if (name) ++left[s].known;
      if (c.common && !name) continue;
      (name ? left[s].names : left[s].others).push_back(c.written);
    }
  }
  for (int s = 0; s < 2; ++s) {
    std::vector<std::string>* out = s == 0 ? fr_only : nl_only;
    if (!excuse) {
      out->insert(out->end(), left[s].names.begin(), left[s].names.end());
      out->insert(out->end(), left[s].phrases.begin(), left[s].phrases.end());
      out->insert(out->end(), left[s].others.begin(), left[s].others.end());
      continue;
    }
    // Names the glossary knows are reported; a name it does not know cannot
    // be told from its own rendering (Rekenhof / Cour des comptes).
    // A single known name is reported when the other side has a known name
    // left too (one was put for the other: "la Belgique" / "de NAVO"); a
    // name dropped with nothing in its place is most often a pronoun or a
    // paraphrase ("le SPF" / "Buitenlandse Zaken"). A glossary name of
    // several words written as a name is reported on its own.
    if (left[1 - s].known > 0) out->insert(out->end(), left[s].names.begin(), left[s].names.end());
    out->insert(out->end(), left[s].phrases.begin(), left[s].phrases.end());
  }
}

}  // namespace tandem::qa
