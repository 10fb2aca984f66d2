// Numbers, amounts, percentages and dates as values, in French and Dutch
// notation, so that "0,7 %" equals "0,7%" and "1,5 milliard" "1,5 miljard".
#ifndef TANDEM_PIPELINE_QA_NUMBERS_H_
#define TANDEM_PIPELINE_QA_NUMBERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace tandem::qa {

struct Quantity {
  std::string text;           // as written ("1.540 milliards", "0,7 %", "14 avril")
  std::string value;          // canonical: "1540000000000", "0.7%", "month:4", "2.2.1"
  size_t begin = 0, end = 0;  // bytes in the source text
};

// The quantities of `text`: numbers with decimal commas and thousands
// separators (dots, spaces), scaled by million(s)/miljoen/milliard(s)/miljard,
// marked as percentages by %/pour cent/procent, euro amounts (€, EUR, euro(s))
// kept as plain values, month names (French and Dutch) as month numbers, and
// dotted section numbers ("2.2.1") as labels. Identifiers that hold digits
// are read whole, letters upper-cased and hyphens dropped: "F-35" and "F35"
// are both "id:F35", "COVID-19" is "id:COVID19", "5G" is "id:5G". Clock times
// with minutes are "time:H:MM": "15h30", "15 h 30", "15u30", "15.30 uur" and
// "15:30" are all "time:15:30". Ordinal endings are dropped ("1er", "1re",
// "2e", "2ème", "1ste", "2de" are "1", "2"). Number words are not read here:
// see SpelledNumbers.
std::vector<Quantity> FindQuantities(std::string_view text);

// Numbers written in words in `lang` ("fr" or "nl"), as plain values:
// cardinals ("trois", "drie", "vingt-cinq", "quatre-vingt-dix",
// "vijfentwintig", "honderd") and ordinals ("premier", "première",
// "troisième", "eerste", "derde", "twintigste"). `weak` marks words that are
// also articles ("un", "une", "een"): they may stand for 1 but are no evidence
// of a number on their own.
struct SpelledNumber {
  Quantity quantity;
  bool weak = false;
};
std::vector<SpelledNumber> SpelledNumbers(std::string_view text, std::string_view lang);

}  // namespace tandem::qa

#endif  // TANDEM_PIPELINE_QA_NUMBERS_H_
