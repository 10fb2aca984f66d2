#include "pipeline/workbench/json_views.h"

#include <nlohmann/json.hpp>

#include "pipeline/index/schema.h"

namespace tandem::workbench {
namespace {

using nlohmann::json;

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

json InfoJson(const index::SourceInfo& s) {
  json languages = json::array();
  for (Language l : s.languages) languages.push_back(LanguageCode(l));
  return {
      {"id", s.id},           {"key", s.key},          {"source", s.display}, {"title", s.title},
      {"format", s.format},   {"type", s.type},        {"date", s.date},      {"units", s.units},
      {"flagged", s.flagged}, {"languages", languages}};
}

// {"fr": [...], "nl": [...]}
json ByLanguage(const std::vector<redlines::Wording>& list) {
  json out = json::object();
  for (const redlines::Wording& w : list)
    out[std::string(LanguageCode(w.language))].push_back(w.text);
  return out;
}

}  // namespace

std::string DocumentsJson(const std::vector<index::SourceInfo>& sources) {
  json list = json::array();
  for (const index::SourceInfo& s : sources) list.push_back(InfoJson(s));
  return Dump({{"documents", list}});
}

std::string DocumentJson(const index::SourceDocument& document) {
  json out = InfoJson(document.info);
  json units = json::array();
  for (const index::Unit& u : document.units) {
    json texts = json::object();
    for (const index::UnitText& t : u.texts) texts[std::string(LanguageCode(t.language))] = t.text;
    json flags = json::array();
    for (const index::UnitFlag& f : u.flags) {
      flags.push_back(
          {{"type", f.type}, {"message", f.message}, {"fr", f.fr_words}, {"nl", f.nl_words}});
    }
    units.push_back({{"position", u.position},
                     {"page", u.page},
                     {"score", u.score},
                     {"kind", std::string(index::KindName(u.kind))},
                     {"section", u.section},
                     {"texts", texts},
                     {"flags", flags}});
  }
  out["units"] = std::move(units);
  return Dump(out);
}

std::string DossiersJson(const std::vector<redlines::Dossier>& dossiers) {
  json list = json::array();
  for (const redlines::Dossier& d : dossiers) {
    json titles = json::object();
    for (const redlines::Wording& w : d.titles)
      titles[std::string(LanguageCode(w.language))] = w.text;
    json rules = json::array();
    for (const redlines::Rule& r : d.rules) {
      json rule = {{"id", r.id},
                   {"kind", redlines::RuleKindName(r.kind)},
                   {"severity", redlines::SeverityName(r.severity)},
                   {"line", r.line},
                   {"wordings", ByLanguage(r.wordings)}};
      if (!r.avoid.empty()) rule["avoid"] = ByLanguage(r.avoid);
      if (!r.except.empty()) rule["except"] = ByLanguage(r.except);
      if (!r.agreed.empty()) rule["agreed"] = ByLanguage(r.agreed);
      if (r.kind == redlines::RuleKind::kStance) rule["stance"] = redlines::StanceName(r.stance);
      if (r.kind == redlines::RuleKind::kLimit) {
        rule["unit"] = r.unit;
        if (r.min) rule["min"] = *r.min;
        if (r.max) rule["max"] = *r.max;
      }
      rules.push_back(std::move(rule));
    }
    list.push_back({{"id", d.id},
                    {"path", d.path},
                    {"agreed", d.agreed},
                    {"source", d.source},
                    {"titles", titles},
                    {"rules", rules}});
    if (!d.supersedes.empty()) list.back()["supersedes"] = d.supersedes;
  }
  return Dump({{"dossiers", list}});
}

std::string StatusJson(const ServerStatus& status) {
  const index::IndexStats& s = status.stats;
  json per_language = json::object();
  for (const auto& [language, units] : s.units_per_language)
    per_language[std::string(LanguageCode(language))] = units;
  return Dump({{"status", "ok"},
               {"index",
                {{"paths", s.paths},
                 {"sources", s.sources},
                 {"units", s.units},
                 {"units_per_language", per_language},
                 {"bytes", s.bytes},
                 {"last_ingest", s.last_ingest}}},
               {"dossiers", status.dossiers},
               {"version", status.version},
               {"started", status.started}});
}

std::string ErrorJson(int status, const std::string& message) {
  return Dump({{"error", {{"status", status}, {"message", message}}}});
}

}  // namespace tandem::workbench
