// tandem search QUERY
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>

#include "commands.h"
#include "console.h"
#include "pipeline/formats/search_json.h"
#include "pipeline/index/searcher.h"
#include "pipeline/ingest/reader.h"

namespace tandem::cli {
namespace {

struct SearchOptions {
  CommonOptions common;
  std::vector<std::string> words;
  std::vector<std::string> db;
  std::string lang;
  std::string like;  // a file, or - for standard input
  std::string sort = "relevance";
  bool no_translate = false;
  bool facets = false;
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
  request.facets = options.facets || options.common.json;  // counted only when shown
  request.offset = options.offset;
  request.cross_lingual = !options.no_translate;
  request.sort = options.sort == "newest" ? index::SortOrder::kNewestFirst
                 : options.sort == "oldest" ? index::SortOrder::kOldestFirst
                                            : index::SortOrder::kRelevance;
  if (!options.like.empty()) {
    // The draft paragraph: standard input, or any document tandem reads.
    if (options.like == "-") {
      request.like.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      Result<Document> draft = ingest::ReadDocument(options.like);
      if (!draft) {
        PrintError(draft.error());
        return kExitError;
      }
      for (const Stream& stream : draft->streams) {
        for (const Block& block : stream.blocks) request.like.append(block.text).push_back('\n');
      }
    }
    if (request.like.find_first_not_of(" \t\r\n") == std::string::npos) {
      PrintError(fmt::format("--like {}: no text to compare", options.like == "-" ? "(standard input)" : options.like));
      return kExitError;
    }
  } else if (request.query.empty()) {
    PrintError("a query or --like FILE is needed");
    return kExitError;
  }
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
    fmt::print("{}\n", formats::SearchResultsJson(request, *results, 2));
    return kExitOk;
  }
  const bool color = UseColor(stdout, options.common);
  if (results->hits.empty()) {
    fmt::print("no results for \"{}\"\n", request.like.empty() ? request.query : "--like " + options.like);
    if (!results->suggestion.empty()) fmt::print("did you mean: {}\n", results->suggestion);
    return kExitOk;
  }
  for (const index::Hit& hit : results->hits) {
    std::string where = fmt::format("unit {}", hit.position + 1);
    if (hit.page > 0) where += fmt::format(", page {}", hit.page);
    if (!hit.date.empty()) where += ", " + hit.date;
    if (!hit.type.empty() && hit.type != "document") where += ", " + hit.type;
    fmt::print("{}{}. {}{}  ({}; {}%)\n", color ? "\x1b[1m" : "", hit.rank, hit.source, color ? "\x1b[0m" : "", where,
               hit.percent);
    if (!hit.section.empty()) fmt::print("   § {}\n", hit.section);
    for (const index::HitText& t : hit.texts) {
      fmt::print("   {}  {}\n", Upper(LanguageCode(t.language)), Render(t, color, options.full));
    }
    if (hit.duplicates > 0) {
      std::string also;
      for (const index::Duplicate& d : hit.also_in) {
        if (!also.empty()) also += ", ";
        also += d.source == hit.source ? fmt::format("unit {}", d.position + 1) : d.source;
        if (d.page > 0) also += fmt::format(" (page {})", d.page);
      }
      if (hit.duplicates > hit.also_in.size())
        also += fmt::format("{}and {} more", also.empty() ? "" : " ", hit.duplicates - hit.also_in.size());
      fmt::print("   also in: {}\n", also);
    }
    fmt::print("\n");
  }
  if (options.facets) {
    for (const auto& [facet, counts] : results->facets) {
      std::vector<std::pair<size_t, std::string>> sorted;
      for (const auto& [value, count] : counts) sorted.emplace_back(count, value);
      std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      std::string line;
      for (const auto& [count, value] : sorted) line += fmt::format("{}{} ({})", line.empty() ? "" : ", ", value, count);
      fmt::print("{:<7} {}\n", facet + ":", line);
    }
    if (!results->facets_exact) fmt::print("(facets counted over the first {} matches)\n", index::kFacetSample);
  }
  if (!results->suggestion.empty()) fmt::print("did you mean: {}\n", results->suggestion);
  if (!options.common.quiet) {
    std::string across;
    for (Language l : results->translated_to) across += fmt::format(" (also searched in {}, translated)", LanguageCode(l));
    fmt::print("{} of about {} matching units{}\n", results->hits.size(), results->estimated_matches, across);
  }
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Search the index: ranked aligned units, each with its counterpart in the other language.\n"
      "Words in French or Dutch (the query's language is recognised), \"phrases\", AND OR NOT, NEAR,\n"
      "fields source: type: section: lang: year:, date ranges 2020..2025 or 2024-03..2024-06.\n"
      "A French query also finds Dutch-only units through the lexicon (and the other way round).\n"
      "Matching words are marked *like this* (in bold on a terminal), on both sides.");
  cmd->add_option("query", options->words, "The query");
  cmd->add_option("--like", options->like, "Find the units closest to this draft (a file, or - for standard input)");
  cmd->add_option("--sort", options->sort, "relevance (default), newest or oldest")
      ->check(CLI::IsMember({"relevance", "newest", "oldest"}));
  cmd->add_flag("--no-translate", options->no_translate, "Do not search the other language through the lexicon");
  cmd->add_flag("--facets", options->facets, "Print counts by source, type, year and language (always in --json)");
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
