// stemmer_compare GOLD.jsonl
// Compares Xapian's Dutch Snowball stemmers ("dutch", "kraaij_pohlmann") on
// real aligned text, with the French side as the judge. For every Dutch word
// seen at least twice, its French translation is taken to be the French stem
// most associated with it across aligned paragraphs (Dice; its three best
// candidates are kept). Two Dutch words a stemmer conflates are a good
// conflation when the best French stem of one is among the three of the other
// ("veiligheid"/"veiligheden" -> "secur"), a bad one otherwise.
// Prints, per stemmer, the conflated pairs, the share judged good, and the
// good conflations each stemmer finds that the other misses.
#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "dictionaries/dictionaries.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace {

using WordSet = std::set<std::string>;

std::set<std::string> Stopwords(const char* lang) {
  std::set<std::string> out;
  for (auto w : tandem::dictionaries::WordList(tandem::dictionaries::ListKind::kStopwords, lang)) {
    out.insert(tandem::text::FoldForMatching(w));
  }
  return out;
}

// Content words of `text`, folded (letters only, at least 3 bytes, no stop words).
WordSet ContentWords(const std::string& text, const std::set<std::string>& stop) {
  WordSet out;
  for (const auto& w : tandem::text::SplitWords(text)) {
    if (w.is_number) continue;
    std::string folded = tandem::text::FoldForMatching(w.text);
    if (folded.size() >= 3 && !stop.count(folded) && folded.find_first_of("0123456789") == std::string::npos) {
      out.insert(std::move(folded));
    }
  }
  return out;
}

using Pair = std::pair<std::string, std::string>;

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return fmt::print(stderr, "usage: stemmer_compare GOLD.jsonl\n"), 2;
  std::ifstream in(argv[1]);
  if (!in) return fmt::print(stderr, "stemmer_compare: cannot read {}\n", argv[1]), 2;
  const auto fr_stop = Stopwords("fr"), nl_stop = Stopwords("nl");
  const Xapian::Stem french("french");
  std::vector<WordSet> fr_units, nl_units;
  std::string line;
  while (std::getline(in, line)) {
    const auto unit = nlohmann::json::parse(line, nullptr, false);
    if (unit.is_discarded()) continue;
    std::string fr, nl;
    for (const auto& p : unit.value("fr", nlohmann::json::array())) fr += p.get<std::string>() + "\n";
    for (const auto& p : unit.value("nl", nlohmann::json::array())) nl += p.get<std::string>() + "\n";
    WordSet fr_stems;
    for (const std::string& w : ContentWords(fr, fr_stop)) fr_stems.insert(french(w));
    fr_units.push_back(std::move(fr_stems));
    nl_units.push_back(ContentWords(nl, nl_stop));
  }
  // Occurrences by unit, then each Dutch word's best French stem by Dice.
  std::map<std::string, std::vector<size_t>> nl_in, fr_in;
  for (size_t u = 0; u < nl_units.size(); ++u) {
    for (const auto& w : nl_units[u]) nl_in[w].push_back(u);
    for (const auto& s : fr_units[u]) fr_in[s].push_back(u);
  }
  std::map<std::string, std::vector<std::string>> translation;  // best first, up to 3
  for (const auto& [word, units] : nl_in) {
    if (units.size() < 2) continue;
    std::map<std::string, size_t> both;
    for (size_t u : units) {
      for (const auto& s : fr_units[u]) ++both[s];
    }
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [stem, n] : both) {
      ranked.emplace_back(2.0 * static_cast<double>(n) / static_cast<double>(units.size() + fr_in[stem].size()), stem);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < ranked.size() && i < 3; ++i) translation[word].push_back(ranked[i].second);
  }
  fmt::print("{} aligned units; {} Dutch words seen twice or more\n", nl_units.size(), translation.size());
  std::map<std::string, std::set<Pair>> good_of, all_of;
  for (const char* name : {"dutch", "kraaij_pohlmann"}) {
    const Xapian::Stem stem(name);
    std::map<std::string, std::vector<std::string>> classes;
    for (const auto& [word, french_stem] : translation) classes[stem(word)].push_back(word);
    size_t pairs = 0, good = 0;
    std::set<Pair>& good_pairs = good_of[name];
    for (const auto& [key, words] : classes) {
      for (size_t i = 0; i < words.size(); ++i) {
        for (size_t j = i + 1; j < words.size(); ++j) {
          ++pairs;
          all_of[name].insert({words[i], words[j]});
          const auto& a = translation[words[i]];
          const auto& b = translation[words[j]];
          const bool same = std::find(b.begin(), b.end(), a.front()) != b.end() ||
                            std::find(a.begin(), a.end(), b.front()) != a.end();
          if (same) ++good, good_pairs.insert({words[i], words[j]});
        }
      }
    }
    fmt::print("{:16} {:5} classes  {:4} conflated pairs  {:4} good ({:.1f}%)\n", name, classes.size(), pairs, good,
               pairs ? 100.0 * static_cast<double>(good) / static_cast<double>(pairs) : 0.0);
  }
  for (const auto& [name, other] : {std::pair<const char*, const char*>{"dutch", "kraaij_pohlmann"},
                                    std::pair<const char*, const char*>{"kraaij_pohlmann", "dutch"}}) {
    std::vector<std::string> only;
    for (const Pair& p : good_of[name]) {
      if (!good_of[other].count(p)) only.push_back(p.first + "/" + p.second);
    }
    fmt::print("good only with {:16} {:3}", name, only.size());
    for (size_t i = 0; i < only.size() && i < 8; ++i) fmt::print(" {}", only[i]);
    fmt::print("\n");
    std::vector<std::string> merged;
    for (const Pair& p : all_of[name]) {
      if (!all_of[other].count(p)) merged.push_back(p.first + "/" + p.second);
    }
    fmt::print("all only with  {:16} {:3}", name, merged.size());
    for (size_t i = 0; i < merged.size() && i < 14; ++i) fmt::print(" {}", merged[i]);
    fmt::print("\n");
  }
  return 0;
}
