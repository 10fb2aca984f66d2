#include "pipeline/ingest/markup_walker.h"

#include <cctype>

#include "pipeline/text/normalize.h"

namespace tandem::ingest {

LibxmlErrors::LibxmlErrors() { xmlSetStructuredErrorFunc(this, &LibxmlErrors::Handle); }

LibxmlErrors::~LibxmlErrors() { xmlSetStructuredErrorFunc(nullptr, nullptr); }

void LibxmlErrors::Handle(void* self, xmlError* error) {
  auto* errors = static_cast<LibxmlErrors*>(self);
  if (error == nullptr || error->level < XML_ERR_ERROR) return;
  if (error->level == XML_ERR_FATAL && !errors->has_fatal()) {
    errors->fatal_line_ = error->line;
    errors->fatal_code_ = error->code;
    errors->fatal_message_ = error->message ? error->message : "parse error";
    while (!errors->fatal_message_.empty() &&
           std::isspace(static_cast<unsigned char>(errors->fatal_message_.back()))) {
      errors->fatal_message_.pop_back();
    }
  }
  if (errors->has_error()) return;
  errors->line_ = error->line;
  errors->code_ = error->code;
  errors->message_ = error->message ? error->message : "parse error";
  while (!errors->message_.empty() &&
         std::isspace(static_cast<unsigned char>(errors->message_.back()))) {
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
    if (a->name && xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) == 0 &&
        a->children && a->children->content) {
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

std::vector<RawBlock> WalkBlocks(const xmlNode* root, const ElementPolicy& policy,
                                 WalkIssues* issues, size_t expansion_budget) {
  size_t expanded = 0;
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
      if (node->content)
        AppendCollapsed(open.back().text, reinterpret_cast<const char*>(node->content));
      stack.pop_back();
      continue;
    }
    if (node->type == XML_ENTITY_REF_NODE) {
      // Only entities the document itself declares have text; their content
      // (text, elements, further references) is walked in place of the reference.
      stack.pop_back();
      xmlEntity* entity = node->doc ? xmlGetDocEntity(node->doc, node->name) : nullptr;
      const bool internal = entity != nullptr && (entity->etype == XML_INTERNAL_GENERAL_ENTITY ||
                                                  entity->etype == XML_INTERNAL_PREDEFINED_ENTITY);
      if (!internal) {
        if (issues != nullptr) {
          issues->entity = node->name ? reinterpret_cast<const char*>(node->name) : "";
          if (entity != nullptr && entity->SystemID)
            issues->system_id = reinterpret_cast<const char*>(entity->SystemID);
          issues->line = static_cast<int>(xmlGetLineNo(node));
          break;
        }
        continue;
      }
      expanded += entity->length > 0 ? static_cast<size_t>(entity->length) : 0;
      if (expansion_budget > 0 && expanded > expansion_budget) {
        if (issues != nullptr) {
          issues->too_much = true;
          issues->line = static_cast<int>(xmlGetLineNo(node));
          break;
        }
        continue;
      }
      if (entity->children == nullptr) {
        if (entity->content)
          AppendCollapsed(open.back().text, reinterpret_cast<const char*>(entity->content));
        continue;
      }
      std::vector<const xmlNode*> children;
      for (const xmlNode* child = entity->children; child != nullptr; child = child->next)
        children.push_back(child);
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
      continue;
    }
    if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE &&
        node->type != XML_HTML_DOCUMENT_NODE) {
      stack.pop_back();
      continue;
    }
    const ElementRole role =
        node->type == XML_ELEMENT_NODE ? policy.role(node) : ElementRole::kInline;
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
      for (const xmlNode* child = node->children; child != nullptr; child = child->next)
        children.push_back(child);
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
