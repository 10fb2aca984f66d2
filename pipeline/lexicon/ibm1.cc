#include "pipeline/lexicon/ibm1.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "pipeline/lexicon/word_key.h"

namespace tandem::lexicon {
namespace {

using Sentence = std::vector<uint32_t>;
constexpr uint32_t kNull = 0;  // id 0 of each vocabulary is the empty word

struct Vocabulary {
  std::unordered_map<std::string, uint32_t> ids{{"", kNull}};
  std::vector<std::string> words{""};
  std::vector<size_t> counts{0};

  Sentence Encode(const std::vector<std::string>& keys) {
    Sentence s;
    std::vector<uint32_t> seen;
    for (const std::string& k : keys) {
      auto [it, inserted] = ids.try_emplace(k, static_cast<uint32_t>(words.size()));
      if (inserted) {
        words.push_back(k);
        counts.push_back(0);
      }
      s.push_back(it->second);
      if (std::find(seen.begin(), seen.end(), it->second) == seen.end()) seen.push_back(it->second);
    }
    for (uint32_t id : seen) ++counts[id];
    return s;
  }
};

uint64_t Pair(uint32_t source, uint32_t target) { return (uint64_t{source} << 32) | target; }

// t(target | source) after EM over `corpus` (source sentence, target sentence).
std::unordered_map<uint64_t, double> Train(const std::vector<std::pair<Sentence, Sentence>>& corpus,
                                           int iterations) {
  std::unordered_map<uint64_t, double> t;
  for (const auto& [source, target] : corpus) {
    for (uint32_t tw : target) {
      t[Pair(kNull, tw)] = 1;
      for (uint32_t sw : source) t[Pair(sw, tw)] = 1;
    }
  }
  std::unordered_map<uint64_t, double> counts;
  std::unordered_map<uint32_t, double> totals;
  for (int iteration = 0; iteration < iterations; ++iteration) {
    counts.clear();
    totals.clear();
    for (const auto& [source, target] : corpus) {
      for (uint32_t tw : target) {
        double denominator = t[Pair(kNull, tw)];
        for (uint32_t sw : source) denominator += t[Pair(sw, tw)];
        if (denominator <= 0) continue;
        auto collect = [&](uint32_t sw) {
          const double c = t[Pair(sw, tw)] / denominator;
          counts[Pair(sw, tw)] += c;
          totals[sw] += c;
        };
        collect(kNull);
        for (uint32_t sw : source) collect(sw);
      }
    }
    for (auto& [pair, value] : t) {
      const double total = totals[static_cast<uint32_t>(pair >> 32)];
      auto c = counts.find(pair);
      value = total > 0 && c != counts.end() ? c->second / total : 0;
    }
  }
  return t;
}

}  // namespace

Lexicon Learn(const std::vector<std::pair<std::string, std::string>>& aligned,
              const LearnOptions& options) {
  Vocabulary fr, nl;
  std::vector<std::pair<Sentence, Sentence>> fr_nl, nl_fr;
  for (const auto& [fr_text, nl_text] : aligned) {
    const auto fr_keys = ContentKeys(fr_text, "fr");
    const auto nl_keys = ContentKeys(nl_text, "nl");
    if (fr_keys.empty() || nl_keys.empty() || fr_keys.size() > options.max_words ||
        nl_keys.size() > options.max_words) {
      continue;
    }
    Sentence f = fr.Encode(fr_keys), n = nl.Encode(nl_keys);
    fr_nl.emplace_back(f, n);
    nl_fr.emplace_back(std::move(n), std::move(f));
  }
  const auto nl_given_fr = Train(fr_nl, options.iterations);
  const auto fr_given_nl = Train(nl_fr, options.iterations);
  std::vector<Entry> found;
  for (const auto& [pair, p_forward] : nl_given_fr) {
    const auto f = static_cast<uint32_t>(pair >> 32), n = static_cast<uint32_t>(pair & 0xFFFFFFFF);
    if (f == kNull || n == kNull || p_forward < options.min_probability) continue;
    if (fr.counts[f] < options.min_count || nl.counts[n] < options.min_count) continue;
    auto back = fr_given_nl.find(Pair(n, f));
    if (back == fr_given_nl.end() || back->second < options.min_probability) continue;
    found.push_back(
        Entry{fr.words[f], nl.words[n], Origin::kLearned, "", std::sqrt(p_forward * back->second)});
  }
  std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
    return a.weight != b.weight ? a.weight > b.weight : std::tie(a.fr, a.nl) < std::tie(b.fr, b.nl);
  });
  Lexicon lexicon;
  for (Entry& e : found) lexicon.Add(std::move(e));
  return lexicon;
}

}  // namespace tandem::lexicon
