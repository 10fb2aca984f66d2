// The translator's pages: the documents of the index, and one document bead
// by bead with its QA flags.
#include <fmt/format.h>

#include "pipeline/formats/aligned_unit.h"
#include "pipeline/formats/word_occurrences.h"
#include "pipeline/qa/bead_checker.h"
#include "pipeline/workbench/views.h"

namespace tandem::workbench {
namespace {

std::string LanguagesOf(const std::vector<Language>& languages) {
  std::vector<std::string> codes;
  for (Language l : languages) codes.emplace_back(LanguageCode(l));
  return fmt::format("{}", fmt::join(codes, " + "));
}

bool NeedsLook(const index::Unit& unit) {
  return !unit.flags.empty() || unit.score < formats::kLowConfidence;
}

std::string CellHtml(Ui ui, const index::Unit& unit, Language language) {
  const index::UnitText* text = unit.in(language);
  if (text == nullptr) {
    return fmt::format("<td class=\"side missing\">{}</td>",
                       Escape(Say(ui, {"— absent —", "— ontbreekt —"})));
  }
  std::vector<std::string> words;
  for (const index::UnitFlag& f : unit.flags) {
    const auto& side = language == Language::kFrench ? f.fr_words : f.nl_words;
    words.insert(words.end(), side.begin(), side.end());
  }
  std::string paragraphs;
  for (const std::string& paragraph : SplitParagraphs(text->text)) {
    paragraphs +=
        fmt::format("<p>{}</p>", Marked(paragraph, formats::WordOccurrences(paragraph, words)));
  }
  return fmt::format("<td class=\"side\" lang=\"{}\">{}</td>", LanguageCode(language), paragraphs);
}

}  // namespace

std::string RenderDocumentList(Ui ui, const std::vector<index::SourceInfo>& sources) {
  std::string rows;
  for (const index::SourceInfo& s : sources) {
    rows += fmt::format(
        "<tr><td><a href=\"{}\">{}</a>{}</td><td>{}</td><td>{}</td><td>{}</td><td "
        "class=\"num\">{}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        Escape(In(ui, Link("/documents/" + s.id))), Escape(s.title.empty() ? s.display : s.title),
        s.title.empty() ? ""
                        : fmt::format("<br><span class=\"source\">{}</span>", Escape(s.display)),
        Escape(TypeLabel(ui, s.type)), Escape(s.date), Escape(LanguagesOf(s.languages)), s.units,
        s.flagged);
  }
  std::string main;
  if (sources.empty()) {
    main = fmt::format(
        "<p>{}</p>",
        Escape(Say(ui, {"L’index est vide : ajoutez des documents avec « tandem ingest ».",
                        "De index is leeg: voeg documenten toe met ‘tandem ingest’."})));
  } else {
    main = fmt::format(
        "<div class=\"table-wrap\"><table class=\"documents\"><caption>{caption}</caption>\n"
        "<thead><tr><th scope=\"col\">{doc}</th><th scope=\"col\">{type}</th><th "
        "scope=\"col\">{date}</th>"
        "<th scope=\"col\">{langs}</th><th scope=\"col\">{units}</th><th "
        "scope=\"col\">{flagged}</th></tr></thead>\n"
        "<tbody>\n{rows}</tbody></table></div>\n",
        fmt::arg("caption", Escape(fmt::format(
                                "{} {}", sources.size(),
                                Say(ui, {"documents dans l’index", "documenten in de index"})))),
        fmt::arg("doc", Escape(Say(ui, {"Document", "Document"}))),
        fmt::arg("type", Escape(Say(ui, {"Type", "Type"}))),
        fmt::arg("date", Escape(Say(ui, {"Date", "Datum"}))),
        fmt::arg("langs", Escape(Say(ui, {"Langues", "Talen"}))),
        fmt::arg("units", Escape(Say(ui, {"Unités", "Eenheden"}))),
        fmt::arg("flagged", Escape(Say(ui, {"Signalées", "Gemarkeerd"}))), fmt::arg("rows", rows));
  }
  return RenderPage({ui, Section::kDocuments, std::string(Say(ui, {"Documents", "Documenten"})),
                     Link("/documents")},
                    main);
}

std::string RenderDocumentPage(Ui ui, const index::SourceDocument& document, bool flagged_only) {
  const index::SourceInfo& info = document.info;
  const bool bilingual = info.languages.size() == 2 && info.languages[0] == Language::kFrench &&
                         info.languages[1] == Language::kDutch;
  size_t low = 0, need_look = 0;
  for (const index::Unit& u : document.units) {
    if (u.score < formats::kLowConfidence) ++low;
    if (NeedsLook(u)) ++need_look;
  }
  std::string main = fmt::format(
      "<p class=\"facts\"><span class=\"source\">{}</span> · {} · {}{} · {} {}</p>\n",
      Escape(info.display), Escape(TypeLabel(ui, info.type)), Escape(LanguagesOf(info.languages)),
      info.date.empty() ? ""
                        : fmt::format(" · <time datetime=\"{0}\">{0}</time>", Escape(info.date)),
      info.units, Escape(Say(ui, {"unités", "eenheden"})));
  const Link self("/documents/" + info.id);
  if (bilingual) {
    main += fmt::format(
        "<p class=\"summary\" role=\"status\">{} {} · {} {} · {} {}</p>\n", info.flagged,
        Escape(Say(
            ui, {"unités signalées par le contrôle qualité", "eenheden met kwaliteitsmeldingen"})),
        low, Escape(Say(ui, {"de faible confiance", "met lage betrouwbaarheid"})), need_look,
        Escape(Say(ui, {"à revoir", "na te kijken"})));
    Link toggle = self;
    if (!flagged_only) toggle.Set("flagged", "1");
    const std::string export_base = "/api/documents/" + info.id + "/export";
    main += fmt::format(
        "<div class=\"toolbar\"><a class=\"button\" href=\"{toggle}\" aria-pressed=\"{pressed}\" "
        "id=\"flagged-toggle\">{toggle_label}</a>"
        "<span class=\"exports\" role=\"group\" aria-label=\"{export_label}\">"
        "<a class=\"button\" href=\"{tmx}\" download>TMX</a> <a class=\"button\" href=\"{xliff}\" "
        "download>XLIFF</a> "
        "<a class=\"button\" href=\"{tsv}\" download>TSV</a></span></div>\n",
        fmt::arg("toggle", Escape(In(ui, toggle))),
        fmt::arg("pressed", flagged_only ? "true" : "false"),
        fmt::arg("toggle_label", Escape(flagged_only ? Say(ui, {"Afficher toutes les unités",
                                                                "Alle eenheden tonen"})
                                                     : Say(ui, {"Seulement les unités à revoir",
                                                                "Alleen na te kijken eenheden"}))),
        fmt::arg("export_label", Escape(Say(ui, {"Exporter la mémoire de traduction",
                                                 "Vertaalgeheugen exporteren"}))),
        fmt::arg("tmx", Escape(Link(export_base).Add("format", "tmx").str())),
        fmt::arg("xliff", Escape(Link(export_base).Add("format", "xliff").str())),
        fmt::arg("tsv", Escape(Link(export_base).Add("format", "tsv").str())));
  }
  std::string rows;
  size_t shown = 0;
  for (const index::Unit& unit : document.units) {
    if (flagged_only && !NeedsLook(unit)) continue;
    ++shown;
    std::string flags;
    for (const index::UnitFlag& f : unit.flags) {
      // The message in the interface's language, made again from the flag's words.
      const std::string message = qa::StoredFlagMessage(
          f.type, f.fr_words, f.nl_words, f.message, unit.in(Language::kFrench) ? "fr" : "nl",
          ui == Ui::kDutch ? qa::MessageLanguage::kDutch : qa::MessageLanguage::kFrench);
      flags += fmt::format("<li><span class=\"flag-type\">{}</span> {}</li>",
                           Escape(FlagLabel(ui, f.type)), Escape(message));
    }
    const bool is_low = unit.score < formats::kLowConfidence;
    std::string classes = "bead";
    if (is_low) classes += " low";
    if (!unit.flags.empty()) classes += " flagged";
    if (unit.kind == BlockKind::kHeading) classes += " heading";
    std::string cells;
    if (bilingual) {
      cells = CellHtml(ui, unit, Language::kFrench) + CellHtml(ui, unit, Language::kDutch);
    } else {
      for (const index::UnitText& t : unit.texts) cells += CellHtml(ui, unit, t.language);
    }
    rows += fmt::format(
        "<tr class=\"{classes}\" id=\"unit-{pos}\"><th scope=\"row\" class=\"num\"><a "
        "href=\"#unit-{pos}\">{n}</a>"
        "{page}<span class=\"score{low}\" "
        "title=\"{score_title}\">{score:.2f}</span></th>{cells}</tr>\n",
        fmt::arg("classes", classes), fmt::arg("pos", unit.position),
        fmt::arg("n", unit.position + 1),
        fmt::arg("page",
                 unit.page > 0 ? fmt::format("<span class=\"page\">p. {}</span>", unit.page) : ""),
        fmt::arg("low", is_low ? " low" : ""),
        fmt::arg("score_title", Escape(Say(ui, {"confiance de l’alignement",
                                                "betrouwbaarheid van de alignering"}))),
        fmt::arg("score", unit.score), fmt::arg("cells", cells));
    if (!flags.empty()) {
      rows += fmt::format(
          "<tr class=\"flags\"><td></td><td colspan=\"{}\"><ul "
          "class=\"flag-list\">{}</ul></td></tr>\n",
          bilingual ? 2 : 1, flags);
    }
  }
  if (shown == 0) {
    main +=
        fmt::format("<p>{}</p>", Escape(Say(ui, {"Aucune unité à revoir dans ce document.",
                                                 "Geen na te kijken eenheden in dit document."})));
  } else {
    main += fmt::format(
        "<div class=\"table-wrap\"><table class=\"beads\"><thead><tr><th "
        "scope=\"col\">#</th>{}</tr></thead>\n<tbody>\n{}"
        "</tbody></table></div>\n",
        bilingual ? fmt::format("<th scope=\"col\" lang=\"fr\">Français</th><th scope=\"col\" "
                                "lang=\"nl\">Nederlands</th>")
                  : fmt::format("<th scope=\"col\">{}</th>", Escape(Say(ui, {"Texte", "Tekst"}))),
        rows);
  }
  Link frame_link = self;
  if (flagged_only) frame_link.Set("flagged", "1");
  return RenderPage(
      {ui, Section::kDocuments, info.title.empty() ? info.display : info.title, frame_link}, main);
}

}  // namespace tandem::workbench
