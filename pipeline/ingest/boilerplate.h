// Internal to ingest (libxml2 side): deciding which blocks of a parsed web
// page are its content and which are site furniture (menus, banners, share
// bars, cookie notices, "back to top" links, footers).
//
// Furniture is recognised by evidence, weighed block by block, never by one
// cue alone:
// - text and link density (a block of links is navigation, a long block of
//   prose with few links is content);
// - position: content sits between the first and the last dense paragraph
//   (and the heading just before them); short blocks outside that span lean
//   towards furniture;
// - structure: <nav>, <aside>, page-level <header>/<footer>, navigation roles,
//   and (when the page has one) being outside its <main> or single <article>;
// - class and id names ("menu", "share", "cookie", "sidebar", ...), which add
//   evidence but are ignored on <body>, <main>, <article> and on any element
//   holding most of the page's text (a wrapper "with-sidebar" is not a sidebar);
// - typical furniture phrases in French, Dutch, English and German ("haut de
//   page", "was deze pagina nuttig?", "share", "zuletzt aktualisiert") and
//   language switchers ("FR NL EN DE");
// - repetition: a block that recurs on the other pages of the same folder.
// Scripts, styles, forms' controls and hidden elements are never text.
#ifndef TANDEM_PIPELINE_INGEST_BOILERPLATE_H_
#define TANDEM_PIPELINE_INGEST_BOILERPLATE_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/ingest/raw_block.h"

namespace tandem::ingest {

// Blocks seen on the other pages of the same site (folder): how many of those
// pages hold each block key (see BlockKey).
struct SiteEvidence {
  int pages = 0;
  std::unordered_map<std::string, int> pages_with_key;
};

// The key under which a block is compared across pages: case- and
// accent-folded, digits masked, white space collapsed.
std::string BlockKey(std::string_view text);

struct PageContent {
  std::vector<RawBlock> blocks;       // the content, in reading order
  std::vector<std::string> keys;      // BlockKey of every text block of the page, content or not
  std::vector<std::string> warnings;  // e.g. the fallback to the densest text was taken
  // When `blocks` is empty: what the page held instead, for the error message
  // ("only navigation and footer text", "no text at all").
  std::string found;
};

// The content blocks of the page under `root` (the <html> element), walked
// without recursion. `site` (may be null) holds the other pages' blocks.
// When the evidence leaves nothing but the page has prose that only names or
// position counted against, the densest of it is kept and a warning says so;
// `blocks` is empty only when the page has no text outside scripts and
// structural furniture (navigation, header, footer, cookie notices).
PageContent SelectContent(const xmlNode* root, const SiteEvidence* site);

// The site evidence for the page at `path`: the blocks of up to 16 other
// .html/.htm files of its folder (read with `keys_of`, which returns a page's
// BlockKeys), cached per folder for the life of the process (thread-safe).
// Null when `path` is not a file in a folder with other pages.
using PageKeysReader = std::vector<std::string> (*)(std::string_view bytes,
                                                    const std::string& source);
const SiteEvidence* SiteEvidenceFor(const std::string& path, PageKeysReader keys_of);

}  // namespace tandem::ingest

#endif  // TANDEM_PIPELINE_INGEST_BOILERPLATE_H_
