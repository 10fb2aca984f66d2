// What every tandem subcommand shares: exit codes, the default index, the
// terminal (colour, progress), and error lines.
#ifndef TANDEM_TOOLS_TANDEM_CONSOLE_H_
#define TANDEM_TOOLS_TANDEM_CONSOLE_H_

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/error.h"
#include "pipeline/terms/terms.h"

namespace tandem::cli {

// Exit statuses, as linters use them.
enum ExitCode : int {
  kExitOk = 0,        // success
  kExitPartial = 1,   // findings, or a batch where some inputs failed
  kExitError = 2,     // usage, configuration, input or I/O error
};

// Options every subcommand takes.
struct CommonOptions {
  bool json = false;
  bool quiet = false;
  bool no_color = false;
};

// The index paths to use: `given` (--db) when not empty; else $TANDEM_DB; else
// $XDG_DATA_HOME/tandem/index; else ~/.local/share/tandem/index.
std::vector<std::string> IndexPaths(const std::vector<std::string>& given);

// True when colour may be written to `stream`: a terminal, NO_COLOR unset, no --no-color.
bool UseColor(std::FILE* stream, const CommonOptions& options);

// Prints "tandem: error: MESSAGE" on stderr.
void PrintError(const Error& error);
void PrintError(std::string_view message);

// A one-line progress display on stderr, drawn only when stderr is a terminal.
class Progress {
 public:
  explicit Progress(bool enabled);
  ~Progress();
  void Update(size_t done, size_t total, std::string_view what);
  void Clear();

 private:
  bool enabled_;
  bool drawn_ = false;
};

// Maps an Error to the exit status: always kExitError.
inline int ExitFor(const Error&) { return kExitError; }

// Loads the TBX term base that --termbase names into `*termbase` ("" leaves
// it empty). False, with the error printed, when it cannot be read.
bool LoadTermbaseOption(const std::string& path, terms::Termbase* termbase);

}  // namespace tandem::cli

#endif  // TANDEM_TOOLS_TANDEM_CONSOLE_H_
