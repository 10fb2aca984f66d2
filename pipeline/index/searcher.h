// Searching the index: bilingual results, each unit with its counterpart.
#ifndef TANDEM_PIPELINE_INDEX_SEARCHER_H_
#define TANDEM_PIPELINE_INDEX_SEARCHER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/model/error.h"
#include "pipeline/model/language.h"

namespace tandem::index {

struct SearchRequest {
  std::string query;  // Xapian query syntax: words, "phrases", AND OR NOT, NEAR
  // Only units that have this language, and the query read in it; kUnknown:
  // the query's language is identified, or every language tried when unclear.
  Language language = Language::kUnknown;
  size_t limit = 10;
  size_t offset = 0;
};

// [begin, end) in bytes of a word of the text that matches the query.
struct Span {
  size_t begin = 0, end = 0;
};

struct HitText {
  Language language = Language::kUnknown;
  std::string text;
  std::vector<Span> matches;
};

struct Hit {
  size_t rank = 0;   // 1-based, counting from the first result of the search
  int percent = 0;   // Xapian's relevance percentage
  std::string source, title, format, kind;
  size_t position = 0;  // unit number within the source (0-based)
  int page = 0;
  double score = 1;  // alignment confidence
  // The unit's texts, the language the query matched first, then its counterpart(s).
  std::vector<HitText> texts;
};

struct SearchResults {
  size_t estimated_matches = 0;
  std::vector<Language> query_languages;  // the languages the query was read in
  std::vector<Hit> hits;
  std::string note;  // set when the query's syntax was not understood and its words were searched instead
};

struct IndexStats {
  std::vector<std::string> paths;
  size_t sources = 0;
  size_t units = 0;
  std::map<Language, size_t> units_per_language;
  uint64_t bytes = 0;  // on disk
};

class Searcher {
 public:
  // Opens the indexes at `paths` read-only, searched as one. Fails with
  // kIndex naming the path when one is missing or not a tandem index.
  static Result<Searcher> Open(const std::vector<std::string>& paths);

  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  ~Searcher();

  // Ranked units for `request`. Fails with kUsage for an empty query and
  // kIndex when the index cannot be read. Not thread-safe: one Searcher per thread.
  Result<SearchResults> Search(const SearchRequest& request);

  Result<IndexStats> Stats();

  // Index-wide metadata of the first index ("" when unset).
  Result<std::string> Metadata(const std::string& key);

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_SEARCHER_H_
