// libFuzzer target: the query path (index::Searcher::Search) over a small
// index. The first byte picks the options (language, translation, a match
// split across two threads, a second page); the rest, up to a NUL, is the
// query and after it the "more like this" paragraph.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/index/searcher.h"
#include "tests/fuzz/fuzz_index.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto searcher = [] {
    auto opened = tandem::index::Searcher::Open({tandem::fuzz::SmallIndex()});
    if (!opened) std::abort();
    return std::move(*opened);
  }();
  if (size == 0 || size > 8192) return 0;
  const uint8_t flags = data[0];
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t nul = rest.find('\0');
  tandem::index::SearchRequest request;
  request.query = rest.substr(0, nul);
  if (nul != std::string::npos) request.like = rest.substr(nul + 1);
  const tandem::Language languages[] = {tandem::Language::kUnknown, tandem::Language::kFrench,
                                        tandem::Language::kDutch};
  request.language = languages[flags % 3];
  request.cross_lingual = (flags & 4) != 0;
  request.split_from_postings = (flags & 8) != 0 ? 1 : 0;  // each match on two threads, or one
  request.offset = (flags & 16) != 0 ? 10 : 0;
  (void)searcher.Search(request);
  return 0;
}
