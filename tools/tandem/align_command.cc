// tandem align FR NL | tandem align BILINGUAL
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "commands.h"
#include "console.h"
#include "pipeline/batch/aligned_document.h"
#include "pipeline/batch/inputs.h"
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
  std::string out_dir;      // batch: every document into this folder
};

// The file extension of an output format, for --out-dir.
std::string_view ExtensionOf(const std::string& format) {
  if (format == "jsonl") return "jsonl";
  if (format == "tsv") return "tsv";
  if (format == "tmx") return "tmx";
  if (format == "xliff") return "xlf";
  if (format == "html") return "html";
  return "txt";
}

std::string FormatOf(const AlignOptions& options) { return options.common.json ? "jsonl" : options.format; }

// Reads, aligns and checks one input and renders it in the chosen format. The
// document's warnings go to stderr; `*units_out` gets the number of units.
Result<std::string> AlignOne(const batch::Input& input, const AlignOptions& options,
                             const terms::Termbase* termbase, size_t* units_out) {
  Result<batch::AlignedDocument> aligned = batch::ReadAndAlign(input, {}, nullptr, termbase, !options.no_flags);
  if (!aligned) return tl::unexpected(aligned.error());
  const Document& doc = aligned->document;
  for (const std::string& warning : doc.warnings)
    fmt::print(stderr, "tandem: warning: {}: {}\n", input.display(), warning);
  if (!doc.bilingual()) {
    return Fail(ErrorCode::kUsage, input.display(),
                fmt::format("not bilingual: found only {} text; give its translation as a second file",
                            LanguageCode(doc.streams.front().language)));
  }
  const bool sentences = options.level == "sentence";
  std::vector<formats::AlignedUnit> units = batch::ExportUnits(*aligned, sentences);
  const qa::MessageLanguage messages = qa::MessageLanguageFromCode(options.lang);
  for (formats::AlignedUnit& unit : units) {
    if (options.no_flags) unit.flags.clear();
    for (qa::Flag& flag : unit.flags) flag.message = qa::FlagMessage(flag, messages);
  }
  *units_out = units.size();
  formats::AlignmentInfo info;
  info.fr_source = input.path;
  info.nl_source = input.is_pair() ? input.nl_path : input.path;
  info.title = doc.title;
  info.sentences = sentences;
  info.tool_version = TANDEM_VERSION;
  const std::string format = FormatOf(options);
  if (format == "jsonl") return formats::WriteJsonl(units);
  if (format == "tsv") return formats::WriteTsv(units);
  if (format == "tmx") return formats::WriteTmx(units, info);
  if (format == "xliff") return formats::WriteXliff(units, info, options.source == "nl");
  if (format == "html") return formats::WriteHtml(units, info);
  return formats::WriteText(units, static_cast<size_t>(options.width));
}

bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) {
    PrintError(fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
    return false;
  }
  return true;
}

int RunAlign(const AlignOptions& options, const terms::Termbase* termbase) {
  if (options.files.size() > 2) {
    PrintError("give one bilingual file or FR NL; for more documents, use --out-dir DIR");
    return kExitError;
  }
  batch::Input input{options.files[0], options.files.size() == 2 ? options.files[1] : ""};
  size_t units = 0;
  Result<std::string> text = AlignOne(input, options, termbase, &units);
  if (!text) {
    PrintError(text.error());
    return kExitError;
  }
  if (options.output.empty() || options.output == "-") {
    fmt::print("{}", *text);
    return kExitOk;
  }
  return WriteFile(options.output, *text) ? kExitOk : kExitError;
}

// --out-dir: every document the paths name (folders walked, FR/NL pairs
// recognised by their names, as `tandem ingest` does) aligned in one process
// into DIR/NAME.EXT. One document that fails is reported and the rest go on
// (exit 1); a name two documents would share gets "-2", "-3".
int RunAlignBatch(const AlignOptions& options, const terms::Termbase* termbase) {
  std::vector<Error> problems;
  const std::vector<batch::Input> inputs = batch::CollectInputs(options.files, &problems);
  for (const Error& problem : problems) PrintError(problem);
  if (inputs.empty()) {
    PrintError("no document to align in the paths given");
    return kExitError;
  }
  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) {
    PrintError(fmt::format("{}: cannot create the folder: {}", options.out_dir, ec.message()));
    return kExitError;
  }
  const std::string_view extension = ExtensionOf(FormatOf(options));
  std::set<std::string> used;
  size_t failed = problems.size(), written = 0;
  for (const batch::Input& input : inputs) {
    std::string base = batch::ParsePairName(input.path).base;
    base = std::filesystem::path(base).filename().string();
    if (!input.is_pair()) base = std::filesystem::path(input.path).stem().string();
    std::string name = fmt::format("{}.{}", base, extension);
    for (int n = 2; !used.insert(name).second; ++n) name = fmt::format("{}-{}.{}", base, n, extension);
    const std::string path = (std::filesystem::path(options.out_dir) / name).string();
    size_t units = 0;
    Result<std::string> text = AlignOne(input, options, termbase, &units);
    if (!text) {
      PrintError(text.error());
      ++failed;
      continue;
    }
    if (!WriteFile(path, *text)) {
      ++failed;
      continue;
    }
    ++written;
    if (!options.common.quiet) fmt::print(stderr, "tandem: {} -> {} ({} units)\n", input.display(), path, units);
  }
  if (!options.common.quiet)
    fmt::print(stderr, "tandem: {} aligned into {}, {} failed\n", written, options.out_dir, failed);
  return failed == 0 ? kExitOk : kExitPartial;
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
  cmd->add_option("files", options->files, "BILINGUAL, or FR NL; with --out-dir, any files and folders")
      ->required()
      ->expected(1, -1);
  cmd->add_option("--format", options->format,
                  "text (side by side), jsonl, tsv, tmx (TMX 1.4b), xliff (XLIFF 2.0), html (review page)")
      ->check(CLI::IsMember({"text", "jsonl", "tsv", "tmx", "xliff", "html"}));
  cmd->add_option("--level", options->level, "paragraph (default) or sentence")
      ->check(CLI::IsMember({"paragraph", "sentence"}));
  cmd->add_option("--source", options->source, "XLIFF source language: fr (default) or nl")
      ->check(CLI::IsMember({"fr", "nl"}));
  cmd->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  cmd->add_option("--out-dir", options->out_dir,
                  "Align every document the paths name (folders walked, x.fr.* and x.nl.* paired) in one\n"
                  "run, each into DIR/x.EXT in the chosen format; one that fails does not stop the rest")
      ->excludes("-o");
  cmd->add_option("--termbase", options->termbase,
                  "TBX term base for the term-consistency flags (default: the built-in glossary's terms)");
  cmd->add_option("--width", options->width, "Line width of the text format (default 100)")->check(CLI::Range(40, 1000));
  cmd->add_flag("--no-flags", options->no_flags,
                "Align only: no QA or term-consistency flags (faster, e.g. to build a translation memory)");
  cmd->add_option("--lang", options->lang,
                  "Language of the QA flag messages: en (default), fr or nl")
      ->check(CLI::IsMember({"en", "fr", "nl"}));
  cmd->add_flag("--json", options->common.json, "Same as --format jsonl");
  cmd->add_flag("-q,--quiet", options->common.quiet, "Print only errors");
  cmd->callback([options, exit_code] {
    terms::Termbase termbase;
    if (!LoadTermbaseOption(options->termbase, &termbase)) {
      *exit_code = kExitError;
      return;
    }
    const terms::Termbase* given = options->termbase.empty() ? nullptr : &termbase;
    *exit_code = options->out_dir.empty() ? RunAlign(*options, given) : RunAlignBatch(*options, given);
  });
}

}  // namespace tandem::cli
