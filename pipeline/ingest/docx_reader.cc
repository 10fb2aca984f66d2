// The Word adapter: libzip opens the .docx archive, libxml2 reads its parts.
// Blocks: one per paragraph (headings by style, list items by numbering), one
// per table cell, footnotes and endnotes as footnote blocks after the body.
// Tracked changes read as accepted (insertions kept, deletions dropped);
// comments are not read. Archives are bounded: entry count, each part's
// uncompressed size and compression ratio (zip bombs are refused).
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>

#include "pipeline/ingest/extractors.h"
#include "pipeline/ingest/markup_walker.h"
#include "pipeline/text/normalize.h"

namespace tandem::ingest {
namespace {

constexpr zip_int64_t kMaxEntries = 10000;
constexpr zip_uint64_t kMaxPartBytes = zip_uint64_t{64} << 20;
constexpr zip_uint64_t kMaxRatio = 200;  // uncompressed / compressed

using Zip = std::unique_ptr<zip_t, decltype(&zip_discard)>;

// The uncompressed part `name`, "" when the archive has no such part.
Result<std::string> ReadPart(zip_t* archive, const char* name, const std::string& source) {
  const zip_int64_t index = zip_name_locate(archive, name, 0);
  if (index < 0) return std::string();
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return Fail(ErrorCode::kMalformed, source, fmt::format("malformed .docx: cannot read the entry {}", name));
  }
  if (stat.size > kMaxPartBytes) {
    return Fail(ErrorCode::kTooLarge, source,
                fmt::format("{} unpacks to {} bytes, over the limit of {}", name, stat.size, kMaxPartBytes));
  }
  if (stat.comp_size > 0 && stat.size / stat.comp_size > kMaxRatio) {
    return Fail(ErrorCode::kTooLarge, source,
                fmt::format("{} is compressed {}:1, beyond {}:1 (a zip bomb?)", name, stat.size / stat.comp_size, kMaxRatio));
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0),
                                                          zip_fclose);
  if (!file) return Fail(ErrorCode::kMalformed, source, fmt::format("malformed .docx: cannot open {}", name));
  std::string bytes(static_cast<size_t>(stat.size), '\0');
  zip_int64_t got = zip_fread(file.get(), bytes.data(), stat.size);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) {
    return Fail(ErrorCode::kMalformed, source, fmt::format("malformed .docx: {} is damaged", name));
  }
  char extra;
  if (zip_fread(file.get(), &extra, 1) > 0) {
    return Fail(ErrorCode::kTooLarge, source, fmt::format("{} holds more than its declared size", name));
  }
  return bytes;
}

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

Result<XmlDoc> ParsePart(const std::string& bytes, const char* name, const std::string& source) {
  LibxmlErrors errors;
  XmlDoc doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name, nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR),
             xmlFreeDoc);
  if (!doc || errors.has_error()) {
    return Fail(ErrorCode::kMalformed, fmt::format("{}: {}:{}", source, name, errors.line()),
                fmt::format("malformed .docx part: {}", errors.has_error() ? errors.message() : "cannot parse"));
  }
  return doc;
}

bool Is(const xmlNode* node, const char* local) {
  return node->type == XML_ELEMENT_NODE && node->name && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(local)) == 0;
}

const xmlNode* Child(const xmlNode* node, const char* local) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (Is(c, local)) return c;
  }
  return nullptr;
}

std::string Val(const xmlNode* node) { return node ? Attribute(node, "val") : std::string(); }

// Style id -> lower-cased style name, from word/styles.xml.
std::map<std::string, std::string> StyleNames(const xmlDoc* styles) {
  std::map<std::string, std::string> names;
  if (!styles) return names;
  for (const xmlNode* s = xmlDocGetRootElement(styles)->children; s; s = s->next) {
    if (!Is(s, "style")) continue;
    std::string name = Val(Child(s, "name"));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    names[Attribute(s, "styleId")] = name;
  }
  return names;
}

bool IsHeadingStyle(std::string style) {
  for (char& c : style) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* prefix : {"heading", "title", "titre", "titel", "kop"}) {
    if (style.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

// The text of a paragraph as it reads with all changes accepted, and the
// language its runs declare most.
void ParagraphText(const xmlNode* paragraph, std::string* text, Language* language) {
  std::map<Language, size_t> languages;
  std::vector<const xmlNode*> stack{paragraph};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type != XML_ELEMENT_NODE) continue;
    if (Is(node, "del") || Is(node, "delText") || Is(node, "instrText") || Is(node, "footnoteReference") ||
        Is(node, "endnoteReference") || Is(node, "commentReference")) {
      continue;
    }
    if (Is(node, "t")) {
      xmlChar* content = xmlNodeGetContent(node);
      if (content) {
        text->append(reinterpret_cast<const char*>(content));
        xmlFree(content);
      }
      continue;
    }
    if (Is(node, "tab") || Is(node, "br") || Is(node, "cr")) {
      text->push_back(' ');
      continue;
    }
    if (Is(node, "lang")) {
      const Language l = LanguageFromCode(Val(node));
      if (l != Language::kUnknown) ++languages[l];
    }
    std::vector<const xmlNode*> children;
    for (const xmlNode* c = node->children; c; c = c->next) children.push_back(c);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  *language = Language::kUnknown;
  size_t best = 0;
  for (const auto& [l, n] : languages) {
    if (n > best) best = n, *language = l;
  }
}

// The paragraphs directly inside `container` (a table cell, a footnote) as
// one text, and the first language they declare.
void ParagraphsText(const xmlNode* container, std::string* text, Language* language) {
  *language = Language::kUnknown;
  for (const xmlNode* p = container->children; p; p = p->next) {
    if (!Is(p, "p")) continue;
    std::string piece;
    Language l;
    ParagraphText(p, &piece, &l);
    if (!text->empty() && !piece.empty()) text->push_back(' ');
    *text += piece;
    if (*language == Language::kUnknown) *language = l;
  }
}

void AddBlock(std::vector<RawBlock>& blocks, std::string text, BlockKind kind, Language language, int segment) {
  std::string normal = text::NormalizeText(text);
  const size_t b = normal.find_first_not_of(' '), e = normal.find_last_not_of(' ');
  if (b == std::string::npos) return;
  RawBlock block;
  block.text = normal.substr(b, e - b + 1);
  // Collapse inner runs of spaces left by tabs and breaks.
  block.text.erase(std::unique(block.text.begin(), block.text.end(), [](char x, char y) { return x == ' ' && y == ' '; }),
                   block.text.end());
  block.kind = kind;
  block.declared = language;
  block.segment = segment;
  blocks.push_back(std::move(block));
}

// Paragraphs and table cells of the body, in document order, without recursion.
void BodyBlocks(const xmlNode* body, const std::map<std::string, std::string>& styles, std::vector<RawBlock>& blocks) {
  int segment = 0;
  std::vector<const xmlNode*> stack;
  for (const xmlNode* c = body->children; c; c = c->next) stack.insert(stack.begin(), c);
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (Is(node, "p")) {
      std::string text;
      Language language;
      ParagraphText(node, &text, &language);
      BlockKind kind = BlockKind::kParagraph;
      if (const xmlNode* props = Child(node, "pPr")) {
        const std::string style = Val(Child(props, "pStyle"));
        auto named = styles.find(style);
        if (IsHeadingStyle(style) || (named != styles.end() && IsHeadingStyle(named->second)) || Child(props, "outlineLvl")) {
          kind = BlockKind::kHeading;
        } else if (Child(props, "numPr")) {
          kind = BlockKind::kListItem;
        }
      }
      AddBlock(blocks, std::move(text), kind, language, segment);
    } else if (Is(node, "tbl")) {
      // One block per cell; each row its own segment, so a row "FR | NL" reads French then Dutch.
      for (const xmlNode* row = node->children; row; row = row->next) {
        if (!Is(row, "tr")) continue;
        ++segment;
        for (const xmlNode* cell = row->children; cell; cell = cell->next) {
          if (!Is(cell, "tc")) continue;
          std::string text;
          Language language;
          ParagraphsText(cell, &text, &language);
          AddBlock(blocks, std::move(text), BlockKind::kParagraph, language, segment);
        }
      }
      ++segment;
    } else if (Is(node, "ins") || Is(node, "sdt") || Is(node, "sdtContent") || Is(node, "customXml")) {
      // Containers whose paragraphs belong to the body (an inserted paragraph, a content control).
      std::vector<const xmlNode*> children;
      for (const xmlNode* c = node->children; c; c = c->next) children.push_back(c);
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
  }
}

// Footnotes or endnotes (word/footnotes.xml, word/endnotes.xml) as footnote blocks.
void NoteBlocks(const xmlDoc* notes, const char* element, int segment, std::vector<RawBlock>& blocks) {
  if (!notes) return;
  for (const xmlNode* note = xmlDocGetRootElement(notes)->children; note; note = note->next) {
    if (!Is(note, element)) continue;
    const std::string type = Attribute(note, "type");
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
    std::string text;
    Language language;
    ParagraphsText(note, &text, &language);
    AddBlock(blocks, std::move(text), BlockKind::kFootnote, language, segment);
  }
}

}  // namespace

Result<Extraction> ExtractDocx(std::string_view bytes, const std::string& source) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* zsource = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!zsource) return Fail(ErrorCode::kMalformed, source, "malformed .docx: cannot read the archive");
  Zip archive(zip_open_from_source(zsource, ZIP_RDONLY | ZIP_CHECKCONS, &error), zip_discard);
  if (!archive) {
    zip_source_free(zsource);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Fail(ErrorCode::kMalformed, source, fmt::format("malformed .docx: not a valid zip archive ({})", why));
  }
  zip_error_fini(&error);
  if (zip_get_num_entries(archive.get(), 0) > kMaxEntries) {
    return Fail(ErrorCode::kTooLarge, source, fmt::format("more than {} entries in the archive", kMaxEntries));
  }
  Result<std::string> document = ReadPart(archive.get(), "word/document.xml", source);
  if (!document) return tl::unexpected(document.error());
  if (document->empty()) return Fail(ErrorCode::kMalformed, source, "a zip archive without word/document.xml: not a .docx");
  Result<XmlDoc> body_doc = ParsePart(*document, "word/document.xml", source);
  if (!body_doc) return tl::unexpected(body_doc.error());

  std::vector<XmlDoc> parts;  // styles, footnotes, endnotes (kept alive while read)
  std::map<std::string, const xmlDoc*> loaded;
  for (const char* name : {"word/styles.xml", "word/footnotes.xml", "word/endnotes.xml"}) {
    Result<std::string> part = ReadPart(archive.get(), name, source);
    if (!part) return tl::unexpected(part.error());
    if (part->empty()) continue;
    Result<XmlDoc> parsed = ParsePart(*part, name, source);
    if (!parsed) return tl::unexpected(parsed.error());
    loaded[name] = parsed->get();
    parts.push_back(std::move(*parsed));
  }
  const xmlNode* root = xmlDocGetRootElement(body_doc->get());
  const xmlNode* body = root ? Child(root, "body") : nullptr;
  if (!body) return Fail(ErrorCode::kMalformed, source, "malformed .docx: word/document.xml has no body");
  Extraction extraction;
  BodyBlocks(body, StyleNames(loaded["word/styles.xml"]), extraction.blocks);
  const int notes_segment = extraction.blocks.empty() ? 1 : extraction.blocks.back().segment + 1;
  NoteBlocks(loaded["word/footnotes.xml"], "footnote", notes_segment, extraction.blocks);
  NoteBlocks(loaded["word/endnotes.xml"], "endnote", notes_segment, extraction.blocks);
  return extraction;
}

}  // namespace tandem::ingest
