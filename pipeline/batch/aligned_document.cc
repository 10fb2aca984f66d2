#include "pipeline/batch/aligned_document.h"

namespace tandem::batch {

Result<AlignedDocument> ReadAndAlign(const Input& input, const ingest::ReadOptions& options) {
  Result<Document> document =
      input.is_pair() ? ingest::ReadPair(input.path, input.nl_path, options) : ingest::ReadDocument(input.path, options);
  if (!document) return tl::unexpected(document.error());
  AlignedDocument aligned;
  aligned.document = std::move(*document);
  if (aligned.document.bilingual()) {
    aligned.beads = align::AlignParagraphs(aligned.document.streams[0].blocks, aligned.document.streams[1].blocks);
  }
  return aligned;
}

std::string SideText(const Stream& stream, size_t begin, size_t count) {
  std::string text;
  for (size_t k = 0; k < count; ++k) {
    if (!text.empty()) text += "\n\n";
    text += stream.blocks[begin + k].text;
  }
  return text;
}

std::vector<index::Unit> UnitsOf(const AlignedDocument& aligned) {
  std::vector<index::Unit> units;
  const Document& doc = aligned.document;
  if (doc.bilingual()) {
    const Stream& fr = doc.streams[0];
    const Stream& nl = doc.streams[1];
    for (const align::Bead& bead : aligned.beads) {
      index::Unit unit;
      unit.position = units.size();
      unit.score = bead.score;
      const Block& first = bead.fr_count > 0 ? fr.blocks[bead.fr_begin] : nl.blocks[bead.nl_begin];
      unit.page = first.page;
      unit.kind = first.kind;
      if (bead.fr_count > 0) unit.texts.push_back({Language::kFrench, SideText(fr, bead.fr_begin, bead.fr_count)});
      if (bead.nl_count > 0) unit.texts.push_back({Language::kDutch, SideText(nl, bead.nl_begin, bead.nl_count)});
      units.push_back(std::move(unit));
    }
    return units;
  }
  for (const Stream& stream : doc.streams) {
    for (const Block& block : stream.blocks) {
      index::Unit unit;
      unit.position = units.size();
      unit.page = block.page;
      unit.kind = block.kind;
      unit.texts.push_back({stream.language, block.text});
      units.push_back(std::move(unit));
    }
  }
  return units;
}

}  // namespace tandem::batch
