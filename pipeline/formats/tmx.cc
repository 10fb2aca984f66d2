#include <fmt/format.h>

#include "pipeline/formats/writers.h"
#include "pipeline/formats/xml_escape.h"

namespace tandem::formats {

std::string WriteTmx(const std::vector<AlignedUnit>& units, const AlignmentInfo& info) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n";
  out += fmt::format(
      "  <header creationtool=\"tandem\" creationtoolversion=\"{}\" segtype=\"{}\" o-tmf=\"tandem\" "
      "adminlang=\"en\" srclang=\"fr-BE\" datatype=\"plaintext\" creationdate=\"{}\">\n",
      XmlEscape(info.tool_version.empty() ? "0" : info.tool_version), info.sentences ? "sentence" : "paragraph",
      info.creation_date.empty() ? UtcTimestamp() : info.creation_date);
  if (!info.fr_source.empty()) {
    out += fmt::format("    <prop type=\"x-source-fr\">{}</prop>\n", XmlEscape(info.fr_source));
    out += fmt::format("    <prop type=\"x-source-nl\">{}</prop>\n", XmlEscape(info.nl_source));
  }
  out += "  </header>\n  <body>\n";
  size_t id = 0;
  for (const AlignedUnit& u : units) {
    if (!u.two_sided()) continue;
    out += fmt::format("    <tu tuid=\"{}\">\n", ++id);
    out += fmt::format("      <prop type=\"x-score\">{:.3f}</prop>\n", u.score);
    if (u.page > 0) out += fmt::format("      <prop type=\"x-page\">{}</prop>\n", u.page);
    for (const qa::Flag& f : u.flags) {
      out += fmt::format("      <note>{}: {}</note>\n", qa::FlagName(f.kind), XmlEscape(f.message));
    }
    out += fmt::format("      <tuv xml:lang=\"fr-BE\"><seg>{}</seg></tuv>\n", XmlEscape(JoinSide(u.fr, true)));
    out += fmt::format("      <tuv xml:lang=\"nl-BE\"><seg>{}</seg></tuv>\n", XmlEscape(JoinSide(u.nl, true)));
    out += "    </tu>\n";
  }
  out += "  </body>\n</tmx>\n";
  return out;
}

}  // namespace tandem::formats
