#include "pipeline/workbench/workbench.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <shared_mutex>

#include "pipeline/batch/aligned_document.h"
#include "pipeline/batch/inputs.h"
#include "pipeline/check/report.h"
#include "pipeline/formats/search_json.h"
#include "pipeline/formats/writers.h"
#include "pipeline/check/draft_date.h"
#include "pipeline/index/schema.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/propose/dossier_proposal.h"
#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/redlines/dossier_writer.h"
#include "pipeline/redlines/versions.h"
#include "pipeline/workbench/dossier_edit.h"
#include "pipeline/workbench/json_views.h"
#include "pipeline/workbench/report_store.h"
#include "pipeline/workbench/searcher_pool.h"
#include "pipeline/workbench/views.h"

namespace tandem::embedded {
std::string_view workbench_css();
std::string_view workbench_js();
}  // namespace tandem::embedded

namespace tandem::workbench {

namespace {

constexpr std::string_view kJson = "application/json; charset=utf-8";
// Pages load their style and script from /static only; nothing inline runs.
constexpr std::string_view kPagePolicy =
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "form-action "
    "'self'; "
    "base-uri 'none'; frame-ancestors 'none'";
// The downloadable check report is self-contained: its own inline style, no script.
constexpr std::string_view kReportPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

int StatusOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kTooLarge:
      return 413;
    case ErrorCode::kIndex:
      return 503;
    case ErrorCode::kIo:
    case ErrorCode::kEmpty:
    case ErrorCode::kBinary:
    case ErrorCode::kEncoding:
    case ErrorCode::kMalformed:
    case ErrorCode::kUnsupported:
    case ErrorCode::kUsage:
      break;
  }
  return 400;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

Ui UiOf(const Request& request) {
  const std::string ui = request.Param("ui");
  if (ui == "nl") return Ui::kDutch;
  if (ui == "fr") return Ui::kFrench;
  // No choice in the URL: the browser's first preference between the two.
  const std::string& accept = request.accept_language;
  const size_t nl = accept.find("nl"), fr = accept.find("fr");
  return nl != std::string::npos && (fr == std::string::npos || nl < fr) ? Ui::kDutch : Ui::kFrench;
}

Response Page(std::string html, int status = 200) {
  Response response;
  response.status = status;
  response.body = std::move(html);
  response.headers = {{"Content-Security-Policy", std::string(kPagePolicy)},
                      {"Cache-Control", "no-store"}};
  return response;
}

Response Json(std::string body, int status = 200) {
  Response response;
  response.status = status;
  response.content_type = std::string(kJson);
  response.body = std::move(body);
  response.headers = {{"Cache-Control", "no-store"}};
  return response;
}

Response Download(std::string body, std::string content_type, const std::string& filename) {
  Response response;
  response.content_type = std::move(content_type);
  response.body = std::move(body);
  response.headers = {
      {"Content-Disposition", fmt::format("attachment; filename=\"{}\"", CleanFileName(filename))},
      {"Cache-Control", "no-store"}};
  return response;
}

Response Static(std::string_view body, std::string_view content_type) {
  Response response;
  response.content_type = std::string(content_type);
  response.body = std::string(body);
  response.headers = {{"Cache-Control", "max-age=300"}};
  return response;
}

Response Redirect(const std::string& to) {
  Response response;
  response.status = 303;
  response.headers = {{"Location", to}};
  response.content_type = "text/plain; charset=utf-8";
  response.body = "See " + to + "\n";
  return response;
}

// The file name of an export: the source's file name with the format's extension.
std::string ExportName(const index::SourceInfo& info, const std::string& extension) {
  const std::string name = batch::ParsePairName(batch::DisplayFiles(info.display).front()).base;
  return (name.empty() ? "document" : name) + "." + extension;
}

}  // namespace

struct Workbench::Impl {
  WorkbenchOptions options;
  std::unique_ptr<SearcherPool> searchers;
  // The loaded dossiers, replaced whole after a save; a request keeps the
  // snapshot it started with.
  mutable std::shared_mutex dossiers_mutex;
  mutable std::shared_ptr<const std::vector<redlines::Dossier>> dossiers_loaded =
      std::make_shared<const std::vector<redlines::Dossier>>();
  mutable std::mutex save_mutex;  // one save at a time
  mutable EditSessions sessions;
  std::string started;

  std::shared_ptr<const std::vector<redlines::Dossier>> Dossiers() const {
    std::shared_lock<std::shared_mutex> lock(dossiers_mutex);
    return dossiers_loaded;
  }
  mutable ReportStore reports;  // thread-safe; filled by const handlers

  Response Error(const Request& request, int status, const std::string& message) const {
    if (StartsWith(request.path, "/api/") || request.path == "/healthz")
      return Json(ErrorJson(status, message), status);
    return Page(RenderErrorPage(UiOf(request), status, message), status);
  }
  Response Error(const Request& request, const tandem::Error& error) const {
    return Error(request, StatusOf(error.code), error.message);
  }

  Response Route(const Request& request) const;
  Response SearchPage(const Request& request) const;
  Response SearchApi(const Request& request) const;
  Response DocumentsPage(const Request& request, bool api) const;
  Response DocumentPage(const Request& request, const std::string& id, bool api) const;
  Response Export(const Request& request, const std::string& id) const;
  Response Check(const Request& request, bool api) const;
  Response Status(const Request& request, bool page) const;
  Response NewDossier(const Request& request) const;
  DossierEditor EditorOf(const propose::Proposal& proposal) const;
  Response EditDossier(const Request& request, const std::string& id) const;
  Response Editor(const Request& request, DossierEditor editor, int status = 200) const;
  Response SaveDossier(const Request& request) const;
  Response ValidateApi(const Request& request) const;
  std::string SaveFolder() const;
  Result<ServerStatus> ReadStatus() const;
};

Workbench::Workbench(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Workbench::Workbench(Workbench&&) noexcept = default;
Workbench& Workbench::operator=(Workbench&&) noexcept = default;
Workbench::~Workbench() = default;

Result<Workbench> Workbench::Open(const WorkbenchOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto pool = SearcherPool::Open(options.index_paths);
  if (!pool) return tl::unexpected(pool.error());
  impl->searchers = std::move(*pool);
  if (!options.redline_paths.empty()) {
    auto dossiers = redlines::LoadDossiers(options.redline_paths);
    if (!dossiers) return tl::unexpected(dossiers.error());
    impl->dossiers_loaded = std::make_shared<const std::vector<redlines::Dossier>>(std::move(*dossiers));
  }
  impl->started = index::UtcNow();
  return Workbench(std::move(impl));
}

namespace {

// Headers every answer carries, whatever produced it.
Response WithSafetyHeaders(Response response) {
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  return response;
}

// The host name of a Host header: "127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "::1".
std::string HostName(const std::string& host) {
  if (!host.empty() && host.front() == '[') {
    const size_t close = host.find(']');
    return close == std::string::npos ? host : host.substr(1, close - 1);
  }
  return host.substr(0, host.find(':'));
}

}  // namespace

Response Workbench::Handle(const Request& request) const {
  try {
    return WithSafetyHeaders(impl_->Route(request));
  } catch (const std::exception& e) {
    // Every stage reports input errors as values; reaching here is a bug,
    // answered without taking the server down.
    return WithSafetyHeaders(
        impl_->Error(request, 500, fmt::format("internal error: {}", e.what())));
  }
}

Response Workbench::ErrorFor(const std::string& path, int status) const {
  Request request;
  request.path = path;
  std::string message = "the request could not be read";
  if (status == 413) {
    message = fmt::format(
        "the request is too large: send drafts as a multipart form, up to {} MB per file "
        "(a url-encoded form holds at most 8 KB)",
        impl_->options.max_upload_bytes >> 20);
  } else if (status == 414) {
    message = "the address is too long: paste long paragraphs into the check form instead";
  } else if (status >= 500) {
    message = "internal error while answering this request";
  }
  return WithSafetyHeaders(impl_->Error(request, status, message));
}

Response Workbench::Impl::Route(const Request& request) const {
  const std::string& path = request.path;
  if (!options.allowed_hosts.empty() && !request.host.empty()) {
    const std::string name = HostName(request.host);
    if (std::find(options.allowed_hosts.begin(), options.allowed_hosts.end(), name) ==
        options.allowed_hosts.end()) {
      return Error(request, 403,
                   fmt::format("this workbench answers to {}, not to \"{}\"",
                               fmt::join(options.allowed_hosts, ", "), name));
    }
  }
  const bool get = request.method == "GET" || request.method == "HEAD";
  const bool post = request.method == "POST";
  auto only = [&](bool allowed, const char* methods) -> std::optional<Response> {
    if (allowed) return std::nullopt;
    Response r =
        Error(request, 405, fmt::format("{} is not allowed here; use {}", request.method, methods));
    r.headers.emplace_back("Allow", methods);
    return r;
  };
  if (path == "/") {
    if (auto r = only(get, "GET")) return *r;
    return Redirect(In(UiOf(request), Link("/search")));
  }
  if (path == "/static/workbench.css")
    return Static(embedded::workbench_css(), "text/css; charset=utf-8");
  if (path == "/static/workbench.js")
    return Static(embedded::workbench_js(), "text/javascript; charset=utf-8");
  if (path == "/healthz" || path == "/api/status") {
    if (auto r = only(get, "GET")) return *r;
    return Status(request, false);
  }
  if (path == "/status") {
    if (auto r = only(get, "GET")) return *r;
    return Status(request, true);
  }
  if (path == "/search" || path == "/api/search") {
    if (auto r = only(get, "GET")) return *r;
    return path == "/search" ? SearchPage(request) : SearchApi(request);
  }
  if (path == "/documents" || path == "/api/documents") {
    if (auto r = only(get, "GET")) return *r;
    return DocumentsPage(request, path == "/api/documents");
  }
  for (const bool api : {false, true}) {
    const std::string_view prefix = api ? "/api/documents/" : "/documents/";
    if (!StartsWith(path, prefix)) continue;
    if (auto r = only(get, "GET")) return *r;
    std::string id = path.substr(prefix.size());
    if (api && id.ends_with("/export")) return Export(request, id.substr(0, id.size() - 7));
    return DocumentPage(request, id, api);
  }
  if (path == "/check") {
    if (auto r = only(get || post, "GET, POST")) return *r;
    if (get) return Page(RenderCheckForm(UiOf(request), *Dossiers(), ""));
    return Check(request, false);
  }
  if (path == "/api/check") {
    if (auto r = only(post, "POST")) return *r;
    return Check(request, true);
  }
  if (StartsWith(path, "/check/reports/") && path.ends_with(".html")) {
    if (auto r = only(get, "GET")) return *r;
    const std::string id = path.substr(15, path.size() - 15 - 5);
    auto html = reports.Get(id);
    if (!html) return Error(request, 404, "this report is no longer kept: run the check again");
    Response response =
        Download(std::move(*html), "text/html; charset=utf-8", "red-line-report.html");
    response.headers.emplace_back("Content-Security-Policy", std::string(kReportPolicy));
    return response;
  }
  if (path == "/dossiers" || path == "/api/dossiers") {
    if (auto r = only(get, "GET")) return *r;
    if (path == "/api/dossiers") return Json(DossiersJson(*Dossiers()));
    return Page(RenderDossiers(UiOf(request), *Dossiers(), options.allow_edit, request.Param("saved")));
  }
  if (path == "/dossiers/new") {
    if (auto r = only(get || post, "GET, POST")) return *r;
    if (get && request.Param("empty") != "1") return Page(RenderNewDossierForm(UiOf(request), ""));
    return NewDossier(request);
  }
  if (path == "/dossiers/save") {
    if (auto r = only(post, "POST")) return *r;
    return SaveDossier(request);
  }
  if (path == "/api/dossiers/validate") {
    if (auto r = only(post, "POST")) return *r;
    return ValidateApi(request);
  }
  if (StartsWith(path, "/dossiers/") && path.ends_with("/edit")) {
    if (auto r = only(get, "GET")) return *r;
    return EditDossier(request, path.substr(10, path.size() - 10 - 5));
  }
  return Error(request, 404, fmt::format("no page at {}", path));
}

Response Workbench::Impl::SearchPage(const Request& request) const {
  const Ui ui = UiOf(request);
  auto form = SearchForm::From(request);
  if (!form) return Page(RenderSearchPage(ui, SearchForm{}, nullptr, form.error().message), 400);
  if (form->empty()) return Page(RenderSearchPage(ui, *form, nullptr, ""));
  if (form->query.size() + form->like.size() > options.max_query_bytes) {
    return Page(RenderSearchPage(
                    ui, *form, nullptr,
                    fmt::format("the query is over {} bytes; shorten it", options.max_query_bytes)),
                413);
  }
  auto searcher = searchers->Acquire();
  if (!searcher) return Error(request, searcher.error());
  auto results = (*searcher)->Search(form->ToSearch());
  if (!results)
    return Page(RenderSearchPage(ui, *form, nullptr, results.error().message),
                StatusOf(results.error().code));
  return Page(RenderSearchPage(ui, *form, &*results, ""));
}

Response Workbench::Impl::SearchApi(const Request& request) const {
  auto form = SearchForm::From(request);
  if (!form) return Error(request, form.error());
  if (form->empty()) return Error(request, 400, "give a query (q) or a paragraph (like)");
  if (form->query.size() + form->like.size() > options.max_query_bytes) {
    return Error(request, 413, fmt::format("the query is over {} bytes", options.max_query_bytes));
  }
  size_t limit = SearchForm::kPerPage;
  const std::string limit_text = request.Param("limit");
  if (!limit_text.empty()) {
    char* end = nullptr;
    const unsigned long value = std::strtoul(limit_text.c_str(), &end, 10);
    if (*end != '\0' || value == 0 || value > 100)
      return Error(request, 400, "limit must be from 1 to 100");
    limit = value;
  }
  index::SearchRequest search = form->ToSearch(limit);
  auto searcher = searchers->Acquire();
  if (!searcher) return Error(request, searcher.error());
  auto results = (*searcher)->Search(search);
  if (!results) return Error(request, results.error());
  return Json(formats::SearchResultsJson(search, *results, -1));
}

Response Workbench::Impl::DocumentsPage(const Request& request, bool api) const {
  auto searcher = searchers->Acquire();
  if (!searcher) return Error(request, searcher.error());
  auto sources = (*searcher)->Sources();
  if (!sources) return Error(request, sources.error());
  if (api) return Json(DocumentsJson(*sources));
  return Page(RenderDocumentList(UiOf(request), *sources));
}

Response Workbench::Impl::DocumentPage(const Request& request, const std::string& id,
                                       bool api) const {
  auto searcher = searchers->Acquire();
  if (!searcher) return Error(request, searcher.error());
  auto document = (*searcher)->Document(id);
  if (!document) return Error(request, document.error());
  if (api) return Json(DocumentJson(*document));
  return Page(RenderDocumentPage(UiOf(request), *document, request.Param("flagged") == "1"));
}

Response Workbench::Impl::Export(const Request& request, const std::string& id) const {
  const std::string format = request.Param("format").empty() ? "tmx" : request.Param("format");
  const std::string level = request.Param("level").empty() ? "paragraph" : request.Param("level");
  const std::string source = request.Param("source").empty() ? "fr" : request.Param("source");
  if (format != "tmx" && format != "xliff" && format != "tsv" && format != "jsonl") {
    return Error(request, 400,
                 fmt::format("format \"{}\" is not tmx, xliff, tsv or jsonl", format));
  }
  if (level != "paragraph" && level != "sentence") {
    return Error(request, 400, fmt::format("level \"{}\" is not paragraph or sentence", level));
  }
  if (source != "fr" && source != "nl")
    return Error(request, 400, fmt::format("source \"{}\" is not fr or nl", source));
  auto searcher = searchers->Acquire();
  if (!searcher) return Error(request, searcher.error());
  auto document = (*searcher)->Document(id);
  if (!document) return Error(request, document.error());
  const auto& languages = document->info.languages;
  if (std::find(languages.begin(), languages.end(), Language::kFrench) == languages.end() ||
      std::find(languages.begin(), languages.end(), Language::kDutch) == languages.end()) {
    return Error(
        request, 400,
        fmt::format("{} is not a French-Dutch document: it has no translation pairs to export",
                    document->info.display));
  }
  const batch::AlignedDocument aligned = batch::AlignedFromIndex(*document);
  const bool sentences = level == "sentence";
  const std::vector<formats::AlignedUnit> units = batch::ExportUnits(aligned, sentences);
  formats::AlignmentInfo info;
  const std::vector<std::string> files = batch::DisplayFiles(document->info.display);
  info.fr_source = files.front();
  info.nl_source = files.back();
  info.title = document->info.title;
  info.sentences = sentences;
  info.tool_version = options.version;
  if (format == "tmx") {
    return Download(formats::WriteTmx(units, info), "application/x-tmx+xml; charset=utf-8",
                    ExportName(document->info, "tmx"));
  }
  if (format == "xliff") {
    return Download(formats::WriteXliff(units, info, source == "nl"),
                    "application/xliff+xml; charset=utf-8", ExportName(document->info, "xlf"));
  }
  if (format == "jsonl") {
    return Download(formats::WriteJsonl(units), "application/x-ndjson; charset=utf-8",
                    ExportName(document->info, "jsonl"));
  }
  return Download(formats::WriteTsv(units), "text/tab-separated-values; charset=utf-8",
                  ExportName(document->info, "tsv"));
}

Response Workbench::Impl::Check(const Request& request, bool api) const {
  const Ui ui = UiOf(request);
  DraftCheckRequest check;
  for (const UploadedFile& file : request.files) {
    if (file.field != "draft") continue;
    if (file.filename.empty() && file.content.empty()) continue;  // a file input left empty
    check.files.push_back({file.filename, file.content});
  }
  check.pasted = request.Param("text");
  check.dossiers = request.Params("dossier");
  check.parity = request.Param("parity") == "1" || request.Param("parity") == "true";
  check.max_file_bytes = options.max_upload_bytes;
  check.max_pasted_bytes = options.max_pasted_bytes;
  auto searcher = searchers->Acquire();
  check.date = request.Param("date");
  const auto dossiers = Dossiers();
  auto checked = CheckDrafts(check, *dossiers, searcher ? &**searcher : nullptr);
  if (!checked) {
    const int status = StatusOf(checked.error().code);
    if (api) return Error(request, status, checked.error().message);
    return Page(RenderCheckForm(ui, *dossiers, checked.error().message), status);
  }
  const std::string title = fmt::format("{}", fmt::join(checked->files, " + "));
  if (api && request.Param("format") == "html") {
    Response response = Page(check::HtmlReport(checked->report, title, checked->priors));
    response.headers = {{"Content-Security-Policy", std::string(kReportPolicy)},
                        {"Cache-Control", "no-store"}};
    return response;
  }
  if (api) return Json(check::JsonReport(checked->report, checked->priors));
  const std::string id = reports.Put(check::HtmlReport(checked->report, title, checked->priors));
  return Page(RenderCheckReport(ui, *checked, "/check/reports/" + id + ".html"));
}

Result<ServerStatus> Workbench::Impl::ReadStatus() const {
  auto searcher = searchers->Acquire();
  if (!searcher) return tl::unexpected(searcher.error());
  auto stats = (*searcher)->Stats();
  if (!stats) return tl::unexpected(stats.error());
  ServerStatus status;
  status.stats = std::move(*stats);
  status.dossiers = Dossiers()->size();
  status.version = options.version;
  status.started = started;
  return status;
}

Response Workbench::Impl::Status(const Request& request, bool page) const {
  auto status = ReadStatus();
  if (!status) return Error(request, status.error());
  if (!page) return Json(StatusJson(*status));
  return Page(RenderStatus(UiOf(request), *status));
}

namespace {

// A page that sets the edit session's cookie when it opened one.
Response WithSession(Response response, const std::string& asked, const std::string& session) {
  if (session != asked) {
    response.headers.emplace_back(
        "Set-Cookie", fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict", EditSessions::kCookie, session));
  }
  return response;
}

// The text of an uploaded report: its paragraphs as ingest reads them.
std::string ParagraphsOf(const Document& document) {
  std::string text;
  for (const Stream& stream : document.streams) {
    for (const Block& block : stream.blocks) {
      if (!text.empty()) text += "\n\n";
      text += block.text;
    }
  }
  return text;
}

std::string Place(const propose::SourceSentence& s) {
  if (s.text.empty()) return "";
  std::string where = s.place.file;
  if (s.place.paragraph > 0) where += fmt::format(" §{}", s.place.paragraph);
  if (!s.place.section.empty()) where += " — " + s.place.section;
  return where.empty() ? s.text : fmt::format("{} ({})", s.text, where);
}

}  // namespace

std::string Workbench::Impl::SaveFolder() const {
  for (const std::string& path : options.redline_paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return path;
  }
  return "";
}

Response Workbench::Impl::Editor(const Request& request, DossierEditor editor, int status) const {
  const std::string asked = request.Cookie(EditSessions::kCookie);
  std::string session = asked;
  editor.csrf = sessions.TokenFor(&session);
  editor.allow_edit = options.allow_edit;
  return WithSession(Page(RenderDossierEditor(UiOf(request), editor), status), asked, session);
}

// The editor's first state for a proposal: its rules with the sentences they
// came from, what was not turned into a rule as notes, validated.
DossierEditor Workbench::Impl::EditorOf(const propose::Proposal& proposal) const {
  DossierEditor editor;
  editor.draft.dossier = proposal.dossier;
  for (const propose::ProposedRule& rule : proposal.rules) {
    SourceNote note;
    for (const propose::SourceSentence& s : rule.sources) {
      (s.place.language == Language::kDutch ? note.nl : note.fr) = Place(s);
    }
    editor.draft.sources.push_back(std::move(note));
  }
  editor.draft.sources.resize(editor.draft.dossier.rules.size());
  for (const propose::Unturned& u : proposal.unturned) editor.draft.notes.push_back(fmt::format("{} — {}", Place(u.sentence), u.reason));
  editor.message = ValidateDraft(editor.draft, *Dossiers());
  editor.checked = true;
  return editor;
}

Response Workbench::Impl::NewDossier(const Request& request) const {
  const Ui ui = UiOf(request);
  DossierEditor editor;
  if (request.method == "GET") {  // an empty dossier with one rule to fill
    editor.draft.dossier.id = "";
    editor.draft.dossier.rules.push_back(redlines::Rule{});
    editor.draft.dossier.rules.back().id = "R-1";
    editor.draft.sources.resize(1);
    return Editor(request, std::move(editor));
  }
  propose::ProposeOptions propose_options;
  propose_options.dossier_id = request.Param("dossier");
  std::vector<const UploadedFile*> files;
  for (const UploadedFile& file : request.files) {
    if (file.field == "report" && !(file.filename.empty() && file.content.empty())) files.push_back(&file);
  }
  if (files.size() > 2) return Page(RenderNewDossierForm(ui, "a report is one file (FR, NL or both) or two (FR and NL)"), 400);
  std::string fr = request.Param("report-fr"), nl = request.Param("report-nl");
  std::string source = "pasted";
  for (const UploadedFile* file : files) {
    if (file->content.size() > options.max_upload_bytes) {
      return Page(RenderNewDossierForm(ui, fmt::format("{} is over the upload limit of {} MB", CleanFileName(file->filename),
                                                       options.max_upload_bytes >> 20)),
                  413);
    }
  }
  if (!files.empty()) {
    source = CleanFileName(files.front()->filename);
    auto first = ingest::ReadDocumentBytes(files.front()->content, source);
    if (!first) return Page(RenderNewDossierForm(ui, first.error().message), StatusOf(first.error().code));
    if (files.size() == 1) {
      auto proposal = propose::ProposeDossier(*first, propose_options);
      if (!proposal) return Page(RenderNewDossierForm(ui, proposal.error().message), 422);
      fr.clear();
      nl.clear();
      return Editor(request, EditorOf(*proposal));
    }
    auto second = ingest::ReadDocumentBytes(files.back()->content, CleanFileName(files.back()->filename));
    if (!second) return Page(RenderNewDossierForm(ui, second.error().message), StatusOf(second.error().code));
    fr = ParagraphsOf(*first);
    nl = ParagraphsOf(*second);
  }
  if (fr.find_first_not_of(" \t\r\n") == std::string::npos && nl.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Page(RenderNewDossierForm(ui, "nothing to propose from: paste the report or upload it (or start an empty dossier)"), 400);
  }
  if (fr.size() + nl.size() > options.max_pasted_bytes * 2) {
    return Page(RenderNewDossierForm(ui, "the pasted report is too large"), 413);
  }
  if (fr.find_first_not_of(" \t\r\n") == std::string::npos) std::swap(fr, nl);  // one text: read as bilingual
  auto proposal = propose::ProposeDossierFromText(fr, nl, source, propose_options);
  if (!proposal) return Page(RenderNewDossierForm(ui, proposal.error().message), 422);
  return Editor(request, EditorOf(*proposal));
}

Response Workbench::Impl::EditDossier(const Request& request, const std::string& id) const {
  const auto dossiers = Dossiers();
  auto it = std::find_if(dossiers->begin(), dossiers->end(), [&](const redlines::Dossier& d) { return d.id == id; });
  if (it == dossiers->end()) return Error(request, 404, fmt::format("no dossier \"{}\" is loaded", id));
  DossierEditor editor;
  editor.draft = DraftOf(*it);
  if (request.Param("version") == "1") {  // a new version: its own id, agreed today, superseding this one
    editor.draft.original.clear();
    editor.draft.dossier.supersedes = it->id;
    editor.draft.dossier.agreed = check::Today();
    editor.draft.dossier.id = it->id + "-" + check::Today();
  }
  return Editor(request, std::move(editor));
}

Response Workbench::Impl::ValidateApi(const Request& request) const {
  const DossierDraft draft = DraftFromForm(request);
  const std::string message = ValidateDraft(draft, *Dossiers());
  nlohmann::json out = {{"valid", message.empty()}, {"message", message}};
  return Json(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response Workbench::Impl::SaveDossier(const Request& request) const {
  DossierEditor editor;
  editor.draft = DraftFromForm(request);
  const std::string action = request.Param("action");
  if (action == "add") {
    redlines::Rule rule;
    rule.id = fmt::format("R-{}", editor.draft.dossier.rules.size() + 1);
    editor.draft.dossier.rules.push_back(std::move(rule));
    editor.draft.sources.resize(editor.draft.dossier.rules.size());
    return Editor(request, std::move(editor));
  }
  editor.message = ValidateDraft(editor.draft, *Dossiers());
  editor.checked = true;
  if (action == "validate") return Editor(request, std::move(editor), editor.message.empty() ? 200 : 422);
  // A save: the workbench's only write.
  if (!options.allow_edit) {
    return Error(request, 403,
                 "saving is off: this workbench was started without --allow-edit (restart it with "
                 "`tandem serve --redlines DIR --allow-edit` to save dossiers)");
  }
  // From a page of this workbench only: the browser says where the form was
  // (Sec-Fetch-Site; else Origin, which the pages' no-referrer policy turns
  // into "null" even on this site's own forms).
  const std::string origin_host = request.origin.starts_with("http://")    ? request.origin.substr(7)
                                  : request.origin.starts_with("https://") ? request.origin.substr(8)
                                                                           : request.origin;
  const bool same_origin = !request.fetch_site.empty() ? request.fetch_site == "same-origin"
                           : !request.origin.empty()   ? request.origin != "null" && origin_host == request.host
                                                       : true;  // not a browser: the token decides
  if (!same_origin) {
    return Error(request, 403,
                 fmt::format("a dossier is saved from this workbench's own edit page, not from {}",
                             request.origin.empty() || request.origin == "null" ? "another site" : request.origin));
  }
  if (!sessions.Valid(request.Cookie(EditSessions::kCookie), request.Param("csrf"))) {
    return Error(request, 403, "this edit form's session token is missing or out of date: reload the edit page and save again");
  }
  const std::string folder = SaveFolder();
  if (folder.empty()) {
    return Error(request, 409, "saving needs --redlines to name a folder: the red-line files it names are not saved over");
  }
  std::lock_guard<std::mutex> lock(save_mutex);
  const auto dossiers = Dossiers();
  editor.message = ValidateDraft(editor.draft, *dossiers);
  if (!editor.message.empty()) return Editor(request, std::move(editor), 422);
  const redlines::Dossier& d = editor.draft.dossier;
  std::string target = (std::filesystem::path(folder) / (d.id + ".xml")).string();
  auto original = std::find_if(dossiers->begin(), dossiers->end(),
                               [&](const redlines::Dossier& x) { return !editor.draft.original.empty() && x.id == editor.draft.original; });
  if (original != dossiers->end() && original->id == d.id) {
    target = original->path;
  } else {
    std::error_code ec;
    if (std::filesystem::exists(target, ec)) {
      editor.message = fmt::format("{} already exists: choose another dossier id", target);
      return Editor(request, std::move(editor), 409);
    }
  }
  if (auto written = WriteFileAtomically(target, redlines::DossierXml(d)); !written) {
    return Error(request, 500, written.error().message);
  }
  auto reloaded = redlines::LoadDossiers(options.redline_paths);
  if (!reloaded) return Error(request, 500, fmt::format("saved, but the dossiers could not be reloaded: {}", reloaded.error().message));
  {
    std::unique_lock<std::shared_mutex> write(dossiers_mutex);
    dossiers_loaded = std::make_shared<const std::vector<redlines::Dossier>>(std::move(*reloaded));
  }
  return Redirect(In(UiOf(request), Link("/dossiers").Add("saved", d.id)) + "#dossier-" + d.id);
}

}  // namespace tandem::workbench
