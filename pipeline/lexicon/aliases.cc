#include "pipeline/lexicon/aliases.h"

#include <algorithm>
#include <unordered_map>

#include "dictionaries/dictionaries.h"
#include "pipeline/lexicon/word_key.h"

namespace tandem::lexicon {
namespace {

std::string Joined(const std::vector<std::string>& words, size_t start, size_t n) {
  std::string out;
  for (size_t i = start; i < start + n; ++i) out.append(i == start ? "" : " ").append(words[i]);
  return out;
}

std::vector<std::string> SplitOn(std::string_view s, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t end = s.find(separator, start);
    std::string_view part = s.substr(start, end == std::string_view::npos ? s.npos : end - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
    if (!part.empty()) parts.emplace_back(part);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

struct Table {
  std::vector<AliasEntity> entities;
  std::unordered_map<std::string, size_t> by_form;  // joined SearchWords -> entity
  size_t longest = 1;
};

const Table& TheTable() {
  static const Table* table = [] {
    auto* t = new Table;
    std::string_view text = dictionaries::Aliases();
    while (!text.empty()) {
      const size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> fields;
      size_t start = 0;
      while (true) {
        const size_t tab = line.find('\t', start);
        fields.emplace_back(
            line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      if (fields.size() < 3) continue;
      AliasEntity entity{fields[0], SplitOn(fields[1], '|'), SplitOn(fields[2], '|')};
      const size_t id = t->entities.size();
      for (const auto* forms : {&entity.fr, &entity.nl}) {
        for (const std::string& form : *forms) {
          const std::vector<std::string> words = SearchWords(form);
          if (words.empty()) continue;
          t->by_form.emplace(Joined(words, 0, words.size()),
                             id);  // the first entity keeps a shared form
          t->longest = std::max(t->longest, words.size());
        }
      }
      t->entities.push_back(std::move(entity));
    }
    return t;
  }();
  return *table;
}

}  // namespace

const std::vector<AliasEntity>& Aliases() { return TheTable().entities; }

const AliasEntity* FindAlias(std::string_view name) {
  const std::vector<std::string> words = SearchWords(name);
  if (words.empty()) return nullptr;
  const Table& t = TheTable();
  auto it = t.by_form.find(Joined(words, 0, words.size()));
  return it == t.by_form.end() ? nullptr : &t.entities[it->second];
}

size_t MatchAlias(const std::vector<std::string>& words, size_t start, const AliasEntity** entity) {
  const Table& t = TheTable();
  if (start >= words.size()) return 0;
  for (size_t n = std::min(t.longest, words.size() - start); n >= 1; --n) {
    auto it = t.by_form.find(Joined(words, start, n));
    if (it == t.by_form.end()) continue;
    *entity = &t.entities[it->second];
    return n;
  }
  return 0;
}

bool SameEntity(std::string_view a, std::string_view b) {
  const AliasEntity* x = FindAlias(a);
  return x != nullptr && x == FindAlias(b);
}

}  // namespace tandem::lexicon
