// Unicode normalisation for storage and for matching.
#ifndef TANDEM_PIPELINE_TEXT_NORMALIZE_H_
#define TANDEM_PIPELINE_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace tandem::text {

// The form tandem stores: NFC; typographic ligatures (U+FB00..FB06, ĳ) and
// full-width forms folded to their letters; no-break and other fixed-width
// spaces made plain spaces; soft hyphens, zero-width characters and BOMs
// removed; CR LF and CR made LF. Quotes, dashes and superscripts are kept.
// Input must be valid UTF-8.
std::string NormalizeText(std::string_view utf8);

// The form used to compare words: NormalizeText, then case-folded, accents
// removed, and œ/æ/ø/ł spelled as oe/ae/o/l. "Œuvre Européenne" -> "oeuvre europeenne".
std::string FoldForMatching(std::string_view utf8);

// `text` with every run of spaces, tabs and line breaks made one space, and
// none at either end (a wording read from an indented XML file).
std::string CollapseSpaces(std::string_view text);

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_NORMALIZE_H_
