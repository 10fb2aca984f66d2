#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "pipeline/formats/word_occurrences.h"
#include "pipeline/formats/writers.h"
#include "pipeline/formats/xml_escape.h"

namespace tandem::formats {
namespace {

constexpr std::string_view kStyle = R"css(
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem; color: #1d1d1f; }
h1 { font-size: 1.35rem; margin: 0 0 .3rem; }
.sources { color: #555; margin: 0 0 1rem; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 2rem; background: #f4f5f7; padding: .8rem 1rem; border-radius: 6px; }
.summary h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; margin: 0 0 .2rem; color: #555; }
.summary ul { margin: 0; padding: 0; list-style: none; }
.controls { margin: 1rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-size: .8rem; color: #555; border-bottom: 2px solid #ccc; padding: .3rem .5rem; }
td { vertical-align: top; padding: .5rem; border-bottom: 1px solid #e3e3e3; overflow-wrap: break-word; }
td.n { width: 3.5rem; color: #777; font-size: .8rem; }
td.meta { width: 16rem; font-size: .82rem; }
tr.low td { background: #fff4e5; }
tr.flagged td.meta { color: #8a1c1c; }
p { margin: 0 0 .5rem; }
mark { border-radius: 2px; padding: 0 1px; background: #ffe08a; }
mark.numbers { background: #ffc4c4; } mark.negation { background: #d6c4ff; } mark.entity { background: #bfe3ff; }
mark.heading-number { background: #c8f0c8; }
.flag { display: block; margin-bottom: .2rem; }
.flag b { font-weight: 600; }
.empty { color: #999; font-style: italic; }
#only-flagged:checked ~ table tr.clean { display: none; }
@media (max-width: 800px) { td.meta { width: 9rem; } }
)css";

struct Mark {
  size_t begin, end;
  std::string kind, title;
};

// The text escaped, with every whole-word occurrence of a flag's words marked.
std::string Marked(const std::string& text, const std::vector<qa::Flag>& flags, bool french) {
  std::vector<Mark> marks;
  for (const qa::Flag& f : flags) {
    for (const auto& [begin, end] : WordOccurrences(text, french ? f.fr_words : f.nl_words)) {
      marks.push_back({begin, end, std::string(qa::FlagName(f.kind)), f.message});
    }
  }
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::string out;
  size_t at = 0;
  for (const Mark& m : marks) {
    if (m.begin < at) continue;  // overlapping: the first wins
    out += XmlEscape(std::string_view(text).substr(at, m.begin - at));
    out += fmt::format("<mark class=\"{}\" title=\"{}\">{}</mark>", m.kind, XmlEscape(m.title),
                       XmlEscape(std::string_view(text).substr(m.begin, m.end - m.begin)));
    at = m.end;
  }
  out += XmlEscape(std::string_view(text).substr(at));
  return out;
}

std::string Side(const std::vector<std::string>& paragraphs, const std::vector<qa::Flag>& flags, bool french) {
  if (paragraphs.empty()) return "<span class=\"empty\">(nothing on this side)</span>";
  std::string out;
  for (const std::string& p : paragraphs) out += "<p>" + Marked(p, flags, french) + "</p>";
  return out;
}

}  // namespace

std::string WriteHtml(const std::vector<AlignedUnit>& units, const AlignmentInfo& info) {
  std::map<std::string, size_t> bead_types, flag_types;
  size_t low = 0, flagged = 0;
  for (const AlignedUnit& u : units) {
    ++bead_types[fmt::format("{}-{}", u.fr.size(), u.nl.size())];
    for (const qa::Flag& f : u.flags) ++flag_types[std::string(qa::FlagName(f.kind))];
    low += u.score < kLowConfidence;
    flagged += !u.flags.empty();
  }
  const std::string title = info.title.empty() ? "Alignment review" : "Alignment review: " + info.title;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", XmlEscape(title), kStyle);
  out += fmt::format("<h1>{}</h1>\n<p class=\"sources\">French: {} &middot; Dutch: {} &middot; {} {}</p>\n", XmlEscape(title),
                     XmlEscape(info.fr_source), XmlEscape(info.nl_source), units.size(),
                     info.sentences ? "sentence pairs" : "paragraph beads");
  out += "<section class=\"summary\" aria-label=\"Summary\">\n<div><h2>Beads</h2><ul>";
  for (const auto& [type, n] : bead_types) out += fmt::format("<li>{}: {}</li>", type, n);
  out += fmt::format("</ul></div>\n<div><h2>Needs a look</h2><ul><li id=\"count-low\">low confidence: {}</li>"
                     "<li id=\"count-flagged\">with QA flags: {}</li></ul></div>\n<div><h2>Flags</h2><ul>",
                     low, flagged);
  if (flag_types.empty()) out += "<li>none</li>";
  for (const auto& [type, n] : flag_types) out += fmt::format("<li class=\"flag-count\" data-type=\"{}\">{}: {}</li>", type, type, n);
  out += "</ul></div>\n</section>\n";
  out += "<input type=\"checkbox\" id=\"only-flagged\"> <label for=\"only-flagged\" class=\"controls\">Show only beads that need a look</label>\n";
  out += "<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\" lang=\"fr\">Français</th>"
         "<th scope=\"col\" lang=\"nl\">Nederlands</th><th scope=\"col\">Score and flags</th></tr></thead>\n<tbody>\n";
  size_t number = 0;
  for (const AlignedUnit& u : units) {
    ++number;
    std::string classes = "bead";
    const bool needs_look = u.score < kLowConfidence || !u.flags.empty();
    if (u.score < kLowConfidence) classes += " low";
    if (!u.flags.empty()) classes += " flagged";
    if (!needs_look) classes += " clean";
    std::string meta = fmt::format("<span class=\"score\">score {:.2f}</span>", u.score);
    if (u.page > 0) meta += fmt::format(" &middot; page {}", u.page);
    for (const qa::Flag& f : u.flags) {
      meta += fmt::format("<span class=\"flag\" data-type=\"{}\"><b>{}</b> {}</span>", qa::FlagName(f.kind),
                          qa::FlagName(f.kind), XmlEscape(f.message));
    }
    out += fmt::format("<tr class=\"{}\" id=\"b{}\"><td class=\"n\">{}</td><td class=\"fr\" lang=\"fr\">{}</td>"
                       "<td class=\"nl\" lang=\"nl\">{}</td><td class=\"meta\">{}</td></tr>\n",
                       classes, number, number, Side(u.fr, u.flags, true), Side(u.nl, u.flags, false), meta);
  }
  out += "</tbody>\n</table>\n</body>\n</html>\n";
  return out;
}

}  // namespace tandem::formats
