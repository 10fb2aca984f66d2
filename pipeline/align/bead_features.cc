#include "pipeline/align/bead_features.h"

#include <algorithm>
#include <cctype>

#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/paragraphs.h"
#include "pipeline/text/utf8.h"
#include "pipeline/text/words.h"

namespace tandem::align {
namespace {

constexpr double kNumberMatch = 1.0;     // nats per number both sides share
constexpr double kNumberMismatch = 0.6;  // nats per number only one side has
constexpr double kNameMatch = 0.4;       // nats per shared name
constexpr double kMaxNameBonus = 3.0;
constexpr double kSectionMatch = 4.0;
constexpr double kKindMismatch = 1.5;
constexpr double kLexicalMatch = 0.25;    // nats per word the lexicon or spelling links
constexpr double kMaxLexicalBonus = 6.0;
constexpr double kUnmatchedBlock = 3.0;   // nats for a long block that shares almost nothing with the other side
constexpr size_t kCoverageMinWords = 12;
constexpr size_t kCoveragePercent = 5;
constexpr double kHeadingMerge = 3.0;     // nats for a heading merged with another block in a 1-2, 2-1 or 2-2 bead

}  // namespace

uint32_t KeyTable::Id(const std::string& key) {
  return ids_.try_emplace(key, static_cast<uint32_t>(ids_.size())).first->second;
}

BlockFeatures ComputeFeatures(const Block& block, Language language, const lexicon::Lexicon& lexicon,
                              KeyTable& keys) {
  BlockFeatures f;
  const bool french = language != Language::kDutch;
  for (const std::string& key : lexicon::ContentKeys(block.text, french ? "fr" : "nl")) {
    ++f.content_words;
    f.lexical.push_back(keys.Id(key));
    if (french) {
      for (const std::string& nl : lexicon.DutchKeysOf(key)) f.lexical.push_back(keys.Id(nl));
    }
  }
  std::sort(f.lexical.begin(), f.lexical.end());
  f.lexical.erase(std::unique(f.lexical.begin(), f.lexical.end()), f.lexical.end());
  f.length = static_cast<double>(text::CodePointCount(block.text));
  f.kind = block.kind;
  f.section = text::LeadingSectionNumber(block.text);
  for (const text::Word& word : text::SplitWords(block.text)) {
    if (word.is_number) {
      std::string digits;
      for (char c : word.text) {
        if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
      }
      if (!digits.empty()) f.numbers.push_back(std::move(digits));
      continue;
    }
    const unsigned char first = static_cast<unsigned char>(word.text[0]);
    const bool capitalised = (first >= 'A' && first <= 'Z') || first == 0xC3;  // ASCII or Latin-1 capital lead
    if (capitalised && word.text.size() >= 3 && word.begin > 0) {  // not just a sentence's first word
      f.names.push_back(text::FoldForMatching(word.text));
    }
  }
  std::sort(f.numbers.begin(), f.numbers.end());
  std::sort(f.names.begin(), f.names.end());
  f.names.erase(std::unique(f.names.begin(), f.names.end()), f.names.end());
  return f;
}

namespace {

template <typename T>
uint16_t Shared(const std::vector<T>& a, const std::vector<T>& b) {
  uint16_t n = 0;
  auto x = a.begin(), y = b.begin();
  while (x != a.end() && y != b.end()) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++n, ++x, ++y;
    }
  }
  return n;
}

}  // namespace

PairStats ComparePair(const BlockFeatures& fr, const BlockFeatures& nl) {
  return PairStats{Shared(fr.numbers, nl.numbers), Shared(fr.names, nl.names), Shared(fr.lexical, nl.lexical)};
}

double AnchorCost(const BlockFeatures* const fr[2], int fn, const BlockFeatures* const nl[2], int nn,
                  const PairStats pairs[2][2]) {
  double cost = 0;
  size_t numbers = 0, shared_numbers = 0, shared_names = 0, lexical = 0;
  size_t nl_matched[2] = {0, 0};
  for (int a = 0; a < fn; ++a) numbers += fr[a]->numbers.size();
  for (int b = 0; b < nn; ++b) numbers += nl[b]->numbers.size();
  for (int a = 0; a < fn; ++a) {
    size_t matched = 0;
    for (int b = 0; b < nn; ++b) {
      shared_numbers += pairs[a][b].numbers;
      shared_names += pairs[a][b].names;
      matched += pairs[a][b].lexical;
      nl_matched[b] += pairs[a][b].lexical;
    }
    lexical += matched;
    // A long block that shares almost nothing with the other side does not
    // belong in this bead (an omission merged into its neighbour's bead).
    if (fr[a]->content_words >= kCoverageMinWords && matched * 100 < fr[a]->content_words * kCoveragePercent) {
      cost += kUnmatchedBlock;
    }
  }
  for (int b = 0; b < nn; ++b) {
    if (nl[b]->content_words >= kCoverageMinWords && nl_matched[b] * 100 < nl[b]->content_words * kCoveragePercent) {
      cost += kUnmatchedBlock;
    }
  }
  const double shared = static_cast<double>(std::min(shared_numbers, numbers / 2));
  cost -= kNumberMatch * shared;
  cost += kNumberMismatch * (static_cast<double>(numbers) - 2 * shared);
  cost -= std::min(kMaxNameBonus, kNameMatch * static_cast<double>(shared_names));
  cost -= std::min(kMaxLexicalBonus, kLexicalMatch * static_cast<double>(lexical));
  if (fn == 1 && nn == 1) {
    if (!fr[0]->section.empty() && !nl[0]->section.empty()) {
      cost += fr[0]->section == nl[0]->section ? -kSectionMatch : kSectionMatch;
    }
    if ((fr[0]->kind == BlockKind::kHeading) != (nl[0]->kind == BlockKind::kHeading)) cost += kKindMismatch;
  }
  // Headings and footnotes stand alone: one merged with another block is more
  // likely one present on one side only.
  auto stands_alone = [](const BlockFeatures* b) {
    return b->kind == BlockKind::kHeading || b->kind == BlockKind::kFootnote;
  };
  auto merges_heading = [&](const BlockFeatures* const side[2], int count) {
    return count == 2 && (stands_alone(side[0]) || stands_alone(side[1]));
  };
  if (merges_heading(fr, fn) || merges_heading(nl, nn)) cost += kHeadingMerge;
  return cost;
}

}  // namespace tandem::align
