// The red-line files the server loaded, rule by rule, in both languages.
#include <fmt/format.h>

#include "pipeline/redlines/versions.h"
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

std::string FieldLabel(Ui ui, const std::string& field) {
  if (field == "kind") return std::string(Say(ui, {"type", "soort"}));
  if (field == "severity") return std::string(Say(ui, {"gravité", "ernst"}));
  if (field == "value") return std::string(Say(ui, {"position", "standpunt"}));
  if (field == "unit") return std::string(Say(ui, {"unité", "eenheid"}));
  if (field == "fr") return std::string(Say(ui, {"formulation FR", "formulering FR"}));
  if (field == "nl") return std::string(Say(ui, {"formulation NL", "formulering NL"}));
  if (field == "avoid") return std::string(Say(ui, {"à éviter", "te vermijden"}));
  if (field == "except") return std::string(Say(ui, {"sauf", "behalve"}));
  if (field == "agreed") return std::string(Say(ui, {"formulation convenue", "overeengekomen formulering"}));
  return field;  // min, max
}

// What changed from the version `older` to `newer`: rules added, removed, changed.
std::string HistoryStep(Ui ui, const redlines::Dossier& older, const redlines::Dossier& newer) {
  const std::vector<redlines::RuleChange> changes = redlines::CompareVersions(older, newer);
  std::string items;
  for (const redlines::RuleChange& c : changes) {
    using Type = redlines::RuleChange::Type;
    const char* cls = c.type == Type::kAdded ? "added" : c.type == Type::kRemoved ? "removed" : "changed";
    const std::string_view what = c.type == Type::kAdded     ? Say(ui, {"ajoutée", "toegevoegd"})
                                  : c.type == Type::kRemoved ? Say(ui, {"supprimée", "verwijderd"})
                                                             : Say(ui, {"modifiée", "gewijzigd"});
    std::string details;
    for (const redlines::FieldChange& f : c.changes) {
      details += fmt::format("<li><strong>{}</strong> : <del>{}</del> → <ins>{}</ins></li>", Escape(FieldLabel(ui, f.field)),
                             Escape(f.before.empty() ? "—" : f.before), Escape(f.after.empty() ? "—" : f.after));
    }
    items += fmt::format("<li class=\"{}\"><span class=\"rule\">{}</span> {}{}</li>\n", cls, Escape(c.rule),
                         Escape(what), details.empty() ? "" : "<ul>" + details + "</ul>");
  }
  if (items.empty()) items = fmt::format("<li>{}</li>", Escape(Say(ui, {"aucune règle modifiée", "geen regel gewijzigd"})));
  return fmt::format("<li><p>{} <span class=\"rule\">{}</span> ({}) → <span class=\"rule\">{}</span> ({})</p><ul "
                     "class=\"changes\">{}</ul></li>\n",
                     Escape(Say(ui, {"De", "Van"})), Escape(older.id), Escape(older.agreed), Escape(newer.id),
                     Escape(newer.agreed), items);
}

}  // namespace

std::string RenderDossiers(Ui ui, const std::vector<redlines::Dossier>& dossiers, bool allow_edit,
                           const std::string& saved) {
  std::string main = fmt::format("<p class=\"toolbar\"><a class=\"button\" id=\"new-dossier\" href=\"{}\">{}</a>{}</p>\n",
                                 Escape(In(ui, Link("/dossiers/new"))),
                                 Escape(Say(ui, {"Nouveau dossier", "Nieuw dossier"})),
                                 allow_edit ? "" : fmt::format(" <span class=\"hint\">{}</span>",
                                     Escape(Say(ui, {"enregistrement désactivé (tandem serve --allow-edit)",
                                                     "opslaan staat uit (tandem serve --allow-edit)"}))));
  for (const redlines::Dossier& d : dossiers) {
    if (saved.empty() || d.id != saved) continue;
    main += fmt::format("<p class=\"verdict clear\" id=\"saved\" role=\"status\">{} <a href=\"#dossier-{}\">{}</a> → "
                        "<span class=\"source\">{}</span></p>\n",
                        Escape(Say(ui, {"Dossier enregistré :", "Dossier opgeslagen:"})), Escape(d.id), Escape(d.id),
                        Escape(d.path));
  }
  if (dossiers.empty()) {
    main += fmt::format(
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
    std::string history;
    const std::vector<const redlines::Dossier*> versions = redlines::VersionsOf(dossiers, d.id);
    std::string superseded;
    for (size_t v = 0; v + 1 < versions.size(); ++v) {
      if (versions[v]->id == d.id) {
        superseded = fmt::format("<p class=\"note superseded\">{} <a href=\"#dossier-{}\">{}</a> ({} {})</p>\n",
                                 Escape(Say(ui, {"Remplacé par", "Vervangen door"})), Escape(versions[v + 1]->id),
                                 Escape(versions[v + 1]->id), Escape(Say(ui, {"à partir du", "vanaf"})),
                                 Escape(versions[v + 1]->agreed));
      }
    }
    if (versions.size() > 1 && versions.back()->id == d.id) {
      std::string steps;
      for (size_t v = 0; v + 1 < versions.size(); ++v) steps += HistoryStep(ui, *versions[v], *versions[v + 1]);
      history = fmt::format("<details class=\"history\" open><summary>{} ({} {})</summary><ol class=\"history\">{}</ol></details>\n",
                            Escape(Say(ui, {"Historique", "Geschiedenis"})), versions.size(),
                            Escape(Say(ui, {"versions", "versies"})), steps);
    }
    const std::string edit = fmt::format(
        " · <a href=\"{}\">{}</a> · <a href=\"{}\">{}</a>",
        Escape(In(ui, Link("/dossiers/" + UrlEncode(d.id) + "/edit"))), Escape(Say(ui, {"modifier", "bewerken"})),
        Escape(In(ui, Link("/dossiers/" + UrlEncode(d.id) + "/edit").Add("version", "1"))),
        Escape(Say(ui, {"nouvelle version", "nieuwe versie"})));
    main += fmt::format(
        "<section class=\"dossier\" id=\"dossier-{id}\"><h2>{titles}</h2>\n"
        "<p class=\"facts\"><span class=\"rule\">{id}</span> · {agreed_label} {agreed} · {source} "
        "· <span class=\"source\">{path}</span>{edit}</p>\n{superseded}{history}"
        "<div class=\"table-wrap\"><table class=\"rules\"><thead><tr><th scope=\"col\">{rule}</th>"
        "<th scope=\"col\" lang=\"fr\">Français</th><th scope=\"col\" "
        "lang=\"nl\">Nederlands</th></tr></thead>\n"
        "<tbody>{rows}</tbody></table></div></section>\n",
        fmt::arg("id", Escape(d.id)), fmt::arg("titles", titles),
        fmt::arg("agreed_label", Escape(Say(ui, {"convenu le", "overeengekomen op"}))),
        fmt::arg("agreed", Escape(d.agreed)), fmt::arg("source", Escape(d.source)),
        fmt::arg("path", Escape(d.path)), fmt::arg("edit", edit), fmt::arg("superseded", superseded),
        fmt::arg("history", history), fmt::arg("rule", Escape(Say(ui, {"Règle", "Regel"}))),
        fmt::arg("rows", rows));
  }
  return RenderPage({ui, Section::kDossiers,
                     std::string(Say(ui, {"Dossiers et lignes rouges", "Dossiers en rode lijnen"})),
                     Link("/dossiers")},
                    main);
}

}  // namespace tandem::workbench
