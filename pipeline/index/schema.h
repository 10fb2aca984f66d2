// The index schema: how a Unit is laid out in a Xapian document. This header
// is the reference for anyone reading a tandem index with other tools.
//
// One Xapian document per unit.
//   Terms (boolean, weight 0):
//     Q<source-id>:<position>  unique id of the unit (up to schema 3; never read)
//     XS<source-id>            every unit of one source (replace and remove)
//     L<lang>                  one per language the unit has: Lfr, Lnl, Len, Lde   (lang:)
//     K<format>                format of the source: Ktxt, Khtml, Kxml, Kpdf, Kdocx
//     XT<type>                 document type: XTpolicy-note, XTreport, ...        (type:)
//     Y<yyyy>                  year of the document's date, when known
//     XW<word>                 folded words of the source's file name and title   (source:)
//     XH<word>                 folded words and numbers of the headings above     (section:)
//     XF                       the unit has QA flags (counted per source without reading data)
//   Terms (free text, with positions), from IndexableText():
//     XFR<word>, ZXFR<stem>    French words, Snowball "french" stems
//     XNL<word>, ZXNL<stem>    Dutch words, Snowball "dutch" stems
//     XEN..., XDE...           English and German likewise
//   Schema 3 adds, for Dutch text, without positions: the known parts of a
//   closed compound ("mensenrechtensituatie": XNLmensenrechten, XNLsituatie and
//   their Z stems; parts are words of the same source or of the lexicon) and
//   the closed form of a hyphenated word ("tweestaten-oplossing":
//   XNLtweestatenoplossing). Indexes of schema 2 search as before, without them.
//   Values:
//     0  source display name   1  page (sortable)       2  position (sortable)
//     3  date "YYYYMMDD" ("" when unknown; a bare year is YYYY0000)
//     4  type                   5  year "YYYY"           6  languages "fr nl"
//     7  TextHash of the unit's texts (schema 4): the collapse key that makes
//        the same text from several sources one hit ("also in: ...")
//     8  FacetValue (schema 4): what the facets count, in one slot
//   Schema 4 writes values 0, 3, 7 and 8 only: 1 and 2 were never read, and
//   4, 5 and 6 only by the facets, now counted from 8 (from 0, 4, 5 and 6 in
//   older indexes).
//   Data: JSON {"source", "key", "format", "title", "type", "date", "section",
//               "position", "page", "score", "kind", "texts": {"fr": "...", "nl": "..."},
//               "flags": [{"type", "message", "fr": [...], "nl": [...]}] (only when the unit has QA
//               flags)}
//         Schema 4 leaves out "page", "physical_page" (0), "score" (1), "kind"
//         ("paragraph") and "section" ("") at their defaults, and keeps
//         "source", "format", "title", "type" and "date" in the source's first
//         unit only (the lowest document id of its XS term).
//   Terms: schema 4 indexes stop words as written only, without their Z stem.
//   Metadata: kSchemaKey = kSchemaVersion; kLearnedLexiconKey = the learnt lexicon;
//             kLastIngestKey = when a source was last written ("2026-11-22T10:15:00Z").
// Schema 4 adds value 7; an index of schema 3 or older searches as before,
// without grouping duplicate texts (the searcher says so: ingest it again).
// Matching folds case and accents on both sides (IndexableText), and phrases
// use positions of the folded words, so "Sécurité" finds "securite" and
// "\"union européenne\"" is still an exact phrase. Dutch is stemmed with
// Snowball "dutch", not "kraaij_pohlmann": on the real dev document
// (tools/bench/stemmer_compare) kraaij_pohlmann conflates unrelated words
// ("bieden"/"gebied", "houden"/"houding", "eenheid"/"enige") where "dutch"
// conflates inflections ("europees"/"europese", "sector"/"sectoren").
// <source-id> is 16 hex digits of a 64-bit FNV-1a hash of Source::key, and
// every boolean term is cut to kMaxTermBytes, below Xapian 1.4's 245-byte limit.
#ifndef TANDEM_PIPELINE_INDEX_SCHEMA_H_
#define TANDEM_PIPELINE_INDEX_SCHEMA_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/index/unit.h"
#include "pipeline/model/document.h"
#include "pipeline/model/language.h"

namespace tandem::index {

inline constexpr std::string_view kSchemaVersion = "4";
inline constexpr std::string_view kSchemaKey = "tandem.schema";  // metadata: kSchemaVersion
// Metadata: the lexicon learnt from the index's confident units (lexicon::ToTsv).
inline constexpr std::string_view kLearnedLexiconKey = "tandem.lexicon.learned";
// Metadata: UTC time of the last committed ReplaceSource.
inline constexpr std::string_view kLastIngestKey = "tandem.last_ingest";
inline constexpr unsigned kSlotSource = 0;
inline constexpr unsigned kSlotPage = 1;
inline constexpr unsigned kSlotPosition = 2;
inline constexpr unsigned kSlotDate = 3;
inline constexpr unsigned kSlotType = 4;
inline constexpr unsigned kSlotYear = 5;
inline constexpr unsigned kSlotLanguages = 6;
inline constexpr unsigned kSlotTextHash = 7;
inline constexpr unsigned kSlotFacets = 8;
inline constexpr size_t kMaxTermBytes = 200;
inline constexpr std::string_view kFlaggedTerm = "XF";

// Text as the term generator and the query parser see it: case and accents
// folded, and elision apostrophes made spaces ("l’OTAN" -> "l otan"), since
// Xapian would otherwise keep "l’otan" as one word.
std::string IndexableText(std::string_view text);

// 16 hex digits identifying a unit's texts as a reader sees them: each text's
// language and its words (IndexableText: case and accents folded), every run
// of spaces and punctuation counting as one space; so the same paragraph from
// a .txt, a PDF and a web page hashes alike. "" when no text has a word.
std::string TextHash(const std::vector<UnitText>& texts);

// What value 8 holds: the source's display name, type, year ("" when
// unknown) and the unit's languages ("fr nl"), separated by kFacetSeparator.
inline constexpr char kFacetSeparator = '\x1f';
std::string FacetValue(std::string_view source, std::string_view type, std::string_view year,
                       std::string_view languages);

// prefix + value, the way every term is built; cut (on a UTF-8 boundary) to
// kMaxTermBytes.
std::string Term(std::string_view prefix, std::string_view value);

// "2025-03-14" -> "20250314", "2025-03" -> "20250300", "2025" -> "20250000";
// "" when `date` is none of these.
std::string DateValue(std::string_view date);

// The boolean term of a language ("Lfr").
std::string LanguageTerm(Language language);

// 16 lower-case hex digits identifying a source key.
std::string SourceId(std::string_view key);

// The free-text term prefix of a language ("XFR"); "" for kUnknown.
std::string TextPrefix(Language language);

// Bytes on disk of the index folder at `path` (0 when unreadable).
uint64_t IndexBytes(const std::string& path);

// A block kind as the data's "kind" holds it ("paragraph", "heading",
// "list", "footnote"), and back (anything else reads as a paragraph).
std::string_view KindName(BlockKind kind);
BlockKind KindFromName(std::string_view name);

// The current UTC time, "2026-11-22T10:15:00Z".
std::string UtcNow();

// The Snowball stemmer name Xapian uses for a language ("french", "dutch",
// "english", "german"); "none" for kUnknown.
std::string StemmerName(Language language);

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_SCHEMA_H_
