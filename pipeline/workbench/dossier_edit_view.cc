// The clerk's dossier editor: a new dossier from a meeting's report, and the
// edit form of a dossier, rules side by side FR | NL.
#include <fmt/format.h>

#include "pipeline/redlines/versions.h"
#include "pipeline/workbench/views.h"

namespace tandem::workbench {
namespace {

std::string JoinIn(const std::vector<redlines::Wording>& list, Language language) {
  std::string out;
  for (const redlines::Wording& w : list) {
    if (w.language != language) continue;
    if (!out.empty()) out += "\n";
    out += w.text;
  }
  return out;
}

std::string TextField(const std::string& id, std::string_view label, const std::string& value,
                      std::string_view extra = "") {
  return fmt::format(
      "<p class=\"field\"><label for=\"{0}\">{1}</label> <input type=\"text\" id=\"{0}\" name=\"{0}\" "
      "value=\"{2}\"{3}></p>\n",
      Escape(id), Escape(label), Escape(value), extra);
}

std::string Area(const std::string& id, std::string_view label, const std::string& value, std::string_view lang,
                 int rows = 2) {
  return fmt::format(
      "<p class=\"field\"><label for=\"{0}\">{1}</label><textarea id=\"{0}\" name=\"{0}\" rows=\"{4}\" "
      "lang=\"{3}\">{2}</textarea></p>\n",
      Escape(id), Escape(label), Escape(value), Escape(lang), rows);
}

std::string Select(const std::string& id, std::string_view label, const std::string& current,
                   const std::vector<std::pair<std::string, std::string>>& options) {
  std::string html = fmt::format("<p class=\"field\"><label for=\"{0}\">{1}</label> <select id=\"{0}\" name=\"{0}\">",
                                 Escape(id), Escape(label));
  for (const auto& [value, shown] : options) {
    html += fmt::format("<option value=\"{}\"{}>{}</option>", Escape(value), value == current ? " selected" : "",
                        Escape(shown));
  }
  return html + "</select></p>\n";
}

std::string Hidden(const std::string& name, const std::string& value) {
  return fmt::format("<input type=\"hidden\" name=\"{}\" value=\"{}\">\n", Escape(name), Escape(value));
}

std::string RuleFieldset(Ui ui, size_t i, const redlines::Rule& rule, const SourceNote& source) {
  const std::string p = fmt::format("r{}-", i);
  const std::string shown_id = rule.id.empty() ? fmt::format("#{}", i + 1) : rule.id;
  std::string html = fmt::format("<fieldset class=\"rule-edit\" id=\"rule-{}\"><legend>{} <span class=\"rule\">{}</span></legend>\n",
                                 i, Escape(Say(ui, {"Règle", "Regel"})), Escape(shown_id));
  html += "<div class=\"rule-facts\">\n";
  html += TextField(p + "id", Say(ui, {"Identifiant", "Id"}), rule.id, " size=\"10\"");
  html += Select(p + "kind", Say(ui, {"Type", "Soort"}), std::string(redlines::RuleKindName(rule.kind)),
                 {{"forbid", Say(ui, {"interdit (forbid)", "verboden (forbid)"}).data()},
                  {"require", Say(ui, {"exigé (require)", "vereist (require)"}).data()},
                  {"stance", Say(ui, {"position (stance)", "standpunt (stance)"}).data()},
                  {"limit", Say(ui, {"limite (limit)", "grens (limit)"}).data()},
                  {"term", Say(ui, {"terme (term)", "term (term)"}).data()}});
  html += Select(p + "severity", Say(ui, {"Gravité", "Ernst"}), std::string(redlines::SeverityName(rule.severity)),
                 {{"blocking", Say(ui, {"bloquant", "blokkerend"}).data()},
                  {"warning", Say(ui, {"avertissement", "waarschuwing"}).data()}});
  html += Select(p + "value", Say(ui, {"Position (stance)", "Standpunt (stance)"}),
                 std::string(redlines::StanceName(rule.stance)),
                 {{"support", Say(ui, {"soutien", "steun"}).data()},
                  {"oppose", Say(ui, {"opposition", "verzet"}).data()},
                  {"abstain", Say(ui, {"abstention", "onthouding"}).data()}});
  html += Select(p + "unit", Say(ui, {"Unité (limit)", "Eenheid (limit)"}), rule.unit,
                 {{"", Say(ui, {"tout nombre", "elk getal"}).data()}, {"EUR", "EUR"}, {"%", "%"}});
  html += TextField(p + "min", "min", rule.min ? redlines::DecimalText(*rule.min) : "", " size=\"12\" inputmode=\"decimal\"");
  html += TextField(p + "max", "max", rule.max ? redlines::DecimalText(*rule.max) : "", " size=\"12\" inputmode=\"decimal\"");
  html += fmt::format(
      "<p class=\"field\"><input type=\"checkbox\" id=\"{0}delete\" name=\"{0}delete\" value=\"1\"> <label "
      "class=\"check\" for=\"{0}delete\">{1}</label></p>\n",
      p, Escape(Say(ui, {"Supprimer cette règle", "Deze regel verwijderen"})));
  html += "</div>\n";
  if (!source.fr.empty() || !source.nl.empty()) {
    html += fmt::format(
        "<div class=\"pair sources\"><blockquote lang=\"fr\" class=\"source-sentence\">{}</blockquote>"
        "<blockquote lang=\"nl\" class=\"source-sentence\">{}</blockquote></div>\n",
        Escape(source.fr), Escape(source.nl));
    html += Hidden(p + "source-fr", source.fr) + Hidden(p + "source-nl", source.nl);
  }
  html += "<div class=\"pair\">\n";
  for (const Language language : {Language::kFrench, Language::kDutch}) {
    const bool fr = language == Language::kFrench;
    const std::string lang = fr ? "fr" : "nl";
    html += fmt::format("<div class=\"side\" lang=\"{}\"><h3 class=\"lang-tag\">{}</h3>\n", lang,
                        fr ? "Français" : "Nederlands");
    const std::string tag = fr ? " (FR)" : " (NL)";
    html += Area(p + lang,
                 std::string(Say(ui, {"Formulations (une par ligne ; plusieurs = variantes)",
                                      "Formuleringen (één per regel; meerdere = varianten)"})) + tag,
                 JoinIn(rule.wordings, language), lang);
    html += Area(p + "avoid-" + lang, std::string(Say(ui, {"À éviter (term)", "Te vermijden (term)"})) + tag,
                 JoinIn(rule.avoid, language), lang, 1);
    html += Area(p + "except-" + lang, std::string(Say(ui, {"Sauf dans (term)", "Behalve in (term)"})) + tag,
                 JoinIn(rule.except, language), lang, 1);
    html += Area(p + "agreed-" + lang, std::string(Say(ui, {"Formulation convenue", "Overeengekomen formulering"})) + tag,
                 JoinIn(rule.agreed, language), lang, 3);
    html += "</div>\n";
  }
  return html + "</div>\n</fieldset>\n";
}

}  // namespace

std::string RenderNewDossierForm(Ui ui, const std::string& error) {
  std::string main;
  if (!error.empty()) main += fmt::format("<p class=\"error\" role=\"alert\">{}</p>\n", Escape(error));
  main += fmt::format(
      "<p>{intro}</p>\n"
      "<form class=\"new-dossier\" method=\"post\" action=\"{action}\" enctype=\"multipart/form-data\">\n"
      "<fieldset><legend>{report}</legend>\n"
      "<p><label for=\"report\">{file}</label><input id=\"report\" name=\"report\" type=\"file\" "
      "accept=\".txt,.text,.html,.htm,.xhtml,.xml,.pdf,.docx\"></p>\n"
      "<p><label for=\"report2\">{file2}</label><input id=\"report2\" name=\"report\" type=\"file\" "
      "accept=\".txt,.text,.html,.htm,.xhtml,.xml,.pdf,.docx\"></p>\n"
      "<div class=\"pair\"><p><label for=\"report-fr\">{fr}</label><textarea id=\"report-fr\" name=\"report-fr\" "
      "rows=\"10\" lang=\"fr\"></textarea></p>\n"
      "<p><label for=\"report-nl\">{nl}</label><textarea id=\"report-nl\" name=\"report-nl\" rows=\"10\" "
      "lang=\"nl\"></textarea></p></div>\n"
      "<p class=\"field\"><label for=\"new-id\">{id}</label> <input type=\"text\" id=\"new-id\" name=\"dossier\" "
      "size=\"20\"></p>\n"
      "</fieldset>\n<p><button type=\"submit\">{go}</button></p>\n</form>\n"
      "<p><a class=\"button\" id=\"empty-dossier\" href=\"{empty}\">{empty_label}</a></p>\n",
      fmt::arg("intro", Escape(Say(ui, {"Les règles sont proposées à partir des conclusions du compte rendu ; "
                                        "vous les vérifiez et les modifiez avant de les enregistrer.",
                                        "De regels worden voorgesteld op basis van de conclusies van het verslag; "
                                        "u controleert en wijzigt ze voor u ze opslaat."}))),
      fmt::arg("action", Escape(In(ui, Link("/dossiers/new")))),
      fmt::arg("report", Escape(Say(ui, {"Compte rendu de la réunion de coordination",
                                         "Verslag van de coördinatievergadering"}))),
      fmt::arg("file", Escape(Say(ui, {"Fichier du compte rendu (français, néerlandais ou les deux)",
                                       "Bestand van het verslag (Frans, Nederlands of beide)"}))),
      fmt::arg("file2", Escape(Say(ui, {"Sa version néerlandaise, si elle est dans un autre fichier",
                                        "De Nederlandse versie, als die in een ander bestand staat"}))),
      fmt::arg("fr", Escape(Say(ui, {"Ou collez le texte français (ou bilingue)",
                                     "Of plak de Franse (of tweetalige) tekst"}))),
      fmt::arg("nl", Escape(Say(ui, {"et le texte néerlandais", "en de Nederlandse tekst"}))),
      fmt::arg("id", Escape(Say(ui, {"Identifiant du dossier (facultatif)", "Id van het dossier (facultatief)"}))),
      fmt::arg("go", Escape(Say(ui, {"Proposer les règles", "Regels voorstellen"}))),
      fmt::arg("empty", Escape(In(ui, Link("/dossiers/new").Add("empty", "1")))),
      fmt::arg("empty_label", Escape(Say(ui, {"Ou commencer un dossier vide", "Of met een leeg dossier beginnen"}))));
  return RenderPage({ui, Section::kDossiers, std::string(Say(ui, {"Nouveau dossier", "Nieuw dossier"})),
                     Link("/dossiers/new")},
                    main);
}

std::string RenderDossierEditor(Ui ui, const DossierEditor& editor) {
  const DossierDraft& draft = editor.draft;
  const redlines::Dossier& d = draft.dossier;
  std::string main;
  if (!editor.allow_edit) {
    main += fmt::format("<p class=\"note\" id=\"edit-off\">{}</p>\n",
                        Escape(Say(ui, {"L’enregistrement est désactivé : lancez « tandem serve --allow-edit » "
                                        "pour enregistrer dans le dossier --redlines.",
                                        "Opslaan staat uit: start ‘tandem serve --allow-edit’ om in de "
                                        "--redlines-map op te slaan."})));
  }
  const bool bad = editor.checked && !editor.message.empty();
  main += fmt::format("<p id=\"validation\" class=\"{}\" role=\"status\" aria-live=\"polite\" data-valid=\"{}\">{}</p>\n",
                      bad ? "error" : editor.checked ? "valid" : "hint",
                      Escape(Say(ui, {"Le dossier est valide.", "Het dossier is geldig."})),
                      Escape(bad ? editor.message
                             : editor.checked ? std::string(Say(ui, {"Le dossier est valide.", "Het dossier is geldig."}))
                                              : std::string(Say(ui, {"Chaque modification est validée.",
                                                                     "Elke wijziging wordt gevalideerd."}))));
  std::string form = fmt::format(
      "<form id=\"dossier-form\" class=\"dossier-edit\" method=\"post\" action=\"{}\" data-validate=\"/api/dossiers/validate\">\n",
      Escape(In(ui, Link("/dossiers/save"))));
  form += Hidden("csrf", editor.csrf) + Hidden("original", draft.original) +
          Hidden("rules", std::to_string(d.rules.size()));
  for (const std::string& note : draft.notes) form += Hidden("note", note);
  form += fmt::format("<fieldset class=\"dossier-facts\"><legend>{}</legend>\n<div class=\"rule-facts\">\n",
                      Escape(Say(ui, {"Dossier", "Dossier"})));
  form += TextField("dossier", Say(ui, {"Identifiant", "Id"}), d.id, " size=\"20\" required");
  form += TextField("agreed", Say(ui, {"Convenu le (AAAA-MM-JJ)", "Overeengekomen op (JJJJ-MM-DD)"}), d.agreed,
                    " size=\"10\" placeholder=\"2025-02-19\"");
  form += TextField("supersedes", Say(ui, {"Remplace (dossier)", "Vervangt (dossier)"}), d.supersedes, " size=\"20\"");
  form += TextField("source", Say(ui, {"Source", "Bron"}), d.source, " size=\"30\"");
  form += "</div>\n<div class=\"pair\">\n";
  for (const Language language : {Language::kFrench, Language::kDutch}) {
    const std::string lang = language == Language::kFrench ? "fr" : "nl";
    std::string title;
    for (const redlines::Wording& w : d.titles)
      if (w.language == language && title.empty()) title = w.text;
    form += fmt::format("<div class=\"side\" lang=\"{}\">\n", lang);
    const std::string tag = lang == "fr" ? " (FR)" : " (NL)";
    form += TextField("title-" + lang, std::string(Say(ui, {"Titre", "Titel"})) + tag, title, " size=\"30\"");
    form += Area("topic-" + lang,
                 std::string(Say(ui, {"Mots du sujet (un par ligne)", "Onderwerpwoorden (één per regel)"})) + tag,
                 JoinIn(d.topic, language), lang, 2);
    form += "</div>\n";
  }
  form += "</div>\n</fieldset>\n";
  for (size_t i = 0; i < d.rules.size(); ++i) {
    form += RuleFieldset(ui, i, d.rules[i], i < draft.sources.size() ? draft.sources[i] : SourceNote{});
  }
  form += fmt::format(
      "<p class=\"toolbar\"><button type=\"submit\" name=\"action\" value=\"save\" id=\"save\">{}</button> "
      "<button type=\"submit\" name=\"action\" value=\"validate\" id=\"validate\">{}</button> "
      "<button type=\"submit\" name=\"action\" value=\"add\" id=\"add-rule\">{}</button></p>\n</form>\n",
      Escape(Say(ui, {"Enregistrer", "Opslaan"})), Escape(Say(ui, {"Valider", "Valideren"})),
      Escape(Say(ui, {"Ajouter une règle", "Een regel toevoegen"})));
  main += form;
  if (!draft.notes.empty()) {
    main += fmt::format("<section class=\"unturned\"><h2>{}</h2><ul>\n",
                        Escape(Say(ui, {"Phrases non transformées en règles", "Zinnen die geen regel werden"})));
    for (const std::string& note : draft.notes) main += "<li>" + Escape(note) + "</li>\n";
    main += "</ul></section>\n";
  }
  const std::string title = draft.original.empty()
                                ? std::string(Say(ui, {"Nouveau dossier", "Nieuw dossier"}))
                                : fmt::format("{} {}", Say(ui, {"Modifier le dossier", "Dossier bewerken"}), draft.original);
  return RenderPage({ui, Section::kDossiers, title,
                     draft.original.empty() ? Link("/dossiers/new")
                                            : Link("/dossiers/" + UrlEncode(draft.original) + "/edit")},
                    main);
}

}  // namespace tandem::workbench
