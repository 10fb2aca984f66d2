// libFuzzer target: one document reader from bytes (ingest::ReadDocumentBytes).
// TANDEM_FUZZ_SOURCE names the input ("fuzz.html", ...): its extension steers
// format detection the way a file name does, so that each build of this file
// fuzzes one reader (text, HTML, XML, PDF, .docx) and the stages after it.
// Any outcome is fine except a crash, a sanitizer report, a leak or a hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tandem::ingest::ReadOptions options;
  options.max_bytes = 4u << 20;
  options.max_pages = 50;
  auto document = tandem::ingest::ReadDocumentBytes(
      std::string_view(reinterpret_cast<const char*>(data), size), TANDEM_FUZZ_SOURCE, options);
  if (document && document->streams.empty()) __builtin_trap();  // a Document always has a stream
  return 0;
}
