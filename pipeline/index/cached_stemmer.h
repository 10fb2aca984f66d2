// A Snowball stemmer that remembers its answers. Index text follows Zipf's
// law, so most words were stemmed a moment ago; stemming each occurrence
// again is about a seventh of the cost of indexing a unit.
#ifndef TANDEM_PIPELINE_INDEX_CACHED_STEMMER_H_
#define TANDEM_PIPELINE_INDEX_CACHED_STEMMER_H_

#include <xapian.h>

#include <string>

namespace tandem::index {

// A Xapian::Stem for `language` ("french", "dutch", ...) answering from a
// cache of up to `capacity` words (emptied when full). Not thread-safe, like
// the TermGenerator that uses it.
Xapian::Stem CachedStemmer(const std::string& language, size_t capacity = 200000);

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_CACHED_STEMMER_H_
