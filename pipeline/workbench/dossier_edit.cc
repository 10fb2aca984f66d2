#include "pipeline/workbench/dossier_edit.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>

#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/redlines/dossier_writer.h"
#include "pipeline/redlines/versions.h"

namespace tandem::workbench {
namespace {

std::string Trimmed(std::string_view s) {
  const size_t begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  const size_t end = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(begin, end - begin + 1));
}

// One wording per non-empty line of `text`.
void AddLines(std::vector<redlines::Wording>* out, const std::string& text, Language language) {
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = Trimmed(std::string_view(text).substr(at, end - at));
    if (!line.empty()) out->push_back({language, std::move(line)});
    at = end + 1;
  }
}

// A bound as the clerk may type it: "1 000 000", "0,7", "1500000.50".
std::optional<double> Number(const std::string& text, bool* bad) {
  std::string digits;
  for (const char c : text) {
    if (c == ' ' || c == '\'' ) continue;
    digits += c == ',' ? '.' : c;
  }
  if (digits.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(digits.c_str(), &end);
  const bool plain = digits.find_first_not_of("0123456789.-+") == std::string::npos;
  if (end == nullptr || *end != '\0' || !plain) {
    *bad = true;
    return std::nullopt;
  }
  return value;
}

// The id of the rule whose element holds line `line` of `xml` (the writer
// puts each rule's start tag on its own line), or "".
std::string RuleAtLine(const std::string& xml, long line) {
  std::string id;
  long current = 1;
  size_t at = 0;
  while (at < xml.size() && current <= line) {
    size_t end = xml.find('\n', at);
    if (end == std::string::npos) end = xml.size();
    const std::string_view text(xml.data() + at, end - at);
    if (text.starts_with("  <") && !text.starts_with("  </") && text.find(" id=\"") != std::string_view::npos &&
        !text.starts_with("  <title") && !text.starts_with("  <topic")) {
      const size_t begin = text.find(" id=\"") + 5;
      id = std::string(text.substr(begin, text.find('"', begin) - begin));
    }
    at = end + 1;
    ++current;
  }
  return id;
}

std::string RandomHex() {
  std::random_device device;
  std::string out;
  for (int i = 0; i < 4; ++i) out += fmt::format("{:08x}", device());
  return out;
}

}  // namespace

DossierDraft DraftOf(const redlines::Dossier& d) {
  DossierDraft draft;
  draft.dossier = d;
  draft.original = d.id;
  draft.sources.resize(d.rules.size());
  return draft;
}

DossierDraft DraftFromForm(const Request& request) {
  DossierDraft draft;
  redlines::Dossier& d = draft.dossier;
  d.id = Trimmed(request.Param("dossier"));
  d.agreed = Trimmed(request.Param("agreed"));
  d.supersedes = Trimmed(request.Param("supersedes"));
  d.source = Trimmed(request.Param("source"));
  draft.original = Trimmed(request.Param("original"));
  for (const auto& [field, language] : {std::pair{"title-fr", Language::kFrench}, std::pair{"title-nl", Language::kDutch}}) {
    const std::string title = Trimmed(request.Param(field));
    if (!title.empty()) d.titles.push_back({language, title});
  }
  AddLines(&d.topic, request.Param("topic-fr"), Language::kFrench);
  AddLines(&d.topic, request.Param("topic-nl"), Language::kDutch);
  draft.notes = request.Params("note");
  const size_t count = std::min<size_t>(std::strtoul(request.Param("rules").c_str(), nullptr, 10), kMaxFormRules);
  for (size_t i = 0; i < count; ++i) {
    auto field = [&](const char* name) { return request.Param(fmt::format("r{}-{}", i, name)); };
    if (!field("delete").empty()) continue;
    redlines::Rule rule;
    rule.id = Trimmed(field("id"));
    const std::string kind = field("kind");
    rule.kind = kind == "require"  ? redlines::RuleKind::kRequire
                : kind == "stance" ? redlines::RuleKind::kStance
                : kind == "limit"  ? redlines::RuleKind::kLimit
                : kind == "term"   ? redlines::RuleKind::kTerm
                                   : redlines::RuleKind::kForbid;
    rule.severity = field("severity") == "warning" ? redlines::Severity::kWarning : redlines::Severity::kBlocking;
    const std::string value = field("value");
    rule.stance = value == "oppose"    ? redlines::Stance::kOppose
                  : value == "abstain" ? redlines::Stance::kAbstain
                                       : redlines::Stance::kSupport;
    rule.unit = field("unit");
    if (rule.unit != "EUR" && rule.unit != "%") rule.unit.clear();
    for (const char* bound : {"min", "max"}) {
      bool bad = false;
      const std::string text = field(bound);
      const std::optional<double> number = Number(text, &bad);
      if (bad) {
        draft.problems.push_back(fmt::format("{}: {} \"{}\" is not a number (e.g. 1500000 or 0,7)",
                                             rule.id.empty() ? fmt::format("rule {}", i + 1) : rule.id, bound, text));
      }
      if (rule.kind == redlines::RuleKind::kLimit) (std::string_view(bound) == "min" ? rule.min : rule.max) = number;
    }
    AddLines(&rule.wordings, field("fr"), Language::kFrench);
    AddLines(&rule.wordings, field("nl"), Language::kDutch);
    if (rule.kind == redlines::RuleKind::kTerm) {
      AddLines(&rule.avoid, field("avoid-fr"), Language::kFrench);
      AddLines(&rule.avoid, field("avoid-nl"), Language::kDutch);
      AddLines(&rule.except, field("except-fr"), Language::kFrench);
      AddLines(&rule.except, field("except-nl"), Language::kDutch);
    }
    AddLines(&rule.agreed, field("agreed-fr"), Language::kFrench);
    AddLines(&rule.agreed, field("agreed-nl"), Language::kDutch);
    d.rules.push_back(std::move(rule));
    draft.sources.push_back({field("source-fr"), field("source-nl")});
  }
  return draft;
}

std::string ValidateDraft(const DossierDraft& draft, const std::vector<redlines::Dossier>& loaded) {
  if (!draft.problems.empty()) return draft.problems.front();
  if (draft.dossier.id.empty()) return "the dossier needs an id (letters, digits, - or _; e.g. ukraine-2025)";
  if (!draft.dossier.agreed.empty() && !redlines::IsIsoDate(draft.dossier.agreed))
    return fmt::format("agreed \"{}\" is not a date: write YYYY-MM-DD", draft.dossier.agreed);
  const std::string xml = redlines::DossierXml(draft.dossier);
  const std::string name = draft.dossier.id + ".xml";
  auto read = redlines::LoadDossierBytes(xml, name);
  if (!read) {
    // "NAME.xml:LINE: what": the line is in a file not yet written; name the rule instead.
    std::string message = read.error().message;
    long line = 0;
    if (message.starts_with(name + ":")) {
      const size_t colon = message.find(": ", name.size());
      line = std::strtol(message.c_str() + name.size() + 1, nullptr, 10);
      if (colon != std::string::npos) message = message.substr(colon + 2);
    }
    const std::string rule = line > 0 ? RuleAtLine(xml, line) : "";
    if (!rule.empty() && message.find(rule) == std::string::npos) message = fmt::format("rule {}: {}", rule, message);
    return message;
  }
  std::vector<redlines::Dossier> set;
  for (const redlines::Dossier& d : loaded) {
    if (d.id == draft.original && d.id == draft.dossier.id) continue;  // the version replaced
    set.push_back(d);
  }
  set.push_back(*read);
  if (auto versions = redlines::CheckVersions(set); !versions) return versions.error().message;
  return "";
}

Result<void> WriteFileAtomically(const std::string& path, const std::string& content) {
  const std::filesystem::path target(path);
  std::string name = target.filename().string();
  name.insert(0, 1, '.');
  name.append(".tmp-XXXXXX");
  std::string temp = (target.parent_path() / name).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return Fail(ErrorCode::kIo, path, fmt::format("cannot create a temporary file: {}", std::strerror(errno)));
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(temp.c_str());
      return Fail(ErrorCode::kIo, path, fmt::format("cannot write: {}", why));
    }
    written += static_cast<size_t>(n);
  }
  ::fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(temp.c_str());
    return Fail(ErrorCode::kIo, path, "cannot flush the file to disk");
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(temp.c_str());
    return Fail(ErrorCode::kIo, path, fmt::format("cannot rename the temporary file into place: {}", why));
  }
  return {};
}

std::string EditSessions::TokenFor(std::string* session) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = tokens_.find(*session); it != tokens_.end()) return it->second;
  *session = RandomHex();
  const std::string token = RandomHex();
  tokens_[*session] = token;
  order_.push_back(*session);
  if (order_.size() > 1000) {
    tokens_.erase(order_.front());
    order_.erase(order_.begin());
  }
  return token;
}

bool EditSessions::Valid(const std::string& session, const std::string& token) const {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = tokens_.find(session);
  if (it == tokens_.end() || token.size() != it->second.size()) return false;
  unsigned char differ = 0;  // compared in constant time
  for (size_t i = 0; i < token.size(); ++i) differ |= static_cast<unsigned char>(token[i] ^ it->second[i]);
  return differ == 0;
}

}  // namespace tandem::workbench
