#include "pipeline/ingest/reader.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "tests/support/pdf_fixture.h"
#include "tests/support/test_files.h"

namespace tandem::ingest {
namespace {

using tandem::testing::TempDir;

std::vector<std::string> Texts(const Stream& stream) {
  std::vector<std::string> out;
  for (const Block& b : stream.blocks) out.push_back(b.text);
  return out;
}

TEST(ReadDocument, HtmlDropsNavigationHeaderFooterAndScripts) {
  TempDir dir;
  const std::string path = dir.Write("page_fr.html", R"(<!DOCTYPE html>
<html lang="fr"><head><title>Titre de la page</title><script>var x = "<p>";</script></head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/nl">Nederlands</a></nav></header>
<div class="breadcrumb">Accueil › Politique</div>
<main>
  <h1>La position de la Belgique</h1>
  <p>La Belgique <em>soutient</em> la perspective européenne des Balkans occidentaux.</p>
  <ul><li>Premier point&nbsp;;</li><li>Second point.</li></ul>
</main>
<div id="cookie-banner">Ce site utilise des cookies.</div>
<footer>© SPF Affaires étrangères</footer>
</body></html>)");
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(doc->format, "html");
  EXPECT_EQ(doc->title, "Titre de la page");
  ASSERT_EQ(doc->streams.size(), 1u);
  EXPECT_EQ(doc->streams[0].language, Language::kFrench);
  EXPECT_EQ(Texts(doc->streams[0]),
            (std::vector<std::string>{"La position de la Belgique",
                                      "La Belgique soutient la perspective européenne des Balkans occidentaux.",
                                      "Premier point ;", "Second point."}));
  EXPECT_EQ(doc->streams[0].blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc->streams[0].blocks[2].kind, BlockKind::kListItem);
}

TEST(ReadDocument, XmlBlocksWithInlineMarkup) {
  TempDir dir;
  const std::string path = dir.Write("note.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<note xml:lang="nl">
  <title>Rode lijnen</title>
  <para>België zal <emph>geen</emph> vredesakkoord steunen dat zonder Oekraïne wordt onderhandeld.</para>
  <para>Elke oplossing moet het internationaal recht eerbiedigen.</para>
</note>)");
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(doc->format, "xml");
  ASSERT_EQ(doc->streams.size(), 1u);
  EXPECT_EQ(doc->streams[0].language, Language::kDutch);
  EXPECT_EQ(Texts(doc->streams[0]),
            (std::vector<std::string>{"Rode lijnen",
                                      "België zal geen vredesakkoord steunen dat zonder Oekraïne wordt onderhandeld.",
                                      "Elke oplossing moet het internationaal recht eerbiedigen."}));
}

TEST(ReadDocument, PdfPagesThroughPoppler) {
  TempDir dir;
  const std::string path = dir.Join("note.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(
      path, {tandem::testing::ColumnOfParagraphs(
                 {"La Belgique soutient le multilatéralisme fondé sur des règles et le rôle central des Nations unies.",
                  "Elle plaidera pour une réforme du Conseil de sécurité."}),
             tandem::testing::ColumnOfParagraphs({"Le rapport sera transmis aux postes avant le 10 octobre 2025."})}));
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(doc->format, "pdf");
  ASSERT_EQ(doc->streams.size(), 1u);
  EXPECT_EQ(doc->streams[0].language, Language::kFrench);
  // Paragraphs come from the vertical gaps between lines (the layout stage).
  const auto& blocks = doc->streams[0].blocks;
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text,
            "La Belgique soutient le multilatéralisme fondé sur des règles et le rôle central des Nations unies.");
  EXPECT_EQ(blocks[1].text, "Elle plaidera pour une réforme du Conseil de sécurité.");
  EXPECT_EQ(blocks[0].page, 1);
  EXPECT_EQ(blocks[2].text, "Le rapport sera transmis aux postes avant le 10 octobre 2025.");
  EXPECT_EQ(blocks[2].page, 2);
}

// A two-column bilingual PDF as the Chamber prints them: French left, Dutch
// right, running header and page number, a footer, a bold heading, a
// paragraph running on to the next page with a hyphen at the break, a ligature.
TEST(ReadDocument, TwoColumnBilingualPdf) {
  using tandem::testing::PdfLine;
  using tandem::testing::PdfPage;
  auto page = [](int number, std::vector<PdfLine> body) {
    PdfPage p = {{50, 40, "DOC 55 1234/00" + std::to_string(number), 9, true},
                 {540, 40, std::to_string(number), 9, true},
                 {50, 810, "CHAMBRE • 1re SESSION • KAMER • 1e ZITTING", 7, false}};
    p.insert(p.end(), body.begin(), body.end());
    return p;
  };
  const std::vector<PdfPage> pages = {
      page(1, {{50, 80, "1. PRIORITÉS", 10, true},
               {305, 80, "1. PRIORITEITEN", 10, true},
               {50, 100, "La Belgique déﬁnit ses priorités avec les", 10, false},
               {50, 113, "entités fédérées et les transmet aux postes.", 10, false},
               {305, 100, "België legt zijn prioriteiten vast met de", 10, false},
               {305, 113, "deelstaten en bezorgt ze aan de posten.", 10, false},
               {50, 140, "Cette position sera défendue au Conseil des Af-", 10, false},
               {305, 140, "Dit standpunt zal in de Raad Buitenlandse Za-", 10, false}}),
      page(2, {{50, 80, "faires étrangères du mois prochain.", 10, false},
               {305, 80, "ken van volgende maand worden verdedigd.", 10, false}}),
  };
  TempDir dir;
  const std::string path = dir.Join("bilingual.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(path, pages));
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  ASSERT_TRUE(doc->bilingual());
  EXPECT_EQ(Texts(doc->streams[0]),
            (std::vector<std::string>{"1. PRIORITÉS",
                                      "La Belgique définit ses priorités avec les entités fédérées et les transmet aux postes.",
                                      "Cette position sera défendue au Conseil des Affaires étrangères du mois prochain."}));
  EXPECT_EQ(Texts(doc->streams[1]),
            (std::vector<std::string>{"1. PRIORITEITEN",
                                      "België legt zijn prioriteiten vast met de deelstaten en bezorgt ze aan de posten.",
                                      "Dit standpunt zal in de Raad Buitenlandse Zaken van volgende maand worden verdedigd."}));
  EXPECT_EQ(doc->streams[0].blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc->streams[1].blocks[2].page, 1);
}

// The same reading whatever order the producer drew the text in: here the
// Dutch column first, bottom to top, then the French one; and a footnote in
// small type at the foot of the French column.
TEST(ReadDocument, PdfContentStreamOutOfReadingOrder) {
  using tandem::testing::PdfLine;
  std::vector<PdfLine> page = {
      {305, 126, "deelstaten en bezorgt ze aan de posten.", 10, false},
      {305, 113, "België legt zijn prioriteiten vast met de", 10, false},
      {305, 80, "1. PRIORITEITEN", 10, true},
      {50, 760, "¹ Voir la déclaration commune du 9 avril 2025.", 7, false},
      {50, 126, "entités fédérées et les transmet aux postes¹.", 10, false},
      {50, 113, "La Belgique définit ses priorités avec les", 10, false},
      {50, 80, "1. PRIORITÉS", 10, true},
  };
  TempDir dir;
  const std::string path = dir.Join("reversed.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(path, {page}));
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  ASSERT_TRUE(doc->bilingual());
  ASSERT_EQ(doc->streams[0].blocks.size(), 3u);
  EXPECT_EQ(doc->streams[0].blocks[0].text, "1. PRIORITÉS");
  EXPECT_EQ(doc->streams[0].blocks[1].text, "La Belgique définit ses priorités avec les entités fédérées et les transmet aux postes¹.");
  EXPECT_EQ(doc->streams[0].blocks[2].kind, BlockKind::kFootnote);
  ASSERT_EQ(doc->streams[1].blocks.size(), 2u);
  EXPECT_EQ(doc->streams[1].blocks[1].text, "België legt zijn prioriteiten vast met de deelstaten en bezorgt ze aan de posten.");
}

TEST(ReadDocument, EncryptedPdfNeedsAPassword) {
  TempDir dir;
  const std::string plain = dir.Join("plain.pdf"), locked = dir.Join("locked.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(plain, {tandem::testing::ColumnOfParagraphs({"Texte confidentiel."})}));
  const std::string command = "qpdf --encrypt secret owner 256 -- " + plain + " " + locked + " 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0) << "qpdf (Debian package qpdf) encrypts the fixture";
  auto doc = ReadDocument(locked);
  ASSERT_FALSE(doc.has_value());
  EXPECT_EQ(doc.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(doc.error().message.find("encrypted PDF"), std::string::npos) << doc.error().message;
}

TEST(ReadDocument, PdfWithoutTextSaysItIsScanned) {
  TempDir dir;
  const std::string path = dir.Join("scan.pdf");
  ASSERT_TRUE(tandem::testing::WritePdf(path, {{}, {}}));
  auto doc = ReadDocument(path);
  ASSERT_FALSE(doc.has_value());
  EXPECT_EQ(doc.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(doc.error().message.find("no text layer"), std::string::npos) << doc.error().message;
}

TEST(ReadDocument, DamagedPdf) {
  TempDir dir;
  const std::string path = dir.Write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n");
  auto doc = ReadDocument(path);
  ASSERT_FALSE(doc.has_value());
  EXPECT_EQ(doc.error().code, ErrorCode::kMalformed);
  EXPECT_EQ(doc.error().message.rfind(path + ": damaged PDF", 0), 0u) << doc.error().message;
}

TEST(ReadDocument, BadInputsGiveOneClearError) {
  TempDir dir;
  struct Case {
    std::string name, content;
    ErrorCode code;
    std::string message;  // after "PATH"
  };
  const Case cases[] = {
      {"empty.txt", "", ErrorCode::kEmpty, ": empty file"},
      {"latin1.txt", "Bonjour\nle caf\xE9", ErrorCode::kEncoding, ":2: invalid UTF-8 at column 7 (byte 0xe9)"},
      {"truncated.html", "<html><body><p>Une phrase coup", ErrorCode::kMalformed, ":1: truncated HTML"},
      {"open_tag.html", "<html><body><p>texte</p></body></html><p clas", ErrorCode::kMalformed,
       ":1: truncated HTML: the file ends inside a tag"},
      {"bad.xml", "<?xml version=\"1.0\"?>\n<doc>\n<p>texte</doc>", ErrorCode::kMalformed, ":3: malformed XML"},
      {"fake.pdf", "not a pdf", ErrorCode::kMalformed, ": not a PDF"},
      {"garbage.bin", std::string("\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00", 10), ErrorCode::kBinary,
       ": binary data"},
  };
  for (const Case& c : cases) {
    const std::string path = dir.Write(c.name, c.content);
    auto doc = ReadDocument(path);
    ASSERT_FALSE(doc.has_value()) << c.name;
    EXPECT_EQ(doc.error().code, c.code) << c.name;
    EXPECT_EQ(doc.error().message.rfind(path + c.message, 0), 0u) << doc.error().message;
  }
  auto missing = ReadDocument(dir.Join("missing.txt"));
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kIo);
}

TEST(ReadDocument, RespectsTheSizeLimit) {
  TempDir dir;
  const std::string path = dir.Write("big.txt", std::string(4096, 'a'));
  ReadOptions options;
  options.max_bytes = 1024;
  auto doc = ReadDocument(path, options);
  ASSERT_FALSE(doc.has_value());
  EXPECT_EQ(doc.error().code, ErrorCode::kTooLarge);
}

TEST(ReadDocument, ALargeTextIsNormalisedTheSameAcrossItsPieces) {
  // Over a megabyte, the text is normalised a piece of lines at a time: decomposed accents,
  // ligatures, no-break spaces and CR LF line ends must come out as in a small file, and every
  // paragraph must be kept, whatever piece it falls in.
  struct Case {
    std::string written, read;
  };
  const std::vector<Case> cases = {
      {"La de\xCC\x81le\xCC\x81gation a re\xCC\x81pondu", "La délégation a répondu"},
      {"une \xEF\xAC\x81n de non-recevoir\xC2\xA0;", "une fin de non-recevoir ;"},
      {"Le ministe\xCC\x80re a pre\xCC\x81vu pour Noe\xCC\x88l\r\nune aide.", "Le ministère a prévu pour Noël une aide."},
      {"La Cour a statue\xCC\x81 le 3 mai.", "La Cour a statué le 3 mai."},
  };
  std::string written;
  std::vector<std::string> expected;
  for (size_t i = 0; written.size() < (size_t{5} << 19); ++i) {  // 2.5 MB
    const Case& c = cases[i % cases.size()];
    written += c.written + " (" + std::to_string(i) + ")\r\n\r\n";
    expected.push_back(c.read + " (" + std::to_string(i) + ")");
  }
  TempDir dir;
  auto doc = ReadDocument(dir.Write("long.txt", written));
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  std::vector<std::string> read;
  for (const Stream& stream : doc->streams) {
    for (const Block& block : stream.blocks) read.push_back(block.text);
  }
  ASSERT_EQ(read.size(), expected.size());
  for (size_t i = 0; i < read.size(); ++i) ASSERT_EQ(read[i], expected[i]) << "paragraph " << i;
}

TEST(ReadPair, ForcesOneLanguagePerFile) {
  TempDir dir;
  const std::string fr = dir.Write("x.fr.txt", "Titre\n\nUn paragraphe en français.\n");
  const std::string nl = dir.Write("x.nl.txt", "Titel\n\nEen alinea in het Nederlands.\n");
  auto doc = ReadPair(fr, nl);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  ASSERT_TRUE(doc->bilingual());
  EXPECT_EQ(doc->streams[0].language, Language::kFrench);
  EXPECT_EQ(doc->streams[1].language, Language::kDutch);
  EXPECT_EQ(doc->pair_source, nl);
  EXPECT_EQ(doc->streams[1].blocks.size(), 2u);
}

}  // namespace
}  // namespace tandem::ingest
