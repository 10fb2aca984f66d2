// Rebuilding logical paragraphs from the lines of a text extraction.
#ifndef TANDEM_PIPELINE_TEXT_PARAGRAPHS_H_
#define TANDEM_PIPELINE_TEXT_PARAGRAPHS_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/text/dehyphenator.h"

namespace tandem::text {

// Joins the lines of one paragraph with single spaces, resolving end-of-line
// hyphenation with `dehyphenator` and collapsing runs of white space.
std::string JoinLines(const std::vector<std::string_view>& lines, const Dehyphenator& dehyphenator);

// Splits `lines` into paragraphs: a blank line ends one, and a line opening
// with a bullet ("•", "▪") starts a new one, as does a dash ("– ", "- ") after
// a line ending in ':', ';' or '.'. Each paragraph's lines, trimmed, in order.
std::vector<std::vector<std::string_view>> GroupParagraphLines(const std::vector<std::string_view>& lines);

// What a paragraph looks like: a footnote (opening with "¹" or "(1)"), a list
// item (bullet or "1)" / "a)" opening),
// a heading (short, no final punctuation, and numbered "2.2.1.", bracketed
// "[Migration]", in capitals, or one short line), else a paragraph.
BlockKind ClassifyParagraph(std::string_view text, size_t line_count);

// The section number that opens `text` ("2.2.1. UNION" -> "2.2.1", "2.2.2 VN"
// -> "2.2.2"): digits and dots, at least one dot, then a space; "" otherwise.
std::string LeadingSectionNumber(std::string_view text);

// True when `text` ends a sentence: its last character, ignoring closing
// quotes and brackets, is one of . ! ? … (a colon or semicolon announces more).
bool EndsSentence(std::string_view text);

// True when `text` starts like the continuation of a sentence: a lower-case
// letter, or punctuation that cannot open a sentence (, ; ) …).
bool StartsLikeContinuation(std::string_view text);

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_PARAGRAPHS_H_
