#include "pipeline/workbench/draft_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "pipeline/check/draft_date.h"
#include "pipeline/check/prior_units.h"
#include "pipeline/redlines/versions.h"
#include "pipeline/ingest/reader.h"

namespace tandem::workbench {
namespace {

constexpr size_t kMaxFiles = 2;
constexpr size_t kMaxNameBytes = 100;

std::string Megabytes(size_t bytes) {
  return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1 << 20));
}

}  // namespace

std::string CleanFileName(const std::string& filename) {
  const size_t slash = filename.find_last_of("/\\");
  std::string name = slash == std::string::npos ? filename : filename.substr(slash + 1);
  for (char& c : name) {
    const bool safe =
        std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
    if (!safe) c = '_';
  }
  name.erase(0, name.find_first_not_of('.'));
  if (name.size() > kMaxNameBytes)
    name.erase(0, name.size() - kMaxNameBytes);  // keep the extension
  return name.empty() ? "draft" : name;
}

Result<CheckedDraft> CheckDrafts(const DraftCheckRequest& request,
                                 const std::vector<redlines::Dossier>& loaded,
                                 index::Searcher* searcher) {
  const bool pasted = request.pasted.find_first_not_of(" \t\r\n") != std::string::npos;
  if (request.files.empty() && !pasted) {
    return Fail(ErrorCode::kUsage, "", "nothing to check: upload a draft or paste its text");
  }
  if (request.files.size() + (pasted ? 1 : 0) > kMaxFiles) {
    return Fail(ErrorCode::kUsage, "",
                "a draft is one file (FR, NL or both) or two (FR and NL), pasted text included");
  }
  if (loaded.empty()) {
    return Fail(ErrorCode::kUsage, "",
                "no red-line files are loaded: start `tandem serve` with --redlines DIR");
  }
  std::vector<redlines::Dossier> dossiers;
  for (const std::string& id : request.dossiers) {
    auto it = std::find_if(loaded.begin(), loaded.end(),
                           [&](const redlines::Dossier& d) { return d.id == id; });
    if (it == loaded.end())
      return Fail(ErrorCode::kUsage, "", fmt::format("no dossier \"{}\" is loaded", id));
    dossiers.push_back(*it);
  }
  if (request.dossiers.empty()) dossiers = loaded;
  if (!request.date.empty() && !redlines::IsIsoDate(request.date)) {
    return Fail(ErrorCode::kUsage, "", fmt::format("date \"{}\" is not a date: write YYYY-MM-DD", request.date));
  }

  CheckedDraft checked;
  for (const DraftUpload& file : request.files) {
    const std::string name = CleanFileName(file.filename);
    if (file.content.size() > request.max_file_bytes) {
      return Fail(ErrorCode::kTooLarge, name,
                  fmt::format("{} is over the upload limit of {} per file",
                              Megabytes(file.content.size()), Megabytes(request.max_file_bytes)));
    }
    checked.files.push_back(name);
  }
  if (pasted && request.pasted.size() > request.max_pasted_bytes) {
    return Fail(ErrorCode::kTooLarge, "pasted text",
                fmt::format("{} is over the limit of {}", Megabytes(request.pasted.size()),
                            Megabytes(request.max_pasted_bytes)));
  }
  if (pasted) checked.files.push_back("pasted.txt");
  if (checked.files.size() == 2 && checked.files[0] == checked.files[1])
    checked.files[1] = "2-" + checked.files[1];

  std::vector<check::DraftSide> sides;
  for (size_t i = 0; i < checked.files.size(); ++i) {
    const std::string& content =
        i < request.files.size() ? request.files[i].content : request.pasted;
    auto document = ingest::ReadDocumentBytes(content, checked.files[i]);
    if (!document) return tl::unexpected(document.error());
    for (check::DraftSide& side : check::SidesOf(*document, checked.files[i]))
      sides.push_back(std::move(side));
  }
  check::CheckOptions options;
  options.parity = request.parity;
  std::string date = request.date;
  if (date.empty()) date = check::DraftDate(sides);
  if (date.empty()) date = check::Today();
  const std::vector<redlines::Dossier> in_force = redlines::InForceOn(dossiers, date);
  checked.report = check::CheckDraft(sides, in_force, options);
  checked.report.date = date;
  for (const redlines::Dossier& d : in_force) {
    checked.dossiers.push_back(d.id);
    checked.report.in_force.emplace_back(d.id, d.agreed);
  }
  if (searcher != nullptr) checked.priors = check::ClosestPriors(checked.report, *searcher);
  return checked;
}

}  // namespace tandem::workbench
