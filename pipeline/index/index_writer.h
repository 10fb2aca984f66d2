// Writing the index: one transaction per source, so that a failed or killed
// ingest leaves every source either as it was or fully replaced.
#ifndef TANDEM_PIPELINE_INDEX_INDEX_WRITER_H_
#define TANDEM_PIPELINE_INDEX_INDEX_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/index/unit.h"
#include "pipeline/model/error.h"

namespace tandem::index {

// One source held by the index.
struct SourceSummary {
  std::string key, display;
  size_t units = 0;
};

// Rewrites the index at `path` compactly (Xapian's compaction) and puts the
// result in its place. Needs the write lock: fails with kIndex while an
// ingest runs. Returns the index's size on disk before and after, in bytes.
Result<std::pair<uint64_t, uint64_t>> CompactIndex(const std::string& path);

// A source's units made into the index's documents, ready for
// IndexWriter::ReplaceSource: made on any thread (e.g. an ingest's workers),
// so that the one writer only adds them.
class SourceDocuments {
 public:
  SourceDocuments();
  SourceDocuments(SourceDocuments&&) noexcept;
  SourceDocuments& operator=(SourceDocuments&&) noexcept;
  ~SourceDocuments();

  size_t size() const;  // units made into documents

 private:
  friend class IndexWriter;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class IndexWriter {
 public:
  // `units` of `source` as the documents ReplaceSource(source, units) writes. Thread-safe.
  static SourceDocuments MakeDocuments(const Source& source, const std::vector<Unit>& units);

  // Opens the index at `path` for writing, creating it (and its parent
  // folders) when missing. Fails with kIndex when another writer holds the
  // lock or the folder is not an index. One writer per index at a time;
  // readers may search meanwhile and see each source's change once committed.
  static Result<IndexWriter> Open(const std::string& path);

  IndexWriter(IndexWriter&&) noexcept;
  IndexWriter& operator=(IndexWriter&&) noexcept;
  ~IndexWriter();

  // Replaces every unit of `source` (matched by Source::key) with `units`, in
  // one committed transaction. Returns how many units the source had before.
  // On failure the index is unchanged.
  Result<size_t> ReplaceSource(const Source& source, const std::vector<Unit>& units);
  // The same, also setting the index-wide `metadata` (key, value; an empty
  // value removes the key) in that transaction: e.g. the source's content hash,
  // so that it is stored if and only if the units are.
  Result<size_t> ReplaceSource(const Source& source, const std::vector<Unit>& units,
                               const std::vector<std::pair<std::string, std::string>>& metadata);

  // The same with documents made beforehand (MakeDocuments): one writer adds what several
  // threads made, and the index is the same.
  Result<size_t> ReplaceSource(const SourceDocuments& documents,
                               const std::vector<std::pair<std::string, std::string>>& metadata);

  // Removes every unit of the source whose key is `key`; returns how many.
  Result<size_t> RemoveSource(const std::string& key);

  // Every source in the index, in key order.
  Result<std::vector<SourceSummary>> Sources();

  // The French and Dutch texts of up to `limit` two-sided units whose
  // alignment score is at least `min_score`, in index order (for learning a lexicon).
  Result<std::vector<std::pair<std::string, std::string>>> ConfidentPairs(double min_score,
                                                                          size_t limit);

  // Index-wide metadata (e.g. "tandem.lexicon.learned"), committed at once.
  Result<std::string> Metadata(const std::string& key);
  Result<bool> SetMetadata(const std::string& key, const std::string& value);
  // Several keys in one commit (an empty value removes the key).
  Result<bool> SetMetadataValues(const std::vector<std::pair<std::string, std::string>>& values);
  // Removes every metadata key starting with `prefix`; returns how many.
  Result<size_t> ClearMetadata(const std::string& prefix);

 private:
  struct Impl;
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  // ReplaceSource with either `units` or `made`.
  Result<size_t> Replace(const Source& source, const std::vector<Unit>* units,
                         const SourceDocuments* made,
                         const std::vector<std::pair<std::string, std::string>>& metadata);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_INDEX_WRITER_H_
