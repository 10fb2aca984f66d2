#include "pipeline/ingest/format.h"

#include <gtest/gtest.h>

namespace tandem::ingest {
namespace {

TEST(DetectFormat, ReadsTheContentNotJustTheName) {
  struct Case {
    std::string_view bytes, path;
    Format expected;
  };
  const Case cases[] = {
      {"%PDF-1.7\n...", "report.pdf", Format::kPdf},
      {"%PDF-1.4\n...", "mislabelled.txt", Format::kPdf},
      {"<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt", Format::kHtml},
      {"\xEF\xBB\xBF  <html lang=\"fr\"><body>x</body></html>", "page", Format::kHtml},
      {"<p>fragment</p>", "fragment.html", Format::kHtml},
      {"<?xml version=\"1.0\"?><doc/>", "doc.xml", Format::kXml},
      {"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "page.xhtml", Format::kHtml},
      {"La Belgique soutient.", "note.txt", Format::kText},
      {"<3 is less than four", "note.txt", Format::kText},
  };
  for (const Case& c : cases) {
    auto format = DetectFormat(c.bytes, c.path);
    ASSERT_TRUE(format.has_value()) << c.path;
    EXPECT_EQ(*format, c.expected) << c.path;
  }
}

TEST(DetectFormat, RefusesWhatIsNoDocument) {
  struct Case {
    std::string_view bytes, path;
    ErrorCode code;
    std::string_view message;
  };
  const Case cases[] = {
      {"", "empty.txt", ErrorCode::kEmpty, "empty.txt: empty file"},
      {" \n\t\n", "blank.txt", ErrorCode::kEmpty, "blank.txt: no text"},
      {std::string_view("ab\0cd", 5), "blob.txt", ErrorCode::kBinary, "blob.txt: binary data"},
      {"Just text, renamed", "fake.pdf", ErrorCode::kMalformed, "fake.pdf: not a PDF"},
  };
  for (const Case& c : cases) {
    auto format = DetectFormat(c.bytes, c.path);
    ASSERT_FALSE(format.has_value()) << c.path;
    EXPECT_EQ(format.error().code, c.code) << c.path;
    EXPECT_EQ(format.error().message.rfind(c.message, 0), 0u) << format.error().message;
  }
}

}  // namespace
}  // namespace tandem::ingest
