#include "pipeline/model/error.h"

namespace tandem {
namespace {

// Control characters (a file named "a\nb.txt", an escape sequence that would
// drive the terminal) written as \n, \t, \r, \e or \xNN, so that a message
// stays one line and shows what is really there.
void AppendEscaped(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x20 && b != 0x7F) {
      out.push_back(c);
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (b == 0x1B) {
      out.append("\\e");
    } else {
      out.append("\\x");
      out.push_back(kHex[b >> 4]);
      out.push_back(kHex[b & 0xF]);
    }
  }
}

}  // namespace

Error MakeError(ErrorCode code, std::string_view where, std::string_view what) {
  std::string message;
  if (!where.empty()) {
    AppendEscaped(message, where);
    message.append(": ");
  }
  AppendEscaped(message, what);
  return Error{code, std::move(message)};
}

}  // namespace tandem
