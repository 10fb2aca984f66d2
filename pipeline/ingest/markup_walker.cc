#include "pipeline/ingest/markup_walker.h"

#include <cctype>

#include "pipeline/text/normalize.h"

namespace tandem::ingest {

LibxmlErrors::LibxmlErrors() { xmlSetStructuredErrorFunc(this, &LibxmlErrors::Handle); }

LibxmlErrors::~LibxmlErrors() { xmlSetStructuredErrorFunc(nullptr, nullptr); }

void LibxmlErrors::Handle(void* self, xmlError* error) {
  auto* errors = static_cast<LibxmlErrors*>(self);
  if (error == nullptr || error->level < XML_ERR_ERROR || errors->has_error()) return;
  errors->line_ = error->line;
  errors->code_ = error->code;
  errors->message_ = error->message ? error->message : "parse error";
  while (!errors->message_.empty() && std::isspace(static_cast<unsigned char>(errors->message_.back()))) {
    errors->message_.pop_back();
  }
}

std::string ElementName(const xmlNode* node) {
  std::string name = node->name ? reinterpret_cast<const char*>(node->name) : "";
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string Attribute(const xmlNode* node, const char* name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name && xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) == 0 && a->children &&
        a->children->content) {
      return reinterpret_cast<const char*>(a->children->content);
    }
  }
  return {};
}

namespace {

struct Frame {
  const xmlNode* node;
  bool entered;
};

struct OpenBlock {
  std::string text;
  BlockKind kind;
  Language language;
};

void AppendCollapsed(std::string& out, const char* text) {
  for (const char* p = text; *p; ++p) {
    const char c = *p;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

}  // namespace

std::vector<RawBlock> WalkBlocks(const xmlNode* root, const ElementPolicy& policy) {
  std::vector<RawBlock> blocks;
  // The innermost open block collects text; containers have an anonymous one.
  std::vector<OpenBlock> open{{"", BlockKind::kParagraph, Language::kUnknown}};
  std::vector<Language> languages{Language::kUnknown};
  auto emit = [&](OpenBlock& block) {
    std::string text = text::NormalizeText(block.text);
    size_t b = text.find_first_not_of(' '), e = text.find_last_not_of(' ');
    if (b != std::string::npos) {
      RawBlock raw;
      raw.text = text.substr(b, e - b + 1);
      raw.kind = block.kind;
      raw.declared = block.language;
      blocks.push_back(std::move(raw));
    }
    block.text.clear();
  };

  std::vector<Frame> stack{{root, false}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const xmlNode* node = frame.node;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content) AppendCollapsed(open.back().text, reinterpret_cast<const char*>(node->content));
      stack.pop_back();
      continue;
    }
    if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE &&
        node->type != XML_HTML_DOCUMENT_NODE) {
      stack.pop_back();
      continue;
    }
    const ElementRole role = node->type == XML_ELEMENT_NODE ? policy.role(node) : ElementRole::kInline;
    if (!frame.entered) {
      frame.entered = true;
      if (role == ElementRole::kSkip) {
        stack.pop_back();
        continue;
      }
      if (role == ElementRole::kBreak) {
        open.back().text.push_back(' ');
        stack.pop_back();
        continue;
      }
      Language language = languages.back();
      if (node->type == XML_ELEMENT_NODE) {
        std::string lang = Attribute(node, "lang");
        if (!lang.empty()) language = LanguageFromCode(lang);
      }
      languages.push_back(language);
      if (role == ElementRole::kBlock) {
        emit(open.back());  // text before a nested block is a block of its own
        open.push_back({"", policy.kind(node), language});
      } else if (open.size() == 1) {
        open.back().language = language;
      }
      // Push children in reverse so that the first child is handled first.
      std::vector<const xmlNode*> children;
      for (const xmlNode* child = node->children; child != nullptr; child = child->next) children.push_back(child);
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
      continue;
    }
    // Leaving the element.
    languages.pop_back();
    if (role == ElementRole::kBlock) {
      emit(open.back());
      open.pop_back();
    }
    stack.pop_back();
  }
  emit(open.front());
  return blocks;
}

}  // namespace tandem::ingest
