#include <fmt/format.h>

#include "pipeline/formats/writers.h"

namespace tandem::formats {
namespace {

std::string Cell(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace

std::string WriteTsv(const std::vector<AlignedUnit>& units) {
  std::string out = "fr\tnl\tscore\tflags\n";
  for (const AlignedUnit& u : units) {
    std::string flags;
    for (const qa::Flag& f : u.flags) {
      if (!flags.empty()) flags += ',';
      flags += qa::FlagName(f.kind);
    }
    out += fmt::format("{}\t{}\t{:.3f}\t{}\n", Cell(JoinSide(u.fr, true)), Cell(JoinSide(u.nl, true)), u.score, flags);
  }
  return out;
}

}  // namespace tandem::formats
