#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/redlines/versions.h"
#include "pipeline/text/normalize.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace tandem::embedded {
std::string_view redlines_schema();
}

namespace tandem::redlines {
namespace {

constexpr size_t kMaxDossierBytes = size_t{16} << 20;

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// The compiled schema, parsed once; libxml2 allows concurrent validation with it.
xmlRelaxNG* Schema() {
  static xmlRelaxNG* schema = [] {
    const std::string_view text = embedded::redlines_schema();
    xmlRelaxNGParserCtxt* parser = xmlRelaxNGNewMemParserCtxt(text.data(), static_cast<int>(text.size()));
    xmlRelaxNG* compiled = xmlRelaxNGParse(parser);
    xmlRelaxNGFreeParserCtxt(parser);
    return compiled;
  }();
  return schema;
}

// libxml2's messages end with a newline; a person wants one line.
std::string OneLine(const char* message) {
  std::string s = message ? message : "invalid";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

struct FirstError {
  int line = 0;
  std::string message;
  xmlNode* node = nullptr;  // the element libxml2 complains about, when it says
};

void KeepFirst(void* data, xmlError* error) {
  auto* first = static_cast<FirstError*>(data);
  if (!first->message.empty() || error == nullptr) return;
  first->line = error->line;
  first->message = OneLine(error->message);
  first->node = static_cast<xmlNode*>(error->node);
}

std::string Text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  // Wordings are phrases: collapse the file's line breaks and indentation.
  return text::CollapseSpaces(s);
}

std::string Attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string s = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return s;
}

bool Is(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

Language LangOf(xmlNode* node) {
  xmlChar* lang = xmlNodeGetLang(node);
  const std::string code = lang ? reinterpret_cast<const char*>(lang) : "";
  xmlFree(lang);
  return code == "fr" ? Language::kFrench : code == "nl" ? Language::kDutch : Language::kUnknown;
}

Error At(const std::string& source, long line, std::string_view what) {
  return MakeError(ErrorCode::kMalformed, line > 0 ? fmt::format("{}:{}", source, line) : source, what);
}

// What is wrong with the attributes of `node`, said more plainly than
// libxml2's "failed to validate attributes"; empty when nothing is found.
std::string ExplainAttributes(xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return "";
  const std::string element = reinterpret_cast<const char*>(node->name);
  auto one_of = [](const std::string& v, std::initializer_list<const char*> allowed) {
    return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return v == a; });
  };
  auto is_decimal = [](const std::string& v) {
    size_t i = (!v.empty() && (v[0] == '-' || v[0] == '+')) ? 1 : 0;
    bool digit = false, dot = false;
    for (; i < v.size(); ++i) {
      if (v[i] >= '0' && v[i] <= '9') {
        digit = true;
      } else if (v[i] == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digit;
  };
  for (xmlAttr* a = node->properties; a; a = a->next) {
    const std::string name = reinterpret_cast<const char*>(a->name);
    xmlChar* raw = xmlNodeListGetString(node->doc, a->children, 1);
    const std::string value = raw ? reinterpret_cast<const char*>(raw) : "";
    xmlFree(raw);
    const std::string shown = fmt::format("<{}> {}=\"{}\"", element, name, value);
    if (name == "severity" && !one_of(value, {"blocking", "warning"})) return shown + ": severity is blocking or warning";
    if (name == "value" && !one_of(value, {"support", "oppose", "abstain"})) return shown + ": value is support, oppose or abstain";
    if (name == "lang" && !one_of(value, {"fr", "nl"})) return shown + ": xml:lang is fr or nl";
    if (name == "unit" && !one_of(value, {"EUR", "%"})) return shown + ": unit is EUR or %";
    if ((name == "min" || name == "max") && !is_decimal(value)) return shown + ": a number with a decimal point, e.g. 1500000 or 0.7";
  }
  return "";
}

// A decimal as RELAX NG's xsd:decimal accepts it (already validated).
double Decimal(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

bool HasBothSides(const std::vector<Wording>& list) {
  bool fr = false, nl = false;
  for (const Wording& w : list) {
    fr |= w.language == Language::kFrench;
    nl |= w.language == Language::kDutch;
  }
  return fr && nl;
}

Result<Rule> ReadRule(xmlNode* node, const std::string& source) {
  Rule rule;
  rule.line = static_cast<int>(xmlGetLineNo(node));
  rule.id = Attribute(node, "id");
  rule.severity = Attribute(node, "severity") == "warning" ? Severity::kWarning : Severity::kBlocking;
  const std::string name = reinterpret_cast<const char*>(node->name);
  rule.kind = name == "forbid"    ? RuleKind::kForbid
              : name == "require" ? RuleKind::kRequire
              : name == "stance"  ? RuleKind::kStance
              : name == "limit"   ? RuleKind::kLimit
                                  : RuleKind::kTerm;
  if (rule.kind == RuleKind::kStance) {
    const std::string value = Attribute(node, "value");
    rule.stance = value == "oppose" ? Stance::kOppose : value == "abstain" ? Stance::kAbstain : Stance::kSupport;
  }
  if (rule.kind == RuleKind::kLimit) {
    rule.unit = Attribute(node, "unit");
    const std::string min = Attribute(node, "min"), max = Attribute(node, "max");
    if (!min.empty()) rule.min = Decimal(min);
    if (!max.empty()) rule.max = Decimal(max);
    if (!rule.min && !rule.max) return tl::unexpected(At(source, rule.line, fmt::format("limit {} has neither min nor max", rule.id)));
    if (rule.min && rule.max && *rule.min > *rule.max) {
      return tl::unexpected(At(source, rule.line, fmt::format("limit {}: min {} is above max {}", rule.id, min, max)));
    }
  }
  for (xmlNode* child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    Wording w{LangOf(child), Text(child)};
    if (w.text.empty()) {
      return tl::unexpected(At(source, xmlGetLineNo(child), fmt::format("rule {}: empty <{}>", rule.id, reinterpret_cast<const char*>(child->name))));
    }
    if (Is(child, "agreed")) {
      rule.agreed.push_back(std::move(w));
    } else if (Is(child, "avoid")) {
      rule.avoid.push_back(std::move(w));
    } else if (Is(child, "except")) {
      rule.except.push_back(std::move(w));
    } else {
      rule.wordings.push_back(std::move(w));
    }
  }
  const std::vector<Wording>& sides = rule.kind == RuleKind::kTerm ? rule.avoid : rule.wordings;
  if (!HasBothSides(sides)) {
    const char* what = rule.kind == RuleKind::kTerm ? "avoid" : rule.kind == RuleKind::kStance ? "subject"
                       : rule.kind == RuleKind::kLimit ? "quantity" : "claim";
    return tl::unexpected(At(source, rule.line, fmt::format("rule {} needs a French and a Dutch <{}>", rule.id, what)));
  }
  if (rule.kind == RuleKind::kTerm && !HasBothSides(rule.wordings)) {
    return tl::unexpected(At(source, rule.line, fmt::format("rule {} needs a French and a Dutch <use>", rule.id)));
  }
  return rule;
}

// Where the file declares a DTD or entities: a red-line file must be read
// exactly as written, and an entity (undeclared, external, or declared
// locally) can change a wording without a word. Kept in the parser's _private.
struct Declarations {
  int doctype_line = 0;
  int entity_line = 0;
  std::string entity;
  internalSubsetSAXFunc internal_subset = nullptr;
  entityDeclSAXFunc entity_decl = nullptr;
};

void OnInternalSubset(void* ctx, const xmlChar* name, const xmlChar* external_id, const xmlChar* system_id) {
  auto* parser = static_cast<xmlParserCtxt*>(ctx);
  auto* found = static_cast<Declarations*>(parser->_private);
  if (found->doctype_line == 0) found->doctype_line = parser->input ? std::max(1, parser->input->line) : 1;
  if (found->internal_subset) found->internal_subset(ctx, name, external_id, system_id);
}

void OnEntityDecl(void* ctx, const xmlChar* name, int type, const xmlChar* public_id, const xmlChar* system_id,
                  xmlChar* content) {
  auto* parser = static_cast<xmlParserCtxt*>(ctx);
  auto* found = static_cast<Declarations*>(parser->_private);
  if (found->entity_line == 0) {
    found->entity_line = parser->input ? std::max(1, parser->input->line) : 1;
    found->entity = name ? reinterpret_cast<const char*>(name) : "";
  }
  if (found->entity_decl) found->entity_decl(ctx, name, type, public_id, system_id, content);
}

}  // namespace

Result<Dossier> LoadDossierBytes(std::string_view xml, const std::string& source) {
  if (xml.find_first_not_of(" \t\r\n") == std::string_view::npos) return Fail(ErrorCode::kEmpty, source, "empty file");
  if (xml.size() > kMaxDossierBytes) return Fail(ErrorCode::kTooLarge, source, "a red-line file over 16 MiB");
  xmlParserCtxt* parser = xmlNewParserCtxt();
  if (parser == nullptr) return Fail(ErrorCode::kIo, source, "out of memory");
  // No network, no external entities: a red-line file is self-contained.
  // A DTD or an entity declaration refuses the file, with its line.
  Declarations found;
  found.internal_subset = parser->sax->internalSubset;
  found.entity_decl = parser->sax->entityDecl;
  parser->sax->internalSubset = OnInternalSubset;
  parser->sax->entityDecl = OnEntityDecl;
  parser->_private = &found;
  DocPtr doc(xmlCtxtReadMemory(parser, xml.data(), static_cast<int>(xml.size()), source.c_str(), "UTF-8",
                               XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR));
  if (found.entity_line > 0 || found.doctype_line > 0) {
    xmlFreeParserCtxt(parser);
    if (found.entity_line > 0) {
      return tl::unexpected(At(source, found.entity_line,
                               fmt::format("a red-line file may not declare entities (<!ENTITY {} ...>): every "
                                           "wording must be read exactly as written; write the text itself",
                                           found.entity)));
    }
    return tl::unexpected(At(source, found.doctype_line,
                             "a red-line file may not have a <!DOCTYPE> (a DTD): its entities and defaults "
                             "could change what the file says; remove it"));
  }
  if (!doc) {
    const xmlError* e = xmlCtxtGetLastError(parser);
    Error error = At(source, e ? e->line : 0, fmt::format("not well-formed XML: {}", OneLine(e ? e->message : nullptr)));
    xmlFreeParserCtxt(parser);
    return tl::unexpected(error);
  }
  xmlFreeParserCtxt(parser);
  xmlRelaxNG* schema = Schema();
  assert(schema != nullptr && "the embedded redlines.rng must compile");
  xmlRelaxNGValidCtxt* validator = xmlRelaxNGNewValidCtxt(schema);
  FirstError first;
  xmlRelaxNGSetValidStructuredErrors(validator, KeepFirst, &first);
  const int invalid = xmlRelaxNGValidateDoc(validator, doc.get());
  xmlRelaxNGFreeValidCtxt(validator);
  if (invalid != 0) {
    // libxml2 points at the element or at its first child.
    std::string plain = ExplainAttributes(first.node);
    if (plain.empty() && first.node != nullptr) plain = ExplainAttributes(first.node->parent);
    return tl::unexpected(At(source, first.line, fmt::format("not a red-line file: {}", !plain.empty() ? plain
                                                                                    : first.message.empty() ? "invalid"
                                                                                                            : first.message)));
  }
  xmlNode* root = xmlDocGetRootElement(doc.get());
  Dossier dossier;
  dossier.path = source;
  dossier.id = Attribute(root, "dossier");
  dossier.agreed = Attribute(root, "agreed");
  dossier.source = Attribute(root, "source");
  dossier.supersedes = Attribute(root, "supersedes");
  if (!dossier.supersedes.empty() && dossier.agreed.empty()) {
    return tl::unexpected(At(source, xmlGetLineNo(root),
                             fmt::format("dossier {} supersedes {} but has no agreed date: a new version "
                                         "needs agreed=\"YYYY-MM-DD\", the day it takes effect",
                                         dossier.id, dossier.supersedes)));
  }
  if (dossier.supersedes == dossier.id) {
    return tl::unexpected(At(source, xmlGetLineNo(root),
                             fmt::format("dossier {} supersedes itself: a new version has its own id", dossier.id)));
  }
  std::set<std::string> ids;
  for (xmlNode* node = root->children; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (Is(node, "title")) {
      dossier.titles.push_back({LangOf(node), Text(node)});
    } else if (Is(node, "topic")) {
      for (xmlNode* word = node->children; word; word = word->next) {
        if (word->type != XML_ELEMENT_NODE) continue;
        dossier.topic.push_back({Is(word, "fr") ? Language::kFrench : Language::kDutch, Text(word)});
      }
    } else {
      auto rule = ReadRule(node, source);
      if (!rule) return tl::unexpected(rule.error());
      if (!ids.insert(rule->id).second) {
        return tl::unexpected(At(source, rule->line, fmt::format("duplicate rule id {}", rule->id)));
      }
      dossier.rules.push_back(std::move(*rule));
    }
  }
  return dossier;
}

Result<Dossier> LoadDossier(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxDossierBytes) return Fail(ErrorCode::kTooLarge, path, "a red-line file over 16 MiB");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(ErrorCode::kIo, path, "cannot read the red-line file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return LoadDossierBytes(bytes.str(), path);
}

Result<std::vector<Dossier>> LoadDossiers(const std::vector<std::string>& paths) {
  std::vector<Dossier> dossiers;
  for (const std::string& path : paths) {
    std::error_code ec;
    std::vector<std::string> files;
    if (std::filesystem::is_directory(path, ec)) {
      for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
        if (entry.path().extension() == ".xml") files.push_back(entry.path().string());
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) return Fail(ErrorCode::kIo, path, "no red-line file (*.xml) in this folder");
    } else {
      files.push_back(path);
    }
    for (const std::string& file : files) {
      auto dossier = LoadDossier(file);
      if (!dossier) return tl::unexpected(dossier.error());
      dossiers.push_back(std::move(*dossier));
    }
  }
  if (auto versions = CheckVersions(dossiers); !versions) return tl::unexpected(versions.error());
  return dossiers;
}

}  // namespace tandem::redlines
