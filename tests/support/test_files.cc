#include "tests/support/test_files.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace tandem::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "tandem-test-XXXXXX").string();
  char* made = ::mkdtemp(pattern.data());
  path_ = made ? made : pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::Join(std::string_view name) const { return (fs::path(path_) / name).string(); }

std::string TempDir::Write(std::string_view name, std::string_view content) const {
  const fs::path target = fs::path(path_) / name;
  fs::create_directories(target.parent_path());
  std::ofstream out(target, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return target.string();
}

std::string SourceDir() { return TANDEM_SOURCE_DIR; }

std::string SharedData(std::string_view name) {
  const fs::path path = fs::path(TANDEM_SHARED_DIR) / "data" / name;
  std::error_code ec;
  return fs::exists(path, ec) ? path.string() : std::string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string RenderInChromium(const std::string& page, const TempDir& dir) {
  const std::string chromium = "/usr/bin/chromium";
  if (!fs::exists(chromium)) return "";
  const std::string dom = dir.Join("dom.html");
  const std::string command =
      chromium + " --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking "
                 "--disable-component-update --disable-sync --no-first-run --user-data-dir=" + dir.Join("profile") +
      " --dump-dom file://" + page + " > " + dom + " 2> " + dir.Join("chromium.err");
  const int status = std::system(command.c_str());
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return "";
  return ReadAll(dom);
}

}  // namespace tandem::testing
