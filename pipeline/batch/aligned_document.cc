#include "pipeline/batch/aligned_document.h"

#include <algorithm>

#include "pipeline/align/sentence_aligner.h"
#include "pipeline/text/paragraphs.h"

namespace tandem::batch {

Result<AlignedDocument> ReadAndAlign(const Input& input, const ingest::ReadOptions& options,
                                     const lexicon::Lexicon* lexicon, const terms::Termbase* termbase, bool check) {
  Result<Document> document =
      input.is_pair() ? ingest::ReadPair(input.path, input.nl_path, options) : ingest::ReadDocument(input.path, options);
  if (!document) return tl::unexpected(document.error());
  AlignedDocument aligned;
  aligned.document = std::move(*document);
  if (aligned.document.bilingual()) {
    align::AlignOptions align_options;
    align_options.lexicon = lexicon;
    aligned.beads =
        align::AlignParagraphs(aligned.document.streams[0].blocks, aligned.document.streams[1].blocks, align_options);
    if (!check) {
      aligned.flags.assign(aligned.beads.size(), {});
      return aligned;
    }
    qa::CheckOptions check_options;
    check_options.lexicon = lexicon;
    aligned.flags = qa::CheckBeads(aligned.document.streams[0], aligned.document.streams[1], aligned.beads, check_options);
    terms::ConsistencyOptions term_options;
    term_options.termbase = termbase;
    term_options.lexicon = lexicon;
    auto term_flags = terms::CheckConsistency(aligned.document.streams[0], aligned.document.streams[1], aligned.beads,
                                              term_options);
    for (size_t b = 0; b < term_flags.size() && b < aligned.flags.size(); ++b) {
      for (qa::Flag& flag : term_flags[b]) aligned.flags[b].push_back(std::move(flag));
    }
  }
  return aligned;
}

AlignedDocument AlignedFromIndex(const index::SourceDocument& stored) {
  AlignedDocument aligned;
  Document& doc = aligned.document;
  doc.title = stored.info.title;
  doc.streams = {Stream{Language::kFrench, {}}, Stream{Language::kDutch, {}}};
  for (const index::Unit& unit : stored.units) {
    align::Bead bead;
    bead.score = unit.score;
    for (size_t side = 0; side < 2; ++side) {
      Stream& stream = doc.streams[side];
      const index::UnitText* text = unit.in(stream.language);
      (side == 0 ? bead.fr_begin : bead.nl_begin) = stream.blocks.size();
      if (text == nullptr) continue;
      for (std::string& paragraph : SplitParagraphs(text->text)) {
        stream.blocks.push_back(Block{std::move(paragraph), unit.kind, stream.language, unit.page});
        ++(side == 0 ? bead.fr_count : bead.nl_count);
      }
    }
    if (bead.fr_count == 0 && bead.nl_count == 0) continue;  // a unit in neither language
    std::vector<qa::Flag> flags;
    for (const index::UnitFlag& f : unit.flags) {
      qa::Flag flag{qa::FlagKind::kOneSided, f.message, f.fr_words, f.nl_words};
      if (qa::FlagKindFromName(f.type, &flag.kind)) flags.push_back(std::move(flag));
    }
    aligned.beads.push_back(bead);
    aligned.flags.push_back(std::move(flags));
  }
  return aligned;
}

std::vector<formats::AlignedUnit> ExportUnits(const AlignedDocument& aligned, bool sentences) {
  std::vector<formats::AlignedUnit> units;
  const Document& doc = aligned.document;
  if (!doc.bilingual()) return units;
  const Stream& fr = doc.streams[0];
  const Stream& nl = doc.streams[1];
  for (size_t b = 0; b < aligned.beads.size(); ++b) {
    const align::Bead& bead = aligned.beads[b];
    const Block& first = bead.fr_count ? fr.blocks[bead.fr_begin] : nl.blocks[bead.nl_begin];
    if (!sentences || bead.fr_count == 0 || bead.nl_count == 0) {
      formats::AlignedUnit unit;
      for (size_t k = 0; k < bead.fr_count; ++k) unit.fr.push_back(fr.blocks[bead.fr_begin + k].text);
      for (size_t k = 0; k < bead.nl_count; ++k) unit.nl.push_back(nl.blocks[bead.nl_begin + k].text);
      unit.score = bead.score;
      unit.page = first.page;
      unit.physical_page = first.physical_page;
      unit.paragraph = b;
      if (b < aligned.flags.size()) unit.flags = aligned.flags[b];
      units.push_back(std::move(unit));
      continue;
    }
    // Sentence pairs of this bead, checked as a small document of their own.
    const auto pairs = align::AlignSentences(fr.Text(bead.fr_begin, bead.fr_count),
                                             nl.Text(bead.nl_begin, bead.nl_count));
    Stream fr_sentences{Language::kFrench, {}}, nl_sentences{Language::kDutch, {}};
    std::vector<align::Bead> sentence_beads;
    for (const align::SentencePair& pair : pairs) {
      align::Bead sb{fr_sentences.blocks.size(), pair.fr.size(), nl_sentences.blocks.size(), pair.nl.size(), pair.score};
      for (const std::string& s : pair.fr) fr_sentences.blocks.push_back(Block{s, BlockKind::kParagraph, Language::kFrench, 0});
      for (const std::string& s : pair.nl) nl_sentences.blocks.push_back(Block{s, BlockKind::kParagraph, Language::kDutch, 0});
      sentence_beads.push_back(sb);
    }
    auto sentence_flags = qa::CheckBeads(fr_sentences, nl_sentences, sentence_beads);
    // The bead's term flags (a document-wide check) go to the sentence pair holding their words.
    if (b < aligned.flags.size()) {
      for (const qa::Flag& f : aligned.flags[b]) {
        if (f.kind != qa::FlagKind::kTerm) continue;
        size_t target = 0;
        for (size_t k = pairs.size(); k-- > 0;) {
          const auto holds = [](const std::vector<std::string>& sentences, const std::vector<std::string>& words) {
            for (const std::string& s : sentences) {
              for (const std::string& w : words) {
                if (!w.empty() && s.find(w) != std::string::npos) return true;
              }
            }
            return false;
          };
          if (holds(pairs[k].fr, f.fr_words) || holds(pairs[k].nl, f.nl_words)) target = k;
        }
        if (target < sentence_flags.size()) sentence_flags[target].push_back(f);
      }
    }
    for (size_t k = 0; k < pairs.size(); ++k) {
      formats::AlignedUnit unit;
      unit.fr = pairs[k].fr;
      unit.nl = pairs[k].nl;
      unit.score = std::min(pairs[k].score, bead.score);
      unit.page = first.page;
      unit.physical_page = first.physical_page;
      unit.paragraph = b;
      unit.flags = sentence_flags[k];
      units.push_back(std::move(unit));
    }
  }
  return units;
}

namespace {

// The headings above the current unit. A numbered heading ("2.2.1.") closes
// those of the same depth or deeper; an unnumbered one replaces an unnumbered
// one at the top, else nests below the last numbered heading.
class SectionPath {
 public:
  void Enter(const index::Unit& heading) {
    const std::string number = heading.texts.empty() ? "" : text::LeadingSectionNumber(heading.texts.front().text);
    const size_t depth = number.empty() ? 0 : static_cast<size_t>(std::count(number.begin(), number.end(), '.')) + 1;
    if (depth > 0) {
      while (!stack_.empty() && (stack_.back().depth == 0 || stack_.back().depth >= depth)) stack_.pop_back();
    } else if (!stack_.empty() && stack_.back().depth == 0) {
      stack_.pop_back();
    }
    Level level{depth, heading.texts.empty() ? "" : heading.texts.front().text, ""};
    for (const index::UnitText& t : heading.texts) level.all_languages.append(t.text).push_back('\n');
    stack_.push_back(std::move(level));
  }

  void Label(index::Unit& unit) const {
    for (const Level& level : stack_) {
      if (!unit.section.empty()) unit.section.append(" \xE2\x80\xBA ");  // ›
      unit.section.append(level.display);
      unit.section_text.append(level.all_languages);
    }
  }

 private:
  struct Level {
    size_t depth;  // parts of the section number; 0 when unnumbered
    std::string display, all_languages;
  };
  std::vector<Level> stack_;
};

}  // namespace

std::vector<index::Unit> UnitsOf(const AlignedDocument& aligned) {
  std::vector<index::Unit> units;
  const Document& doc = aligned.document;
  if (doc.bilingual()) {
    const Stream& fr = doc.streams[0];
    const Stream& nl = doc.streams[1];
    for (size_t b = 0; b < aligned.beads.size(); ++b) {
      const align::Bead& bead = aligned.beads[b];
      index::Unit unit;
      unit.position = units.size();
      unit.score = bead.score;
      const Block& first = bead.fr_count > 0 ? fr.blocks[bead.fr_begin] : nl.blocks[bead.nl_begin];
      unit.page = first.page;
      unit.physical_page = first.physical_page;
      unit.kind = first.kind;
      if (bead.fr_count > 0) unit.texts.push_back({Language::kFrench, fr.Text(bead.fr_begin, bead.fr_count)});
      if (bead.nl_count > 0) unit.texts.push_back({Language::kDutch, nl.Text(bead.nl_begin, bead.nl_count)});
      if (b < aligned.flags.size()) {
        for (const qa::Flag& f : aligned.flags[b]) {
          unit.flags.push_back({std::string(qa::FlagName(f.kind)), f.message, f.fr_words, f.nl_words});
        }
      }
      units.push_back(std::move(unit));
    }
  } else {
    for (const Stream& stream : doc.streams) {
      for (const Block& block : stream.blocks) {
        index::Unit unit;
        unit.position = units.size();
        unit.page = block.page;
        unit.physical_page = block.physical_page;
        unit.kind = block.kind;
        // A paragraph in another language than its stream's is indexed in its own.
        unit.texts.push_back({block.language != Language::kUnknown ? block.language : stream.language, block.text});
        units.push_back(std::move(unit));
      }
    }
  }
  SectionPath path;
  for (index::Unit& unit : units) {
    if (unit.kind == BlockKind::kHeading) path.Enter(unit);
    path.Label(unit);
  }
  return units;
}

}  // namespace tandem::batch
