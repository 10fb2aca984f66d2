// tandem ingest PATH... | --fr A --nl B
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "pipeline/batch/ingest_job.h"
#include "pipeline/batch/inputs.h"
#include "pipeline/index/index_writer.h"
#include "pipeline/index/schema.h"
#include "pipeline/ingest/reader.h"

namespace tandem::cli {
namespace {

struct IngestOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string fr, nl;
  std::string db;
  std::string termbase;             // TBX file for the term flags; "" = the glossary
  batch::SourceFacts facts;         // --type, --date
  size_t max_file_mb = ingest::ReadOptions{}.max_bytes >> 20;
  batch::JobOptions job{0, false};  // --jobs (default 0: one per core), --force
};

int RunIngest(const IngestOptions& options) {
  if (options.fr.empty() != options.nl.empty()) {
    PrintError("--fr and --nl go together: give the French file and its Dutch translation");
    return kExitError;
  }
  if (options.paths.empty() && options.fr.empty()) {
    PrintError("nothing to ingest: give files or folders, or --fr FILE --nl FILE");
    return kExitError;
  }
  std::vector<Error> problems;
  std::vector<batch::Input> inputs = batch::CollectInputs(options.paths, &problems);
  if (!options.fr.empty()) inputs.push_back({options.fr, options.nl});
  for (const Error& problem : problems) PrintError(problem);
  if (inputs.empty()) {
    if (problems.empty()) PrintError("no documents found (folders are searched for .txt, .html, .xml, .pdf and .docx files)");
    return kExitError;
  }
  terms::Termbase termbase;
  if (!LoadTermbaseOption(options.termbase, &termbase)) return kExitError;
  const std::string db = IndexPaths(options.db.empty() ? std::vector<std::string>{} : std::vector<std::string>{options.db}).front();
  Result<index::IndexWriter> writer = index::IndexWriter::Open(db);
  if (!writer) {
    PrintError(writer.error());
    return kExitError;
  }
  Progress progress(!options.common.quiet);
  ingest::ReadOptions read_options;
  read_options.max_bytes = options.max_file_mb << 20;
  batch::JobOptions job = options.job;
  job.termbase = options.termbase.empty() ? nullptr : &termbase;
  const batch::IngestReport report =
      batch::IngestAll(inputs, *writer, read_options, [&](size_t done, size_t total, const batch::Input& input) {
        if (done < total) progress.Update(done + 1, total, input.display());
      }, options.facts, job);
  progress.Clear();
  size_t bilingual = 0;
  for (const batch::IngestOutcome& outcome : report.outcomes) {
    if (!outcome.ok) PrintError(outcome.error);
    bilingual += outcome.ok && outcome.bilingual;
  }
  const size_t failed = report.failed() + problems.size();
  const size_t unchanged = report.unchanged();
  const size_t ok = report.outcomes.size() - report.failed() - unchanged;
  if (options.common.json) {
    nlohmann::json out = {{"index", db}, {"ingested", ok}, {"unchanged", unchanged}, {"bilingual", bilingual},
                          {"failed", failed}, {"units", report.units()}, {"documents", nlohmann::json::array()}};
    for (const batch::IngestOutcome& o : report.outcomes) {
      nlohmann::json item = {{"source", o.input.display()}, {"ok", o.ok}};
      if (o.unchanged) {
        item["unchanged"] = true;
      } else if (o.ok) {
        item["units"] = o.units;
        item["replaced"] = o.replaced;
        item["bilingual"] = o.bilingual;
      } else {
        item["error"] = o.error.message;
      }
      out["documents"].push_back(item);
    }
    fmt::print("{}\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  } else if (!options.common.quiet) {
    for (const batch::IngestOutcome& o : report.outcomes) {
      if (o.unchanged) fmt::print("unchanged: {}\n", o.input.display());
    }
    fmt::print("ingested {} document{} ({} bilingual), {} units into {}", ok, ok == 1 ? "" : "s", bilingual,
               report.units(), db);
    if (unchanged > 0) fmt::print("; {} unchanged", unchanged);
    if (failed > 0) fmt::print("; {} failed", failed);
    fmt::print("\n");
  }
  if (failed == 0) return kExitOk;
  return ok > 0 ? kExitPartial : kExitError;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read documents, align French and Dutch, and index the units.\n"
      "Files of any name are read by content (text, HTML, XML, PDF, Word); folders are walked\n"
      "for .txt .html .htm .xhtml .xml .pdf .docx files. x.fr.EXT + x.nl.EXT (or _fr/_nl) make a pair.\n"
      "A file already in the index is replaced, not duplicated; one whose content has not changed\n"
      "since it was ingested is skipped (\"unchanged\"). Exit: 0 all ingested or unchanged,\n"
      "1 some inputs failed, 2 none ingested or usage/index error.");
  cmd->add_option("paths", options->paths, "Files and folders to ingest");
  cmd->add_option("--fr", options->fr, "French file of a translation pair (with --nl)");
  cmd->add_option("--nl", options->nl, "Dutch file of a translation pair (with --fr)");
  cmd->add_option("--db", options->db, "Index folder (default: $TANDEM_DB, else $XDG_DATA_HOME/tandem/index)");
  cmd->add_option("--termbase", options->termbase,
                  "TBX term base for the term-consistency flags (default: the built-in glossary's terms)");
  cmd->add_option("--type", options->facts.type,
                  "Document type of every input (policy-note, report, directive, position, draft; default: read "
                  "from the title)");
  cmd->add_option("--max-file-mb", options->max_file_mb,
                  "Largest file read, in MB (default 64); a file over it is refused before it is read.\n"
                  "Memory: a text file of F MB peaks at about 100 MB + 3 x F (measured by\n"
                  "tools/bench/ingest_memory.sh); with --jobs N, up to 2N+3 documents are in flight,\n"
                  "those of up to 512 KB as their index documents (about 20 x their text)")
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--date", options->facts.date, "Date of every input, YYYY, YYYY-MM or YYYY-MM-DD (default: read from the text)")
      ->check([](const std::string& d) {
        return index::DateValue(d).empty() ? std::string("expected YYYY, YYYY-MM or YYYY-MM-DD") : std::string();
      });
  cmd->add_option("-j,--jobs", options->job.jobs,
                  "Documents read, aligned and checked at once (default: one per core); one writer\n"
                  "commits them in order, so the index is the same for any number")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--force", options->job.reingest_unchanged, "Read and index files again even when unchanged");
  cmd->add_flag("--json", options->common.json, "Print a JSON report on stdout");
  cmd->add_flag("-q,--quiet", options->common.quiet, "Print only errors");
  cmd->callback([options, exit_code] { *exit_code = RunIngest(*options); });
}

}  // namespace tandem::cli
