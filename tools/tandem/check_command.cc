// tandem check DRAFT... --redlines FILE|DIR... [--parity] [--format text|json|html] [--lang fr|nl]
// [--db INDEX] [--date YYYY-MM-DD]
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "console.h"
#include "pipeline/check/draft_date.h"
#include "pipeline/check/prior_units.h"
#include "pipeline/check/report.h"
#include "pipeline/index/searcher.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/redlines/versions.h"

namespace tandem::cli {
namespace {

struct CheckCommandOptions {
  CommonOptions common;
  std::vector<std::string> drafts;
  std::vector<std::string> redlines;
  std::vector<std::string> db;
  std::string format = "text";
  std::string lang;  // "fr", "nl", or empty: each finding in its draft's language
  std::string date;  // YYYY-MM-DD; empty: the draft's own date, else today
  bool parity = false;
};

// The closest prior unit of the index for each finding; none when the index cannot be opened.
std::vector<check::PriorUnit> Priors(const check::CheckReport& report,
                                     const std::vector<std::string>& db) {
  auto searcher = index::Searcher::Open(IndexPaths(db));
  if (!searcher) {
    PrintError(searcher.error());
    return std::vector<check::PriorUnit>(report.findings.size());
  }
  return check::ClosestPriors(report, *searcher);
}

int RunCheck(const CheckCommandOptions& options) {
  if (!options.date.empty() && !redlines::IsIsoDate(options.date)) {
    PrintError(fmt::format("--date {}: not a date; write YYYY-MM-DD, e.g. 2025-03-01", options.date));
    return kExitError;
  }
  auto dossiers = redlines::LoadDossiers(options.redlines);
  if (!dossiers) {
    PrintError(dossiers.error());
    return kExitError;
  }
  std::vector<check::DraftSide> sides;
  for (const std::string& path : options.drafts) {
    auto document = ingest::ReadDocument(path);
    if (!document) {
      PrintError(document.error());
      return kExitError;
    }
    for (check::DraftSide& side : check::SidesOf(*document, path)) sides.push_back(std::move(side));
  }
  check::CheckOptions check_options;
  check_options.parity = options.parity;
  const Language lang = options.lang == "nl"   ? Language::kDutch
                        : options.lang == "fr" ? Language::kFrench
                                               : Language::kUnknown;
  check_options.message_language = lang;
  // The rules in force on the date asked, else the draft's own date, else today.
  std::string date = options.date;
  if (date.empty()) date = check::DraftDate(sides);
  if (date.empty()) date = check::Today();
  const std::vector<redlines::Dossier> in_force = redlines::InForceOn(*dossiers, date);
  if (in_force.empty() && !dossiers->empty() && !options.common.quiet) {
    fmt::print(stderr, "tandem check: no dossier is in force on {} (the first was agreed on {}); use --date\n", date,
               std::min_element(dossiers->begin(), dossiers->end(), [](const auto& a, const auto& b) {
                 return a.agreed < b.agreed;
               })->agreed);
  }
  check::CheckReport report = check::CheckDraft(sides, in_force, check_options);
  report.date = date;
  for (const redlines::Dossier& d : in_force) report.in_force.emplace_back(d.id, d.agreed);
  const std::vector<check::PriorUnit> priors =
      options.db.empty() ? std::vector<check::PriorUnit>{} : Priors(report, options.db);
  const std::string format = options.common.json ? "json" : options.format;
  if (format == "json") {
    fmt::print("{}", check::JsonReport(report, priors, lang));
  } else if (format == "html") {
    std::string title;
    for (const std::string& d : options.drafts) title += (title.empty() ? "" : " + ") + d;
    fmt::print("{}", check::HtmlReport(report, title, priors, lang));
  } else {
    fmt::print("{}", check::TextReport(report, UseColor(stdout, options.common), priors, lang));
  }
  return report.blocking() > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void AddCheckCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Check a draft (FR, NL or both) against the red lines agreed in coordination: claims\n"
      "Belgium refuses, required elements, stances, amounts, wording, and with --parity\n"
      "whether the French and Dutch versions say the same. Exit 0: no blocking finding;\n"
      "1: at least one; 2: the check could not be done.");
  cmd->add_option(
         "drafts", options->drafts,
         "Draft files (.txt, .html, .xml, .pdf, .docx); a FR and a NL file together form one draft")
      ->required();
  cmd->add_option("--redlines", options->redlines, "Red-line files, or folders of them (*.xml)")
      ->required();
  cmd->add_flag("--parity", options->parity,
                "Compare the French and Dutch versions paragraph by paragraph");
  cmd->add_option("--format", options->format, "text (default), json, html")
      ->check(CLI::IsMember({"text", "json", "html"}));
  cmd->add_option("--lang", options->lang,
                  "Language of the messages and the report: fr or nl (default: each finding in its "
                  "draft's language)")
      ->check(CLI::IsMember({"fr", "nl"}));
  cmd->add_option("--db", options->db,
                  "Cite the closest prior unit of this index for each finding");
  cmd->add_option("--date", options->date,
                  "Use the red lines in force on this day, YYYY-MM-DD: of each dossier's versions\n"
                  "(supersedes=), the newest agreed on or before it (default: the date the draft\n"
                  "states in its opening lines, else today)");
  cmd->add_flag("--json", options->common.json, "Same as --format json");
  cmd->add_flag("--no-color", options->common.no_color, "No colour in the text report");
  cmd->callback([options, exit_code] { *exit_code = RunCheck(*options); });
}

}  // namespace tandem::cli
