// Checking a draft against red lines: the findings a careful clerk would
// raise (contract: ../shared/spec/redlines.md). Start here for the check stage.
#ifndef TANDEM_PIPELINE_CHECK_RED_LINE_CHECKER_H_
#define TANDEM_PIPELINE_CHECK_RED_LINE_CHECKER_H_

#include <string>
#include <utility>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::check {

// One language side of a draft file: its paragraphs with their numbers in the
// file (1-based, every paragraph of the file counted, headings included).
struct DraftSide {
  std::string file;
  Language language = Language::kUnknown;
  std::vector<Block> blocks;
  std::vector<size_t> numbers;  // same length as blocks
};

// The sides of a read document, numbered in the file's reading order.
std::vector<DraftSide> SidesOf(const Document& document, const std::string& file);

// A cue read in the finding's sentence: negation or attribution words, and
// how they counted.
struct CueEvidence {
  std::string words;  // as written, "ne … jamais" for words apart
  std::string
      kind;  // CueKindName: "negation", "joined-negation", "negative-verb", "pseudo-negation",
             // "restriction", "reporting", "demand", "own-voice", "other-subject"
  bool counted = false;
};

// A word that put the draft on a dossier's topic (require findings).
struct TopicEvidence {
  std::string words;  // as written in the draft
  std::string topic;  // the topic entry of the red-line file
  std::string file;
  size_t paragraph = 0;
};

// Why a finding was raised: what a clerk needs to judge it.
struct Explanation {
  std::string wording;  // the rule's wording that matched (claim, subject, quantity, avoided term)
  std::vector<std::string> matched;   // the sentence's words that matched it, as written
  std::vector<TopicEvidence> topic;   // require: the words that made the draft about the dossier
  std::vector<CueEvidence> cues;      // negation and attribution cues read
  int negations = -1;                 // negations counted over the matched words; -1 when not read
  std::string stance, agreed_stance;  // stance: the stance read and the agreed one ("support", ...)
  std::string amount;                 // limit: the amount as written
  // parity: the other version's paragraph, and what differs ("numbers",
  // "negation", "stance", "one-sided").
  std::string counterpart_file;
  Language counterpart_language = Language::kUnknown;
  size_t counterpart_paragraph = 0;
  std::string counterpart_sentence;
  std::vector<std::string> differences;
};

struct Finding {
  std::string rule;  // the rule id, or "parity"
  std::string kind;  // "forbid", "require", "stance", "limit", "term", "parity"
  redlines::Severity severity = redlines::Severity::kBlocking;
  std::string dossier;
  std::string version;  // the dossier's agreed date: with `dossier`, the version the rule came from
  std::string file;
  Language language = Language::kUnknown;
  size_t paragraph = 0;                          // 0: about the whole draft
  std::string sentence;                          // as written; empty for a whole-draft finding
  std::vector<std::pair<size_t, size_t>> marks;  // offending words: byte ranges in `sentence`
  std::string message;  // in CheckOptions::message_language, or the finding's language
  std::string message_fr,
      message_nl;      // the message in each language (the workbench shows its interface's)
  std::string agreed;  // the agreed wording in the finding's language, if any
  Explanation why;

  // The message in `language` (French or Dutch; otherwise `message`).
  const std::string& MessageIn(Language language) const;
};

struct CheckOptions {
  bool parity = false;  // compare the French and Dutch sides paragraph by paragraph
  // The language of the messages; kUnknown: each finding's own language.
  Language message_language = Language::kUnknown;
};

struct CheckReport {
  std::vector<Finding> findings;  // by file, paragraph, then rule order
  size_t paragraphs = 0;          // paragraphs checked, all files and sides
  // Set by the caller that chose the versions (redlines::InForceOn): the date
  // whose rules were used, and the versions (dossier id, agreed date) in force.
  std::string date;
  std::vector<std::pair<std::string, std::string>> in_force;
  size_t blocking() const;
  size_t warnings() const;
};

// Checks `sides` (one or more files; FR and NL sides of one draft when
// parity is asked) against every rule of `dossiers`.
CheckReport CheckDraft(const std::vector<DraftSide>& sides,
                       const std::vector<redlines::Dossier>& dossiers,
                       const CheckOptions& options = {});

}  // namespace tandem::check

#endif  // TANDEM_PIPELINE_CHECK_RED_LINE_CHECKER_H_
