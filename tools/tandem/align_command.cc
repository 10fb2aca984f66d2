// tandem align FR NL | tandem align BILINGUAL
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "pipeline/batch/aligned_document.h"

namespace tandem::cli {
namespace {

struct AlignOptions {
  CommonOptions common;
  std::vector<std::string> files;
  std::string format = "text";
  int width = 0;
};

std::vector<std::string> Wrap(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  auto width_of = [](std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find_first_of(" \n", i);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(i, end - i);
    const size_t w = width_of(word);
    if (line_width > 0 && line_width + 1 + w > width) {
      lines.push_back(line);
      line.clear();
      line_width = 0;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
    if (end < text.size() && text[end] == '\n' && end + 1 < text.size() && text[end + 1] == '\n') {
      lines.push_back(line);
      lines.emplace_back();
      line.clear();
      line_width = 0;
      ++end;
    }
    i = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string Pad(const std::string& s, size_t width) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n >= width ? s : s + std::string(width - n, ' ');
}

int RunAlign(const AlignOptions& options) {
  if (options.files.empty() || options.files.size() > 2) {
    PrintError("give one bilingual file, or a French file and its Dutch translation");
    return kExitError;
  }
  batch::Input input{options.files[0], options.files.size() == 2 ? options.files[1] : ""};
  Result<batch::AlignedDocument> aligned = batch::ReadAndAlign(input);
  if (!aligned) {
    PrintError(aligned.error());
    return kExitError;
  }
  const Document& doc = aligned->document;
  if (!doc.bilingual()) {
    PrintError(fmt::format("{}: not bilingual: found only {} text; give its translation as a second file",
                           input.path, LanguageCode(doc.streams.front().language)));
    return kExitError;
  }
  const Stream& fr = doc.streams[0];
  const Stream& nl = doc.streams[1];
  const bool jsonl = options.format == "jsonl" || options.common.json;
  const size_t total = options.width > 20 ? static_cast<size_t>(options.width) : 100;
  const size_t column = (total - 3) / 2;
  size_t number = 0;
  for (const align::Bead& bead : aligned->beads) {
    ++number;
    if (jsonl) {
      nlohmann::json line = {{"fr", nlohmann::json::array()}, {"nl", nlohmann::json::array()}};
      for (size_t k = 0; k < bead.fr_count; ++k) line["fr"].push_back(fr.blocks[bead.fr_begin + k].text);
      for (size_t k = 0; k < bead.nl_count; ++k) line["nl"].push_back(nl.blocks[bead.nl_begin + k].text);
      line["score"] = std::round(bead.score * 1000) / 1000;
      const Block& first = bead.fr_count ? fr.blocks[bead.fr_begin] : nl.blocks[bead.nl_begin];
      if (first.page > 0) line["page"] = first.page;
      fmt::print("{}\n", line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      continue;
    }
    fmt::print("#{} {}-{}  score {:.2f}{}\n", number, bead.fr_count, bead.nl_count, bead.score,
               bead.score < 0.5 ? "  (check)" : "");
    const auto left = Wrap(batch::SideText(fr, bead.fr_begin, bead.fr_count), column);
    const auto right = Wrap(batch::SideText(nl, bead.nl_begin, bead.nl_count), column);
    for (size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
      fmt::print("{} | {}\n", Pad(i < left.size() ? left[i] : "", column), i < right.size() ? right[i] : "");
    }
    fmt::print("\n");
  }
  return kExitOk;
}

}  // namespace

void AddAlignCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<AlignOptions>();
  CLI::App* cmd = app.add_subcommand(
      "align",
      "Align the French and Dutch paragraphs of a document and print them, without indexing.\n"
      "Give one bilingual file (e.g. a two-column extraction) or a French file and its Dutch one.");
  cmd->add_option("files", options->files, "BILINGUAL, or FR NL")->required()->expected(1, 2);
  cmd->add_option("--format", options->format, "text (side by side) or jsonl (one bead per line)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("--width", options->width, "Line width of the text format (default 100)");
  cmd->add_flag("--json", options->common.json, "Same as --format jsonl");
  cmd->callback([options, exit_code] { *exit_code = RunAlign(*options); });
}

}  // namespace tandem::cli
