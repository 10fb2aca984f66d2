// Decides whether a hyphen at the end of a line splits a word ("opportu- /
// nités" -> "opportunités") or belongs to a compound ("defensie- /
// industrie" -> "defensie-industrie").
#ifndef TANDEM_PIPELINE_TEXT_DEHYPHENATOR_H_
#define TANDEM_PIPELINE_TEXT_DEHYPHENATOR_H_

#include <string>
#include <string_view>
#include <unordered_map>

namespace tandem::text {

class Dehyphenator {
 public:
  // Learns from `document_text` (the whole document, lines as read) which
  // forms it uses elsewhere: a compound written with its hyphen mid-line, or
  // the word written whole, is the best evidence there is.
  explicit Dehyphenator(std::string_view document_text);
  Dehyphenator() = default;

  // True when "left-" ending a line followed by "right" starting the next is
  // a compound whose hyphen stays. `left` and `right` are the word parts
  // without the hyphen. In order: the document's own usage; a capitalised
  // right part ("États-Unis") or an acronym left part ("VS-administraties");
  // a vowel clash that Dutch and French spelling mark with a hyphen ("zee-
  // eend", "anti-inflation"); prefixes and suffixes that always take one
  // ("non-", "ex-", "-même", "-ci"). Otherwise the hyphen is a line break.
  bool KeepsHyphen(std::string_view left, std::string_view right) const;

 private:
  int Count(const std::string& word) const;
  std::unordered_map<std::string, int> counts_;  // lower-cased words as written mid-line
};

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_DEHYPHENATOR_H_
