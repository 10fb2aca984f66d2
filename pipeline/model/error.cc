#include "pipeline/model/error.h"

namespace tandem {

Error MakeError(ErrorCode code, std::string_view where, std::string_view what) {
  std::string message;
  if (!where.empty()) {
    message.append(where);
    message.append(": ");
  }
  message.append(what);
  return Error{code, std::move(message)};
}

}  // namespace tandem
