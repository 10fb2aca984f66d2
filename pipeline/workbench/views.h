// The workbench's pages, rendered from the other stages' results. Each
// Render* returns a whole page (RenderPage's frame); values are escaped.
#ifndef TANDEM_PIPELINE_WORKBENCH_VIEWS_H_
#define TANDEM_PIPELINE_WORKBENCH_VIEWS_H_

#include <string>
#include <vector>

#include "pipeline/index/searcher.h"
#include "pipeline/redlines/dossier.h"
#include "pipeline/workbench/dossier_edit.h"
#include "pipeline/workbench/draft_check.h"
#include "pipeline/workbench/exchange.h"
#include "pipeline/workbench/page.h"

namespace tandem::workbench {

// What a search URL says: /search?q=…&like=…&source=…&type=…&year=…&lang=…
// &from=…&to=…&sort=…&page=…&translate=0 (the same parameters as /api/search).
struct SearchForm {
  std::string query, like, sort;
  std::vector<std::string> sources, types, years, languages;
  std::string from, to;
  bool translate = true;
  size_t page = 1;  // 1-based

  static constexpr size_t kPerPage = 10;
  static constexpr double kFacetSeconds = 1.0;  // a search's facet counting stops there
  static constexpr size_t kMaxPage = 100;

  // Reads the form from a request; a wrong value (page "x", lang "de-CH",
  // sort "best") fails with kUsage naming it.
  static Result<SearchForm> From(const Request& request);
  // The request for the Searcher: filters, sort, this page's offset and `limit`.
  index::SearchRequest ToSearch(size_t limit = kPerPage) const;
  // This form's URL (without ui).
  Link ToLink() const;
  bool empty() const { return query.empty() && like.empty(); }
};

// `results` is null when nothing was asked or the search failed (`error`).
std::string RenderSearchPage(Ui ui, const SearchForm& form, const index::SearchResults* results,
                             const std::string& error);

std::string RenderDocumentList(Ui ui, const std::vector<index::SourceInfo>& sources);
// One document bead by bead, FR left and NL right; `flagged_only` keeps the
// beads with QA flags or low confidence.
std::string RenderDocumentPage(Ui ui, const index::SourceDocument& document, bool flagged_only);

// The check form; `error` (may be empty) is shown above it.
std::string RenderCheckForm(Ui ui, const std::vector<redlines::Dossier>& dossiers,
                            const std::string& error);
// The report of a check; `report_url` downloads it as `tandem check --format html` writes it.
std::string RenderCheckReport(Ui ui, const CheckedDraft& checked, const std::string& report_url);

// Every loaded dossier rule by rule; a dossier with earlier versions shows
// its history (rules added, removed and changed from each version to the
// next); `allow_edit` links each to its edit page; `saved` (may be empty)
// names the dossier just saved, confirmed at the top.
std::string RenderDossiers(Ui ui, const std::vector<redlines::Dossier>& dossiers, bool allow_edit = false,
                           const std::string& saved = "");

// /dossiers/new: a report to propose a dossier from (pasted or uploaded), or an empty dossier.
std::string RenderNewDossierForm(Ui ui, const std::string& error);

struct DossierEditor {
  DossierDraft draft;
  std::string csrf;        // the session's token, sent back with a save
  std::string message;     // the validation's message; "" when valid
  bool checked = false;    // `message` comes from a validation (else nothing was checked yet)
  bool allow_edit = false; // saving is on (tandem serve --allow-edit)
};
// /dossiers/ID/edit: the rules side by side FR | NL, each field editable,
// validated live by workbench.js (/api/dossiers/validate) and on submit.
std::string RenderDossierEditor(Ui ui, const DossierEditor& editor);

struct ServerStatus {
  index::IndexStats stats;
  size_t dossiers = 0;
  std::string version, started;  // started: UTC time
};
std::string RenderStatus(Ui ui, const ServerStatus& status);

// A page for an error status (400, 404, 413, 503...) with `message`.
std::string RenderErrorPage(Ui ui, int status, const std::string& message);

// Human names for facet values and flag types, in the interface's language.
std::string TypeLabel(Ui ui, const std::string& type);
std::string LanguageLabel(Ui ui, const std::string& code);
std::string FlagLabel(Ui ui, const std::string& type);

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_VIEWS_H_
