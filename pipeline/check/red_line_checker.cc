#include "pipeline/check/red_line_checker.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <future>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "pipeline/align/paragraph_aligner.h"
#include "pipeline/check/analysed_sentence.h"
#include "pipeline/check/sentence_reading.h"
#include "pipeline/lexicon/lexicon.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/qa/bead_checker.h"
#include "pipeline/qa/numbers.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/sentences.h"
#include "pipeline/text/words.h"

namespace tandem::check {
namespace {

using redlines::Dossier;
using redlines::Rule;
using redlines::RuleKind;
using redlines::Severity;

std::string Quote(Language language, std::string_view text) {
  return language == Language::kFrench ? fmt::format("« {} »", text) : fmt::format("‘{}’", text);
}

// A message in both languages.
struct Said {
  std::string fr, nl;
};

std::string StanceWord(redlines::Stance stance, Language language) {
  const bool nl = language == Language::kDutch;
  switch (stance) {
    case redlines::Stance::kSupport:
      return nl ? "steun" : "soutien";
    case redlines::Stance::kOppose:
      return nl ? "verzet" : "opposition";
    case redlines::Stance::kAbstain:
      return nl ? "onthouding" : "abstention";
  }
  return "";
}

// The words of tokens `at` as written: neighbours joined, words apart with " … ".
std::string WordsOf(const AnalysedSentence& s, std::vector<size_t> at) {
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  std::string out;
  size_t run_begin = SIZE_MAX, run_end = 0, previous = SIZE_MAX;
  auto flush = [&] {
    if (run_begin == SIZE_MAX) return;
    if (!out.empty()) out += " … ";
    out += s.text.substr(run_begin, run_end - run_begin);
  };
  for (size_t i : at) {
    if (i >= s.tokens.size()) continue;
    if (previous != SIZE_MAX && i == previous + 1) {
      run_end = s.tokens[i].end;
    } else {
      flush();
      run_begin = s.tokens[i].begin;
      run_end = s.tokens[i].end;
    }
    previous = i;
  }
  flush();
  return out;
}

std::vector<CueEvidence> EvidenceOf(const AnalysedSentence& s, const std::vector<CueRead>& cues) {
  std::vector<CueEvidence> out;
  for (const CueRead& c : cues)
    out.push_back(CueEvidence{WordsOf(s, c.tokens), std::string(CueKindName(c.kind)), c.counted});
  return out;
}

// Each matched token as written, in sentence order.
std::vector<std::string> MatchedWords(const AnalysedSentence& s, std::vector<size_t> tokens) {
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  std::vector<std::string> words;
  for (size_t t : tokens)
    words.push_back(s.text.substr(s.tokens[t].begin, s.tokens[t].end - s.tokens[t].begin));
  return words;
}

std::string AgreedIn(const Rule& rule, Language language) {
  const auto texts = Rule::In(rule.agreed, language);
  return texts.empty() ? "" : texts.front();
}

// A rule's wordings in one language, as content-word patterns.
struct Patterns {
  std::vector<std::string> texts;
  std::vector<std::vector<WordForm>> forms;
  // The negation words of each wording itself ("réexportation sans
  // certificat", "niet-permanente leden"): part of what is named, not a
  // negation of it.
  std::vector<std::vector<std::string>> negation_words;
};

Patterns PatternsOf(const std::vector<redlines::Wording>& wordings, Language language,
                    bool content_only) {
  Patterns p;
  for (const std::string& text : Rule::In(wordings, language)) {
    auto forms = PhraseForms(text, language, content_only);
    if (forms.empty()) continue;
    static const std::set<std::string> kNegationWords = {
        "sans", "zonder", "non", "niet", "ni", "pas", "geen", "jamais", "nooit", "aucun", "aucune"};
    std::vector<std::string> negation_words;
    for (const WordForm& w : PhraseForms(text, language, false)) {
      if (kNegationWords.count(w.folded)) negation_words.push_back(w.folded);
    }
    p.texts.push_back(text);
    p.forms.push_back(std::move(forms));
    p.negation_words.push_back(std::move(negation_words));
  }
  return p;
}

// A rule's patterns in one language, made once per check, not per sentence.
struct CompiledRule {
  const Rule* rule = nullptr;
  size_t index = 0;        // among all the rules of all the dossiers
  Patterns wordings;       // claims, subjects, quantities, or term's use (content words)
  Patterns avoid, except;  // term: every word, matched in a row
};

struct CompiledDossier {
  const Dossier* dossier = nullptr;
  bool has_topic = false;  // some topic word in this language
  Patterns topic;
  std::vector<CompiledRule> rules;
};

std::vector<CompiledDossier> Compile(const std::vector<Dossier>& dossiers, Language language) {
  std::vector<CompiledDossier> compiled;
  size_t index = 0;
  for (const Dossier& dossier : dossiers) {
    CompiledDossier c;
    c.dossier = &dossier;
    c.topic = PatternsOf(dossier.topic, language, true);
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
std::vector<std::pair<size_t, size_t>> Marks(const AnalysedSentence& s,
                                             std::vector<size_t> tokens) {
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
    if (value.find_first_not_of("0123456789.") != std::string::npos ||
        std::count(value.begin(), value.end(), '.') > 1) {
      continue;  // a section number or a label
    }
    a.value = std::strtod(value.c_str(), nullptr);
    if (a.unit.empty()) {
      // "€ 200 millions", "200 miljoen EUR", "1,5 milliard d'euros"
      const std::string before = text::FoldForMatching(
          sentence.substr(q.begin >= 4 ? q.begin - 4 : 0, std::min<size_t>(q.begin, 4)));
      std::string after = text::FoldForMatching(sentence.substr(q.end, 12));
      for (char& c : after) {
        if (c == '\'' || c == ',' || c == '.') c = ' ';
      }
      if (before.find("\xE2\x82\xAC") != std::string::npos ||
          before.find("eur") != std::string::npos ||
          after.find("\xE2\x82\xAC") != std::string::npos) {
        a.unit = "EUR";
      }
      size_t i = after.find_first_not_of(' ');
      if (i != std::string::npos && after.compare(i, 2, "d ") == 0) i += 2;  // d'euros
      if (i != std::string::npos) {
        const size_t word_end = after.find(' ', i);
        if (IsEuroWord(
                after.substr(i, word_end == std::string::npos ? std::string::npos : word_end - i)))
          a.unit = "EUR";
      }
      // A year alone ("en 2025") is not an amount.
      if (a.unit.empty() && a.value >= 1900 && a.value <= 2100 &&
          value.find('.') == std::string::npos && q.text.size() == 4) {
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

// Whether sentence word `w` is topic word `t` (folded forms): the word
// itself, inflected ("élargissements", "Oekraïne's"), a Dutch compound built on
// it ("uitbreidingsbeleid", "EU-uitbreiding"), or a name's demonym
// ("ukrainiens"); not a word that merely shares its stem ("élargir" for
// "élargissement", "crimes" for "Crimée", "krimpt" for "Krim").
bool IsTopicWord(const WordForm& w, const WordForm& t, Language language) {
  if (w.folded == t.folded) return true;
  if (!w.family.empty() && w.family == t.family) return true;
  auto ends_in = [](std::string_view rest, std::initializer_list<std::string_view> endings) {
    return std::find(endings.begin(), endings.end(), rest) != endings.end();
  };
  const std::string& a = w.folded;
  const std::string& b = t.folded;
  const bool nl = language == Language::kDutch;
  // Inflection, either way ("pays candidats" / "pays candidat").
  for (const auto& [longer, shorter] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
    if (shorter->size() >= 3 && longer->size() > shorter->size() &&
        longer->compare(0, shorter->size(), *shorter) == 0) {
      const std::string_view rest = std::string_view(*longer).substr(shorter->size());
      if (nl ? ends_in(rest, {"s", "en", "n", "e", "es"}) : ends_in(rest, {"s", "x", "e", "es"}))
        return true;
    }
  }
  if (b.size() >= 5) {
    // A Dutch compound: the topic word as its head or its first part ("uitbreidingsbeleid").
    if (nl && a.size() > b.size() + 2 &&
        (a.compare(a.size() - b.size(), b.size(), b) == 0 ||
         (a.compare(0, b.size(), b) == 0 && a[b.size()] == 's'))) {
      return true;
    }
    // A demonym of a name ending in a vowel: "ukraine" -> "ukrainien(ne)(s)".
    const std::string root = (b.back() == 'e' || b.back() == 'a') ? b.substr(0, b.size() - 1) : b;
    if (a.size() > root.size() && a.compare(0, root.size(), root) == 0) {
      const std::string_view rest = std::string_view(a).substr(root.size());
      if (!nl && ends_in(rest, {"ien", "ienne", "iens", "iennes", "en", "enne", "ens", "ennes",
                                "ais", "aise", "aises"}))
        return true;
      if (nl && ends_in(rest, {"s", "se", "ische", "isch"})) return true;
    }
  }
  return false;
}

// The tokens of `s` that are the words of topic phrase `topic`, one each, or nullopt.
std::optional<std::vector<size_t>> TopicMatch(const AnalysedSentence& s,
                                              const std::vector<WordForm>& topic) {
  std::vector<size_t> hits;
  for (const WordForm& t : topic) {
    bool found = false;
    for (size_t i = 0; i < s.tokens.size() && !found; ++i) {
      if (std::find(hits.begin(), hits.end(), i) != hits.end()) continue;
      // A Dutch compound split at its hyphen ("kandidaat-lidstaten"): the parts in a row.
      if (IsTopicWord(s.tokens[i], t, s.language)) {
        hits.push_back(i);
        found = true;
      }
    }
    if (!found) return std::nullopt;
  }
  return hits;
}

// Whether a topic entry names its subject unambiguously: a name or acronym
// (an upper-case letter: "Taïwan", "TNP", "Arctique"), or a phrase of several
// content words ("dissuasion nucléaire"). A single common word ("migration",
// "élargissement", "veto") is weak: one alone does not make a draft about the
// dossier.
bool IsStrongTopic(const std::string& text, const std::vector<WordForm>& forms) {
  if (forms.size() >= 2) return true;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') return true;
    if (c == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) return true;  // À..Þ
    }
  }
  return false;
}

// The tokens between the span's first and last words that are negation
// words of the wording itself.
std::vector<size_t> WordingNegations(const AnalysedSentence& s, const std::vector<size_t>& span,
                                     const std::vector<std::string>& words) {
  std::vector<size_t> out;
  if (span.empty() || words.empty()) return out;
  const size_t first = *std::min_element(span.begin(), span.end());
  const size_t last = *std::max_element(span.begin(), span.end());
  for (size_t i = first; i <= last; ++i) {
    if (std::find(words.begin(), words.end(), s.tokens[i].folded) != words.end()) out.push_back(i);
  }
  return out;
}

// A question asserts nothing ("La Belgique reconnaîtra-t-elle … ?", "Vraag: Erkent België … ?").
bool IsQuestion(const AnalysedSentence& s) {
  const size_t end = s.text.find_last_not_of(" \t\n\r");
  return end != std::string::npos && s.text[end] == '?';
}

// Whether a counted negation of `negation` bears on the span itself: no
// other content word between the cue and the span's words ("ne défend plus
// l'intégrité", "verdedigt de integriteit niet"), unlike a negation of
// another object ("ne reconnaîtra aucune modification des frontières",
// "reste exclu dans le cadre de notre politique").
bool NegationGoverns(const AnalysedSentence& s, const std::vector<size_t>& span,
                     const std::vector<CueRead>& cues) {
  if (span.empty()) return false;
  const size_t first = *std::min_element(span.begin(), span.end());
  const size_t last = *std::max_element(span.begin(), span.end());
  auto content_between = [&](size_t a, size_t b) {  // exclusive
    size_t n = 0;
    for (size_t i = a + 1; i < b; ++i) {
      if (std::find(span.begin(), span.end(), i) == span.end() &&
          !IsStopword(s.tokens[i].folded, s.language))
        ++n;
    }
    return n;
  };
  for (const CueRead& c : cues) {
    if (!c.counted || c.tokens.empty()) continue;
    const size_t cue_first = *std::min_element(c.tokens.begin(), c.tokens.end());
    const size_t cue_last = *std::max_element(c.tokens.begin(), c.tokens.end());
    if (cue_last < first && content_between(cue_last, first) == 0) return true;
    if (cue_first > last && content_between(last, cue_first) == 0) return true;
    if (cue_first >= first && cue_last <= last) return true;
  }
  return false;
}

// Whether what `words` say is told as past: a year frame ("En 2019,", "In
// 2016") with a past tense (French "avait", "a reconnu"; Dutch "had",
// "werd", "erkende") — history, not the position now.
bool ToldAsPast(const AnalysedSentence& s, const std::vector<size_t>& words) {
  bool year = false;
  for (size_t i = 1; i < s.tokens.size(); ++i) {
    const std::string& w = s.tokens[i].folded;
    const std::string& before = s.tokens[i - 1].folded;
    if (w.size() == 4 && w.find_first_not_of("0123456789") == std::string::npos &&
        (w[0] == '1' || w[0] == '2') && (before == "en" || before == "in")) {
      year = true;
    }
  }
  if (!year) return false;
  static const std::set<std::string> kFrench = {"avait", "avaient", "avions", "eut",    "eurent",
                                                "fut",   "furent",  "etait",  "etaient"};
  static const std::set<std::string> kDutch = {"had", "hadden", "was", "waren", "werd", "werden"};
  const bool nl = s.language == Language::kDutch;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if ((nl ? kDutch : kFrench).count(s.tokens[i].folded)) return true;
  }
  auto ends = [](const std::string& w, std::string_view e) {
    return w.size() > e.size() + 3 && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  for (size_t i : words) {
    const std::string& w = s.tokens[i].folded;
    if (nl && (ends(w, "de") || ends(w, "te") || ends(w, "den") || ends(w, "ten"))) return true;
    // French passé composé: "a reconnu", "ont soutenu".
    if (!nl && i > 0) {
      for (size_t k = i; k-- > 0 && k + 3 > i;) {
        if (s.tokens[k].folded == "a" || s.tokens[k].folded == "ont") return true;
      }
    }
  }
  return false;
}

// Whether `w` is `term` or its singular/plural ("clandestin"/"clandestins",
// "illegalen"/"illegaal" excluded: a vowel change is another word here).
bool IsNumberForm(const WordForm& w, const WordForm& term, Language language) {
  if (w.folded == term.folded) return true;
  if (!w.family.empty() && w.family == term.family) return true;
  const std::string& a = w.folded.size() >= term.folded.size() ? w.folded : term.folded;
  const std::string& b = w.folded.size() >= term.folded.size() ? term.folded : w.folded;
  if (b.size() < 4 || a.compare(0, b.size(), b) != 0) return false;
  const std::string_view rest = std::string_view(a).substr(b.size());
  if (language == Language::kDutch) return rest == "s" || rest == "en" || rest == "'s";
  return rest == "s" || rest == "x";
}

// Whether tokens [a, b] are quoted: a wording mentioned, to be replaced or
// rejected (« territoires disputés », „illegale migranten”), is not used.
bool Quoted(const AnalysedSentence& s, size_t a, size_t b) {
  static const std::vector<std::string_view> kOpen = {"\xC2\xAB", "\xE2\x80\x9E", "\xE2\x80\x9C",
                                                      "\"",       "\xE2\x80\x98", "'"};
  static const std::vector<std::string_view> kClose = {"\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x9C",
                                                       "\"",       "\xE2\x80\x99", "'"};
  auto trim_back = [](std::string_view v) {
    for (;;) {
      if (!v.empty() && v.back() == ' ')
        v.remove_suffix(1);
      else if (v.size() >= 2 && v.substr(v.size() - 2) == "\xC2\xA0")
        v.remove_suffix(2);
      else if (v.size() >= 3 && v.substr(v.size() - 3) == "\xE2\x80\xAF")
        v.remove_suffix(3);
      else
        return v;
    }
  };
  auto trim_front = [](std::string_view v) {
    for (;;) {
      if (!v.empty() && v.front() == ' ')
        v.remove_prefix(1);
      else if (v.substr(0, 2) == "\xC2\xA0")
        v.remove_prefix(2);
      else if (v.substr(0, 3) == "\xE2\x80\xAF")
        v.remove_prefix(3);
      else
        return v;
    }
  };
  const std::string_view before = trim_back(std::string_view(s.text).substr(0, s.tokens[a].begin));
  const std::string_view after = trim_front(std::string_view(s.text).substr(s.tokens[b].end));
  bool opened = false, closed = false;
  for (std::string_view q : kOpen)
    opened |= before.size() >= q.size() && before.substr(before.size() - q.size()) == q;
  for (std::string_view q : kClose)
    closed |= after.size() >= q.size() && after.substr(0, q.size()) == q;
  return opened && closed;
}

class SideChecker {
 public:
  SideChecker(const DraftSide& side, const std::vector<CompiledDossier>& dossiers,
              std::vector<Finding>* out)
      : side_(side), dossiers_(dossiers), out_(out) {}

  void Run() {
    // Per dossier: the words that make the draft about it (none needed
    // without a topic), and whether each require is met.
    std::vector<std::vector<TopicEvidence>> topic_words(dossiers_.size());
    std::vector<bool> strong_topic(dossiers_.size(), false);
    size_t rule_count = 0;
    for (const CompiledDossier& d : dossiers_) rule_count += d.rules.size();
    std::vector<bool> addressed(
        rule_count, false);  // require: stated, or its negation reported (no whole-draft finding)
    for (size_t b = 0; b < side_.blocks.size(); ++b) {
      for (std::string_view sentence_text :
           text::SplitSentences(side_.blocks[b].text, side_.language)) {
        const AnalysedSentence s = Analyse(sentence_text, side_.language);
        for (size_t d = 0; d < dossiers_.size(); ++d) {
          const Patterns& topic = dossiers_[d].topic;
          for (size_t t = 0; t < topic.forms.size() && topic_words[d].size() < 6; ++t) {
            auto hit = TopicMatch(s, topic.forms[t]);
            if (!hit) continue;
            if (IsStrongTopic(topic.texts[t], topic.forms[t])) strong_topic[d] = true;
            const std::string words = WordsOf(s, *hit);
            const bool known =
                std::any_of(topic_words[d].begin(), topic_words[d].end(),
                            [&](const TopicEvidence& e) { return e.topic == topic.texts[t]; });
            if (!known)
              topic_words[d].push_back(
                  TopicEvidence{words, topic.texts[t], side_.file, side_.numbers[b]});
          }
          for (const CompiledRule& rule : dossiers_[d].rules) {
            if (CheckRule(*dossiers_[d].dossier, rule, s, side_.numbers[b]))
              addressed[rule.index] = true;
          }
        }
      }
    }
    for (size_t d = 0; d < dossiers_.size(); ++d) {
      // About the dossier: a name or a phrase of its topic, or two of its
      // topic's common words ("migration" alone may be a data migration,
      // "élargissement" the Security Council's, "veto" the EU Council's).
      if (dossiers_[d].has_topic && !strong_topic[d] && topic_words[d].size() < 2) continue;
      for (const CompiledRule& compiled : dossiers_[d].rules) {
        const Rule& rule = *compiled.rule;
        if (rule.kind != RuleKind::kRequire || addressed[compiled.index]) continue;
        const auto& claims = compiled.wordings.texts;
        const std::string claim = claims.empty() ? rule.id : claims.front();
        Finding f = Base(*dossiers_[d].dossier, rule, 0);
        f.why.wording = claim;
        f.why.topic = topic_words[d];
        SetMessage(
            &f, {fmt::format("le projet n'affirme nulle part {}", Quote(Language::kFrench, claim)),
                 fmt::format("het ontwerp stelt nergens {}", Quote(Language::kDutch, claim))});
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
    f.version = dossier.agreed;
    f.file = side_.file;
    f.language = side_.language;
    f.paragraph = paragraph;
    f.agreed = AgreedIn(rule, side_.language);
    return f;
  }

  static void SetMessage(Finding* f, Said said) {
    f->message_fr = std::move(said.fr);
    f->message_nl = std::move(said.nl);
  }

  // A finding on sentence `s`: `tokens` marked, `matched` the rule's words in it.
  Finding OnSentence(const Dossier& dossier, const Rule& rule, const AnalysedSentence& s,
                     size_t paragraph, const std::vector<size_t>& tokens,
                     const std::vector<size_t>& matched, const std::string& wording) const {
    Finding f = Base(dossier, rule, paragraph);
    f.sentence = s.text;
    f.marks = Marks(s, tokens);
    f.why.wording = wording;
    f.why.matched = MatchedWords(s, matched);
    return f;
  }

  // Reports what `s` does against `compiled`; true when it addresses a
  // require rule (states the claim, or negates it and that is reported).
  bool CheckRule(const Dossier& dossier, const CompiledRule& compiled, const AnalysedSentence& s,
                 size_t paragraph) {
    const Rule& rule = *compiled.rule;
    switch (rule.kind) {
      case RuleKind::kForbid:
      case RuleKind::kRequire: {
        const Patterns& claims = compiled.wordings;
        for (size_t i = 0; i < claims.forms.size(); ++i) {
          auto span = MatchAll(s, claims.forms[i]);
          if (!span || IsQuestion(s)) continue;
          VoiceReading voice = ReadVoice(s, *span);
          if (voice.voice == Voice::kOther) continue;
          const NegationReading negation =
              ReadNegation(s, *span, WordingNegations(s, *span, claims.negation_words[i]));
          const std::string& claim = claims.texts[i];
          auto explained = [&](Finding f) {
            f.why.cues = EvidenceOf(s, voice.cues);
            const auto cues = EvidenceOf(s, negation.cues);
            f.why.cues.insert(f.why.cues.end(), cues.begin(), cues.end());
            f.why.negations = negation.count;
            return f;
          };
          if (rule.kind == RuleKind::kForbid && !negation.negated) {
            if (ToldAsPast(s, *span)) return false;
            Finding f = explained(OnSentence(dossier, rule, s, paragraph, *span, *span, claim));
            SetMessage(
                &f,
                {fmt::format("affirme {}, que la Belgique refuse", Quote(Language::kFrench, claim)),
                 fmt::format("stelt {}, wat België weigert", Quote(Language::kDutch, claim))});
            out_->push_back(std::move(f));
            return false;
          }
          if (rule.kind == RuleKind::kRequire) {
            if (negation.negated && NegationGoverns(s, *span, negation.cues)) {
              Finding f = explained(OnSentence(dossier, rule, s, paragraph, *span, *span, claim));
              SetMessage(&f, {fmt::format("nie {}, que la Belgique doit affirmer",
                                          Quote(Language::kFrench, claim)),
                              fmt::format("ontkent {}, wat België moet stellen",
                                          Quote(Language::kDutch, claim))});
              out_->push_back(std::move(f));
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
          if (!span || IsQuestion(s)) continue;
          // The subject's own negation words are part of it ("sans certificat").
          std::vector<size_t> subject = *span;
          for (size_t t : WordingNegations(s, *span, subjects.negation_words[i]))
            subject.push_back(t);
          auto reading = StanceOn(s, subject);
          if (!reading) continue;
          std::vector<size_t> cue_tokens;
          for (size_t t = reading->cue.first; t <= reading->cue.second; ++t)
            cue_tokens.push_back(t);
          if (ToldAsPast(s, cue_tokens)) return false;
          if (reading->stance != rule.stance) {
            std::vector<size_t> marked = *span;
            for (size_t t = reading->cue.first; t <= reading->cue.second; ++t) marked.push_back(t);
            Finding f = OnSentence(dossier, rule, s, paragraph, marked, *span, subjects.texts[i]);
            std::vector<size_t> cue;
            for (size_t t = reading->cue.first; t <= reading->cue.second; ++t) cue.push_back(t);
            f.why.cues.push_back(CueEvidence{WordsOf(s, cue), "stance", true});
            const auto cues = EvidenceOf(s, reading->cues);
            f.why.cues.insert(f.why.cues.end(), cues.begin(), cues.end());
            f.why.stance = std::string(redlines::StanceName(reading->stance));
            f.why.agreed_stance = std::string(redlines::StanceName(rule.stance));
            SetMessage(
                &f,
                {fmt::format("prend la position « {} » sur {} ; la position convenue est « {} »",
                             StanceWord(reading->stance, Language::kFrench),
                             Quote(Language::kFrench, subjects.texts[i]),
                             StanceWord(rule.stance, Language::kFrench)),
                 fmt::format(
                     "neemt het standpunt ‘{}’ in over {}; het overeengekomen standpunt is ‘{}’",
                     StanceWord(reading->stance, Language::kDutch),
                     Quote(Language::kDutch, subjects.texts[i]),
                     StanceWord(rule.stance, Language::kDutch))});
            out_->push_back(std::move(f));
          }
          return false;
        }
        return false;
      }
      case RuleKind::kLimit: {
        const Patterns& quantities = compiled.wordings;
        for (size_t i = 0; i < quantities.forms.size(); ++i) {
          auto span = MatchAll(s, quantities.forms[i]);
          if (!span || IsQuestion(s)) continue;
          VoiceReading voice = ReadVoice(s, *span);
          if (voice.voice == Voice::kOther) continue;
          // The amount nearest to the quantity's words, in one of their
          // clauses or the rest of their main clause after an inserted one.
          std::set<int> clauses;
          size_t anchor = 0;
          for (size_t t : *span)
            clauses.insert(s.tokens[t].clause), anchor = std::max(anchor, s.tokens[t].end);
          for (int c : std::set<int>(clauses)) {
            if (const int rest = ContinuationOf(s, c); rest >= 0) clauses.insert(rest);
          }
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
          const bool low = rule.min && nearest->value < *rule.min,
                     high = rule.max && nearest->value > *rule.max;
          // A negated amount is not given ("n'a jamais accepté 20 %"), unless
          // it is a bound whose negation sets one ("geen verrijking boven 3,76 %"
          // accepts up to 3,76 %).
          const NegationReading negation = ReadNegation(s, *span);
          if ((low || high) && negation.negated) {
            const std::string before =
                text::FoldForMatching(s.text.substr(nearest->begin >= 24 ? nearest->begin - 24 : 0,
                                                    std::min<size_t>(nearest->begin, 24)));
            static const char* kBounds[] = {"au-dela",    "au dela",  "plus de",   "superieur",
                                            "au-dessus",  "boven",    "meer dan",  "hoger dan",
                                            "en dessous", "moins de", "inferieur", "onder",
                                            "minder dan"};
            bool bound = false;
            for (const char* b : kBounds) bound |= before.find(b) != std::string::npos;
            if (!bound) continue;
          }
          if (low || high) {
            Finding f = OnSentence(dossier, rule, s, paragraph, *span, *span, quantities.texts[i]);
            f.marks.emplace_back(nearest->begin, nearest->end);
            std::sort(f.marks.begin(), f.marks.end());
            f.why.amount = nearest->text;
            f.why.cues = EvidenceOf(s, voice.cues);
            const std::string unit = rule.unit.empty()  ? ""
                                     : rule.unit == "%" ? " %"
                                                        : " " + rule.unit;
            const std::string bound = FormatNumber(high ? *rule.max : *rule.min) + unit;
            SetMessage(&f, {fmt::format("{} : {} {} {}", quantities.texts[i], nearest->text,
                                        high ? "dépasse le maximum convenu de"
                                             : "est inférieur au minimum convenu de",
                                        bound),
                            fmt::format("{}: {} ligt {} {}", quantities.texts[i], nearest->text,
                                        high ? "boven het overeengekomen maximum van"
                                             : "onder het overeengekomen minimum van",
                                        bound)});
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
        std::vector<std::pair<size_t, size_t>>
            reported;  // one finding per place, whichever wording
        for (size_t i = 0; i < avoid.forms.size(); ++i) {
          std::vector<std::pair<size_t, size_t>> runs;
          if (avoid.forms[i].size() == 1) {
            // One word: itself in the singular or plural ("clandestin(s)",
            // "illegalen"), not another word of its stem (the adjective
            // "illegale", "illegaal").
            for (size_t t = 0; t < s.tokens.size(); ++t) {
              if (IsNumberForm(s.tokens[t], avoid.forms[i][0], s.language)) runs.emplace_back(t, t);
            }
          } else {
            runs = MatchRuns(s, avoid.forms[i], 0, true);
          }
          if (avoid.forms[i].size() == 1 && avoid.forms[i][0].folded.size() >= 8) {
            const std::string& term = avoid.forms[i][0].folded;
            // A one-word term inside a compound ("ontwikkelingssamenwerkingsbeleid"),
            // or written with a hyphen inside ("ontwikkelings-samenwerking",
            // "ontwikkelingssamenwerkings-projecten"): the words joined by
            // hyphens alone, read as one.
            for (size_t t = 0; t < s.tokens.size(); ++t) {
              std::string joined = s.tokens[t].folded;
              for (size_t e = t; e < s.tokens.size(); ++e) {
                if (e > t) {
                  const std::string_view gap = std::string_view(s.text).substr(
                      s.tokens[e - 1].end, s.tokens[e].begin - s.tokens[e - 1].end);
                  if (gap != "-" && gap != "\xE2\x80\x91") break;
                  joined += s.tokens[e].folded;
                }
                if (joined.find(term) == std::string::npos) continue;
                const bool covered = std::any_of(runs.begin(), runs.end(), [&](const auto& r) {
                  return r.first <= t && e <= r.second;
                });
                if (!covered && (e > t || joined.size() > term.size())) runs.emplace_back(t, e);
                break;
              }
            }
          }
          for (const auto& [a, b] : runs) {
            const bool inside = std::any_of(excepted.begin(), excepted.end(), [a = a, b = b](const auto& e) {
              return e.first <= a && b <= e.second;
            });
            if (inside || Quoted(s, a, b)) continue;
            const bool again = std::any_of(reported.begin(), reported.end(), [a = a, b = b](const auto& r) {
              return r.first <= b && a <= r.second;
            });
            if (again) continue;
            reported.emplace_back(a, b);
            std::vector<size_t> tokens;
            for (size_t t = a; t <= b; ++t) tokens.push_back(t);
            const std::string as_written =
                s.text.substr(s.tokens[a].begin, s.tokens[b].end - s.tokens[a].begin);
            Finding f = OnSentence(dossier, rule, s, paragraph, tokens, tokens, avoid.texts[i]);
            if (use.empty()) {
              SetMessage(
                  &f, {fmt::format("{} n'est plus utilisé", Quote(Language::kFrench, as_written)),
                       fmt::format("{} wordt niet meer gebruikt",
                                   Quote(Language::kDutch, as_written))});
            } else {
              SetMessage(&f, {fmt::format("{} n'est plus utilisé : écrire {}",
                                          Quote(Language::kFrench, as_written),
                                          Quote(Language::kFrench, use.front())),
                              fmt::format("{} wordt niet meer gebruikt: schrijf {}",
                                          Quote(Language::kDutch, as_written),
                                          Quote(Language::kDutch, use.front()))});
            }
            out_->push_back(std::move(f));
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

// Numbers written as words ("trois", "drie"), with a scale after them
// ("trois millions", "drie miljoen"): what a digit on the other side may
// translate. "un"/"een" are left out: they are articles far more often.
std::vector<double> NumberWords(const std::string& text, Language language) {
  static const std::map<std::string, double> fr = {
      {"deux", 2},      {"trois", 3},   {"quatre", 4},    {"cinq", 5},      {"six", 6},
      {"sept", 7},      {"huit", 8},    {"neuf", 9},      {"dix", 10},      {"onze", 11},
      {"douze", 12},    {"treize", 13}, {"quatorze", 14}, {"quinze", 15},   {"seize", 16},
      {"vingt", 20},    {"vingts", 20}, {"trente", 30},   {"quarante", 40}, {"cinquante", 50},
      {"soixante", 60}, {"cent", 100},  {"cents", 100},   {"mille", 1000}};
  static const std::map<std::string, double> nl = {
      {"een", 1},      {"twee", 2},       {"drie", 3},      {"vier", 4},       {"vijf", 5},
      {"zes", 6},      {"zeven", 7},      {"acht", 8},      {"negen", 9},      {"tien", 10},
      {"elf", 11},     {"twaalf", 12},    {"dertien", 13},  {"veertien", 14},  {"vijftien", 15},
      {"zestien", 16}, {"zeventien", 17}, {"achttien", 18}, {"negentien", 19}, {"twintig", 20},
      {"dertig", 30},  {"veertig", 40},   {"vijftig", 50},  {"zestig", 60},    {"zeventig", 70},
      {"tachtig", 80}, {"negentig", 90},  {"honderd", 100}, {"duizend", 1000}};
  // Fractions, as percentages ("de moitié" = "50 %", "trois quarts" = "75 procent").
  static const std::map<std::string, double> fractions = {
      {"moitie", 50}, {"helft", 50}, {"quart", 25}, {"quarts", 25}, {"kwart", 25}};
  static const std::map<std::string, double> scales = {{"million", 1e6},   {"millions", 1e6},
                                                       {"miljoen", 1e6},   {"milliard", 1e9},
                                                       {"milliards", 1e9}, {"miljard", 1e9}};
  const bool dutch = language == Language::kDutch;
  const auto& words = dutch ? nl : fr;
  // A Dutch number written as one word ("honderdzestien", "tweeenveertig"):
  // its parts in a row, "en" joining units to tens.
  auto dutch_compound = [&](const std::string& w) -> std::optional<double> {
    double total = 0, current = 0;
    size_t at = 0;
    while (at < w.size()) {
      bool matched = false;
      for (size_t len = std::min<size_t>(9, w.size() - at); len >= 2 && !matched; --len) {
        const std::string part = w.substr(at, len);
        if (part == "en" && current > 0 && current < 10) {
          at += 2;
          matched = true;
          break;
        }
        auto it = nl.find(part);
        if (it == nl.end()) continue;
        if (it->second == 100) {
          current = (current == 0 ? 1 : current) * 100;
        } else if (it->second == 1000) {
          total += (current == 0 ? 1 : current) * 1000;
          current = 0;
        } else {
          current += it->second;
        }
        at += len;
        matched = true;
      }
      if (!matched) return std::nullopt;
    }
    return total + current;
  };
  std::vector<double> values;
  const auto split = text::SplitWords(text);
  for (size_t i = 0; i < split.size(); ++i) {
    const std::string w = text::FoldForMatching(split[i].text);
    if (auto f = fractions.find(w); f != fractions.end()) {
      double n = 1;
      if (i > 0) {
        auto before = words.find(text::FoldForMatching(split[i - 1].text));
        if (before != words.end() && before->second < 10) n = before->second;
      }
      values.push_back(n * f->second);
      continue;
    }
    std::optional<double> value;
    size_t last = i;
    if (auto it = words.find(w); it != words.end() && w != "een") {
      // French: a run of number words ("cent seize", "quatre vingt").
      double total = it->second == 1000 ? 1000 : 0, current = it->second == 1000 ? 0 : it->second;
      while (!dutch && last + 1 < split.size()) {
        auto next = words.find(text::FoldForMatching(split[last + 1].text));
        if (next == words.end()) break;
        if (next->second == 100) {
          current = (current == 0 ? 1 : current) * 100;
        } else if (next->second == 1000) {
          total += (current == 0 ? 1 : current) * 1000;
          current = 0;
        } else if (current == 4 && next->second == 20) {
          current = 80;
        } else {
          current += next->second;
        }
        ++last;
      }
      value = total + current;
    } else if (dutch && w.size() > 5) {
      value = dutch_compound(w);
    }
    if (!value || *value <= 1) continue;
    if (last + 1 < split.size()) {
      auto scale = scales.find(text::FoldForMatching(split[last + 1].text));
      if (scale != scales.end()) *value *= scale->second;
    }
    values.push_back(*value);
    i = last;
  }
  return values;
}

// Removes from `written` the numbers that `words` (number words of the other
// version) translate; each word explains one number.
void DropTranslatedNumbers(std::vector<std::string>* written, std::vector<double> words) {
  std::vector<std::string> kept;
  for (const std::string& w : *written) {
    const auto quantities = qa::FindQuantities(w);
    bool explained = false;
    if (quantities.size() == 1) {
      const double value = std::strtod(quantities[0].value.c_str(), nullptr);
      auto it = std::find_if(words.begin(), words.end(),
                             [&](double v) { return std::fabs(v - value) < 1e-9; });
      if (it != words.end() &&
          quantities[0].value.find_first_not_of("0123456789.%") == std::string::npos) {
        words.erase(it);
        explained = true;
      }
    }
    if (!explained) kept.push_back(w);
  }
  *written = std::move(kept);
}

std::string StanceNames(int stances, Language language) {
  std::vector<std::string> names;
  if (stances & 1) names.push_back(StanceWord(redlines::Stance::kSupport, language));
  if (stances & 2) names.push_back(StanceWord(redlines::Stance::kOppose, language));
  if (stances & 4) names.push_back(StanceWord(redlines::Stance::kAbstain, language));
  return fmt::format("{}", fmt::join(names, language == Language::kDutch ? " en " : " et "));
}

std::string Listed(const std::vector<std::string>& words) {
  return words.empty() ? "-" : fmt::format("{}", fmt::join(words, ", "));
}

// In a bead of several paragraphs on one side against one on the other, the
// paragraphs the other side does not translate: few of their known words
// link (through the lexicon) to a word of the other side, while the rest do.
std::vector<size_t> Untranslated(const std::vector<Block>& many, size_t begin, size_t count,
                                 const std::string& other, bool many_is_french) {
  std::vector<size_t> out;
  if (count < 2) return out;
  const lexicon::Lexicon& lex = lexicon::Builtin();
  std::set<std::string> other_keys;
  for (const text::Word& w : text::SplitWords(other)) other_keys.insert(lexicon::WordKey(w.text));
  std::vector<double> shares;
  for (size_t i = begin; i < begin + count; ++i) {
    size_t known = 0, linked = 0;
    for (const text::Word& w : text::SplitWords(many[i].text)) {
      const std::string key = lexicon::WordKey(w.text);
      if (w.is_number || key.size() < 4) continue;
      if (!(many_is_french ? lex.KnowsFrench(key) : lex.KnowsDutch(key))) continue;
      ++known;
      const auto& links = many_is_french ? lex.DutchKeysOf(key) : lex.FrenchKeysOf(key);
      linked += std::any_of(links.begin(), links.end(),
                            [&](const std::string& k) { return other_keys.count(k) > 0; });
    }
    shares.push_back(known >= 4 ? static_cast<double>(linked) / static_cast<double>(known) : -1);
  }
  const double best = *std::max_element(shares.begin(), shares.end());
  for (size_t i = 0; i < shares.size(); ++i) {
    if (shares[i] >= 0 && shares[i] < 0.15 && best >= 0.3) out.push_back(begin + i);
  }
  return out;
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
    const bool has_nl = bead.nl_count > 0;
    const DraftSide& other = has_fr ? nl : fr;
    f.why.counterpart_file = other.file;
    f.why.counterpart_language = other.language;
    if (has_fr && has_nl) {
      f.why.counterpart_paragraph = nl.numbers[bead.nl_begin];
      f.why.counterpart_sentence = nl_stream.Text(bead.nl_begin, bead.nl_count);
    }
    // One finding a paragraph: its differences joined, blocking if any is.
    f.severity = Severity::kWarning;
    std::vector<Said> differences;
    bool negation_differs = false;
    for (const qa::Flag& original : flags[i]) {
      qa::Flag flag = original;
      switch (flag.kind) {
        case qa::FlagKind::kOneSided:
          differences.push_back(
              has_fr
                  ? Said{fmt::format("ce paragraphe n'a pas d'équivalent néerlandais dans {}",
                                     nl.file),
                         fmt::format("deze alinea heeft geen Nederlandse tegenhanger in {}",
                                     nl.file)}
                  : Said{
                        fmt::format("ce paragraphe n'a pas d'équivalent français dans {}", fr.file),
                        fmt::format("deze alinea heeft geen Franse tegenhanger in {}", fr.file)});
          f.why.differences.push_back("one-sided");
          break;
        case qa::FlagKind::kNumbers: {
          // "trois" against "3": the same number.
          DropTranslatedNumbers(
              &flag.fr_words,
              NumberWords(nl_stream.Text(bead.nl_begin, bead.nl_count), Language::kDutch));
          DropTranslatedNumbers(
              &flag.nl_words,
              NumberWords(fr_stream.Text(bead.fr_begin, bead.fr_count), Language::kFrench));
          if (flag.fr_words.empty() && flag.nl_words.empty()) break;
          differences.push_back({fmt::format("les versions française et néerlandaise n'ont pas les "
                                             "mêmes nombres : FR {} / NL {}",
                                             Listed(flag.fr_words), Listed(flag.nl_words)),
                                 fmt::format("de Franse en de Nederlandse versie hebben niet "
                                             "dezelfde getallen: FR {} / NL {}",
                                             Listed(flag.fr_words), Listed(flag.nl_words))});
          f.why.differences.push_back("numbers");
          f.severity = Severity::kBlocking;
          break;
        }
        case qa::FlagKind::kNegation: {
          const bool french_only = !flag.fr_words.empty();
          // The other side may negate with a negative verb or predicate
          // ("est hors de question" against "komt niet in aanmerking").
          const std::string other_side = french_only ? nl_stream.Text(bead.nl_begin, bead.nl_count)
                                                     : fr_stream.Text(bead.fr_begin, bead.fr_count);
          const Language other_language = french_only ? Language::kDutch : Language::kFrench;
          bool negates_too = false;
          for (std::string_view sentence : text::SplitSentences(other_side, other_language)) {
            negates_too |= NegationsIn(Analyse(sentence, other_language)) > 0;
          }
          if (negates_too) break;
          const std::string words = Listed(french_only ? flag.fr_words : flag.nl_words);
          differences.push_back(
              french_only
                  ? Said{fmt::format("négation dans la version française seulement : {}", words),
                         fmt::format("ontkenning alleen in de Franse versie: {}", words)}
                  : Said{fmt::format("négation dans la version néerlandaise seulement : {}", words),
                         fmt::format("ontkenning alleen in de Nederlandse versie: {}", words)});
          for (const std::string& w : french_only ? flag.fr_words : flag.nl_words) {
            f.why.cues.push_back(CueEvidence{w, "negation", true});
          }
          f.why.differences.push_back("negation");
          f.severity = Severity::kBlocking;
          negation_differs = true;
          break;
        }
        default:
          break;
      }
    }
    // A polarity difference already says the stances differ.
    if (has_fr && has_nl && !negation_differs) {
      const int fr_stance =
          StancesIn(fr_stream.Text(bead.fr_begin, bead.fr_count), Language::kFrench);
      const int nl_stance =
          StancesIn(nl_stream.Text(bead.nl_begin, bead.nl_count), Language::kDutch);
      if (fr_stance != 0 && nl_stance != 0 && fr_stance != nl_stance) {
        differences.push_back(
            {fmt::format("la version française exprime {}, la version néerlandaise {}",
                         StanceNames(fr_stance, Language::kFrench),
                         StanceNames(nl_stance, Language::kFrench)),
             fmt::format("de Franse versie drukt {} uit, de Nederlandse {}",
                         StanceNames(fr_stance, Language::kDutch),
                         StanceNames(nl_stance, Language::kDutch))});
        f.why.differences.push_back("stance");
        f.severity = Severity::kBlocking;
      }
    }
    // A paragraph inside a many-to-one bead that the other side does not translate.
    if (has_fr && has_nl && (bead.fr_count > 1) != (bead.nl_count > 1)) {
      const bool many_fr = bead.fr_count > 1;
      const DraftSide& many = many_fr ? fr : nl;
      const std::string other_text = many_fr ? nl_stream.Text(bead.nl_begin, bead.nl_count)
                                             : fr_stream.Text(bead.fr_begin, bead.fr_count);
      for (size_t p : Untranslated(many.blocks, many_fr ? bead.fr_begin : bead.nl_begin,
                                   many_fr ? bead.fr_count : bead.nl_count, other_text, many_fr)) {
        Finding one = f;
        one.file = many.file;
        one.language = many.language;
        one.paragraph = many.numbers[p];
        one.sentence = many.blocks[p].text;
        one.marks.clear();
        one.severity = Severity::kWarning;
        one.why.differences = {"one-sided"};
        one.why.counterpart_sentence.clear();
        one.why.counterpart_paragraph = 0;
        one.message_fr =
            many_fr ? fmt::format("ce paragraphe n'a pas d'équivalent néerlandais dans {}", nl.file)
                    : fmt::format("ce paragraphe n'a pas d'équivalent français dans {}", fr.file);
        one.message_nl =
            many_fr ? fmt::format("deze alinea heeft geen Nederlandse tegenhanger in {}", nl.file)
                    : fmt::format("deze alinea heeft geen Franse tegenhanger in {}", fr.file);
        out->push_back(std::move(one));
      }
    }
    if (differences.empty()) continue;
    // The differing numbers and negations, marked where the finding's paragraph has them.
    for (const qa::Flag& flag : flags[i]) {
      if (flag.kind != qa::FlagKind::kNumbers && flag.kind != qa::FlagKind::kNegation) continue;
      for (const std::string& w : has_fr ? flag.fr_words : flag.nl_words) {
        const size_t at = f.sentence.find(w);
        if (!w.empty() && at != std::string::npos) f.marks.emplace_back(at, at + w.size());
      }
    }
    std::sort(f.marks.begin(), f.marks.end());
    f.marks.erase(std::unique(f.marks.begin(), f.marks.end()), f.marks.end());
    for (const Said& d : differences) {
      f.message_fr += (f.message_fr.empty() ? "" : " ; ") + d.fr;
      f.message_nl += (f.message_nl.empty() ? "" : "; ") + d.nl;
    }
    out->push_back(std::move(f));
  }
}

}  // namespace

size_t CheckReport::blocking() const {
  return static_cast<size_t>(std::count_if(findings.begin(), findings.end(), [](const Finding& f) {
    return f.severity == Severity::kBlocking;
  }));
}

const std::string& Finding::MessageIn(Language language) const {
  if (language == Language::kFrench && !message_fr.empty()) return message_fr;
  if (language == Language::kDutch && !message_nl.empty()) return message_nl;
  return message;
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
      side.numbers.push_back(
          known ? static_cast<size_t>(
                      std::lower_bound(ordinals.begin(), ordinals.end(), block.ordinal) -
                      ordinals.begin()) +
                      1
                : running);
    }
    sides.push_back(std::move(side));
  }
  return sides;
}

CheckReport CheckDraft(const std::vector<DraftSide>& sides, const std::vector<Dossier>& dossiers,
                       const CheckOptions& options) {
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
    report.findings.insert(report.findings.end(), std::make_move_iterator(found.begin()),
                           std::make_move_iterator(found.end()));
  }
  for (Finding& f : report.findings) {
    const Language language =
        options.message_language == Language::kUnknown ? f.language : options.message_language;
    f.message = language == Language::kDutch ? f.message_nl : f.message_fr;
  }
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     return std::tie(a.file, a.paragraph) < std::tie(b.file, b.paragraph);
                   });
  return report;
}

}  // namespace tandem::check
