// tandem lexicon
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "pipeline/batch/ingest_job.h"
#include "pipeline/index/index_writer.h"
#include "pipeline/index/schema.h"
#include "pipeline/index/searcher.h"
#include "pipeline/lexicon/lexicon.h"

namespace tandem::cli {
namespace {

struct LexiconOptions {
  CommonOptions common;
  std::vector<std::string> db;
  std::string origin = "all";
  std::string lookup;
  std::string format = "tsv";
  bool relearn = false;
};

// Counts the whole index again and learns its lexicon from scratch.
int Relearn(const LexiconOptions& options) {
  if (options.db.size() > 1) {
    PrintError("--relearn works on one index: give one --db");
    return kExitError;
  }
  const std::string db = IndexPaths(options.db).front();
  std::error_code ec;
  if (!std::filesystem::is_directory(db, ec)) {
    PrintError(MakeError(ErrorCode::kIndex, db, "no index here (nothing to learn from)"));
    return kExitError;
  }
  Result<index::IndexWriter> writer = index::IndexWriter::Open(db);
  if (!writer) {
    PrintError(writer.error());
    return kExitError;
  }
  Result<size_t> links = batch::RelearnLexicon(*writer);
  if (!links) {
    PrintError(links.error());
    return kExitError;
  }
  if (!options.common.quiet) fmt::print("learnt {} word links from the units of {}\n", *links, db);
  return kExitOk;
}

int RunLexicon(const LexiconOptions& options) {
  if (options.relearn) return Relearn(options);
  lexicon::Lexicon all;
  if (options.origin == "all" || options.origin == "glossary") all.Merge(lexicon::Glossary());
  if (options.origin == "all" || options.origin == "freedict") {
    Result<lexicon::Lexicon> freedict = lexicon::LoadFreedict();
    if (freedict) {
      all.Merge(*freedict);
    } else if (options.origin == "freedict") {
      PrintError(freedict.error());
      return kExitError;
    }
  }
  if (options.origin == "all" || options.origin == "learned") {
    Result<index::Searcher> searcher = index::Searcher::Open(IndexPaths(options.db));
    if (searcher) {
      Result<std::string> stored = searcher->Metadata(std::string(index::kLearnedLexiconKey));
      if (stored && !stored->empty()) {
        if (Result<lexicon::Lexicon> learned = lexicon::FromTsv(*stored, index::kLearnedLexiconKey)) all.Merge(*learned);
      }
    } else if (options.origin == "learned") {
      PrintError(searcher.error());
      return kExitError;
    }
  }
  // --lookup: the word or phrase itself, not the words that share its first letters.
  std::vector<const lexicon::Entry*> shown;
  if (options.lookup.empty()) {
    for (const lexicon::Entry& e : all.entries()) shown.push_back(&e);
  } else {
    shown = all.Lookup(options.lookup);
  }
  if (options.common.json || options.format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const lexicon::Entry* e : shown) {
      out.push_back({{"fr", e->fr}, {"nl", e->nl}, {"origin", std::string(lexicon::OriginName(e->origin))},
                     {"kind", e->kind}, {"weight", e->weight}});
    }
    fmt::print("{}\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    return kExitOk;
  }
  lexicon::Lexicon selected;
  for (const lexicon::Entry* e : shown) selected.Add(*e);
  fmt::print("{}", lexicon::ToTsv(selected));
  if (!options.common.quiet && isatty(STDERR_FILENO)) fmt::print(stderr, "{} entries\n", shown.size());
  return kExitOk;
}

}  // namespace

void AddLexiconCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<LexiconOptions>();
  CLI::App* cmd = app.add_subcommand(
      "lexicon",
      "Show or export the French-Dutch lexicon the aligner and the QA checks use: the curated\n"
      "glossary (dictionaries/glossary), Debian's FreeDict FR-NL dictionary when installed, and\n"
      "the lexicon learnt from the index's aligned units: each ingest updates it from its new\n"
      "units only; --relearn counts every unit of the index again.");
  cmd->add_option("--origin", options->origin, "glossary, freedict, learned or all (default)")
      ->check(CLI::IsMember({"glossary", "freedict", "learned", "all"}));
  cmd->add_option("--lookup", options->lookup, "Only entries for this French or Dutch word or phrase");
  cmd->add_option("--format", options->format, "tsv (default) or json")->check(CLI::IsMember({"tsv", "json"}));
  cmd->add_option("--db", options->db, "Index holding the learnt lexicon")
      ->type_size(1)
      ->allow_extra_args(false);
  cmd->add_flag("--relearn", options->relearn,
                "Learn the lexicon again from every confident unit of the index (after removing or\n"
                "replacing many documents, whose units the learner still counts)");
  cmd->add_flag("--json", options->common.json, "Same as --format json");
  cmd->add_flag("-q,--quiet", options->common.quiet, "No count on stderr");
  cmd->callback([options, exit_code] { *exit_code = RunLexicon(*options); });
}

}  // namespace tandem::cli
