// Dropping sources from the index by the paths they were ingested from.
#ifndef TANDEM_PIPELINE_BATCH_REMOVE_JOB_H_
#define TANDEM_PIPELINE_BATCH_REMOVE_JOB_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/index/index_writer.h"
#include "pipeline/model/error.h"

namespace tandem::batch {

struct RemoveOutcome {
  std::string path;                   // as given
  std::vector<std::string> removed;   // display names of the sources dropped
  size_t units = 0;                   // units dropped
  std::optional<Error> error;         // nothing in the index matched, or the index failed
};

// For each path (a file that may no longer exist, either file of a FR/NL
// pair, or a folder: every source under it), removes the matching sources,
// each in its own commit. A path that matches nothing is an error of its own;
// the others go on.
std::vector<RemoveOutcome> RemovePaths(const std::vector<std::string>& paths, index::IndexWriter& writer);

}  // namespace tandem::batch

#endif  // TANDEM_PIPELINE_BATCH_REMOVE_JOB_H_
