// Proposing a dossier: the report's sections are classified by their
// headings (position, red lines, priorities, or the rest), the sentences of
// the position sections are read one by one (commitment.h), French and Dutch
// sentences are paired by the aligner, and each pair read alike becomes a rule.
#include "pipeline/propose/dossier_proposal.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/formats/xml_escape.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/propose/commitment.h"
#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/sentences.h"
#include "pipeline/text/words.h"

namespace tandem::propose {
namespace {

using redlines::RuleKind;
using redlines::Severity;

enum class Section { kNone, kOther, kPosition, kRedLines, kPriorities };

struct Side {
  std::string file;
  Language language = Language::kUnknown;
  std::vector<Block> blocks;
  std::vector<size_t> numbers;
};

std::vector<Side> SidesOfReport(const Document& document) {
  std::vector<Side> sides;
  const bool pair = !document.pair_source.empty();
  std::vector<size_t> ordinals;
  for (const Stream& stream : document.streams) {
    for (const Block& block : stream.blocks) ordinals.push_back(block.ordinal);
  }
  std::sort(ordinals.begin(), ordinals.end());
  for (size_t k = 0; k < document.streams.size(); ++k) {
    const Stream& stream = document.streams[k];
    Side side;
    side.file = pair && k == 1 ? document.pair_source : document.source;
    side.language = stream.language;
    side.blocks = stream.blocks;
    for (size_t b = 0; b < stream.blocks.size(); ++b) {
      const size_t ordinal = stream.blocks[b].ordinal;
      if (pair || ordinal == 0) {
        side.numbers.push_back(b + 1);
      } else {
        side.numbers.push_back(
            static_cast<size_t>(std::lower_bound(ordinals.begin(), ordinals.end(), ordinal) -
                                ordinals.begin()) +
            1);
      }
    }
    sides.push_back(std::move(side));
  }
  return sides;
}

bool HasLetter(std::string_view text) {
  for (const text::Word& w : text::SplitWords(text)) {
    if (!w.is_number) return true;
  }
  return false;
}

size_t WordCount(std::string_view text) { return text::SplitWords(text).size(); }

// A heading, or a short label that reads as one (a table cell, a line
// without a full stop).
bool HeadingLike(const Block& block) {
  if (block.kind == BlockKind::kHeading) return true;
  std::string_view t = block.text;
  while (!t.empty() && (t.back() == ' ' || t.back() == ':')) t.remove_suffix(1);
  if (t.empty()) return false;
  const char last = t.back();
  return WordCount(t) <= 8 && last != '.' && last != '!' && last != '?' && last != ';';
}

bool Contains(const std::string& folded, std::initializer_list<const char*> cues) {
  for (const char* c : cues) {
    if (folded.find(c) != std::string::npos) return true;
  }
  return false;
}

// What a heading announces; nullopt when it is not one of the report's
// known parts (a title, a table's row label).
std::optional<Section> SectionOf(const std::string& heading) {
  const std::string f = text::FoldForMatching(heading);
  if (Contains(f, {"ligne rouge", "lignes rouges", "rode lijn"})) return Section::kRedLines;
  if (Contains(f, {"priorit", "souhait", "wensen", "points d attention", "aandachtspunt"}))
    return Section::kPriorities;
  if (Contains(f, {"tour de table", "contexte", "context", "deroulement", "discussion", "debat",
                   "points discutes", "present", "participant", "ordre du jour", "verloop",
                   "besproken", "bespreking", "aanwezig", "deelnemer", "agenda",
                   "ronde van de tafel", "informations", "achtergrond", "historique"}))
    return Section::kOther;
  if (Contains(f, {"conclusion", "conclusie", "position", "positie", "standpunt", "decision",
                   "beslissing", "besluit", "instruction", "instructie", "mandat", "mandaat",
                   "orientation", "richtsnoer", "afspraken", "lignes directrices", "engagement",
                   "ligne a tenir", "te volgen lijn", "aan te houden lijn", "releve", "overzicht van de"}))
    return Section::kPosition;
  return std::nullopt;
}

// A table cell naming the row's nature: "Ligne rouge", "Priorité", "Rode lijn".
std::optional<Severity> SeverityLabel(const std::string& text) {
  std::string f = text::FoldForMatching(text);
  while (!f.empty() && (f.back() == ' ' || f.back() == ':' || f.back() == '.')) f.pop_back();
  if (f == "ligne rouge" || f == "lignes rouges" || f == "rode lijn" || f == "rode lijnen")
    return Severity::kBlocking;
  if (f == "priorite" || f == "priorites" || f == "prioriteit" || f == "prioriteiten" ||
      f == "souhait" || f == "wens")
    return Severity::kWarning;
  return std::nullopt;
}

// A sentence without its list marker ("- ", "• ", "1. ", "2) ").
std::string WithoutMarker(std::string_view s) {
  static const std::regex kMarker("^\\s*(?:[-–—•*·]|\\d{1,2}[.)]|[a-z][.)])\\s+");
  std::string out(s);
  std::smatch m;
  if (std::regex_search(out, m, kMarker)) out = out.substr(static_cast<size_t>(m.length(0)));
  return out;
}

// The items of a paragraph whose list items were joined into one ("… COP.
// b) La Belgique …"): split before each marker that follows a sentence's end.
std::vector<std::string> ListItems(const std::string& text) {
  static const std::regex kItem(R"((\.|;|!|\?|:|»|”)\s+(?=(?:[a-z]|\d{1,2})[.)]\s|(?:-|•)\s))");
  std::vector<std::string> out;
  size_t start = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kItem); it != std::sregex_iterator(); ++it) {
    const size_t cut = static_cast<size_t>(it->position(0) + it->length(1));
    out.push_back(text.substr(start, cut - start));
    start = static_cast<size_t>(it->position(0) + it->length(0));
  }
  out.push_back(text.substr(start));
  return out;
}

struct Candidate {
  SourceSentence source;
  Severity severity = Severity::kBlocking;
  std::optional<Commitment> reading;
  std::string reason;
};

struct SideReading {
  std::vector<Candidate> candidates;
  bool found_section = false;
};

SideReading ReadSide(const Side& side) {
  SideReading out;
  Section section = Section::kNone;
  std::string section_name;
  size_t previous_kind = 0;  // 0 none, 1 label, 2 sentences
  size_t before_previous = 0;
  size_t previous_first = 0;  // first candidate of the previous sentence block
  bool label_was_section = false;  // the last heading-like block named a section
  for (size_t b = 0; b < side.blocks.size(); ++b) {
    const Block& block = side.blocks[b];
    if (!HasLetter(block.text)) continue;
    if (HeadingLike(block)) {
      // A row's nature in a table of positions: label, position, nature.
      // (A row's label is no section heading: after "Instructions", a
      // paragraph, then "Priorités" is the next section.)
      if (auto label = SeverityLabel(block.text);
          label && previous_kind == 2 && before_previous == 1 && !label_was_section) {
        for (size_t c = previous_first; c < out.candidates.size(); ++c)
          out.candidates[c].severity = *label;
        before_previous = previous_kind, previous_kind = 3;
        continue;
      }
      label_was_section = SectionOf(block.text).has_value();
      if (auto kind = SectionOf(block.text)) {
        section = *kind;
        section_name = block.text;
        while (!section_name.empty() && (section_name.back() == ':' || section_name.back() == ' '))
          section_name.pop_back();
        if (section != Section::kOther) out.found_section = true;
      }
      before_previous = previous_kind, previous_kind = 1;
      continue;
    }
    before_previous = previous_kind, previous_kind = 2;
    previous_first = out.candidates.size();
    if (section != Section::kPosition && section != Section::kRedLines &&
        section != Section::kPriorities)
      continue;
    for (const std::string& item : ListItems(block.text))
    for (std::string_view piece : text::SplitSentences(item, side.language)) {
      const std::string sentence = WithoutMarker(piece);
      if (!HasLetter(sentence)) continue;
      Candidate c;
      c.source.text = sentence;
      c.source.place = Place{side.file, side.language, side.numbers[b], section_name};
      c.severity = section == Section::kPriorities ? Severity::kWarning : Severity::kBlocking;
      const std::string folded = text::FoldForMatching(sentence);
      if (Contains(folded, {"ligne rouge", "rode lijn"})) c.severity = Severity::kBlocking;
      out.candidates.push_back(std::move(c));
    }
  }
  return out;
}

std::string LangCode(Language l) { return l == Language::kDutch ? "nl" : "fr"; }

std::string Escape(std::string_view text) { return formats::XmlEscape(text); }

// Comment text: "--" is not allowed inside an XML comment.
std::string CommentSafe(std::string text) {
  for (size_t at; (at = text.find("--")) != std::string::npos;) text.replace(at, 2, "- -");
  if (!text.empty() && text.back() == '-') text += ' ';
  return text;
}

std::string PlaceText(const Place& p) {
  std::string out = fmt::format("{} ¶{} ({})", p.file, p.paragraph, LangCode(p.language));
  if (!p.section.empty()) out += fmt::format(", « {} »", p.section);
  return out;
}

std::string NumberText(double v) {
  if (v == static_cast<double>(static_cast<long long>(v))) return fmt::format("{}", static_cast<long long>(v));
  std::string s = fmt::format("{:.6f}", v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string NcName(std::string_view raw, std::string_view fallback) {
  std::string out;
  for (char ch : text::FoldForMatching(raw)) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.')
      out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) return std::string(fallback);
  if (!std::isalpha(static_cast<unsigned char>(out[0])) && out[0] != '_') out = "d-" + out;
  return out;
}

std::string DossierIdOf(const std::string& source) {
  std::string name = source;
  if (const size_t slash = name.find_last_of('/'); slash != std::string::npos)
    name = name.substr(slash + 1);
  if (const size_t dot = name.find('.'); dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  return NcName(name, "dossier");
}

std::string PrefixOf(const std::string& id) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : id) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      part += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else {
      if (!part.empty()) parts.push_back(part);
      part.clear();
    }
  }
  if (!part.empty()) parts.push_back(part);
  if (parts.empty()) return "R";
  if (parts.size() == 1) return parts[0].substr(0, 3);
  std::string out;
  for (const std::string& p : parts) out += p[0];
  return out.substr(0, 4);
}

// The meeting's date, from the report's first paragraphs: "14 octobre 2025".
std::string DateOf(const std::vector<Side>& sides) {
  static const std::vector<std::pair<const char*, int>> kMonths = {
      {"janvier", 1}, {"fevrier", 2}, {"mars", 3},      {"avril", 4},     {"mai", 5},
      {"juin", 6},    {"juillet", 7}, {"aout", 8},      {"septembre", 9}, {"octobre", 10},
      {"novembre", 11}, {"decembre", 12}, {"januari", 1}, {"februari", 2}, {"maart", 3},
      {"april", 4},   {"juni", 6},    {"juli", 7},      {"augustus", 8},  {"oktober", 10}};
  static const std::regex kDate("(\\d{1,2})(?:er)? ([a-z]+) (\\d{4})");
  for (const Side& side : sides) {
    for (size_t b = 0; b < side.blocks.size() && b < 6; ++b) {
      const std::string f = text::FoldForMatching(side.blocks[b].text);
      for (auto it = std::sregex_iterator(f.begin(), f.end(), kDate); it != std::sregex_iterator(); ++it) {
        const std::string month = (*it)[2].str();
        for (const auto& [name, number] : kMonths) {
          if (month == name) {
            const int day = std::stoi((*it)[1].str());
            if (day < 1 || day > 31) continue;
            return fmt::format("{}-{:02d}-{:02d}", (*it)[3].str(), number, day);
          }
        }
      }
    }
  }
  return "";
}

// Names that recur in a side (capitalised words other than the first of a
// sentence, not Belgium's or its services'): the dossier's topic.
std::vector<std::string> TopicOf(const Side& side) {
  static const std::set<std::string> kSkip = {
      "belgique", "belgie", "belge", "belgische", "union", "unie", "conseil", "raad",
      "commission", "commissie", "cabinet", "kabinet", "spf", "fod", "dgb", "dgd", "dge", "dgj",
      "dgm", "regions", "gewesten", "communautes", "gemeenschappen", "nations", "naties",
      "unies", "verenigde", "premier", "eerste", "ministre", "minister", "defense", "defensie",
      "affaires", "zaken", "etrangeres", "buitenlandse", "representation", "vertegenwoordiging",
      "permanente", "reunion", "vergadering", "coordination", "coordinatie", "nous", "we",
      "la", "le", "les", "de", "het", "een", "il", "elle", "er", "ons", "notre", "direction",
      "directie", "office", "dienst", "objet", "onderwerp", "groupe", "groep", "assemblee",
      "vergadering", "generale", "algemene", "cour", "hof", "secretariat", "secretariaat",
      "europeenne", "europese", "etats", "staten", "delegation", "delegatie", "alliance",
      "alliantie", "traite", "verdrag", "fonds"};
  std::map<std::string, std::pair<int, std::string>> counts;
  for (const Block& block : side.blocks) {
    for (std::string_view sentence : text::SplitSentences(block.text, side.language)) {
      const auto words = text::SplitWords(sentence);
      for (size_t i = 1; i < words.size(); ++i) {
        const std::string_view w = words[i].text;
        if (w.size() < 3 || words[i].is_number) continue;
        if (!std::isupper(static_cast<unsigned char>(w[0])) && static_cast<unsigned char>(w[0]) < 0x80)
          continue;
        if (static_cast<unsigned char>(w[0]) >= 0x80) continue;  // accented capitals: rare in names here
        const std::string f = text::FoldForMatching(w);
        if (kSkip.count(f)) continue;
        auto& entry = counts[f];
        if (entry.first++ == 0) entry.second = std::string(w);
      }
    }
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [folded, entry] : counts) {
    if (entry.first >= 2) ranked.emplace_back(entry.first, entry.second);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (size_t i = 0; i < ranked.size() && i < 4; ++i) out.push_back(ranked[i].second);
  return out;
}

std::string KindName(RuleKind k) { return std::string(redlines::RuleKindName(k)); }

// Whether the French and Dutch readings say the same; why not otherwise.
std::optional<std::string> Disagreement(const Commitment& fr, const Commitment& nl) {
  if (fr.kind != nl.kind)
    return fmt::format("the French reads as {}, the Dutch as {}", KindName(fr.kind), KindName(nl.kind));
  if (fr.kind == RuleKind::kStance && fr.stance != nl.stance)
    return fmt::format("the French takes the stance « {} », the Dutch « {} »",
                       redlines::StanceName(fr.stance), redlines::StanceName(nl.stance));
  if (fr.kind == RuleKind::kLimit) {
    if (fr.unit != nl.unit) return fmt::format("the French amount is in {}, the Dutch in {}", fr.unit, nl.unit);
    if (fr.min.has_value() != nl.min.has_value())
      return std::string("the French bound is a minimum and the Dutch a maximum, or the reverse");
    const double a = fr.min ? *fr.min : *fr.max, b = nl.min ? *nl.min : *nl.max;
    if (std::abs(a - b) > 1e-9 * std::max(1.0, std::abs(a)))
      return fmt::format("the amounts differ: {} in French, {} in Dutch", NumberText(a), NumberText(b));
  }
  return std::nullopt;
}

struct Item {  // in reading order: a rule or a note
  bool is_rule = false;
  size_t index = 0;
};

}  // namespace

Result<Proposal> ProposeDossier(const Document& report, const ProposeOptions& options) {
  const std::vector<Side> sides = SidesOfReport(report);
  const Side* fr = nullptr;
  const Side* nl = nullptr;
  for (const Side& side : sides) {
    if (side.language == Language::kFrench && !fr) fr = &side;
    if (side.language == Language::kDutch && !nl) nl = &side;
  }
  if (!fr && !nl) return Fail(ErrorCode::kEmpty, report.source, "no French or Dutch text to read");

  SideReading fr_reading = fr ? ReadSide(*fr) : SideReading{};
  SideReading nl_reading = nl ? ReadSide(*nl) : SideReading{};
  if (!fr_reading.found_section && !nl_reading.found_section)
    return Fail(ErrorCode::kUsage, report.source,
                "no section states the meeting's position (a heading such as « Conclusions », "
                "« Position commune », « Lignes rouges », « Priorités », « Beslissingen », "
                "« Rode lijnen »): nothing to propose");
  for (SideReading* r : {&fr_reading, &nl_reading}) {
    for (Candidate& c : r->candidates)
      c.reading = ReadCommitment(c.source.text, c.source.place.language, &c.reason);
  }

  Proposal proposal;
  std::vector<Item> items;
  auto note = [&](const Candidate& c, std::string reason) {
    proposal.unturned.push_back(Unturned{c.source, std::move(reason)});
    items.push_back(Item{false, proposal.unturned.size() - 1});
  };
  const std::string id = options.dossier_id.empty() ? DossierIdOf(report.source) : NcName(options.dossier_id, "dossier");
  const std::string prefix = options.id_prefix.empty() ? PrefixOf(id) : NcName(options.id_prefix, "R");
  auto add_rule = [&](const Candidate& f, const Candidate& n) {
    const Commitment& a = *f.reading;
    const Commitment& b = *n.reading;
    ProposedRule pr;
    redlines::Rule& rule = pr.rule;
    rule.id = fmt::format("{}-{}", prefix, proposal.rules.size() + 1);
    rule.kind = a.kind;
    rule.severity = f.severity == Severity::kBlocking || n.severity == Severity::kBlocking
                        ? Severity::kBlocking
                        : Severity::kWarning;
    rule.wordings = {{Language::kFrench, a.wording}, {Language::kDutch, b.wording}};
    if (a.kind == RuleKind::kTerm) rule.avoid = {{Language::kFrench, a.avoid}, {Language::kDutch, b.avoid}};
    rule.agreed = {{Language::kFrench, f.source.text}, {Language::kDutch, n.source.text}};
    rule.stance = a.stance;
    rule.unit = a.unit;
    rule.min = a.min;
    rule.max = a.max;
    pr.sources = {f.source, n.source};
    pr.why = a.why + " | " + b.why;
    proposal.rules.push_back(std::move(pr));
    items.push_back(Item{true, proposal.rules.size() - 1});
  };
  auto one_sided = [&](const Candidate& c, const char* other) {
    if (c.reading)
      note(c, fmt::format("read as {} ({}), but no {} sentence says it (a rule needs both languages)",
                          KindName(c.reading->kind), c.reading->why, other));
    else
      note(c, c.reason);
  };

  if (fr && nl) {
    std::vector<Block> fb, nb;
    for (const Candidate& c : fr_reading.candidates) fb.push_back(Block{c.source.text, BlockKind::kParagraph, Language::kFrench});
    for (const Candidate& c : nl_reading.candidates) nb.push_back(Block{c.source.text, BlockKind::kParagraph, Language::kDutch});
    align::AlignOptions align_options;
    align_options.refine_by_sentences = false;
    for (const align::Bead& bead : align::AlignParagraphs(fb, nb, align_options)) {
      std::vector<bool> nl_used(bead.nl_count, false);
      for (size_t i = 0; i < bead.fr_count; ++i) {
        const Candidate& f = fr_reading.candidates[bead.fr_begin + i];
        // The Dutch sentence of the bead read alike (the only one in a 1-1 bead).
        std::optional<size_t> partner;
        std::string disagreement;
        for (size_t j = 0; j < bead.nl_count; ++j) {
          if (nl_used[j]) continue;
          const Candidate& n = nl_reading.candidates[bead.nl_begin + j];
          if (!f.reading || !n.reading) continue;
          if (auto d = Disagreement(*f.reading, *n.reading)) {
            if (disagreement.empty()) disagreement = *d;
            continue;
          }
          partner = j;
          break;
        }
        if (partner) {
          nl_used[*partner] = true;
          add_rule(f, nl_reading.candidates[bead.nl_begin + *partner]);
        } else if (!disagreement.empty()) {
          note(f, disagreement);
        } else if (bead.nl_count == 0) {
          one_sided(f, "Dutch");
        } else if (!f.reading) {
          note(f, f.reason);
        } else {
          note(f, fmt::format("read as {} ({}), but its Dutch counterpart was not", KindName(f.reading->kind), f.reading->why));
        }
      }
      for (size_t j = 0; j < bead.nl_count; ++j) {
        if (nl_used[j]) continue;
        const Candidate& n = nl_reading.candidates[bead.nl_begin + j];
        if (bead.fr_count == 0)
          one_sided(n, "French");
        else
          note(n, n.reading ? fmt::format("read as {} ({}), but its French counterpart was not",
                                          KindName(n.reading->kind), n.reading->why)
                            : n.reason);
      }
    }
  } else {
    for (const Candidate& c : (fr ? fr_reading : nl_reading).candidates) one_sided(c, fr ? "Dutch" : "French");
  }

  // The dossier's text.
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += fmt::format("<!-- Proposed by tandem redlines propose from {}{}. Check every rule against its "
                     "source sentence before use. -->\n",
                     CommentSafe(report.source),
                     report.pair_source.empty() ? "" : " and " + CommentSafe(report.pair_source));
  const std::string date = DateOf(sides);
  xml += fmt::format("<redlines xmlns=\"urn:tandem:redlines:1\" dossier=\"{}\"", Escape(id));
  if (!date.empty()) xml += fmt::format(" agreed=\"{}\"", date);
  xml += fmt::format(" source=\"{}\">\n", Escape(date.empty() ? "Coordination meeting" : "Coordination meeting of " + date));
  for (const Side* side : {fr, nl}) {
    if (!side) continue;
    for (const Block& b : side->blocks) {
      if (!HasLetter(b.text)) continue;
      std::string title = text::CollapseSpaces(b.text);
      if (title.size() > 200) title = title.substr(0, 200);
      // Do not cut inside a UTF-8 sequence.
      while (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80) title.pop_back();
      while (!title.empty() && static_cast<unsigned char>(title.back()) >= 0xC0) title.pop_back();
      xml += fmt::format("  <title xml:lang=\"{}\">{}</title>\n", LangCode(side->language), Escape(title));
      break;
    }
  }
  std::vector<std::pair<std::string, std::string>> topic;
  for (const Side* side : {fr, nl}) {
    if (!side) continue;
    for (const std::string& t : TopicOf(*side)) topic.emplace_back(LangCode(side->language), t);
  }
  if (!topic.empty()) {
    xml += "  <!-- topic: names that recur in the report -->\n  <topic>";
    for (const auto& [lang, word] : topic) xml += fmt::format("<{0}>{1}</{0}>", lang, Escape(word));
    xml += "</topic>\n";
  }
  for (const Item& item : items) {
    xml += "\n";
    if (!item.is_rule) {
      const Unturned& u = proposal.unturned[item.index];
      xml += fmt::format("  <!-- Not turned into a rule, {}: {}\n       « {} » -->\n",
                         CommentSafe(PlaceText(u.sentence.place)), CommentSafe(u.reason),
                         CommentSafe(u.sentence.text));
      continue;
    }
    const ProposedRule& pr = proposal.rules[item.index];
    const redlines::Rule& r = pr.rule;
    std::string cited;
    for (const SourceSentence& s : pr.sources) cited += (cited.empty() ? "" : " and ") + PlaceText(s.place);
    xml += fmt::format("  <!-- {} from {}; {} -->\n", r.id, CommentSafe(cited), CommentSafe(pr.why));
    const std::string kind = KindName(r.kind);
    xml += fmt::format("  <{} id=\"{}\" severity=\"{}\"", kind, r.id, redlines::SeverityName(r.severity));
    if (r.kind == RuleKind::kStance) xml += fmt::format(" value=\"{}\"", redlines::StanceName(r.stance));
    if (r.kind == RuleKind::kLimit) {
      if (!r.unit.empty()) xml += fmt::format(" unit=\"{}\"", Escape(r.unit));
      if (r.min) xml += fmt::format(" min=\"{}\"", NumberText(*r.min));
      if (r.max) xml += fmt::format(" max=\"{}\"", NumberText(*r.max));
    }
    xml += ">\n";
    const char* element = r.kind == RuleKind::kStance  ? "subject"
                          : r.kind == RuleKind::kLimit ? "quantity"
                          : r.kind == RuleKind::kTerm  ? "use"
                                                       : "claim";
    for (const redlines::Wording& w : r.wordings)
      xml += fmt::format("    <{0} xml:lang=\"{1}\">{2}</{0}>\n", element, LangCode(w.language), Escape(w.text));
    for (const redlines::Wording& w : r.avoid)
      xml += fmt::format("    <avoid xml:lang=\"{}\">{}</avoid>\n", LangCode(w.language), Escape(w.text));
    for (const redlines::Wording& w : r.agreed)
      xml += fmt::format("    <agreed xml:lang=\"{}\">{}</agreed>\n", LangCode(w.language), Escape(w.text));
    xml += fmt::format("  </{}>\n", kind);
  }
  xml += "</redlines>\n";

  auto dossier = redlines::LoadDossierBytes(xml, report.source + " (proposed dossier)");
  if (!dossier) return tl::unexpected(dossier.error());
  proposal.xml = std::move(xml);
  proposal.dossier = std::move(*dossier);
  // Rule lines, as the loader read them.
  for (size_t i = 0; i < proposal.rules.size() && i < proposal.dossier.rules.size(); ++i)
    proposal.rules[i].rule.line = proposal.dossier.rules[i].line;
  return proposal;
}

Result<Proposal> ProposeDossierFromText(std::string_view fr_text, std::string_view nl_text,
                                        const std::string& source, const ProposeOptions& options) {
  if (fr_text.find_first_not_of(" \t\r\n") == std::string_view::npos &&
      nl_text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return Fail(ErrorCode::kEmpty, source, "no text");
  ProposeOptions named = options;
  if (named.dossier_id.empty()) named.dossier_id = DossierIdOf(source);
  const bool fr_empty = fr_text.find_first_not_of(" \t\r\n") == std::string_view::npos;
  const bool nl_empty = nl_text.find_first_not_of(" \t\r\n") == std::string_view::npos;
  if (nl_empty || fr_empty) {
    ingest::ReadOptions read;
    if (fr_empty) read.language = Language::kDutch;
    auto document = ingest::ReadDocumentBytes(fr_empty ? nl_text : fr_text, source, read);
    if (!document) return tl::unexpected(document.error());
    return ProposeDossier(*document, named);
  }
  ingest::ReadOptions read;
  read.language = Language::kFrench;
  auto french = ingest::ReadDocumentBytes(fr_text, source + " (fr)", read);
  if (!french) return tl::unexpected(french.error());
  read.language = Language::kDutch;
  auto dutch = ingest::ReadDocumentBytes(nl_text, source + " (nl)", read);
  if (!dutch) return tl::unexpected(dutch.error());
  Document pair = std::move(*french);
  pair.pair_source = source + " (nl)";
  pair.streams.push_back(std::move(dutch->streams.front()));
  return ProposeDossier(pair, named);
}

}  // namespace tandem::propose
