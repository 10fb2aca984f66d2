#include "pipeline/text/utf8.h"

#include <gtest/gtest.h>

namespace tandem::text {
namespace {

TEST(Utf8, AcceptsValidText) {
  for (std::string_view valid : {"", "plain ascii", "Coopération – België “quotes” €", "emoji \xF0\x9F\x87\xA7\xF0\x9F\x87\xAA"}) {
    EXPECT_FALSE(FindInvalidUtf8(valid).has_value()) << valid;
  }
}

TEST(Utf8, LocatesTheFirstInvalidByte) {
  struct Case {
    std::string_view input;
    size_t line, column;
    unsigned char byte;
  };
  const Case cases[] = {
      {"caf\xE9", 1, 4, 0xE9},                  // Latin-1 é
      {"ligne un\nligne \xFF deux", 2, 7, 0xFF},  // second line
      {"overlong \xC0\xAF", 1, 10, 0xC0},        // overlong '/'
      {"surrogate \xED\xA0\x80", 1, 11, 0xED},   // UTF-16 surrogate
      {"truncated \xE2\x82", 1, 11, 0xE2},       // cut multi-byte sequence
  };
  for (const Case& c : cases) {
    auto fault = FindInvalidUtf8(c.input);
    ASSERT_TRUE(fault.has_value()) << c.input;
    EXPECT_EQ(fault->line, c.line) << c.input;
    EXPECT_EQ(fault->column, c.column) << c.input;
    EXPECT_EQ(fault->byte, c.byte) << c.input;
  }
}

TEST(Utf8, RecognisesBinaryData) {
  size_t offset = 0;
  EXPECT_TRUE(LooksBinary(std::string_view("abc\0def", 7), &offset));
  EXPECT_EQ(offset, 3u);
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", &offset));
  EXPECT_FALSE(LooksBinary("Texte normal\tavec tabulation\r\n\fpage suivante", &offset));
}

}  // namespace
}  // namespace tandem::text
