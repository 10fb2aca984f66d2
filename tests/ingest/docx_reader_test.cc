#include <gtest/gtest.h>

#include "pipeline/ingest/reader.h"
#include "tests/support/docx_fixture.h"
#include "tests/support/test_files.h"

namespace tandem::ingest {
namespace {

using tandem::testing::TempDir;
using tandem::testing::WriteDocx;

std::string P(const std::string& text, const std::string& props = "", const std::string& lang = "") {
  const std::string run_props = lang.empty() ? "" : "<w:rPr><w:lang w:val=\"" + lang + "\"/></w:rPr>";
  return "<w:p>" + (props.empty() ? "" : "<w:pPr>" + props + "</w:pPr>") + "<w:r>" + run_props + "<w:t xml:space=\"preserve\">" +
         text + "</w:t></w:r></w:p>";
}

std::vector<std::pair<std::string, BlockKind>> Blocks(const Stream& s) {
  std::vector<std::pair<std::string, BlockKind>> out;
  for (const Block& b : s.blocks) out.emplace_back(b.text, b.kind);
  return out;
}

TEST(ReadDocx, HeadingsListsTablesFootnotesAndTrackedChanges) {
  TempDir dir;
  const std::string path = dir.Join("draft.docx");
  const std::string body =
      P("Position de la Belgique", "<w:pStyle w:val=\"Titre1\"/>") +
      "<w:p><w:r><w:t>La Belgique soutient </w:t></w:r><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>pleinement </w:t></w:r>"
      "</w:ins><w:del w:id=\"2\" w:author=\"B\"><w:r><w:delText>ne soutient pas </w:delText></w:r></w:del>"
      "<w:r><w:t>le multilatéralisme.</w:t></w:r><w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/>"
      "</w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>" +
      P("premier point ;", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") +
      P("second point.", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") +
      "<w:tbl><w:tr><w:tc>" + P("Budget") + "</w:tc><w:tc>" + P("38,5 millions d’euros") + "</w:tc></w:tr></w:tbl>";
  const std::string styles = "<w:style w:type=\"paragraph\" w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style>";
  const std::string footnotes =
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\">" + P("Voir la déclaration du 14 avril 2025.") + "</w:footnote>";
  ASSERT_TRUE(WriteDocx(path, body, styles, footnotes));
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(doc->format, "docx");
  ASSERT_EQ(doc->streams.size(), 1u);
  EXPECT_EQ(doc->streams[0].language, Language::kFrench);
  using Kinds = std::vector<std::pair<std::string, BlockKind>>;
  EXPECT_EQ(Blocks(doc->streams[0]),
            (Kinds{{"Position de la Belgique", BlockKind::kHeading},
                   {"La Belgique soutient pleinement le multilatéralisme.", BlockKind::kParagraph},
                   {"premier point ;", BlockKind::kListItem},
                   {"second point.", BlockKind::kListItem},
                   {"Budget", BlockKind::kParagraph},
                   {"38,5 millions d’euros", BlockKind::kParagraph},
                   {"Voir la déclaration du 14 avril 2025.", BlockKind::kFootnote}}));
}

TEST(ReadDocx, BilingualDraftSplitsByLanguage) {
  TempDir dir;
  const std::string path = dir.Join("bilingual.docx");
  std::string body;
  const char* fr[] = {"La Belgique soutient l’intégrité territoriale de l’Ukraine.",
                      "Elle ne reconnaîtra aucune annexion obtenue par la force."};
  const char* nl[] = {"België steunt de territoriale integriteit van Oekraïne.",
                      "Het zal geen enkele annexatie erkennen die met geweld werd verkregen."};
  // A two-column table: French left, Dutch right.
  body += "<w:tbl>";
  for (int i = 0; i < 2; ++i) body += "<w:tr><w:tc>" + P(fr[i]) + "</w:tc><w:tc>" + P(nl[i]) + "</w:tc></w:tr>";
  body += "</w:tbl>";
  ASSERT_TRUE(WriteDocx(path, body));
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  ASSERT_TRUE(doc->bilingual());
  ASSERT_EQ(doc->streams[0].blocks.size(), 2u);
  EXPECT_EQ(doc->streams[1].blocks[1].text, nl[1]);
}

TEST(ReadDocx, MalformedAndOversizedArchivesAreRefused) {
  TempDir dir;
  struct Case {
    std::string name;
    ErrorCode code;
    std::string message;
  };
  // Not a zip at all.
  dir.Write("not-zip.docx", "Ceci n'est pas un document Word.");
  // A zip without word/document.xml.
  ASSERT_TRUE(tandem::testing::WriteZip(dir.Join("no-body.docx"), {{"readme.txt", "hello"}}));
  // A truncated archive.
  ASSERT_TRUE(WriteDocx(dir.Join("whole.docx"), P("Texte.")));
  const std::string whole = tandem::testing::ReadAll(dir.Join("whole.docx"));
  dir.Write("truncated.docx", whole.substr(0, whole.size() / 2));
  // A zip bomb: 40 MB of zeros compress to a few kilobytes.
  ASSERT_TRUE(WriteDocx(dir.Join("bomb.docx"), "<w:p><w:r><w:t>" + std::string(40u << 20, '0') + "</w:t></w:r></w:p>"));
  // Malformed XML inside.
  ASSERT_TRUE(tandem::testing::WriteZip(dir.Join("bad-xml.docx"), {{"word/document.xml", "<w:document><w:body>"}}));
  const std::vector<Case> cases = {
      {"not-zip.docx", ErrorCode::kMalformed, "not a .docx"},
      {"no-body.docx", ErrorCode::kMalformed, "without word/document.xml"},
      {"truncated.docx", ErrorCode::kMalformed, "malformed .docx"},
      {"bomb.docx", ErrorCode::kTooLarge, "zip bomb"},
      {"bad-xml.docx", ErrorCode::kMalformed, "malformed .docx part"},
  };
  for (const Case& c : cases) {
    auto doc = ReadDocument(dir.Join(c.name));
    ASSERT_FALSE(doc.has_value()) << c.name;
    EXPECT_EQ(doc.error().code, c.code) << c.name << ": " << doc.error().message;
    EXPECT_NE(doc.error().message.find(c.message), std::string::npos) << doc.error().message;
  }
}

}  // namespace
}  // namespace tandem::ingest
