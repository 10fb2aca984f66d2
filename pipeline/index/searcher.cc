#include "pipeline/index/searcher.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "dictionaries/dictionaries.h"
#include "pipeline/index/highlighter.h"
#include "pipeline/index/query_builder.h"
#include "pipeline/index/schema.h"
#include "pipeline/index/slice.h"
#include "pipeline/lexicon/lexicon.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/language_id.h"
#include "pipeline/text/normalize.h"

namespace tandem::index {
namespace {

// A query's language is taken as known when it beats the others by this many nats.
constexpr double kQueryLanguageMargin = 4.0;

// A word that one language's lexicon or stop words know and the other's do
// not counts this many nats towards that language.
constexpr double kKnownWordNats = 3.0;

bool IsStopWord(Language language, const std::string& word) {
  static const auto* lists = [] {
    auto* sets = new std::map<Language, std::set<std::string>>;
    for (Language l : {Language::kFrench, Language::kDutch}) {
      for (std::string_view w :
           dictionaries::WordList(dictionaries::ListKind::kStopwords, LanguageCode(l))) {
        (*sets)[l].insert(text::FoldForMatching(w));
      }
    }
    return sets;
  }();
  auto it = lists->find(language);
  return it != lists->end() && it->second.count(word) > 0;
}

// A query of more words than this is searched as a "like this" paragraph.
constexpr size_t kLongQueryWords = 40;

// Hands the first `n` matches the match shows it to `spy`, then none: the
// facets are counted over a sample (marked inexact) and the facet slot is
// not read for every match of a large index (it doubled a query's time at
// 1,000,000 units). Local indexes only: a remote shard runs Xapian's spies.
class FirstMatches : public Xapian::MatchSpy {
 public:
  FirstMatches(Xapian::MatchSpy* spy, size_t n) : spy_(spy), left_(n) {}
  void operator()(const Xapian::Document& doc, double weight) override {
    if (left_ == 0) return;
    --left_;
    (*spy_)(doc, weight);
  }

 private:
  Xapian::MatchSpy* spy_;
  size_t left_;
};

// Counts matches by a value slot (Xapian's own spy, which remote shards know):
// one slot holding all four facets (schema 4), or one per facet (older indexes).
struct FacetSpies {
  Xapian::ValueCountMatchSpy all{kSlotFacets};
  FirstMatches sample{&all, kFacetSample};
  Xapian::ValueCountMatchSpy source{kSlotSource}, type{kSlotType}, year{kSlotYear},
      lang{kSlotLanguages};
};

// Facets from the one-slot spy: each FacetValue split into its four parts.
Facets CountsOfFacetValues(const Xapian::ValueCountMatchSpy& spy) {
  Facets facets;
  for (const char* key : {"source", "type", "year", "lang"}) facets[key];
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    const std::string value = *it;
    const size_t n = it.get_termfreq();
    std::array<std::string, 4> parts;
    size_t part = 0;
    for (char c : value) {
      if (c == kFacetSeparator && part < 3) ++part;
      else parts[part].push_back(c);
    }
    if (!parts[0].empty()) facets["source"][parts[0]] += n;
    if (!parts[1].empty()) facets["type"][parts[1]] += n;
    if (!parts[2].empty()) facets["year"][parts[2]] += n;
    size_t i = 0;
    while (i < parts[3].size()) {
      size_t end = parts[3].find(' ', i);
      if (end == std::string::npos) end = parts[3].size();
      if (end > i) facets["lang"][parts[3].substr(i, end - i)] += n;
      i = end + 1;
    }
  }
  return facets;
}

// The fields of a unit's source ("source", "format", "title", "type",
// "date"): the unit's own data when it has them (a source's first unit, or any
// unit of an index of schema 3 or older), else its source's first unit's, read
// once per source.
class SourceFields {
 public:
  explicit SourceFields(Xapian::Database& db) : db_(db) {}
  // `data` must outlive the reference returned.
  const nlohmann::json& Of(const nlohmann::json& data) {
    if (data.contains("source")) return data;
    const std::string key = data.value("key", "");
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    nlohmann::json fields = nlohmann::json::object();
    const std::string term = Term("XS", SourceId(key));
    auto first = db_.postlist_begin(term);
    if (first != db_.postlist_end(term)) {
      nlohmann::json read = nlohmann::json::parse(db_.get_document(*first).get_data(), nullptr, false);
      if (!read.is_discarded()) fields = std::move(read);
    }
    return cache_.emplace(key, std::move(fields)).first->second;
  }

 private:
  Xapian::Database& db_;
  std::map<std::string, nlohmann::json> cache_;
};

std::map<std::string, size_t> Counts(const Xapian::ValueCountMatchSpy& spy, bool split) {
  std::map<std::string, size_t> counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    const std::string value = *it;
    if (!split) {
      if (!value.empty()) counts[value] += it.get_termfreq();
      continue;
    }
    size_t i = 0;
    while (i < value.size()) {
      size_t end = value.find(' ', i);
      if (end == std::string::npos) end = value.size();
      if (end > i) counts[value.substr(i, end - i)] += it.get_termfreq();
      i = end + 1;
    }
  }
  return counts;
}

// "tcp://HOST:PORT" -> host and port; false for anything else.
bool ParseRemote(const std::string& path, std::string* host, unsigned* port) {
  constexpr std::string_view kScheme = "tcp://";
  if (path.rfind(kScheme, 0) != 0) return false;
  const size_t colon = path.rfind(':');
  if (colon == std::string::npos || colon < kScheme.size()) return false;
  *host = path.substr(kScheme.size(), colon - kScheme.size());
  try {
    const unsigned long value = std::stoul(path.substr(colon + 1));
    if (value == 0 || value > 65535) return false;
    *port = static_cast<unsigned>(value);
  } catch (const std::exception&) {
    return false;
  }
  return !host->empty();
}

// The upper end of an inclusive date range: "2025" takes all of 2025.
std::string DateUpperBound(const std::string& date) {
  std::string value = DateValue(date);
  if (value.empty()) return value;
  if (date.size() == 4) return value.substr(0, 4) + "9999";
  if (date.size() == 7) return value.substr(0, 6) + "99";
  return value;
}

Xapian::Query AnyOf(const std::vector<Xapian::Query>& queries) {
  return queries.empty() ? Xapian::Query()
                         : Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

// The filters as one boolean query (empty when there are none). A date that
// is not a date is a usage error.
Result<Xapian::Query> FilterQuery(const SearchFilters& filters) {
  std::vector<Xapian::Query> all;
  std::vector<Xapian::Query> any;
  for (const std::string& source : filters.sources) {
    any.emplace_back(Xapian::Query::OP_VALUE_RANGE, kSlotSource, source, source);
  }
  if (!any.empty()) all.push_back(AnyOf(any));
  any.clear();
  for (const std::string& type : filters.types) any.emplace_back(Term("XT", type));
  if (!any.empty()) all.push_back(AnyOf(any));
  any.clear();
  for (const std::string& year : filters.years) any.emplace_back(Term("Y", year));
  if (!any.empty()) all.push_back(AnyOf(any));
  any.clear();
  for (Language language : filters.languages) any.emplace_back(LanguageTerm(language));
  if (!any.empty()) all.push_back(AnyOf(any));
  const std::string from = filters.date_from.empty() ? "" : DateValue(filters.date_from);
  const std::string to = filters.date_to.empty() ? "" : DateUpperBound(filters.date_to);
  if (!filters.date_from.empty() && from.empty()) {
    return Fail(ErrorCode::kUsage, "",
                fmt::format("date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", filters.date_from));
  }
  if (!filters.date_to.empty() && to.empty()) {
    return Fail(ErrorCode::kUsage, "",
                fmt::format("date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", filters.date_to));
  }
  if (!from.empty() && !to.empty()) {
    all.emplace_back(Xapian::Query::OP_VALUE_RANGE, kSlotDate, from, to);
  } else if (!from.empty()) {
    all.emplace_back(Xapian::Query::OP_VALUE_GE, kSlotDate, from);
  } else if (!to.empty()) {
    // "" (no date) sorts first: start the range at the first real date.
    all.emplace_back(Xapian::Query::OP_VALUE_RANGE, kSlotDate, "0", to);
  }
  if (all.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

// Fills the `also_in` of the hits whose units stood for others of the same
// text (Xapian's collapse): one match of `query` restricted to those texts.
void AddDuplicates(Xapian::Database& db, const Xapian::Query& query,
                   const std::vector<std::tuple<size_t, std::string, Xapian::docid>>& collapsed,
                   SourceFields* sources, std::vector<Hit>* hits) {
  std::vector<Xapian::Query> texts;
  std::map<std::string, std::pair<size_t, Xapian::docid>> hit_of;  // text hash -> hit, its unit
  for (const auto& [index, hash, docid] : collapsed) {
    texts.emplace_back(Xapian::Query::OP_VALUE_RANGE, kSlotTextHash, hash, hash);
    hit_of[hash] = {index, docid};
  }
  std::map<size_t, size_t> counted;  // hit -> the other units of its text this match found
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, AnyOf(texts)));
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Enough for kMaxDuplicates per hit; the rest are counted from the collapse counts.
  const Xapian::MSet mset =
      enquire.get_mset(0, static_cast<Xapian::doccount>(collapsed.size() * (kMaxDuplicates + 1)));
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    const auto found = hit_of.find(doc.get_value(kSlotTextHash));
    if (found == hit_of.end() || found->second.second == *it) continue;
    Hit& hit = (*hits)[found->second.first];
    ++counted[found->second.first];
    if (hit.also_in.size() >= kMaxDuplicates) continue;
    const nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
    if (data.is_discarded()) continue;
    hit.also_in.push_back({sources->Of(data).value("source", ""), SourceId(data.value("key", "")),
                           data.value("position", size_t{0}), data.value("page", 0)});
  }
  for (const auto& [index, hash, docid] : collapsed) {
    Hit& hit = (*hits)[index];
    hit.duplicates = std::max(hit.duplicates, counted[index]);
    std::sort(hit.also_in.begin(), hit.also_in.end(), [](const Duplicate& a, const Duplicate& b) {
      return std::tie(a.source, a.position) < std::tie(b.source, b.position);
    });
  }
}

// Split matches running now in this process. A split takes a second core,
// so no more run at once than the machine has cores besides one: searches
// that arrive together (the workbench's pool of searchers) then run on one
// thread each instead of crowding the cores with threads.
std::atomic<unsigned> splits_in_flight{0};

unsigned MostSplitsAtOnce() {
  static const unsigned cores = std::thread::hardware_concurrency();
  return cores >= 2 ? cores - 1 : 0;
}

// A place among the splits in flight, held while the split runs.
class SplitTicket {
 public:
  SplitTicket() {
    held_ = splits_in_flight.fetch_add(1) < MostSplitsAtOnce();
    if (!held_) splits_in_flight.fetch_sub(1);
  }
  ~SplitTicket() {
    if (held_) splits_in_flight.fetch_sub(1);
  }
  SplitTicket(const SplitTicket&) = delete;
  SplitTicket& operator=(const SplitTicket&) = delete;
  bool held() const { return held_; }

 private:
  bool held_ = false;
};

// The best units of a match, in rank order: one MSet, or the two halves of
// a split match (two slices of the index matched on two threads) merged by
// weight, then unit id, as Xapian ranks them. Both halves are weighed with
// the whole index's statistics, so the merge is the page one match gives.
struct Matched {
  std::vector<Xapian::MSet> msets;
  std::vector<Xapian::MSetIterator> items;
  Xapian::doccount estimated = 0, lower = 0, upper = 0;
  double max_weight = 0;  // of the best unit the match weighed

  bool empty() const { return items.empty(); }
  // A hit's weight as a percentage of the best unit's. Not Xapian's own
  // percentage: that counts a Slice as a matched part of the query, so it
  // would differ between a match with a Slice and one without.
  int Percent(const Xapian::MSetIterator& it) const {
    if (max_weight <= 0) return 100;
    return std::clamp(static_cast<int>(100.0 * it.get_weight() / max_weight + 1e-9), 0, 100);
  }
  void Fetch() {
    for (Xapian::MSet& mset : msets) mset.fetch();
  }
  // True when each MSet holds every unit of its slice that matches.
  bool HoldsEveryMatch(Xapian::doccount asked) const {
    return std::all_of(msets.begin(), msets.end(),
                       [&](const Xapian::MSet& m) { return m.size() < asked; });
  }
};

Matched MatchedOf(const Xapian::MSet& mset) {
  Matched matched;
  matched.msets = {mset};
  for (auto it = mset.begin(); it != mset.end(); ++it) matched.items.push_back(it);
  matched.estimated = mset.get_matches_estimated();
  matched.lower = mset.get_matches_lower_bound();
  matched.upper = mset.get_matches_upper_bound();
  matched.max_weight = mset.get_max_attained();
  return matched;
}

// The best `keep` units of two halves, each asked for `keep`; all of their
// units when neither half was full (then they are every unit that matches).
Matched Merged(const Xapian::MSet& first, const Xapian::MSet& second, Xapian::doccount keep) {
  Matched matched;
  matched.msets = {first, second};
  const size_t most = first.size() < keep && second.size() < keep ? first.size() + second.size() : keep;
  auto a = first.begin(), b = second.begin();
  while (matched.items.size() < most && (a != first.end() || b != second.end())) {
    const bool take_a = b == second.end() ||
                        (a != first.end() && (a.get_weight() > b.get_weight() ||
                                              (a.get_weight() == b.get_weight() && *a < *b)));
    matched.items.push_back(take_a ? a++ : b++);
  }
  matched.estimated = first.get_matches_estimated() + second.get_matches_estimated();
  matched.lower = first.get_matches_lower_bound() + second.get_matches_lower_bound();
  matched.upper = first.get_matches_upper_bound() + second.get_matches_upper_bound();
  matched.max_weight = std::max(first.get_max_attained(), second.get_max_attained());
  return matched;
}

// About what a match costs per posting of its terms (Xapian 1.4 on this
// 2-core machine: 90 ns). The budget is only set on a match whose postings
// would take a tenth of it: the Slice's look at every unit costs a
// tenth of a fast query, and a query over fewer postings ends in time
// (with the default budget: under 500,000 postings).
constexpr double kSecondsPerPosting = 1e-7;

// Hits asked for past the page in a window match (see Dedupe).
constexpr size_t kWindowSlack = 10;

// A hit: its unit, its text's key and the other units of that text found.
struct Picked {
  Xapian::MSetIterator it;
  std::string key;
  size_t duplicates = 0;
};

// The page [offset, offset + limit) of `matched`, a match in relevance order
// from rank 0 without Xapian's collapse, with each text (its key) once, at
// the rank of its best unit: the page Xapian's collapse gives, since every
// unit ranked above the page's end is in the window. False when the window
// holds fewer distinct texts than the page needs. A hit's count of other
// units of its text is a lower bound, as Xapian's is: the units of one text
// have the same terms, so the same weight, and follow each other in the
// ranking; one is missed only when more units of exactly that weight than
// the window's slack rank between them. False too when the window ends
// among the units of a text of the page (more may follow). `*estimated`
// receives the number of texts that match: exact when the window holds every
// matching unit, else Xapian's estimate of units scaled by the window's share
// of distinct texts (as Xapian's collapse estimates).
bool Dedupe(Matched& matched, Xapian::doccount asked, size_t offset, size_t limit,
            std::vector<Picked>* page, Xapian::doccount* estimated) {
  matched.Fetch();
  std::vector<Picked> distinct;
  std::map<std::string, size_t> of_key;
  std::string last_key;  // of the window's last unit
  for (const Xapian::MSetIterator& it : matched.items) {
    std::string key = it.get_document().get_value(kSlotTextHash);
    last_key = key;
    if (!key.empty()) {
      const auto found = of_key.find(key);
      if (found != of_key.end()) {
        ++distinct[found->second].duplicates;
        continue;
      }
      of_key.emplace(key, distinct.size());
    }
    distinct.push_back({it, std::move(key), 0});
  }
  const bool all = matched.HoldsEveryMatch(asked);  // every unit that matches is in the window
  const size_t end = std::min(offset + limit, distinct.size());
  if (!all && distinct.size() < offset + limit) return false;
  // The window ends among the units of a text of the page: more may follow.
  if (!all && !last_key.empty()) {
    const auto found = of_key.find(last_key);
    if (found != of_key.end() && found->second < end) return false;
  }
  for (size_t i = offset; i < end; ++i) page->push_back(std::move(distinct[i]));
  if (all || matched.empty()) {
    *estimated = static_cast<Xapian::doccount>(distinct.size());
  } else {
    const double share =
        static_cast<double>(distinct.size()) / static_cast<double>(matched.items.size());
    *estimated = std::max(static_cast<Xapian::doccount>(distinct.size()),
                          static_cast<Xapian::doccount>(std::llround(matched.estimated * share)));
  }
  return true;
}

}  // namespace

struct Searcher::Impl {
  Xapian::Database db;
  std::vector<std::string> paths;
  bool remote = false;                      // some shard is tcp://
  std::string old_schema;                   // a note when an index predates kSchemaVersion
  bool old_facets = false;                  // some index predates the facet slot (schema < 4)
  std::optional<lexicon::Lexicon> lexicon;  // built on the first cross-lingual query
  // Languages with at least one unit; read again when the index changes
  // (four term counts are four round trips per remote shard).
  std::optional<std::vector<Language>> present;
  // A second handle on the same local indexes, for the other half of a split
  // match (a Xapian::Database serves one thread at a time); opened on the
  // first split.
  std::optional<Xapian::Database> second;

  // The second handle at the revision `db` reads (the halves must be weighed
  // with the same statistics), or null: remote shards, or a writer committed
  // between the two reopens.
  Xapian::Database* Second() {
    if (remote) return nullptr;
    try {
      if (!second) {
        Xapian::Database opened;
        for (const std::string& path : paths) opened.add_database(Xapian::Database(path));
        second = std::move(opened);
      } else {
        second->reopen();
      }
      const bool same = second->get_uuid() == db.get_uuid() &&
                        second->get_doccount() == db.get_doccount() &&
                        second->get_lastdocid() == db.get_lastdocid() &&
                        second->get_total_length() == db.get_total_length();
      return same ? &*second : nullptr;
    } catch (const Xapian::Error&) {
      second.reset();  // cannot open it now (files, a swapped folder): one thread
      return nullptr;
    }
  }

  // The built-in lexicon plus the one learnt at ingest (first index's metadata).
  const lexicon::Lexicon* Lexicon() {
    if (!lexicon) {
      lexicon = lexicon::BuiltinWithLearned(db.get_metadata(std::string(kLearnedLexiconKey)));
      auto stemmer = [](Language language) {
        return [stem = Xapian::Stem(StemmerName(language))](const std::string& word) {
          return stem(word);
        };
      };
      lexicon->IndexStems(stemmer(Language::kFrench), stemmer(Language::kDutch));
    }
    return &*lexicon;
  }

  Result<SearchResults> Run(const SearchRequest& request);
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;
Searcher::~Searcher() = default;

Result<Searcher> Searcher::Open(const std::vector<std::string>& paths) {
  auto impl = std::make_unique<Impl>();
  for (const std::string& path : paths) {
    std::string host;
    unsigned port = 0;
    const bool remote = ParseRemote(path, &host, &port);
    if (!remote && path.rfind("tcp://", 0) == 0)
      return Fail(ErrorCode::kUsage, path, "a remote shard is tcp://HOST:PORT");
    std::error_code ec;
    if (!remote && !std::filesystem::exists(path, ec)) {
      return Fail(ErrorCode::kIndex, path, "no index here; create one with `tandem ingest`");
    }
    try {
      constexpr unsigned kTimeoutMs = 10000, kConnectTimeoutMs = 5000;
      Xapian::Database db = remote ? Xapian::Remote::open(host, port, kTimeoutMs, kConnectTimeoutMs)
                                   : Xapian::Database(path);
      const std::string schema = db.get_metadata(std::string(kSchemaKey));
      if (schema.empty() && db.get_doccount() > 0) {
        return Fail(ErrorCode::kIndex, path, "a Xapian database, but not a tandem index");
      }
      if (!schema.empty() && std::atoi(schema.c_str()) < 4) impl->old_facets = true;
      if (!schema.empty() &&
          std::atoi(schema.c_str()) < std::atoi(std::string(kSchemaVersion).c_str()) &&
          impl->old_schema.empty()) {
        impl->old_schema = fmt::format(
            "{} was written by an older tandem (schema {}); ingest it again so that {}", path,
            schema,
            std::atoi(schema.c_str()) < 3
                ? "Dutch compounds are found by their parts and duplicate texts from several "
                  "sources are one hit"
                : "duplicate texts from several sources are one hit");
      }
      impl->db.add_database(db);
    } catch (const Xapian::Error& e) {
      return Fail(ErrorCode::kIndex, path,
                  fmt::format("{}: {}", remote ? "cannot reach the shard" : "cannot open the index",
                              e.get_description()));
    }
    impl->paths.push_back(path);
    impl->remote = impl->remote || remote;
  }
  return Searcher(std::move(impl));
}

Result<SearchResults> Searcher::Search(const SearchRequest& request) {
  const auto blank = [](const std::string& t) {
    return t.find_first_not_of(" \t\r\n") == std::string::npos;
  };
  if (blank(request.query) && blank(request.like))
    return Fail(ErrorCode::kUsage, "", "empty query");
  // A writer may commit while we read: Xapian then asks for a reopen.
  for (int attempt = 0;; ++attempt) {
    try {
      if (impl_->db.reopen()) impl_->present.reset();
      return impl_->Run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 3)
        return Fail(ErrorCode::kIndex, impl_->paths.front(),
                    "the index kept changing during the search");
    } catch (const Xapian::Error& e) {
      return Fail(ErrorCode::kIndex, impl_->paths.empty() ? "" : impl_->paths.front(),
                  fmt::format("search failed: {}", e.get_description()));
    }
  }
}

Result<SearchResults> Searcher::Impl::Run(const SearchRequest& original) {
  const auto started = Slice::Clock::now();
  SearchRequest request = original;
  SearchResults results;
  if (!request.query.empty() && request.like.empty() &&
      PlainWords(request.query).size() > kLongQueryWords) {
    request.like = request.query;
    request.query.clear();
    results.note = "a long query is searched as a paragraph to find units like it";
  }
  if (!this->present) {
    std::vector<Language> found;
    for (Language l : kKnownLanguages) {
      if (db.get_termfreq(LanguageTerm(l)) > 0) found.push_back(l);
    }
    this->present = std::move(found);
  }
  const std::vector<Language>& present = *this->present;
  const std::string query = request.query.empty() ? "" : Clean(request.query, &results.note);
  if (!old_schema.empty())
    results.note = results.note.empty() ? old_schema : results.note + "; " + old_schema;
  // Languages a query may be in: those of the index, and French and Dutch
  // when the index holds either (a Dutch query on a French-only index is
  // read in Dutch and translated).
  std::vector<Language> candidates = present;
  const bool pair = std::any_of(present.begin(), present.end(), [](Language l) {
    return l == Language::kFrench || l == Language::kDutch;
  });
  if (pair) {
    for (Language l : {Language::kFrench, Language::kDutch}) {
      if (std::find(candidates.begin(), candidates.end(), l) == candidates.end())
        candidates.push_back(l);
    }
  }
  const lexicon::Lexicon* lexicon = pair ? Lexicon() : nullptr;
  if (request.language != Language::kUnknown) {
    results.query_languages = {request.language};
  } else if (!present.empty()) {
    // Identified from the words alone ("type:report" is not English): letter
    // statistics, and the words each language's lexicon and stop words know.
    const std::string words = request.like.empty() ? WordsAsTyped(query) : request.like;
    const text::LanguageScores scores = text::ScoreLanguages(words);
    std::map<Language, double> score;
    for (Language l : candidates) score[l] = scores.of(l);
    if (lexicon != nullptr) {
      const std::vector<std::string> all = lexicon::SearchWords(words);
      // A phrase of the lexicon ("peine de mort") is strong evidence.
      for (size_t i = 0; i < all.size(); ++i) {
        for (Language l : {Language::kFrench, Language::kDutch}) {
          std::vector<lexicon::Translation> ignored;
          const size_t n = lexicon->Translate(all, i, l == Language::kFrench, &ignored, 1);
          if (n >= 2) score[l] += kKnownWordNats * static_cast<double>(n);
        }
      }
      for (const std::string& w : all) {
        // Known as written, as another inflection, or as a word of the index in that language.
        auto knows = [&](Language l) {
          const bool french = l == Language::kFrench;
          return IsStopWord(l, w) || lexicon->Knows(french, w) ||
                 db.term_exists(Term(TextPrefix(l), w));
        };
        const bool fr = knows(Language::kFrench), nl = knows(Language::kDutch);
        if (fr != nl) score[fr ? Language::kFrench : Language::kDutch] += kKnownWordNats;
      }
    }
    std::vector<Language> ranked = candidates;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](Language a, Language b) { return score[a] > score[b]; });
    const bool clear =
        ranked.size() == 1 || score[ranked[0]] - score[ranked[1]] >= kQueryLanguageMargin;
    results.query_languages = clear ? std::vector<Language>{ranked[0]} : ranked;
  }
  if (results.query_languages.empty()) return results;  // an empty index

  // Each reading is translated into the index's other languages; skipped for
  // negations: "NOT x" has no safe translation.
  auto targets_of = [&](Language from) {
    std::vector<Language> to;
    if (from != Language::kFrench && from != Language::kDutch) return to;
    for (Language l : present) {
      if (l != from && (l == Language::kFrench || l == Language::kDutch)) to.push_back(l);
    }
    return to;
  };
  const bool translate = request.cross_lingual && !HasNegation(query);
  const QueryBuilder builder(db, lexicon);
  const QueryBuilder plain_builder(db, nullptr);  // the operators' path translates only when asked
  Result<Xapian::Query> filter = FilterQuery(request.filters);
  if (!filter) return tl::unexpected(filter.error());

  std::vector<Language> translated_to;
  Xapian::Query typed;  // the query without its translation, for marking cross-lingual hits
  auto build = [&](const std::vector<Language>& languages, Xapian::Query::op op,
                   bool with_translation) {
    translated_to.clear();
    auto note_target = [&](Language to) {
      if (std::find(translated_to.begin(), translated_to.end(), to) == translated_to.end())
        translated_to.push_back(to);
    };
    Xapian::Query q;
    if (!query.empty()) {
      std::vector<Xapian::Query> readings, own;
      for (Language from : languages) {
        const std::vector<Language> to =
            with_translation ? targets_of(from) : std::vector<Language>{};
        Xapian::Query grouped = builder.Groups(query, from, to, op);
        if (!grouped.empty()) {
          readings.push_back(grouped);
          own.push_back(to.empty() ? grouped : builder.Groups(query, from, {}, op));
          for (Language t : to) note_target(t);
          continue;
        }
        // Operators, negations, brackets: Xapian's parser, and the plain words translated.
        Xapian::Query parsed = plain_builder.Parse(query, {from}, op, &results.note);
        if (parsed.empty()) continue;
        readings.push_back(parsed);
        own.push_back(parsed);
        for (Language t : to) {
          Xapian::Query translated = builder.Translate(query, from, t, op);
          if (translated.empty()) continue;
          readings.push_back(translated);
          note_target(t);
        }
      }
      if (!readings.empty()) {
        q = Xapian::Query(Xapian::Query::OP_OR, readings.begin(), readings.end());
        typed = Xapian::Query(Xapian::Query::OP_OR, own.begin(), own.end());
      }
      if (q.empty()) {  // fields or ranges alone
        q = plain_builder.Parse(query, languages, op, &results.note);
        typed = q;
      }
    }
    if (!request.like.empty()) {
      const Language from = languages.front();
      const std::vector<Language> to =
          with_translation ? targets_of(from) : std::vector<Language>{};
      Xapian::Query own;
      Xapian::Query like =
          builder.Like(request.like, from, to.empty() ? Language::kUnknown : to.front(), &own);
      if (!to.empty()) translated_to = {to.front()};
      typed = typed.empty() ? own : Xapian::Query(Xapian::Query::OP_AND_MAYBE, typed, own);
      q = q.empty() ? like : Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, like);
    }
    if (!q.empty() && !filter->empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, *filter);
    return q;
  };

  Xapian::Enquire enquire(db);
  // The same text from several sources is one hit (indexes of schema < 4 have
  // no key: no grouping). Xapian's collapse reads the key of every unit the
  // match weighs, which doubled a query's time; in relevance order the match
  // asks instead for a window of hits past the page and groups them by key
  // here (Dedupe), falling back to Xapian's collapse when the window cannot
  // show that it holds every unit of the page's texts.
  // Deep pages (past kMaxWindowedHits) use the collapse: a window twice as
  // deep would read every unit's key after the match, outside the time budget.
  constexpr size_t kMaxWindowedHits = 100;
  const bool window = request.sort == SortOrder::kRelevance &&
                      request.offset + request.limit <= kMaxWindowedHits;
  const Xapian::doccount window_size =
      static_cast<Xapian::doccount>(2 * (request.offset + request.limit) + kWindowSlack);
  // Xapian warns that its time limit may misbehave with remote shards.
  if (request.facet_time_limit > 0 && !remote) enquire.set_time_limit(request.facet_time_limit);
  switch (request.sort) {
    case SortOrder::kRelevance:
      break;
    case SortOrder::kNewestFirst:
      enquire.set_sort_by_value_then_relevance(kSlotDate, true);
      break;
    case SortOrder::kOldestFirst:
      enquire.set_sort_by_value_then_relevance(kSlotDate, false);
      break;
  }
  std::shared_ptr<FacetSpies> spies;
  // The time budget: a Slice with a deadline AND-ed with each match that may
  // cost (not over remote shards, which cannot run a PostingSource of ours).
  const bool budget = request.time_budget > 0 && !remote;
  const std::optional<Slice::Clock::time_point> deadline =
      budget ? std::optional<Slice::Clock::time_point>(
                   started + std::chrono::duration_cast<Slice::Clock::duration>(
                                 std::chrono::duration<double>(request.time_budget)))
             : std::nullopt;
  bool partial = false;   // the last run's match was cut by the budget
  bool any_cut = false;   // some run's was
  struct Ran {
    Matched matched;
    std::shared_ptr<FacetSpies> spies;
    bool partial = false;
  };
  // A relaxed reading may come out as the query already run (one word, one
  // language): its results are reused, not matched again.
  std::map<std::string, Ran> ran;
  // `q` restricted to part `part` of `parts` of the units, ended at the deadline.
  auto sliced = [&](const Xapian::Query& q, unsigned part, unsigned parts,
                    std::shared_ptr<bool> ran_out) {
    return Xapian::Query(
        Xapian::Query::OP_FILTER, q,
        Xapian::Query((new Slice(part, parts, deadline, std::move(ran_out)))->release()));
  };
  // A window match in relevance order without facets, over postings enough
  // to be worth a thread, runs as two halves of the units on two threads.
  const bool may_split = !remote && request.split_from_postings > 0 && !request.facets &&
                         request.sort == SortOrder::kRelevance && MostSplitsAtOnce() > 0;
  // The second half of a split match, on the second handle, in a thread of
  // its own: the query travels serialised (a Xapian::Query is not shared
  // across threads) and the half's error comes back to be thrown here.
  struct SecondHalf {
    Xapian::MSet mset;
    std::shared_ptr<bool> ran_out = std::make_shared<bool>(false);
    std::exception_ptr error;
  };
  auto match_second_half = [&](Xapian::Database* second, const std::string& serialised,
                               SecondHalf* out) {
    try {
      Xapian::Enquire half(*second);
      if (request.facet_time_limit > 0) half.set_time_limit(request.facet_time_limit);
      half.set_query(sliced(Xapian::Query::unserialise(serialised), 1, 2, out->ran_out));
      out->mset = half.get_mset(0, window_size);
    } catch (...) {
      out->error = std::current_exception();
    }
  };
  auto run = [&](const Xapian::Query& q, bool collapse) {
    const std::string description = q.get_description() + (collapse ? " (collapsed)" : "");
    const auto done = ran.find(description);
    if (done != ran.end()) {
      spies = done->second.spies;
      partial = done->second.partial;
      return done->second.matched;
    }
    auto ran_out = std::make_shared<bool>(false);
    const bool split_candidate = may_split && !collapse;
    // The postings the match may read, counted up to what the decisions need:
    // a tenth of the budget (a costly match) and the split's threshold.
    const double costly_postings = budget ? request.time_budget / 10 / kSecondsPerPosting : 0;
    const double needed = std::max(
        costly_postings, split_candidate ? static_cast<double>(request.split_from_postings) : 0.0);
    double postings = 0;
    for (auto t = q.get_unique_terms_begin(); postings < needed && t != q.get_unique_terms_end(); ++t)
      postings += db.get_termfreq(*t);
    const bool costly = budget && postings >= costly_postings;
    std::optional<SplitTicket> ticket;
    if (split_candidate && postings >= static_cast<double>(request.split_from_postings) &&
        db.get_lastdocid() >= 2)
      ticket.emplace();
    Xapian::Database* second = ticket && ticket->held() ? Second() : nullptr;
    std::string serialised;
    if (second != nullptr) {
      try {
        serialised = q.serialise();
      } catch (const Xapian::Error&) {
        second = nullptr;  // a query part that cannot travel: one thread
      }
    }
    if (second != nullptr) {
      enquire.set_query(sliced(q, 0, 2, ran_out));
    } else if (costly) {
      enquire.set_query(sliced(q, 0, 1, ran_out));
    } else {
      enquire.set_query(q);
    }
    enquire.set_collapse_key(collapse ? kSlotTextHash : Xapian::BAD_VALUENO);
    enquire.clear_matchspies();
    Xapian::doccount check_at_least = 0;
    spies.reset();
    if (request.facets) {
      spies = std::make_shared<FacetSpies>();
      if (!old_facets) {
        enquire.add_matchspy(remote ? static_cast<Xapian::MatchSpy*>(&spies->all) : &spies->sample);
      } else {
        for (Xapian::MatchSpy* spy : {static_cast<Xapian::MatchSpy*>(&spies->source),
                                      static_cast<Xapian::MatchSpy*>(&spies->type),
                                      static_cast<Xapian::MatchSpy*>(&spies->year),
                                      static_cast<Xapian::MatchSpy*>(&spies->lang)}) {
          enquire.add_matchspy(spy);
        }
      }
      check_at_least = static_cast<Xapian::doccount>(kFacetSample);
    }
    Matched matched;
    if (second != nullptr) {
      SecondHalf other;
      Xapian::MSet first;
      std::exception_ptr error;
      {
        std::jthread worker;  // joined when this block ends, however it ends
        try {
          worker = std::jthread(match_second_half, second, std::cref(serialised), &other);
        } catch (const std::exception&) {
          match_second_half(second, serialised, &other);  // no thread: the halves in turn
        }
        try {
          first = enquire.get_mset(0, window_size);
        } catch (...) {
          error = std::current_exception();
        }
      }
      if (error) std::rethrow_exception(error);
      if (other.error) std::rethrow_exception(other.error);
      matched = Merged(first, other.mset, window_size);
      *ran_out = *ran_out || *other.ran_out;
    } else {
      matched = MatchedOf(
          collapse ? enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                      static_cast<Xapian::doccount>(request.limit), check_at_least)
                   : enquire.get_mset(0, window_size, check_at_least));
    }
    partial = *ran_out;
    any_cut = any_cut || partial;
    ran.emplace(description, Ran{matched, spies, partial});
    return matched;
  };

  Xapian::Query q = build(results.query_languages, Xapian::Query::OP_AND, translate);
  if (q.empty()) return results;  // only stop words
  Matched mset = run(q, !window);
  bool cut = partial;  // the match of `mset` was cut by the budget
  // Relax a query that finds nothing: first every language (the query's
  // language may have been misread: "securite" looks English), then any of
  // its words. Not when the budget ran out: then nothing found says nothing.
  const std::vector<Language> identified = results.query_languages;
  if (mset.empty() && !cut && request.language == Language::kUnknown &&
      results.query_languages.size() < candidates.size()) {
    // The readings already run found nothing: only the others are matched
    // (the same hits, weights and order as all of them OR-ed).
    std::vector<Language> others;
    for (Language l : candidates) {
      if (std::find(identified.begin(), identified.end(), l) == identified.end())
        others.push_back(l);
    }
    const Xapian::Query other_readings = build(others, Xapian::Query::OP_AND, translate);
    Matched found = other_readings.empty() ? Matched() : run(other_readings, !window);
    if (!found.empty()) {
      results.query_languages = candidates;
      q = build(candidates, Xapian::Query::OP_AND, translate);  // every reading, for highlights
      mset = found;
      cut = partial;
    }
  }
  bool relaxed = false;
  if (mset.empty() && !any_cut && !query.empty()) {
    results.query_languages = identified;  // any of the words, in the language identified
    Xapian::Query any = build(results.query_languages, Xapian::Query::OP_OR, translate);
    Matched some = run(any, !window);
    if (!some.empty()) {
      relaxed = true;
      q = any;
      mset = some;
      cut = partial;
      const std::string relaxed_note = "no unit has all the words; showing units with some of them";
      results.note = results.note.empty() ? relaxed_note : results.note + "; " + relaxed_note;
    }
  }
  // A spelling suggestion when nothing, or only some of the words, matched.
  if ((mset.empty() || relaxed) && !any_cut && !query.empty())
    results.suggestion = builder.Suggest(query, results.query_languages);

  std::vector<Picked> page;
  Xapian::doccount grouped_estimate = 0;
  const bool grouped =
      window && Dedupe(mset, window_size, request.offset, request.limit, &page, &grouped_estimate);
  if (!grouped) {
    if (window) {
      mset = run(q, true);
      cut = partial;
    }
    page.clear();
    // One request per remote shard for all the hits' data, not one per hit.
    // Not past the first page: Xapian 1.4.22's MSet::fetch() reads beyond its
    // items when the MSet starts at an offset (a crash, found by the workbench's
    // page 2); later pages fetch hit by hit.
    if (request.offset == 0) mset.Fetch();
    for (const Xapian::MSetIterator& it : mset.items)
      page.push_back({it, it.get_collapse_key(), it.get_collapse_count()});
  }
  results.partial = cut || (mset.empty() && any_cut);
  if (results.partial) {
    const std::string cut_note = fmt::format(
        "the search stopped at its time budget ({:g} s): the best of the units matched in time, "
        "not necessarily of the whole index",
        request.time_budget);
    results.note = results.note.empty() ? cut_note : results.note + "; " + cut_note;
  }
  results.translated_to = translated_to;
  // Texts, not units: the window's grouped count, or the collapse's estimate.
  results.estimated_matches = grouped ? grouped_estimate : mset.estimated;
  results.xapian_query = q.get_description();
  if (spies) {
    if (!old_facets) {
      results.facets = CountsOfFacetValues(spies->all);
    } else {
      results.facets["source"] = Counts(spies->source, false);
      results.facets["type"] = Counts(spies->type, false);
      results.facets["year"] = Counts(spies->year, false);
      results.facets["lang"] = Counts(spies->lang, true);
    }
    const Xapian::doccount counted =
        old_facets ? spies->source.get_total() : spies->all.get_total();
    results.facets_exact =
        !results.partial && counted == mset.lower && mset.lower == mset.upper;
  }
  const QueryTerms terms(q);
  const QueryTerms typed_terms(typed);
  size_t rank = request.offset;
  std::vector<std::tuple<size_t, std::string, Xapian::docid>> collapsed;  // hit, text hash, its unit
  SourceFields source_fields(db);
  for (const Picked& picked : page) {
    const Xapian::MSetIterator& it = picked.it;
    const nlohmann::json data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
    if (data.is_discarded()) continue;
    Hit hit;
    hit.rank = ++rank;
    hit.percent = mset.Percent(it);
    hit.weight = it.get_weight();
    const nlohmann::json& source = source_fields.Of(data);
    hit.source = source.value("source", "");
    hit.title = source.value("title", "");
    hit.format = source.value("format", "");
    hit.kind = data.value("kind", "paragraph");
    hit.type = source.value("type", "");
    hit.date = source.value("date", "");
    hit.section = data.value("section", "");
    hit.position = data.value("position", size_t{0});
    hit.page = data.value("page", 0);
    hit.physical_page = data.value("physical_page", 0);
    hit.score = data.value("score", 1.0);
    hit.source_id = SourceId(data.value("key", ""));
    bool typed_match = false;
    const nlohmann::json texts = data.value("texts", nlohmann::json::object());
    for (const auto& [code, text] : texts.items()) {
      if (!text.is_string()) continue;
      HitText t;
      t.language = LanguageFromCode(code);
      t.text = text.get<std::string>();
      t.matches = terms.Match(t.text, t.language);
      if (!typed_match && !translated_to.empty() &&
          std::find(results.query_languages.begin(), results.query_languages.end(), t.language) !=
              results.query_languages.end()) {
        typed_match = !typed_terms.Match(t.text, t.language).empty();
      }
      hit.texts.push_back(std::move(t));
    }
    hit.cross_lingual = !translated_to.empty() && !typed_match;
    // The side with the most matched words first; ties in the order the query languages were tried.
    auto order = [&](const HitText& t) {
      auto l =
          std::find(results.query_languages.begin(), results.query_languages.end(), t.language);
      const size_t lang_rank = static_cast<size_t>(l - results.query_languages.begin());
      return std::pair<long, size_t>(-static_cast<long>(t.matches.size()), lang_rank);
    };
    std::stable_sort(hit.texts.begin(), hit.texts.end(),
                     [&](const HitText& a, const HitText& b) { return order(a) < order(b); });
    // The count of the units of the same text grouped into this one (a lower bound); the
    // match of AddDuplicates may count more.
    if (!picked.key.empty()) hit.duplicates = picked.duplicates;
    results.hits.push_back(std::move(hit));
    if (picked.duplicates > 0 && !picked.key.empty())
      collapsed.emplace_back(results.hits.size() - 1, picked.key, *it);
  }
  if (!collapsed.empty()) AddDuplicates(db, q, collapsed, &source_fields, &results.hits);
  return results;
}

Result<std::string> Searcher::Metadata(const std::string& key) {
  try {
    return impl_->db.get_metadata(key);
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->paths.empty() ? "" : impl_->paths.front(),
                fmt::format("reading {}: {}", key, e.get_description()));
  }
}

Result<IndexStats> Searcher::Stats() {
  IndexStats stats;
  stats.paths = impl_->paths;
  try {
    Xapian::Database& db = impl_->db;
    db.reopen();
    stats.units = db.get_doccount();
    for (auto it = db.allterms_begin("XS"); it != db.allterms_end("XS"); ++it) ++stats.sources;
    for (Language l : kKnownLanguages) {
      stats.units_per_language[l] = db.get_termfreq(LanguageTerm(l));
    }
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->paths.empty() ? "" : impl_->paths.front(),
                fmt::format("cannot read the index: {}", e.get_description()));
  }
  for (const std::string& path : impl_->paths) stats.bytes += IndexBytes(path);
  auto last = Metadata(std::string(kLastIngestKey));
  if (last) stats.last_ingest = *last;
  return stats;
}

namespace {

std::vector<UnitFlag> FlagsOf(const nlohmann::json& data) {
  std::vector<UnitFlag> flags;
  const nlohmann::json list = data.value("flags", nlohmann::json::array());
  if (!list.is_array()) return flags;
  auto words = [](const nlohmann::json& f, const char* side) {
    std::vector<std::string> out;
    const nlohmann::json w = f.value(side, nlohmann::json::array());
    if (w.is_array()) {
      for (const nlohmann::json& x : w) {
        if (x.is_string()) out.push_back(x.get<std::string>());
      }
    }
    return out;
  };
  for (const nlohmann::json& f : list) {
    if (!f.is_object()) continue;
    flags.push_back({f.value("type", ""), f.value("message", ""), words(f, "fr"), words(f, "nl")});
  }
  return flags;
}

SourceInfo InfoOf(const nlohmann::json& data) {
  SourceInfo info;
  info.key = data.value("key", "");
  info.id = SourceId(info.key);
  info.display = data.value("source", "");
  info.title = data.value("title", "");
  info.format = data.value("format", "");
  info.type = data.value("type", "");
  info.date = data.value("date", "");
  return info;
}

}  // namespace

Result<std::vector<SourceInfo>> Searcher::Sources() {
  std::vector<SourceInfo> sources;
  try {
    Xapian::Database& db = impl_->db;
    db.reopen();
    // Flagged units and languages per source, counted over the source slot by
    // Xapian's spy (the facets' mechanism): no unit's data is read.
    auto per_source = [&](const Xapian::Query& query) {
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      Xapian::ValueCountMatchSpy spy(kSlotSource);
      enquire.add_matchspy(&spy);
      enquire.get_mset(0, 0, db.get_doccount());
      return Counts(spy, false);
    };
    const auto flagged = per_source(Xapian::Query(std::string(kFlaggedTerm)));
    std::vector<std::map<std::string, size_t>> with_language;
    for (Language l : kKnownLanguages)
      with_language.push_back(per_source(Xapian::Query(LanguageTerm(l))));
    for (auto it = db.allterms_begin("XS"); it != db.allterms_end("XS"); ++it) {
      auto first = db.postlist_begin(*it);
      if (first == db.postlist_end(*it)) continue;
      const nlohmann::json data =
          nlohmann::json::parse(db.get_document(*first).get_data(), nullptr, false);
      if (data.is_discarded()) continue;
      SourceInfo info = InfoOf(data);
      info.units = it.get_termfreq();
      const auto f = flagged.find(info.display);
      if (f != flagged.end()) info.flagged = f->second;
      for (size_t l = 0; l < kKnownLanguages.size(); ++l) {
        if (with_language[l].count(info.display) > 0) info.languages.push_back(kKnownLanguages[l]);
      }
      sources.push_back(std::move(info));
    }
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->paths.empty() ? "" : impl_->paths.front(),
                fmt::format("listing sources: {}", e.get_description()));
  }
  std::sort(sources.begin(), sources.end(),
            [](const SourceInfo& a, const SourceInfo& b) { return a.display < b.display; });
  return sources;
}

Result<SourceDocument> Searcher::Document(const std::string& source_id) {
  const bool hex = source_id.size() == 16 &&
                   source_id.find_first_not_of("0123456789abcdef") == std::string::npos;
  if (!hex)
    return Fail(ErrorCode::kNotFound, "",
                fmt::format("no document \"{}\" in the index", source_id));
  SourceDocument document;
  try {
    Xapian::Database& db = impl_->db;
    db.reopen();
    const std::string term = Term("XS", source_id);
    std::array<bool, kKnownLanguages.size()> has{};
    for (auto post = db.postlist_begin(term); post != db.postlist_end(term); ++post) {
      const nlohmann::json data =
          nlohmann::json::parse(db.get_document(*post).get_data(), nullptr, false);
      if (data.is_discarded()) continue;
      if (document.units.empty()) document.info = InfoOf(data);
      Unit unit;
      unit.position = data.value("position", size_t{0});
      unit.page = data.value("page", 0);
      unit.physical_page = data.value("physical_page", 0);
      unit.score = data.value("score", 1.0);
      unit.kind = KindFromName(data.value("kind", "paragraph"));
      unit.section = data.value("section", "");
      const nlohmann::json texts = data.value("texts", nlohmann::json::object());
      for (size_t l = 0; l < kKnownLanguages.size(); ++l) {
        const std::string code(LanguageCode(kKnownLanguages[l]));
        if (texts.contains(code) && texts[code].is_string()) {
          unit.texts.push_back({kKnownLanguages[l], texts[code].get<std::string>()});
          has[l] = true;
        }
      }
      unit.flags = FlagsOf(data);
      if (!unit.flags.empty()) ++document.info.flagged;
      document.units.push_back(std::move(unit));
    }
    if (document.units.empty()) {
      return Fail(ErrorCode::kNotFound, "",
                  fmt::format("no document \"{}\" in the index", source_id));
    }
    for (size_t l = 0; l < kKnownLanguages.size(); ++l) {
      if (has[l]) document.info.languages.push_back(kKnownLanguages[l]);
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    return Fail(ErrorCode::kIndex, impl_->paths.front(),
                "the index changed while the document was read; try again");
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->paths.empty() ? "" : impl_->paths.front(),
                fmt::format("reading a document: {}", e.get_description()));
  }
  document.info.units = document.units.size();
  std::sort(document.units.begin(), document.units.end(),
            [](const Unit& a, const Unit& b) { return a.position < b.position; });
  return document;
}

}  // namespace tandem::index
