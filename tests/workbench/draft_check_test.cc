#include "pipeline/workbench/draft_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "pipeline/redlines/dossier_loader.h"
#include "tests/support/test_files.h"

namespace tandem::workbench {
namespace {

using tandem::testing::SourceDir;

TEST(CleanFileName, KeepsOnlyASafeLastPart) {
  const struct {
    std::string input, expected;
  } cases[] = {
      {"note.fr.txt", "note.fr.txt"},
      {"../../etc/passwd", "passwd"},
      {"C:\\Users\\clerk\\projet.docx", "projet.docx"},
      {".hidden", "hidden"},
      {"…", "___"},  // each byte of a non-ASCII character replaced
      {"", "draft"},
      {"/", "draft"},
      {"note <script>.html", "note__script_.html"},
      {std::string(300, 'a') + ".pdf", std::string(96, 'a') + ".pdf"},
  };
  for (const auto& c : cases) EXPECT_EQ(CleanFileName(c.input), c.expected) << c.input;
}

class DraftCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = redlines::LoadDossiers({SourceDir() + "/corpus/redlines"});
    ASSERT_TRUE(loaded) << loaded.error().message;
    dossiers_ = std::move(*loaded);
  }
  std::vector<redlines::Dossier> dossiers_;
};

TEST_F(DraftCheck, PastedTextGetsTheSameFindingsAsTheCommandLine) {
  DraftCheckRequest request;
  request.pasted =
      "Note sur le Sahel\n\nAu Mali, la Belgique reprendra l'appui budgétaire à la junte dès le "
      "mois prochain.\n";
  request.dossiers = {"sahel-2025"};
  auto checked = CheckDrafts(request, dossiers_, nullptr);
  ASSERT_TRUE(checked) << checked.error().message;
  EXPECT_GT(checked->report.blocking(), 0u);
  EXPECT_EQ(checked->files, std::vector<std::string>{"pasted.txt"});
  EXPECT_EQ(checked->dossiers, std::vector<std::string>{"sahel-2025"});
  const auto forbid = std::find_if(checked->report.findings.begin(), checked->report.findings.end(),
                                   [](const check::Finding& f) { return f.rule == "SAH-1"; });
  ASSERT_NE(forbid, checked->report.findings.end());
  EXPECT_EQ(forbid->file, "pasted.txt");
  EXPECT_EQ(forbid->paragraph, 2u);  // the title is paragraph 1
}

TEST_F(DraftCheck, AnUploadIsReadByContentAndNamedAsSent) {
  DraftCheckRequest request;
  request.files = {{"../../note sahel.html",
                    "<html><body><h1>Note</h1><p>Au Mali, la Belgique reprendra l'appui budgétaire "
                    "à la junte.</p>"
                    "</body></html>"}};
  auto checked = CheckDrafts(request, dossiers_, nullptr);
  ASSERT_TRUE(checked) << checked.error().message;
  EXPECT_EQ(checked->files, std::vector<std::string>{"note_sahel.html"});
  ASSERT_FALSE(checked->report.findings.empty());
  EXPECT_EQ(checked->report.findings.front().file, "note_sahel.html");
}

TEST_F(DraftCheck, RefusesWhatCannotBeCheckedWithAReason) {
  auto request = [](std::vector<DraftUpload> files, std::string pasted,
                    std::vector<std::string> dossiers = {}, size_t max_file_bytes = 10u << 20,
                    size_t max_pasted_bytes = 1u << 20) {
    DraftCheckRequest r;
    r.files = std::move(files);
    r.pasted = std::move(pasted);
    r.dossiers = std::move(dossiers);
    r.max_file_bytes = max_file_bytes;
    r.max_pasted_bytes = max_pasted_bytes;
    return r;
  };
  const struct {
    DraftCheckRequest request;
    ErrorCode code;
    std::string message;
  } cases[] = {
      {request({}, ""), ErrorCode::kUsage, "nothing to check"},
      {request({}, "  \n "), ErrorCode::kUsage, "nothing to check"},
      {request({{"a.txt", "x"}, {"b.txt", "y"}, {"c.txt", "z"}}, ""), ErrorCode::kUsage,
       "one file"},
      {request({{"a.txt", "x"}, {"b.txt", "y"}}, "and pasted"), ErrorCode::kUsage, "one file"},
      {request({}, "Texte.", {"nope"}), ErrorCode::kUsage, "no dossier \"nope\""},
      {request({{"big.txt", std::string(2048, 'a')}}, "", {}, 1024), ErrorCode::kTooLarge,
       "big.txt: 0.0 MB is over the upload limit"},
      {request({}, std::string(2048, 'a'), {}, 1024, 1024), ErrorCode::kTooLarge, "pasted text"},
      {request({{"bad.txt", "caf\xe9 au lait\n"}}, ""), ErrorCode::kEncoding, "bad.txt:1:"},
      {request({{"scan.pdf", "%PDF-1.4 not really"}}, ""), ErrorCode::kMalformed, "scan.pdf"},
  };
  for (const auto& c : cases) {
    auto checked = CheckDrafts(c.request, dossiers_, nullptr);
    ASSERT_FALSE(checked) << c.message;
    EXPECT_EQ(checked.error().code, c.code) << checked.error().message;
    EXPECT_NE(checked.error().message.find(c.message), std::string::npos)
        << checked.error().message;
    EXPECT_EQ(checked.error().message.find("tandem-check-"), std::string::npos)
        << "the temporary folder must not show: " << checked.error().message;
  }
}

TEST_F(DraftCheck, NoRedLinesLoadedIsSaidPlainly) {
  DraftCheckRequest request;
  request.pasted = "Texte.";
  auto checked = CheckDrafts(request, {}, nullptr);
  ASSERT_FALSE(checked);
  EXPECT_NE(checked.error().message.find("--redlines"), std::string::npos);
}

TEST_F(DraftCheck, LeavesNothingInTheTemporaryFolder) {
  namespace fs = std::filesystem;
  auto count = [] {
    size_t n = 0;
    for (const auto& entry : fs::directory_iterator(fs::temp_directory_path())) {
      n += entry.path().filename().string().rfind("tandem-check-", 0) == 0;
    }
    return n;
  };
  const size_t before = count();
  DraftCheckRequest request;
  request.pasted = "Au Mali, la Belgique reprendra l'appui budgétaire à la junte.";
  ASSERT_TRUE(CheckDrafts(request, dossiers_, nullptr));
  request.files = {{"bad.txt", "caf\xe9\n"}};
  request.pasted.clear();
  ASSERT_FALSE(CheckDrafts(request, dossiers_, nullptr));
  EXPECT_EQ(count(), before);
}

}  // namespace
}  // namespace tandem::workbench
