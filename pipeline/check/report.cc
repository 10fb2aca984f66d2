#include "pipeline/check/report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "pipeline/formats/xml_escape.h"

namespace tandem::check {
namespace {


// `sentence` with each mark wrapped by `open`/`close`; `escape` applied to the text.
template <typename EscapeFn>
std::string Marked(const Finding& f, std::string_view open, std::string_view close, EscapeFn escape) {
  std::string out;
  size_t at = 0;
  for (const auto& [begin, end] : f.marks) {
    if (begin < at || end > f.sentence.size()) continue;
    out.append(escape(std::string_view(f.sentence).substr(at, begin - at)));
    out.append(open).append(escape(std::string_view(f.sentence).substr(begin, end - begin))).append(close);
    at = end;
  }
  out.append(escape(std::string_view(f.sentence).substr(at)));
  return out;
}

std::string Plain(std::string_view s) { return std::string(s); }

const PriorUnit* PriorOf(const std::vector<PriorUnit>& priors, size_t i) {
  return i < priors.size() && !priors[i].text.empty() ? &priors[i] : nullptr;
}

}  // namespace

std::string TextReport(const CheckReport& report, bool colour, const std::vector<PriorUnit>& priors) {
  std::string out;
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    out += fmt::format("{}:{}: {} {} — {}\n", f.file, f.paragraph, redlines::SeverityName(f.severity), f.rule, f.message);
    if (!f.sentence.empty()) {
      out += "    " + (colour ? Marked(f, "\x1b[1;31m", "\x1b[0m", Plain) : Marked(f, "»", "«", Plain)) + "\n";
    }
    if (!f.agreed.empty()) out += "    agreed: " + f.agreed + "\n";
    if (const PriorUnit* prior = PriorOf(priors, i)) out += "    last time (" + prior->source + "): " + prior->text + "\n";
  }
  out += fmt::format("{} blocking, {} warning, {} paragraphs checked\n", report.blocking(), report.warnings(), report.paragraphs);
  return out;
}

std::string JsonReport(const CheckReport& report, const std::vector<PriorUnit>& priors) {
  nlohmann::json findings = nlohmann::json::array();
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    nlohmann::json j = {{"rule", f.rule},
                        {"kind", f.kind},
                        {"severity", std::string(redlines::SeverityName(f.severity))},
                        {"file", f.file},
                        {"lang", std::string(LanguageCode(f.language))},
                        {"paragraph", f.paragraph},
                        {"sentence", f.sentence},
                        {"message", f.message},
                        {"agreed", f.agreed}};
    if (!f.dossier.empty()) j["dossier"] = f.dossier;
    nlohmann::json marks = nlohmann::json::array();
    for (const auto& [begin, end] : f.marks) marks.push_back(f.sentence.substr(begin, end - begin));
    j["marked"] = marks;
    if (const PriorUnit* prior = PriorOf(priors, i)) j["prior"] = {{"source", prior->source}, {"text", prior->text}};
    findings.push_back(std::move(j));
  }
  nlohmann::json out = {{"findings", findings},
                        {"summary", {{"blocking", report.blocking()}, {"warning", report.warnings()}, {"paragraphs", report.paragraphs}}}};
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string HtmlReport(const CheckReport& report, const std::string& title, const std::vector<PriorUnit>& priors) {
  std::string out = fmt::format(R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Red-line report — {0}</title>
<style>
body{{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}}
.summary{{display:flex;gap:1em}} .summary div{{padding:.5em 1em;border-radius:4px;background:#eee}}
.blocking h3{{color:#a00}} .warning h3{{color:#a60}}
article{{border-left:4px solid #ccc;padding:.2em 1em;margin:1em 0}}
section.blocking article{{border-color:#c00}} section.warning article{{border-color:#e90}}
mark{{background:#fdd;color:#900;font-weight:bold}} .agreed{{color:#060}} .where{{color:#666;font-size:.9em}}
blockquote{{margin:.5em 0;padding-left:1em;border-left:2px solid #ddd}}
</style></head><body>
<h1>Red-line report</h1>
<p class="where">{0}</p>
<div class="summary"><div id="blocking-count">{1} blocking</div><div id="warning-count">{2} warning</div><div>{3} paragraphs checked</div></div>
)",
                                formats::XmlEscape(title), report.blocking(), report.warnings(), report.paragraphs);
  if (report.findings.empty()) out += "<p id=\"no-findings\">No finding: the draft respects every red line checked.</p>\n";
  for (redlines::Severity severity : {redlines::Severity::kBlocking, redlines::Severity::kWarning}) {
    bool opened = false;
    for (size_t i = 0; i < report.findings.size(); ++i) {
      const Finding& f = report.findings[i];
      if (f.severity != severity) continue;
      if (!opened) {
        out += fmt::format("<section class=\"{0}\"><h2>{1}</h2>\n", redlines::SeverityName(severity),
                           severity == redlines::Severity::kBlocking ? "Blocking findings" : "Warnings");
        opened = true;
      }
      out += fmt::format("<article><h3>{} <small>({}, {})</small></h3>\n<p>{}</p>\n", formats::XmlEscape(f.rule), formats::XmlEscape(f.kind),
                         formats::XmlEscape(f.dossier.empty() ? "FR/NL parity" : f.dossier), formats::XmlEscape(f.message));
      out += fmt::format("<p class=\"where\">{}, paragraph {}, {}</p>\n", formats::XmlEscape(f.file), f.paragraph, LanguageCode(f.language));
      if (!f.sentence.empty()) {
        out += fmt::format("<blockquote lang=\"{}\">{}</blockquote>\n", LanguageCode(f.language),
                           Marked(f, "<mark>", "</mark>", [](std::string_view s) { return formats::XmlEscape(s); }));
      }
      if (!f.agreed.empty()) out += fmt::format("<p class=\"agreed\">Agreed wording: {}</p>\n", formats::XmlEscape(f.agreed));
      if (const PriorUnit* prior = PriorOf(priors, i)) {
        out += fmt::format("<p class=\"where\">Last time ({}): {}</p>\n", formats::XmlEscape(prior->source), formats::XmlEscape(prior->text));
      }
      out += "</article>\n";
    }
    if (opened) out += "</section>\n";
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace tandem::check
