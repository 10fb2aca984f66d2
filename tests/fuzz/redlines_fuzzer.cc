// libFuzzer target: the red-line loader (redlines::LoadDossierBytes) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/redlines/dossier_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto dossier = tandem::redlines::LoadDossierBytes(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xml");
  // A loaded dossier has what the loader promises: every rule has an id.
  if (dossier) {
    for (const auto& rule : dossier->rules) {
      if (rule.id.empty()) __builtin_trap();
    }
  }
  return 0;
}
