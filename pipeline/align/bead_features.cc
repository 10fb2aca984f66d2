#include "pipeline/align/bead_features.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/paragraphs.h"
#include "pipeline/text/utf8.h"
#include "pipeline/text/words.h"

namespace tandem::align {

uint32_t KeyTable::Id(const std::string& key) {
  return ids_.try_emplace(key, static_cast<uint32_t>(ids_.size())).first->second;
}

BlockFeatures ComputeFeatures(const Block& block, Language language,
                              const lexicon::Lexicon& lexicon, KeyTable& keys) {
  BlockFeatures f;
  const bool french = language != Language::kDutch;
  f.length = static_cast<double>(text::CodePointCount(block.text));
  f.kind = block.kind;
  f.section = text::LeadingSectionNumber(block.text);

  // Distinct words in order of first occurrence; a block has at most 65,535
  // distinct words counted (a longer one is evidence enough).
  std::unordered_map<uint32_t, uint16_t> word_of_id;
  auto add_word = [&](const std::string& key) -> int {
    const uint32_t id = keys.Id(key);
    auto [it, inserted] = word_of_id.try_emplace(id, static_cast<uint16_t>(f.own.size()));
    if (!inserted) return -1;
    if (f.own.size() == std::numeric_limits<uint16_t>::max()) {
      word_of_id.erase(it);
      return -1;
    }
    f.own.push_back(id);
    f.links.push_back({id, it->second});
    return it->second;
  };
  for (const std::string& key : lexicon::ContentKeys(block.text, french ? "fr" : "nl")) {
    const int word = add_word(key);
    if (word < 0 || !french) continue;
    for (const std::string& nl : lexicon.DutchKeysOf(key)) {
      f.links.push_back({keys.Id(nl), static_cast<uint16_t>(word)});
    }
  }
  for (const text::Word& word : text::SplitWords(block.text)) {
    if (!word.is_number) continue;
    std::string digits = "#";
    for (char c : word.text) {
      if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    }
    if (digits.size() > 1) add_word(digits);
  }
  std::sort(f.links.begin(), f.links.end());
  f.links.erase(
      std::unique(f.links.begin(), f.links.end(),
                  [](const Link& a, const Link& b) { return a.id == b.id && a.word == b.word; }),
      f.links.end());
  return f;
}

void WeighWords(std::vector<BlockFeatures>& fr, std::vector<BlockFeatures>& nl, size_t key_count) {
  auto weigh = [key_count](std::vector<BlockFeatures>& side) {
    std::vector<uint32_t> df(key_count, 0);
    for (const BlockFeatures& b : side) {
      for (uint32_t id : b.own) ++df[id];
    }
    const double blocks = static_cast<double>(side.size());
    double sum = 0;
    size_t words = 0;
    for (BlockFeatures& b : side) {
      b.weight.resize(b.own.size());
      for (size_t w = 0; w < b.own.size(); ++w) {
        b.weight[w] =
            static_cast<float>(std::max(0.0, std::log((blocks + 1) / (df[b.own[w]] + 0.5))));
        sum += b.weight[w];
        ++words;
      }
    }
    // Mean 1 over the side's words, so that a weight reads as a word count.
    const double scale = sum > 0 ? static_cast<double>(words) / sum : 1.0;
    for (BlockFeatures& b : side) {
      b.total_weight = 0;
      for (float& w : b.weight) {
        w = static_cast<float>(w * scale);
        b.total_weight += w;
      }
    }
  };
  weigh(fr);
  weigh(nl);
}

void MarkLinked(const BlockFeatures& fr, const BlockFeatures& nl, uint8_t* fr_seen,
                uint8_t* nl_seen) {
  auto x = fr.links.begin(), y = nl.links.begin();
  while (x != fr.links.end() && y != nl.links.end()) {
    if (x->id < y->id) {
      ++x;
    } else if (y->id < x->id) {
      ++y;
    } else {
      const uint32_t id = x->id;
      for (; x != fr.links.end() && x->id == id; ++x) fr_seen[x->word] = 1;
      for (; y != nl.links.end() && y->id == id; ++y) nl_seen[y->word] = 1;
    }
  }
}

double MarkedWeight(const BlockFeatures& block, const uint8_t* seen, const uint8_t* also) {
  double weight = 0;
  for (size_t w = 0; w < block.own.size(); ++w) {
    if (seen[w] || (also != nullptr && also[w])) weight += block.weight[w];
  }
  return weight;
}

}  // namespace tandem::align
