// The index schema: how a Unit is laid out in a Xapian document. This header
// is the reference for anyone reading a tandem index with other tools.
//
// One Xapian document per unit.
//   Terms (boolean, weight 0):
//     Q<source-id>:<position>  unique id of the unit (replace_document key)
//     XS<source-id>            every unit of one source (replace and remove)
//     L<lang>                  one per language the unit has: Lfr, Lnl, Len, Lde
//     K<format>                format of the source: Ktxt, Khtml, Kxml, Kpdf
//   Terms (free text, with positions), from IndexableText():
//     XFR<word>, ZXFR<stem>    French words, Snowball "french" stems
//     XNL<word>, ZXNL<stem>    Dutch words, Snowball "dutch" stems
//     XEN..., XDE...           English and German likewise
//   Values:
//     0  source display name   1  page (sortable)   2  position (sortable)
//   Data: JSON {"source", "key", "format", "title", "position", "page",
//               "score", "kind", "texts": {"fr": "...", "nl": "..."}}
//   Metadata: "tandem.schema" = kSchemaVersion.
// <source-id> is 16 hex digits of a 64-bit FNV-1a hash of Source::key, so that
// boolean terms stay far below Xapian 1.4's 245-byte limit.
#ifndef TANDEM_PIPELINE_INDEX_SCHEMA_H_
#define TANDEM_PIPELINE_INDEX_SCHEMA_H_

#include <string>
#include <string_view>

#include "pipeline/model/language.h"

namespace tandem::index {

inline constexpr std::string_view kSchemaVersion = "1";
inline constexpr unsigned kSlotSource = 0;
inline constexpr unsigned kSlotPage = 1;
inline constexpr unsigned kSlotPosition = 2;

// Text as the term generator and the query parser see it: case and accents
// folded, and elision apostrophes made spaces ("l’OTAN" -> "l otan"), since
// Xapian would otherwise keep "l’otan" as one word.
std::string IndexableText(std::string_view text);

// prefix + value, the way every term is built.
std::string Term(std::string_view prefix, std::string_view value);

// The boolean term of a language ("Lfr").
std::string LanguageTerm(Language language);

// 16 lower-case hex digits identifying a source key.
std::string SourceId(std::string_view key);

// The free-text term prefix of a language ("XFR"); "" for kUnknown.
std::string TextPrefix(Language language);

// The Snowball stemmer name Xapian uses for a language ("french", "dutch",
// "english", "german"); "none" for kUnknown.
std::string StemmerName(Language language);

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_SCHEMA_H_
