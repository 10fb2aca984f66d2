// Learning French-Dutch word links from aligned text (IBM Model 1).
#ifndef TANDEM_PIPELINE_LEXICON_IBM1_H_
#define TANDEM_PIPELINE_LEXICON_IBM1_H_

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pipeline/lexicon/lexicon.h"

namespace tandem::lexicon {

struct LearnOptions {
  int iterations = 6;            // EM iterations per direction
  double min_probability = 0.3;  // kept when t(nl|fr) and t(fr|nl) both reach this
  size_t min_count = 3;          // and both words occur in at least this many pairs
  size_t max_words = 80;  // pairs with longer sides are skipped (cost grows with their product)
};

// Word links (as WordKey forms, origin kLearned, weight = geometric mean of the
// two translation probabilities) from aligned (French, Dutch) texts: IBM
// Model 1 estimated by EM in both directions, with an empty word on each side.
// Numbers and stop words are left out. Deterministic for the same input.
Lexicon Learn(const std::vector<std::pair<std::string, std::string>>& aligned,
              const LearnOptions& options = {});

// Learning incrementally, from co-occurrence statistics kept with the index.
// Adding a document costs what its own units cost, whatever the size of the
// index: each word has a row (how many units hold it, and its most frequent
// partners across the language border with how many units hold both), rows
// are updated from the new units only, and only the links of words whose
// rows changed are decided again. A link (f, n) depends on the rows of f and
// n alone, so the learnt lexicon after adding A then B is the one got by
// adding A and B in one go (same rows, same links).
struct CooccurrenceOptions {
  // A French word pairs with the Dutch words at about its relative place:
  // within ±5 % of the Dutch side's length, and at least ±1 word (beads keep
  // word order roughly: sentences come in the same order on both sides). On
  // parl-dev, ±5 % learns as many confirmed links as ±15 % or the whole unit,
  // at a third of the counting.
  double window = 0.05;
  size_t min_window = 1;
  size_t max_words = 200;     // sides with more content words are not counted
  size_t row_capacity = 256;  // partners kept per word (Misra-Gries summary)
  uint64_t min_count = 3;     // a link needs the two words together in at least this many units
  double min_dice = 0.3;      // and 2 C(f,n) / (C(f) + C(n)) at least this
};

// What some aligned (French, Dutch) units add to the statistics: in how many
// units each content word key occurs, and in how many units a French key and
// a Dutch key fall within each other's window.
struct Cooccurrences {
  std::map<std::string, uint64_t> fr_words, nl_words;
  std::map<std::pair<std::string, std::string>, uint64_t> pairs;  // (fr key, nl key)
  size_t units = 0;                                               // units counted
  bool empty() const { return units == 0; }
};
Cooccurrences CountCooccurrences(const std::vector<std::pair<std::string, std::string>>& aligned,
                                 const CooccurrenceOptions& options = {});

// A word's row. `partners` keeps at most row_capacity words: a Misra-Gries
// summary, merged one Add at a time (the new counts are added, then when the
// row holds more than row_capacity partners the (row_capacity+1)-th largest
// count is taken from every count, those at zero leave, and it is added to
// `dropped`). So a kept count is low by at most `dropped`, and a partner
// missing from the row co-occurred at most `dropped` times.
struct CooccurrenceRow {
  uint64_t count = 0;    // units holding the word
  uint64_t dropped = 0;  // total taken from partner counts
  std::unordered_map<std::string, uint64_t> partners;
  uint64_t PartnerCount(const std::string& key) const;
};
std::string EncodeRow(const CooccurrenceRow& row);
// False (row left empty) when `encoded` is not EncodeRow's form.
bool DecodeRow(std::string_view encoded, CooccurrenceRow* row);

// The learnt links stored as lexicon::ToTsv writes them, read and written
// without building a Lexicon (no word folded): what an ingest rewrites.
std::vector<Entry> EntriesFromTsv(std::string_view tsv);
std::string EntriesToTsv(const std::vector<Entry>& entries);

// Row keys are "fr:" or "nl:" followed by the word key.
class CooccurrenceLearner {
 public:
  // `read(row_key)` gives a stored row (EncodeRow form), "" when there is none.
  using ReadRow = std::function<std::string(const std::string& row_key)>;
  explicit CooccurrenceLearner(ReadRow read, CooccurrenceOptions options = {});

  // Counts `counts` (one document's units, say) into the rows: results depend
  // on the order of Adds, never on how they are spread over ingests.
  void Add(const Cooccurrences& counts);

  // The rows Add changed, encoded, by row key: what to store.
  std::map<std::string, std::string> ChangedRows() const;

  // `previous` (the learnt lexicon before the Adds) with every link of a word
  // whose row changed decided again: f and n linked when each is the other's
  // most frequent partner (ties kept), together in at least min_count units,
  // with a Dice coefficient (the weight) of at least min_dice. Sorted by
  // weight, then French, then Dutch. Learnt entries are word keys, so no
  // entry is folded again: the cost is a copy of `previous`.
  std::vector<Entry> UpdateLinks(const std::vector<Entry>& previous);

  // A row as it stands (loaded on first use).
  const CooccurrenceRow& Row(const std::string& row_key);

 private:
  CooccurrenceRow& MutableRow(const std::string& row_key);
  void Prune(CooccurrenceRow& row) const;
  bool Linked(const std::string& fr, const std::string& nl, double* weight);

  ReadRow read_;
  CooccurrenceOptions options_;
  std::map<std::string, CooccurrenceRow> rows_;
  std::set<std::string> changed_;
};

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_IBM1_H_
