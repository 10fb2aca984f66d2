// tandem remove PATH... and tandem compact: the index's life cycle.
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "pipeline/batch/remove_job.h"
#include "pipeline/index/index_writer.h"

namespace tandem::cli {
namespace {

struct MaintenanceOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::vector<std::string> db;
};

// The one index a write goes to: --db may be given once.
Result<std::string> WritableIndexPath(const std::vector<std::string>& given) {
  const std::vector<std::string> paths = IndexPaths(given);
  if (paths.size() != 1) return Fail(ErrorCode::kUsage, "", "give one --db to write to");
  if (paths.front().rfind("tcp://", 0) == 0) {
    return Fail(ErrorCode::kUsage, paths.front(), "a remote shard is read-only; run this on the shard's machine");
  }
  return paths.front();
}

int RunRemove(const MaintenanceOptions& options) {
  Result<std::string> path = WritableIndexPath(options.db);
  if (!path) {
    PrintError(path.error());
    return kExitError;
  }
  Result<index::IndexWriter> writer = index::IndexWriter::Open(*path);
  if (!writer) {
    PrintError(writer.error());
    return kExitError;
  }
  const std::vector<batch::RemoveOutcome> outcomes = batch::RemovePaths(options.paths, *writer);
  size_t failed = 0;
  nlohmann::json out = nlohmann::json::array();
  for (const batch::RemoveOutcome& o : outcomes) {
    if (o.error) {
      ++failed;
      PrintError(*o.error);
    } else if (!options.common.json && !options.common.quiet) {
      for (const std::string& source : o.removed) fmt::print("removed {}\n", source);
    }
    out.push_back({{"path", o.path}, {"removed", o.removed}, {"units", o.units},
                   {"error", o.error ? o.error->message : ""}});
  }
  if (options.common.json) fmt::print("{}\n", out.dump(2));
  if (failed == 0) return kExitOk;
  return failed == outcomes.size() ? kExitError : kExitPartial;
}

int RunCompact(const MaintenanceOptions& options) {
  Result<std::string> path = WritableIndexPath(options.db);
  if (!path) {
    PrintError(path.error());
    return kExitError;
  }
  auto sizes = index::CompactIndex(*path);
  if (!sizes) {
    PrintError(sizes.error());
    return kExitError;
  }
  if (options.common.json) {
    fmt::print("{}\n", nlohmann::json{{"index", *path}, {"bytes_before", sizes->first}, {"bytes_after", sizes->second}}.dump(2));
  } else if (!options.common.quiet) {
    fmt::print("compacted {}: {} bytes -> {} bytes\n", *path, sizes->first, sizes->second);
  }
  return kExitOk;
}

void AddCommonOptions(CLI::App* cmd, MaintenanceOptions* options) {
  cmd->add_option("--db", options->db, "Index folder (default: $TANDEM_DB, else the user's data folder)")
      ->type_size(1)
      ->allow_extra_args(false);
  cmd->add_flag("--json", options->common.json, "Print JSON on stdout");
  cmd->add_flag("-q,--quiet", options->common.quiet, "Print errors only");
}

}  // namespace

void AddRemoveCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<MaintenanceOptions>();
  CLI::App* cmd = app.add_subcommand(
      "remove",
      "Drop from the index the units of files or folders ingested before (the files may be gone).\n"
      "Either file of a FR/NL pair drops the pair. Exit 1 when some paths matched nothing.");
  cmd->add_option("paths", options->paths, "Files or folders as they were ingested")->required();
  AddCommonOptions(cmd, options.get());
  cmd->callback([options, exit_code] { *exit_code = RunRemove(*options); });
}

void AddCompactCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<MaintenanceOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compact", "Rewrite the index compactly (smaller and faster to search); searches keep working meanwhile.");
  AddCommonOptions(cmd, options.get());
  cmd->callback([options, exit_code] { *exit_code = RunCompact(*options); });
}

}  // namespace tandem::cli
