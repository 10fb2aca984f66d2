#include "pipeline/index/searcher.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dictionaries/dictionaries.h"
#include "pipeline/index/highlighter.h"
#include "pipeline/index/schema.h"
#include "pipeline/text/language_id.h"
#include "pipeline/text/normalize.h"

namespace tandem::index {
namespace {

// A query's language is taken as known when it beats the others by this many nats.
constexpr double kQueryLanguageMargin = 4.0;

bool IsOperator(std::string_view token) {
  return token == "AND" || token == "OR" || token == "NOT" || token == "XOR" || token.rfind("NEAR", 0) == 0 ||
         token.rfind("ADJ", 0) == 0;
}

// Folds case and accents as the indexer does, keeping the query's operators.
std::string FoldQuery(const std::string& query) {
  std::string out;
  size_t i = 0;
  while (i < query.size()) {
    size_t start = query.find_first_not_of(" \t\n", i);
    if (start == std::string::npos) break;
    out.append(query, i, start - i);
    size_t end = query.find_first_of(" \t\n", start);
    if (end == std::string::npos) end = query.size();
    std::string_view token(query.data() + start, end - start);
    out += IsOperator(token) ? std::string(token) : IndexableText(token);
    i = end;
  }
  return out;
}

const Xapian::SimpleStopper& StopperFor(Language language) {
  static const auto* stoppers = [] {
    auto* map = new std::map<Language, Xapian::SimpleStopper>;
    for (Language l : kKnownLanguages) {
      Xapian::SimpleStopper& stopper = (*map)[l];
      for (std::string_view w : dictionaries::WordList(dictionaries::ListKind::kStopwords, LanguageCode(l))) {
        stopper.add(text::FoldForMatching(w));
      }
    }
    return map;
  }();
  return stoppers->at(language);
}

// The query read in each of `languages` (its stemmer, stop words and
// prefix), OR-ed; each reading only matches units that have that language.
// `default_op` joins words without an explicit operator. A syntax error makes
// the words be searched plainly, and says so in `*note`.
Xapian::Query ParseQuery(const Xapian::Database& db, const std::string& folded,
                         const std::vector<Language>& languages, Xapian::Query::op default_op, std::string* note) {
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT;
  std::vector<Xapian::Query> per_language;
  for (Language language : languages) {
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemmer(Xapian::Stem(StemmerName(language)));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_stopper(&StopperFor(language));
    parser.set_default_op(default_op);
    const std::string prefix = TextPrefix(language);
    Xapian::Query parsed;
    try {
      parsed = parser.parse_query(folded, flags, prefix);
    } catch (const Xapian::QueryParserError& e) {
      *note = fmt::format("query syntax not understood ({}); searched for its words", e.get_msg());
      parsed = parser.parse_query(folded, 0, prefix);
    }
    if (parsed.empty()) continue;
    per_language.emplace_back(Xapian::Query::OP_FILTER, parsed, Xapian::Query(LanguageTerm(language)));
  }
  return Xapian::Query(Xapian::Query::OP_OR, per_language.begin(), per_language.end());
}

uint64_t FolderBytes(const std::string& path) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

}  // namespace

struct Searcher::Impl {
  Xapian::Database db;
  std::vector<std::string> paths;
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;
Searcher::~Searcher() = default;

Result<Searcher> Searcher::Open(const std::vector<std::string>& paths) {
  auto impl = std::make_unique<Impl>();
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      return Fail(ErrorCode::kIndex, path, "no index here; create one with `tandem ingest`");
    }
    try {
      Xapian::Database db(path);
      if (db.get_metadata("tandem.schema").empty() && db.get_doccount() > 0) {
        return Fail(ErrorCode::kIndex, path, "a Xapian database, but not a tandem index");
      }
      impl->db.add_database(db);
    } catch (const Xapian::Error& e) {
      return Fail(ErrorCode::kIndex, path, fmt::format("cannot open the index: {}", e.get_description()));
    }
    impl->paths.push_back(path);
  }
  return Searcher(std::move(impl));
}

Result<SearchResults> Searcher::Search(const SearchRequest& request) {
  if (request.query.find_first_not_of(" \t\n") == std::string::npos) {
    return Fail(ErrorCode::kUsage, "", "empty query");
  }
  SearchResults results;
  try {
    Xapian::Database& db = impl_->db;
    db.reopen();  // see what writers committed since we opened
    // The languages to read the query in.
    std::vector<Language> present;
    for (Language l : kKnownLanguages) {
      if (db.get_termfreq(LanguageTerm(l)) > 0) present.push_back(l);
    }
    if (request.language != Language::kUnknown) {
      results.query_languages = {request.language};
    } else if (!present.empty()) {
      const text::LanguageScores scores = text::ScoreLanguages(request.query);
      std::vector<Language> ranked = present;
      std::sort(ranked.begin(), ranked.end(), [&](Language a, Language b) { return scores.of(a) > scores.of(b); });
      const bool clear = ranked.size() == 1 || scores.of(ranked[0]) - scores.of(ranked[1]) >= kQueryLanguageMargin;
      results.query_languages = clear ? std::vector<Language>{ranked[0]} : ranked;
    }
    if (results.query_languages.empty()) return results;  // an empty index

    const std::string folded = FoldQuery(request.query);
    Xapian::Query query = ParseQuery(db, folded, results.query_languages, Xapian::Query::OP_AND, &results.note);
    if (query.empty()) return results;  // only stop words
    Xapian::Enquire enquire(db);
    auto run = [&](const Xapian::Query& q) {
      enquire.set_query(q);
      return enquire.get_mset(static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit));
    };
    Xapian::MSet mset = run(query);
    // Relax a query that finds nothing: first every language (the query's
    // language may have been misread: "securite" looks English), then any of its words.
    if (mset.get_matches_estimated() == 0 && request.language == Language::kUnknown &&
        results.query_languages.size() < present.size()) {
      results.query_languages = present;
      query = ParseQuery(db, folded, results.query_languages, Xapian::Query::OP_AND, &results.note);
      mset = run(query);
    }
    if (mset.get_matches_estimated() == 0) {
      Xapian::Query any = ParseQuery(db, folded, results.query_languages, Xapian::Query::OP_OR, &results.note);
      Xapian::MSet some = run(any);
      if (some.get_matches_estimated() > 0) {
        query = any;
        mset = some;
        results.note = "no unit has all the words; showing units with some of them";
      }
    }
    results.estimated_matches = mset.get_matches_estimated();
    const QueryTerms terms(query);
    size_t rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const nlohmann::json data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
      if (data.is_discarded()) continue;
      Hit hit;
      hit.rank = ++rank;
      hit.percent = it.get_percent();
      hit.source = data.value("source", "");
      hit.title = data.value("title", "");
      hit.format = data.value("format", "");
      hit.kind = data.value("kind", "paragraph");
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
        auto q = std::find(results.query_languages.begin(), results.query_languages.end(), t.language);
        const size_t lang_rank = static_cast<size_t>(q - results.query_languages.begin());
        return std::pair<long, size_t>(-static_cast<long>(t.matches.size()), lang_rank);
      };
      std::stable_sort(hit.texts.begin(), hit.texts.end(),
                       [&](const HitText& a, const HitText& b) { return order(a) < order(b); });
      results.hits.push_back(std::move(hit));
    }
    return results;
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->paths.empty() ? "" : impl_->paths.front(),
                fmt::format("search failed: {}", e.get_description()));
  }
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
  for (const std::string& path : impl_->paths) stats.bytes += FolderBytes(path);
  return stats;
}

}  // namespace tandem::index
