// Editing a dossier in the workbench: the edit form read into a dossier,
// validated as `tandem check` would load it, and saved atomically into the
// --redlines folder. Saving is the workbench's only write (see workbench.h
// for when it is allowed); these functions do not decide that.
#ifndef TANDEM_PIPELINE_WORKBENCH_DOSSIER_EDIT_H_
#define TANDEM_PIPELINE_WORKBENCH_DOSSIER_EDIT_H_

#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/model/error.h"
#include "pipeline/redlines/dossier.h"
#include "pipeline/workbench/exchange.h"

namespace tandem::workbench {

// The source sentences a proposed rule was read from, as shown to the clerk
// (with their place); empty for a rule written by hand.
struct SourceNote {
  std::string fr, nl;
};

// What the edit form holds.
struct DossierDraft {
  redlines::Dossier dossier;
  std::string original;              // the id of the loaded dossier edited; "" for a new one
  std::vector<SourceNote> sources;   // per rule, same length as dossier.rules
  std::vector<std::string> problems; // what the form could not read ("R-2: max \"abc\" is not a number")
  std::vector<std::string> notes;    // sentences a proposal did not turn into rules, with why
};

// At most this many rules in one form.
inline constexpr size_t kMaxFormRules = 500;

// A draft of the loaded dossier `d` (original = its id; no sources: its
// agreed wordings, edited with the rule, are the meeting's sentences).
DossierDraft DraftOf(const redlines::Dossier& d);

// Reads the edit form (field names: dossier, agreed, supersedes, source,
// title-fr, title-nl, topic-fr, topic-nl, original, rules = the number of
// rules, and per rule i: r<i>-id, -kind, -severity, -value, -unit, -min,
// -max, -fr, -nl, -avoid-fr, -avoid-nl, -except-fr, -except-nl, -agreed-fr,
// -agreed-nl, -source-fr, -source-nl, -delete). Wordings are one per line;
// several lines of one language are alternatives. Deleted rules are left out.
DossierDraft DraftFromForm(const Request& request);

// Why `draft` cannot be saved, in one line, or "" when it can: the form's
// first problem, else the loader's (schema) message on the file it would
// write, naming the rule, else what the versions in `loaded` would
// contradict (a dossier id already used, a supersede agreed earlier).
std::string ValidateDraft(const DossierDraft& draft, const std::vector<redlines::Dossier>& loaded);

// Writes `content` to `path` atomically: a temporary file in the same
// folder, flushed to disk, then renamed over `path`. kIo naming the path on failure.
Result<void> WriteFileAtomically(const std::string& path, const std::string& content);

// Per-session tokens against cross-site requests: a session id kept in a
// cookie, its token in each edit form. Thread-safe; keeps the newest 1000 sessions.
class EditSessions {
 public:
  static constexpr const char* kCookie = "tandem_edit";
  // The token of `session`, opening a new session when it is unknown
  // (`*session` then holds the new id, to be set as the cookie).
  std::string TokenFor(std::string* session);
  // True when `token` is the token of `session`.
  bool Valid(const std::string& session, const std::string& token) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> tokens_;
  std::vector<std::string> order_;  // oldest first
};

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_DOSSIER_EDIT_H_
