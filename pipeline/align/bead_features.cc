#include "pipeline/align/bead_features.h"

#include <algorithm>
#include <cctype>

#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"
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

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string LeadingSection(const std::string& text) {
  size_t i = 0;
  std::string digits;
  bool dot = false;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) {
    dot |= text[i] == '.';
    digits.push_back(text[i]);
    ++i;
  }
  if (!dot || digits.empty() || i >= text.size() || text[i] != ' ') return {};
  while (!digits.empty() && digits.back() == '.') digits.pop_back();
  return digits;
}

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
  f.length = static_cast<double>(CodePoints(block.text));
  f.kind = block.kind;
  f.section = LeadingSection(block.text);
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

double AnchorCost(const std::vector<const BlockFeatures*>& fr, const std::vector<const BlockFeatures*>& nl) {
  auto merged = [](const std::vector<const BlockFeatures*>& side, auto member) {
    std::vector<std::string> all;
    for (const BlockFeatures* f : side) all.insert(all.end(), (f->*member).begin(), (f->*member).end());
    std::sort(all.begin(), all.end());
    return all;
  };
  double cost = 0;
  const auto fr_numbers = merged(fr, &BlockFeatures::numbers), nl_numbers = merged(nl, &BlockFeatures::numbers);
  std::vector<std::string> common;
  std::set_intersection(fr_numbers.begin(), fr_numbers.end(), nl_numbers.begin(), nl_numbers.end(),
                        std::back_inserter(common));
  const double shared = static_cast<double>(common.size());
  cost -= kNumberMatch * shared;
  cost += kNumberMismatch * (static_cast<double>(fr_numbers.size() + nl_numbers.size()) - 2 * shared);

  auto fr_names = merged(fr, &BlockFeatures::names), nl_names = merged(nl, &BlockFeatures::names);
  fr_names.erase(std::unique(fr_names.begin(), fr_names.end()), fr_names.end());
  nl_names.erase(std::unique(nl_names.begin(), nl_names.end()), nl_names.end());
  common.clear();
  std::set_intersection(fr_names.begin(), fr_names.end(), nl_names.begin(), nl_names.end(),
                        std::back_inserter(common));
  cost -= std::min(kMaxNameBonus, kNameMatch * static_cast<double>(common.size()));

  // Words the lexicon (or identical spelling) links across the bead, and per
  // block: a long block that shares almost nothing with the other side does
  // not belong in this bead (an omission merged into its neighbour's bead).
  size_t lexical = 0;
  std::vector<size_t> nl_matched(nl.size(), 0);
  for (const BlockFeatures* f : fr) {
    size_t matched = 0;
    for (size_t j = 0; j < nl.size(); ++j) {
      const BlockFeatures* n = nl[j];
      size_t pair = 0;
      auto a = f->lexical.begin(), b = n->lexical.begin();
      while (a != f->lexical.end() && b != n->lexical.end()) {
        if (*a < *b) {
          ++a;
        } else if (*b < *a) {
          ++b;
        } else {
          ++pair, ++a, ++b;
        }
      }
      matched += pair;
      nl_matched[j] += pair;
    }
    lexical += matched;
    if (f->content_words >= kCoverageMinWords && matched * 100 < f->content_words * kCoveragePercent) {
      cost += kUnmatchedBlock;
    }
  }
  for (size_t j = 0; j < nl.size(); ++j) {
    if (nl[j]->content_words >= kCoverageMinWords && nl_matched[j] * 100 < nl[j]->content_words * kCoveragePercent) {
      cost += kUnmatchedBlock;
    }
  }
  cost -= std::min(kMaxLexicalBonus, kLexicalMatch * static_cast<double>(lexical));
  // Headings stand alone: one merged with another block is more likely a
  // heading present on one side only.
  auto merges_heading = [](const std::vector<const BlockFeatures*>& side) {
    if (side.size() < 2) return false;
    for (const BlockFeatures* b : side) {
      if (b->kind == BlockKind::kHeading) return true;
    }
    return false;
  };
  if (merges_heading(fr) || merges_heading(nl)) cost += kHeadingMerge;

  if (fr.size() == 1 && nl.size() == 1) {
    if (!fr[0]->section.empty() && !nl[0]->section.empty()) {
      cost += fr[0]->section == nl[0]->section ? -kSectionMatch : kSectionMatch;
    }
    if ((fr[0]->kind == BlockKind::kHeading) != (nl[0]->kind == BlockKind::kHeading)) cost += kKindMismatch;
  }
  return cost;
}

}  // namespace tandem::align
