// tandem terms [--db INDEX | FILES...]: FR-NL term candidates as TBX or TSV.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "pipeline/batch/aligned_document.h"
#include "pipeline/batch/inputs.h"
#include "pipeline/index/searcher.h"
#include "pipeline/terms/terms.h"

namespace tandem::cli {
namespace {

struct TermsOptions {
  CommonOptions common;
  std::vector<std::string> files;
  std::vector<std::string> db;
  std::string format = "tbx";
  std::string output;
  size_t min_count = 2;
};

// The two-sided units of every source of the index.
Result<std::vector<terms::AlignedText>> UnitsOfIndex(const std::vector<std::string>& db,
                                                     size_t* sources) {
  Result<index::Searcher> searcher = index::Searcher::Open(IndexPaths(db));
  if (!searcher) return tl::unexpected(searcher.error());
  Result<std::vector<index::SourceInfo>> infos = searcher->Sources();
  if (!infos) return tl::unexpected(infos.error());
  std::vector<terms::AlignedText> units;
  for (const index::SourceInfo& info : *infos) {
    Result<index::SourceDocument> doc = searcher->Document(info.id);
    if (!doc) return tl::unexpected(doc.error());
    bool bilingual = false;
    for (const index::Unit& unit : doc->units) {
      const index::UnitText* fr = unit.in(Language::kFrench);
      const index::UnitText* nl = unit.in(Language::kDutch);
      if (fr == nullptr || nl == nullptr) continue;
      units.push_back({fr->text, nl->text});
      bilingual = true;
    }
    *sources += bilingual;
  }
  return units;
}

int RunTerms(const TermsOptions& options) {
  if (!options.files.empty() && !options.db.empty()) {
    PrintError("give either --db or files, not both");
    return kExitError;
  }
  std::vector<terms::AlignedText> units;
  size_t sources = 0, failed = 0;
  std::string from;
  if (options.files.empty()) {
    Result<std::vector<terms::AlignedText>> read = UnitsOfIndex(options.db, &sources);
    if (!read) {
      PrintError(read.error());
      return kExitError;
    }
    units = std::move(*read);
    from = "the index";
  } else {
    std::vector<Error> problems;
    const std::vector<batch::Input> inputs = batch::CollectInputs(options.files, &problems);
    for (const Error& problem : problems) PrintError(problem);
    failed = problems.size();
    for (const batch::Input& input : inputs) {
      Result<batch::AlignedDocument> aligned = batch::ReadAndAlign(input);
      if (!aligned) {
        PrintError(aligned.error());
        ++failed;
        continue;
      }
      const Document& doc = aligned->document;
      if (!doc.bilingual()) {
        if (!options.common.quiet) {
          fmt::print(stderr,
                     "tandem: note: {}: not bilingual, skipped (give its translation as a pair)\n",
                     input.display());
        }
        continue;
      }
      ++sources;
      for (const align::Bead& bead : aligned->beads) {
        if (bead.fr_count == 0 || bead.nl_count == 0) continue;
        units.push_back({doc.streams[0].Text(bead.fr_begin, bead.fr_count),
                         doc.streams[1].Text(bead.nl_begin, bead.nl_count)});
      }
    }
    from = fmt::format("{} document{}", sources, sources == 1 ? "" : "s");
    if (sources == 0) {
      if (failed == 0)
        PrintError("no bilingual document among the inputs: nothing to extract terms from");
      return kExitError;
    }
  }
  if (units.empty()) {
    PrintError(
        fmt::format("{} holds no aligned French-Dutch unit: nothing to extract terms from", from));
    return kExitError;
  }
  terms::ExtractOptions extract;
  extract.min_count = options.min_count;
  const terms::Termbase termbase = terms::ExtractTerms(units, extract);

  std::string text;
  if (options.common.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const terms::TermEntry& e : termbase.entries) {
      nlohmann::json nl = nlohmann::json::array();
      for (const terms::TermVariant& v : e.nl) nl.push_back({{"text", v.text}, {"count", v.count}});
      out.push_back(
          {{"fr", e.fr.front().text}, {"nl", nl}, {"count", e.count}, {"score", e.score}});
    }
    text = out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  } else if (options.format == "tsv") {
    text = terms::WriteTsv(termbase);
  } else {
    terms::TbxInfo info;
    info.title = "tandem term candidates";
    info.source_description = fmt::format(
        "Term candidates extracted by tandem {} from {} aligned units of {} ({} source{}); minimum "
        "count {}",
        TANDEM_VERSION, units.size(), from, sources, sources == 1 ? "" : "s", options.min_count);
    text = terms::WriteTbx(termbase, info);
  }
  if (options.output.empty() || options.output == "-") {
    fmt::print("{}", text);
  } else {
    std::ofstream out(options.output, std::ios::binary);
    out << text;
    if (!out.flush()) {
      PrintError(fmt::format("{}: cannot write: {}", options.output, std::strerror(errno)));
      return kExitError;
    }
  }
  if (!options.common.quiet && !options.common.json) {
    fmt::print(stderr, "{} term candidate{} from {} aligned units\n", termbase.entries.size(),
               termbase.entries.size() == 1 ? "" : "s", units.size());
  }
  return failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void AddTermsCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<TermsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "terms",
      "Extract French-Dutch term candidates (recurring phrases and the Dutch phrase that renders\n"
      "each, with counts) from the index or from documents, as a TBX-Basic term base or TSV.\n"
      "Exit 1 when some input files could not be read.");
  cmd->add_option("files", options->files,
                  "Documents or folders (pairs x.fr.EXT + x.nl.EXT, bilingual files)");
  cmd->add_option("--db", options->db,
                  "Index folder (default: $TANDEM_DB, else the user's data folder)")
      ->type_size(1)
      ->allow_extra_args(false);
  cmd->add_option("--format", options->format, "tbx (TBX-Basic, ISO 30042) or tsv")
      ->check(CLI::IsMember({"tbx", "tsv"}));
  cmd->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  cmd->add_option(
         "--min-count", options->min_count,
         "Least number of aligned sentence pairs a term and its rendering share (default 2)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_flag("--json", options->common.json, "Print the terms as JSON on stdout");
  cmd->add_flag("-q,--quiet", options->common.quiet, "Print errors only");
  cmd->callback([options, exit_code] { *exit_code = RunTerms(*options); });
}

}  // namespace tandem::cli
