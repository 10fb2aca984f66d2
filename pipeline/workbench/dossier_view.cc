// The red-line files the server loaded, rule by rule, in both languages.
#include <fmt/format.h>

#include "pipeline/workbench/views.h"

namespace tandem::workbench {
namespace {

// The wordings of `list` as a two-column row: French, Dutch.
std::string WordingCells(const std::vector<redlines::Wording>& list) {
  std::string fr, nl;
  for (const redlines::Wording& w : list) {
    std::string& cell = w.language == Language::kDutch ? nl : fr;
    cell += fmt::format("<p>{}</p>", Escape(w.text));
  }
  return fmt::format("<td lang=\"fr\">{}</td><td lang=\"nl\">{}</td>", fr, nl);
}

std::string RuleDetails(Ui ui, const redlines::Rule& rule) {
  std::string details;
  if (rule.kind == redlines::RuleKind::kStance) {
    details = fmt::format("{} {}", Say(ui, {"position :", "standpunt:"}),
                          redlines::StanceName(rule.stance));
  } else if (rule.kind == redlines::RuleKind::kLimit) {
    if (rule.min) details += fmt::format("min {} ", *rule.min);
    if (rule.max) details += fmt::format("max {} ", *rule.max);
    details += rule.unit;
  }
  return details;
}

}  // namespace

std::string RenderDossiers(Ui ui, const std::vector<redlines::Dossier>& dossiers) {
  std::string main;
  if (dossiers.empty()) {
    main = fmt::format(
        "<p>{}</p>",
        Escape(Say(ui, {"Aucun fichier de lignes rouges n’est chargé (option --redlines).",
                        "Er zijn geen rode-lijnbestanden geladen (optie --redlines)."})));
  }
  for (const redlines::Dossier& d : dossiers) {
    std::string rows;
    for (const redlines::Rule& rule : d.rules) {
      rows += fmt::format(
          "<tr id=\"rule-{id}\"><th scope=\"row\"><span class=\"rule\">{id}</span><br><span "
          "class=\"kind\">{kind}</span> "
          "<span class=\"severity {sev}\">{sev}</span> {details}</th>{wordings}</tr>\n",
          fmt::arg("id", Escape(rule.id)), fmt::arg("kind", redlines::RuleKindName(rule.kind)),
          fmt::arg("sev", redlines::SeverityName(rule.severity)),
          fmt::arg("details", Escape(RuleDetails(ui, rule))),
          fmt::arg("wordings", WordingCells(rule.wordings)));
      if (!rule.avoid.empty()) {
        rows +=
            fmt::format("<tr class=\"sub\"><th scope=\"row\">{}</th>{}</tr>\n",
                        Escape(Say(ui, {"à éviter", "te vermijden"})), WordingCells(rule.avoid));
      }
      if (!rule.agreed.empty()) {
        rows += fmt::format("<tr class=\"sub\"><th scope=\"row\">{}</th>{}</tr>\n",
                            Escape(Say(ui, {"formulation convenue", "overeengekomen formulering"})),
                            WordingCells(rule.agreed));
      }
    }
    std::string titles;
    for (const redlines::Wording& w : d.titles) {
      titles +=
          fmt::format("<span lang=\"{}\">{}</span> ", LanguageCode(w.language), Escape(w.text));
    }
    main += fmt::format(
        "<section class=\"dossier\" id=\"dossier-{id}\"><h2>{titles}</h2>\n"
        "<p class=\"facts\"><span class=\"rule\">{id}</span> · {agreed_label} {agreed} · {source} "
        "· <span class=\"source\">{path}</span></p>\n"
        "<div class=\"table-wrap\"><table class=\"rules\"><thead><tr><th scope=\"col\">{rule}</th>"
        "<th scope=\"col\" lang=\"fr\">Français</th><th scope=\"col\" "
        "lang=\"nl\">Nederlands</th></tr></thead>\n"
        "<tbody>{rows}</tbody></table></div></section>\n",
        fmt::arg("id", Escape(d.id)), fmt::arg("titles", titles),
        fmt::arg("agreed_label", Escape(Say(ui, {"convenu le", "overeengekomen op"}))),
        fmt::arg("agreed", Escape(d.agreed)), fmt::arg("source", Escape(d.source)),
        fmt::arg("path", Escape(d.path)), fmt::arg("rule", Escape(Say(ui, {"Règle", "Regel"}))),
        fmt::arg("rows", rows));
  }
  return RenderPage({ui, Section::kDossiers,
                     std::string(Say(ui, {"Dossiers et lignes rouges", "Dossiers en rode lijnen"})),
                     Link("/dossiers")},
                    main);
}

}  // namespace tandem::workbench
