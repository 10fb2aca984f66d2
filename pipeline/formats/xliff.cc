#include <fmt/format.h>

#include "pipeline/formats/writers.h"
#include "pipeline/formats/xml_escape.h"

namespace tandem::formats {

std::string WriteXliff(const std::vector<AlignedUnit>& units, const AlignmentInfo& info, bool dutch_source) {
  const char* source_lang = dutch_source ? "nl-BE" : "fr-BE";
  const char* target_lang = dutch_source ? "fr-BE" : "nl-BE";
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
                     source_lang, target_lang);
  const std::string& original = dutch_source ? info.nl_source : info.fr_source;
  out += fmt::format("  <file id=\"f1\" original=\"{}\">\n", XmlEscape(original.empty() ? "tandem" : original));
  size_t id = 0;
  for (const AlignedUnit& u : units) {
    if (!u.two_sided()) continue;
    ++id;
    out += fmt::format("    <unit id=\"u{}\">\n", id);
    if (!u.flags.empty()) {
      out += "      <notes>\n";
      for (const qa::Flag& f : u.flags) {
        out += fmt::format("        <note category=\"{}\">{}</note>\n", qa::FlagName(f.kind), XmlEscape(f.message));
      }
      out += "      </notes>\n";
    }
    const std::string source = JoinSide(dutch_source ? u.nl : u.fr, true);
    const std::string target = JoinSide(dutch_source ? u.fr : u.nl, true);
    out += fmt::format("      <segment id=\"s{}\" state=\"translated\">\n        <source>{}</source>\n        <target>{}</target>\n      </segment>\n",
                       id, XmlEscape(source), XmlEscape(target));
    out += "    </unit>\n";
  }
  out += "  </file>\n</xliff>\n";
  return out;
}

}  // namespace tandem::formats
