#include "pipeline/align/sentence_aligner.h"

#include "pipeline/text/sentences.h"

namespace tandem::align {
namespace {

std::vector<Block> Sentences(const std::string& text, Language language) {
  std::vector<Block> blocks;
  for (std::string_view s : text::SplitSentences(text, language)) {
    blocks.push_back(Block{std::string(s), BlockKind::kParagraph, language, 0});
  }
  return blocks;
}

}  // namespace

std::vector<SentencePair> AlignSentences(const std::string& fr_text, const std::string& nl_text,
                                         const AlignOptions& options) {
  const std::vector<Block> fr = Sentences(fr_text, Language::kFrench);
  const std::vector<Block> nl = Sentences(nl_text, Language::kDutch);
  std::vector<SentencePair> pairs;
  AlignOptions sentence_options = options;
  sentence_options.refine_by_sentences = false;
  for (const Bead& bead : AlignParagraphs(fr, nl, sentence_options)) {
    SentencePair pair;
    for (size_t k = 0; k < bead.fr_count; ++k) pair.fr.push_back(fr[bead.fr_begin + k].text);
    for (size_t k = 0; k < bead.nl_count; ++k) pair.nl.push_back(nl[bead.nl_begin + k].text);
    pair.score = bead.score;
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

}  // namespace tandem::align
