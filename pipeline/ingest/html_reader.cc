// The HTML adapter (libxml2's HTML parser). Which blocks are content and
// which are site furniture is decided by evidence (boilerplate.h). A page
// libxml2 stopped reading (nesting deeper than its limit of 256 elements, a
// text node over its size limit) is refused with the line where reading
// stopped: the rest of the page would be lost. An internal DTD subset
// (<!DOCTYPE html [...]>) is markup, never text: it is blanked before
// parsing (HTML has no entity declarations).
#include <libxml/HTMLparser.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

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

// `bytes` with the internal subset of its DOCTYPE, if any, replaced by spaces
// (line breaks kept, so that lines stay right); nullopt when there is none.
std::optional<std::string> WithoutInternalSubset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 4096));
  size_t at = 0;
  auto find_no_case = [&](std::string_view needle) {
    auto it = std::search(
        head.begin(), head.end(), needle.begin(), needle.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it == head.end() ? std::string_view::npos : static_cast<size_t>(it - head.begin());
  };
  const size_t doctype = find_no_case("<!doctype");
  if (doctype == std::string_view::npos) return std::nullopt;
  at = doctype + 9;
  char quote = 0;
  size_t open = std::string_view::npos;
  for (; at < bytes.size(); ++at) {
    const char c = bytes[at];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return std::nullopt;  // a DOCTYPE without a subset
    } else if (c == '[') {
      open = at;
      break;
    }
  }
  if (open == std::string_view::npos) return std::nullopt;
  // The subset ends at the first ']' outside quotes and comments.
  quote = 0;
  size_t close = std::string_view::npos;
  for (at = open + 1; at < bytes.size(); ++at) {
    const char c = bytes[at];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (bytes.substr(at, 4) == "<!--") {
      const size_t end = bytes.find("-->", at + 4);
      if (end == std::string_view::npos) break;
      at = end + 2;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ']') {
      close = at;
      break;
    }
  }
  std::string out(bytes);
  const size_t end = close == std::string_view::npos ? out.size() : close + 1;
  for (size_t i = open; i < end; ++i) {
    if (out[i] != '\n') out[i] = ' ';
  }
  return out;
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
  const std::optional<std::string> blanked = WithoutInternalSubset(bytes);
  const std::string_view markup = blanked ? std::string_view(*blanked) : bytes;
  LibxmlErrors errors;
  const int options =
      HTML_PARSE_NONET | HTML_PARSE_NOWARNING | HTML_PARSE_NOERROR | HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(markup.data(), static_cast<int>(markup.size()), source.c_str(),
                     utf8 ? "UTF-8" : nullptr, options),
      xmlFreeDoc);
  if (errors.has_fatal()) {
    // libxml2 stopped reading here; what follows would be dropped.
    const int lines = 1 + static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
    const int line = std::max(errors.fatal_line(), 1);
    std::string why = errors.fatal_message();
    if (why.find("Excessive depth") != std::string::npos) {
      why = "elements are nested deeper than libxml2's limit of 256";
    }
    return Fail(
        ErrorCode::kTooLarge, fmt::format("{}:{}", source, line),
        fmt::format("HTML refused: {}; reading stopped at line {} of {}, so the rest of the page "
                    "would be lost",
                    why, line, lines));
  }
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
