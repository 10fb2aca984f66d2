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

BlockFeatures ComputeFeatures(const Block& block, Language language, const lexicon::Lexicon& lexicon,
                              KeyTable& keys) {
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
  f.links.erase(std::unique(f.links.begin(), f.links.end(),
                            [](const Link& a, const Link& b) { return a.id == b.id && a.word == b.word; }),
                f.links.end());
  return f;
}

void WeighWords(std::vector<BlockFeatures>& fr, std::vector<BlockFeatures>& nl, size_t key_count) {
  // Document frequencies of each side's own words, and which ids each side
  // can offer the other (its links).
  std::vector<uint32_t> fr_df(key_count, 0), nl_df(key_count, 0);
  std::vector<uint8_t> fr_offers(key_count, 0);
  for (const BlockFeatures& b : fr) {
    for (uint32_t id : b.own) ++fr_df[id];
    for (const Link& l : b.links) fr_offers[l.id] = 1;
  }
  for (const BlockFeatures& b : nl) {
    for (uint32_t id : b.own) ++nl_df[id];
  }
  auto weigh = [](std::vector<BlockFeatures>& side, const std::vector<uint32_t>& df,
                  auto&& matchable) {
    const double blocks = static_cast<double>(side.size());
    double sum = 0;
    size_t words = 0;
    for (BlockFeatures& b : side) {
      b.weight.assign(b.own.size(), 0.f);
      for (size_t w = 0; w < b.own.size(); ++w) {
        const double idf = std::log((blocks + 1) / (df[b.own[w]] + 0.5));
        b.weight[w] = static_cast<float>(std::max(0.0, idf));
        sum += b.weight[w];
        ++words;
      }
    }
    // Mean 1 over the side's words, so that a weight reads as a word count.
    const double scale = sum > 0 ? static_cast<double>(words) / sum : 1.0;
    for (BlockFeatures& b : side) {
      std::vector<uint8_t> can(b.own.size(), 0);
      for (const Link& l : b.links) {
        if (matchable(l.id)) can[l.word] = 1;
      }
      b.total_weight = 0;
      for (size_t w = 0; w < b.own.size(); ++w) {
        b.weight[w] = can[w] ? static_cast<float>(b.weight[w] * scale) : 0.f;
        b.total_weight += b.weight[w];
      }
    }
  };
  // A French word can be matched when one of its links is a Dutch word of
  // the document; a Dutch word when some French block links to it.
  weigh(fr, fr_df, [&](uint32_t id) { return nl_df[id] > 0; });
  weigh(nl, nl_df, [&](uint32_t id) { return fr_offers[id] != 0; });
}

void PairComparer::Mark(const BlockFeatures& block, const BlockFeatures& other) {
  auto x = block.links.begin(), y = other.links.begin();
  while (x != block.links.end() && y != other.links.end()) {
    if (x->id < y->id) {
      ++x;
    } else if (y->id < x->id) {
      ++y;
    } else {
      const uint32_t id = x->id;
      for (; x != block.links.end() && x->id == id; ++x) seen_[x->word] = 1;
      while (y != other.links.end() && y->id == id) ++y;
    }
  }
}

float PairComparer::Matched(const BlockFeatures& block, const BlockFeatures& a, const BlockFeatures* b) {
  seen_.assign(block.own.size(), 0);
  Mark(block, a);
  if (b != nullptr) Mark(block, *b);
  float matched = 0;
  for (size_t w = 0; w < seen_.size(); ++w) {
    if (seen_[w]) matched += block.weight[w];
  }
  return matched;
}

PairStats PairComparer::Compare(const BlockFeatures& fr, const BlockFeatures& nl) {
  return PairStats{Matched(fr, nl, nullptr), Matched(nl, fr, nullptr)};
}

}  // namespace tandem::align
