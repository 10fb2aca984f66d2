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
// keeps the first error of level ERROR or FATAL (libxml2 otherwise prints on stderr).
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

 private:
  static void Handle(void* self, xmlError* error);
  int line_ = -1;
  int code_ = 0;
  std::string message_;
};

// How an element is treated while walking.
enum class ElementRole {
  kSkip,    // dropped with everything inside (scripts, navigation, ...)
  kBlock,   // its text is a block of its own (paragraphs, headings, cells)
  kInline,  // its text belongs to the enclosing block
  kBreak,   // a line break inside the enclosing block
};

struct ElementPolicy {
  std::function<ElementRole(const xmlNode*)> role;
  std::function<BlockKind(const xmlNode*)> kind;  // for kBlock elements
};

// Walks the tree under `root` depth-first with an explicit stack (no
// recursion on input-shaped trees) and returns its blocks, text collapsed and
// normalised, declared languages taken from lang / xml:lang attributes.
// Text directly under a container that is not a block becomes a block of its own.
std::vector<RawBlock> WalkBlocks(const xmlNode* root, const ElementPolicy& policy);

// The lower-cased local name of an element.
std::string ElementName(const xmlNode* node);

// The value of attribute `name` (any namespace), or "".
std::string Attribute(const xmlNode* node, const char* name);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_MARKUP_WALKER_H_
