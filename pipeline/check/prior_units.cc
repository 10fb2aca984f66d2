#include "pipeline/check/prior_units.h"

#include <algorithm>

#include "pipeline/check/analysed_sentence.h"
#include "pipeline/check/sentence_reading.h"
#include "pipeline/text/sentences.h"

namespace tandem::check {
namespace {

// Whether sentence `s`, holding the rule's words at `span`, says the rule the agreed way.
bool SaysItTheAgreedWay(const Finding& f, const AnalysedSentence& s,
                        const std::vector<size_t>& span) {
  if (VoiceOf(s, span) == Voice::kOther) return false;
  if (f.kind == "forbid") return IsNegated(s, span);
  if (f.kind == "require") return !IsNegated(s, span);
  if (f.kind == "stance") {
    auto reading = StanceOn(s, span);
    return reading && redlines::StanceName(reading->stance) == f.why.agreed_stance;
  }
  return f.kind == "limit";
}

}  // namespace

std::optional<PriorUnit> PriorSentences(const Finding& f, const std::string& source,
                                        const std::string& unit) {
  if (f.why.wording.empty() || f.kind == "term" || f.kind == "parity") return std::nullopt;
  const auto pattern = PhraseForms(f.why.wording, f.language, true);
  if (pattern.empty()) return std::nullopt;
  PriorUnit prior;
  prior.source = source;
  for (std::string_view sentence : text::SplitSentences(unit, f.language)) {
    const AnalysedSentence s = Analyse(sentence, f.language);
    auto span = MatchAll(s, pattern);
    if (!span || !SaysItTheAgreedWay(f, s, *span)) continue;
    if (!prior.text.empty()) prior.text += " ";
    const size_t offset = prior.text.size();
    prior.text += s.text;
    std::vector<size_t> tokens = *span;
    std::sort(tokens.begin(), tokens.end());
    for (size_t t : tokens)
      prior.marks.emplace_back(offset + s.tokens[t].begin, offset + s.tokens[t].end);
    if (prior.marks.size() > 24) break;
  }
  if (prior.text.empty()) return std::nullopt;
  return prior;
}

std::vector<PriorUnit> ClosestPriors(const CheckReport& report, index::Searcher& searcher) {
  std::vector<PriorUnit> priors(report.findings.size());
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    if (f.why.wording.empty() || f.kind == "term" || f.kind == "parity") continue;
    index::SearchRequest request;
    request.like = f.agreed.empty() ? f.why.wording : f.why.wording + ". " + f.agreed;
    request.language = f.language;
    request.cross_lingual = false;
    request.facets = false;
    request.limit = 10;
    request.time_budget = 0;  // a report must not depend on the machine's load
    auto results = searcher.Search(request);
    if (!results) continue;
    for (const index::Hit& hit : results->hits) {
      bool found = false;
      for (const index::HitText& text : hit.texts) {
        if (text.language != f.language) continue;
        if (auto prior = PriorSentences(f, hit.source, text.text)) {
          priors[i] = std::move(*prior);
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }
  return priors;
}

}  // namespace tandem::check
