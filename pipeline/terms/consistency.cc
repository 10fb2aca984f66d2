// Term consistency inside one aligned document: term-base terms without
// their equivalent, terms rendered two ways.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "pipeline/terms/phrases.h"
#include "pipeline/terms/terms.h"

namespace tandem::terms {
namespace {

// A Dutch single-word equivalent this long is also found inside a compound.
constexpr size_t kMinCompoundPart = 6;
// A document's own term counts when its usual rendering is this closely associated with it (Dice).
constexpr double kMinDocumentScore = 0.66;

// A term of one language and what may render it in the other.
struct TermInfo {
  std::string surface;                             // as the term base writes it
  std::map<std::string, std::string> equivalents;  // key -> written form, in the other language
  bool from_termbase = true;                       // false: a recurring term of the document itself
};

// Phrase keys of one language, matched longest first.
class Matcher {
 public:
  void Add(const std::string& key) {
    if (key.empty()) return;
    keys_.insert(key);
    max_words_ = std::max<size_t>(max_words_,
                                  static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1);
  }
  struct Match {
    std::string key;
    size_t begin, count;
  };
  // Leftmost-longest, non-overlapping matches.
  std::vector<Match> Find(const std::vector<Token>& tokens) const {
    std::vector<Match> out;
    for (size_t i = 0; i < tokens.size();) {
      size_t matched = 0;
      for (size_t n = std::min(max_words_, tokens.size() - i); n >= 1 && matched == 0; --n) {
        if (n > 1 && std::any_of(tokens.begin() + static_cast<long>(i) + 1,
                                 tokens.begin() + static_cast<long>(i + n),
                                 [](const Token& t) { return t.break_before; })) {
          continue;
        }
        std::string key = KeyOf(tokens, i, n);
        if (keys_.count(key)) {
          out.push_back({std::move(key), i, n});
          matched = n;
        }
      }
      i += matched ? matched : 1;
    }
    return out;
  }

 private:
  std::set<std::string> keys_;
  size_t max_words_ = 1;
};

struct Side {
  std::string text;
  std::vector<Token> tokens;
  std::map<std::string, std::string> found;  // key -> written form here
};

// True when `key` (an equivalent) is on `side`: as a phrase, or as a Dutch
// single word inside a compound ("klimaatfinanciering" in "klimaatfinancieringsdoel").
bool Present(const Side& side, const std::string& key, const std::string& written, bool dutch) {
  if (side.found.count(key)) return true;
  for (size_t i = 0; i + 1 <= side.tokens.size(); ++i) {
    // A phrase whose words the matcher did not see (inside a longer match).
    const size_t words = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
    if (i + words <= side.tokens.size() && KeyOf(side.tokens, i, words) == key) return true;
  }
  if (!dutch || key.find(' ') != std::string::npos) return false;
  const std::vector<Token> word = Tokenize(written, Language::kDutch);
  if (word.size() != 1 || word[0].folded.size() < kMinCompoundPart) return false;
  return std::any_of(side.tokens.begin(), side.tokens.end(), [&](const Token& t) {
    return t.folded.size() > word[0].folded.size() &&
           t.folded.find(word[0].folded) != std::string::npos;
  });
}

std::string Units(const std::vector<size_t>& beads) {
  std::string out = beads.size() == 1 ? "unit " : "units ";
  for (size_t i = 0; i < beads.size(); ++i) {
    if (i == 5) return out + fmt::format(", … ({} in all)", beads.size());
    if (i > 0) out += ", ";
    out += fmt::format("{}", beads[i] + 1);
  }
  return out;
}

// Another rendering of a term whose usual rendering `usual` is missing here:
// a phrase of `side` of the same number of words that keeps some of the
// usual rendering's content words in the same places and replaces the others
// by words that translate a word of the term (`term_words`, folded, in the
// other language) for the lexicon or look like one: "territoriale
// onschendbaarheid" for "territoriale integriteit" (intégrité), not
// "politique intérieure" for "politique étrangère". "" when none, and always
// for a one-word rendering.
std::string OtherRendering(const Side& side, const std::string& usual, Language language,
                           const std::vector<std::string>& term_words,
                           const lexicon::Lexicon& lexicon) {
  const std::vector<Token> want = Tokenize(usual, language);
  if (want.size() < 2) return "";
  const size_t n = want.size();
  const auto translates = [&](const std::string& word) {
    return std::any_of(term_words.begin(), term_words.end(), [&](const std::string& t) {
      return language == Language::kDutch ? WordsLinked(lexicon, t, word, false)
                                          : WordsLinked(lexicon, word, t, false);
    });
  };
  for (size_t i = 0; i + n <= side.tokens.size(); ++i) {
    bool ok = true;
    size_t shared = 0, replaced = 0;
    for (size_t k = 0; k < n && ok; ++k) {
      const Token& t = side.tokens[i + k];
      if ((k > 0 && t.break_before) || t.number) {
        ok = false;
      } else if (t.stem == want[k].stem) {
        shared += !t.stop;
      } else if (want[k].stop || t.stop || LetterCount(t.folded) < 3 || !translates(t.folded) ||
                 t.folded.find(want[k].folded) != std::string::npos ||
                 want[k].folded.find(t.folded) != std::string::npos) {
        // Function words stay in place; a replacement translates the term and
        // is not a compound of the usual word ("veiligheidsstrategie" is
        // another concept than "veiligheid").
        ok = false;
      } else {
        // The usual word elsewhere in the unit: the words are only reordered.
        ok = std::none_of(side.tokens.begin(), side.tokens.end(),
                          [&](const Token& other) { return other.stem == want[k].stem; });
        ++replaced;
      }
    }
    if (ok && replaced > 0 && shared > 0) return SurfaceOf(side.text, side.tokens, i, n);
  }
  return "";
}

std::vector<std::string> ContentFolded(std::string_view phrase, Language language) {
  std::vector<std::string> words;
  for (const Token& t : Tokenize(phrase, language)) {
    if (!t.stop && !t.number) words.push_back(t.folded);
  }
  return words;
}

}  // namespace

std::vector<std::vector<qa::Flag>> CheckConsistency(const Stream& fr, const Stream& nl,
                                                    const std::vector<align::Bead>& beads,
                                                    const ConsistencyOptions& options) {
  std::vector<std::vector<qa::Flag>> flags(beads.size());
  const Termbase& termbase = options.termbase ? *options.termbase : GlossaryTermbase();
  const lexicon::Lexicon& lexicon = options.lexicon ? *options.lexicon : lexicon::Builtin();

  // Terms by key, both ways; a term listed in several entries accepts all their equivalents.
  std::map<std::string, TermInfo> fr_terms, nl_terms;
  std::map<std::string, std::string> deprecated_nl;  // deprecated Dutch key -> written
  for (const TermEntry& e : termbase.entries) {
    for (const TermVariant& f : e.fr) {
      if (f.deprecated) continue;
      const std::string fk = PhraseKey(f.text, Language::kFrench);
      for (const TermVariant& n : e.nl) {
        const std::string nk = PhraseKey(n.text, Language::kDutch);
        if (fk.empty() || nk.empty()) continue;
        if (n.deprecated) {
          deprecated_nl.emplace(nk, n.text);
          continue;
        }
        fr_terms.try_emplace(fk, TermInfo{f.text, {}, true})
            .first->second.equivalents.emplace(nk, n.text);
        // The glossary's Dutch single words are mostly compounds a French
        // phrase may paraphrase: checked from the French side only.
        if (options.termbase == nullptr && ContentWords(n.text, Language::kDutch) < 2) continue;
        nl_terms.try_emplace(nk, TermInfo{n.text, {}, true})
            .first->second.equivalents.emplace(fk, f.text);
      }
    }
  }

  // The sides of each two-sided bead.
  std::vector<Side> fr_sides(beads.size()), nl_sides(beads.size());
  std::vector<AlignedText> units;
  for (size_t b = 0; b < beads.size(); ++b) {
    const align::Bead& bead = beads[b];
    if (bead.fr_count == 0 || bead.nl_count == 0) continue;
    fr_sides[b].text = fr.Text(bead.fr_begin, bead.fr_count);
    nl_sides[b].text = nl.Text(bead.nl_begin, bead.nl_count);
    fr_sides[b].tokens = Tokenize(fr_sides[b].text, Language::kFrench);
    nl_sides[b].tokens = Tokenize(nl_sides[b].text, Language::kDutch);
    units.push_back({fr_sides[b].text, nl_sides[b].text});
  }

  // The document's own recurring terms and their usual rendering.
  if (options.document_terms && !units.empty()) {
    ExtractOptions extract;
    extract.lexicon = options.lexicon;
    extract.min_count = 2;
    for (const TermEntry& e : ExtractTerms(units, extract).entries) {
      // Phrases rendered the same way at least twice, and closely associated.
      if (e.fr.empty() || e.nl.empty() || e.nl.front().count < 2 || e.score < kMinDocumentScore)
        continue;
      if (ContentWords(e.fr.front().text, Language::kFrench) < 2) continue;
      const std::string fk = PhraseKey(e.fr.front().text, Language::kFrench);
      const std::string nk = PhraseKey(e.nl.front().text, Language::kDutch);
      if (fr_terms.count(fk)) continue;  // the term base says what renders it
      // Only a usual rendering every word of which the lexicon or the spelling
      // ties to the term ("Europese veiligheidsarchitectuur" does not render
      // "sécurité européenne").
      if (Coverage(lexicon, ContentFolded(e.fr.front().text, Language::kFrench),
                   ContentFolded(e.nl.front().text, Language::kDutch), /*compounds=*/false) < 1.0) {
        continue;
      }
      fr_terms.emplace(fk, TermInfo{e.fr.front().text, {{nk, e.nl.front().text}}, false});
    }
  }

  Matcher fr_matcher, nl_matcher;
  for (const auto& [key, info] : fr_terms) fr_matcher.Add(key);
  for (const auto& [key, info] : nl_terms) nl_matcher.Add(key);
  for (const auto& [key, written] : deprecated_nl) nl_matcher.Add(key);
  for (size_t b = 0; b < beads.size(); ++b) {
    for (Side* side : {&fr_sides[b], &nl_sides[b]}) {
      const Matcher& matcher = side == &fr_sides[b] ? fr_matcher : nl_matcher;
      for (const Matcher::Match& m : matcher.Find(side->tokens)) {
        side->found.try_emplace(m.key, SurfaceOf(side->text, side->tokens, m.begin, m.count));
      }
    }
  }

  // One direction: terms of `from` sides and their equivalents on `to` sides.
  const auto check = [&](const std::map<std::string, TermInfo>& terms,
                         const std::vector<Side>& from, const std::vector<Side>& to,
                         bool french_terms) {
    const Language to_language = french_terms ? Language::kDutch : Language::kFrench;
    const Language from_language = french_terms ? Language::kFrench : Language::kDutch;
    for (const auto& [key, info] : terms) {
      std::map<std::string, std::vector<size_t>> uses;  // equivalent key -> beads
      std::vector<size_t> missing;
      for (size_t b = 0; b < beads.size(); ++b) {
        if (!from[b].found.count(key)) continue;
        bool rendered = false;
        for (const auto& [eq_key, eq_written] : info.equivalents) {
          if (Present(to[b], eq_key, eq_written, french_terms)) {
            uses[eq_key].push_back(b);
            rendered = true;
            break;
          }
        }
        if (!rendered) missing.push_back(b);
      }
      // The commonest equivalent in this document (the term base's first on a tie).
      std::string usual_key;
      size_t usual_count = 0;
      for (const auto& [eq_key, where] : uses) {
        if (where.size() > usual_count) {
          usual_key = eq_key;
          usual_count = where.size();
        }
      }
      for (size_t b : missing) {
        const std::string written = from[b].found.at(key);
        const std::string usual =
            usual_count > 0 ? info.equivalents.at(usual_key) : info.equivalents.begin()->second;
        const std::string other = OtherRendering(to[b], usual, to_language,
                                                 ContentFolded(written, from_language), lexicon);
        // A given term base's terms are flagged wherever their equivalent is
        // missing. The built-in glossary lists common renderings, not a
        // service's approved terms, and a careful translation paraphrases:
        // its terms, like the document's own, are flagged only where another
        // rendering of the term is found while the usual one is used elsewhere
        // in the document.
        const bool given_term = info.from_termbase && options.termbase != nullptr;
        if (!given_term && (other.empty() || usual_count == 0)) continue;
        qa::Flag flag{qa::FlagKind::kTerm, "", {}, {}};
        const std::string side_name = french_terms ? "Dutch" : "French";
        if (usual_count > 0 && !other.empty()) {
          flag.message = fmt::format("\"{}\" rendered \"{}\" here but \"{}\" in {}", written, other,
                                     usual, Units(uses[usual_key]));
        } else if (usual_count > 0) {
          flag.message = fmt::format("\"{}\" without \"{}\" in the {} here (rendered so in {})",
                                     written, usual, side_name, Units(uses[usual_key]));
        } else if (!other.empty()) {
          flag.message = fmt::format("\"{}\" rendered \"{}\" here; the term base has \"{}\"",
                                     written, other, usual);
        } else {
          flag.message = fmt::format("\"{}\" without its term-base equivalent \"{}\" in the {}",
                                     written, usual, side_name);
        }
        auto& mine = french_terms ? flag.fr_words : flag.nl_words;
        auto& theirs = french_terms ? flag.nl_words : flag.fr_words;
        mine.push_back(written);
        if (!other.empty()) theirs.push_back(other);
        flags[b].push_back(std::move(flag));
      }
      // Two equivalents of the term base used in one document: the rarer one is flagged.
      if (uses.size() >= 2) {
        for (const auto& [eq_key, where] : uses) {
          if (eq_key == usual_key) continue;
          const std::string& used = info.equivalents.at(eq_key);
          const std::string& usual = info.equivalents.at(usual_key);
          // An acronym beside its full form is no inconsistency ("VS" / "Verenigde Staten").
          const auto acronym = [](const std::string& s) {
            return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
          };
          if (acronym(used) || acronym(usual)) continue;
          for (size_t b : where) {
            qa::Flag flag{
                qa::FlagKind::kTerm,
                fmt::format("\"{}\" rendered \"{}\" here but \"{}\" in {}", from[b].found.at(key),
                            used, usual, Units(uses.at(usual_key))),
                {},
                {}};
            (french_terms ? flag.fr_words : flag.nl_words).push_back(from[b].found.at(key));
            (french_terms ? flag.nl_words : flag.fr_words).push_back(used);
            flags[b].push_back(std::move(flag));
          }
        }
      }
    }
  };
  check(fr_terms, fr_sides, nl_sides, true);
  check(nl_terms, nl_sides, fr_sides, false);

  // Deprecated Dutch terms of the term base.
  for (size_t b = 0; b < beads.size(); ++b) {
    for (const auto& [key, written] : deprecated_nl) {
      const auto it = nl_sides[b].found.find(key);
      if (it == nl_sides[b].found.end()) continue;
      flags[b].push_back(
          qa::Flag{qa::FlagKind::kTerm,
                   fmt::format("\"{}\" is a deprecated term in the term base", it->second),
                   {},
                   {it->second}});
    }
  }
  return flags;
}

}  // namespace tandem::terms
