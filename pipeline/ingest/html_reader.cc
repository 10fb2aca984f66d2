// The HTML adapter (libxml2's HTML parser). Which blocks are content and
// which are site furniture is decided by evidence (boilerplate.h).
#include <libxml/HTMLparser.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>

#include "pipeline/ingest/boilerplate.h"
#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/markup_walker.h"
#include "pipeline/text/normalize.h"

namespace tandem::ingest {
namespace {

// The block keys of a page, for the site evidence of its neighbours.
std::vector<std::string> HtmlPageKeys(std::string_view bytes, const std::string& source);

// Line of the last '<' that has no closing '>': the file stops inside a tag.
int UnclosedTagLine(std::string_view bytes) {
  const size_t open = bytes.rfind('<');
  if (open == std::string_view::npos) return 0;
  if (bytes.find('>', open) != std::string_view::npos) return 0;
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(open), '\n'));
}

bool ContainsNoCase(std::string_view haystack, std::string_view needle) {
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it != haystack.end();
}

// The charset a page declares in its first bytes, lower-cased, or "".
std::string DeclaredCharset(std::string_view bytes) {
  std::string head(bytes.substr(0, std::min<size_t>(bytes.size(), 2048)));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t at = head.find("charset=");
  if (at == std::string::npos) return {};
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'')) ++at;
  size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' || head[end] == '_')) ++end;
  return head.substr(at, end - at);
}

}  // namespace

Result<Extraction> ExtractHtml(std::string_view bytes, const std::string& source) {
  if (int line = UnclosedTagLine(bytes)) {
    return Fail(ErrorCode::kMalformed, fmt::format("{}:{}", source, line),
                "truncated HTML: the file ends inside a tag");
  }
  if (ContainsNoCase(bytes, "<html") && !ContainsNoCase(bytes, "</html")) {
    const int lines = 1 + static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
    return Fail(ErrorCode::kMalformed, fmt::format("{}:{}", source, lines),
                "truncated HTML: the file ends before </html>");
  }
  const std::string charset = DeclaredCharset(bytes);
  const bool utf8 = charset.empty() || charset == "utf-8" || charset == "utf8";
  if (utf8) {
    if (auto error = CheckUtf8(bytes, source)) return tl::unexpected(*error);
  }
  LibxmlErrors errors;
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOWARNING | HTML_PARSE_NOERROR | HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), source.c_str(), utf8 ? "UTF-8" : nullptr,
                     options),
      xmlFreeDoc);
  if (!doc) {
    return Fail(ErrorCode::kMalformed, source, "HTML that libxml2 cannot parse");
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Fail(ErrorCode::kEmpty, source, "HTML without any element");
  Extraction extraction;
  // The title, from <head>, before the walk skips it.
  for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || ElementName(n) != "head") continue;
    for (const xmlNode* h = n->children; h != nullptr; h = h->next) {
      if (h->type == XML_ELEMENT_NODE && ElementName(h) == "title") {
        xmlChar* t = xmlNodeGetContent(h);
        if (t) extraction.title = text::NormalizeText(reinterpret_cast<const char*>(t));
        xmlFree(t);
      }
    }
  }
  // What is content and what is site furniture: see boilerplate.h.
  PageContent content = SelectContent(root, SiteEvidenceFor(source, &HtmlPageKeys));
  extraction.blocks = std::move(content.blocks);
  extraction.page_keys = std::move(content.keys);
  extraction.warnings = std::move(content.warnings);
  extraction.empty_reason = std::move(content.found);
  // The page's own language applies to blocks that do not declare one.
  const Language page_language = LanguageFromCode(Attribute(root, "lang"));
  for (RawBlock& block : extraction.blocks) {
    if (block.declared == Language::kUnknown) block.declared = page_language;
  }
  return extraction;
}

namespace {

std::vector<std::string> HtmlPageKeys(std::string_view bytes, const std::string& source) {
  Result<Extraction> page = ExtractHtml(bytes, source);
  return page ? std::move(page->page_keys) : std::vector<std::string>{};
}

}  // namespace

}  // namespace tandem::ingest
