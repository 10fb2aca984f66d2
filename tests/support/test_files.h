// Test helpers: temporary folders, writing fixture files, and finding the
// shared real documents (tests that need them skip when they are absent).
#ifndef TANDEM_TESTS_SUPPORT_TEST_FILES_H_
#define TANDEM_TESTS_SUPPORT_TEST_FILES_H_

#include <string>
#include <string_view>

namespace tandem::testing {

// A fresh folder under the system temp folder, removed with its content at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // Writes `content` to `name` inside the folder (creating subfolders); returns its path.
  std::string Write(std::string_view name, std::string_view content) const;
  std::string Join(std::string_view name) const;

 private:
  std::string path_;
};

// The repository's root folder.
std::string SourceDir();

// The path of a file of ../shared/data, or "" when it is not there.
std::string SharedData(std::string_view name);

// The whole content of a file ("" when unreadable).
std::string ReadAll(const std::string& path);

// The DOM of the HTML page at `page` as Debian's headless Chromium renders it,
// using `dir` for its profile; "" when Chromium is missing or fails.
std::string RenderInChromium(const std::string& page, const TempDir& dir);

}  // namespace tandem::testing

#endif  // TANDEM_TESTS_SUPPORT_TEST_FILES_H_
