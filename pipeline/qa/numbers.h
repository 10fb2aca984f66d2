// Numbers, amounts, percentages and dates as values, in French and Dutch
// notation, so that "0,7 %" equals "0,7%" and "1,5 milliard" "1,5 miljard".
#ifndef TANDEM_PIPELINE_QA_NUMBERS_H_
#define TANDEM_PIPELINE_QA_NUMBERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace tandem::qa {

struct Quantity {
  std::string text;   // as written ("1.540 milliards", "0,7 %", "14 avril")
  std::string value;  // canonical: "1540000000000", "0.7%", "month:4", "2.2.1"
  size_t begin = 0, end = 0;  // bytes in the source text
};

// The quantities of `text`: numbers with decimal commas and thousands
// separators (dots, spaces), scaled by million(s)/miljoen/milliard(s)/miljard,
// marked as percentages by %/pour cent/procent, euro amounts (€, EUR, euro(s))
// kept as plain values, month names (French and Dutch) as month numbers, and
// dotted section numbers ("2.2.1") as labels.
std::vector<Quantity> FindQuantities(std::string_view text);

}  // namespace tandem::qa

#endif  // TANDEM_PIPELINE_QA_NUMBERS_H_
