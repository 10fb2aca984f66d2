// tandem search QUERY
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "pipeline/index/searcher.h"

namespace tandem::cli {
namespace {

struct SearchOptions {
  CommonOptions common;
  std::vector<std::string> words;
  std::vector<std::string> db;
  std::string lang;
  size_t limit = 10;
  size_t offset = 0;
  bool full = false;
};

constexpr size_t kSnippetBytes = 360;

// Moves `i` back to the start of a UTF-8 sequence.
size_t CharStart(const std::string& s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// The text with its matches marked, cut to a window around the first match
// unless `full`.
std::string Render(const index::HitText& t, bool color, bool full) {
  size_t begin = 0, end = t.text.size();
  if (!full && t.text.size() > kSnippetBytes) {
    const size_t anchor = t.matches.empty() ? 0 : t.matches.front().begin;
    begin = anchor > kSnippetBytes / 3 ? CharStart(t.text, anchor - kSnippetBytes / 3) : 0;
    end = std::min(t.text.size(), begin + kSnippetBytes);
    end = CharStart(t.text, end);
    // Whole words at the edges.
    if (begin > 0) {
      size_t space = t.text.find(' ', begin);
      if (space != std::string::npos && space < anchor) begin = space + 1;
    }
    if (end < t.text.size()) {
      size_t space = t.text.rfind(' ', end);
      if (space != std::string::npos && space > begin) end = space;
    }
  }
  const std::string open = color ? "\x1b[1;4m" : "*";
  const std::string close = color ? "\x1b[0m" : "*";
  std::string out = begin > 0 ? "… " : "";
  size_t at = begin;
  for (const index::Span& span : t.matches) {
    if (span.begin < at || span.end > end) continue;
    out.append(t.text, at, span.begin - at);
    out += open;
    out.append(t.text, span.begin, span.end - span.begin);
    out += close;
    at = span.end;
  }
  out.append(t.text, at, end - at);
  if (end < t.text.size()) out += " …";
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

std::string Upper(std::string_view code) {
  std::string s(code);
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

int RunSearch(const SearchOptions& options) {
  index::SearchRequest request;
  for (const std::string& word : options.words) {
    if (!request.query.empty()) request.query += ' ';
    request.query += word;
  }
  request.limit = options.limit;
  request.offset = options.offset;
  if (!options.lang.empty()) {
    request.language = LanguageFromCode(options.lang);
    if (request.language == Language::kUnknown) {
      PrintError(fmt::format("--lang {}: unknown language; use fr, nl, en or de", options.lang));
      return kExitError;
    }
  }
  Result<index::Searcher> searcher = index::Searcher::Open(IndexPaths(options.db));
  if (!searcher) {
    PrintError(searcher.error());
    return kExitError;
  }
  Result<index::SearchResults> results = searcher->Search(request);
  if (!results) {
    PrintError(results.error());
    return kExitError;
  }
  if (!results->note.empty() && !options.common.quiet) fmt::print(stderr, "tandem: note: {}\n", results->note);
  if (options.common.json) {
    nlohmann::json out = {{"query", request.query}, {"estimated_matches", results->estimated_matches},
                          {"query_languages", nlohmann::json::array()}, {"hits", nlohmann::json::array()}};
    for (Language l : results->query_languages) out["query_languages"].push_back(LanguageCode(l));
    for (const index::Hit& hit : results->hits) {
      nlohmann::json h = {{"rank", hit.rank},         {"percent", hit.percent}, {"source", hit.source},
                          {"title", hit.title},       {"format", hit.format},   {"kind", hit.kind},
                          {"position", hit.position}, {"page", hit.page},       {"score", hit.score},
                          {"texts", nlohmann::json::array()}};
      for (const index::HitText& t : hit.texts) {
        nlohmann::json matches = nlohmann::json::array();
        for (const index::Span& s : t.matches) {
          matches.push_back({{"begin", s.begin}, {"end", s.end}, {"word", t.text.substr(s.begin, s.end - s.begin)}});
        }
        h["texts"].push_back({{"lang", LanguageCode(t.language)}, {"text", t.text}, {"matches", matches}});
      }
      out["hits"].push_back(h);
    }
    fmt::print("{}\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    return kExitOk;
  }
  const bool color = UseColor(stdout, options.common);
  if (results->hits.empty()) {
    fmt::print("no results for \"{}\"\n", request.query);
    return kExitOk;
  }
  for (const index::Hit& hit : results->hits) {
    std::string where = fmt::format("unit {}", hit.position + 1);
    if (hit.page > 0) where += fmt::format(", page {}", hit.page);
    fmt::print("{}{}. {}{}  ({}; {}%)\n", color ? "\x1b[1m" : "", hit.rank, hit.source, color ? "\x1b[0m" : "", where,
               hit.percent);
    for (const index::HitText& t : hit.texts) {
      fmt::print("   {}  {}\n", Upper(LanguageCode(t.language)), Render(t, color, options.full));
    }
    fmt::print("\n");
  }
  if (!options.common.quiet) {
    fmt::print("{} of about {} matching units\n", results->hits.size(), results->estimated_matches);
  }
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Search the index: ranked aligned units, each with its counterpart in the other language.\n"
      "Words in French or Dutch (the query's language is recognised), \"phrases\", AND OR NOT, NEAR.\n"
      "Matching words are marked *like this* (in bold on a terminal).");
  cmd->add_option("query", options->words, "The query")->required();
  cmd->add_option("--db", options->db, "Index folder; repeat to search several as one")
      ->type_size(1)
      ->allow_extra_args(false);
  cmd->add_option("--lang", options->lang, "Read the query in this language only: fr, nl, en, de");
  cmd->add_option("-n,--limit", options->limit, "Number of results (default 10)")->check(CLI::Range(1, 10000));
  cmd->add_option("--offset", options->offset, "Skip this many results (paging)");
  cmd->add_flag("--full", options->full, "Show whole units instead of snippets");
  cmd->add_flag("--json", options->common.json, "Print JSON on stdout");
  cmd->add_flag("-q,--quiet", options->common.quiet, "No summary line");
  cmd->add_flag("--no-color", options->common.no_color, "No colour even on a terminal");
  cmd->callback([options, exit_code] { *exit_code = RunSearch(*options); });
}

}  // namespace tandem::cli
