// From paths given by a user to the list of documents to read: folders walked,
// translation pairs recognised by their names.
#ifndef TANDEM_PIPELINE_BATCH_INPUTS_H_
#define TANDEM_PIPELINE_BATCH_INPUTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/error.h"

namespace tandem::batch {

// One document to read: a single file, or a French file and its Dutch translation.
struct Input {
  std::string path;     // the file, or the French side of a pair
  std::string nl_path;  // the Dutch side of a pair; empty for a single file

  bool is_pair() const { return !nl_path.empty(); }
  // "a.fr.txt + a.nl.txt" for a pair, the path otherwise.
  std::string display() const;
  // Identity across ingests: canonical absolute path(s).
  std::string key() const;
};

// The file(s) a display() names: {"a.fr.txt", "a.nl.txt"} for a pair, {path} otherwise.
std::vector<std::string> DisplayFiles(std::string_view display);

// The absolute path with symlinks and ".." resolved as far as it exists: the
// form Input::key() is made of.
std::string CanonicalPath(const std::string& path);

// The language half of a pair name: "x.fr.txt", "x_fr.html", "x-fr.pdf" give
// ("x", "fr", "txt"|"html"|"pdf"). Empty language when the name has none.
struct PairName {
  std::string base, language, extension;
};
PairName ParsePairName(std::string_view path);

// Expands `paths`: files are kept as given (any extension; the content
// decides the format); folders are walked recursively in name order, taking
// files ending in .txt, .text, .html, .htm, .xhtml, .xml or .pdf and skipping
// hidden ones and folders holding a file named .tandem-ignore. Files named x.fr.EXT and x.nl.EXT (or _fr/_nl, -fr/-nl) in the
// same folder become one pair. Paths that do not exist are reported in
// `problems` and skipped.
std::vector<Input> CollectInputs(const std::vector<std::string>& paths, std::vector<Error>* problems);

}  // namespace tandem::batch

#endif  // TANDEM_PIPELINE_BATCH_INPUTS_H_
