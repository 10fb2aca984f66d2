#include "pipeline/check/red_line_checker.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <future>
#include <iterator>
#include <set>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/check/analysed_sentence.h"
#include "pipeline/check/sentence_reading.h"
#include "pipeline/qa/bead_checker.h"
#include "pipeline/qa/numbers.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/sentences.h"

namespace tandem::check {
namespace {

using redlines::Dossier;
using redlines::Rule;
using redlines::RuleKind;
using redlines::Severity;

std::string Quote(Language language, std::string_view text) {
  return language == Language::kFrench ? fmt::format("« {} »", text) : fmt::format("‘{}’", text);
}

std::string AgreedIn(const Rule& rule, Language language) {
  const auto texts = Rule::In(rule.agreed, language);
  return texts.empty() ? "" : texts.front();
}

// A rule's wordings in one language, as content-word patterns.
struct Patterns {
  std::vector<std::string> texts;
  std::vector<std::vector<WordForm>> forms;
};

Patterns PatternsOf(const std::vector<redlines::Wording>& wordings, Language language, bool content_only) {
  Patterns p;
  for (const std::string& text : Rule::In(wordings, language)) {
    auto forms = PhraseForms(text, language, content_only);
    if (forms.empty()) continue;
    p.texts.push_back(text);
    p.forms.push_back(std::move(forms));
  }
  return p;
}

// A rule's patterns in one language, made once per check, not per sentence.
struct CompiledRule {
  const Rule* rule = nullptr;
  size_t index = 0;  // among all the rules of all the dossiers
  Patterns wordings;      // claims, subjects, quantities, or term's use (content words)
  Patterns avoid, except;  // term: every word, matched in a row
};

struct CompiledDossier {
  const Dossier* dossier = nullptr;
  bool has_topic = false;  // some topic word in this language
  std::vector<std::vector<WordForm>> topic;
  std::vector<CompiledRule> rules;
};

std::vector<CompiledDossier> Compile(const std::vector<Dossier>& dossiers, Language language) {
  std::vector<CompiledDossier> compiled;
  size_t index = 0;
  for (const Dossier& dossier : dossiers) {
    CompiledDossier c;
    c.dossier = &dossier;
    c.topic = PatternsOf(dossier.topic, language, true).forms;
    c.has_topic = std::any_of(dossier.topic.begin(), dossier.topic.end(),
                              [&](const redlines::Wording& w) { return w.language == language; });
    for (const Rule& rule : dossier.rules) {
      CompiledRule r;
      r.rule = &rule;
      r.index = index++;
      r.wordings = PatternsOf(rule.wordings, language, true);
      r.avoid = PatternsOf(rule.avoid, language, false);
      r.except = PatternsOf(rule.except, language, false);
      c.rules.push_back(std::move(r));
    }
    compiled.push_back(std::move(c));
  }
  return compiled;
}

// Byte ranges of `tokens`, neighbours joined ("s'oppose à" is one mark).
std::vector<std::pair<size_t, size_t>> Marks(const AnalysedSentence& s, std::vector<size_t> tokens) {
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  std::vector<std::pair<size_t, size_t>> marks;
  for (size_t i : tokens) {
    if (!marks.empty() && i > 0 && marks.back().second == s.tokens[i - 1].end &&
        std::find(tokens.begin(), tokens.end(), i - 1) != tokens.end()) {
      marks.back().second = s.tokens[i].end;
    } else {
      marks.emplace_back(s.tokens[i].begin, s.tokens[i].end);
    }
  }
  return marks;
}

// A number of the sentence with its unit, read in French or Dutch notation.
struct Amount {
  double value = 0;
  std::string unit;  // "EUR", "%" or ""
  std::string text;
  size_t begin = 0, end = 0;
};

bool IsEuroWord(const std::string& folded) {
  return folded == "eur" || folded == "euro" || folded == "euros" || folded == "€";
}

std::vector<Amount> AmountsOf(const std::string& sentence) {
  std::vector<Amount> amounts;
  for (const qa::Quantity& q : qa::FindQuantities(sentence)) {
    if (q.value.rfind("month:", 0) == 0) continue;
    Amount a;
    a.begin = q.begin;
    a.end = q.end;
    std::string value = q.value;
    if (!value.empty() && value.back() == '%') {
      a.unit = "%";
      value.pop_back();
    }
    if (value.find_first_not_of("0123456789.") != std::string::npos || std::count(value.begin(), value.end(), '.') > 1) {
      continue;  // a section number or a label
    }
    a.value = std::strtod(value.c_str(), nullptr);
    if (a.unit.empty()) {
      // "€ 200 millions", "200 miljoen EUR", "1,5 milliard d'euros"
      const std::string before = text::FoldForMatching(sentence.substr(q.begin >= 4 ? q.begin - 4 : 0, std::min<size_t>(q.begin, 4)));
      std::string after = text::FoldForMatching(sentence.substr(q.end, 12));
      for (char& c : after) {
        if (c == '\'' || c == ',' || c == '.') c = ' ';
      }
      if (before.find("\xE2\x82\xAC") != std::string::npos || before.find("eur") != std::string::npos ||
          after.find("\xE2\x82\xAC") != std::string::npos) {
        a.unit = "EUR";
      }
      size_t i = after.find_first_not_of(' ');
      if (i != std::string::npos && after.compare(i, 2, "d ") == 0) i += 2;  // d'euros
      if (i != std::string::npos) {
        const size_t word_end = after.find(' ', i);
        if (IsEuroWord(after.substr(i, word_end == std::string::npos ? std::string::npos : word_end - i))) a.unit = "EUR";
      }
      // A year alone ("en 2025") is not an amount.
      if (a.unit.empty() && a.value >= 1900 && a.value <= 2100 && value.find('.') == std::string::npos &&
          q.text.size() == 4) {
        continue;
      }
    }
    a.text = q.text;
    amounts.push_back(a);
  }
  return amounts;
}

std::string FormatNumber(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    std::string digits = fmt::format("{:.0f}", v), out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(' ');
      out.push_back(digits[i]);
    }
    return out;
  }
  return fmt::format("{}", v);
}

class SideChecker {
 public:
  SideChecker(const DraftSide& side, const std::vector<CompiledDossier>& dossiers, std::vector<Finding>* out)
      : side_(side), dossiers_(dossiers), out_(out) {}

  void Run() {
    // Per dossier: whether the draft is about it (no topic: always), and whether each require is met.
    std::vector<bool> about;
    for (const CompiledDossier& d : dossiers_) about.push_back(!d.has_topic);
    size_t rule_count = 0;
    for (const CompiledDossier& d : dossiers_) rule_count += d.rules.size();
    std::vector<bool> addressed(rule_count, false);  // require: stated, or its negation reported (no whole-draft finding)
    for (size_t b = 0; b < side_.blocks.size(); ++b) {
      for (std::string_view sentence_text : text::SplitSentences(side_.blocks[b].text, side_.language)) {
        const AnalysedSentence s = Analyse(sentence_text, side_.language);
        for (size_t d = 0; d < dossiers_.size(); ++d) {
          for (size_t t = 0; t < dossiers_[d].topic.size() && !about[d]; ++t) about[d] = MatchAll(s, dossiers_[d].topic[t]).has_value();
          for (const CompiledRule& rule : dossiers_[d].rules) {
            if (CheckRule(*dossiers_[d].dossier, rule, s, side_.numbers[b])) addressed[rule.index] = true;
          }
        }
      }
    }
    for (size_t d = 0; d < dossiers_.size(); ++d) {
      if (!about[d]) continue;
      for (const CompiledRule& compiled : dossiers_[d].rules) {
        const Rule& rule = *compiled.rule;
        if (rule.kind != RuleKind::kRequire || addressed[compiled.index]) continue;
        const auto& claims = compiled.wordings.texts;
        Finding f = Base(*dossiers_[d].dossier, rule, 0);
        f.message = fmt::format("the draft never states {}", Quote(side_.language, claims.empty() ? rule.id : claims.front()));
        out_->push_back(std::move(f));
      }
    }
  }

 private:
  Finding Base(const Dossier& dossier, const Rule& rule, size_t paragraph) const {
    Finding f;
    f.rule = rule.id;
    f.kind = std::string(redlines::RuleKindName(rule.kind));
    f.severity = rule.severity;
    f.dossier = dossier.id;
    f.file = side_.file;
    f.language = side_.language;
    f.paragraph = paragraph;
    f.agreed = AgreedIn(rule, side_.language);
    return f;
  }

  void Report(const Dossier& dossier, const Rule& rule, const AnalysedSentence& s, size_t paragraph,
              const std::vector<size_t>& tokens, std::string message) {
    Finding f = Base(dossier, rule, paragraph);
    f.sentence = s.text;
    f.marks = Marks(s, tokens);
    f.message = std::move(message);
    out_->push_back(std::move(f));
  }

  // Reports what `s` does against `compiled`; true when it addresses a
  // require rule (states the claim, or negates it and that is reported).
  bool CheckRule(const Dossier& dossier, const CompiledRule& compiled, const AnalysedSentence& s, size_t paragraph) {
    const Rule& rule = *compiled.rule;
    const Language lang = side_.language;
    switch (rule.kind) {
      case RuleKind::kForbid:
      case RuleKind::kRequire: {
        const Patterns& claims = compiled.wordings;
        for (size_t i = 0; i < claims.forms.size(); ++i) {
          auto span = MatchAll(s, claims.forms[i]);
          if (!span || VoiceOf(s, *span) == Voice::kOther) continue;
          const bool negated = IsNegated(s, *span);
          if (rule.kind == RuleKind::kForbid && !negated) {
            Report(dossier, rule, s, paragraph, *span, fmt::format("asserts {}, which Belgium refuses", Quote(lang, claims.texts[i])));
            return false;
          }
          if (rule.kind == RuleKind::kRequire) {
            if (negated) {
              Report(dossier, rule, s, paragraph, *span, fmt::format("negates {}, which Belgium must state", Quote(lang, claims.texts[i])));
            }
            return true;
          }
        }
        return false;
      }
      case RuleKind::kStance: {
        const Patterns& subjects = compiled.wordings;
        for (size_t i = 0; i < subjects.forms.size(); ++i) {
          auto span = MatchAll(s, subjects.forms[i]);
          if (!span) continue;
          auto reading = StanceOn(s, *span);
          if (!reading) continue;
          if (reading->stance != rule.stance) {
            std::vector<size_t> marked = *span;
            for (size_t t = reading->cue.first; t <= reading->cue.second; ++t) marked.push_back(t);
            Report(dossier, rule, s, paragraph, marked,
                   fmt::format("takes the stance \"{}\" on {}; the agreed stance is \"{}\"", redlines::StanceName(reading->stance),
                               Quote(lang, subjects.texts[i]), redlines::StanceName(rule.stance)));
          }
          return false;
        }
        return false;
      }
      case RuleKind::kLimit: {
        const Patterns& quantities = compiled.wordings;
        for (size_t i = 0; i < quantities.forms.size(); ++i) {
          auto span = MatchAll(s, quantities.forms[i]);
          if (!span || VoiceOf(s, *span) == Voice::kOther) continue;
          // The amount nearest to the quantity's words, in one of their clauses.
          std::set<int> clauses;
          size_t anchor = 0;
          for (size_t t : *span) clauses.insert(s.tokens[t].clause), anchor = std::max(anchor, s.tokens[t].end);
          const Amount* nearest = nullptr;
          size_t best = SIZE_MAX;
          const auto amounts = AmountsOf(s.text);
          for (const Amount& a : amounts) {
            if (!rule.unit.empty() && a.unit != rule.unit) continue;
            if (rule.unit.empty() && a.unit == "%") continue;
            int clause = -1;
            for (const Token& t : s.tokens) {
              if (t.begin <= a.begin) clause = t.clause;
            }
            if (!clauses.count(clause)) continue;
            const size_t distance = a.begin >= anchor ? a.begin - anchor : anchor - a.end;
            if (distance < best) best = distance, nearest = &a;
          }
          if (nearest == nullptr) continue;
          const bool low = rule.min && nearest->value < *rule.min, high = rule.max && nearest->value > *rule.max;
          if (low || high) {
            std::vector<std::pair<size_t, size_t>> marks = Marks(s, *span);
            marks.emplace_back(nearest->begin, nearest->end);
            std::sort(marks.begin(), marks.end());
            Finding f = Base(dossier, rule, paragraph);
            f.sentence = s.text;
            f.marks = marks;
            const std::string unit = rule.unit.empty() ? "" : rule.unit == "%" ? " %" : " " + rule.unit;
            f.message = fmt::format("{}: {} is {} the agreed {} of {}{}", quantities.texts[i], nearest->text,
                                    high ? "above" : "below", high ? "maximum" : "minimum",
                                    FormatNumber(high ? *rule.max : *rule.min), unit);
            out_->push_back(std::move(f));
          }
          return false;
        }
        return false;
      }
      case RuleKind::kTerm: {
        const Patterns& avoid = compiled.avoid;
        const Patterns& except = compiled.except;
        std::vector<std::pair<size_t, size_t>> excepted;
        for (const auto& forms : except.forms) {
          for (const auto& run : MatchRuns(s, forms)) excepted.push_back(run);
        }
        const std::vector<std::string>& use = compiled.wordings.texts;
        for (size_t i = 0; i < avoid.forms.size(); ++i) {
          std::vector<std::pair<size_t, size_t>> runs = MatchRuns(s, avoid.forms[i]);
          // A one-word Dutch term also inside a compound ("ontwikkelingssamenwerkingsbeleid").
          if (avoid.forms[i].size() == 1 && avoid.forms[i][0].folded.size() >= 8) {
            for (size_t t = 0; t < s.tokens.size(); ++t) {
              if (s.tokens[t].folded.size() > avoid.forms[i][0].folded.size() &&
                  s.tokens[t].folded.find(avoid.forms[i][0].folded) != std::string::npos &&
                  std::find(runs.begin(), runs.end(), std::make_pair(t, t)) == runs.end()) {
                runs.emplace_back(t, t);
              }
            }
          }
          for (const auto& [a, b] : runs) {
            const bool inside = std::any_of(excepted.begin(), excepted.end(),
                                            [a = a, b = b](const auto& e) { return e.first <= a && b <= e.second; });
            if (inside) continue;
            std::vector<size_t> tokens;
            for (size_t t = a; t <= b; ++t) tokens.push_back(t);
            const std::string as_written = s.text.substr(s.tokens[a].begin, s.tokens[b].end - s.tokens[a].begin);
            Report(dossier, rule, s, paragraph, tokens,
                   use.empty() ? fmt::format("{} is no longer used", Quote(lang, as_written))
                               : fmt::format("{} is no longer used: write {}", Quote(lang, as_written), Quote(lang, use.front())));
          }
        }
        return false;
      }
    }
    return false;
  }

  const DraftSide& side_;
  const std::vector<CompiledDossier>& dossiers_;
  std::vector<Finding>* out_;
};

// Stances Belgium takes in a paragraph: bit 1 support, bit 2 oppose, bit 4 abstain.
int StancesIn(const std::string& paragraph, Language language) {
  int found = 0;
  for (std::string_view sentence : text::SplitSentences(paragraph, language)) {
    for (redlines::Stance stance : OwnStances(Analyse(sentence, language))) {
      if (stance == redlines::Stance::kSupport) found |= 1;
      if (stance == redlines::Stance::kOppose) found |= 2;
      if (stance == redlines::Stance::kAbstain) found |= 4;
    }
  }
  return found;
}

void CheckParity(const DraftSide& fr, const DraftSide& nl, std::vector<Finding>* out) {
  Stream fr_stream{Language::kFrench, fr.blocks}, nl_stream{Language::kDutch, nl.blocks};
  const auto beads = align::AlignParagraphs(fr.blocks, nl.blocks);
  const auto flags = qa::CheckBeads(fr_stream, nl_stream, beads);
  for (size_t i = 0; i < beads.size(); ++i) {
    const align::Bead& bead = beads[i];
    const bool has_fr = bead.fr_count > 0;
    const DraftSide& where = has_fr ? fr : nl;
    const size_t index = has_fr ? bead.fr_begin : bead.nl_begin;
    Finding f;
    f.rule = "parity";
    f.kind = "parity";
    f.file = where.file;
    f.language = where.language;
    f.paragraph = where.numbers[index];
    f.sentence = where.blocks[index].text;
    // One finding a paragraph: its differences joined, blocking if any is.
    f.severity = Severity::kWarning;
    std::vector<std::string> differences;
    bool negation_differs = false;
    for (const qa::Flag& flag : flags[i]) {
      switch (flag.kind) {
        case qa::FlagKind::kOneSided:
          differences.push_back(has_fr ? fmt::format("this paragraph has no Dutch counterpart in {}", nl.file)
                                       : fmt::format("this paragraph has no French counterpart in {}", fr.file));
          break;
        case qa::FlagKind::kNumbers:
        case qa::FlagKind::kNegation:
          differences.push_back(fmt::format("the French and Dutch versions differ: {}", flag.message));
          f.severity = Severity::kBlocking;
          negation_differs |= flag.kind == qa::FlagKind::kNegation;
          break;
        default: break;
      }
    }
    // A polarity difference already says the stances differ.
    if (bead.fr_count > 0 && bead.nl_count > 0 && !negation_differs) {
      const int fr_stance = StancesIn(fr_stream.Text(bead.fr_begin, bead.fr_count), Language::kFrench);
      const int nl_stance = StancesIn(nl_stream.Text(bead.nl_begin, bead.nl_count), Language::kDutch);
      if (fr_stance != 0 && nl_stance != 0 && fr_stance != nl_stance) {
        auto name = [](int stances) {
          std::vector<std::string> names;
          if (stances & 1) names.push_back("support");
          if (stances & 2) names.push_back("opposition");
          if (stances & 4) names.push_back("abstention");
          return fmt::format("{}", fmt::join(names, " and "));
        };
        differences.push_back(fmt::format("the French version expresses {}, the Dutch version {}", name(fr_stance), name(nl_stance)));
        f.severity = Severity::kBlocking;
      }
    }
    if (differences.empty()) continue;
    f.message = fmt::format("{}", fmt::join(differences, "; "));
    out->push_back(std::move(f));
  }
}

}  // namespace

size_t CheckReport::blocking() const {
  return static_cast<size_t>(std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::kBlocking; }));
}

size_t CheckReport::warnings() const { return findings.size() - blocking(); }

std::vector<DraftSide> SidesOf(const Document& document, const std::string& file) {
  // Paragraph numbers: rank of each block's ordinal among all the file's blocks.
  std::vector<size_t> ordinals;
  for (const Stream& stream : document.streams) {
    for (const Block& block : stream.blocks) ordinals.push_back(block.ordinal);
  }
  std::sort(ordinals.begin(), ordinals.end());
  std::vector<DraftSide> sides;
  size_t running = 0;
  for (const Stream& stream : document.streams) {
    DraftSide side;
    side.file = file;
    side.language = stream.language;
    side.blocks = stream.blocks;
    for (const Block& block : stream.blocks) {
      ++running;
      const bool known = block.ordinal > 0;
      side.numbers.push_back(known ? static_cast<size_t>(std::lower_bound(ordinals.begin(), ordinals.end(), block.ordinal) -
                                                         ordinals.begin()) + 1
                                   : running);
    }
    sides.push_back(std::move(side));
  }
  return sides;
}

CheckReport CheckDraft(const std::vector<DraftSide>& sides, const std::vector<Dossier>& dossiers, const CheckOptions& options) {
  CheckReport report;
  // Parity (aligning the two sides) runs on a second thread while the rules are checked.
  std::future<std::vector<Finding>> parity;
  if (options.parity) {
    const DraftSide* fr = nullptr;
    const DraftSide* nl = nullptr;
    for (const DraftSide& side : sides) {
      if (side.language == Language::kFrench && !fr) fr = &side;
      if (side.language == Language::kDutch && !nl) nl = &side;
    }
    if (fr && nl) {
      parity = std::async(std::launch::async | std::launch::deferred, [fr, nl] {
        std::vector<Finding> found;
        CheckParity(*fr, *nl, &found);
        return found;
      });
    }
  }
  const std::vector<CompiledDossier> french = Compile(dossiers, Language::kFrench);
  const std::vector<CompiledDossier> dutch = Compile(dossiers, Language::kDutch);
  for (const DraftSide& side : sides) {
    report.paragraphs += side.blocks.size();
    if (side.language == Language::kFrench) SideChecker(side, french, &report.findings).Run();
    if (side.language == Language::kDutch) SideChecker(side, dutch, &report.findings).Run();
  }
  if (parity.valid()) {
    std::vector<Finding> found = parity.get();
    report.findings.insert(report.findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.file, a.paragraph) < std::tie(b.file, b.paragraph);
  });
  return report;
}

}  // namespace tandem::check
