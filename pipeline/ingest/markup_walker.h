// Internal to ingest (libxml2 side): collecting parser errors, and walking a
// parsed tree into blocks without recursion.
#ifndef TANDEM_PIPELINE_INGEST_MARKUP_WALKER_H_
#define TANDEM_PIPELINE_INGEST_MARKUP_WALKER_H_

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <functional>
#include <string>
#include <vector>

#include "pipeline/ingest/raw_block.h"

namespace tandem::ingest {

// Installs itself as this thread's libxml2 error handler for its lifetime and
// keeps the first error of level ERROR or FATAL (libxml2 otherwise prints on
// stderr), and apart from it the first FATAL one: the parser stopped there
// (depth or size limit, entity bomb), so what follows in the file was not read.
class LibxmlErrors {
 public:
  LibxmlErrors();
  ~LibxmlErrors();
  LibxmlErrors(const LibxmlErrors&) = delete;
  LibxmlErrors& operator=(const LibxmlErrors&) = delete;

  bool has_error() const { return line_ >= 0; }
  int line() const { return line_; }
  const std::string& message() const { return message_; }
  int code() const { return code_; }
  bool has_fatal() const { return fatal_line_ >= 0; }
  int fatal_line() const { return fatal_line_; }
  int fatal_code() const { return fatal_code_; }
  const std::string& fatal_message() const { return fatal_message_; }

 private:
  static void Handle(void* self, xmlError* error);
  int line_ = -1;
  int code_ = 0;
  std::string message_;
  int fatal_line_ = -1;
  int fatal_code_ = 0;
  std::string fatal_message_;
};

// How an element is treated while walking.
enum class ElementRole {
  kSkip,    // dropped with everything inside (scripts, navigation, ...)
  kBlock,   // its text is a block of its own (paragraphs, headings, cells)
  kInline,  // its text belongs to the enclosing block
  kBreak,   // a line break inside the enclosing block
};

// What a walk could not read exactly, for the reader to refuse the document.
struct WalkIssues {
  std::string entity;     // the first entity reference without text: undeclared or external
  std::string system_id;  // of `entity`, when it is external
  int line = 0;           // of that reference
  bool too_much = false;  // entity expansions exceeded the walk's budget
};

struct ElementPolicy {
  std::function<ElementRole(const xmlNode*)> role;
  std::function<BlockKind(const xmlNode*)> kind;  // for kBlock elements
};

// Walks the tree under `root` depth-first with an explicit stack (no
// recursion on input-shaped trees) and returns its blocks, text collapsed and
// normalised, declared languages taken from lang / xml:lang attributes.
// Text directly under a container that is not a block becomes a block of its own.
// Entity references (XML read without substitution) are expanded when the
// document declares them internally, up to `expansion_budget` bytes of text in
// all; any other reference, or going over the budget, is reported in `issues`
// (when given) and the walk stops.
std::vector<RawBlock> WalkBlocks(const xmlNode* root, const ElementPolicy& policy,
                                 WalkIssues* issues = nullptr, size_t expansion_budget = 0);

// The lower-cased local name of an element.
std::string ElementName(const xmlNode* node);

// The value of attribute `name` (any namespace), or "".
std::string Attribute(const xmlNode* node, const char* name);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_MARKUP_WALKER_H_
