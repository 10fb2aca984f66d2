// Term candidates from aligned units: candidate phrases on each side of each
// sentence pair, associated across languages by co-occurrence (Dice).
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>

#include "pipeline/align/sentence_aligner.h"
#include "pipeline/terms/phrases.h"
#include "pipeline/terms/terms.h"

namespace tandem::terms {
namespace {

// A single word is a term candidate only when it is this long (letters):
// "multilatéralisme", "désarmement", not "pays" or "aide".
constexpr size_t kMinSingleLetters = 8;
// A Dutch rendering may be a shorter single word ("doodstraf", "vrede").
constexpr size_t kMinSingleLettersRendering = 5;
// A phrase inside longer candidates holding this share of its occurrences
// is not a term of its own ("international humanitaire" in "droit
// international humanitaire").
constexpr double kSubsumedShare = 0.75;

// Candidate phrases of one language, interned.
class Phrases {
 public:
  uint32_t Intern(const std::vector<Token>& tokens, Span span) {
    const std::string key = KeyOf(tokens, span.begin, span.count);
    auto [it, added] = ids_.try_emplace(key, static_cast<uint32_t>(keys_.size()));
    if (added) {
      keys_.push_back(key);
      std::vector<std::string> content;
      for (size_t i = span.begin; i < span.begin + span.count; ++i) {
        if (!tokens[i].stop) content.push_back(tokens[i].folded);
      }
      content_.push_back(std::move(content));
      words_.push_back(span.count);
      freq_.push_back(0);
      surfaces_.emplace_back();
    }
    return it->second;
  }
  void Seen(uint32_t id, const std::string& surface) {
    ++freq_[id];
    ++surfaces_[id][surface];
  }
  size_t freq(uint32_t id) const { return freq_[id]; }
  size_t words(uint32_t id) const { return words_[id]; }
  const std::string& key(uint32_t id) const { return keys_[id]; }
  const std::vector<std::string>& content(uint32_t id) const { return content_[id]; }
  size_t size() const { return keys_.size(); }
  // The commonest written form; on a tie, one that does not open with a capital.
  std::string Surface(uint32_t id) const {
    const std::string* best = nullptr;
    size_t best_count = 0;
    for (const auto& [surface, count] : surfaces_[id]) {
      const bool lower = !surface.empty() && !(surface[0] >= 'A' && surface[0] <= 'Z');
      const bool best_lower = best && !best->empty() && !((*best)[0] >= 'A' && (*best)[0] <= 'Z');
      if (best == nullptr || count > best_count || (count == best_count && lower && !best_lower)) {
        best = &surface;
        best_count = count;
      }
    }
    return best ? *best : "";
  }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> keys_;
  std::vector<std::vector<std::string>> content_;
  std::vector<size_t> words_, freq_;
  std::vector<std::map<std::string, size_t>> surfaces_;
};

struct PairPhrases {
  std::vector<uint32_t> fr, nl;  // distinct candidate ids of each side
};

uint64_t PairKey(uint32_t f, uint32_t n) { return (static_cast<uint64_t>(f) << 32) | n; }

// True when the words of `inner` appear contiguously in `outer` (keys are
// stems joined by single spaces).
bool Contains(const std::string& outer, const std::string& inner) {
  if (outer.size() <= inner.size()) return false;
  const std::string padded_outer = " " + outer + " ";
  return padded_outer.find(" " + inner + " ") != std::string::npos;
}

// Without a tagger: a French word whose ending marks a verb form or an
// adjective ("renforcera", "consacrer", "climatique", "internationale") is
// not a term on its own.
bool LooksLikeNoun(const std::string& folded) {
  static constexpr std::string_view kEndings[] = {
      "er",    "ra",  "rai", "ront", "rait",  "raient", "ait", "aient", "ons",   "ez",   "ique",
      "iques", "al",  "ale", "ales", "aux",   "if",     "ifs", "ive",   "ives",  "el",   "elle",
      "elles", "els", "eux", "euse", "euses", "ees",    "ant", "ante",  "antes", "ient", "issent"};
  for (std::string_view e : kEndings) {
    if (folded.size() > e.size() && folded.compare(folded.size() - e.size(), e.size(), e) == 0)
      return false;
  }
  return true;
}

// A French word whose ending marks a verb form ("fournir", "renforcer",
// "soutiendra", "pourriez"): a phrase starting or ending with one is a clause,
// not a term.
bool LooksLikeVerb(const std::string& folded) {
  static constexpr std::string_view kEndings[] = {"ir",     "ra",    "rai", "ront", "rait",
                                                  "raient", "aient", "ez",  "iez"};
  if (folded.size() > 4 && folded.compare(folded.size() - 2, 2, "er") == 0 &&
      folded.compare(folded.size() - 3, 3, "ier") != 0) {
    return true;
  }
  for (std::string_view e : kEndings) {
    if (folded.size() > e.size() + 2 && folded.compare(folded.size() - e.size(), e.size(), e) == 0)
      return true;
  }
  return false;
}

std::string Join(const std::vector<std::string>& sentences) {
  std::string out;
  for (const std::string& s : sentences) {
    if (!out.empty()) out.push_back(' ');
    out += s;
  }
  return out;
}

}  // namespace

Termbase ExtractTerms(const std::vector<AlignedText>& units, const ExtractOptions& options) {
  const lexicon::Lexicon& lexicon = options.lexicon ? *options.lexicon : lexicon::Builtin();
  const size_t min_count = std::max<size_t>(options.min_count, 1);
  const size_t max_words = std::clamp<size_t>(options.max_words, 1, 8);
  align::AlignOptions align_options;
  align_options.lexicon = &lexicon;

  Phrases fr_phrases, nl_phrases;
  std::vector<PairPhrases> pairs;
  for (const AlignedText& unit : units) {
    if (unit.fr.empty() || unit.nl.empty()) continue;
    for (const align::SentencePair& sp : align::AlignSentences(unit.fr, unit.nl, align_options)) {
      if (sp.fr.empty() || sp.nl.empty()) continue;
      PairPhrases pp;
      for (int side = 0; side < 2; ++side) {
        const std::string text = Join(side == 0 ? sp.fr : sp.nl);
        const std::vector<Token> tokens =
            Tokenize(text, side == 0 ? Language::kFrench : Language::kDutch);
        Phrases& phrases = side == 0 ? fr_phrases : nl_phrases;
        std::vector<uint32_t>& ids = side == 0 ? pp.fr : pp.nl;
        std::map<uint32_t, std::string> distinct;
        const size_t min_single = side == 0 ? kMinSingleLetters : kMinSingleLettersRendering;
        for (Span span :
             CandidateSpans(tokens, side == 0 ? max_words : max_words + 1, min_single)) {
          distinct.try_emplace(phrases.Intern(tokens, span),
                               SurfaceOf(text, tokens, span.begin, span.count));
        }
        for (const auto& [id, surface] : distinct) {
          phrases.Seen(id, surface);
          ids.push_back(id);
        }
      }
      pairs.push_back(std::move(pp));
    }
  }

  // Joint counts of frequent candidates.
  std::unordered_map<uint64_t, uint32_t> joint;
  for (const PairPhrases& pp : pairs) {
    for (uint32_t f : pp.fr) {
      if (fr_phrases.freq(f) < min_count) continue;
      for (uint32_t n : pp.nl) {
        if (nl_phrases.freq(n) >= min_count) ++joint[PairKey(f, n)];
      }
    }
  }
  std::unordered_map<uint64_t, double> coverage_cache;
  const auto coverage = [&](uint32_t f, uint32_t n) {
    auto [it, added] = coverage_cache.try_emplace(PairKey(f, n), 0.0);
    if (added) {
      // The share of the French words the Dutch phrase renders: extra Dutch
      // words cost nothing here (the length comparison weighs them).
      const std::vector<std::string>& fr_words = fr_phrases.content(f);
      const std::vector<std::string>& nl_words = nl_phrases.content(n);
      size_t covered = 0;
      for (const std::string& w : fr_words) {
        covered += std::any_of(nl_words.begin(), nl_words.end(),
                               [&](const std::string& v) { return WordsLinked(lexicon, w, v); });
      }
      it->second = fr_words.empty()
                       ? 0.0
                       : static_cast<double>(covered) / static_cast<double>(fr_words.size());
    }
    return it->second;
  };
  const auto dice = [&](uint32_t f, uint32_t n, size_t together) {
    return 2.0 * static_cast<double>(together) /
           static_cast<double>(fr_phrases.freq(f) + nl_phrases.freq(n));
  };
  // Ranks Dutch candidates for French `f`: association weighed by the
  // lexicon's and the spelling's support (a partial rendering such as
  // "maritieme" for "stratégie maritime" co-occurs as often as the whole),
  // then any support, then a length like the French one, then the longer.
  struct Ranked {
    double score = -1;
    double cover = 0;
    size_t length_gap = 0, words = 0;
    bool operator>(const Ranked& o) const {
      if (score != o.score) return score > o.score;
      if ((cover > 0) != (o.cover > 0)) return cover > 0;
      if (length_gap != o.length_gap) return length_gap < o.length_gap;
      if (cover != o.cover) return cover > o.cover;
      return words > o.words;
    }
  };
  const auto rank = [&](uint32_t f, uint32_t n, size_t together) {
    Ranked r;
    r.cover = coverage(f, n);
    r.score = dice(f, n, together) * (0.5 + 0.5 * r.cover);
    const size_t fw = fr_phrases.content(f).size(), nw = nl_phrases.content(n).size();
    r.length_gap = fw > nw ? fw - nw : nw - fw;
    r.words = nw;
    return r;
  };

  // The main rendering of each French candidate.
  std::vector<std::pair<uint32_t, size_t>> best(fr_phrases.size(),
                                                {UINT32_MAX, 0});  // (nl id, joint)
  std::vector<Ranked> best_rank(fr_phrases.size());
  for (const auto& [key, together] : joint) {
    if (together < min_count) continue;
    const auto f = static_cast<uint32_t>(key >> 32);
    const auto n = static_cast<uint32_t>(key & 0xFFFFFFFFu);
    const Ranked r = rank(f, n, together);
    if (best[f].first == UINT32_MAX || r > best_rank[f] ||
        (!(best_rank[f] > r) && nl_phrases.key(n) < nl_phrases.key(best[f].first))) {
      best[f] = {n, together};
      best_rank[f] = r;
    }
  }
  std::vector<uint32_t> accepted;
  for (uint32_t f = 0; f < fr_phrases.size(); ++f) {
    if (best[f].first == UINT32_MAX) continue;
    const std::vector<std::string>& words = fr_phrases.content(f);
    if (words.size() >= 2 && (LooksLikeVerb(words.front()) || LooksLikeVerb(words.back())))
      continue;
    if (fr_phrases.words(f) == 1) {
      // A single word: a noun the lexicon or the spelling ties to its rendering.
      if (!LooksLikeNoun(fr_phrases.content(f).front()) || best_rank[f].cover <= 0) continue;
    }
    if (dice(f, best[f].first, best[f].second) < options.min_score) continue;
    accepted.push_back(f);
  }
  // Drop phrases nearly always inside a longer accepted one.
  std::vector<uint32_t> terms;
  for (uint32_t f : accepted) {
    // The longer terms holding it, together ("étrangère" in "politique
    // étrangère" and "Affaires étrangères").
    size_t inside = 0;
    for (uint32_t g : accepted) {
      if (Contains(fr_phrases.key(g), fr_phrases.key(f))) inside += fr_phrases.freq(g);
    }
    const bool subsumed =
        static_cast<double>(inside) >= kSubsumedShare * static_cast<double>(fr_phrases.freq(f));
    if (!subsumed) terms.push_back(f);
  }

  // How each sentence pair holding a term renders it.
  std::unordered_map<uint32_t, std::map<uint32_t, size_t>> renderings;
  for (uint32_t f : terms) renderings[f];
  for (const PairPhrases& pp : pairs) {
    for (uint32_t f : pp.fr) {
      auto it = renderings.find(f);
      if (it == renderings.end()) continue;
      const uint32_t main = best[f].first;
      if (std::find(pp.nl.begin(), pp.nl.end(), main) != pp.nl.end()) {
        ++it->second[main];
        continue;
      }
      // Another rendering: the pair's Dutch phrase that the lexicon or the
      // spelling links to the term, ranked as the main one was.
      uint32_t other = UINT32_MAX;
      Ranked other_rank;
      for (uint32_t n : pp.nl) {
        const auto j = joint.find(PairKey(f, n));
        const Ranked r = rank(f, n, j == joint.end() ? 1 : j->second);
        // A part of the usual rendering is no other rendering ("Buitenlandse" of "buitenlands
        // beleid").
        if (r.cover < 0.5 || Contains(nl_phrases.key(main), nl_phrases.key(n))) continue;
        if (other == UINT32_MAX || r > other_rank) {
          other = n;
          other_rank = r;
        }
      }
      if (other != UINT32_MAX) ++it->second[other];
    }
  }

  Termbase termbase;
  for (uint32_t f : terms) {
    TermEntry entry;
    entry.fr.push_back({fr_phrases.Surface(f), fr_phrases.freq(f), false});
    const uint32_t main = best[f].first;
    const auto& counts = renderings[f];
    const auto main_count = counts.find(main);
    entry.nl.push_back(
        {nl_phrases.Surface(main), main_count == counts.end() ? 0 : main_count->second, false});
    std::vector<std::pair<size_t, uint32_t>> others;
    for (const auto& [n, count] : counts) {
      if (n != main) others.push_back({count, n});
    }
    std::sort(others.begin(), others.end(), [&](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first
                                : nl_phrases.key(a.second) < nl_phrases.key(b.second);
    });
    for (const auto& [count, n] : others) entry.nl.push_back({nl_phrases.Surface(n), count, false});
    entry.part_of_speech = "noun";
    entry.count = fr_phrases.freq(f);
    entry.score = dice(f, main, best[f].second);
    termbase.entries.push_back(std::move(entry));
  }
  std::sort(termbase.entries.begin(), termbase.entries.end(),
            [](const TermEntry& a, const TermEntry& b) {
              if (a.count != b.count) return a.count > b.count;
              return a.fr.front().text < b.fr.front().text;
            });
  for (size_t i = 0; i < termbase.entries.size(); ++i)
    termbase.entries[i].id = fmt::format("t{}", i + 1);
  return termbase;
}

}  // namespace tandem::terms
