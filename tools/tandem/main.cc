// tandem: the command line of the bilingual FR/NL pipeline. Parses arguments
// and hands each subcommand to the library; see commands.h.
#include <CLI/CLI.hpp>

#include "commands.h"
#include "console.h"

int main(int argc, char** argv) {
  using namespace tandem::cli;
  CLI::App app{"tandem: read, align, index and search French/Dutch policy documents"};
  app.set_version_flag("--version", std::string("tandem ") + TANDEM_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);
  int exit_code = kExitOk;
  AddIngestCommand(app, &exit_code);
  AddAlignCommand(app, &exit_code);
  AddSearchCommand(app, &exit_code);
  AddStatsCommand(app, &exit_code);
  AddLexiconCommand(app, &exit_code);
  AddRemoveCommand(app, &exit_code);
  AddCompactCommand(app, &exit_code);
  AddCheckCommand(app, &exit_code);
  AddServeCommand(app, &exit_code);
  AddTermsCommand(app, &exit_code);
  AddRedlinesCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 uses exit codes 100+ for parse errors; ours is 2 for every usage error.
    app.exit(e);
    return kExitError;
  }
  return exit_code;
}
