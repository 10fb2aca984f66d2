#include "pipeline/batch/inputs.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace tandem::batch {
namespace fs = std::filesystem;
namespace {

const std::set<std::string> kWalkedExtensions = {"txt",   "text", "html", "htm",
                                                 "xhtml", "xml",  "pdf",  "docx"};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Pairs x.fr.EXT with x.nl.EXT among `files` (which keep their order).
std::vector<Input> PairFiles(const std::vector<std::string>& files) {
  std::map<std::tuple<std::string, std::string, std::string>, std::string>
      dutch;  // (folder, base, ext) -> path
  for (const std::string& file : files) {
    const PairName name = ParsePairName(file);
    if (name.language == "nl")
      dutch[{fs::path(file).parent_path().string(), name.base, name.extension}] = file;
  }
  std::set<std::string> used;
  std::vector<Input> inputs;
  for (const std::string& file : files) {
    const PairName name = ParsePairName(file);
    if (name.language == "fr") {
      auto it = dutch.find({fs::path(file).parent_path().string(), name.base, name.extension});
      if (it != dutch.end()) {
        inputs.push_back({file, it->second});
        used.insert(it->second);
        continue;
      }
    }
    inputs.push_back({file, ""});
  }
  inputs.erase(
      std::remove_if(inputs.begin(), inputs.end(),
                     [&](const Input& in) { return !in.is_pair() && used.count(in.path); }),
      inputs.end());
  return inputs;
}

}  // namespace

std::string CanonicalPath(const std::string& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? path : canonical.string();
}

std::string Input::display() const { return is_pair() ? path + " + " + nl_path : path; }

std::vector<std::string> DisplayFiles(std::string_view display) {
  const size_t plus = display.find(" + ");
  if (plus == std::string_view::npos) return {std::string(display)};
  return {std::string(display.substr(0, plus)), std::string(display.substr(plus + 3))};
}

std::string Input::key() const {
  return is_pair() ? CanonicalPath(path) + "|" + CanonicalPath(nl_path) : CanonicalPath(path);
}

PairName ParsePairName(std::string_view path) {
  PairName name;
  std::string file = fs::path(std::string(path)).filename().string();
  const size_t dot = file.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return name;
  name.extension = Lower(file.substr(dot + 1));
  std::string stem = file.substr(0, dot);
  if (stem.size() > 3) {
    const char sep = stem[stem.size() - 3];
    const std::string lang = Lower(stem.substr(stem.size() - 2));
    if ((sep == '.' || sep == '_' || sep == '-') && (lang == "fr" || lang == "nl")) {
      name.language = lang;
      name.base = stem.substr(0, stem.size() - 3);
      return name;
    }
  }
  name.base = stem;
  return name;
}

std::vector<Input> CollectInputs(const std::vector<std::string>& paths,
                                 std::vector<Error>* problems) {
  std::vector<Input> inputs;
  std::vector<std::string> loose_files;  // files named on the command line, paired among themselves
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      if (problems) problems->push_back(MakeError(ErrorCode::kIo, path, "no such file or folder"));
      continue;
    }
    if (!fs::is_directory(status)) {
      loose_files.push_back(path);
      continue;
    }
    // Walk the folder; pair files folder by folder.
    std::map<std::string, std::vector<std::string>> by_folder;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(ec) && fs::exists(it->path() / ".tandem-ignore", ec)) {
        it.disable_recursion_pending();  // red lines, drafts: not prior positions
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (!kWalkedExtensions.count(ParsePairName(it->path().string()).extension)) continue;
      by_folder[it->path().parent_path().string()].push_back(it->path().string());
    }
    if (ec && problems) problems->push_back(MakeError(ErrorCode::kIo, path, ec.message()));
    for (auto& [folder, files] : by_folder) {
      std::sort(files.begin(), files.end());
      for (Input& input : PairFiles(files)) inputs.push_back(std::move(input));
    }
  }
  for (Input& input : PairFiles(loose_files)) inputs.push_back(std::move(input));
  return inputs;
}

}  // namespace tandem::batch
