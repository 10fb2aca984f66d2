#include "pipeline/index/searcher.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <nlohmann/json.hpp>

#include "dictionaries/dictionaries.h"
#include "pipeline/index/highlighter.h"
#include "pipeline/index/query_builder.h"
#include "pipeline/index/schema.h"
#include "pipeline/lexicon/lexicon.h"
#include "pipeline/text/language_id.h"
#include "pipeline/text/normalize.h"

namespace tandem::index {
namespace {

// A query's language is taken as known when it beats the others by this many nats.
constexpr double kQueryLanguageMargin = 4.0;

// A query of more words than this is searched as a "like this" paragraph.
constexpr size_t kLongQueryWords = 40;

// Counts matches by a value slot (Xapian's own spy, which remote shards know).
struct FacetSpies {
  Xapian::ValueCountMatchSpy source{kSlotSource}, type{kSlotType}, year{kSlotYear}, lang{kSlotLanguages};
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

}  // namespace

struct Searcher::Impl {
  Xapian::Database db;
  std::vector<std::string> paths;
  std::optional<lexicon::Lexicon> lexicon;  // built on the first cross-lingual query
  // Languages with at least one unit; read again when the index changes
  // (four term counts are four round trips per remote shard).
  std::optional<std::vector<Language>> present;

  // The built-in lexicon plus the one learnt at ingest (first index's metadata).
  const lexicon::Lexicon* Lexicon() {
    if (!lexicon) {
      lexicon = lexicon::BuiltinWithLearned(db.get_metadata(std::string(kLearnedLexiconKey)));
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
    if (!remote && path.rfind("tcp://", 0) == 0) return Fail(ErrorCode::kUsage, path, "a remote shard is tcp://HOST:PORT");
    std::error_code ec;
    if (!remote && !std::filesystem::exists(path, ec)) {
      return Fail(ErrorCode::kIndex, path, "no index here; create one with `tandem ingest`");
    }
    try {
      constexpr unsigned kTimeoutMs = 10000, kConnectTimeoutMs = 5000;
      Xapian::Database db = remote ? Xapian::Remote::open(host, port, kTimeoutMs, kConnectTimeoutMs) : Xapian::Database(path);
      if (db.get_metadata(std::string(kSchemaKey)).empty() && db.get_doccount() > 0) {
        return Fail(ErrorCode::kIndex, path, "a Xapian database, but not a tandem index");
      }
      impl->db.add_database(db);
    } catch (const Xapian::Error& e) {
      return Fail(ErrorCode::kIndex, path,
                  fmt::format("{}: {}", remote ? "cannot reach the shard" : "cannot open the index", e.get_description()));
    }
    impl->paths.push_back(path);
  }
  return Searcher(std::move(impl));
}

Result<SearchResults> Searcher::Search(const SearchRequest& request) {
  const auto blank = [](const std::string& t) { return t.find_first_not_of(" \t\r\n") == std::string::npos; };
  if (blank(request.query) && blank(request.like)) return Fail(ErrorCode::kUsage, "", "empty query");
  // A writer may commit while we read: Xapian then asks for a reopen.
  for (int attempt = 0;; ++attempt) {
    try {
      if (impl_->db.reopen()) impl_->present.reset();
      return impl_->Run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 3) return Fail(ErrorCode::kIndex, impl_->paths.front(), "the index kept changing during the search");
    } catch (const Xapian::Error& e) {
      return Fail(ErrorCode::kIndex, impl_->paths.empty() ? "" : impl_->paths.front(),
                  fmt::format("search failed: {}", e.get_description()));
    }
  }
}

Result<SearchResults> Searcher::Impl::Run(const SearchRequest& original) {
  SearchRequest request = original;
  SearchResults results;
  if (!request.query.empty() && request.like.empty() && PlainWords(request.query).size() > kLongQueryWords) {
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
  if (request.language != Language::kUnknown) {
    results.query_languages = {request.language};
  } else if (!present.empty()) {
    // Identified from the words alone: "type:report" is not English.
    const text::LanguageScores scores =
        text::ScoreLanguages(request.like.empty() ? WordsAsTyped(query) : request.like);
    std::vector<Language> ranked = present;
    std::sort(ranked.begin(), ranked.end(), [&](Language a, Language b) { return scores.of(a) > scores.of(b); });
    const bool clear = ranked.size() == 1 || scores.of(ranked[0]) - scores.of(ranked[1]) >= kQueryLanguageMargin;
    results.query_languages = clear ? std::vector<Language>{ranked[0]} : ranked;
  }
  if (results.query_languages.empty()) return results;  // an empty index

  // The other language of a FR/NL index for each reading in one of them: a
  // query that may be French or Dutch is translated both ways. Skipped for
  // negations: "NOT x" has no safe translation.
  auto other_of = [&](Language from) {
    const Language to = from == Language::kFrench ? Language::kDutch
                        : from == Language::kDutch ? Language::kFrench
                                                   : Language::kUnknown;
    return std::find(present.begin(), present.end(), to) != present.end() ? to : Language::kUnknown;
  };
  const bool translate = request.cross_lingual && !HasNegation(query) &&
                         std::any_of(results.query_languages.begin(), results.query_languages.end(),
                                     [&](Language l) { return other_of(l) != Language::kUnknown; });
  const QueryBuilder builder(db, translate ? Lexicon() : nullptr);

  std::vector<Language> translated_to;
  auto build = [&](const std::vector<Language>& languages, Xapian::Query::op op, bool with_translation) {
    translated_to.clear();
    Xapian::Query q;
    if (!query.empty()) {
      q = builder.Parse(query, languages, op, &results.note);
      if (with_translation && !q.empty()) {
        for (Language from : languages) {
          const Language to = other_of(from);
          if (to == Language::kUnknown) continue;
          Xapian::Query t = builder.Translate(query, from, to, op);
          if (t.empty()) continue;
          q = Xapian::Query(Xapian::Query::OP_OR, q, t);
          translated_to.push_back(to);
        }
      }
    }
    if (!request.like.empty()) {
      const Language from = languages.front();
      const Language to = with_translation ? other_of(from) : Language::kUnknown;
      Xapian::Query like = builder.Like(request.like, from, to);
      if (to != Language::kUnknown) translated_to = {to};
      q = q.empty() ? like : Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, like);
    }
    return q;
  };

  Xapian::Enquire enquire(db);
  switch (request.sort) {
    case SortOrder::kRelevance: break;
    case SortOrder::kNewestFirst: enquire.set_sort_by_value_then_relevance(kSlotDate, true); break;
    case SortOrder::kOldestFirst: enquire.set_sort_by_value_then_relevance(kSlotDate, false); break;
  }
  std::unique_ptr<FacetSpies> spies;
  auto run = [&](const Xapian::Query& q) {
    enquire.set_query(q);
    enquire.clear_matchspies();
    Xapian::doccount check_at_least = 0;
    if (request.facets) {
      spies = std::make_unique<FacetSpies>();
      for (Xapian::MatchSpy* spy : {static_cast<Xapian::MatchSpy*>(&spies->source), static_cast<Xapian::MatchSpy*>(&spies->type),
                                    static_cast<Xapian::MatchSpy*>(&spies->year), static_cast<Xapian::MatchSpy*>(&spies->lang)}) {
        enquire.add_matchspy(spy);
      }
      check_at_least = static_cast<Xapian::doccount>(kFacetSample);
    }
    return enquire.get_mset(static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit),
                            check_at_least);
  };

  Xapian::Query q = build(results.query_languages, Xapian::Query::OP_AND, translate);
  if (q.empty()) return results;  // only stop words
  Xapian::MSet mset = run(q);
  // Relax a query that finds nothing: first every language (the query's
  // language may have been misread: "securite" looks English), then any of its words.
  if (mset.empty() && request.language == Language::kUnknown && results.query_languages.size() < present.size()) {
    results.query_languages = present;
    q = build(present, Xapian::Query::OP_AND, translate);
    mset = run(q);
  }
  bool relaxed = false;
  if (mset.empty() && !query.empty()) {
    Xapian::Query any = build(results.query_languages, Xapian::Query::OP_OR, translate);
    Xapian::MSet some = run(any);
    if (!some.empty()) {
      relaxed = true;
      q = any;
      mset = some;
      results.note = "no unit has all the words; showing units with some of them";
    }
  }
  // A spelling suggestion when nothing, or only some of the words, matched.
  if ((mset.empty() || relaxed) && !query.empty()) results.suggestion = builder.Suggest(query, results.query_languages);

  results.translated_to = translated_to;
  results.estimated_matches = mset.get_matches_estimated();
  results.xapian_query = q.get_description();
  if (spies) {
    results.facets["source"] = Counts(spies->source, false);
    results.facets["type"] = Counts(spies->type, false);
    results.facets["year"] = Counts(spies->year, false);
    results.facets["lang"] = Counts(spies->lang, true);
    results.facets_exact = spies->source.get_total() == mset.get_matches_lower_bound() &&
                           mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  }
  const QueryTerms terms(q);
  size_t rank = request.offset;
  mset.fetch();  // one request per remote shard for all the hits' data, not one per hit
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const nlohmann::json data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
    if (data.is_discarded()) continue;
    Hit hit;
    hit.rank = ++rank;
    hit.percent = it.get_percent();
    hit.weight = it.get_weight();
    hit.source = data.value("source", "");
    hit.title = data.value("title", "");
    hit.format = data.value("format", "");
    hit.kind = data.value("kind", "paragraph");
    hit.type = data.value("type", "");
    hit.date = data.value("date", "");
    hit.section = data.value("section", "");
    hit.position = data.value("position", size_t{0});
    hit.page = data.value("page", 0);
    hit.score = data.value("score", 1.0);
    const nlohmann::json texts = data.value("texts", nlohmann::json::object());
    for (const auto& [code, text] : texts.items()) {
      if (!text.is_string()) continue;
      HitText t;
      t.language = LanguageFromCode(code);
      t.text = text.get<std::string>();
      t.matches = terms.Match(t.text, t.language);
      hit.texts.push_back(std::move(t));
    }
    // The side with the most matched words first; ties in the order the query languages were tried.
    auto order = [&](const HitText& t) {
      auto l = std::find(results.query_languages.begin(), results.query_languages.end(), t.language);
      const size_t lang_rank = static_cast<size_t>(l - results.query_languages.begin());
      return std::pair<long, size_t>(-static_cast<long>(t.matches.size()), lang_rank);
    };
    std::stable_sort(hit.texts.begin(), hit.texts.end(),
                     [&](const HitText& a, const HitText& b) { return order(a) < order(b); });
    results.hits.push_back(std::move(hit));
  }
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
  return stats;
}

}  // namespace tandem::index
