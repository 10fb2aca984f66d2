// French-Dutch term bases: term candidates learnt from aligned units, written
// as TBX or TSV and read back from TBX, and the term-consistency check of an
// aligned document. Start here for the terms stage.
#ifndef TANDEM_PIPELINE_TERMS_TERMS_H_
#define TANDEM_PIPELINE_TERMS_TERMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/lexicon/lexicon.h"
#include "pipeline/model/document.h"
#include "pipeline/model/error.h"
#include "pipeline/qa/bead_checker.h"

namespace tandem::terms {

// One written form of a term in one language.
struct TermVariant {
  std::string text;         // as written ("intégrité territoriale")
  size_t count = 0;         // aligned units where it renders the entry's term; 0 when unknown
  bool deprecated = false;  // TBX administrativeStatus deprecatedTerm-admn-sts: not to be used
};

// One concept: its French and Dutch terms, main (preferred) form first.
struct TermEntry {
  std::string id;  // "t1", or the TBX entry's id
  std::vector<TermVariant> fr, nl;
  std::string part_of_speech;  // TBX termNote partOfSpeech ("noun"); "" when unknown
  std::string note;            // free text (a glossary kind, the TBX entry's note)
  size_t count = 0;            // aligned units holding fr[0]; 0 when unknown
  double score = 0;            // association of fr[0] and nl[0] in [0, 1] (Dice); 0 when unknown
};

struct Termbase {
  std::vector<TermEntry> entries;
  size_t skipped = 0;  // entries read without a French or without a Dutch term (unusable here)
};

// ---------------------------------------------------------------------------
// Extraction.

// One aligned unit to learn from: a bead's French and Dutch text (paragraphs
// joined by blank lines). Units with an empty side are skipped.
struct AlignedText {
  std::string fr, nl;
};

struct ExtractOptions {
  size_t min_count =
      2;  // a term and its main rendering co-occur in at least this many sentence pairs
  size_t max_words = 6;    // longest candidate, in words (stop words inside included)
  double min_score = 0.5;  // least Dice association of a term with its main rendering
  // Word links that favour renderings the lexicon knows; nullptr means
  // lexicon::Builtin(). Not owned.
  const lexicon::Lexicon* lexicon = nullptr;
};

// FR-NL term candidates of `units`: French multi-word phrases (stop words
// inside only, no numbers, not across punctuation) and long single words that
// recur, each with the Dutch phrase that renders it. Each unit is cut into
// sentence pairs (align::AlignSentences); a French candidate and a Dutch one are
// associated by how often they share a sentence pair (Dice coefficient,
// `min_count` joint occurrences at least, `min_score` at least) weighed by
// the share of their words that the lexicon or the spelling links, ties
// broken by a length like the French one's. A phrase that longer candidates
// hold in nearly all its occurrences is dropped. Each entry has one French variant (its commonest
// written form) and its Dutch renderings with the number of sentence pairs that render it so, the
// main one first. Sorted by count, most frequent first. Deterministic.
Termbase ExtractTerms(const std::vector<AlignedText>& units, const ExtractOptions& options = {});

// ---------------------------------------------------------------------------
// Reading and writing.

struct TbxInfo {
  std::string title = "tandem term base";
  std::string source_description;  // e.g. "Extracted by tandem 0.1.0 from 312 aligned units"
};

// TBX (ISO 30042:2019), dialect TBX-Basic, DCA style: root
// <tbx type="TBX-Basic" style="dca" xml:lang="fr"> in the namespace
// urn:iso:std:iso:30042:ed-2, a tbxHeader, and one <conceptEntry> per entry
// with <langSec xml:lang="fr"> and <langSec xml:lang="nl">, one <termSec> per
// variant: <term>, <termNote type="partOfSpeech">, administrativeStatus for
// deprecated variants, and counts as <note>. UTF-8.
std::string WriteTbx(const Termbase& termbase, const TbxInfo& info = {});

// Tab-separated, a header line then one line per entry:
// fr  nl  count  score  nl_variants ("text (count)" joined by " | ").
std::string WriteTsv(const Termbase& termbase);

// A TBX term base: TBX v3 (<tbx>, conceptEntry, langSec, termSec) or TBX v2 /
// TBX-Basic 2008 (<martif>, termEntry, langSet, tig or ntig/termGrp). Languages
// by xml:lang prefix ("fr", "fr-BE", "nl-BE"); other languages ignored. Entries
// lacking French or Dutch are counted in `skipped`. `source` names the file
// in errors. Fails with kMalformed (not XML, or not TBX: root neither tbx nor
// martif), kTooLarge (over 64 MiB or 1,000,000 entries), kEmpty (no usable
// entry). No network access, no external entities.
Result<Termbase> ReadTbx(std::string_view xml, std::string_view source);

// ReadTbx of the file at `path`; kIo when it cannot be read.
Result<Termbase> LoadTermbase(const std::string& path);

// The curated glossary (dictionaries/glossary/fr-nl.tsv) as a term base for
// the consistency check: its "term" entries, one entry per French term with
// every Dutch equivalent it lists. Acronyms, names, countries and months are
// left to the qa stage's entity and numbers checks.
const Termbase& GlossaryTermbase();

// ---------------------------------------------------------------------------
// Consistency.

struct ConsistencyOptions {
  // The term base whose terms must be rendered by one of their equivalents;
  // nullptr means GlossaryTermbase(). Not owned.
  const Termbase* termbase = nullptr;
  // Also check the document's own recurring terms (ExtractTerms over its
  // beads): a term rendered one way in most units and another way elsewhere.
  bool document_terms = true;
  // Word links used to recognise another rendering; nullptr means lexicon::Builtin().
  const lexicon::Lexicon* lexicon = nullptr;
};

// The term flags (qa::FlagKind::kTerm) of each bead of an aligned document,
// same order as `beads`; one-sided beads get none. A bead is flagged when
//  - a term-base term appears on one side and none of its equivalents on the
//    other (Dutch compounds holding the equivalent count: "klimaatfinanciering"
//    in "klimaatfinancieringsdoel");
//  - a term the document itself renders one way in at least two units is
//    rendered another way here (a phrase sharing a word with the usual
//    rendering, or linked to the term by the lexicon);
//  - a term is rendered by two different equivalents of the term base in one
//    document (flagged where the less frequent one is used).
// Each flag names the term, the rendering used here, the other rendering and
// the beads (1-based "unit N") where it occurs; fr_words/nl_words hold them.
// Words match across case, accents and inflection (Snowball stems).
std::vector<std::vector<qa::Flag>> CheckConsistency(const Stream& fr, const Stream& nl,
                                                    const std::vector<align::Bead>& beads,
                                                    const ConsistencyOptions& options = {});

}  // namespace tandem::terms

#endif  // TANDEM_PIPELINE_TERMS_TERMS_H_
