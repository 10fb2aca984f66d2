// libFuzzer target: the workbench's Handle(Request), over a small index and
// the repository's red-line files. The input is a request in lines:
//   METHOD
//   /path
//   name=value        (any number of fields; "@name=file.txt" then the
//   ...               file's content up to the next line starting with '@')
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "pipeline/workbench/workbench.h"
#include "tests/fuzz/fuzz_index.h"

namespace {

tandem::workbench::Request Parse(const std::string& bytes) {
  tandem::workbench::Request request;
  std::istringstream in(bytes);
  std::getline(in, request.method);
  std::getline(in, request.path);
  request.host = "127.0.0.1:8080";
  std::string line;
  tandem::workbench::UploadedFile* file = nullptr;
  while (std::getline(in, line)) {
    const size_t equals = line.find('=');
    if (!line.empty() && line[0] == '@' && equals != std::string::npos) {
      request.files.push_back({line.substr(1, equals - 1), line.substr(equals + 1), ""});
      file = &request.files.back();
    } else if (file != nullptr) {
      file->content += line + "\n";
    } else if (equals != std::string::npos) {
      request.params.emplace(line.substr(0, equals), line.substr(equals + 1));
    }
  }
  return request;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tandem::workbench::Workbench* bench = [] {
    tandem::workbench::WorkbenchOptions options;
    options.index_paths = {tandem::fuzz::SmallIndex()};
    options.redline_paths = {std::string(TANDEM_SOURCE_DIR) + "/corpus/redlines"};
    options.allowed_hosts = {"127.0.0.1"};
    auto opened = tandem::workbench::Workbench::Open(options);
    if (!opened) std::abort();
    return new tandem::workbench::Workbench(std::move(*opened));
  }();
  if (size > 65536) return 0;
  const tandem::workbench::Response response =
      bench->Handle(Parse(std::string(reinterpret_cast<const char*>(data), size)));
  if (response.status < 100 || response.status > 599) __builtin_trap();
  return 0;
}
