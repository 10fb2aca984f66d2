// The frame every workbench page shares: its language (French or Dutch,
// kept in the URL as ui=fr|nl), navigation, and the stylesheet and script
// served from /static (no inline script or style, so the CSP forbids both).
#ifndef TANDEM_PIPELINE_WORKBENCH_PAGE_H_
#define TANDEM_PIPELINE_WORKBENCH_PAGE_H_

#include <string>
#include <string_view>

#include "pipeline/workbench/html.h"

namespace tandem::workbench {

enum class Ui { kFrench, kDutch };

// A piece of interface text in both languages.
struct Phrase {
  std::string_view fr, nl;
};

inline std::string_view Say(Ui ui, const Phrase& phrase) {
  return ui == Ui::kDutch ? phrase.nl : phrase.fr;
}
inline std::string_view UiCode(Ui ui) { return ui == Ui::kDutch ? "nl" : "fr"; }

// The pages of the navigation.
enum class Section { kSearch, kDocuments, kCheck, kDossiers, kStatus, kNone };

struct PageFrame {
  Ui ui = Ui::kFrench;
  Section section = Section::kNone;
  std::string title;  // plain text, escaped here
  Link self{"/"};     // this page's URL, for the language switch
};

// A whole HTML document: head, skip link, header with navigation and the
// language switch, `main_html` (already safe HTML) in <main>, footer.
std::string RenderPage(const PageFrame& frame, std::string_view main_html);

// `link` with ui=… set to the frame's language (every internal link carries it).
std::string In(Ui ui, Link link);

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_PAGE_H_
