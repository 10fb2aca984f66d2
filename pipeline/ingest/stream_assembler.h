// Internal to ingest: turning a reader's blocks into language streams. This
// is where a page-interleaved bilingual extraction (per page the French column,
// then the Dutch one) becomes a French and a Dutch stream of logical paragraphs.
#ifndef TANDEM_PIPELINE_INGEST_STREAM_ASSEMBLER_H_
#define TANDEM_PIPELINE_INGEST_STREAM_ASSEMBLER_H_

#include <vector>

#include "pipeline/ingest/raw_block.h"
#include "pipeline/model/document.h"
#include "pipeline/text/dehyphenator.h"

namespace tandem::ingest {

// The language streams of `blocks`:
// - with `forced` set, one stream of that language (one side of a pair);
// - when French and Dutch each hold at least 15% of the text, two streams,
//   French then Dutch. Each block's language is decided by its own evidence
//   and its neighbours': within a segment the text reads French then Dutch, and
//   turning back to French costs evidence, so a heading of two words follows
//   its column instead of its trigrams;
// - otherwise one stream in the majority language.
// In every stream, a paragraph that a segment break cut is joined again (and a
// hyphen the break cut resolved): when the next piece starts like a
// continuation (lower case), or when the previous one stops mid-sentence on a
// full line (a shorter last line means the paragraph really ended there).
// `dehyphenator` (not owned) resolves hyphens cut by a break; nullptr: one is
// built from the blocks' text.
std::vector<Stream> AssembleStreams(const std::vector<RawBlock>& blocks, Language forced,
                                    const text::Dehyphenator* dehyphenator = nullptr);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_STREAM_ASSEMBLER_H_
