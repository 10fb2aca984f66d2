#include "console.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

namespace tandem::cli {

std::vector<std::string> IndexPaths(const std::vector<std::string>& given) {
  if (!given.empty()) return given;
  if (const char* db = std::getenv("TANDEM_DB"); db && *db) return {db};
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return {std::string(xdg) + "/tandem/index"};
  const char* home = std::getenv("HOME");
  return {std::string(home && *home ? home : ".") + "/.local/share/tandem/index"};
}

bool UseColor(std::FILE* stream, const CommonOptions& options) {
  if (options.no_color) return false;
  if (const char* no_color = std::getenv("NO_COLOR"); no_color && *no_color) return false;
  return ::isatty(::fileno(stream)) != 0;
}

void PrintError(const Error& error) { PrintError(error.message); }

void PrintError(std::string_view message) { fmt::print(stderr, "tandem: error: {}\n", message); }

Progress::Progress(bool enabled) : enabled_(enabled && ::isatty(STDERR_FILENO) != 0) {}

Progress::~Progress() { Clear(); }

void Progress::Update(size_t done, size_t total, std::string_view what) {
  if (!enabled_) return;
  std::string line = fmt::format("[{}/{}] {}", done, total, what);
  if (line.size() > 100) line = line.substr(0, 97) + "...";
  fmt::print(stderr, "\r\x1b[K{}", line);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (drawn_) {
    fmt::print(stderr, "\r\x1b[K");
    std::fflush(stderr);
    drawn_ = false;
  }
}

bool LoadTermbaseOption(const std::string& path, terms::Termbase* termbase) {
  if (path.empty()) return true;
  Result<terms::Termbase> loaded = terms::LoadTermbase(path);
  if (!loaded) {
    PrintError(loaded.error());
    return false;
  }
  *termbase = std::move(*loaded);
  return true;
}

}  // namespace tandem::cli
