// Paragraph alignment of a French and a Dutch stream. Start here for the
// align stage.
#ifndef TANDEM_PIPELINE_ALIGN_PARAGRAPH_ALIGNER_H_
#define TANDEM_PIPELINE_ALIGN_PARAGRAPH_ALIGNER_H_

#include <cstddef>
#include <vector>

#include "pipeline/lexicon/lexicon.h"
#include "pipeline/model/document.h"

namespace tandem::align {

// One aligned unit: blocks [fr_begin, fr_begin + fr_count) of the French
// stream for [nl_begin, nl_begin + nl_count) of the Dutch one. Counts are
// 0, 1 or 2 (1-0, 0-1, 1-1, 1-2, 2-1, 2-2 beads).
struct Bead {
  size_t fr_begin = 0, fr_count = 0;
  size_t nl_begin = 0, nl_count = 0;
  // Confidence in [0, 1]: near 1 when lengths agree and anchors (numbers,
  // section numbers, shared names) match; under 0.5 is worth a human look.
  double score = 0;
};

struct AlignOptions {
  // Half-width, in paragraphs, of the band explored by the dynamic programme
  // around the guide path (equal shares of the two texts' characters); 0 means
  // 40. Time and memory are O((n + m) * band), not O(n * m).
  size_t band = 0;
  // Word links for lexical anchors; nullptr means lexicon::Builtin() (the
  // glossary and, when installed, FreeDict). Not owned.
  const lexicon::Lexicon* lexicon = nullptr;
  // Whether beads that merge blocks or leave one unpaired are checked at
  // sentence level afterwards (see AlignParagraphs). Off for sentences.
  bool refine_by_sentences = true;
};

// The most probable sequence of beads covering both streams in order
// (every block is in exactly one bead). Cost per bead: Gale-Church length
// agreement (characters; the Dutch/French ratio is learnt from a first pass's
// confident 1-1 beads, then the streams are aligned again), a prior per bead
// type, and anchors: equal numbers, equal section numbers, headings facing
// headings, identical names and acronyms, words the lexicon links. Empty streams give 1-0 / 0-1
// beads.
//
// The costs are likelihood ratios learnt from the document in a first pass:
// every block of a bead must be explained by the blocks across (the weight
// of its words, rare ones weighing more, that have a link there, against
// what a translation and what unrelated text of this document link), so a
// 2-2 bead of two unrelated pairs gains nothing over two 1-1 beads and pays
// its prior; lengths count as a bounded likelihood ratio with the document's
// own spread; bead-type rates are the document's. Then, where a block sits
// between two beads and one of them merges or leaves a block unpaired, the
// sentences of both beads are aligned and the block goes where its
// sentences found their counterparts (a paragraph split in two).
// A bead's score is the probability, under this model, that it is right:
// the margin of the best alignment over the best one that places any of its
// blocks otherwise, times how well its own sides match.
std::vector<Bead> AlignParagraphs(const std::vector<Block>& fr, const std::vector<Block>& nl,
                                  const AlignOptions& options = {});

}  // namespace tandem::align

#endif  // TANDEM_PIPELINE_ALIGN_PARAGRAPH_ALIGNER_H_
