// What kind of document a source is and when it was written, for the index's
// `type:` facets and date ranges: given by the user, or read from the file
// name, the title and the opening paragraphs.
#ifndef TANDEM_PIPELINE_BATCH_SOURCE_FACTS_H_
#define TANDEM_PIPELINE_BATCH_SOURCE_FACTS_H_

#include <string>
#include <string_view>

#include "pipeline/model/document.h"

namespace tandem::batch {

struct SourceFacts {
  std::string type;  // "policy-note", "report", "directive", "position", "draft", "parliamentary", "document"
  std::string date;  // "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" when none was found
};

// The first date written in `text`: ISO ("2025-03-14"), numeric
// ("14/03/2025", "14.03.2025") or with a French, Dutch, English or German month
// name ("14 mars 2025", "1er avril 2025", "14 maart 2025", "March 14, 2025");
// else the first year 1950-2099 standing alone. "" when none.
std::string FirstDate(std::string_view text);

// The document type named in `text` (a title or file name) by keywords in
// French, Dutch and English: "note d'orientation" -> policy-note,
// "verslag" -> report, "instructions" -> directive, "ontwerp" -> draft;
// "" when none.
std::string TypeNamedIn(std::string_view text);

// Facts of `doc` read from `path` (its file name), its title, its first page
// (Document::front_matter) and its first few blocks; a parliamentary number
// with no other type named makes "parliamentary"; `given` fields that are set win.
SourceFacts InferSourceFacts(const Document& doc, std::string_view path, const SourceFacts& given = {});

}  // namespace tandem::batch

#endif  // TANDEM_PIPELINE_BATCH_SOURCE_FACTS_H_
