// The JSON API and the pages, answered by the workbench over a real index
// built from corpus/ (no socket: tests/cli/serve_cli_test.cc has those).
#include "pipeline/workbench/workbench.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "pipeline/batch/aligned_document.h"
#include "pipeline/batch/ingest_job.h"
#include "pipeline/formats/writers.h"
#include "tests/support/test_files.h"

namespace tandem::workbench {
namespace {

using nlohmann::json;
using tandem::testing::SourceDir;
using tandem::testing::TempDir;

class WorkbenchApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    dir_->Write("hostile/hostile.fr.txt",
                "Note <script>alert('xss')</script> hostile\n\nLe paragraphe <img src=x "
                "onerror=alert(1)> contient du "
                "balisage &amp; des guillemets \" qui doivent rester du texte.\n");
    dir_->Write("hostile/hostile.nl.txt",
                "Nota <script>alert('xss')</script> vijandig\n\nDe alinea <img src=x "
                "onerror=alert(1)> bevat opmaak "
                "&amp; aanhalingstekens \" die tekst moeten blijven.\n");
    auto writer = index::IndexWriter::Open(dir_->Join("index"));
    ASSERT_TRUE(writer) << writer.error().message;
    std::vector<Error> problems;
    const std::vector<batch::Input> inputs =
        batch::CollectInputs({SourceDir() + "/corpus", dir_->Join("hostile")}, &problems);
    ASSERT_TRUE(problems.empty());
    const batch::IngestReport report = batch::IngestAll(inputs, *writer);
    ASSERT_EQ(report.failed(), 0u);
    WorkbenchOptions options;
    options.index_paths = {dir_->Join("index")};
    options.redline_paths = {SourceDir() + "/corpus/redlines"};
    options.max_upload_bytes = 64 * 1024;
    options.version = "test";
    auto opened = Workbench::Open(options);
    ASSERT_TRUE(opened) << opened.error().message;
    bench_ = new Workbench(std::move(*opened));
  }
  static void TearDownTestSuite() {
    delete bench_;
    delete dir_;
  }

  static Response Get(const std::string& path,
                      std::multimap<std::string, std::string> params = {}) {
    Request request;
    request.method = "GET";
    request.path = path;
    request.params = std::move(params);
    return bench_->Handle(request);
  }
  static Response Post(const std::string& path, std::multimap<std::string, std::string> params,
                       std::vector<UploadedFile> files = {}) {
    Request request;
    request.method = "POST";
    request.path = path;
    request.params = std::move(params);
    request.files = std::move(files);
    return bench_->Handle(request);
  }
  static json Json(const Response& r) {
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
    return json::parse(r.body);
  }
  static std::string Header(const Response& r, const std::string& name) {
    for (const auto& [n, v] : r.headers) {
      if (n == name) return v;
    }
    return "";
  }
  // The id of the document whose source display contains `part`.
  static std::string DocumentId(const std::string& part) {
    const json list = Json(Get("/api/documents"));
    for (const json& d : list["documents"]) {
      if (d["source"].get<std::string>().find(part) != std::string::npos) return d["id"];
    }
    return "";
  }

  static TempDir* dir_;
  static Workbench* bench_;
};
TempDir* WorkbenchApi::dir_ = nullptr;
Workbench* WorkbenchApi::bench_ = nullptr;

TEST_F(WorkbenchApi, SearchAnswersABilingualConcordance) {
  const Response r = Get("/api/search", {{"q", "avoirs russes immobilisés"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = Json(r);
  ASSERT_FALSE(j["hits"].empty());
  const json& hit = j["hits"][0];
  EXPECT_NE(hit["source"].get<std::string>().find("ukraine-support"), std::string::npos);
  EXPECT_EQ(hit["texts"][0]["lang"], "fr");
  EXPECT_EQ(hit["texts"][1]["lang"], "nl");
  EXPECT_FALSE(hit["texts"][0]["matches"].empty());
  EXPECT_EQ(hit["source_id"].get<std::string>().size(), 16u);
  EXPECT_FALSE(hit["cross_lingual"].get<bool>());
  EXPECT_TRUE(j["facets"].contains("type"));
}

TEST_F(WorkbenchApi, SearchFiltersByFacetsAndDatesAndPages) {
  const json all = Json(Get("/api/search", {{"q", "Belgique"}, {"limit", "100"}}));
  ASSERT_GT(all["estimated_matches"].get<int>(), 5);
  // One facet value: every hit has it, and the count is the facet's.
  const auto& types = all["facets"]["type"];
  const std::string type = types.begin().key();
  const json one = Json(Get("/api/search", {{"q", "Belgique"}, {"type", type}, {"limit", "100"}}));
  EXPECT_EQ(one["estimated_matches"], types.begin().value());
  for (const json& hit : one["hits"]) EXPECT_EQ(hit["type"], type);
  // A source facet value is the exact display name.
  const std::string source = all["hits"][0]["source"];
  const json from_source =
      Json(Get("/api/search", {{"q", "Belgique"}, {"source", source}, {"limit", "100"}}));
  ASSERT_FALSE(from_source["hits"].empty());
  for (const json& hit : from_source["hits"]) EXPECT_EQ(hit["source"], source);
  // A date range keeps dated units inside it.
  const json dated =
      Json(Get("/api/search", {{"q", "Belgique"}, {"from", "2026"}, {"limit", "100"}}));
  for (const json& hit : dated["hits"]) EXPECT_GE(hit["date"].get<std::string>(), "2026");
  const json until =
      Json(Get("/api/search", {{"q", "Belgique"}, {"to", "2025-06"}, {"limit", "100"}}));
  for (const json& hit : until["hits"])
    EXPECT_LE(hit["date"].get<std::string>().substr(0, 7), "2025-06");
  EXPECT_LT(until["estimated_matches"].get<int>() + dated["estimated_matches"].get<int>(),
            all["estimated_matches"].get<int>() + 1);
  // Page 2 starts where page 1 ended.
  const json page2 = Json(Get("/api/search", {{"q", "Belgique"}, {"page", "2"}}));
  EXPECT_EQ(page2["offset"], 10);
  EXPECT_EQ(page2["hits"][0]["rank"], 11);
  EXPECT_EQ(page2["hits"][0]["source"], all["hits"][10]["source"]);
}

TEST_F(WorkbenchApi, ALanguageFilterAndCrossLingualHitsAreMarked) {
  // A French query over Dutch units only: found through the translation.
  const json j = Json(Get("/api/search", {{"q", "désarmement nucléaire"}, {"lang", "nl"}}));
  ASSERT_FALSE(j["hits"].empty()) << j.dump();
  bool any_cross = false;
  for (const json& hit : j["hits"]) any_cross = any_cross || hit["cross_lingual"].get<bool>();
  EXPECT_TRUE(any_cross);
  // Without translation, only units whose French text has the words.
  const json off = Json(
      Get("/api/search", {{"q", "désarmement nucléaire"}, {"lang", "nl"}, {"translate", "0"}}));
  for (const json& hit : off["hits"]) {
    EXPECT_FALSE(hit["cross_lingual"].get<bool>());
    EXPECT_EQ(hit["texts"][0]["lang"], "fr");
  }
}

TEST_F(WorkbenchApi, LikeThisFindsTheClosestParagraph) {
  const json j = Json(
      Get("/api/search", {{"like",
                           "La Belgique plaide pour que l'adaptation reçoive au moins la moitié "
                           "des financements publics climatiques."}}));
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_NE(j["hits"][0]["source"].get<std::string>().find("climate-finance"), std::string::npos);
  EXPECT_TRUE(j["like"].get<bool>());
}

TEST_F(WorkbenchApi, BadSearchParametersAre400WithTheReason) {
  const struct {
    std::multimap<std::string, std::string> params;
    std::string reason;
  } cases[] = {
      {{}, "give a query"},
      {{{"q", "x"}, {"page", "0"}}, "page"},
      {{{"q", "x"}, {"page", "abc"}}, "page"},
      {{{"q", "x"}, {"page", "101"}}, "page"},
      {{{"q", "x"}, {"lang", "xx"}}, "lang"},
      {{{"q", "x"}, {"year", "20x5"}}, "year"},
      {{{"q", "x"}, {"from", "2025-13-99-1"}}, "from"},
      {{{"q", "x"}, {"sort", "best"}}, "sort"},
      {{{"q", "x"}, {"limit", "0"}}, "limit"},
      {{{"q", "x"}, {"limit", "1000"}}, "limit"},
  };
  for (const auto& c : cases) {
    const Response r = Get("/api/search", c.params);
    EXPECT_EQ(r.status, 400) << c.reason;
    const json j = Json(r);
    EXPECT_EQ(j["error"]["status"], 400);
    EXPECT_NE(j["error"]["message"].get<std::string>().find(c.reason), std::string::npos)
        << j.dump();
  }
  EXPECT_EQ(Get("/api/search", {{"q", std::string(5000, 'a')}}).status, 413);
}

TEST_F(WorkbenchApi, DocumentsListAndOneDocumentWithItsFlags) {
  const json list = Json(Get("/api/documents"));
  EXPECT_EQ(list["documents"].size(), 15u);  // the 14 of corpus/ and the hostile pair
  const std::string id = DocumentId("cyber-diplomacy");
  ASSERT_FALSE(id.empty());
  const json doc = Json(Get("/api/documents/" + id));
  EXPECT_EQ(doc["languages"], json::array({"fr", "nl"}));
  std::set<std::string> types;
  for (const json& unit : doc["units"]) {
    for (const json& flag : unit["flags"]) types.insert(flag["type"]);
  }
  EXPECT_EQ(types, (std::set<std::string>{"numbers", "negation", "one-sided"}));
  EXPECT_EQ(doc["flagged"], 4);
  EXPECT_EQ(doc["units"].size(), doc["units"].back()["position"].get<size_t>() + 1);
}

TEST_F(WorkbenchApi, TheTermFlagRaisedAtIngestIsShownWithTheDocument) {
  const std::string id = DocumentId("arctic-policy");
  ASSERT_FALSE(id.empty());
  const json doc = Json(Get("/api/documents/" + id));
  std::vector<std::string> messages;
  for (const json& unit : doc["units"]) {
    for (const json& flag : unit["flags"]) {
      if (flag["type"] == "term") messages.push_back(flag["message"]);
    }
  }
  ASSERT_EQ(messages.size(), 1u) << doc.dump();
  EXPECT_NE(messages[0].find("\"buitenlandse politiek\""), std::string::npos) << messages[0];
}

TEST_F(WorkbenchApi, UnknownDocumentsAndPathsAre404) {
  for (const std::string path :
       {"/api/documents/0123456789abcdef", "/api/documents/nothex", "/api/documents/",
        "/api/documents/0123456789abcdef/export", "/api/nothing", "/nothing",
        "/check/reports/00000000000000000000000000000000.html"}) {
    const Response r = Get(path);
    EXPECT_EQ(r.status, 404) << path;
  }
  EXPECT_EQ(Json(Get("/api/nothing"))["error"]["status"], 404);
  EXPECT_NE(Get("/nothing").content_type.find("text/html"), std::string::npos);
}

TEST_F(WorkbenchApi, ExportsAreWhatTheCommandLineWrites) {
  const std::string id = DocumentId("climate-finance");
  const std::string fr = SourceDir() + "/corpus/pairs/climate-finance.fr.txt";
  const std::string nl = SourceDir() + "/corpus/pairs/climate-finance.nl.txt";
  auto aligned = batch::ReadAndAlign(batch::Input{fr, nl});
  ASSERT_TRUE(aligned);
  for (const bool sentences : {false, true}) {
    const auto units = batch::ExportUnits(*aligned, sentences);
    const Response tsv = Get("/api/documents/" + id + "/export",
                             {{"format", "tsv"}, {"level", sentences ? "sentence" : "paragraph"}});
    ASSERT_EQ(tsv.status, 200) << tsv.body;
    EXPECT_EQ(tsv.body, formats::WriteTsv(units));
    EXPECT_EQ(Get("/api/documents/" + id + "/export",
                  {{"format", "jsonl"}, {"level", sentences ? "sentence" : "paragraph"}})
                  .body,
              formats::WriteJsonl(units));
  }
  const Response tmx = Get("/api/documents/" + id + "/export", {{"format", "tmx"}});
  EXPECT_EQ(tmx.status, 200);
  EXPECT_NE(tmx.content_type.find("tmx"), std::string::npos);
  EXPECT_EQ(Header(tmx, "Content-Disposition"), "attachment; filename=\"climate-finance.tmx\"");
  formats::AlignmentInfo info;
  info.creation_date = "X";
  const std::string cli = formats::WriteTmx(batch::ExportUnits(*aligned, false), info);
  auto body = [](const std::string& t) { return t.substr(t.find("<body>")); };
  EXPECT_EQ(body(tmx.body), body(cli));
  const Response xliff =
      Get("/api/documents/" + id + "/export", {{"format", "xliff"}, {"source", "nl"}});
  EXPECT_NE(xliff.body.find("srcLang=\"nl"), std::string::npos);
}

TEST_F(WorkbenchApi, BadExportsAre400) {
  const std::string id = DocumentId("climate-finance");
  EXPECT_EQ(Get("/api/documents/" + id + "/export", {{"format", "docx"}}).status, 400);
  EXPECT_EQ(Get("/api/documents/" + id + "/export", {{"level", "word"}}).status, 400);
  EXPECT_EQ(Get("/api/documents/" + id + "/export", {{"source", "en"}}).status, 400);
  const Response mono = Get("/api/documents/" + DocumentId("export-control-brief") + "/export");
  EXPECT_EQ(mono.status, 400);
  EXPECT_NE(Json(mono)["error"]["message"].get<std::string>().find("not a French-Dutch document"),
            std::string::npos);
}

TEST_F(WorkbenchApi, CheckAnswersTheContractsJson) {
  const Response r = Post("/api/check", {{"dossier", "sahel-2025"}},
                          {{"draft", "note.fr.txt",
                            "Note\n\nAu Mali, la Belgique reprendra l'appui budgétaire à la junte "
                            "dès le mois prochain.\n"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = Json(r);
  ASSERT_GT(j["summary"]["blocking"].get<int>(), 0);
  EXPECT_EQ(j["findings"][0]["file"], "note.fr.txt");
  const Response html =
      Post("/api/check", {{"text", "Au Mali, la Belgique reprendra l'appui budgétaire à la junte."},
                          {"format", "html"}});
  EXPECT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("<!DOCTYPE html>"), std::string::npos);
  EXPECT_NE(Header(html, "Content-Security-Policy").find("default-src 'none'"), std::string::npos);
}

TEST_F(WorkbenchApi, CheckRefusalsAre400And413) {
  EXPECT_EQ(Post("/api/check", {}).status, 400);
  EXPECT_EQ(Post("/api/check", {{"text", "Texte."}, {"dossier", "unknown"}}).status, 400);
  const Response big = Post("/api/check", {}, {{"draft", "big.txt", std::string(65 * 1024, 'a')}});
  EXPECT_EQ(big.status, 413);
  EXPECT_NE(Json(big)["error"]["message"].get<std::string>().find("upload limit"),
            std::string::npos);
  const Response bad = Post("/api/check", {}, {{"draft", "latin1.txt", "caf\xe9\n"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(Json(bad)["error"]["message"].get<std::string>().find("latin1.txt:1"),
            std::string::npos);
  EXPECT_EQ(Get("/api/check").status, 405);
  EXPECT_EQ(Header(Get("/api/check"), "Allow"), "POST");
}

TEST_F(WorkbenchApi, CheckPageKeepsTheReportForDownload) {
  const Response page = Post(
      "/check",
      {{"text", "Au Mali, la Belgique reprendra l'appui budgétaire à la junte."}, {"ui", "nl"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("blokkerende bevinding"), std::string::npos);
  const size_t at = page.body.find("/check/reports/");
  ASSERT_NE(at, std::string::npos);
  const std::string url = page.body.substr(at, page.body.find('"', at) - at);
  const Response report = Get(url);
  EXPECT_EQ(report.status, 200);
  EXPECT_NE(Header(report, "Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_NE(report.body.find("SAH-1"), std::string::npos);
}

TEST_F(WorkbenchApi, DossiersStatusAndHealth) {
  const json d = Json(Get("/api/dossiers"));
  ASSERT_EQ(d["dossiers"].size(), 4u);
  EXPECT_TRUE(d["dossiers"][0]["titles"].contains("fr"));
  EXPECT_TRUE(d["dossiers"][0]["titles"].contains("nl"));
  EXPECT_FALSE(d["dossiers"][0]["rules"].empty());
  const json health = Json(Get("/healthz"));
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["index"]["sources"], 15);  // the 14 of corpus/ and the hostile pair
  EXPECT_GT(health["index"]["units"].get<int>(), 100);
  EXPECT_EQ(health["index"]["last_ingest"].get<std::string>().size(), 20u);  // 2026-11-22T10:15:00Z
  EXPECT_EQ(health["dossiers"], 4);
  EXPECT_EQ(Json(Get("/api/status")), health);
}

TEST_F(WorkbenchApi, EveryPageIsHtmlWithThePolicyAndItsLanguage) {
  const std::string id = DocumentId("cyber-diplomacy");
  for (const std::string& path : std::vector<std::string>{
           "/search", "/documents", "/documents/" + id, "/check", "/dossiers", "/status"}) {
    for (const std::string ui : {"fr", "nl"}) {
      const Response r = Get(path, {{"ui", ui}});
      EXPECT_EQ(r.status, 200) << path;
      EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
      EXPECT_NE(r.body.find("<html lang=\"" + ui + "\">"), std::string::npos) << path;
      EXPECT_NE(Header(r, "Content-Security-Policy").find("script-src 'self'"), std::string::npos);
      EXPECT_EQ(r.body.find("<script>"), std::string::npos) << path << ": no inline script";
      EXPECT_EQ(r.body.find(" style="), std::string::npos) << path << ": no inline style";
      EXPECT_EQ(Header(r, "X-Content-Type-Options"), "nosniff");
    }
  }
  EXPECT_EQ(Get("/").status, 303);
  EXPECT_EQ(Get("/static/workbench.css").content_type, "text/css; charset=utf-8");
  EXPECT_EQ(Get("/static/workbench.js").content_type, "text/javascript; charset=utf-8");
}

TEST_F(WorkbenchApi, IndexedMarkupStaysText) {
  const json hits = Json(Get("/api/search", {{"q", "balisage guillemets"}}));
  ASSERT_FALSE(hits["hits"].empty());
  for (const Response& page :
       {Get("/search", {{"q", "balisage guillemets"}}), Get("/documents/" + DocumentId("hostile")),
        Get("/search", {{"q", "<script>alert(2)</script>"}})}) {
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
    EXPECT_EQ(page.body.find("<img src=x"), std::string::npos);
    EXPECT_EQ(page.body.find("<img"), std::string::npos);
  }
  EXPECT_NE(Get("/documents/" + DocumentId("hostile")).body.find("&lt;script&gt;alert("),
            std::string::npos);
}

TEST_F(WorkbenchApi, OnlyTheServersOwnHostNamesAreAnswered) {
  WorkbenchOptions options;
  options.index_paths = {dir_->Join("index")};
  options.allowed_hosts = {"127.0.0.1", "localhost", "::1"};
  auto guarded = Workbench::Open(options);
  ASSERT_TRUE(guarded);
  const struct {
    std::string host;
    int status;
  } cases[] = {
      {"127.0.0.1:8080", 200},
      {"localhost:8080", 200},
      {"[::1]:8080", 200},
      {"localhost", 200},
      {"", 200},  // HTTP/1.0 clients send none
      {"attacker.example:8080", 403},
      {"127.0.0.1.attacker.example", 403},
  };
  for (const auto& c : cases) {
    Request request;
    request.method = "GET";
    request.path = "/api/status";
    request.host = c.host;
    const Response r = guarded->Handle(request);
    EXPECT_EQ(r.status, c.status) << c.host;
    if (c.status == 403) {
      EXPECT_NE(r.body.find("attacker.example"), std::string::npos);
    }
  }
}

TEST_F(WorkbenchApi, WrongMethodsAre405) {
  Request request;
  request.method = "DELETE";
  request.path = "/api/documents";
  const Response r = bench_->Handle(request);
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(Header(r, "Allow"), "GET");
  EXPECT_EQ(Post("/search", {{"q", "x"}}).status, 405);
}

TEST_F(WorkbenchApi, RefusedRequestsGetTheSameErrorShapes) {
  const Response api = bench_->ErrorFor("/api/check", 413);
  EXPECT_EQ(api.status, 413);
  EXPECT_NE(Json(api)["error"]["message"].get<std::string>().find("too large"), std::string::npos);
  const Response page = bench_->ErrorFor("/check", 413);
  EXPECT_NE(page.body.find("<html"), std::string::npos);
  EXPECT_EQ(Header(page, "X-Content-Type-Options"), "nosniff");
  EXPECT_NE(Json(bench_->ErrorFor("/api/search", 500))["error"]["message"].get<std::string>().find(
                "internal error"),
            std::string::npos);
}

}  // namespace
}  // namespace tandem::workbench
