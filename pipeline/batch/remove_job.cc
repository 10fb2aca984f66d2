#include "pipeline/batch/remove_job.h"

#include "pipeline/batch/ingest_job.h"
#include "pipeline/batch/inputs.h"

namespace tandem::batch {
namespace {

// True when `key` (a path, or "fr-path|nl-path") names `path` or lies under it.
bool KeyMatches(const std::string& key, const std::string& path) {
  size_t begin = 0;
  while (begin <= key.size()) {
    size_t end = key.find('|', begin);
    if (end == std::string::npos) end = key.size();
    const std::string_view part(key.data() + begin, end - begin);
    if (part == path || (part.size() > path.size() && part.substr(0, path.size()) == path && part[path.size()] == '/')) {
      return true;
    }
    begin = end + 1;
  }
  return false;
}

}  // namespace

std::vector<RemoveOutcome> RemovePaths(const std::vector<std::string>& paths, index::IndexWriter& writer) {
  std::vector<RemoveOutcome> outcomes;
  Result<std::vector<index::SourceSummary>> sources = writer.Sources();
  for (const std::string& path : paths) {
    RemoveOutcome outcome;
    outcome.path = path;
    if (!sources) {
      outcome.error = sources.error();
      outcomes.push_back(std::move(outcome));
      continue;
    }
    const std::string canonical = CanonicalPath(path);
    for (const index::SourceSummary& source : *sources) {
      if (!KeyMatches(source.key, canonical)) continue;
      Result<size_t> removed = writer.RemoveSource(source.key);
      if (removed) {
        // Forget its content hash: ingesting the file again must read it.
        Result<bool> forgotten = writer.SetMetadata(ContentHashKey(source.key), "");
        if (!forgotten) removed = tl::unexpected(forgotten.error());
      }
      if (!removed) {
        outcome.error = removed.error();
        break;
      }
      outcome.removed.push_back(source.display);
      outcome.units += *removed;
    }
    if (!outcome.error && outcome.removed.empty()) {
      outcome.error = MakeError(ErrorCode::kUsage, path, "not in the index (nothing was ingested from this path)");
    }
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

}  // namespace tandem::batch
