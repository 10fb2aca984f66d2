// Errors caused by input or environment, as values. Programmer errors are
// asserts, not Errors.
#ifndef TANDEM_PIPELINE_MODEL_ERROR_H_
#define TANDEM_PIPELINE_MODEL_ERROR_H_

#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace tandem {

enum class ErrorCode {
  kIo,           // a file or folder could not be read or written
  kEmpty,        // the input holds no text at all
  kBinary,       // the input is binary data, not a document
  kEncoding,     // the input is not valid UTF-8
  kMalformed,    // the input is damaged or truncated (HTML, XML, PDF)
  kUnsupported,  // a format or feature tandem does not read (encrypted PDF, scanned pages)
  kTooLarge,     // the input exceeds a safety limit
  kUsage,        // the request itself is wrong (arguments, query)
  kIndex,        // the index cannot be opened, read or written
  kNotFound,     // what was asked for by name (a document of the index) is not there
};

// What went wrong, for a person: `message` is one line that names the file
// and, where known, the line or page, e.g. "a.html:12: truncated HTML ...".
struct Error {
  ErrorCode code;
  std::string message;
};

// Builds an Error whose message is "WHERE: WHAT" (or WHAT when where is empty),
// control characters in either (from file names, from the input) escaped as
// \n, \t, \r, \e or \xNN: a message is one line and cannot drive a terminal.
Error MakeError(ErrorCode code, std::string_view where, std::string_view what);

// A value or the Error that prevented it.
template <typename T>
using Result = tl::expected<T, Error>;

// Shorthand for returning an error from a function that returns Result<T>.
inline tl::unexpected<Error> Fail(ErrorCode code, std::string_view where, std::string_view what) {
  return tl::unexpected<Error>(MakeError(code, where, what));
}

}  // namespace tandem

#endif  // TANDEM_PIPELINE_MODEL_ERROR_H_
