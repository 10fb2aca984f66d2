#include "pipeline/ingest/stream_assembler.h"

#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include "pipeline/text/dehyphenator.h"
#include "pipeline/text/language_id.h"
#include "pipeline/text/paragraphs.h"

namespace tandem::ingest {
namespace {

constexpr double kBilingualShare = 0.15;
constexpr double kDeclaredEvidence = 50;  // nats: markup that names a language wins
constexpr double kSwitchCost = 2;         // nats to go from French to Dutch inside a segment
constexpr double kBackCost = 12;          // nats to go back from Dutch to French inside one
// A block with little evidence of its own (a heading such as "2.2.2 VN")
// belongs with the text it introduces: it leans this many nats towards the
// language of a well-identified next block in the same segment.
constexpr double kWeakEvidence = 6;
constexpr double kStrongEvidence = 12;
constexpr double kAttachment = 3;

struct Labelled {
  const RawBlock* block;
  Language language;
};

// Appends `next` to `stream`, joining it to the last block when a segment
// break cut one paragraph in two.
// Joins `next` to `prev` as one paragraph, resolving a hyphen that the break cut.
void Join(Block& prev, const RawBlock& next, const text::Dehyphenator& dehyphenator) {
  prev.text = text::JoinLines({prev.text, next.text}, dehyphenator);
  if (prev.kind == BlockKind::kHeading) prev.kind = BlockKind::kParagraph;
}

void Append(Stream& stream, int& last_segment, bool& prev_full_line, const RawBlock& next, size_t ordinal,
            const text::Dehyphenator& dehyphenator) {
  if (!stream.blocks.empty() && next.segment != last_segment) {
    Block& prev = stream.blocks.back();
    const bool continuation = text::StartsLikeContinuation(next.text);
    const bool cut_mid_sentence = prev_full_line && !text::EndsSentence(prev.text) &&
                                  prev.text.back() != ':' && next.kind == BlockKind::kParagraph;
    if (continuation || cut_mid_sentence) {
      Join(prev, next, dehyphenator);
      last_segment = next.segment;
      prev_full_line = next.ends_full_line;
      return;
    }
  }
  const int cited = next.printed_page > 0 ? next.printed_page : next.page;
  stream.blocks.push_back(
      Block{next.text, next.kind, stream.language, cited, ordinal, cited != next.page ? next.page : 0});
  last_segment = next.segment;
  prev_full_line = next.ends_full_line;
}

std::vector<Language> LabelBilingual(const std::vector<RawBlock>& blocks,
                                     const std::vector<text::LanguageScores>& scores) {
  // Viterbi over two states (0 French, 1 Dutch).
  const size_t n = blocks.size();
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<std::array<double, 2>> cost(n);
  std::vector<std::array<uint8_t, 2>> from(n);
  auto evidence = [&](size_t i) {  // French minus Dutch, in nats
    double fr = scores[i].of(Language::kFrench), nl = scores[i].of(Language::kDutch);
    if (blocks[i].declared == Language::kFrench) fr += kDeclaredEvidence;
    if (blocks[i].declared == Language::kDutch) nl += kDeclaredEvidence;
    return fr - nl;
  };
  std::vector<double> lean(n);
  for (size_t i = 0; i < n; ++i) {
    lean[i] = evidence(i);
    if (std::fabs(lean[i]) < kWeakEvidence && i + 1 < n && blocks[i + 1].segment == blocks[i].segment) {
      const double next = evidence(i + 1);
      if (std::fabs(next) >= kStrongEvidence) lean[i] += next > 0 ? kAttachment : -kAttachment;
    }
  }
  auto emission = [&](size_t i, int state) {
    // Cost of the state: the evidence against it, none for the favoured one.
    return state == 0 ? std::max(0.0, -lean[i]) : std::max(0.0, lean[i]);
  };
  for (size_t i = 0; i < n; ++i) {
    for (int s = 0; s < 2; ++s) {
      if (i == 0) {
        cost[i][s] = emission(i, s);
        continue;
      }
      const bool new_segment = blocks[i].segment != blocks[i - 1].segment;
      double best = kInf;
      for (int prev = 0; prev < 2; ++prev) {
        double transition = 0;
        if (!new_segment && prev != s) transition = prev == 0 ? kSwitchCost : kBackCost;
        if (cost[i - 1][prev] + transition < best) {
          best = cost[i - 1][prev] + transition;
          from[i][s] = static_cast<uint8_t>(prev);
        }
      }
      cost[i][s] = best + emission(i, s);
    }
  }
  std::vector<Language> labels(n);
  int s = n == 0 ? 0 : (cost[n - 1][0] <= cost[n - 1][1] ? 0 : 1);
  for (size_t i = n; i-- > 0;) {
    labels[i] = s == 0 ? Language::kFrench : Language::kDutch;
    s = from[i][s];
  }
  return labels;
}

// In a monolingual stream, a paragraph in another language (a French passage
// in an English page) keeps its own language: the one its text clearly shows
// (kOwnLanguageMargin nats over the runner-up), else the one its markup declares.
constexpr double kOwnLanguageMargin = 8;
void LabelOwnLanguages(Stream& stream, const std::vector<RawBlock>& raw) {
  for (Block& block : stream.blocks) {
    Language own = Language::kUnknown;
    const text::LanguageGuess guess = text::IdentifyLanguage(block.text);
    if (guess.margin >= kOwnLanguageMargin) {
      own = guess.language;
    } else if (block.ordinal >= 1 && block.ordinal <= raw.size()) {
      own = raw[block.ordinal - 1].declared;
    }
    if (own != Language::kUnknown) block.language = own;
  }
}

}  // namespace

std::vector<Stream> AssembleStreams(const std::vector<RawBlock>& blocks, Language forced,
                                    const text::Dehyphenator* given) {
  std::vector<Language> labels(blocks.size(), forced);
  bool bilingual = false;
  Language majority = forced;
  if (forced == Language::kUnknown) {
    std::vector<text::LanguageScores> scores;
    scores.reserve(blocks.size());
    std::array<double, kKnownLanguages.size()> mass{};
    double total = 0;
    for (const RawBlock& block : blocks) {
      scores.push_back(text::ScoreLanguages(block.text));
      Language best = block.declared;
      if (best == Language::kUnknown) {
        double best_score = -std::numeric_limits<double>::infinity();
        for (Language l : kKnownLanguages) {
          if (scores.back().words > 0 && scores.back().of(l) > best_score) {
            best_score = scores.back().of(l);
            best = l;
          }
        }
      }
      for (size_t i = 0; i < kKnownLanguages.size(); ++i) {
        if (kKnownLanguages[i] == best) mass[i] += static_cast<double>(block.text.size());
      }
      total += static_cast<double>(block.text.size());
    }
    const double fr_share = total > 0 ? mass[0] / total : 0, nl_share = total > 0 ? mass[1] / total : 0;
    bilingual = fr_share >= kBilingualShare && nl_share >= kBilingualShare;
    if (bilingual) {
      labels = LabelBilingual(blocks, scores);
    } else {
      size_t top = 0;
      for (size_t i = 1; i < mass.size(); ++i) {
        if (mass[i] > mass[top]) top = i;
      }
      majority = total > 0 ? kKnownLanguages[top] : Language::kUnknown;
      labels.assign(blocks.size(), majority);
    }
  }

  std::optional<text::Dehyphenator> built;
  if (given == nullptr) {
    std::string all_text;  // evidence for hyphens cut by a break
    for (const RawBlock& block : blocks) all_text.append(block.text).push_back('\n');
    built.emplace(all_text);
  }
  const text::Dehyphenator& dehyphenator = given ? *given : *built;
  std::vector<Stream> streams;
  if (bilingual) {
    streams.resize(2);
    streams[0].language = Language::kFrench;
    streams[1].language = Language::kDutch;
    int last_fr = -1, last_nl = -1;
    bool full_fr = false, full_nl = false;
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (labels[i] == Language::kFrench) {
        Append(streams[0], last_fr, full_fr, blocks[i], i + 1, dehyphenator);
      } else {
        Append(streams[1], last_nl, full_nl, blocks[i], i + 1, dehyphenator);
      }
    }
  } else {
    streams.resize(1);
    streams[0].language = majority;
    int last = -1;
    bool full = false;
    for (size_t i = 0; i < blocks.size(); ++i) Append(streams[0], last, full, blocks[i], i + 1, dehyphenator);
    if (forced == Language::kUnknown) LabelOwnLanguages(streams[0], blocks);
  }
  return streams;
}

}  // namespace tandem::ingest
