// tandem stats
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "pipeline/index/searcher.h"

namespace tandem::cli {
namespace {

struct StatsOptions {
  CommonOptions common;
  std::vector<std::string> db;
};

std::string HumanBytes(uint64_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  if (bytes < 1024 * 1024) return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024);
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024 * 1024));
}

int RunStats(const StatsOptions& options) {
  Result<index::Searcher> searcher = index::Searcher::Open(IndexPaths(options.db));
  if (!searcher) {
    PrintError(searcher.error());
    return kExitError;
  }
  Result<index::IndexStats> stats = searcher->Stats();
  if (!stats) {
    PrintError(stats.error());
    return kExitError;
  }
  if (options.common.json) {
    nlohmann::json per_language = nlohmann::json::object();
    for (const auto& [language, n] : stats->units_per_language) per_language[std::string(LanguageCode(language))] = n;
    nlohmann::json out = {{"index", stats->paths}, {"documents", stats->sources}, {"units", stats->units},
                          {"units_per_language", per_language}, {"bytes", stats->bytes}};
    fmt::print("{}\n", out.dump(2));
    return kExitOk;
  }
  std::string languages;
  for (const auto& [language, n] : stats->units_per_language) {
    if (!languages.empty()) languages += ", ";
    languages += fmt::format("{} {}", LanguageCode(language), n);
  }
  fmt::print("index      {}\n", fmt::join(stats->paths, ", "));
  fmt::print("documents  {}\n", stats->sources);
  fmt::print("units      {} ({})\n", stats->units, languages);
  fmt::print("size       {}\n", HumanBytes(stats->bytes));
  return kExitOk;
}

}  // namespace

void AddStatsCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* cmd = app.add_subcommand("stats", "Show what the index holds: documents, units per language, size.");
  cmd->add_option("--db", options->db, "Index folder; repeat for several")
      ->type_size(1)
      ->allow_extra_args(false);
  cmd->add_flag("--json", options->common.json, "Print JSON on stdout");
  cmd->callback([options, exit_code] { *exit_code = RunStats(*options); });
}

}  // namespace tandem::cli
