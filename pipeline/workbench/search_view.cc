// The drafter's page: one box, a bilingual concordance, facets as filters.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "pipeline/batch/inputs.h"
#include "pipeline/index/schema.h"
#include "pipeline/workbench/views.h"

namespace tandem::workbench {
namespace {

// YYYY, YYYY-MM or YYYY-MM-DD, as the index stores dates.
bool IsDate(const std::string& value) { return !index::DateValue(value).empty(); }

const index::HitText* TextIn(const index::Hit& hit, Language language) {
  for (const index::HitText& t : hit.texts) {
    if (t.language == language) return &t;
  }
  return nullptr;
}

std::string MarkedText(const index::HitText& text) {
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const index::Span& s : text.matches) ranges.emplace_back(s.begin, s.end);
  return Marked(text.text, std::move(ranges));
}

std::string SideHtml(Ui ui, const index::HitText* text, Language language) {
  const std::string code(LanguageCode(language));
  if (text == nullptr) {
    return fmt::format(
        "<div class=\"side missing\"><span class=\"lang-tag\">{}</span><p>{}</p></div>",
        Escape(code),
        Escape(Say(ui, {"Pas de version dans cette langue.", "Geen versie in deze taal."})));
  }
  return fmt::format(
      "<div class=\"side\" lang=\"{0}\"><span class=\"lang-tag\" "
      "aria-hidden=\"true\">{0}</span><p>{1}</p></div>",
      Escape(code), MarkedText(*text));
}

std::string HitHtml(Ui ui, const index::Hit& hit) {
  std::string meta;
  const std::string name = hit.title.empty() ? hit.source : hit.title;
  meta += fmt::format(
      "<a class=\"doc\" href=\"{}\">{}</a>",
      Escape(In(ui, Link("/documents/" + hit.source_id)) + fmt::format("#unit-{}", hit.position)),
      Escape(name));
  std::vector<std::string> facts;
  if (!hit.title.empty())
    facts.push_back(fmt::format("<span class=\"source\">{}</span>", Escape(hit.source)));
  facts.push_back(fmt::format("<span class=\"type\">{}</span>", Escape(TypeLabel(ui, hit.type))));
  if (!hit.date.empty())
    facts.push_back(fmt::format("<time datetime=\"{0}\">{0}</time>", Escape(hit.date)));
  if (!hit.section.empty())
    facts.push_back(fmt::format("<span class=\"section\">§ {}</span>", Escape(hit.section)));
  if (hit.page > 0) facts.push_back(fmt::format("<span class=\"page\">p. {}</span>", hit.page));
  if (hit.cross_lingual) {
    facts.push_back(fmt::format("<span class=\"badge cross\" title=\"{}\">{}</span>",
                                Escape(Say(ui, {"Trouvé par la traduction de la requête",
                                                "Gevonden via de vertaling van de zoekvraag"})),
                                Escape(Say(ui, {"interlingue", "taaloverschrijdend"}))));
  }
  if (hit.duplicates > 0) {
    std::vector<std::string> others;
    for (const index::Duplicate& d : hit.also_in) {
      std::string label = d.source;
      if (d.page > 0) label += fmt::format(", p. {}", d.page);
      others.push_back(fmt::format(
          "<a href=\"{}\">{}</a>",
          Escape(In(ui, Link("/documents/" + d.source_id)) + fmt::format("#unit-{}", d.position)),
          Escape(label)));
    }
    if (hit.duplicates > hit.also_in.size()) {
      others.push_back(Escape(fmt::format("{} {}", Say(ui, {"et", "en"}), hit.duplicates - hit.also_in.size())) +
                       Escape(Say(ui, {" autres", " andere"})));
    }
    facts.push_back(fmt::format("<span class=\"also-in\">{} {}</span>",
                                Escape(Say(ui, {"aussi dans :", "ook in:"})),
                                fmt::join(others, ", ")));
  }
  std::string sides;
  const index::HitText* fr = TextIn(hit, Language::kFrench);
  const index::HitText* nl = TextIn(hit, Language::kDutch);
  if (fr != nullptr || nl != nullptr) {
    sides += SideHtml(ui, fr, Language::kFrench);
    sides += SideHtml(ui, nl, Language::kDutch);
  }
  for (const index::HitText& t : hit.texts) {
    if (t.language != Language::kFrench && t.language != Language::kDutch)
      sides += SideHtml(ui, &t, t.language);
  }
  return fmt::format(
      "<li class=\"hit\" id=\"hit-{rank}\"><article aria-labelledby=\"hit-{rank}-title\">"
      "<h2 class=\"meta\" id=\"hit-{rank}-title\">{meta}</h2><p class=\"facts\">{facts}</p>"
      "<div class=\"pair\">{sides}</div></article></li>\n",
      fmt::arg("rank", hit.rank), fmt::arg("meta", meta),
      fmt::arg("facts", fmt::format("{}", fmt::join(facts, " · "))), fmt::arg("sides", sides));
}

struct FacetGroup {
  const char* key;    // in SearchResults::facets
  const char* param;  // in the URL
  Phrase heading;
};

constexpr FacetGroup kFacetGroups[] = {
    {"lang", "lang", {"Langue", "Taal"}},
    {"type", "type", {"Type", "Type"}},
    {"year", "year", {"Année", "Jaar"}},
    {"source", "source", {"Source", "Bron"}},
};

// A source by its file names ("a.fr.txt + a.nl.txt"), without folders.
std::string SourceLabel(const std::string& display) {
  std::vector<std::string> names;
  for (const std::string& file : batch::DisplayFiles(display)) {
    names.push_back(std::filesystem::path(file).filename().string());
  }
  return fmt::format("{}", fmt::join(names, " + "));
}

std::string FacetLabel(Ui ui, const std::string& param, const std::string& value) {
  if (param == "type") return TypeLabel(ui, value);
  if (param == "lang") return LanguageLabel(ui, value);
  if (param == "source") return SourceLabel(value);
  return value;
}

std::string FacetsHtml(Ui ui, const SearchForm& form, const index::SearchResults& results) {
  std::string html;
  for (const FacetGroup& group : kFacetGroups) {
    const auto it = results.facets.find(group.key);
    if (it == results.facets.end() || it->second.empty()) continue;
    std::vector<std::pair<std::string, size_t>> values(it->second.begin(), it->second.end());
    if (std::string_view(group.key) == "year") {
      std::sort(values.begin(), values.end(),
                [](const auto& a, const auto& b) { return a.first > b.first; });
    } else if (std::string_view(group.key) == "source") {
      std::stable_sort(values.begin(), values.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
    }
    html += fmt::format("<section class=\"facet\"><h2>{}</h2><ul>", Escape(Say(ui, group.heading)));
    for (const auto& [value, count] : values) {
      Link link = form.ToLink();
      link.Remove("page");
      const bool active = link.Has(group.param, value);
      link.Toggle(group.param, value);
      html += fmt::format(
          "<li><a href=\"{}\" class=\"facet-value{}\" aria-pressed=\"{}\" data-facet=\"{}\" "
          "title=\"{}\">{}</a> "
          "<span class=\"count\">{}</span></li>",
          Escape(In(ui, link)), active ? " active" : "", active ? "true" : "false",
          Escape(group.param), Escape(value), Escape(FacetLabel(ui, group.param, value)), count);
    }
    html += "</ul></section>\n";
  }
  if (!results.facets_exact) {
    html += fmt::format("<p class=\"hint\">{}</p>",
                        Escape(Say(ui, {"Comptes sur les 2 000 premiers résultats.",
                                        "Tellingen over de eerste 2.000 resultaten."})));
  }
  return html;
}

// The filters in force, each a link that removes it.
std::string ActiveFiltersHtml(Ui ui, const SearchForm& form) {
  std::string html;
  auto chip = [&](const std::string& param, const std::string& value, const std::string& label) {
    Link link = form.ToLink();
    link.Remove("page");
    if (param == "from" || param == "to") {
      link.Remove(param);
    } else {
      link.Toggle(param, value);
    }
    html += fmt::format(
        "<li><a href=\"{}\" class=\"chip\">{} <span aria-hidden=\"true\">×</span><span "
        "class=\"sr\">{}</span></a></li>",
        Escape(In(ui, link)), Escape(label), Escape(Say(ui, {" (retirer)", " (verwijderen)"})));
  };
  for (const std::string& v : form.languages) chip("lang", v, LanguageLabel(ui, v));
  for (const std::string& v : form.types) chip("type", v, TypeLabel(ui, v));
  for (const std::string& v : form.years) chip("year", v, v);
  for (const std::string& v : form.sources) chip("source", v, SourceLabel(v));
  if (!form.from.empty()) chip("from", form.from, fmt::format("≥ {}", form.from));
  if (!form.to.empty()) chip("to", form.to, fmt::format("≤ {}", form.to));
  if (html.empty()) return html;
  return fmt::format("<ul class=\"chips\" aria-label=\"{}\">{}</ul>",
                     Escape(Say(ui, {"Filtres actifs", "Actieve filters"})), html);
}

std::string PagesHtml(Ui ui, const SearchForm& form, size_t total) {
  const size_t pages =
      std::min((total + SearchForm::kPerPage - 1) / SearchForm::kPerPage, SearchForm::kMaxPage);
  if (pages <= 1) return "";
  auto link_to = [&](size_t page) {
    Link link = form.ToLink();
    link.Set("page", page == 1 ? "" : std::to_string(page));
    return Escape(In(ui, link));
  };
  std::string html = fmt::format("<nav class=\"pages\" aria-label=\"{}\"><ul>",
                                 Escape(Say(ui, {"Pages de résultats", "Resultaatpagina's"})));
  if (form.page > 1) {
    html += fmt::format("<li><a href=\"{}\" rel=\"prev\">{}</a></li>", link_to(form.page - 1),
                        Escape(Say(ui, {"← Précédente", "← Vorige"})));
  }
  const size_t first = form.page > 4 ? form.page - 4 : 1;
  const size_t last = std::min(pages, first + 8);
  for (size_t p = first; p <= last; ++p) {
    if (p == form.page) {
      html += fmt::format("<li><span aria-current=\"page\">{}</span></li>", p);
    } else {
      html += fmt::format("<li><a href=\"{}\">{}</a></li>", link_to(p), p);
    }
  }
  if (form.page < pages) {
    html += fmt::format("<li><a href=\"{}\" rel=\"next\">{}</a></li>", link_to(form.page + 1),
                        Escape(Say(ui, {"Suivante →", "Volgende →"})));
  }
  return html + "</ul></nav>\n";
}

std::string LanguagesSaid(Ui ui, const std::vector<Language>& languages) {
  std::vector<std::string> names;
  for (Language l : languages) names.push_back(LanguageLabel(ui, std::string(LanguageCode(l))));
  return fmt::format("{}", fmt::join(names, ui == Ui::kDutch ? " en " : " et "));
}

std::string SearchFormHtml(Ui ui, const SearchForm& form) {
  std::string hidden = fmt::format("<input type=\"hidden\" name=\"ui\" value=\"{}\">", UiCode(ui));
  auto keep = [&](const char* name, const std::vector<std::string>& values) {
    for (const std::string& v : values) {
      hidden += fmt::format("<input type=\"hidden\" name=\"{}\" value=\"{}\">", name, Escape(v));
    }
  };
  keep("source", form.sources);
  keep("type", form.types);
  keep("year", form.years);
  keep("lang", form.languages);
  std::string sorts;
  const std::pair<const char*, Phrase> kSorts[] = {
      {"relevance", {"pertinence", "relevantie"}},
      {"newest", {"plus récents d’abord", "nieuwste eerst"}},
      {"oldest", {"plus anciens d’abord", "oudste eerst"}}};
  for (const auto& [value, label] : kSorts) {
    const bool selected =
        form.sort == value || (form.sort.empty() && std::string_view(value) == "relevance");
    sorts += fmt::format("<option value=\"{}\"{}>{}</option>", value, selected ? " selected" : "",
                         Escape(Say(ui, label)));
  }
  return fmt::format(
      "<form class=\"search\" role=\"search\" method=\"get\" action=\"/search\">{hidden}\n"
      "<label for=\"q\">{q_label}</label>\n"
      "<div class=\"row\"><input id=\"q\" name=\"q\" type=\"search\" value=\"{q}\" "
      "maxlength=\"1000\" "
      "placeholder=\"{q_hint}\" autocomplete=\"off\" spellcheck=\"false\" "
      "aria-describedby=\"q-help\">"
      "<button type=\"submit\">{go}</button></div>\n"
      "<p id=\"q-help\" class=\"hint\">{help}</p>\n"
      "<details class=\"like\"{like_open}><summary>{like_summary}</summary>\n"
      "<label for=\"like\">{like_label}</label>\n"
      "<textarea id=\"like\" name=\"like\" rows=\"4\" "
      "maxlength=\"2000\">{like}</textarea></details>\n"
      "<div class=\"options\"><label for=\"from\">{from_label}</label>"
      "<input id=\"from\" name=\"from\" value=\"{from}\" size=\"10\" placeholder=\"2020\" "
      "pattern=\"\\d{{4}}(-\\d{{2}}(-\\d{{2}})?)?\">"
      "<label for=\"to\">{to_label}</label>"
      "<input id=\"to\" name=\"to\" value=\"{to}\" size=\"10\" placeholder=\"2025-06\" "
      "pattern=\"\\d{{4}}(-\\d{{2}}(-\\d{{2}})?)?\">"
      "<label for=\"sort\">{sort_label}</label><select id=\"sort\" name=\"sort\">{sorts}</select>"
      "<label class=\"check\"><input type=\"checkbox\" name=\"translate\" "
      "value=\"0\"{no_translate}> {no_translate_label}</label>"
      "</div>\n</form>\n",
      fmt::arg("hidden", hidden),
      fmt::arg("q_label", Escape(Say(ui, {"Rechercher dans les positions antérieures (FR ou NL)",
                                          "Zoeken in eerdere standpunten (FR of NL)"}))),
      fmt::arg("q", Escape(form.query)),
      fmt::arg("q_hint", Escape(Say(ui, {"p. ex. avoirs russes immobilisés",
                                         "bv. territoriale integriteit"}))),
      fmt::arg("go", Escape(Say(ui, {"Rechercher", "Zoeken"}))),
      fmt::arg(
          "help",
          Escape(Say(
              ui,
              {"Guillemets pour une expression exacte, OR, NOT, type:report, 2020..2025. "
               "Raccourci : / place le curseur ici.",
               "Aanhalingstekens voor een exacte uitdrukking, OR, NOT, type:report, 2020..2025. "
               "Sneltoets: / zet de cursor hier."}))),
      fmt::arg("like_open", form.like.empty() ? "" : " open"),
      fmt::arg("like_summary", Escape(Say(ui, {"Comme ce paragraphe…", "Zoals deze alinea…"}))),
      fmt::arg(
          "like_label",
          Escape(Say(
              ui,
              {"Collez un paragraphe de votre projet : les unités les plus proches s’affichent.",
               "Plak een alinea uit uw ontwerp: de meest verwante eenheden verschijnen."}))),
      fmt::arg("like", Escape(form.like)), fmt::arg("from_label", Escape(Say(ui, {"Du", "Van"}))),
      fmt::arg("from", Escape(form.from)), fmt::arg("to_label", Escape(Say(ui, {"au", "tot"}))),
      fmt::arg("to", Escape(form.to)),
      fmt::arg("sort_label", Escape(Say(ui, {"Tri", "Sortering"}))), fmt::arg("sorts", sorts),
      fmt::arg("no_translate", form.translate ? "" : " checked"),
      fmt::arg("no_translate_label",
               Escape(Say(ui, {"sans traduire la requête", "zoekvraag niet vertalen"}))));
}

}  // namespace

Result<SearchForm> SearchForm::From(const Request& request) {
  SearchForm form;
  form.query = request.Param("q");
  form.like = request.Param("like");
  form.sort = request.Param("sort");
  if (!form.sort.empty() && form.sort != "relevance" && form.sort != "newest" &&
      form.sort != "oldest") {
    return Fail(ErrorCode::kUsage, "sort",
                fmt::format("\"{}\" is not relevance, newest or oldest", form.sort));
  }
  form.sources = request.Params("source");
  form.types = request.Params("type");
  form.years = request.Params("year");
  form.languages = request.Params("lang");
  for (const std::string& code : form.languages) {
    if (LanguageFromCode(code) == Language::kUnknown) {
      return Fail(ErrorCode::kUsage, "lang", fmt::format("\"{}\" is not fr, nl, en or de", code));
    }
  }
  for (const std::string& year : form.years) {
    if (year.size() != 4 || !IsDate(year))
      return Fail(ErrorCode::kUsage, "year", fmt::format("\"{}\" is not a year", year));
  }
  form.from = request.Param("from");
  form.to = request.Param("to");
  for (const std::string* date : {&form.from, &form.to}) {
    if (!date->empty() && !IsDate(*date)) {
      return Fail(ErrorCode::kUsage, date == &form.from ? "from" : "to",
                  fmt::format("\"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", *date));
    }
  }
  form.translate = request.Param("translate") != "0";
  const std::string page = request.Param("page");
  if (!page.empty()) {
    size_t value = 0;
    const auto [end, ec] = std::from_chars(page.data(), page.data() + page.size(), value);
    if (ec != std::errc() || end != page.data() + page.size() || value == 0 || value > kMaxPage) {
      return Fail(ErrorCode::kUsage, "page",
                  fmt::format("\"{}\" is not a page from 1 to {}", page, kMaxPage));
    }
    form.page = value;
  }
  return form;
}

index::SearchRequest SearchForm::ToSearch(size_t limit) const {
  index::SearchRequest request;
  request.query = query;
  request.like = like;
  request.cross_lingual = translate;
  request.sort = sort == "newest"   ? index::SortOrder::kNewestFirst
                 : sort == "oldest" ? index::SortOrder::kOldestFirst
                                    : index::SortOrder::kRelevance;
  request.filters.sources = sources;
  request.filters.types = types;
  request.filters.years = years;
  for (const std::string& code : languages)
    request.filters.languages.push_back(LanguageFromCode(code));
  request.filters.date_from = from;
  request.filters.date_to = to;
  request.limit = limit;
  request.offset = (page - 1) * limit;
  request.facet_time_limit = kFacetSeconds;
  request.facets = true;  // the facet panel
  return request;
}

Link SearchForm::ToLink() const {
  Link link("/search");
  link.Add("q", query).Add("like", like);
  for (const std::string& v : languages) link.Add("lang", v);
  for (const std::string& v : types) link.Add("type", v);
  for (const std::string& v : years) link.Add("year", v);
  for (const std::string& v : sources) link.Add("source", v);
  link.Add("from", from).Add("to", to);
  if (sort != "relevance") link.Add("sort", sort);
  if (!translate) link.Add("translate", "0");
  if (page > 1) link.Add("page", std::to_string(page));
  return link;
}

std::string RenderSearchPage(Ui ui, const SearchForm& form, const index::SearchResults* results,
                             const std::string& error) {
  std::string main = SearchFormHtml(ui, form);
  if (!error.empty())
    main += fmt::format("<p class=\"error\" role=\"alert\">{}</p>\n", Escape(error));
  if (results != nullptr) {
    std::string summary;
    if (results->hits.empty()) {
      summary = std::string(Say(ui, {"Aucun résultat.", "Geen resultaten."}));
    } else {
      const bool one = results->estimated_matches == 1;
      summary = fmt::format("{} {} {}–{}", results->estimated_matches,
                            one ? Say(ui, {"résultat ; affiché :", "resultaat; getoond:"})
                                : Say(ui, {"résultats ; affichés :", "resultaten; getoond:"}),
                            results->hits.front().rank, results->hits.back().rank);
    }
    if (!results->query_languages.empty()) {
      summary += fmt::format(" {} {}.", Say(ui, {"— requête lue en", "— zoekvraag gelezen in het"}),
                             LanguagesSaid(ui, results->query_languages));
    }
    if (!results->translated_to.empty()) {
      summary += fmt::format(" {} {}.", Say(ui, {"Traduite aussi en", "Ook vertaald naar het"}),
                             LanguagesSaid(ui, results->translated_to));
    }
    std::string notes;
    if (!results->note.empty())
      notes += fmt::format("<p class=\"note\">{}</p>", Escape(results->note));
    if (!results->suggestion.empty()) {
      SearchForm suggested = form;
      suggested.query = results->suggestion;
      suggested.page = 1;
      notes += fmt::format("<p class=\"note\">{} <a href=\"{}\">{}</a></p>",
                           Escape(Say(ui, {"Vouliez-vous dire :", "Bedoelde u:"})),
                           Escape(In(ui, suggested.ToLink())), Escape(results->suggestion));
    }
    std::string hits;
    for (const index::Hit& hit : results->hits) hits += HitHtml(ui, hit);
    main += fmt::format(
        "<div class=\"results-layout\">\n<aside class=\"facets\" "
        "aria-label=\"{facets_label}\">{facets}</aside>\n"
        "<section class=\"results\" aria-label=\"{results_label}\">\n<p class=\"summary\" "
        "role=\"status\">{summary}</p>\n"
        "{chips}{notes}<ol class=\"hits\" "
        "start=\"{start}\">\n{hits}</ol>\n{pages}</section>\n</div>\n",
        fmt::arg("facets_label", Escape(Say(ui, {"Affiner", "Verfijnen"}))),
        fmt::arg("facets", FacetsHtml(ui, form, *results)),
        fmt::arg("results_label", Escape(Say(ui, {"Résultats", "Resultaten"}))),
        fmt::arg("summary", Escape(summary)), fmt::arg("chips", ActiveFiltersHtml(ui, form)),
        fmt::arg("notes", notes),
        fmt::arg("start", results->hits.empty() ? 1 : results->hits.front().rank),
        fmt::arg("hits", hits), fmt::arg("pages", PagesHtml(ui, form, results->estimated_matches)));
  } else if (error.empty()) {
    main += fmt::format(
        "<p class=\"intro\">{}</p>\n",
        Escape(Say(ui, {"Tapez quelques mots en français ou en néerlandais : chaque passage trouvé "
                        "s’affiche avec sa traduction en regard.",
                        "Typ enkele woorden in het Frans of het Nederlands: elke gevonden passage "
                        "verschijnt naast haar vertaling."})));
  }
  PageFrame frame{
      ui, Section::kSearch,
      form.empty()
          ? std::string(Say(ui, {"Recherche", "Zoeken"}))
          : fmt::format("{}{}", Say(ui, {"Recherche : ", "Zoeken: "}),
                        form.query.empty() ? Say(ui, {"comme ce paragraphe", "zoals deze alinea"})
                                           : std::string_view(form.query)),
      form.ToLink()};
  return RenderPage(frame, main);
}

}  // namespace tandem::workbench
