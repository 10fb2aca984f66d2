#include "pipeline/batch/inputs.h"

#include <gtest/gtest.h>

#include "tests/support/test_files.h"

namespace tandem::batch {
namespace {

using tandem::testing::TempDir;

TEST(ParsePairName, RecognisesLanguageSuffixes) {
  struct Case {
    std::string path, base, language, extension;
  };
  const Case cases[] = {
      {"dir/ukraine.fr.txt", "ukraine", "fr", "txt"},
      {"consular_nl.html", "consular", "nl", "html"},
      {"report-FR.pdf", "report", "fr", "pdf"},
      {"notes.txt", "notes", "", "txt"},
      {"frnl.txt", "frnl", "", "txt"},
  };
  for (const Case& c : cases) {
    const PairName name = ParsePairName(c.path);
    EXPECT_EQ(name.base, c.base) << c.path;
    EXPECT_EQ(name.language, c.language) << c.path;
    EXPECT_EQ(name.extension, c.extension) << c.path;
  }
}

TEST(CollectInputs, WalksFoldersAndPairsTranslations) {
  TempDir dir;
  dir.Write("a/x.fr.txt", "x");
  dir.Write("a/x.nl.txt", "x");
  dir.Write("a/y_fr.html", "y");
  dir.Write("a/y_nl.html", "y");
  dir.Write("a/lonely.fr.txt", "z");         // no Dutch partner: a single input
  dir.Write("a/sub/report.txt", "r");
  dir.Write("a/README.md", "skipped: not a document extension");
  dir.Write("a/.hidden/secret.txt", "skipped: hidden");
  dir.Write("a/other/x.nl.txt", "not the partner of a/x.fr.txt");
  std::vector<Error> problems;
  const auto inputs = CollectInputs({dir.Join("a")}, &problems);
  EXPECT_TRUE(problems.empty());
  std::vector<std::string> shown;
  for (const Input& in : inputs) {
    std::string display = in.display();
    for (size_t at; (at = display.find(dir.path() + "/")) != std::string::npos;) display.erase(at, dir.path().size() + 1);
    shown.push_back(display);
  }
  EXPECT_EQ(shown, (std::vector<std::string>{"a/lonely.fr.txt", "a/x.fr.txt + a/x.nl.txt", "a/y_fr.html + a/y_nl.html",
                                             "a/other/x.nl.txt", "a/sub/report.txt"}));
}

TEST(CollectInputs, ReportsMissingPathsAndKeepsGoing) {
  TempDir dir;
  const std::string file = dir.Write("note.txt", "x");
  std::vector<Error> problems;
  const auto inputs = CollectInputs({dir.Join("missing"), file}, &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("no such file or folder"), std::string::npos);
  ASSERT_EQ(inputs.size(), 1u);
}

TEST(Input, KeyIsCanonical) {
  TempDir dir;
  const std::string file = dir.Write("note.txt", "x");
  EXPECT_EQ((Input{file, ""}).key(), (Input{dir.path() + "/./note.txt", ""}).key());
}

}  // namespace
}  // namespace tandem::batch
