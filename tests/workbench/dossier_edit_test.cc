// The dossier editor: the form read into a dossier, validation with the
// schema's message, the atomic write, the session tokens, and the save
// through the workbench (allowed or not, same-origin or not, then reloaded).
#include "pipeline/workbench/dossier_edit.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "pipeline/batch/ingest_job.h"
#include "pipeline/batch/inputs.h"
#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/workbench/workbench.h"
#include "tests/support/test_files.h"

namespace tandem::workbench {
namespace {

using tandem::testing::ReadAll;
using tandem::testing::TempDir;
namespace fs = std::filesystem;

constexpr std::string_view kFeb = R"(<redlines xmlns="urn:tandem:redlines:1" dossier="aid-feb" agreed="2025-02-10">
  <limit id="AID-1" severity="blocking" unit="EUR" max="100000000">
    <quantity xml:lang="fr">aide alimentaire</quantity><quantity xml:lang="nl">voedselhulp</quantity>
  </limit>
</redlines>
)";
constexpr std::string_view kJun = R"(<redlines xmlns="urn:tandem:redlines:1" dossier="aid-jun" agreed="2025-06-01" supersedes="aid-feb">
  <limit id="AID-1" severity="blocking" unit="EUR" max="300000000">
    <quantity xml:lang="fr">aide alimentaire</quantity><quantity xml:lang="nl">voedselhulp</quantity>
  </limit>
  <forbid id="AID-2" severity="warning">
    <claim xml:lang="fr">suspendre l'aide alimentaire</claim><claim xml:lang="nl">de voedselhulp opschorten</claim>
  </forbid>
</redlines>
)";

Request Form(std::multimap<std::string, std::string> params) {
  Request r;
  r.method = "POST";
  r.path = "/dossiers/save";
  r.params = std::move(params);
  return r;
}

// The form of one forbid rule, with `nl` as its Dutch claim.
std::multimap<std::string, std::string> OneRule(const std::string& id, const std::string& nl) {
  return {{"dossier", id},     {"agreed", "2025-03-01"}, {"rules", "1"},
          {"r0-id", "S-1"},    {"r0-kind", "forbid"},    {"r0-severity", "blocking"},
          {"r0-fr", "lever les sanctions\nsupprimer les sanctions"}, {"r0-nl", nl}};
}

TEST(DossierForm, ReadsEveryFieldAndLeavesDeletedRulesOut) {
  Request r = Form({{"dossier", " d-1 "}, {"agreed", "2025-03-01"}, {"supersedes", "d-0"}, {"source", "Réunion"},
                    {"title-fr", "Titre"}, {"title-nl", "Titel"}, {"topic-fr", "Mali\n\nSahel"}, {"topic-nl", "Mali"},
                    {"original", "d-0"}, {"rules", "3"},
                    {"r0-id", "L"}, {"r0-kind", "limit"}, {"r0-severity", "warning"}, {"r0-unit", "%"},
                    {"r0-min", "0,7"}, {"r0-max", "1 500 000"}, {"r0-fr", "aide"}, {"r0-nl", "hulp"},
                    {"r0-agreed-fr", "La Belgique consacre 0,7 %."}, {"r0-source-fr", "§3"},
                    {"r1-id", "X"}, {"r1-kind", "forbid"}, {"r1-delete", "1"},
                    {"r2-id", "T"}, {"r2-kind", "term"}, {"r2-fr", "pays partenaire"}, {"r2-nl", "partnerland"},
                    {"r2-avoid-fr", "pays bénéficiaire"}, {"r2-avoid-nl", "begunstigd land"}, {"r2-value", "oppose"}});
  const DossierDraft draft = DraftFromForm(r);
  const redlines::Dossier& d = draft.dossier;
  EXPECT_EQ(d.id, "d-1");
  EXPECT_EQ(d.supersedes, "d-0");
  EXPECT_EQ(draft.original, "d-0");
  EXPECT_EQ(d.topic.size(), 3u);
  ASSERT_EQ(d.rules.size(), 2u);
  EXPECT_EQ(d.rules[0].kind, redlines::RuleKind::kLimit);
  EXPECT_EQ(d.rules[0].severity, redlines::Severity::kWarning);
  EXPECT_EQ(d.rules[0].unit, "%");
  EXPECT_DOUBLE_EQ(*d.rules[0].min, 0.7);
  EXPECT_DOUBLE_EQ(*d.rules[0].max, 1500000);
  EXPECT_EQ(d.rules[0].agreed.size(), 1u);
  EXPECT_EQ(draft.sources[0].fr, "§3");
  EXPECT_EQ(d.rules[1].id, "T");
  EXPECT_EQ(d.rules[1].avoid.size(), 2u);
  EXPECT_EQ(ValidateDraft(draft, {}), "");
}

TEST(DossierForm, ValidationGivesTheSchemasMessageNamingTheRule) {
  struct {
    std::multimap<std::string, std::string> form;
    std::string expected;
  } rows[] = {
      {OneRule("d", ""), "rule S-1 needs a French and a Dutch <claim>"},
      {OneRule("", "de sancties opheffen"), "the dossier needs an id"},
      {OneRule("1d", "de sancties opheffen"), "not a red-line file"},
      {OneRule("../evil", "de sancties opheffen"), "not a red-line file"},  // the id names the file: an NCName
      {OneRule("a/b", "de sancties opheffen"), "not a red-line file"},
      {OneRule("aid-feb", "de sancties opheffen"), "dossier aid-feb is also read from"},
  };
  auto feb = redlines::LoadDossierBytes(kFeb, "rl/aid-feb.xml");
  ASSERT_TRUE(feb);
  for (const auto& row : rows) {
    const std::string message = ValidateDraft(DraftFromForm(Form(row.form)), {*feb});
    EXPECT_NE(message.find(row.expected), std::string::npos) << message;
  }
  auto bad_date = OneRule("d", "de sancties opheffen");
  bad_date.find("agreed")->second = "1 mars";
  EXPECT_NE(ValidateDraft(DraftFromForm(Form(bad_date)), {}).find("is not a date"), std::string::npos);
  auto bad_number = OneRule("d", "de sancties opheffen");
  bad_number.find("r0-kind")->second = "limit";
  bad_number.emplace("r0-max", "beaucoup");
  EXPECT_EQ(ValidateDraft(DraftFromForm(Form(bad_number)), {}),
            "S-1: max \"beaucoup\" is not a number (e.g. 1500000 or 0,7)");
  // Editing a dossier keeps its id: the version it replaces is not a duplicate.
  auto same = OneRule("aid-feb", "de sancties opheffen");
  same.emplace("original", "aid-feb");
  EXPECT_EQ(ValidateDraft(DraftFromForm(Form(same)), {*feb}), "");
}

TEST(DossierForm, WriteFileAtomicallyReplacesTheFileAndLeavesNoTemporaryFile) {
  TempDir dir;
  const std::string path = dir.Write("d.xml", "old");
  ASSERT_TRUE(WriteFileAtomically(path, "new content"));
  EXPECT_EQ(ReadAll(path), "new content");
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 1u);
  auto failed = WriteFileAtomically(dir.Join("missing/d.xml"), "x");
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message.find("missing/d.xml"), std::string::npos) << failed.error().message;
}

TEST(DossierForm, SessionTokensAreKeptPerSessionAndCookiesAreRead) {
  EditSessions sessions;
  std::string session;
  const std::string token = sessions.TokenFor(&session);
  EXPECT_EQ(session.size(), 32u);
  EXPECT_EQ(token.size(), 32u);
  std::string again = session;
  EXPECT_EQ(sessions.TokenFor(&again), token);
  EXPECT_EQ(again, session);
  EXPECT_TRUE(sessions.Valid(session, token));
  EXPECT_FALSE(sessions.Valid(session, token.substr(1) + "0"));
  EXPECT_FALSE(sessions.Valid("unknown", token));
  EXPECT_FALSE(sessions.Valid(session, ""));
  Request r;
  r.cookie = "a=1; tandem_edit=abc ; b=2";
  EXPECT_EQ(r.Cookie("tandem_edit"), "abc");
  EXPECT_EQ(r.Cookie("b"), "2");
  EXPECT_EQ(r.Cookie("c"), "");
}

// The workbench over a small index and a red-line folder of two versions.
class DossierEditing : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("docs/note.fr.txt", "Note\n\nLa Belgique soutient l'aide alimentaire.\n");
    dir_.Write("docs/note.nl.txt", "Nota\n\nBelgië steunt de voedselhulp.\n");
    auto writer = index::IndexWriter::Open(dir_.Join("index"));
    ASSERT_TRUE(writer) << writer.error().message;
    std::vector<Error> problems;
    const batch::IngestReport report = batch::IngestAll(batch::CollectInputs({dir_.Join("docs")}, &problems), *writer);
    ASSERT_EQ(report.failed(), 0u);
    dir_.Write("rl/aid-feb.xml", kFeb);
    dir_.Write("rl/aid-jun.xml", kJun);
  }
  Workbench Open(bool allow_edit) {
    WorkbenchOptions options;
    options.index_paths = {dir_.Join("index")};
    options.redline_paths = {dir_.Join("rl")};
    options.allow_edit = allow_edit;
    options.allowed_hosts = {"127.0.0.1"};
    auto bench = Workbench::Open(options);
    EXPECT_TRUE(bench) << bench.error().message;
    return std::move(*bench);
  }
  // The edit page of `id`: its session cookie and its form's token.
  static std::pair<std::string, std::string> Session(const Workbench& bench, const std::string& path) {
    Request r;
    r.method = "GET";
    r.path = path;
    r.host = "127.0.0.1:8080";
    const Response page = bench.Handle(r);
    EXPECT_EQ(page.status, 200) << page.body;
    std::string cookie;
    for (const auto& [name, value] : page.headers) {
      if (name == "Set-Cookie") cookie = value.substr(0, value.find(';'));
    }
    const std::string marker = "name=\"csrf\" value=\"";
    const size_t at = page.body.find(marker) + marker.size();
    return {cookie, page.body.substr(at, page.body.find('"', at) - at)};
  }
  static Request Save(std::multimap<std::string, std::string> form, const std::pair<std::string, std::string>& session,
                      const std::string& origin = "http://127.0.0.1:8080") {
    Request r = Form(std::move(form));
    r.host = "127.0.0.1:8080";
    r.origin = origin;
    r.cookie = session.first;
    r.params.emplace("csrf", session.second);
    r.params.emplace("action", "save");
    return r;
  }
  TempDir dir_;
};

TEST_F(DossierEditing, ASaveIsWrittenReloadedAndUsedByTheNextCheck) {
  Workbench bench = Open(true);
  const auto session = Session(bench, "/dossiers/aid-jun/edit");
  ASSERT_NE(session.first.find("tandem_edit="), std::string::npos);
  // aid-jun with a new French wording for AID-2.
  std::multimap<std::string, std::string> form = {
      {"dossier", "aid-jun"}, {"original", "aid-jun"}, {"agreed", "2025-06-01"}, {"supersedes", "aid-feb"},
      {"rules", "2"}, {"r0-id", "AID-1"}, {"r0-kind", "limit"}, {"r0-severity", "blocking"}, {"r0-unit", "EUR"},
      {"r0-max", "300000000"}, {"r0-fr", "aide alimentaire"}, {"r0-nl", "voedselhulp"},
      {"r1-id", "AID-2"}, {"r1-kind", "forbid"}, {"r1-severity", "blocking"},
      {"r1-fr", "interrompre l'aide alimentaire"}, {"r1-nl", "de voedselhulp opschorten"}};
  const Response saved = bench.Handle(Save(form, session));
  ASSERT_EQ(saved.status, 303) << saved.body;
  const std::string written = ReadAll(dir_.Join("rl/aid-jun.xml"));
  EXPECT_NE(written.find("interrompre l'aide alimentaire"), std::string::npos) << written;
  // /dossiers shows it, with the history from aid-feb.
  Request list;
  list.method = "GET";
  list.path = "/dossiers";
  const Response page = bench.Handle(list);
  EXPECT_NE(page.body.find("interrompre l&#39;aide alimentaire"), std::string::npos);
  EXPECT_NE(page.body.find("<details class=\"history\""), std::string::npos);
  // A check uses it.
  Request check;
  check.method = "POST";
  check.path = "/api/check";
  check.params = {{"text", "Bruxelles, le 2 juillet 2025\n\nLa Belgique va interrompre l'aide alimentaire.\n"}};
  const nlohmann::json report = nlohmann::json::parse(bench.Handle(check).body);
  ASSERT_EQ(report["findings"].size(), 1u) << report.dump(1);
  EXPECT_EQ(report["findings"][0]["rule"], "AID-2");
  EXPECT_EQ(report["findings"][0]["severity"], "blocking");
  EXPECT_EQ(report["findings"][0]["version"]["agreed"], "2025-06-01");
  // The same text dated before June is checked against aid-feb, which has no AID-2.
  check.params = {{"text", "Bruxelles, le 2 mars 2025\n\nLa Belgique va interrompre l'aide alimentaire.\n"}};
  EXPECT_EQ(nlohmann::json::parse(bench.Handle(check).body)["findings"].size(), 0u);
  // A new dossier goes into the folder under its id.
  auto added = OneRule("sanctions", "de sancties opheffen");
  ASSERT_EQ(bench.Handle(Save(added, session)).status, 303);
  EXPECT_TRUE(fs::exists(dir_.Join("rl/sanctions.xml")));
  // A new dossier may not take the file of another one.
  EXPECT_EQ(bench.Handle(Save(added, session)).status, 422);
}

TEST_F(DossierEditing, SavesAreRefusedWithoutAllowEditFromAnotherSiteOrWithoutTheToken) {
  const std::string before = ReadAll(dir_.Join("rl/aid-feb.xml"));
  auto form = OneRule("aid-feb", "de sancties opheffen");
  form.emplace("original", "aid-feb");
  {
    Workbench bench = Open(false);
    const auto session = Session(bench, "/dossiers/aid-feb/edit");
    const Response r = bench.Handle(Save(form, session));
    EXPECT_EQ(r.status, 403);
    EXPECT_NE(r.body.find("saving is off"), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("--allow-edit"), std::string::npos) << r.body;
  }
  Workbench bench = Open(true);
  const auto session = Session(bench, "/dossiers/aid-feb/edit");
  struct {
    Request request;
    std::string expected;
  } rows[] = {
      {Save(form, session, "https://evil.example"), "not from https://evil.example"},
      {Save(form, session, "null"), "not from another site"},
      {Save(form, {session.first, "0123"}), "session token is missing or out of date"},
      {Save(form, {"", session.second}), "session token is missing or out of date"},
      {Save(form, session), "not from another site"},
  };
  rows[4].request.origin.clear();
  rows[4].request.fetch_site = "cross-site";
  for (const auto& row : rows) {
    const Response r = bench.Handle(row.request);
    EXPECT_EQ(r.status, 403) << row.expected;
    EXPECT_NE(r.body.find(row.expected), std::string::npos) << r.body;
  }
  EXPECT_EQ(ReadAll(dir_.Join("rl/aid-feb.xml")), before);
  // Chromium's own form under the pages' no-referrer policy: Origin null, Sec-Fetch-Site same-origin.
  Request own = Save(form, session, "null");
  own.fetch_site = "same-origin";
  EXPECT_EQ(bench.Handle(own).status, 303);
  EXPECT_NE(ReadAll(dir_.Join("rl/aid-feb.xml")), before);
  // An invalid dossier is refused with the schema's message, nothing written.
  auto invalid = OneRule("aid-feb", "");
  invalid.emplace("original", "aid-feb");
  const Response r = bench.Handle(Save(invalid, session));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("rule S-1 needs a French and a Dutch &lt;claim&gt;"), std::string::npos) << r.body;
  EXPECT_NE(ReadAll(dir_.Join("rl/aid-feb.xml")).find("supprimer les sanctions"), std::string::npos);
}

TEST_F(DossierEditing, TheValidateApiAnswersEachChangeAndPagesRender) {
  Workbench bench = Open(false);
  Request r = Form(OneRule("x", ""));
  r.path = "/api/dossiers/validate";
  nlohmann::json answer = nlohmann::json::parse(bench.Handle(r).body);
  EXPECT_EQ(answer["valid"], false);
  EXPECT_EQ(answer["message"], "rule S-1 needs a French and a Dutch <claim>");
  r.params = OneRule("x", "de sancties opheffen");
  answer = nlohmann::json::parse(bench.Handle(r).body);
  EXPECT_EQ(answer["valid"], true);
  for (const std::string path : {"/dossiers/new", "/dossiers/aid-jun/edit"}) {
    Request get;
    get.method = "GET";
    get.path = path;
    const Response page = bench.Handle(get);
    EXPECT_EQ(page.status, 200) << path;
    EXPECT_EQ(page.body.find("<script>"), std::string::npos);
  }
  Request get;
  get.method = "GET";
  get.path = "/dossiers/none/edit";
  EXPECT_EQ(bench.Handle(get).status, 404);
  get.path = "/dossiers/new";
  get.params = {{"empty", "1"}};
  EXPECT_NE(bench.Handle(get).body.find("id=\"dossier-form\""), std::string::npos);
  // "Add a rule" renders one more rule, writing nothing.
  Request add = Form(OneRule("x", "de sancties opheffen"));
  add.params.emplace("action", "add");
  const Response added = bench.Handle(add);
  EXPECT_EQ(added.status, 200);
  EXPECT_NE(added.body.find("id=\"r1-fr\""), std::string::npos);
}

TEST_F(DossierEditing, ANewDossierIsProposedFromAnUploadedOrPastedReport) {
  Workbench bench = Open(false);
  const std::string fr =
      "Sahel — coordination du 4 mars 2026\n\nPosition belge\n\nLa Belgique ne financera jamais directement la "
      "junte militaire.\n";
  const std::string nl =
      "Sahel — coördinatie van 4 maart 2026\n\nBelgisch standpunt\n\nBelgië zal de militaire junta nooit "
      "rechtstreeks financieren.\n";
  Request upload;
  upload.method = "POST";
  upload.path = "/dossiers/new";
  upload.params = {{"dossier", "sahel-2026"}};
  upload.files = {{"report", "sahel.fr.txt", fr}, {"report", "sahel.nl.txt", nl}};
  Response r = bench.Handle(upload);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("id=\"dossier-form\""), std::string::npos);
  EXPECT_NE(r.body.find("class=\"source-sentence\">La Belgique ne financera jamais"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("value=\"sahel-2026\""), std::string::npos);
  upload.files = {{"report", "sahel.txt", fr + "\n" + nl}};  // one bilingual file
  r = bench.Handle(upload);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("class=\"source-sentence\">België zal de militaire junta nooit"), std::string::npos) << r.body;
  // Nothing given, or nothing that states a position: the form again, with why.
  Request empty;
  empty.method = "POST";
  empty.path = "/dossiers/new";
  r = bench.Handle(empty);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("nothing to propose from"), std::string::npos);
  empty.params = {{"report-fr", "Le temps était beau.\n\nIl a plu le lendemain.\n"}};
  r = bench.Handle(empty);
  EXPECT_GE(r.status, 400);
  EXPECT_NE(r.body.find("id=\"report-fr\""), std::string::npos);
}

}  // namespace
}  // namespace tandem::workbench
