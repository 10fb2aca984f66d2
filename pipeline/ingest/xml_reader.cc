// The XML adapter (libxml2). Network access and external entities are off
// (XML_PARSE_NONET, no XML_PARSE_DTDLOAD or XML_PARSE_NOENT: no file or URL is
// ever opened), and libxml2's own depth and size limits apply (no
// XML_PARSE_HUGE). Entities the document declares itself (its internal DTD
// subset) are expanded by the walk; a reference to any other entity refuses
// the file, as does a parse libxml2 had to stop: no text is dropped silently. An
// element with mixed content is inline in its parent's block; any other
// element holding text is a block; element names that say "title" or
// "head(ing)" make headings and "item"/"li" list items.
#include <fmt/format.h>
#include <libxml/parser.h>

#include <memory>

#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/markup_walker.h"

namespace tandem::ingest {
namespace {

bool HasTextSibling(const xmlNode* node) {
  // An element an entity brings stands where the reference was, in running text.
  if (node->parent != nullptr && node->parent->type == XML_ENTITY_DECL) return true;
  for (const xmlNode* s = node->parent ? node->parent->children : nullptr; s != nullptr;
       s = s->next) {
    if ((s->type == XML_TEXT_NODE || s->type == XML_CDATA_SECTION_NODE) && s->content &&
        !xmlIsBlankNode(const_cast<xmlNode*>(s))) {
      return true;
    }
  }
  return false;
}

ElementRole XmlRole(const xmlNode* node) {
  const std::string name = ElementName(node);
  if (name == "br" || name == "lb") return ElementRole::kBreak;
  if (name == "footnote" || name == "script" || name == "style") return ElementRole::kSkip;
  return HasTextSibling(node) ? ElementRole::kInline : ElementRole::kBlock;
}

BlockKind XmlKind(const xmlNode* node) {
  const std::string name = ElementName(node);
  if (name.find("title") != std::string::npos || name.find("head") != std::string::npos ||
      (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
    return BlockKind::kHeading;
  }
  if (name == "li" || name.find("item") != std::string::npos) return BlockKind::kListItem;
  return BlockKind::kParagraph;
}

}  // namespace

Result<Extraction> ExtractXml(std::string_view bytes, const std::string& source) {
  LibxmlErrors errors;
  const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), source.c_str(), nullptr, options),
      xmlFreeDoc);
  if (!doc || errors.has_error()) {
    const std::string where =
        errors.line() > 0 ? fmt::format("{}:{}", source, errors.line()) : source;
    std::string what =
        fmt::format("malformed XML: {}", errors.has_error() ? errors.message() : "cannot parse");
    if (errors.code() == XML_ERR_ENTITY_LOOP) {
      // libxml2 says "entity reference loop" for both a loop and an entity bomb.
      what = fmt::format(
          "entities refused: the entities declared in this file refer to themselves or expand to "
          "far more "
          "text than the file holds (an entity bomb such as \"billion laughs\"); libxml2 said: {}",
          errors.message());
    } else if (errors.code() == XML_WAR_UNDECLARED_ENTITY ||
               errors.code() == XML_ERR_UNDECLARED_ENTITY) {
      what = fmt::format(
          "{}: its text is unknown, because the entity is not declared in the file itself (tandem "
          "never reads "
          "an external DTD); declare it in the document's <!DOCTYPE [...]> or write the character",
          errors.message());
    }
    return Fail(errors.code() == XML_ERR_INVALID_CHAR || errors.code() == XML_ERR_INVALID_ENCODING
                    ? ErrorCode::kEncoding
                    : ErrorCode::kMalformed,
                where, what);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Fail(ErrorCode::kEmpty, source, "XML without a root element");
  Extraction extraction;
  WalkIssues issues;
  // Entity text beyond 4x the file (plus 1 MiB) is refused, whatever libxml2's own bounds.
  const size_t budget = 4 * bytes.size() + (size_t{1} << 20);
  extraction.blocks = WalkBlocks(root, ElementPolicy{XmlRole, XmlKind}, &issues, budget);
  if (issues.too_much) {
    return Fail(
        ErrorCode::kTooLarge, fmt::format("{}:{}", source, issues.line),
        fmt::format(
            "entities refused: their expansions exceed {} bytes, 4 times the file plus 1 MiB "
            "(an entity bomb?)",
            budget));
  }
  if (!issues.entity.empty()) {
    return Fail(
        ErrorCode::kUnsupported, fmt::format("{}:{}", source, issues.line),
        issues.system_id.empty()
            ? fmt::format("entity &{}; has no text in this file; its text would be lost",
                          issues.entity)
            : fmt::format(
                  "entity &{}; is an external file ({}), which tandem never reads; its text "
                  "would be lost",
                  issues.entity, issues.system_id));
  }
  return extraction;
}

}  // namespace tandem::ingest
