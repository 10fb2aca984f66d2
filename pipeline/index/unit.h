// What the index stores: aligned units and the sources they come from.
#ifndef TANDEM_PIPELINE_INDEX_UNIT_H_
#define TANDEM_PIPELINE_INDEX_UNIT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace tandem::index {

struct UnitText {
  Language language = Language::kUnknown;
  std::string text;
};

// A QA flag of a unit, as the qa stage raised it at ingest (qa::Flag, kept
// in the index so a document can be reviewed without reading its files again).
struct UnitFlag {
  std::string type;  // "numbers", "negation", ... (qa::FlagName)
  std::string message;
  std::vector<std::string> fr_words, nl_words;  // the words involved, as written
};

// One aligned unit (a bead of a bilingual document, or a paragraph of a
// monolingual one): its text in each language it has, in document order.
struct Unit {
  std::vector<UnitText> texts;
  size_t position = 0;  // 0-based order within its source
  int page = 0;         // page where it starts as printed (cited), 0 when unknown
  int physical_page = 0;  // its position in the file when it differs from `page`, else 0
  double score = 1.0;   // alignment confidence; 1 for monolingual units
  BlockKind kind = BlockKind::kParagraph;
  // The headings above the unit, outermost first ("2. EUROPE › 2.2.1. UNION
  // EUROPÉENNE"), in the document's first language; `section_text` holds
  // those headings in every language, for `section:` queries.
  std::string section;
  std::string section_text;
  std::vector<UnitFlag> flags;  // empty for monolingual units and clean beads

  // The text in `language`, or nullptr.
  const UnitText* in(Language language) const;
};

// Where units come from. `key` identifies the source across ingests (the
// canonical path, or both paths of a pair); re-ingesting the same key
// replaces its units.
struct Source {
  std::string key;
  std::string display;  // how to show it: the path(s) as given
  std::string format;   // "txt", "html", "xml", "pdf", "docx"
  std::string title;
  std::string type;  // "policy-note", "report", "directive", "draft", ... ("document" when unknown)
  std::string date;  // "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" when unknown
};

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_UNIT_H_
