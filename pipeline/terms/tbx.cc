// TBX: the writer (TBX-Basic, ISO 30042:2019 DCA) and the reader, the only
// place of the terms stage that holds libxml2. Network access and external
// entities are off; libxml2's own depth limits apply (no XML_PARSE_HUGE); the
// tree is walked with loops over its fixed levels, never recursively.
#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "pipeline/formats/xml_escape.h"
#include "pipeline/terms/terms.h"
#include "pipeline/text/normalize.h"

namespace tandem::terms {
namespace {

constexpr size_t kMaxTbxBytes = size_t{64} << 20;
constexpr size_t kMaxEntries = 1000000;

using formats::XmlEscape;

// An XML id must be an NCName; anything else gets a generated one.
bool IsNcName(std::string_view id) {
  if (id.empty()) return false;
  const auto name_start = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  };
  if (!name_start(id[0])) return false;
  for (char c : id) {
    if (!name_start(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') return false;
  }
  return true;
}

void WriteLangSec(std::string& out, std::string_view lang, const std::vector<TermVariant>& variants,
                  const std::string& part_of_speech, size_t entry_count) {
  out += fmt::format("        <langSec xml:lang=\"{}\">\n", lang);
  for (const TermVariant& v : variants) {
    out += "          <termSec>\n";
    out += fmt::format("            <term>{}</term>\n", XmlEscape(v.text));
    if (!part_of_speech.empty()) {
      out += fmt::format("            <termNote type=\"partOfSpeech\">{}</termNote>\n",
                         XmlEscape(part_of_speech));
    }
    if (v.deprecated) {
      out +=
          "            <termNote "
          "type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>\n";
    }
    if (v.count > 0) {
      out += entry_count > 0
                 ? fmt::format("            <note>used in {} of {} aligned sentence pairs</note>\n",
                               v.count, entry_count)
                 : fmt::format("            <note>used in {} aligned sentence pairs</note>\n",
                               v.count);
    }
    out += "          </termSec>\n";
  }
  out += "        </langSec>\n";
}

// --- reading ---

std::string LocalName(const xmlNode* node) {
  return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

bool Is(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && LocalName(node) == name;
}

std::string Content(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return text::CollapseSpaces(s);
}

std::string Attribute(const xmlNode* node, const char* name, const xmlChar* ns = nullptr) {
  xmlChar* value = ns ? xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), ns)
                      : xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string s = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return s;
}

// "fr", "fr-BE", "FR_be" -> "fr"; "nl-BE" -> "nl"; others "".
std::string LanguageOf(const xmlNode* node) {
  std::string lang = Attribute(node, "lang", XML_XML_NAMESPACE);
  if (lang.empty()) lang = Attribute(node, "lang");  // some tools write a plain lang
  if (lang.size() < 2) return "";
  std::string code{static_cast<char>(std::tolower(static_cast<unsigned char>(lang[0]))),
                   static_cast<char>(std::tolower(static_cast<unsigned char>(lang[1])))};
  if (lang.size() > 2 && lang[2] != '-' && lang[2] != '_') return "";
  return code == "fr" || code == "nl" ? code : "";
}

// A termSec (v3), tig (v2) or termGrp (inside ntig): its term and term notes.
void ReadTermGroup(const xmlNode* group, std::vector<TermVariant>* variants,
                   std::string* part_of_speech) {
  TermVariant variant;
  for (const xmlNode* c = group->children; c != nullptr; c = c->next) {
    if (Is(c, "term")) {
      variant.text = Content(c);
    } else if (Is(c, "termNote")) {
      const std::string type = Attribute(c, "type");
      const std::string value = Content(c);
      if (type == "administrativeStatus" && (value.find("deprecated") != std::string::npos ||
                                             value.find("superseded") != std::string::npos)) {
        variant.deprecated = true;
      } else if (type == "partOfSpeech" && part_of_speech->empty()) {
        *part_of_speech = value;
      }
    }
  }
  if (!variant.text.empty()) variants->push_back(std::move(variant));
}

}  // namespace

std::string WriteTbx(const Termbase& termbase, const TbxInfo& info) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<?xml-model "
      "href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
      "TBXcoreStructV03_TBX-Basic_integrated.rng\" type=\"application/xml\" "
      "schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
      "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"fr\" "
      "xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
      "  <tbxHeader>\n"
      "    <fileDesc>\n";
  out += fmt::format("      <titleStmt>\n        <title>{}</title>\n      </titleStmt>\n",
                     XmlEscape(info.title));
  out += fmt::format(
      "      <sourceDesc>\n        <p>{}</p>\n      </sourceDesc>\n",
      XmlEscape(info.source_description.empty() ? "French-Dutch term base written by tandem"
                                                : info.source_description));
  out += "    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n";
  size_t n = 0;
  for (const TermEntry& e : termbase.entries) {
    ++n;
    const std::string id = IsNcName(e.id) ? e.id : fmt::format("t{}", n);
    out += fmt::format("      <conceptEntry id=\"{}\">\n", XmlEscape(id));
    if (!e.note.empty()) out += fmt::format("        <note>{}</note>\n", XmlEscape(e.note));
    if (e.count > 0) {
      out += fmt::format(
          "        <note>French term in {} aligned sentence pairs; association {:.2f}</note>\n",
          e.count, e.score);
    }
    WriteLangSec(out, "fr", e.fr, e.part_of_speech, 0);
    WriteLangSec(out, "nl", e.nl, e.part_of_speech, e.count);
    out += "      </conceptEntry>\n";
  }
  out += "    </body>\n  </text>\n</tbx>\n";
  return out;
}

Result<Termbase> ReadTbx(std::string_view xml, std::string_view source) {
  const std::string where(source);
  if (xml.size() > kMaxTbxBytes) {
    return Fail(ErrorCode::kTooLarge, where,
                fmt::format("term base over {} MiB", kMaxTbxBytes >> 20));
  }
  std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(),
                                                                    xmlFreeParserCtxt);
  if (!ctxt) return Fail(ErrorCode::kMalformed, where, "cannot start the XML parser");
  const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), where.c_str(),
                        nullptr, options),
      xmlFreeDoc);
  if (!doc || !ctxt->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(ctxt.get());
    std::string message = error && error->message ? error->message : "cannot parse";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
      message.pop_back();
    const std::string at =
        error && error->line > 0 ? fmt::format("{}:{}", where, error->line) : where;
    return Fail(ErrorCode::kMalformed, at, fmt::format("malformed XML: {}", message));
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr || !(Is(root, "tbx") || Is(root, "martif"))) {
    return Fail(ErrorCode::kMalformed, where,
                fmt::format("not a TBX file: the root element is <{}>, not <tbx> or <martif>",
                            root ? LocalName(root) : ""));
  }
  const xmlNode* body = nullptr;
  for (const xmlNode* t = root->children; t != nullptr && body == nullptr; t = t->next) {
    if (!Is(t, "text")) continue;
    for (const xmlNode* b = t->children; b != nullptr; b = b->next) {
      if (Is(b, "body")) body = b;
    }
  }
  if (body == nullptr) return Fail(ErrorCode::kMalformed, where, "not a TBX file: no <text><body>");
  Termbase termbase;
  size_t seen = 0;
  for (const xmlNode* e = body->children; e != nullptr; e = e->next) {
    if (!Is(e, "conceptEntry") && !Is(e, "termEntry")) continue;
    if (++seen > kMaxEntries)
      return Fail(ErrorCode::kTooLarge, where, fmt::format("over {} entries", kMaxEntries));
    TermEntry entry;
    entry.id = Attribute(e, "id");
    for (const xmlNode* l = e->children; l != nullptr; l = l->next) {
      if (Is(l, "note") && entry.note.empty()) entry.note = Content(l);
      if (!Is(l, "langSec") && !Is(l, "langSet")) continue;
      const std::string lang = LanguageOf(l);
      if (lang.empty()) continue;
      std::vector<TermVariant>* variants = lang == "fr" ? &entry.fr : &entry.nl;
      for (const xmlNode* g = l->children; g != nullptr; g = g->next) {
        if (Is(g, "termSec") || Is(g, "tig")) {
          ReadTermGroup(g, variants, &entry.part_of_speech);
        } else if (Is(g, "ntig")) {
          for (const xmlNode* tg = g->children; tg != nullptr; tg = tg->next) {
            if (Is(tg, "termGrp")) ReadTermGroup(tg, variants, &entry.part_of_speech);
          }
        }
      }
    }
    if (entry.fr.empty() || entry.nl.empty()) {
      ++termbase.skipped;
      continue;
    }
    if (entry.id.empty()) entry.id = fmt::format("t{}", seen);
    termbase.entries.push_back(std::move(entry));
  }
  if (termbase.entries.empty()) {
    return Fail(
        ErrorCode::kEmpty, where,
        fmt::format("no entry with both a French and a Dutch term ({} entries read)", seen));
  }
  return termbase;
}

Result<Termbase> LoadTermbase(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxTbxBytes) {
    return Fail(ErrorCode::kTooLarge, path,
                fmt::format("term base over {} MiB", kMaxTbxBytes >> 20));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(ErrorCode::kIo, path, fmt::format("cannot read: {}", std::strerror(errno)));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Fail(ErrorCode::kIo, path, "read error");
  return ReadTbx(bytes.str(), path);
}

}  // namespace tandem::terms
