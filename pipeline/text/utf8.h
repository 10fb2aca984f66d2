// UTF-8 validation with positions a person can find in an editor.
#ifndef TANDEM_PIPELINE_TEXT_UTF8_H_
#define TANDEM_PIPELINE_TEXT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tandem::text {

// Where an invalid byte sequence starts: byte offset, 1-based line and column
// (column counted in bytes), and the offending byte.
struct Utf8Fault {
  size_t offset = 0;
  size_t line = 1;
  size_t column = 1;
  unsigned char byte = 0;
};

// The first invalid UTF-8 sequence in `bytes` (overlong forms, surrogates and
// code points above U+10FFFF count as invalid), or nullopt when all is valid.
std::optional<Utf8Fault> FindInvalidUtf8(std::string_view bytes);

// The number of code points of valid UTF-8 `s` (a length a reader counts as characters).
size_t CodePointCount(std::string_view s);

// Appends code point `c` (at most U+10FFFF, not a surrogate) to `out` as UTF-8.
void AppendUtf8(char32_t c, std::string* out);

// True when `bytes` looks like binary data rather than text: a NUL byte, or
// more than 10% control characters other than tab, newline, carriage return
// and form feed, in the first 64 KiB. `*offset` receives a telling position.
bool LooksBinary(std::string_view bytes, size_t* offset);

}  // namespace tandem::text

#endif  // TANDEM_PIPELINE_TEXT_UTF8_H_
