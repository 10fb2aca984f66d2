// The glossary as a term base, and the TSV writer.
#include <fmt/format.h>

#include <map>

#include "pipeline/terms/phrases.h"
#include "pipeline/terms/terms.h"
#include "pipeline/text/normalize.h"

namespace tandem::terms {
namespace {

// TSV cells hold no tabs or line breaks.
std::string Cell(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

const Termbase& GlossaryTermbase() {
  static const Termbase* termbase = [] {
    auto* tb = new Termbase;
    std::map<std::string, size_t> by_french;  // folded French -> entry
    for (const lexicon::Entry& e : lexicon::Glossary().entries()) {
      // Single words ("rapport", "sécurité", "pays") have several good
      // renderings; only phrases are key terms.
      if (e.kind != "term" || ContentWords(e.fr, Language::kFrench) < 2) continue;
      const std::string folded = text::FoldForMatching(e.fr);
      auto [it, added] = by_french.try_emplace(folded, tb->entries.size());
      if (added) {
        TermEntry entry;
        entry.id = fmt::format("g{}", tb->entries.size() + 1);
        entry.fr.push_back({e.fr, 0, false});
        entry.part_of_speech = "noun";
        entry.note = "glossary";
        tb->entries.push_back(std::move(entry));
      }
      TermEntry& entry = tb->entries[it->second];
      bool known = false;
      for (const TermVariant& v : entry.nl)
        known |= text::FoldForMatching(v.text) == text::FoldForMatching(e.nl);
      if (!known) entry.nl.push_back({e.nl, 0, false});
    }
    return tb;
  }();
  return *termbase;
}

std::string WriteTsv(const Termbase& termbase) {
  std::string out = "fr\tnl\tcount\tscore\tnl_variants\n";
  for (const TermEntry& e : termbase.entries) {
    std::string variants;
    for (const TermVariant& v : e.nl) {
      if (!variants.empty()) variants += " | ";
      variants += v.count > 0 ? fmt::format("{} ({})", Cell(v.text), v.count) : Cell(v.text);
    }
    out += fmt::format("{}\t{}\t{}\t{:.2f}\t{}\n", e.fr.empty() ? "" : Cell(e.fr.front().text),
                       e.nl.empty() ? "" : Cell(e.nl.front().text), e.count, e.score, variants);
  }
  return out;
}

}  // namespace tandem::terms
