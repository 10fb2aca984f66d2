// Running the real tandem binary from integration tests.
#ifndef TANDEM_TESTS_CLI_TANDEM_RUNNER_H_
#define TANDEM_TESTS_CLI_TANDEM_RUNNER_H_

#include <sys/wait.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "tests/support/test_files.h"

namespace tandem {

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

// Runs `command` (already quoted) with stdout and stderr captured.
inline RunResult Shell(const std::string& command) {
  tandem::testing::TempDir capture;
  const std::string out = capture.Join("out"), err = capture.Join("err");
  const std::string full =
      std::string(command).append(" > ").append(Quote(out)).append(" 2> ").append(Quote(err)).append(" < /dev/null");
  const int status = std::system(full.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = tandem::testing::ReadAll(out);
  r.err = tandem::testing::ReadAll(err);
  return r;
}

// Runs tandem with `args`; `env` is prepended as NAME=value words.
inline RunResult Tandem(const std::vector<std::string>& args, const std::string& env = "") {
  std::string command = env.empty() ? "" : env + " ";
  command += Quote(TANDEM_BINARY);
  for (const std::string& a : args) command.append(" ").append(Quote(a));
  return Shell(command);
}

inline size_t Lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace tandem

#endif  // TANDEM_TESTS_CLI_TANDEM_RUNNER_H_
