// The XML adapter (libxml2). Network access and external entities are off,
// and libxml2's own depth and size limits apply (no XML_PARSE_HUGE). An
// element with mixed content is inline in its parent's block; any other
// element holding text is a block; element names that say "title" or
// "head(ing)" make headings and "item"/"li" list items.
#include <libxml/parser.h>

#include <fmt/format.h>

#include <memory>

#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/markup_walker.h"

namespace tandem::ingest {
namespace {

bool HasTextSibling(const xmlNode* node) {
  for (const xmlNode* s = node->parent ? node->parent->children : nullptr; s != nullptr; s = s->next) {
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
      xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), source.c_str(), nullptr, options), xmlFreeDoc);
  if (!doc || errors.has_error()) {
    const std::string where = errors.line() > 0 ? fmt::format("{}:{}", source, errors.line()) : source;
    return Fail(errors.code() == XML_ERR_INVALID_CHAR || errors.code() == XML_ERR_INVALID_ENCODING
                    ? ErrorCode::kEncoding
                    : ErrorCode::kMalformed,
                where, fmt::format("malformed XML: {}", errors.has_error() ? errors.message() : "cannot parse"));
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Fail(ErrorCode::kEmpty, source, "XML without a root element");
  Extraction extraction;
  extraction.blocks = WalkBlocks(root, ElementPolicy{XmlRole, XmlKind});
  return extraction;
}

}  // namespace tandem::ingest
