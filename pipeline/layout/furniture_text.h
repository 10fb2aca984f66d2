// What page furniture looks like as text, shared by the PDF layout and the
// plain-text page reader.
#ifndef TANDEM_PIPELINE_LAYOUT_FURNITURE_TEXT_H_
#define TANDEM_PIPELINE_LAYOUT_FURNITURE_TEXT_H_

#include <string>
#include <string_view>

namespace tandem::layout {

// The comparison key of a line: digits masked, letters lower-cased (ASCII),
// white space removed, so "0767/006DOC 5618" and "0767/006DOC 5620" match.
std::string FurnitureKey(std::string_view line);

// True for a letter-spaced line ("K A M E R • 2 e Z I T T I N G ..."): at
// least eight tokens, most of them single characters. Chambers print their
// footers so; prose never is.
bool IsLetterSpaced(std::string_view line);

}  // namespace tandem::layout

#endif  // TANDEM_PIPELINE_LAYOUT_FURNITURE_TEXT_H_
