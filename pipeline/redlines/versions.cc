#include "pipeline/redlines/versions.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace tandem::redlines {
namespace {

bool Digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The wordings of `list`, one per line, in `language` (kUnknown: every one, "fr: …").
std::string Lines(const std::vector<Wording>& list, Language language) {
  std::string out;
  for (const Wording& w : list) {
    if (language != Language::kUnknown && w.language != language) continue;
    if (!out.empty()) out += "\n";
    if (language == Language::kUnknown) out += std::string(LanguageCode(w.language)) + ": ";
    out += w.text;
  }
  return out;
}

std::string Bound(const std::optional<double>& value) { return value ? DecimalText(*value) : ""; }

}  // namespace

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!Digits(text.substr(0, 4)) || !Digits(text.substr(5, 2)) || !Digits(text.substr(8, 2))) return false;
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const int month = std::stoi(std::string(text.substr(5, 2)));
  const int day = std::stoi(std::string(text.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29) return leap;
  return day <= kDays[month - 1];
}

Result<void> CheckVersions(const std::vector<Dossier>& dossiers) {
  std::map<std::string, const Dossier*> by_id;
  for (const Dossier& d : dossiers) {
    auto [it, inserted] = by_id.emplace(d.id, &d);
    if (!inserted) {
      return Fail(ErrorCode::kMalformed, d.path,
                  fmt::format("dossier {} is also read from {}: a new version has its own id and says "
                              "supersedes=\"{}\"",
                              d.id, it->second->path, d.id));
    }
  }
  std::map<std::string, const Dossier*> superseded_by;
  for (const Dossier& d : dossiers) {
    if (d.supersedes.empty()) continue;
    auto [it, inserted] = superseded_by.emplace(d.supersedes, &d);
    if (!inserted) {
      return Fail(ErrorCode::kMalformed, d.path,
                  fmt::format("dossier {} and dossier {} ({}) both supersede {}: one version replaces another",
                              d.id, it->second->id, it->second->path, d.supersedes));
    }
    auto older = by_id.find(d.supersedes);
    if (older != by_id.end() && !older->second->agreed.empty() && older->second->agreed >= d.agreed) {
      return Fail(ErrorCode::kMalformed, d.path,
                  fmt::format("dossier {} (agreed {}) supersedes {}, agreed {}: a new version is agreed later",
                              d.id, d.agreed, d.supersedes, older->second->agreed));
    }
  }
  return {};
}

std::vector<Dossier> InForceOn(const std::vector<Dossier>& dossiers, std::string_view date) {
  std::vector<Dossier> out;
  for (const Dossier& d : dossiers) {
    if (!d.agreed.empty() && d.agreed > date) continue;  // not agreed yet
    const bool replaced = std::any_of(dossiers.begin(), dossiers.end(), [&](const Dossier& later) {
      return later.supersedes == d.id && !later.agreed.empty() && later.agreed <= date;
    });
    if (!replaced) out.push_back(d);
  }
  return out;
}

std::vector<const Dossier*> VersionsOf(const std::vector<Dossier>& dossiers, const std::string& id) {
  auto find = [&](auto&& match) -> const Dossier* {
    auto it = std::find_if(dossiers.begin(), dossiers.end(), match);
    return it == dossiers.end() ? nullptr : &*it;
  };
  const Dossier* d = find([&](const Dossier& x) { return x.id == id; });
  if (d == nullptr) return {};
  // Back to the oldest version (bounded: ids are unique, so at most one lap).
  for (size_t steps = 0; !d->supersedes.empty() && steps < dossiers.size(); ++steps) {
    const Dossier* older = find([&](const Dossier& x) { return x.id == d->supersedes; });
    if (older == nullptr) break;
    d = older;
  }
  std::vector<const Dossier*> chain{d};
  for (size_t steps = 0; steps < dossiers.size(); ++steps) {
    const Dossier* newer = find([&](const Dossier& x) { return x.supersedes == chain.back()->id; });
    if (newer == nullptr || std::find(chain.begin(), chain.end(), newer) != chain.end()) break;
    chain.push_back(newer);
  }
  return chain;
}

std::vector<RuleChange> CompareVersions(const Dossier& older, const Dossier& newer) {
  std::vector<RuleChange> out;
  auto find = [](const Dossier& d, const std::string& id) -> const Rule* {
    for (const Rule& r : d.rules)
      if (r.id == id) return &r;
    return nullptr;
  };
  for (const Rule& now : newer.rules) {
    const Rule* before = find(older, now.id);
    if (before == nullptr) {
      out.push_back({RuleChange::Type::kAdded, now.id, {}});
      continue;
    }
    RuleChange change{RuleChange::Type::kChanged, now.id, {}};
    auto field = [&](const char* name, const std::string& a, const std::string& b) {
      if (a != b) change.changes.push_back({name, a, b});
    };
    field("kind", std::string(RuleKindName(before->kind)), std::string(RuleKindName(now.kind)));
    field("severity", std::string(SeverityName(before->severity)), std::string(SeverityName(now.severity)));
    if (before->kind == RuleKind::kStance || now.kind == RuleKind::kStance)
      field("value", std::string(StanceName(before->stance)), std::string(StanceName(now.stance)));
    field("unit", before->unit, now.unit);
    field("min", Bound(before->min), Bound(now.min));
    field("max", Bound(before->max), Bound(now.max));
    field("fr", Lines(before->wordings, Language::kFrench), Lines(now.wordings, Language::kFrench));
    field("nl", Lines(before->wordings, Language::kDutch), Lines(now.wordings, Language::kDutch));
    field("avoid", Lines(before->avoid, Language::kUnknown), Lines(now.avoid, Language::kUnknown));
    field("except", Lines(before->except, Language::kUnknown), Lines(now.except, Language::kUnknown));
    field("agreed", Lines(before->agreed, Language::kUnknown), Lines(now.agreed, Language::kUnknown));
    if (!change.changes.empty()) out.push_back(std::move(change));
  }
  for (const Rule& then : older.rules) {
    if (find(newer, then.id) == nullptr) out.push_back({RuleChange::Type::kRemoved, then.id, {}});
  }
  return out;
}

std::string DecimalText(double value) {
  std::string s = fmt::format("{:.6f}", value);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

}  // namespace tandem::redlines
