#include "pipeline/lexicon/ibm1.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "pipeline/lexicon/word_key.h"

namespace tandem::lexicon {
namespace {

using Sentence = std::vector<uint32_t>;
constexpr uint32_t kNull = 0;  // id 0 of each vocabulary is the empty word

struct Vocabulary {
  std::unordered_map<std::string, uint32_t> ids{{"", kNull}};
  std::vector<std::string> words{""};
  std::vector<size_t> counts{0};

  Sentence Encode(const std::vector<std::string>& keys) {
    Sentence s;
    std::vector<uint32_t> seen;
    for (const std::string& k : keys) {
      auto [it, inserted] = ids.try_emplace(k, static_cast<uint32_t>(words.size()));
      if (inserted) {
        words.push_back(k);
        counts.push_back(0);
      }
      s.push_back(it->second);
      if (std::find(seen.begin(), seen.end(), it->second) == seen.end()) seen.push_back(it->second);
    }
    for (uint32_t id : seen) ++counts[id];
    return s;
  }
};

uint64_t Pair(uint32_t source, uint32_t target) { return (uint64_t{source} << 32) | target; }

// t(target | source) after EM over `corpus` (source sentence, target sentence).
std::unordered_map<uint64_t, double> Train(const std::vector<std::pair<Sentence, Sentence>>& corpus,
                                           int iterations) {
  std::unordered_map<uint64_t, double> t;
  for (const auto& [source, target] : corpus) {
    for (uint32_t tw : target) {
      t[Pair(kNull, tw)] = 1;
      for (uint32_t sw : source) t[Pair(sw, tw)] = 1;
    }
  }
  std::unordered_map<uint64_t, double> counts;
  std::unordered_map<uint32_t, double> totals;
  for (int iteration = 0; iteration < iterations; ++iteration) {
    counts.clear();
    totals.clear();
    for (const auto& [source, target] : corpus) {
      for (uint32_t tw : target) {
        double denominator = t[Pair(kNull, tw)];
        for (uint32_t sw : source) denominator += t[Pair(sw, tw)];
        if (denominator <= 0) continue;
        auto collect = [&](uint32_t sw) {
          const double c = t[Pair(sw, tw)] / denominator;
          counts[Pair(sw, tw)] += c;
          totals[sw] += c;
        };
        collect(kNull);
        for (uint32_t sw : source) collect(sw);
      }
    }
    for (auto& [pair, value] : t) {
      const double total = totals[static_cast<uint32_t>(pair >> 32)];
      auto c = counts.find(pair);
      value = total > 0 && c != counts.end() ? c->second / total : 0;
    }
  }
  return t;
}

}  // namespace

Lexicon Learn(const std::vector<std::pair<std::string, std::string>>& aligned,
              const LearnOptions& options) {
  Vocabulary fr, nl;
  std::vector<std::pair<Sentence, Sentence>> fr_nl, nl_fr;
  for (const auto& [fr_text, nl_text] : aligned) {
    const auto fr_keys = ContentKeys(fr_text, "fr");
    const auto nl_keys = ContentKeys(nl_text, "nl");
    if (fr_keys.empty() || nl_keys.empty() || fr_keys.size() > options.max_words ||
        nl_keys.size() > options.max_words) {
      continue;
    }
    Sentence f = fr.Encode(fr_keys), n = nl.Encode(nl_keys);
    fr_nl.emplace_back(f, n);
    nl_fr.emplace_back(std::move(n), std::move(f));
  }
  const auto nl_given_fr = Train(fr_nl, options.iterations);
  const auto fr_given_nl = Train(nl_fr, options.iterations);
  std::vector<Entry> found;
  for (const auto& [pair, p_forward] : nl_given_fr) {
    const auto f = static_cast<uint32_t>(pair >> 32), n = static_cast<uint32_t>(pair & 0xFFFFFFFF);
    if (f == kNull || n == kNull || p_forward < options.min_probability) continue;
    if (fr.counts[f] < options.min_count || nl.counts[n] < options.min_count) continue;
    auto back = fr_given_nl.find(Pair(n, f));
    if (back == fr_given_nl.end() || back->second < options.min_probability) continue;
    found.push_back(
        Entry{fr.words[f], nl.words[n], Origin::kLearned, "", std::sqrt(p_forward * back->second)});
  }
  std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
    return a.weight != b.weight ? a.weight > b.weight : std::tie(a.fr, a.nl) < std::tie(b.fr, b.nl);
  });
  Lexicon lexicon;
  for (Entry& e : found) lexicon.Add(std::move(e));
  return lexicon;
}

Cooccurrences CountCooccurrences(const std::vector<std::pair<std::string, std::string>>& aligned,
                                 const CooccurrenceOptions& options) {
  Cooccurrences out;
  std::unordered_set<std::string> fr_seen, nl_seen;
  std::set<std::pair<std::string, std::string>> pairs_seen;
  for (const auto& [fr_text, nl_text] : aligned) {
    const auto fr_keys = ContentKeys(fr_text, "fr");
    const auto nl_keys = ContentKeys(nl_text, "nl");
    if (fr_keys.empty() || nl_keys.empty() || fr_keys.size() > options.max_words ||
        nl_keys.size() > options.max_words) {
      continue;
    }
    ++out.units;
    fr_seen.clear();
    nl_seen.clear();
    pairs_seen.clear();
    const double fr_size = static_cast<double>(fr_keys.size()),
                 nl_size = static_cast<double>(nl_keys.size());
    const double half = std::max(static_cast<double>(options.min_window), options.window * nl_size);
    for (size_t i = 0; i < fr_keys.size(); ++i) {
      if (fr_seen.insert(fr_keys[i]).second) ++out.fr_words[fr_keys[i]];
      // Dutch word j sits at j + 0.5 on a scale where French word i sits at `centre`.
      const double centre = (static_cast<double>(i) + 0.5) * nl_size / fr_size;
      const double first = std::max(0.0, std::ceil(centre - half - 0.5));
      const double last = std::min(nl_size - 1, std::floor(centre + half - 0.5));
      for (auto j = static_cast<size_t>(first); static_cast<double>(j) <= last; ++j) {
        pairs_seen.emplace(fr_keys[i], nl_keys[j]);
      }
    }
    for (const std::string& n : nl_keys) {
      if (nl_seen.insert(n).second) ++out.nl_words[n];
    }
    for (const auto& pair : pairs_seen) ++out.pairs[pair];
  }
  return out;
}

uint64_t CooccurrenceRow::PartnerCount(const std::string& key) const {
  auto it = partners.find(key);
  return it == partners.end() ? 0 : it->second;
}

std::string EncodeRow(const CooccurrenceRow& row) {
  std::vector<std::pair<std::string, uint64_t>> sorted(row.partners.begin(), row.partners.end());
  std::sort(sorted.begin(), sorted.end());
  std::string out = std::to_string(row.count);
  out.push_back('\t');
  out += std::to_string(row.dropped);
  for (const auto& [partner, count] : sorted) {
    out.push_back('\n');
    out += partner;
    out.push_back('\t');
    out += std::to_string(count);
  }
  return out;
}

namespace {

// "text<TAB>number" -> (text, number).
bool SplitCounted(std::string_view line, std::string_view* text, uint64_t* number) {
  const size_t tab = line.find('\t');
  if (tab == std::string_view::npos) return false;
  *text = line.substr(0, tab);
  const std::string_view digits = line.substr(tab + 1);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *number);
  return ec == std::errc() && end == digits.data() + digits.size();
}

}  // namespace

bool DecodeRow(std::string_view encoded, CooccurrenceRow* row) {
  *row = CooccurrenceRow{};
  CooccurrenceRow decoded;
  bool first = true;
  while (!encoded.empty()) {
    const size_t end = encoded.find('\n');
    const std::string_view line = encoded.substr(0, end);
    encoded = end == std::string_view::npos ? std::string_view() : encoded.substr(end + 1);
    std::string_view text;
    uint64_t number = 0;
    if (!SplitCounted(line, &text, &number)) return false;
    if (first) {
      uint64_t count = 0;
      auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
      if (ec != std::errc() || p != text.data() + text.size()) return false;
      decoded.count = count;
      decoded.dropped = number;
      first = false;
    } else {
      if (text.empty()) return false;
      if (number == 0 || !decoded.partners.emplace(std::string(text), number).second) return false;
    }
  }
  *row = std::move(decoded);
  return true;
}

CooccurrenceLearner::CooccurrenceLearner(ReadRow read, CooccurrenceOptions options)
    : read_(std::move(read)), options_(options) {}

const CooccurrenceRow& CooccurrenceLearner::Row(const std::string& row_key) {
  auto it = rows_.find(row_key);
  if (it == rows_.end()) {
    CooccurrenceRow row;
    if (read_) DecodeRow(read_(row_key), &row);  // a damaged row counts from zero again
    it = rows_.emplace(row_key, std::move(row)).first;
  }
  return it->second;
}

CooccurrenceRow& CooccurrenceLearner::MutableRow(const std::string& row_key) {
  Row(row_key);
  changed_.insert(row_key);
  return rows_.find(row_key)->second;
}

void CooccurrenceLearner::Prune(CooccurrenceRow& row) const {
  if (row.partners.size() <= options_.row_capacity) return;
  std::vector<uint64_t> counts;
  counts.reserve(row.partners.size());
  for (const auto& p : row.partners) counts.push_back(p.second);
  std::nth_element(counts.begin(), counts.begin() + static_cast<long>(options_.row_capacity),
                   counts.end(), std::greater<>());
  const uint64_t cut = counts[options_.row_capacity];  // the (capacity+1)-th largest
  for (auto it = row.partners.begin(); it != row.partners.end();) {
    if (it->second <= cut) {
      it = row.partners.erase(it);
    } else {
      it->second -= cut;
      ++it;
    }
  }
  row.dropped += cut;
}

void CooccurrenceLearner::Add(const Cooccurrences& counts) {
  for (const auto& [key, count] : counts.fr_words) MutableRow("fr:" + key).count += count;
  for (const auto& [key, count] : counts.nl_words) MutableRow("nl:" + key).count += count;
  // Pairs come sorted by French key: one French row per run, Dutch rows looked up once.
  std::vector<CooccurrenceRow*> grown;
  std::unordered_map<std::string, CooccurrenceRow*> nl_rows;
  const std::string* fr_key = nullptr;
  CooccurrenceRow* fr_row = nullptr;
  for (const auto& [pair, count] : counts.pairs) {
    if (fr_key == nullptr || *fr_key != pair.first) {
      fr_key = &pair.first;
      fr_row = &MutableRow("fr:" + pair.first);
      grown.push_back(fr_row);
    }
    auto [nl, inserted] = nl_rows.try_emplace(pair.second, nullptr);
    if (inserted) {
      nl->second = &MutableRow("nl:" + pair.second);
      grown.push_back(nl->second);
    }
    fr_row->partners[pair.second] += count;
    nl->second->partners[pair.first] += count;
  }
  for (CooccurrenceRow* row : grown) Prune(*row);
}

std::map<std::string, std::string> CooccurrenceLearner::ChangedRows() const {
  std::map<std::string, std::string> out;
  for (const std::string& key : changed_) out.emplace(key, EncodeRow(rows_.at(key)));
  return out;
}

namespace {

// The partners of `row` with the highest count (several when tied).
std::vector<std::string> MostFrequent(const CooccurrenceRow& row) {
  uint64_t best = 0;
  for (const auto& p : row.partners) best = std::max(best, p.second);
  std::vector<std::string> out;
  for (const auto& p : row.partners) {
    if (best > 0 && p.second == best) out.push_back(p.first);
  }
  return out;
}

bool IsMostFrequent(const CooccurrenceRow& row, const std::string& partner) {
  const uint64_t count = row.PartnerCount(partner);
  if (count == 0) return false;
  for (const auto& p : row.partners) {
    if (p.second > count) return false;
  }
  return true;
}

}  // namespace

bool CooccurrenceLearner::Linked(const std::string& fr, const std::string& nl, double* weight) {
  const CooccurrenceRow& fr_row = Row("fr:" + fr);  // std::map: references stay valid
  const CooccurrenceRow& nl_row = Row("nl:" + nl);
  if (!IsMostFrequent(fr_row, nl) || !IsMostFrequent(nl_row, fr)) return false;
  const uint64_t together = std::min(fr_row.PartnerCount(nl), nl_row.PartnerCount(fr));
  if (together < options_.min_count) return false;
  const double dice =
      2.0 * static_cast<double>(together) / static_cast<double>(fr_row.count + nl_row.count);
  *weight = std::round(std::min(dice, 1.0) * 1000) /
            1000;  // as ToTsv stores it, so stored and new links sort alike
  return *weight >= options_.min_dice;
}

std::vector<Entry> CooccurrenceLearner::UpdateLinks(const std::vector<Entry>& previous) {
  std::set<std::string> fr_touched, nl_touched;
  for (const std::string& key : changed_) {
    (key.compare(0, 3, "fr:") == 0 ? fr_touched : nl_touched).insert(key.substr(3));
  }
  std::vector<Entry> entries;
  entries.reserve(previous.size());
  for (const Entry& e : previous) {
    if (!fr_touched.count(e.fr) && !nl_touched.count(e.nl)) entries.push_back(e);
  }
  std::set<std::pair<std::string, std::string>> decided;
  auto consider = [&](const std::string& fr, const std::string& nl) {
    if (!decided.emplace(fr, nl).second) return;
    double weight = 0;
    if (Linked(fr, nl, &weight)) entries.push_back(Entry{fr, nl, Origin::kLearned, "", weight});
  };
  for (const std::string& fr : fr_touched) {
    for (const std::string& nl : MostFrequent(Row("fr:" + fr))) consider(fr, nl);
  }
  for (const std::string& nl : nl_touched) {
    for (const std::string& fr : MostFrequent(Row("nl:" + nl))) consider(fr, nl);
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.weight != b.weight ? a.weight > b.weight : std::tie(a.fr, a.nl) < std::tie(b.fr, b.nl);
  });
  return entries;
}

std::vector<Entry> EntriesFromTsv(std::string_view tsv) {
  std::vector<Entry> entries;
  while (!tsv.empty()) {
    const size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv = end == std::string_view::npos ? std::string_view() : tsv.substr(end + 1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    for (size_t start = 0;;) {
      const size_t tab = line.find('\t', start);
      fields.push_back(
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty())
      continue;  // damaged: decided again later
    Entry e{std::string(fields[0]), std::string(fields[1]), Origin::kLearned, "", 1.0};
    if (fields.size() > 3) e.kind = std::string(fields[3]);
    if (fields.size() > 4) e.weight = std::strtod(std::string(fields[4]).c_str(), nullptr);
    entries.push_back(std::move(e));
  }
  return entries;
}

std::string EntriesToTsv(const std::vector<Entry>& entries) {
  Lexicon empty;
  std::string out = ToTsv(empty);  // the header line
  for (const Entry& e : entries) {
    out += e.fr;
    out += '\t';
    out += e.nl;
    out += '\t';
    out += OriginName(e.origin);
    out += '\t';
    out += e.kind;
    out += '\t';
    char weight[32];
    std::snprintf(weight, sizeof weight, "%.3f\n", e.weight);
    out += weight;
  }
  return out;
}

}  // namespace tandem::lexicon
