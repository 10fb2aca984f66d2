// tandem align FR NL | tandem align BILINGUAL
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

#include "commands.h"
#include "console.h"
#include "pipeline/batch/aligned_document.h"
#include "pipeline/formats/writers.h"
#include "pipeline/qa/bead_checker.h"

namespace tandem::cli {
namespace {

struct AlignOptions {
  CommonOptions common;
  std::vector<std::string> files;
  std::string format = "text";
  std::string level = "paragraph";
  std::string source = "fr";
  std::string output;
  std::string termbase;  // TBX file for term consistency; "" = the glossary
  int width = 100;
  std::string lang = "en";  // of the QA flag messages
  bool no_flags = false;    // alignment only
};

int RunAlign(const AlignOptions& options) {
  batch::Input input{options.files[0], options.files.size() == 2 ? options.files[1] : ""};
  terms::Termbase termbase;
  if (!LoadTermbaseOption(options.termbase, &termbase)) return kExitError;
  Result<batch::AlignedDocument> aligned =
      batch::ReadAndAlign(input, {}, nullptr, options.termbase.empty() ? nullptr : &termbase, !options.no_flags);
  if (!aligned) {
    PrintError(aligned.error());
    return kExitError;
  }
  const Document& doc = aligned->document;
  for (const std::string& warning : doc.warnings) fmt::print(stderr, "tandem: warning: {}: {}\n", input.path, warning);
  if (!doc.bilingual()) {
    PrintError(fmt::format("{}: not bilingual: found only {} text; give its translation as a second file", input.path,
                           LanguageCode(doc.streams.front().language)));
    return kExitError;
  }
  const bool sentences = options.level == "sentence";
  std::vector<formats::AlignedUnit> units = batch::ExportUnits(*aligned, sentences);
  const qa::MessageLanguage messages = qa::MessageLanguageFromCode(options.lang);
  for (formats::AlignedUnit& unit : units) {
    if (options.no_flags) unit.flags.clear();
    for (qa::Flag& flag : unit.flags) flag.message = qa::FlagMessage(flag, messages);
  }
  formats::AlignmentInfo info;
  info.fr_source = input.path;
  info.nl_source = input.is_pair() ? input.nl_path : input.path;
  info.title = doc.title;
  info.sentences = sentences;
  info.tool_version = TANDEM_VERSION;
  const std::string format = options.common.json ? "jsonl" : options.format;
  std::string text;
  if (format == "jsonl") {
    text = formats::WriteJsonl(units);
  } else if (format == "tsv") {
    text = formats::WriteTsv(units);
  } else if (format == "tmx") {
    text = formats::WriteTmx(units, info);
  } else if (format == "xliff") {
    text = formats::WriteXliff(units, info, options.source == "nl");
  } else if (format == "html") {
    text = formats::WriteHtml(units, info);
  } else {
    text = formats::WriteText(units, static_cast<size_t>(options.width));
  }
  if (options.output.empty() || options.output == "-") {
    fmt::print("{}", text);
    return kExitOk;
  }
  std::ofstream out(options.output, std::ios::binary);
  out << text;
  if (!out.flush()) {
    PrintError(fmt::format("{}: cannot write: {}", options.output, std::strerror(errno)));
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void AddAlignCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<AlignOptions>();
  CLI::App* cmd = app.add_subcommand(
      "align",
      "Align the French and Dutch paragraphs (or sentences) of a document, check each pair\n"
      "(numbers, negation, names, omitted or untranslated sentences, length, heading numbers,\n"
      "term consistency) and print them,\n"
      "without indexing. Give one bilingual file (e.g. a two-column extraction) or a French\n"
      "file and its Dutch translation.");
  cmd->add_option("files", options->files, "BILINGUAL, or FR NL")->required()->expected(1, 2);
  cmd->add_option("--format", options->format,
                  "text (side by side), jsonl, tsv, tmx (TMX 1.4b), xliff (XLIFF 2.0), html (review page)")
      ->check(CLI::IsMember({"text", "jsonl", "tsv", "tmx", "xliff", "html"}));
  cmd->add_option("--level", options->level, "paragraph (default) or sentence")
      ->check(CLI::IsMember({"paragraph", "sentence"}));
  cmd->add_option("--source", options->source, "XLIFF source language: fr (default) or nl")
      ->check(CLI::IsMember({"fr", "nl"}));
  cmd->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  cmd->add_option("--termbase", options->termbase,
                  "TBX term base for the term-consistency flags (default: the built-in glossary's terms)");
  cmd->add_option("--width", options->width, "Line width of the text format (default 100)")->check(CLI::Range(40, 1000));
  cmd->add_flag("--no-flags", options->no_flags,
                "Align only: no QA or term-consistency flags (faster, e.g. to build a translation memory)");
  cmd->add_option("--lang", options->lang,
                  "Language of the QA flag messages: en (default), fr or nl")
      ->check(CLI::IsMember({"en", "fr", "nl"}));
  cmd->add_flag("--json", options->common.json, "Same as --format jsonl");
  cmd->callback([options, exit_code] { *exit_code = RunAlign(*options); });
}

}  // namespace tandem::cli
