// tandem redlines propose REPORT... [-o FILE] [--id ID]: a red-line dossier
// proposed from a coordination meeting's report (issue 21).
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "console.h"
#include "pipeline/ingest/reader.h"
#include "pipeline/propose/dossier_proposal.h"

namespace tandem::cli {
namespace {

struct ProposeCommandOptions {
  std::vector<std::string> reports;
  std::string output;
  std::string id;
  std::string prefix;
};

// The language most of a document's text is in.
Language MainLanguage(const Document& document) {
  size_t fr = 0, nl = 0;
  for (const Stream& stream : document.streams) {
    for (const Block& block : stream.blocks) {
      if (block.language == Language::kFrench) fr += block.text.size();
      if (block.language == Language::kDutch) nl += block.text.size();
    }
  }
  return nl > fr ? Language::kDutch : Language::kFrench;
}

Result<Document> ReadReport(const std::vector<std::string>& paths) {
  if (paths.size() == 1) return ingest::ReadDocument(paths[0]);
  if (paths.size() != 2)
    return Fail(ErrorCode::kUsage, "",
                fmt::format("give one bilingual report, or its French and Dutch files ({} given)",
                            paths.size()));
  auto first = ingest::ReadDocument(paths[0]);
  if (!first) return first;
  auto second = ingest::ReadDocument(paths[1]);
  if (!second) return second;
  const Language a = MainLanguage(*first), b = MainLanguage(*second);
  if (a == b)
    return Fail(ErrorCode::kUsage, paths[1],
                fmt::format("both files are mostly {}: give the French and the Dutch report",
                            a == Language::kDutch ? "Dutch" : "French"));
  return a == Language::kFrench ? ingest::ReadPair(paths[0], paths[1])
                                : ingest::ReadPair(paths[1], paths[0]);
}

// Writes `text` to `path` through a temporary file renamed over it.
std::optional<Error> WriteAtomically(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return MakeError(ErrorCode::kIo, temporary, "cannot write");
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return MakeError(ErrorCode::kIo, path, "cannot write");
  }
  return std::nullopt;
}

int RunPropose(const ProposeCommandOptions& options) {
  auto report = ReadReport(options.reports);
  if (!report) {
    PrintError(report.error());
    return kExitError;
  }
  propose::ProposeOptions propose_options;
  propose_options.dossier_id = options.id;
  propose_options.id_prefix = options.prefix;
  auto proposal = propose::ProposeDossier(*report, propose_options);
  if (!proposal) {
    PrintError(proposal.error());
    return kExitError;
  }
  if (options.output.empty() || options.output == "-") {
    fmt::print("{}", proposal->xml);
  } else if (auto error = WriteAtomically(options.output, proposal->xml)) {
    PrintError(*error);
    return kExitError;
  }
  fmt::print(stderr, "{} rule(s) proposed; {} sentence(s) not turned into a rule, listed as comments\n",
             proposal->rules.size(), proposal->unturned.size());
  return kExitOk;
}

}  // namespace

void AddRedlinesCommand(CLI::App& app, int* exit_code) {
  CLI::App* redlines = app.add_subcommand("redlines", "Red-line dossiers: propose one from a coordination report");
  redlines->require_subcommand(1);
  auto options = std::make_shared<ProposeCommandOptions>();
  CLI::App* cmd = redlines->add_subcommand(
      "propose",
      "Propose a red-line dossier (urn:tandem:redlines:1) from a coordination meeting's report:\n"
      "the sentences of its position, red-line and priority sections become rules (forbid,\n"
      "require, stance, limit, term), French and Dutch paired; what is not turned into a rule\n"
      "is listed in XML comments. Exit 0: written; 2: it could not be done.");
  cmd->add_option("reports", options->reports,
                  "The report: one bilingual file, or its French and Dutch files (.txt, .html, .xml, .pdf, .docx)")
      ->required();
  cmd->add_option("-o,--output", options->output, "Write the dossier to this file (default: stdout)");
  cmd->add_option("--id", options->id, "The dossier's id (default: from the report's file name)");
  cmd->add_option("--prefix", options->prefix, "The prefix of rule ids (default: from the dossier id)");
  cmd->callback([options, exit_code] { *exit_code = RunPropose(*options); });
}

}  // namespace tandem::cli
