// Proposing a red-line dossier from a coordination meeting's report: the
// sentences that state the joint position, priorities and red lines become
// rules of urn:tandem:redlines:1 (contract: ../shared/spec/redlines.md,
// issue 21). Start here for the propose stage.
#ifndef TANDEM_PIPELINE_PROPOSE_DOSSIER_PROPOSAL_H_
#define TANDEM_PIPELINE_PROPOSE_DOSSIER_PROPOSAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/error.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::propose {

// Where a sentence of the report is: its file, language, the 1-based
// paragraph in that file (every paragraph counted, headings included, as
// `tandem check` numbers them) and the section heading it falls under.
struct Place {
  std::string file;
  Language language = Language::kUnknown;
  size_t paragraph = 0;
  std::string section;  // the heading as written; empty before the first one
};

// A source sentence as written, and where it is.
struct SourceSentence {
  std::string text;
  Place place;
};

// One proposed rule, with the sentences it was read from (for the clerk to
// judge it, side by side FR | NL). `rule.agreed` holds those sentences.
struct ProposedRule {
  redlines::Rule rule;
  std::vector<SourceSentence> sources;  // the French one, then the Dutch one (either may be missing)
  std::string why;                      // how the kind was read, e.g. "refusal: « ne … jamais »"
};

// A commitment-looking sentence that was not turned into a rule, with why
// (written into the XML as comments; never dropped silently).
struct Unturned {
  SourceSentence sentence;
  std::string reason;
};

struct Proposal {
  std::string xml;  // the dossier, valid against redlines.rng
  redlines::Dossier dossier;  // the same rules, as the loader would read them
  std::vector<ProposedRule> rules;
  std::vector<Unturned> unturned;
};

struct ProposeOptions {
  // The `dossier` attribute; empty: derived from the file name (or "dossier").
  std::string dossier_id;
  // The prefix of rule ids ("UA" gives UA-1, UA-2 ...); empty: from the dossier id.
  std::string id_prefix;
};

// Proposes the dossier of `report` (one bilingual document, or a FR/NL pair
// read with ingest::ReadPair, or a monolingual one: the rules then have one
// side only and are listed for the clerk to complete). `file` names the
// source in places and errors. Errors: kEmpty (no text), kUsage (no section
// or sentence states a position: nothing to propose).
Result<Proposal> ProposeDossier(const Document& report, const ProposeOptions& options = {});

// The same for plain text pasted in the workbench: paragraphs separated by
// blank lines; `fr_text` and `nl_text` each may be empty but not both, or a
// single bilingual text may be given as `fr_text` with `nl_text` empty
// (languages are then identified paragraph by paragraph).
Result<Proposal> ProposeDossierFromText(std::string_view fr_text, std::string_view nl_text,
                                        const std::string& source,
                                        const ProposeOptions& options = {});

}  // namespace tandem::propose

#endif  // TANDEM_PIPELINE_PROPOSE_DOSSIER_PROPOSAL_H_
