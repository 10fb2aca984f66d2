#include "dictionaries/dictionaries.h"

namespace tandem::embedded {
std::string_view stopwords_fr();
std::string_view stopwords_nl();
std::string_view stopwords_en();
std::string_view stopwords_de();
std::string_view abbreviations_fr();
std::string_view abbreviations_nl();
std::string_view langid_trigrams();
std::string_view glossary_fr_nl();
std::string_view aliases();
std::string_view negation_fr();
std::string_view negation_nl();
std::string_view negation_pseudo();
std::string_view negation_implicit_fr();
std::string_view negation_implicit_nl();
std::string_view check_actors_fr();
std::string_view check_actors_nl();
std::string_view check_negative_verbs_fr();
std::string_view check_negative_verbs_nl();
std::string_view check_reporting_verbs_fr();
std::string_view check_reporting_verbs_nl();
std::string_view check_demand_verbs_fr();
std::string_view check_demand_verbs_nl();
std::string_view check_reporting_frames_fr();
std::string_view check_reporting_frames_nl();
std::string_view check_own_voice_fr();
std::string_view check_own_voice_nl();
std::string_view check_third_party_fr();
std::string_view check_third_party_nl();
std::string_view check_support_fr();
std::string_view check_support_nl();
std::string_view check_oppose_fr();
std::string_view check_oppose_nl();
std::string_view check_abstain_fr();
std::string_view check_abstain_nl();
std::string_view check_forms_fr();
std::string_view check_forms_nl();
}  // namespace tandem::embedded

namespace tandem::dictionaries {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string_view RawList(ListKind kind, std::string_view lang) {
  using namespace tandem::embedded;
  if (kind == ListKind::kStopwords) {
    if (lang == "fr") return stopwords_fr();
    if (lang == "nl") return stopwords_nl();
    if (lang == "en") return stopwords_en();
    if (lang == "de") return stopwords_de();
  } else if (kind == ListKind::kAbbreviations) {
    if (lang == "fr") return abbreviations_fr();
    if (lang == "nl") return abbreviations_nl();
  } else if (kind == ListKind::kNegation) {
    if (lang == "fr") return negation_fr();
    if (lang == "nl") return negation_nl();
    if (lang == "pseudo") return negation_pseudo();
    if (lang == "implicit-fr") return negation_implicit_fr();
    if (lang == "implicit-nl") return negation_implicit_nl();
  } else {
    const bool fr = lang == "fr", nl = lang == "nl";
    switch (kind) {
      case ListKind::kNegativeVerbs:
        return fr ? check_negative_verbs_fr() : nl ? check_negative_verbs_nl() : std::string_view();
      case ListKind::kReportingVerbs:
        return fr   ? check_reporting_verbs_fr()
               : nl ? check_reporting_verbs_nl()
                    : std::string_view();
      case ListKind::kDemandVerbs:
        return fr ? check_demand_verbs_fr() : nl ? check_demand_verbs_nl() : std::string_view();
      case ListKind::kReportingFrames:
        return fr   ? check_reporting_frames_fr()
               : nl ? check_reporting_frames_nl()
                    : std::string_view();
      case ListKind::kOwnVoice:
        return fr ? check_own_voice_fr() : nl ? check_own_voice_nl() : std::string_view();
      case ListKind::kThirdParty:
        return fr ? check_third_party_fr() : nl ? check_third_party_nl() : std::string_view();
      case ListKind::kActors:
        return fr ? check_actors_fr() : nl ? check_actors_nl() : std::string_view();
      case ListKind::kSupport:
        return fr ? check_support_fr() : nl ? check_support_nl() : std::string_view();
      case ListKind::kOppose:
        return fr ? check_oppose_fr() : nl ? check_oppose_nl() : std::string_view();
      case ListKind::kAbstain:
        return fr ? check_abstain_fr() : nl ? check_abstain_nl() : std::string_view();
      case ListKind::kVerbForms:
        return fr ? check_forms_fr() : nl ? check_forms_nl() : std::string_view();
      default:
        break;
    }
  }
  return {};
}

}  // namespace

std::vector<std::string_view> WordList(ListKind kind, std::string_view lang) {
  std::vector<std::string_view> words;
  std::string_view text = RawList(kind, lang);
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    words.push_back(line);
  }
  return words;
}

std::vector<std::string_view> PseudoNegations() { return WordList(ListKind::kNegation, "pseudo"); }

std::string_view LangidTrigrams() { return tandem::embedded::langid_trigrams(); }

std::string_view Glossary() { return tandem::embedded::glossary_fr_nl(); }

std::string_view Aliases() { return embedded::aliases(); }

}  // namespace tandem::dictionaries
