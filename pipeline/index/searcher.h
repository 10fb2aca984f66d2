// Searching the index: bilingual results, each unit with its counterpart.
#ifndef TANDEM_PIPELINE_INDEX_SEARCHER_H_
#define TANDEM_PIPELINE_INDEX_SEARCHER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/index/unit.h"
#include "pipeline/model/error.h"
#include "pipeline/model/language.h"

namespace tandem::index {

enum class SortOrder { kRelevance, kNewestFirst, kOldestFirst };

inline constexpr double kDefaultTimeBudget = 0.5;  // seconds (SearchRequest::time_budget)
// Postings from which a match is split across two threads (SearchRequest::split_from_postings):
// about 5 ms of matching, well above a thread's cost.
inline constexpr size_t kDefaultSplitPostings = 100000;

// Restrictions chosen beside the query (a click on a facet, a date range):
// each list keeps the units matching any of its values; lists are AND-ed.
struct SearchFilters {
  std::vector<std::string>
      sources;  // source display names, exactly as the "source" facet counts them
  std::vector<std::string> types;   // "report", "policy-note", ...
  std::vector<std::string> years;   // "2025"
  std::vector<Language> languages;  // units that have one of these languages
  std::string date_from,
      date_to;  // "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive; "" leaves it open

  bool empty() const {
    return sources.empty() && types.empty() && years.empty() && languages.empty() &&
           date_from.empty() && date_to.empty();
  }
};

struct SearchRequest {
  // Words, "phrases", AND OR NOT, NEAR, fields (source: type: section: lang:
  // year:) and date ranges (2020..2025, 2024-03..2024-06). Folded for case and accents.
  std::string query;
  // "More like this": a draft paragraph whose closest prior units are wanted;
  // its most telling words become the query (AND-ed with `query` when both are set).
  std::string like;
  // The query read in this language only; kUnknown: the query's language is
  // identified, or every language tried when unclear.
  Language language = Language::kUnknown;
  // Also find units in the other language of a FR/NL index by translating the
  // query through the lexicon; translated words weigh half the original ones.
  bool cross_lingual = true;
  SearchFilters filters;
  SortOrder sort = SortOrder::kRelevance;
  // Count the matches by source, type, year and language (over the first
  // kFacetSample matches): only when shown, since it costs a fuller match.
  bool facets = false;
  // Seconds after which facet counting stops at what it has counted (the
  // counts are then marked inexact); 0: no limit. Local indexes only.
  double facet_time_limit = 0;
  // Seconds the matching may take, from the start of the search (local
  // indexes only; 0: no budget). Past it the match stops: the hits are the
  // best of the units weighed so far and SearchResults::partial is set. A
  // guard for queries that match most of a large index, not a speed-up: at
  // 1,000,000 units ordinary queries take far less.
  double time_budget = kDefaultTimeBudget;
  // A match that may read at least this many postings (the summed frequencies
  // of its terms) runs as two halves of the index's units on two threads,
  // whose best units are merged: the same hits, order, weights and
  // percentages as one match, in about 60 % of the time on a free second
  // core; the estimated number of matches is the halves' summed. Local
  // indexes, relevance order, without facets, and no more splits at once
  // than the machine has cores besides one (others run on one thread);
  // 0: never split.
  size_t split_from_postings = kDefaultSplitPostings;
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

// Another unit with the same text (TextHash) as a hit, folded into it.
struct Duplicate {
  std::string source, source_id;  // as in Hit
  size_t position = 0;
  int page = 0;
};

struct Hit {
  size_t rank = 0;    // 1-based, counting from the first result of the search
  int percent = 0;    // the hit's weight as a percentage of the best match's (100 for the best)
  double weight = 0;  // Xapian's BM25 weight (comparable across shards of one search)
  std::string source, title, format, kind, type, date, section;
  std::string source_id;  // SourceId of the source's key: what Searcher::Document takes
  size_t position = 0;  // unit number within the source (0-based)
  int page = 0;           // as printed (cited)
  int physical_page = 0;  // position in the file when it differs from `page`, else 0
  double score = 1;  // alignment confidence
  // Found through the query's translation only: no word typed matched the
  // unit's own text in a query language.
  bool cross_lingual = false;
  // The unit's texts, the language the query matched first, then its counterpart(s).
  std::vector<HitText> texts;
  // The other matching units with the same text (from other sources, or
  // repeated in this one), by source display name then position; at most
  // kMaxDuplicates, `duplicates` counting them all. Units of one text are one hit.
  std::vector<Duplicate> also_in;
  size_t duplicates = 0;
};

inline constexpr size_t kMaxDuplicates = 20;

// Counts of matching units per value ("fr" -> 40); keys: "source", "type",
// "year", "lang".
using Facets = std::map<std::string, std::map<std::string, size_t>>;

struct SearchResults {
  size_t estimated_matches = 0;
  std::vector<Language> query_languages;  // the languages the query was read in
  std::vector<Language> translated_to;    // the languages it was translated into (cross-lingual)
  std::vector<Hit> hits;
  Facets facets;
  bool facets_exact = true;  // false when counted over the first kFacetSample matches only
  // A spelling correction of the query, offered when it found nothing ("" otherwise).
  std::string suggestion;
  // Set when the query was read differently from how it was typed: a syntax
  // error, an unknown field, a relaxed AND, a very long query; or when the
  // time budget cut the search short.
  std::string note;
  std::string xapian_query;  // the query as Xapian ran it (Query::get_description), for debugging
  // The time budget ran out: the hits are the best of the units matched in
  // time, not necessarily the best of the index, and the counts are low
  // (`note` says so too, for the CLI and the workbench).
  bool partial = false;
};

inline constexpr size_t kFacetSample = 2000;

struct IndexStats {
  std::vector<std::string> paths;
  size_t sources = 0;
  size_t units = 0;
  std::map<Language, size_t> units_per_language;
  uint64_t bytes = 0;       // on disk
  std::string last_ingest;  // UTC time of the last source written ("" when unknown)
};

// One source of the index, as the document list shows it.
struct SourceInfo {
  std::string id;  // SourceId(key)
  std::string key, display, title, format, type, date;
  size_t units = 0;
  size_t flagged = 0;  // units with QA flags
  std::vector<Language> languages;
};

// A source with its units in document order (a whole document for review).
struct SourceDocument {
  SourceInfo info;
  std::vector<Unit> units;
};

class Searcher {
 public:
  // Opens the indexes at `paths` read-only, searched as one (Xapian merges
  // the results). A path "tcp://HOST:PORT" is a shard served by xapian-tcpsrv.
  // Fails with kIndex naming the path when one is missing, unreachable or not
  // a tandem index.
  static Result<Searcher> Open(const std::vector<std::string>& paths);

  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  ~Searcher();

  // Ranked units for `request`. Fails with kUsage for an empty query and
  // kIndex when the index cannot be read. Not thread-safe: one Searcher per thread.
  Result<SearchResults> Search(const SearchRequest& request);

  Result<IndexStats> Stats();

  // Every source of the index, by display name.
  Result<std::vector<SourceInfo>> Sources();

  // The units of the source whose id is `source_id`, in document order, with
  // their QA flags. Fails with kNotFound when the index has no such source.
  Result<SourceDocument> Document(const std::string& source_id);

  // Index-wide metadata of the first index ("" when unset).
  Result<std::string> Metadata(const std::string& key);

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::index

#endif  // TANDEM_PIPELINE_INDEX_SEARCHER_H_
