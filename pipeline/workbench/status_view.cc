// The status page and error pages.
#include <fmt/format.h>

#include "pipeline/workbench/views.h"

namespace tandem::workbench {

std::string RenderStatus(Ui ui, const ServerStatus& status) {
  const index::IndexStats& s = status.stats;
  std::string languages;
  for (const auto& [language, units] : s.units_per_language) {
    if (units == 0) continue;
    languages += fmt::format("<li>{}: {}</li>",
                             Escape(LanguageLabel(ui, std::string(LanguageCode(language)))), units);
  }
  const std::string main = fmt::format(
      "<dl class=\"status\">\n<dt>{index_label}</dt><dd class=\"source\">{paths}</dd>\n"
      "<dt>{sources_label}</dt><dd id=\"sources\">{sources}</dd>\n<dt>{units_label}</dt><dd "
      "id=\"units\">{units}</dd>\n"
      "<dt>{lang_label}</dt><dd><ul class=\"plain\">{languages}</ul></dd>\n"
      "<dt>{size_label}</dt><dd>{size:.1f} MB</dd>\n<dt>{last_label}</dt><dd>{last}</dd>\n"
      "<dt>{dossiers_label}</dt><dd>{dossiers}</dd>\n<dt>{since_label}</dt><dd>{started}</dd>\n"
      "<dt>Version</dt><dd>{version}</dd>\n</dl>\n<p><a href=\"/healthz\">/healthz</a></p>\n",
      fmt::arg("index_label", Escape(Say(ui, {"Index", "Index"}))),
      fmt::arg("paths", Escape(fmt::format("{}", fmt::join(s.paths, ", ")))),
      fmt::arg("sources_label", Escape(Say(ui, {"Documents", "Documenten"}))),
      fmt::arg("sources", s.sources),
      fmt::arg("units_label", Escape(Say(ui, {"Unités", "Eenheden"}))), fmt::arg("units", s.units),
      fmt::arg("lang_label", Escape(Say(ui, {"Unités par langue", "Eenheden per taal"}))),
      fmt::arg("languages", languages),
      fmt::arg("size_label", Escape(Say(ui, {"Taille sur disque", "Grootte op schijf"}))),
      fmt::arg("size", static_cast<double>(s.bytes) / (1 << 20)),
      fmt::arg("last_label", Escape(Say(ui, {"Dernière ingestion", "Laatste inname"}))),
      fmt::arg("last", Escape(s.last_ingest.empty() ? std::string(Say(ui, {"inconnue", "onbekend"}))
                                                    : s.last_ingest)),
      fmt::arg("dossiers_label",
               Escape(Say(ui, {"Dossiers de lignes rouges", "Rode-lijndossiers"}))),
      fmt::arg("dossiers", status.dossiers),
      fmt::arg("since_label", Escape(Say(ui, {"En service depuis", "Actief sinds"}))),
      fmt::arg("started", Escape(status.started)), fmt::arg("version", Escape(status.version)));
  return RenderPage(
      {ui, Section::kStatus, std::string(Say(ui, {"État du service", "Status van de dienst"})),
       Link("/status")},
      main);
}

std::string RenderErrorPage(Ui ui, int status, const std::string& message) {
  Phrase title{"Erreur", "Fout"};
  if (status == 404) title = {"Introuvable", "Niet gevonden"};
  if (status == 413) title = {"Envoi trop volumineux", "Verzending te groot"};
  if (status == 400) title = {"Requête incorrecte", "Ongeldige aanvraag"};
  if (status == 403) title = {"Accès refusé", "Toegang geweigerd"};
  const std::string main =
      fmt::format("<p class=\"error\" role=\"alert\">{}</p>\n<p><a href=\"{}\">{}</a></p>\n",
                  Escape(message), Escape(In(ui, Link("/search"))),
                  Escape(Say(ui, {"Retour à la recherche", "Terug naar zoeken"})));
  return RenderPage(
      {ui, Section::kNone, fmt::format("{} ({})", Say(ui, title), status), Link("/search")}, main);
}

}  // namespace tandem::workbench
