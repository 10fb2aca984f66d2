#include "pipeline/redlines/dossier_writer.h"

#include <fmt/format.h>

#include "pipeline/redlines/versions.h"

namespace tandem::redlines {
namespace {

std::string Escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Lang(Language language) {
  return language == Language::kDutch ? "nl" : language == Language::kFrench ? "fr" : std::string(LanguageCode(language));
}

void Elements(std::string& out, const char* name, const std::vector<Wording>& list) {
  for (const Wording& w : list) {
    out += fmt::format("    <{0} xml:lang=\"{1}\">{2}</{0}>\n", name, Escaped(Lang(w.language)), Escaped(w.text));
  }
}

}  // namespace

std::string DossierXml(const Dossier& d) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<redlines xmlns=\"urn:tandem:redlines:1\" dossier=\"{}\"", Escaped(d.id));
  if (!d.agreed.empty()) out += fmt::format(" agreed=\"{}\"", Escaped(d.agreed));
  if (!d.supersedes.empty()) out += fmt::format(" supersedes=\"{}\"", Escaped(d.supersedes));
  if (!d.source.empty()) out += fmt::format(" source=\"{}\"", Escaped(d.source));
  out += ">\n";
  for (const Wording& w : d.titles) {
    out += fmt::format("  <title xml:lang=\"{}\">{}</title>\n", Escaped(Lang(w.language)), Escaped(w.text));
  }
  if (!d.topic.empty()) {
    out += "  <topic>";
    for (const Wording& w : d.topic) out += fmt::format("<{0}>{1}</{0}>", Lang(w.language) == "nl" ? "nl" : "fr", Escaped(w.text));
    out += "</topic>\n";
  }
  for (const Rule& r : d.rules) {
    const std::string kind(RuleKindName(r.kind));
    out += fmt::format("\n  <{} id=\"{}\" severity=\"{}\"", kind, Escaped(r.id), SeverityName(r.severity));
    if (r.kind == RuleKind::kStance) out += fmt::format(" value=\"{}\"", StanceName(r.stance));
    if (r.kind == RuleKind::kLimit) {
      if (!r.unit.empty()) out += fmt::format(" unit=\"{}\"", Escaped(r.unit));
      if (r.min) out += fmt::format(" min=\"{}\"", DecimalText(*r.min));
      if (r.max) out += fmt::format(" max=\"{}\"", DecimalText(*r.max));
    }
    out += ">\n";
    const char* wording = r.kind == RuleKind::kStance  ? "subject"
                          : r.kind == RuleKind::kLimit ? "quantity"
                          : r.kind == RuleKind::kTerm  ? "use"
                                                       : "claim";
    Elements(out, wording, r.wordings);
    if (r.kind == RuleKind::kTerm) {
      Elements(out, "avoid", r.avoid);
      Elements(out, "except", r.except);
    }
    Elements(out, "agreed", r.agreed);
    out += fmt::format("  </{}>\n", kind);
  }
  out += "</redlines>\n";
  return out;
}

}  // namespace tandem::redlines
