// Regressions of issue 20 (hostile and odd files): no text lost without a
// word, entities only from the document itself, UTF-16 read as text, and
// files over the size limit refused before they are read.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "pipeline/ingest/reader.h"
#include "tests/support/test_files.h"

namespace tandem::ingest {
namespace {

using tandem::testing::TempDir;

std::string AllText(const Document& doc) {
  std::string out;
  for (const Stream& stream : doc.streams) {
    for (const Block& b : stream.blocks) out += b.text + "\n";
  }
  return out;
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(HostileInput, HtmlNestedBeyondTheParsersLimitIsRefusedWithWhereReadingStopped) {
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"fr\"><body>\n<p>Le début de la note est lisible.</p>\n";
  for (int i = 0; i < 300; ++i) page += "<div>\n";
  page += "Texte au fond de la page.\n";
  for (int i = 0; i < 300; ++i) page += "</div>\n";
  page += "<p>La conclusion de la note suit les divisions imbriquées.</p>\n</body></html>\n";
  auto doc = ReadDocumentBytes(page, "profond.html");
  ASSERT_FALSE(doc) << AllText(*doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kTooLarge);
  // The place (file:line, around the 256th <div>) and what is lost.
  EXPECT_TRUE(Has(doc.error().message, "profond.html:2")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "256")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "the rest of the page would be lost"))
      << doc.error().message;
}

TEST(HostileInput, HtmlNestedWithinTheLimitIsRead) {
  std::string page = "<html><body>";
  for (int i = 0; i < 200; ++i) page += "<div>";
  page += "Texte au fond.";
  for (int i = 0; i < 200; ++i) page += "</div>";
  page += "<p>Et la suite.</p></body></html>";
  auto doc = ReadDocumentBytes(page, "moins.html");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_TRUE(Has(AllText(*doc), "Et la suite.")) << AllText(*doc);
}

TEST(HostileInput, XmlInternalEntitiesAndTheDtdsEuroReachTheText) {
  const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE note [
  <!ENTITY euro "&#8364;">
  <!ENTITY conseil "le Conseil des ministres">
  <!ENTITY montant "<b>60 millions &euro;</b>">
]>
<note><p>Le Conseil a décidé que &conseil; versera &montant; au fonds.</p>
<p>Prix unitaire : 12 &euro; &amp; frais.</p></note>
)";
  auto doc = ReadDocumentBytes(xml, "note.xml");
  ASSERT_TRUE(doc) << doc.error().message;
  const std::string text = AllText(*doc);
  EXPECT_TRUE(Has(text, "que le Conseil des ministres versera 60 millions € au fonds.")) << text;
  EXPECT_TRUE(Has(text, "Prix unitaire : 12 € & frais.")) << text;
  EXPECT_FALSE(Has(text, "ENTITY")) << text;  // the DTD subset is not text
}

TEST(HostileInput, XmlExternalEntityIsRefusedAndNeverRead) {
  TempDir dir;
  const std::string secret = dir.Write("secret.txt", "contenu confidentiel du disque");
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE note [\n<!ENTITY ext SYSTEM \"file://" + secret +
      "\">\n]>\n<note><p>Reprendre &ext; ici.</p></note>\n";
  auto doc = ReadDocumentBytes(xml, "externe.xml");
  ASSERT_FALSE(doc) << AllText(*doc);
  EXPECT_TRUE(Has(doc.error().message, "externe.xml:5")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "&ext;")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "never reads")) << doc.error().message;
  EXPECT_FALSE(Has(doc.error().message, "confidentiel"));
}

TEST(HostileInput, XmlEntityFromAnExternalDtdIsRefusedNotDropped) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE note SYSTEM \"note.dtd\">\n<note><p>Le prix est de 60 "
      "&euro;.</p></note>\n";
  auto doc = ReadDocumentBytes(xml, "dtd-externe.xml");
  ASSERT_FALSE(doc) << AllText(*doc);
  EXPECT_TRUE(Has(doc.error().message, "dtd-externe.xml:3")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "euro")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "external DTD")) << doc.error().message;
}

TEST(HostileInput, BillionLaughsIsRefusedWithAnHonestMessage) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rire [\n<!ENTITY ha \"ha\">\n";
  std::string previous = "ha";
  for (int i = 1; i <= 9; ++i) {
    std::string value;
    for (int k = 0; k < 10; ++k) value += "&" + previous + ";";
    previous = "ha" + std::to_string(i);
    xml += "<!ENTITY " + previous + " \"" + value + "\">\n";
  }
  xml += "]>\n<rire>&" + previous + ";</rire>\n";
  auto doc = ReadDocumentBytes(xml, "rire.xml");
  ASSERT_FALSE(doc);
  EXPECT_TRUE(Has(doc.error().message, "entity bomb")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "rire.xml")) << doc.error().message;
}

TEST(HostileInput, HtmlInternalDtdSubsetIsNotIndexed) {
  const std::string page = R"(<!DOCTYPE html [
  <!ENTITY secret "texte caché du sous-ensemble">
  <!ATTLIST p class CDATA "x">
]>
<html lang="fr"><head><title>Note</title></head>
<body><p>La Belgique soutient la médiation.</p></body></html>
)";
  auto doc = ReadDocumentBytes(page, "sous-ensemble.html");
  ASSERT_TRUE(doc) << doc.error().message;
  const std::string text = AllText(*doc);
  EXPECT_TRUE(Has(text, "La Belgique soutient la médiation.")) << text;
  EXPECT_FALSE(Has(text, "ENTITY")) << text;
  EXPECT_FALSE(Has(text, "caché")) << text;
  EXPECT_FALSE(Has(text, "]>")) << text;
  EXPECT_EQ(doc->title, "Note");
}

std::string Utf16(const std::u16string& text, bool little) {
  std::string out = little ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
  for (char16_t c : text) {
    const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += little ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

TEST(HostileInput, Utf16WithAByteOrderMarkIsReadAsText) {
  const std::u16string text =
      u"Note de politique étrangère\r\n\r\nLa Belgique défend le multilatéralisme 🌍 et l'aide "
      u"humanitaire.\r\n";
  for (bool little : {true, false}) {
    TempDir dir;
    const std::string path = dir.Write("windows.txt", Utf16(text, little));
    auto doc = ReadDocument(path);
    ASSERT_TRUE(doc) << doc.error().message;
    EXPECT_EQ(doc->format, "txt");
    const std::string all = AllText(*doc);
    EXPECT_TRUE(Has(all, "La Belgique défend le multilatéralisme 🌍 et l'aide humanitaire.")) << all;
  }
}

TEST(HostileInput, Utf16XmlSayingUtf16IsRead) {
  const std::u16string xml =
      u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<note><p>Coopération au "
      u"développement.</p></note>\n";
  auto doc = ReadDocumentBytes(Utf16(xml, true), "note16.xml");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_TRUE(Has(AllText(*doc), "Coopération au développement.")) << AllText(*doc);
}

TEST(HostileInput, Utf16WithALoneSurrogateIsAnEncodingError) {
  std::u16string text = u"Texte\n";
  text += static_cast<char16_t>(0xD800);
  text += u"x";
  auto doc = ReadDocumentBytes(Utf16(text, true), "coupé.txt");
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kEncoding);
  EXPECT_TRUE(Has(doc.error().message, "coupé.txt:2")) << doc.error().message;
}

double PeakMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// A 200 MB text file is over the default limit (64 MB): refused from its size
// alone, before a byte is read, so memory does not grow.
TEST(HostileInput, A200MbFileIsRefusedByTheSizeLimitWithoutBeingRead) {
  TempDir dir;
  const std::string path = dir.Join("enorme.txt");
  const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::ftruncate(fd, off_t{200} << 20), 0);  // sparse: no disk used
  ::close(fd);
  const double before = PeakMiB();
  auto doc = ReadDocument(path);
  const double after = PeakMiB();
  std::printf("200 MB file: peak memory %.1f MiB before, %.1f MiB after reading (limit %zu MB)\n",
              before, after, ReadOptions{}.max_bytes >> 20);
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kTooLarge);
  EXPECT_TRUE(Has(doc.error().message, "enorme.txt")) << doc.error().message;
  EXPECT_TRUE(Has(doc.error().message, "over the limit of 64 MB")) << doc.error().message;
  EXPECT_LT(after - before, 8.0);
}

TEST(HostileInput, ControlCharactersInFileNamesAreEscapedInMessages) {
  TempDir dir;
  const std::string path = dir.Write("note\n\x1b[31mrouge\x7f.txt", "");
  auto doc = ReadDocument(path);
  ASSERT_FALSE(doc);
  const std::string& message = doc.error().message;
  EXPECT_TRUE(Has(message, "note\\n\\e[31mrouge\\x7f.txt")) << message;
  for (char c : message) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << message;
}

}  // namespace
}  // namespace tandem::ingest
