// The subcommands of `tandem`. Each Add* registers its options on `app` and a
// callback that stores the command's exit status in `*exit_code`.
#ifndef TANDEM_TOOLS_TANDEM_COMMANDS_H_
#define TANDEM_TOOLS_TANDEM_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace tandem::cli {

void AddIngestCommand(CLI::App& app, int* exit_code);
void AddAlignCommand(CLI::App& app, int* exit_code);
void AddSearchCommand(CLI::App& app, int* exit_code);
void AddStatsCommand(CLI::App& app, int* exit_code);
void AddLexiconCommand(CLI::App& app, int* exit_code);
void AddRemoveCommand(CLI::App& app, int* exit_code);
void AddCompactCommand(CLI::App& app, int* exit_code);
void AddCheckCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
void AddTermsCommand(CLI::App& app, int* exit_code);
void AddRedlinesCommand(CLI::App& app, int* exit_code);

}  // namespace tandem::cli

#endif  // TANDEM_TOOLS_TANDEM_COMMANDS_H_
