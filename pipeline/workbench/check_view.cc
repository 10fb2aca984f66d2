// The clerk's pages: the check form and the red-line report.
#include <fmt/format.h>

#include "pipeline/workbench/views.h"

namespace tandem::workbench {
namespace {

std::string TitleIn(Ui ui, const redlines::Dossier& dossier) {
  const Language wanted = ui == Ui::kDutch ? Language::kDutch : Language::kFrench;
  for (const redlines::Wording& w : dossier.titles) {
    if (w.language == wanted) return w.text;
  }
  return dossier.titles.empty() ? dossier.id : dossier.titles.front().text;
}

std::string FindingHtml(Ui ui, const check::Finding& f, const check::PriorUnit* prior) {
  const std::string lang(LanguageCode(f.language));
  std::string where = f.file;
  if (f.paragraph > 0) where += fmt::format(":{}", f.paragraph);
  std::string html = fmt::format(
      "<li class=\"finding {sev}\"><h3><span class=\"rule\">{rule}</span> <span "
      "class=\"kind\">{kind}</span> "
      "<span class=\"dossier\">{dossier}</span></h3>\n<p class=\"where\">{where} <span "
      "class=\"lang-tag\">{lang}</span></p>\n",
      fmt::arg("sev", redlines::SeverityName(f.severity)), fmt::arg("rule", Escape(f.rule)),
      fmt::arg("kind", Escape(f.kind)), fmt::arg("dossier", Escape(f.version.empty() ? f.dossier : fmt::format("{} ({})", f.dossier, f.version))),
      fmt::arg("where", Escape(where)), fmt::arg("lang", Escape(lang)));
  if (!f.sentence.empty()) {
    html += fmt::format("<blockquote lang=\"{}\">{}</blockquote>\n", Escape(lang),
                        Marked(f.sentence, f.marks));
  }
  // The message and why, in the interface's language.
  const Language ui_language = ui == Ui::kDutch ? Language::kDutch : Language::kFrench;
  html += fmt::format("<p class=\"message\" lang=\"{}\">{}</p>\n", UiCode(ui),
                      Escape(f.MessageIn(ui_language)));
  const std::vector<std::string> why = check::Explain(f, ui_language);
  if (!why.empty()) {
    html += fmt::format("<ul class=\"why\" aria-label=\"{}\">\n",
                        Escape(Say(ui, {"Pourquoi", "Waarom"})));
    for (const std::string& line : why) html += "<li>" + Escape(line) + "</li>\n";
    html += "</ul>\n";
  }
  if (!f.agreed.empty()) {
    html += fmt::format("<p class=\"agreed\"><strong>{}</strong> <span lang=\"{}\">{}</span></p>\n",
                        Escape(Say(ui, {"Formulation convenue :", "Overeengekomen formulering:"})),
                        Escape(lang), Escape(f.agreed));
  }
  if (prior != nullptr && !prior->text.empty()) {
    html += fmt::format(
        "<p class=\"prior\"><strong>{}</strong> <span lang=\"{}\">{}</span> <span "
        "class=\"source\">{}</span></p>\n",
        Escape(Say(ui, {"Précédent le plus proche :", "Dichtstbijzijnde precedent:"})),
        Escape(lang), Marked(prior->text, prior->marks), Escape(prior->source));
  }
  return html + "</li>\n";
}

}  // namespace

std::string RenderCheckForm(Ui ui, const std::vector<redlines::Dossier>& dossiers,
                            const std::string& error) {
  std::string main;
  if (!error.empty())
    main += fmt::format("<p class=\"error\" role=\"alert\">{}</p>\n", Escape(error));
  std::string boxes;
  for (size_t i = 0; i < dossiers.size(); ++i) {
    const redlines::Dossier& d = dossiers[i];
    boxes += fmt::format(
        "<li><input type=\"checkbox\" id=\"dossier-{i}\" name=\"dossier\" value=\"{id}\" checked> "
        "<label for=\"dossier-{i}\">{title} <span class=\"source\">({id}, {n} "
        "{rules})</span></label></li>\n",
        fmt::arg("i", i), fmt::arg("id", Escape(d.id)), fmt::arg("title", Escape(TitleIn(ui, d))),
        fmt::arg("n", d.rules.size()), fmt::arg("rules", Escape(Say(ui, {"règles", "regels"}))));
  }
  if (dossiers.empty()) {
    boxes = fmt::format(
        "<li>{}</li>",
        Escape(Say(ui, {"Aucun dossier chargé : lancez « tandem serve --redlines DOSSIER ».",
                        "Geen dossiers geladen: start ‘tandem serve --redlines MAP’."})));
  }
  main += fmt::format(
      "<form class=\"check\" method=\"post\" action=\"{action}\" enctype=\"multipart/form-data\">\n"
      "<fieldset><legend>{draft_legend}</legend>\n"
      "<p><label for=\"draft\">{draft_label}</label><input id=\"draft\" name=\"draft\" "
      "type=\"file\" "
      "accept=\".txt,.text,.html,.htm,.xhtml,.xml,.pdf,.docx\" "
      "aria-describedby=\"draft-help\"></p>\n"
      "<p><label for=\"draft2\">{draft2_label}</label><input id=\"draft2\" name=\"draft\" "
      "type=\"file\" "
      "accept=\".txt,.text,.html,.htm,.xhtml,.xml,.pdf,.docx\" "
      "aria-describedby=\"draft-help\"></p>\n"
      "<p id=\"draft-help\" class=\"hint\">{draft_help}</p>\n"
      "<p><label for=\"text\">{text_label}</label><textarea id=\"text\" name=\"text\" "
      "rows=\"8\"></textarea></p>\n"
      "</fieldset>\n<fieldset><legend>{dossier_legend}</legend><ul "
      "class=\"plain\">{boxes}</ul></fieldset>\n"
      "<p class=\"field\"><label for=\"date\">{date_label}</label> <input type=\"text\" id=\"date\" name=\"date\" "
      "size=\"10\" placeholder=\"AAAA-MM-JJ\" aria-describedby=\"date-help\"></p>\n"
      "<p id=\"date-help\" class=\"hint\">{date_help}</p>\n"
      "<p><input type=\"checkbox\" id=\"parity\" name=\"parity\" value=\"1\" checked> <label "
      "for=\"parity\">{parity}</label></p>\n"
      "<p><button type=\"submit\">{go}</button></p>\n</form>\n",
      fmt::arg("action", Escape(In(ui, Link("/check")))),
      fmt::arg("draft_legend", Escape(Say(ui, {"Projet à vérifier", "Te controleren ontwerp"}))),
      fmt::arg("draft_label",
               Escape(Say(ui, {"Fichier du projet (français, néerlandais ou les deux)",
                               "Bestand van het ontwerp (Frans, Nederlands of beide)"}))),
      fmt::arg("draft2_label",
               Escape(Say(ui, {"Sa traduction, si elle est dans un autre fichier (facultatif)",
                               "De vertaling, als die in een ander bestand staat (facultatief)"}))),
      fmt::arg("draft_help",
               Escape(Say(ui, {"Texte, HTML, PDF ou Word (.docx), 10 Mo au plus par fichier.",
                               "Tekst, HTML, PDF of Word (.docx), hoogstens 10 MB per bestand."}))),
      fmt::arg("text_label", Escape(Say(ui, {"Ou collez le texte du projet",
                                             "Of plak de tekst van het ontwerp"}))),
      fmt::arg("dossier_legend",
               Escape(Say(ui, {"Lignes rouges à appliquer", "Toe te passen rode lijnen"}))),
      fmt::arg("boxes", boxes),
      fmt::arg("date_label", Escape(Say(ui, {"Règles en vigueur le (facultatif)", "Regels van kracht op (facultatief)"}))),
      fmt::arg("date_help", Escape(Say(ui, {"Par défaut : la date du projet, sinon aujourd’hui ; la dernière version de "
                                            "chaque dossier convenue à cette date s’applique.",
                                            "Standaard: de datum van het ontwerp, anders vandaag; de laatste versie van "
                                            "elk dossier die op die datum was overeengekomen, geldt."}))),
      fmt::arg("parity", Escape(Say(ui, {"Comparer les versions française et néerlandaise (parité)",
                                         "Franse en Nederlandse versie vergelijken (pariteit)"}))),
      fmt::arg("go", Escape(Say(ui, {"Vérifier le projet", "Ontwerp controleren"}))));
  return RenderPage(
      {ui, Section::kCheck, std::string(Say(ui, {"Vérifier un projet", "Een ontwerp controleren"})),
       Link("/check")},
      main);
}

std::string RenderCheckReport(Ui ui, const CheckedDraft& checked, const std::string& report_url) {
  const check::CheckReport& report = checked.report;
  const size_t blocking = report.blocking(), warnings = report.warnings();
  std::string main = fmt::format(
      "<p class=\"verdict {cls}\" role=\"status\">{verdict}</p>\n"
      "<p class=\"facts\">{files} · {paragraphs} {paragraphs_label} · {dossiers_label} "
      "{dossiers}</p>\n"
      "<p class=\"toolbar\"><a class=\"button\" href=\"{url}\" download>{download}</a> "
      "<a class=\"button\" href=\"{again}\">{again_label}</a></p>\n",
      fmt::arg("cls", blocking > 0 ? "blocking" : "clear"),
      fmt::arg(
          "verdict",
          Escape(blocking > 0
                     ? fmt::format("{} {} · {} {}", blocking,
                                   Say(ui, {"constat(s) bloquant(s)", "blokkerende bevinding(en)"}),
                                   warnings, Say(ui, {"avertissement(s)", "waarschuwing(en)"}))
                     : fmt::format(
                           "{} · {} {}",
                           Say(ui, {"Aucun constat bloquant", "Geen blokkerende bevindingen"}),
                           warnings, Say(ui, {"avertissement(s)", "waarschuwing(en)"})))),
      fmt::arg("files", Escape(fmt::format("{}", fmt::join(checked.files, " + ")))),
      fmt::arg("paragraphs", report.paragraphs),
      fmt::arg("paragraphs_label",
               Escape(Say(ui, {"paragraphes vérifiés", "alinea's gecontroleerd"}))),
      fmt::arg("dossiers_label", Escape(Say(ui, {"dossiers :", "dossiers:"}))),
      fmt::arg("dossiers", Escape(fmt::format("{}", fmt::join(checked.dossiers, ", ")))),
      fmt::arg("url", Escape(report_url)),
      fmt::arg("download",
               Escape(Say(ui, {"Télécharger le rapport HTML", "HTML-rapport downloaden"}))),
      fmt::arg("again", Escape(In(ui, Link("/check")))),
      fmt::arg("again_label",
               Escape(Say(ui, {"Vérifier un autre projet", "Een ander ontwerp controleren"}))));
  for (const redlines::Severity severity :
       {redlines::Severity::kBlocking, redlines::Severity::kWarning}) {
    std::string items;
    for (size_t i = 0; i < report.findings.size(); ++i) {
      const check::Finding& f = report.findings[i];
      if (f.severity != severity) continue;
      items += FindingHtml(ui, f, i < checked.priors.size() ? &checked.priors[i] : nullptr);
    }
    if (items.empty()) continue;
    const bool is_blocking = severity == redlines::Severity::kBlocking;
    main += fmt::format(
        "<section class=\"severity {}\"><h2>{}</h2><ol class=\"findings\">\n{}</ol></section>\n",
        redlines::SeverityName(severity),
        Escape(is_blocking ? Say(ui, {"Bloquant", "Blokkerend"})
                           : Say(ui, {"Avertissements", "Waarschuwingen"})),
        items);
  }
  return RenderPage(
      {ui, Section::kCheck, std::string(Say(ui, {"Rapport lignes rouges", "Rapport rode lijnen"})),
       Link("/check")},
      main);
}

}  // namespace tandem::workbench
