#include "pipeline/ingest/boilerplate.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include "pipeline/ingest/markup_walker.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/text/normalize.h"

namespace tandem::ingest {
namespace {

// Never text: their content is code, controls or hidden.
constexpr std::string_view kNeverText[] = {
    "script", "style",  "noscript", "template", "head",   "svg",   "iframe", "canvas",
    "object", "select", "option",   "textarea", "button", "input", "map",    "dialog"};
constexpr std::string_view kBlockElements[] = {
    "p",     "div", "section", "article", "main",       "body", "h1",         "h2",     "h3",
    "h4",    "h5",  "h6",      "li",      "ul",         "ol",   "dl",         "dd",     "dt",
    "table", "tr",  "td",      "th",      "blockquote", "pre",  "figcaption", "caption"};
// Also blocks, for pages that lay out with them.
constexpr std::string_view kMoreBlocks[] = {"header", "footer",  "nav",    "aside",
                                            "form",   "address", "figure", "fieldset"};

// Class or id words that point to furniture, and how strongly.
struct Cue {
  std::string_view word;
  double weight;
  std::string_view zone;  // what it is, for messages
};
constexpr Cue kFurnitureWords[] = {
    {"nav", 3, "navigation"},
    {"navbar", 3, "navigation"},
    {"navigation", 3, "navigation"},
    {"menu", 3, "navigation"},
    {"submenu", 3, "navigation"},
    {"breadcrumb", 3, "navigation"},
    {"breadcrumbs", 3, "navigation"},
    {"pager", 2, "navigation"},
    {"pagination", 2, "navigation"},
    {"skip", 3, "navigation"},
    {"skiplink", 3, "navigation"},
    {"skiplinks", 3, "navigation"},
    {"toc", 1, "navigation"},
    {"dropdown", 2, "navigation"},
    {"offcanvas", 2, "navigation"},
    {"footer", 3, "footer"},
    {"copyright", 3, "footer"},
    {"colophon", 3, "footer"},
    {"header", 2, "header"},
    {"masthead", 3, "header"},
    {"banner", 2, "header"},
    {"logo", 3, "header"},
    {"brand", 2, "header"},
    {"branding", 3, "header"},
    {"topbar", 3, "header"},
    {"sitename", 3, "header"},
    {"slogan", 3, "header"},
    {"cookie", 4, "cookie notice"},
    {"cookies", 4, "cookie notice"},
    {"consent", 4, "cookie notice"},
    {"gdpr", 4, "cookie notice"},
    {"sidebar", 2, "sidebar"},
    {"widget", 2, "sidebar"},
    {"widgets", 2, "sidebar"},
    {"related", 2, "sidebar"},
    {"aside", 2, "sidebar"},
    {"share", 3, "share bar"},
    {"sharing", 3, "share bar"},
    {"social", 3, "share bar"},
    {"sharethis", 3, "share bar"},
    {"addthis", 3, "share bar"},
    {"print", 1, "share bar"},
    {"feedback", 3, "feedback form"},
    {"survey", 3, "feedback form"},
    {"rating", 2, "feedback form"},
    {"useful", 3, "feedback form"},
    {"newsletter", 3, "newsletter"},
    {"subscribe", 2, "newsletter"},
    {"language", 3, "language switcher"},
    {"languages", 3, "language switcher"},
    {"lang", 2, "language switcher"},
    {"switcher", 2, "language switcher"},
    {"search", 2, "search"},
    {"login", 2, "login"},
    {"comments", 2, "comments"},
    {"comment", 1, "comments"},
    {"tags", 2, "tags"},
    {"meta", 1, "metadata"},
    {"modal", 2, "popup"},
    {"popup", 2, "popup"},
    {"backtotop", 3, "navigation"},
    {"totop", 3, "navigation"},
};
// Class or id words that point to content.
constexpr std::string_view kContentWords[] = {
    "content", "main",     "article", "body",     "entry", "post",     "text",      "story",
    "prose",   "richtext", "wysiwyg", "fulltext", "node",  "bodytext", "page-body", "lead"};

// Phrases that, standing (nearly) alone, are site furniture. Folded (lower
// case, no accents); matched at the start of a short block.
constexpr std::string_view kFurniturePhrases[] = {
    // back to top, skip links
    "retour en haut",
    "haut de page",
    "retour au debut",
    "naar boven",
    "terug naar boven",
    "terug naar de top",
    "back to top",
    "top of page",
    "nach oben",
    "zuruck nach oben",
    "seitenanfang",
    "aller au contenu",
    "naar de inhoud springen",
    "passer au contenu",
    "acceder au contenu",
    "naar de inhoud",
    "ga naar de inhoud",
    "naar inhoud",
    "skip to content",
    "skip to main",
    "zum inhalt",
    "direkt zum inhalt",
    // was this page useful
    "cette page vous a t elle ete utile",
    "cette page vous a t elle aide",
    "avez vous trouve",
    "was deze pagina nuttig",
    "vond u deze pagina nuttig",
    "heeft deze pagina u geholpen",
    "was this page useful",
    "was this page helpful",
    "did you find this page",
    "war diese seite hilfreich",
    "ist diese seite hilfreich",
    // share, print
    "partager",
    "partagez",
    "delen",
    "deel deze",
    "share",
    "teilen",
    "imprimer",
    "afdrukken",
    "print this",
    "drucken",
    "envoyer par e mail",
    "e mailen",
    "suivez nous",
    "volg ons",
    "follow us",
    "folgen sie uns",
    // last updated
    "derniere mise a jour",
    "mis a jour le",
    "date de mise a jour",
    "laatst bijgewerkt",
    "laatste update",
    "laatst gewijzigd",
    "bijgewerkt op",
    "last updated",
    "last modified",
    "page updated",
    "zuletzt aktualisiert",
    "stand vom",
    "letzte aktualisierung",
    // cookies
    "ce site utilise des cookies",
    "nous utilisons des cookies",
    "ce site web utilise des cookies",
    "deze website gebruikt cookies",
    "wij gebruiken cookies",
    "we gebruiken cookies",
    "this website uses cookies",
    "we use cookies",
    "diese website verwendet cookies",
    "wir verwenden cookies",
    "accepter les cookies",
    "cookies accepteren",
    "accept cookies",
    "tout accepter",
    "alles accepteren",
    "accept all",
    // bylines, categories and tags
    "publie le",
    "publie par",
    "publie dans",
    "gepubliceerd op",
    "geplaatst op",
    "geplaatst in",
    "posted on",
    "posted in",
    "published on",
    "filed under",
    "veroffentlicht am",
    "etiquete",
    "getagd",
    "tagged",
    // teaser links
    "en savoir plus",
    "lire la suite",
    "lees meer",
    "meer weten",
    "meer lezen",
    "lees verder",
    "read more",
    "learn more",
    "mehr erfahren",
    "weiterlesen",
    // site links
    "plan du site",
    "sitemap",
    "mentions legales",
};
// Words of a language switcher.
constexpr std::string_view kLanguageNames[] = {
    "fr",     "nl",    "en",     "de",       "francais", "nederlands",  "english", "deutsch",
    "french", "dutch", "german", "allemand", "anglais",  "neerlandais", "frans",   "duits"};

template <typename List, typename T>
bool In(const List& list, const T& word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Lower-case ASCII words of a class or id value ("sidebar-first" -> sidebar, first).
std::vector<std::string> NameWords(const std::string& value) {
  std::vector<std::string> words;
  std::string word;
  for (char c : value) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c >= 'a' && c <= 'z') {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Folded words of a text: letters and digits, lower case, no accents.
std::vector<std::string> FoldedWords(std::string_view text) {
  const std::string folded = text::FoldForMatching(text);
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80)) {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool letter =
        std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80);
    if (letter && !in_word) ++words;
    if (c == ' ') in_word = false;
    if (letter) in_word = true;
  }
  return words;
}

bool Hidden(const xmlNode* node) {
  if (!Attribute(node, "hidden").empty() || Attribute(node, "aria-hidden") == "true") return true;
  std::string style = Attribute(node, "style");
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  for (char& c : style) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// What an element says about the blocks inside it.
struct Marks {
  double furniture = 0;       // evidence against, from names
  double structural = 0;      // evidence against, from tags and roles
  std::string_view zone;      // the strongest furniture cue's zone
  bool content_name = false;  // a class or id that names content
  bool main = false;          // <main>, role="main"
  bool article = false;       // <article>
};

Marks MarksOf(const xmlNode* node, bool inside_content) {
  Marks marks;
  const std::string name = ElementName(node);
  const std::string role = Attribute(node, "role");
  auto structural = [&](double weight, std::string_view zone) {
    if (weight > marks.structural) {
      marks.structural = weight;
      marks.zone = zone;
    }
  };
  if (name == "main" || role == "main") marks.main = true;
  if (name == "article") marks.article = true;
  if (name == "nav" || role == "navigation" || role == "menu" || role == "menubar")
    structural(5, "navigation");
  if (name == "aside" || role == "complementary") structural(4, "sidebar");
  if (role == "search") structural(4, "search");
  if (name == "header" || role == "banner") structural(inside_content ? 0 : 4, "header");
  if (name == "footer" || role == "contentinfo") structural(inside_content ? 1.5 : 4, "footer");
  if (name == "form") structural(1, "form");
  if (name == "body" || marks.main || marks.article)
    return marks;  // names never count against these
  double best = 0;
  auto take = [&](const std::string& value) {
    for (const std::string& word : NameWords(value)) {
      for (const Cue& cue : kFurnitureWords) {
        if (cue.word == word && cue.weight > best) {
          best = cue.weight;
          if (marks.structural == 0) marks.zone = cue.zone;
        }
      }
      if (In(kContentWords, word)) marks.content_name = true;
    }
  };
  take(Attribute(node, "class"));
  take(Attribute(node, "id"));
  marks.furniture = best;
  if (marks.furniture > 0 && marks.content_name) marks.furniture /= 2;  // "content-sidebar": mixed
  return marks;
}

struct Candidate {
  RawBlock block;
  size_t chars = 0;
  size_t link_chars = 0;
  size_t words = 0;
  double furniture = 0;   // from names (ancestors and self)
  double structural = 0;  // from tags and roles
  std::string_view zone;
  bool in_main = false;
  bool in_article = false;
  bool content_name = false;
  int main_id = -1;  // which <main>/<article> holds it
  double score = 0;
  bool phrase = false;  // a furniture phrase or language switcher
};

// Text characters under each element (scripts and hidden parts excluded), by
// an iterative post-order walk.
std::unordered_map<const xmlNode*, size_t> TextSizes(const xmlNode* root) {
  std::unordered_map<const xmlNode*, size_t> size;
  std::vector<std::pair<const xmlNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [node, done] = stack.back();
    stack.pop_back();
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) continue;
    if (node->type != XML_ELEMENT_NODE) continue;
    if (!done) {
      if (In(kNeverText, ElementName(node)) || Hidden(node)) {
        size[node] = 0;
        continue;
      }
      stack.push_back({node, true});
      for (const xmlNode* c = node->children; c != nullptr; c = c->next)
        stack.push_back({c, false});
      continue;
    }
    size_t total = 0;
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) {
          for (const char* p = reinterpret_cast<const char*>(c->content); *p; ++p) {
            if (!std::isspace(static_cast<unsigned char>(*p))) ++total;
          }
        }
      } else if (c->type == XML_ELEMENT_NODE) {
        total += size[c];
      }
    }
    size[node] = total;
  }
  return size;
}

BlockKind KindOf(const std::string& name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
    return BlockKind::kHeading;
  if (name == "li" || name == "dt" || name == "dd") return BlockKind::kListItem;
  return BlockKind::kParagraph;
}

struct Walk {
  std::vector<Candidate> candidates;
  int mains = 0;     // <main> elements holding text
  int articles = 0;  // <article> elements holding text
  size_t main_chars = 0;
  size_t article_chars = 0;
  int largest_article = -1;
  int main_element = -1;
  bool scripts = false;  // the page had script or style text
};

// Walks the page into candidate blocks with their evidence.
Walk Collect(const xmlNode* root) {
  Walk walk;
  const auto sizes = TextSizes(root);
  const size_t page_chars = std::max<size_t>(1, sizes.count(root) ? sizes.at(root) : 1);

  struct Context {
    double furniture = 0, structural = 0;
    std::string_view zone;
    bool in_main = false, in_article = false, content_name = false;
    int link_depth = 0;
    int container = -1;  // id of the innermost main/article
    Language language = Language::kUnknown;
  };
  struct Open {
    std::string text;
    size_t link_chars = 0;
    BlockKind kind = BlockKind::kParagraph;
    Context context;
  };
  std::vector<Open> open{Open{}};
  std::vector<Context> contexts{Context{}};
  int next_container = 0;
  std::map<int, size_t> container_chars;
  std::map<int, bool> container_is_main;

  auto emit = [&](Open& block) {
    std::string text = text::NormalizeText(block.text);
    const size_t b = text.find_first_not_of(' '), e = text.find_last_not_of(' ');
    if (b != std::string::npos) {
      Candidate c;
      c.block.text = text.substr(b, e - b + 1);
      c.block.kind = block.kind;
      c.block.declared = block.context.language;
      c.chars = c.block.text.size();
      c.link_chars = std::min(block.link_chars, c.chars);
      c.words = CountWords(c.block.text);
      c.furniture = block.context.furniture;
      c.structural = block.context.structural;
      c.zone = block.context.zone;
      c.in_main = block.context.in_main;
      c.in_article = block.context.in_article;
      c.content_name = block.context.content_name;
      c.main_id = block.context.container;
      walk.candidates.push_back(std::move(c));
    }
    block.text.clear();
    block.link_chars = 0;
  };

  struct Frame {
    const xmlNode* node;
    bool entered;
    bool block;
  };
  std::vector<Frame> stack{{root, false, false}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const xmlNode* node = frame.node;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content) {
        std::string& out = open.back().text;
        const size_t before = out.size();
        for (const char* p = reinterpret_cast<const char*>(node->content); *p; ++p) {
          const char c = *p;
          if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
          } else {
            out.push_back(c);
          }
        }
        if (contexts.back().link_depth > 0) open.back().link_chars += out.size() - before;
      }
      stack.pop_back();
      continue;
    }
    if (node->type != XML_ELEMENT_NODE) {
      stack.pop_back();
      continue;
    }
    if (frame.entered) {
      contexts.pop_back();
      if (frame.block) {
        emit(open.back());
        open.pop_back();
      }
      stack.pop_back();
      continue;
    }
    frame.entered = true;
    const std::string name = ElementName(node);
    if (In(kNeverText, name) || Hidden(node)) {
      if (name == "script" || name == "style") walk.scripts = true;
      stack.pop_back();
      continue;
    }
    if (name == "br") {
      open.back().text.push_back(' ');
      stack.pop_back();
      continue;
    }
    Context context = contexts.back();
    const size_t chars = sizes.count(node) ? sizes.at(node) : 0;
    // An element holding most of the page's text is a wrapper, whatever its names say.
    const bool wrapper = chars * 2 > page_chars;
    const Marks marks = MarksOf(node, context.in_main || context.in_article);
    if (marks.structural > context.structural) {
      context.structural = marks.structural;
      context.zone = marks.zone;
    }
    if (!wrapper) {
      context.furniture = std::max(context.furniture, marks.furniture);
      if (context.zone.empty() && marks.furniture > 0) context.zone = marks.zone;
    }
    if (marks.content_name && marks.furniture == 0) context.content_name = true;
    if ((marks.main || marks.article) && chars > 0) {
      const int id = next_container++;
      container_chars[id] = chars;
      container_is_main[id] = marks.main;
      if (marks.main) {
        ++walk.mains;
        if (chars > walk.main_chars) {
          walk.main_chars = chars;
          walk.main_element = id;
        }
        context.in_main = true;
      } else {
        ++walk.articles;
        if (chars > walk.article_chars) {
          walk.article_chars = chars;
          walk.largest_article = id;
        }
        context.in_article = true;
      }
      // The content starts again inside <main>: what encloses it does not count.
      if (marks.main) {
        context.furniture = 0;
        context.structural = 0;
        context.zone = {};
      }
      if (context.container < 0 || marks.main) context.container = id;
    }
    if (name == "a") ++context.link_depth;
    const std::string lang = Attribute(node, "lang");
    if (!lang.empty()) context.language = LanguageFromCode(lang);
    const bool block = In(kBlockElements, name) || In(kMoreBlocks, name);
    frame.block = block;
    if (block) {
      emit(open.back());
      Open next;
      next.kind = KindOf(name);
      next.context = context;
      open.push_back(std::move(next));
    } else if (open.size() == 1) {
      open.back().context = context;
    }
    contexts.push_back(context);
    std::vector<const xmlNode*> children;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next)
      children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it)
      stack.push_back({*it, false, false});
  }
  emit(open.front());
  return walk;
}

// True when `words` open with one of the furniture phrases.
bool OpensWithFurniturePhrase(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) joined.append(w).push_back(' ');
  for (std::string_view phrase : kFurniturePhrases) {
    if (joined.size() > phrase.size() && joined.compare(0, phrase.size(), phrase) == 0 &&
        joined[phrase.size()] == ' ') {
      return true;
    }
  }
  return false;
}

bool IsLanguageSwitcher(const std::vector<std::string>& words) {
  if (words.empty()) return false;
  return std::all_of(words.begin(), words.end(),
                     [](const std::string& w) { return In(kLanguageNames, w); });
}

}  // namespace

std::string BlockKey(std::string_view text) {
  std::string key;
  for (const std::string& word : FoldedWords(text)) {
    std::string masked = word;
    for (char& c : masked) {
      if (std::isdigit(static_cast<unsigned char>(c))) c = '0';
    }
    if (!key.empty()) key.push_back(' ');
    key += masked;
  }
  return key;
}

PageContent SelectContent(const xmlNode* root, const SiteEvidence* site) {
  Walk walk = Collect(root);
  std::vector<Candidate>& blocks = walk.candidates;
  PageContent page;
  for (const Candidate& c : blocks) page.keys.push_back(BlockKey(c.block.text));

  // A <main> (or failing that one <article>) holding a good part of the text is where the content
  // is.
  size_t page_chars = 0;
  for (const Candidate& c : blocks) page_chars += c.chars;
  int content_container = -1;
  if (walk.main_element >= 0 && walk.main_chars * 10 >= page_chars * 3) {
    content_container = walk.main_element;
  } else if (walk.mains == 0 && walk.articles == 1 && walk.article_chars * 10 >= page_chars * 3) {
    content_container = walk.largest_article;
  }
  const bool inside_known = content_container >= 0;

  for (size_t i = 0; i < blocks.size(); ++i) {
    Candidate& c = blocks[i];
    const double link_density =
        c.chars ? static_cast<double>(c.link_chars) / static_cast<double>(c.chars) : 0;
    double s = 0;
    // Prose with a link or two is still prose; a block that is mostly links is navigation.
    if (link_density < 0.5) {
      if (c.words >= 20) {
        s += 3;
      } else if (c.words >= 8) {
        s += 1.5;
      }
    }
    if (link_density >= 0.7) {
      s -= 3;
    } else if (link_density >= 0.5) {
      s -= 1.5;
    }
    const char last = c.block.text.back();
    if (c.words >= 5 && (last == '.' || last == '!' || last == '?' || last == ':' || last == ';'))
      s += 0.5;
    s -= c.structural;
    s -= c.furniture;
    if (c.in_main || c.in_article || c.content_name) s += 1.5;
    if (inside_known && c.main_id != content_container && !(c.in_main || c.in_article)) s -= 3;
    const std::vector<std::string> words = FoldedWords(c.block.text);
    if (IsLanguageSwitcher(words)) {
      s -= 6;
      c.phrase = true;
      if (c.zone.empty()) c.zone = "language switcher";
    } else if (c.words <= 15 && OpensWithFurniturePhrase(words)) {
      s -= 3;
      c.phrase = true;
    } else if (c.words <= 60 && std::find(words.begin(), words.end(), "cookies") != words.end()) {
      s -= 2;
      if (c.zone.empty()) c.zone = "cookie notice";
    }
    if (site != nullptr && site->pages > 0) {
      auto it = site->pages_with_key.find(page.keys[i]);
      const int seen = it == site->pages_with_key.end() ? 0 : it->second;
      if (site->pages >= 2 && seen >= 2 && seen * 2 >= site->pages) {
        s -= c.words <= 30 ? 3 : 1;
      } else if (seen >= 1 && c.words <= 8) {
        s -= 1;
      }
    }
    c.score = s;
  }

  // Position: the span from the first to the last dense paragraph.
  size_t first = blocks.size(), last = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].score >= 3) {
      first = std::min(first, i);
      last = i;
    }
  }
  if (first < blocks.size()) {
    // A heading just before the span (a few bylines or a lead-in between) opens it.
    for (size_t i = first, back = 0; i > 0 && back < 4; --i, ++back) {
      const Candidate& prev = blocks[i - 1];
      if (prev.structural >= 3) break;
      if (prev.block.kind == BlockKind::kHeading && prev.score >= -0.5 && !prev.phrase)
        first = i - 1;
    }
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (i >= first && i <= last) {
        blocks[i].score += 1.5;
      } else if (i > last) {
        // After the content: a short line that is no sentence (an address, a site name) is
        // furniture, unless a list the content announced (":") or inside the page's main part.
        const Candidate& c = blocks[i];
        blocks[i].score -= 1;
        const char end = c.block.text.back();
        const bool sentence = end == '.' || end == '!' || end == '?' || end == ':' || end == ';';
        const bool announced = i > 0 && blocks[i - 1].block.text.back() == ':';
        if (!sentence && !announced && c.words < 20 && c.block.kind != BlockKind::kHeading &&
            !c.in_main && !c.in_article) {
          blocks[i].score -= 1;
        }
      } else {
        blocks[i].score -= 2;
      }
    }
  }

  for (const Candidate& c : blocks) {
    if (c.score > 0) page.blocks.push_back(c.block);
  }
  if (!page.blocks.empty()) return page;

  // Nothing left: keep the densest prose that only names or position counted
  // against; never what structure or phrases mark as furniture.
  size_t densest = 0;
  for (const Candidate& c : blocks) {
    const double link_density =
        c.chars ? static_cast<double>(c.link_chars) / static_cast<double>(c.chars) : 0;
    if (!c.phrase && c.structural < 3 && link_density < 0.5 && c.words >= 1)
      densest = std::max(densest, c.words);  // a page of a few short lines is still a page
  }
  if (densest > 0) {
    for (const Candidate& c : blocks) {
      const double link_density =
          c.chars ? static_cast<double>(c.link_chars) / static_cast<double>(c.chars) : 0;
      if (!c.phrase && c.structural < 3 && link_density < 0.5 && c.words * 4 >= densest)
        page.blocks.push_back(c.block);
    }
    page.warnings.push_back(
        fmt::format("no block looked like page content (all were marked as site furniture); kept "
                    "the densest text instead "
                    "({} paragraph(s))",
                    page.blocks.size()));
    return page;
  }
  // Truly empty: say what the page held.
  std::vector<std::string_view> zones;
  for (const Candidate& c : blocks) {
    std::string_view zone = c.zone.empty() ? std::string_view("link") : c.zone;
    if (!In(zones, zone)) zones.push_back(zone);
  }
  if (zones.empty()) {
    page.found = walk.scripts ? "no text outside scripts and styles" : "no text at all";
  } else {
    std::string list;
    for (size_t i = 0; i < zones.size(); ++i) {
      if (i > 0) list += i + 1 == zones.size() ? " and " : ", ";
      list += zones[i];
    }
    page.found =
        fmt::format("only {} text ({} block(s), none of it page content)", list, blocks.size());
  }
  return page;
}

const SiteEvidence* SiteEvidenceFor(const std::string& path, PageKeysReader keys_of) {
  namespace fs = std::filesystem;
  // Reading the other pages reads HTML again: no site evidence for those.
  thread_local bool collecting = false;
  if (collecting) return nullptr;
  constexpr size_t kMaxPages = 16;
  constexpr size_t kMaxBytes = size_t{8} << 20;
  static std::mutex mutex;
  static auto* folders = new std::map<std::string, std::map<std::string, std::vector<std::string>>>;
  static auto* evidence = new std::map<std::string, std::unique_ptr<SiteEvidence>>;
  std::error_code error;
  const fs::path file(path);
  if (!fs::is_regular_file(file, error)) return nullptr;
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  const std::string self = file.filename().string();
  std::lock_guard lock(mutex);
  const std::string page_key = fs::absolute(file, error).string();
  if (auto it = evidence->find(page_key); it != evidence->end()) return it->second.get();
  const std::string folder_key = fs::absolute(folder, error).string();
  auto& pages = (*folders)[folder_key];
  if (pages.empty()) {
    std::vector<fs::path> names;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      const std::string ext = it->path().extension().string();
      if ((ext == ".html" || ext == ".htm" || ext == ".xhtml") && it->is_regular_file(error))
        names.push_back(it->path());
    }
    std::sort(names.begin(), names.end());
    // The pages nearest the one read first, by name.
    if (names.size() > kMaxPages + 1) {
      auto at = std::lower_bound(names.begin(), names.end(), file);
      const long from = std::clamp<long>(at - names.begin() - static_cast<long>(kMaxPages / 2), 0,
                                         static_cast<long>(names.size() - kMaxPages - 1));
      names = std::vector<fs::path>(names.begin() + from,
                                    names.begin() + from + static_cast<long>(kMaxPages) + 1);
    }
    collecting = true;
    for (const fs::path& name : names) {
      Result<std::string> bytes = LoadFile(name.string(), kMaxBytes);
      if (!bytes) continue;
      std::vector<std::string> keys = keys_of(*bytes, name.string());
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      pages[name.filename().string()] = std::move(keys);
    }
    collecting = false;
  }
  auto site = std::make_unique<SiteEvidence>();
  for (const auto& [name, keys] : pages) {
    if (name == self) continue;
    ++site->pages;
    for (const std::string& key : keys) ++site->pages_with_key[key];
  }
  SiteEvidence* out = site->pages > 0 ? site.get() : nullptr;
  (*evidence)[page_key] = std::move(site);
  return out;
}

}  // namespace tandem::ingest
