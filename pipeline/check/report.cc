#include "pipeline/check/report.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "pipeline/formats/xml_escape.h"

namespace tandem::check {
namespace {

// `text` with each mark wrapped by `open`/`close`; `escape` applied to the text.
template <typename EscapeFn>
std::string Marked(const std::string& text, const std::vector<std::pair<size_t, size_t>>& marks,
                   std::string_view open, std::string_view close, EscapeFn escape) {
  std::string out;
  size_t at = 0;
  for (const auto& [begin, end] : marks) {
    if (begin < at || end > text.size()) continue;
    out.append(escape(std::string_view(text).substr(at, begin - at)));
    out.append(open)
        .append(escape(std::string_view(text).substr(begin, end - begin)))
        .append(close);
    at = end;
  }
  out.append(escape(std::string_view(text).substr(at)));
  return out;
}

std::string Plain(std::string_view s) { return std::string(s); }
std::string Escaped(std::string_view s) { return formats::XmlEscape(s); }

const PriorUnit* PriorOf(const std::vector<PriorUnit>& priors, size_t i) {
  return i < priors.size() && !priors[i].text.empty() ? &priors[i] : nullptr;
}

bool Dutch(Language language) { return language == Language::kDutch; }

std::string_view Say(Language language, std::string_view fr, std::string_view nl) {
  return Dutch(language) ? nl : fr;
}

std::string Quote(Language language, std::string_view text) {
  return Dutch(language) ? fmt::format("‘{}’", text) : fmt::format("« {} »", text);
}

// A finding's own language for its explanation, unless one is asked.
// The language a finding is explained in: `asked`, else its message's.
Language For(const Finding& f, Language asked) {
  if (asked == Language::kFrench || asked == Language::kDutch) return asked;
  if (!f.message_nl.empty() && f.message == f.message_nl && f.message != f.message_fr)
    return Language::kDutch;
  if (!f.message_fr.empty() && f.message == f.message_fr) return Language::kFrench;
  return f.language == Language::kDutch ? Language::kDutch : Language::kFrench;
}

std::string CueName(const CueEvidence& cue, Language l) {
  const std::string& k = cue.kind;
  if (k == "negation") return std::string(Say(l, "négation", "ontkenning"));
  if (k == "joined-negation")
    return std::string(
        Say(l, "suite d'une négation déjà comptée", "hoort bij een al getelde ontkenning"));
  if (k == "negative-verb")
    return std::string(Say(l, "verbe ou prédicat négatif", "negatief werkwoord of predicaat"));
  if (k == "pseudo-negation")
    return std::string(Say(l, "fausse négation, ne nie rien", "schijnontkenning, ontkent niets"));
  if (k == "restriction")
    return std::string(Say(l, "restriction « ne … que », ne nie pas", "beperking, ontkent niet"));
  if (k == "reporting")
    return std::string(
        Say(l, "propos rapportés d'un autre acteur", "weergave van het standpunt van een ander"));
  if (k == "demand") return std::string(Say(l, "demande", "eis"));
  if (k == "own-voice") return std::string(Say(l, "la Belgique parle", "België spreekt"));
  if (k == "other-subject")
    return std::string(Say(l, "un autre acteur parle", "een andere actor spreekt"));
  if (k == "stance") return std::string(Say(l, "indice de position", "standpuntwoord"));
  return k;
}

std::string StanceWord(const std::string& stance, Language l) {
  if (stance == "support") return std::string(Say(l, "soutien", "steun"));
  if (stance == "oppose") return std::string(Say(l, "opposition", "verzet"));
  if (stance == "abstain") return std::string(Say(l, "abstention", "onthouding"));
  return stance;
}

bool IsNegationCue(const std::string& kind) {
  return kind == "negation" || kind == "joined-negation" || kind == "negative-verb" ||
         kind == "pseudo-negation" || kind == "restriction";
}

// The version a finding's rule came from: "dossier ua-2025, version du 2025-02-19".
std::string VersionLine(const Finding& f, Language l) {
  if (f.version.empty())
    return fmt::format("{} {}", Say(l, "dossier", "dossier"), f.dossier);
  return fmt::format("{} {}, {} {}", Say(l, "dossier", "dossier"), f.dossier,
                     Say(l, "version du", "versie van"), f.version);
}

// "Règles en vigueur le 2025-03-01 : ua-2025 (2025-02-19), ..."
std::string InForceLine(const CheckReport& report, Language l) {
  std::string versions;
  for (const auto& [dossier, agreed] : report.in_force) {
    if (!versions.empty()) versions += ", ";
    versions += agreed.empty() ? dossier : fmt::format("{} ({})", dossier, agreed);
  }
  if (versions.empty()) versions = std::string(Say(l, "aucune", "geen"));
  return fmt::format("{} {} : {}", Say(l, "Règles en vigueur le", "Regels van kracht op"), report.date, versions);
}

}  // namespace

std::vector<std::string> Explain(const Finding& f, Language l) {
  std::vector<std::string> lines;
  const Explanation& why = f.why;
  if (!why.matched.empty()) {
    std::vector<std::string> quoted;
    for (const std::string& w : why.matched) quoted.push_back(Quote(l, w));
    lines.push_back(fmt::format("{} {} ({} {})", Say(l, "mots reconnus :", "herkende woorden:"),
                                fmt::join(quoted, ", "), Say(l, "pour la règle", "voor de regel"),
                                Quote(l, why.wording)));
  }
  if (!why.topic.empty()) {
    std::vector<std::string> places;
    for (const TopicEvidence& t : why.topic) {
      places.push_back(fmt::format(
          "{} ({} {}{})", Quote(l, t.words), Say(l, "paragraphe", "alinea"), t.paragraph,
          t.words == t.topic ? ""
                             : fmt::format(", {} {}", Say(l, "mot du sujet", "onderwerpwoord"),
                                           Quote(l, t.topic))));
    }
    lines.push_back(fmt::format(
        "{} {}", Say(l, "le projet porte sur le dossier :", "het ontwerp gaat over het dossier:"),
        fmt::join(places, ", ")));
  } else if (f.kind == "require" && f.paragraph == 0) {
    lines.push_back(
        std::string(Say(l, "le dossier n'a pas de mots du sujet : il s'applique à tout projet",
                        "het dossier heeft geen onderwerpwoorden: het geldt voor elk ontwerp")));
  }
  std::vector<std::string> negation_cues, voice_cues, stance_cues;
  for (const CueEvidence& c : why.cues) {
    if (c.kind == "stance") {
      stance_cues.push_back(Quote(l, c.words));
      continue;
    }
    std::string item = fmt::format("{} {}", Quote(l, c.words), CueName(c, l));
    if (IsNegationCue(c.kind)) {
      item +=
          c.counted ? Say(l, " (comptée)", " (telt)") : Say(l, " (non comptée)", " (telt niet)");
      negation_cues.push_back(item);
    } else {
      voice_cues.push_back(item);
    }
  }
  if (!voice_cues.empty()) {
    lines.push_back(
        fmt::format("{} {}", Say(l, "qui parle :", "wie spreekt:"), fmt::join(voice_cues, ", ")));
  }
  if (why.negations >= 0) {
    const std::string verdict =
        why.negations % 2 == 1
            ? fmt::format("{} {} : {}", why.negations, Say(l, "négation(s)", "ontkenning(en)"),
                          Say(l, "nombre impair, les mots sont niés",
                              "oneven aantal, de woorden worden ontkend"))
        : why.negations == 0
            ? std::string(Say(l, "aucune négation : les mots sont affirmés",
                              "geen ontkenning: de woorden worden gesteld"))
            : fmt::format("{} {} : {}", why.negations, Say(l, "négations", "ontkenningen"),
                          Say(l, "nombre pair, elles s'annulent et les mots sont affirmés",
                              "even aantal, ze heffen elkaar op en de woorden worden gesteld"));
    lines.push_back(
        negation_cues.empty()
            ? fmt::format("{} {}", Say(l, "négation lue :", "gelezen ontkenning:"), verdict)
            : fmt::format("{} {} → {}", Say(l, "négation lue :", "gelezen ontkenning:"),
                          fmt::join(negation_cues, ", "), verdict));
  } else if (!negation_cues.empty()) {
    lines.push_back(fmt::format("{} {}", Say(l, "négation lue :", "gelezen ontkenning:"),
                                fmt::join(negation_cues, ", ")));
  }
  if (!why.stance.empty()) {
    lines.push_back(fmt::format(
        "{} {}{}, {} {}", Say(l, "position lue :", "gelezen standpunt:"), StanceWord(why.stance, l),
        stance_cues.empty() ? "" : fmt::format(" ({})", fmt::join(stance_cues, ", ")),
        Say(l, "position convenue :", "overeengekomen standpunt:"),
        StanceWord(why.agreed_stance, l)));
  }
  if (!why.amount.empty())
    lines.push_back(fmt::format("{} {}", Say(l, "montant lu :", "gelezen bedrag:"), why.amount));
  if (f.kind == "parity") {
    const std::string version =
        why.counterpart_language == Language::kDutch
            ? std::string(Say(l, "version néerlandaise", "Nederlandse versie"))
            : std::string(Say(l, "version française", "Franse versie"));
    if (!why.counterpart_sentence.empty()) {
      lines.push_back(fmt::format("{} ({}:{}) : {}", version, why.counterpart_file,
                                  why.counterpart_paragraph, why.counterpart_sentence));
    } else {
      lines.push_back(
          fmt::format("{} ({}) : {}", version, why.counterpart_file,
                      Say(l, "aucun paragraphe en regard", "geen overeenkomstige alinea")));
    }
  }
  return lines;
}

Language ReportLanguage(const CheckReport& report, Language asked) {
  if (asked == Language::kFrench || asked == Language::kDutch) return asked;
  size_t dutch = 0;
  for (const Finding& f : report.findings) dutch += f.language == Language::kDutch;
  return !report.findings.empty() && dutch * 2 > report.findings.size() ? Language::kDutch
                                                                        : Language::kFrench;
}

std::string TextReport(const CheckReport& report, bool colour, const std::vector<PriorUnit>& priors,
                       Language language) {
  const Language ui = ReportLanguage(report, language);
  std::string out;
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const Language l = For(f, language);
    const std::string& message = language == Language::kUnknown ? f.message : f.MessageIn(language);
    out += fmt::format("{}:{}: {} {} — {}\n", f.file, f.paragraph,
                       redlines::SeverityName(f.severity), f.rule, message);
    if (!f.dossier.empty()) out += "    " + VersionLine(f, l) + "\n";
    if (!f.sentence.empty()) {
      out += "    " +
             (colour ? Marked(f.sentence, f.marks, "\x1b[1;31m", "\x1b[0m", Plain)
                     : Marked(f.sentence, f.marks, "»", "«", Plain)) +
             "\n";
    }
    for (const std::string& line : Explain(f, l)) out += "    · " + line + "\n";
    if (!f.agreed.empty())
      out += fmt::format("    {} {}\n",
                         Say(l, "formulation convenue :", "overeengekomen formulering:"), f.agreed);
    if (const PriorUnit* prior = PriorOf(priors, i)) {
      out += fmt::format("    {} ({}) : {}\n", Say(l, "précédent", "precedent"), prior->source,
                         colour ? Marked(prior->text, prior->marks, "\x1b[1m", "\x1b[0m", Plain)
                                : Marked(prior->text, prior->marks, "»", "«", Plain));
    }
  }
  out +=
      fmt::format("{} {}, {} {}, {} {}\n", report.blocking(), Say(ui, "bloquant(s)", "blokkerend"),
                  report.warnings(), Say(ui, "avertissement(s)", "waarschuwing(en)"),
                  report.paragraphs, Say(ui, "paragraphes vérifiés", "alinea's gecontroleerd"));
  if (!report.date.empty()) out += InForceLine(report, ui) + "\n";
  return out;
}

std::string JsonReport(const CheckReport& report, const std::vector<PriorUnit>& priors,
                       Language language) {
  nlohmann::json findings = nlohmann::json::array();
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const std::string& message = language == Language::kUnknown ? f.message : f.MessageIn(language);
    nlohmann::json j = {{"rule", f.rule},
                        {"kind", f.kind},
                        {"severity", std::string(redlines::SeverityName(f.severity))},
                        {"file", f.file},
                        {"lang", std::string(LanguageCode(f.language))},
                        {"paragraph", f.paragraph},
                        {"sentence", f.sentence},
                        {"message", message},
                        {"agreed", f.agreed}};
    if (!f.dossier.empty()) {
      j["dossier"] = f.dossier;
      j["version"] = {{"dossier", f.dossier}, {"agreed", f.version}};
    }
    nlohmann::json marks = nlohmann::json::array();
    for (const auto& [begin, end] : f.marks) marks.push_back(f.sentence.substr(begin, end - begin));
    j["marked"] = marks;
    // Why, for a tool: the same as Explain, structured.
    const Explanation& why = f.why;
    nlohmann::json explanation = nlohmann::json::object();
    if (!why.wording.empty()) explanation["wording"] = why.wording;
    if (!why.matched.empty()) explanation["matched"] = why.matched;
    if (!why.topic.empty()) {
      nlohmann::json topic = nlohmann::json::array();
      for (const TopicEvidence& t : why.topic) {
        topic.push_back(
            {{"words", t.words}, {"topic", t.topic}, {"file", t.file}, {"paragraph", t.paragraph}});
      }
      explanation["topic"] = topic;
    }
    if (!why.cues.empty()) {
      nlohmann::json cues = nlohmann::json::array();
      for (const CueEvidence& c : why.cues)
        cues.push_back({{"words", c.words}, {"kind", c.kind}, {"counted", c.counted}});
      explanation["cues"] = cues;
    }
    if (why.negations >= 0) explanation["negations"] = why.negations;
    if (!why.stance.empty())
      explanation["stance"] = {{"read", why.stance}, {"agreed", why.agreed_stance}};
    if (!why.amount.empty()) explanation["amount"] = why.amount;
    if (f.kind == "parity") {
      explanation["differences"] = why.differences;
      explanation["counterpart"] = {{"file", why.counterpart_file},
                                    {"lang", std::string(LanguageCode(why.counterpart_language))},
                                    {"paragraph", why.counterpart_paragraph},
                                    {"sentence", why.counterpart_sentence}};
    }
    j["explanation"] = explanation;
    j["why"] = Explain(f, For(f, language));
    if (const PriorUnit* prior = PriorOf(priors, i)) {
      nlohmann::json prior_marks = nlohmann::json::array();
      for (const auto& [begin, end] : prior->marks)
        prior_marks.push_back(prior->text.substr(begin, end - begin));
      j["prior"] = {{"source", prior->source}, {"text", prior->text}, {"marked", prior_marks}};
    }
    findings.push_back(std::move(j));
  }
  nlohmann::json out = {{"findings", findings},
                        {"summary",
                         {{"blocking", report.blocking()},
                          {"warning", report.warnings()},
                          {"paragraphs", report.paragraphs}}}};
  if (!report.date.empty()) {
    out["date"] = report.date;
    nlohmann::json versions = nlohmann::json::array();
    for (const auto& [dossier, agreed] : report.in_force) versions.push_back({{"dossier", dossier}, {"agreed", agreed}});
    out["in_force"] = versions;
  }
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string HtmlReport(const CheckReport& report, const std::string& title,
                       const std::vector<PriorUnit>& priors, Language language) {
  const Language ui = ReportLanguage(report, language);
  std::string out = fmt::format(
      R"(<!DOCTYPE html>
<html lang="{4}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{5} — {0}</title>
<style>
body{{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}}
.summary{{display:flex;gap:1em}} .summary div{{padding:.5em 1em;border-radius:4px;background:#eee}}
.blocking h3{{color:#a00}} .warning h3{{color:#a60}}
article{{border-left:4px solid #ccc;padding:.2em 1em;margin:1em 0}}
section.blocking article{{border-color:#c00}} section.warning article{{border-color:#e90}}
mark{{background:#fdd;color:#900;font-weight:bold}} .agreed{{color:#060}} .where{{color:#666;font-size:.9em}}
blockquote{{margin:.5em 0;padding-left:1em;border-left:2px solid #ddd}} ul.why{{color:#444;font-size:.9em;margin:.3em 0}}
</style></head><body>
<h1>{5}</h1>
<p class="where">{0}</p>
<div class="summary"><div id="blocking-count">{1} {6}</div><div id="warning-count">{2} {7}</div><div>{3} {8}</div></div>
)",
      formats::XmlEscape(title), report.blocking(), report.warnings(), report.paragraphs,
      LanguageCode(ui), Say(ui, "Rapport lignes rouges", "Rapport rode lijnen"),
      Say(ui, "bloquant(s)", "blokkerend"), Say(ui, "avertissement(s)", "waarschuwing(en)"),
      Say(ui, "paragraphes vérifiés", "alinea's gecontroleerd"));
  if (!report.date.empty())
    out += fmt::format("<p class=\"where\" id=\"in-force\">{}</p>\n", Escaped(InForceLine(report, ui)));
  if (report.findings.empty()) {
    out += fmt::format(
        "<p id=\"no-findings\">{}</p>\n",
        Say(ui, "Aucun constat : le projet respecte toutes les lignes rouges vérifiées.",
            "Geen bevindingen: het ontwerp respecteert alle gecontroleerde rode lijnen."));
  }
  for (redlines::Severity severity :
       {redlines::Severity::kBlocking, redlines::Severity::kWarning}) {
    bool opened = false;
    for (size_t i = 0; i < report.findings.size(); ++i) {
      const Finding& f = report.findings[i];
      if (f.severity != severity) continue;
      const Language l = For(f, language);
      if (!opened) {
        out +=
            fmt::format("<section class=\"{0}\"><h2>{1}</h2>\n", redlines::SeverityName(severity),
                        severity == redlines::Severity::kBlocking
                            ? Say(ui, "Constats bloquants", "Blokkerende bevindingen")
                            : Say(ui, "Avertissements", "Waarschuwingen"));
        opened = true;
      }
      const std::string& message =
          language == Language::kUnknown ? f.message : f.MessageIn(language);
      out += fmt::format(
          "<article><h3>{} <small>({}, {})</small></h3>\n<p class=\"message\">{}</p>\n",
          Escaped(f.rule), Escaped(f.kind),
          Escaped(f.dossier.empty() ? Say(ui, "parité FR/NL", "FR/NL-pariteit") : f.dossier),
          Escaped(message));
      if (!f.dossier.empty())
        out += fmt::format("<p class=\"version\">{}</p>\n", Escaped(VersionLine(f, l)));
      out += fmt::format("<p class=\"where\">{}, {} {}, {}</p>\n", Escaped(f.file),
                         Say(ui, "paragraphe", "alinea"), f.paragraph, LanguageCode(f.language));
      if (!f.sentence.empty()) {
        out += fmt::format("<blockquote lang=\"{}\">{}</blockquote>\n", LanguageCode(f.language),
                           Marked(f.sentence, f.marks, "<mark>", "</mark>", Escaped));
      }
      const auto lines = Explain(f, l);
      if (!lines.empty()) {
        out += fmt::format("<ul class=\"why\" lang=\"{}\">\n", LanguageCode(l));
        for (const std::string& line : lines) out += "<li>" + Escaped(line) + "</li>\n";
        out += "</ul>\n";
      }
      if (!f.agreed.empty()) {
        out += fmt::format("<p class=\"agreed\">{} {}</p>\n",
                           Say(l, "Formulation convenue :", "Overeengekomen formulering:"),
                           Escaped(f.agreed));
      }
      if (const PriorUnit* prior = PriorOf(priors, i)) {
        out += fmt::format("<p class=\"prior\">{} ({}) : {}</p>\n",
                           Say(l, "Précédent le plus proche", "Dichtstbijzijnde precedent"),
                           Escaped(prior->source),
                           Marked(prior->text, prior->marks, "<mark>", "</mark>", Escaped));
      }
      out += "</article>\n";
    }
    if (opened) out += "</section>\n";
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace tandem::check
