#include "pipeline/workbench/page.h"

#include <fmt/format.h>

namespace tandem::workbench {
namespace {

struct NavItem {
  Section section;
  const char* path;
  Phrase label;
};

constexpr NavItem kNav[] = {
    {Section::kSearch, "/search", {"Recherche", "Zoeken"}},
    {Section::kDocuments, "/documents", {"Documents", "Documenten"}},
    {Section::kCheck, "/check", {"Lignes rouges", "Rode lijnen"}},
    {Section::kDossiers, "/dossiers", {"Dossiers", "Dossiers"}},
    {Section::kStatus, "/status", {"État", "Status"}},
};

}  // namespace

std::string In(Ui ui, Link link) { return link.Set("ui", std::string(UiCode(ui))).str(); }

std::string RenderPage(const PageFrame& frame, std::string_view main_html) {
  const Ui ui = frame.ui;
  std::string nav;
  for (const NavItem& item : kNav) {
    const bool current = item.section == frame.section;
    nav += fmt::format("<li><a href=\"{}\"{}>{}</a></li>", Escape(In(ui, Link(item.path))),
                       current ? " aria-current=\"page\"" : "", Escape(Say(ui, item.label)));
  }
  const std::string french = In(Ui::kFrench, frame.self);
  const std::string dutch = In(Ui::kDutch, frame.self);
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{title} · tandem</title>\n"
      "<link rel=\"icon\" href=\"data:,\">\n"  // no /favicon.ico request
      "<link rel=\"stylesheet\" href=\"/static/workbench.css\">\n"
      "<script src=\"/static/workbench.js\" defer></script>\n</head>\n<body>\n"
      "<a class=\"skip\" href=\"#main\">{skip}</a>\n"
      "<header class=\"top\">\n<a class=\"brand\" href=\"{home}\">tandem</a>\n"
      "<nav aria-label=\"{nav_label}\"><ul>{nav}</ul></nav>\n"
      "<p class=\"ui-switch\" aria-label=\"{switch_label}\">"
      "<a href=\"{fr}\" lang=\"fr\" hreflang=\"fr\"{fr_current}>FR</a> "
      "<a href=\"{nl}\" lang=\"nl\" hreflang=\"nl\"{nl_current}>NL</a></p>\n</header>\n"
      "<main id=\"main\" tabindex=\"-1\">\n<h1>{title}</h1>\n{main}</main>\n"
      "<footer>{footer}</footer>\n</body>\n</html>\n",
      fmt::arg("lang", UiCode(ui)), fmt::arg("title", Escape(frame.title)),
      fmt::arg("skip", Escape(Say(ui, {"Aller au contenu", "Naar de inhoud"}))),
      fmt::arg("home", Escape(In(ui, Link("/search")))),
      fmt::arg("nav_label", Escape(Say(ui, {"Navigation principale", "Hoofdnavigatie"}))),
      fmt::arg("nav", nav),
      fmt::arg("switch_label", Escape(Say(ui, {"Langue de l’interface", "Taal van de interface"}))),
      fmt::arg("fr", Escape(french)), fmt::arg("nl", Escape(dutch)),
      fmt::arg("fr_current", ui == Ui::kFrench ? " aria-current=\"true\"" : ""),
      fmt::arg("nl_current", ui == Ui::kDutch ? " aria-current=\"true\"" : ""),
      fmt::arg("main", main_html),
      fmt::arg("footer",
               Escape(Say(ui, {"tandem — positions belges en français et en néerlandais",
                               "tandem — Belgische standpunten in het Frans en het Nederlands"}))));
}

}  // namespace tandem::workbench
