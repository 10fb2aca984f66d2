// Reading a commitment sentence: term, limit, stance, forbid or require, in
// that order, with the words the rule will name. The readings of negation,
// stance and voice are the checker's own (pipeline/check/sentence_reading.h),
// so that a proposed rule is read by `tandem check` as it was proposed.
#include "pipeline/propose/commitment.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <regex>
#include <set>
#include <tuple>
#include <vector>

#include "dictionaries/dictionaries.h"
#include "pipeline/check/analysed_sentence.h"
#include "pipeline/check/sentence_reading.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::propose {
namespace {

using check::AnalysedSentence;
using redlines::RuleKind;

using Phrase = std::vector<std::string>;  // folded words

std::vector<Phrase> Phrases(const std::vector<std::string_view>& list) {
  std::vector<Phrase> out;
  for (std::string_view entry : list) {
    const std::string folded = text::FoldForMatching(entry);
    Phrase p;
    for (const text::Word& w : text::SplitWords(folded)) p.emplace_back(w.text);
    if (!p.empty()) out.push_back(std::move(p));
  }
  return out;
}

bool At(const AnalysedSentence& s, size_t i, const Phrase& p) {
  if (i + p.size() > s.tokens.size()) return false;
  for (size_t k = 0; k < p.size(); ++k) {
    if (s.tokens[i + k].folded != p[k]) return false;
  }
  return true;
}

struct Span {
  size_t begin = 0, end = 0;  // tokens [begin, end)
};

// The first phrase of `list` at or after token `from` (longest at a place).
std::optional<Span> Find(const AnalysedSentence& s, const std::vector<Phrase>& list,
                         size_t from = 0) {
  for (size_t i = from; i < s.tokens.size(); ++i) {
    size_t best = 0;
    for (const Phrase& p : list) {
      if (p.size() > best && At(s, i, p)) best = p.size();
    }
    if (best > 0) return Span{i, i + best};
  }
  return std::nullopt;
}

bool IsLang(Language l, Language want) { return l == want; }

const std::vector<Phrase>& List(std::string_view name, Language language) {
  struct Lists {
    std::vector<Phrase> fr, nl;
  };
  static const auto* table = new std::vector<std::pair<std::string, Lists>>{
      {"own",
       {Phrases({"la belgique", "belgique", "nous", "notre pays", "elle", "il", "le gouvernement",
                 "la delegation", "notre delegation", "la delegation belge", "la reunion"}),
        Phrases({"belgie", "we", "wij", "ons land", "het", "zij", "ze", "de regering",
                 "de delegatie", "onze delegatie", "de belgische delegatie", "de vergadering"})}},
      {"refuse",
       {Phrases({"refuse de", "refuse d", "refusera de", "refusera d", "refusons de", "refusons d",
                 "refuse", "refusera", "rejette", "rejettera", "rejetons", "s oppose a",
                 "s opposera a", "nous opposons a", "s oppose", "s opposera", "exclut",
                 "exclura", "excluons", "ecarte", "ecartera", "renonce a", "renoncera a"}),
        Phrases({"weigert", "weigeren", "verwerpt", "verwerpen", "verzet zich tegen",
                 "zal zich verzetten tegen", "verzetten zich tegen", "verzetten ons tegen",
                 "kant zich tegen", "kanten ons tegen", "sluit uit", "sluiten uit"})}},
      {"affirm",
       {Phrases({"defend", "defendra", "defendons", "defendre", "exige", "exigera", "exigeons",
                 "reaffirme", "reaffirmera", "reaffirmons", "plaide pour", "plaidera pour",
                 "plaidons pour", "plaide en faveur de", "maintient", "maintiendra",
                 "maintenons", "insiste sur", "insistera sur", "insistons sur", "demande",
                 "demandera", "demandons", "soutient", "soutiendra", "soutenons", "appuie",
                 "appuiera", "appuyons", "veille a", "veillera a", "veillerons a", "tient a",
                 "promeut", "promouvra", "encourage", "encouragera", "preconise",
                 "continue de defendre", "continuera de defendre", "s engage pour",
                 "s engagera pour", "s engage a", "s engagera a",
                 // infinitives after "continuera à", "entend", "va"
                 "plaider pour", "plaider en faveur de", "exiger", "soutenir", "maintenir",
                 "insister sur", "demander", "promouvoir", "veiller a", "reaffirmer",
                 "appuyer"}),
        Phrases({"verdedigt", "verdedigen", "eist", "eisen", "bevestigt", "bevestigen",
                 "herbevestigt", "pleit voor", "pleiten voor", "handhaaft", "handhaven",
                 "dringt aan op", "dringen aan op", "vraagt", "vragen", "steunt", "steunen",
                 "ondersteunt", "ondersteunen", "waakt over", "waken over", "bevordert",
                 "bevorderen", "moedigt aan", "houdt vast aan", "houden vast aan",
                 "zet zich in voor", "zetten ons in voor", "blijft verdedigen"})}},
      {"modal",
       {Phrases({"va", "doit", "devra", "entend", "continue de", "continuera de", "continuera a",
                 "souhaite", "veut"}),
        Phrases({"zal", "zullen", "wil", "willen", "moet", "moeten", "blijft", "blijven",
                 "wenst"})}},
      {"condition",  // a condition after the claim: not part of it
       {Phrases({"tant que", "si", "s il", "s ils", "s elle", "s elles", "lorsque", "sauf si",
                 "a moins que", "des lors que", "pour autant que"}),
        Phrases({"zolang", "als die", "als dat", "als ze", "als zij", "als hij", "als het",
                 "als er", "als men", "als de", "tenzij", "wanneer", "indien", "mits",
                 "voor zover"})}},
      {"manner",  // how or with whom, after an affirmed claim: not part of it
       {Phrases({"comme", "avec", "sous", "afin de", "afin que", "pour que", "conformement",
                 "dans le respect"}),
        Phrases({"met", "onder", "zodat", "overeenkomstig", "om te"})}},
      {"stance-extra",  // forms of the stance verbs the checker's lists lack
       {Phrases({"s opposera a", "s opposera au", "s opposera aux", "votera en faveur",
                 "voterons en faveur"}),
        Phrases({"zal zich verzetten tegen", "zullen ons verzetten tegen", "zich verzetten tegen"})}},
      {"adverbial",
       {Phrases({"en toutes circonstances", "toujours", "fermement", "resolument", "pleinement",
                 "activement", "clairement", "egalement", "aussi", "en outre", "par ailleurs"}),
        Phrases({"in alle omstandigheden", "altijd", "resoluut", "krachtig", "met klem",
                 "actief", "duidelijk", "ook", "bovendien", "daarnaast"})}},
      {"lead",  // words a wording does not start with
       {Phrases({"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "son", "sa", "ses",
                 "leur", "leurs", "notre", "nos", "au", "aux", "a", "en", "soutien a",
                 "soutien au", "soutien aux", "que", "qu", "toute", "tout", "tous", "toutes"}),
        Phrases({"de", "het", "een", "zijn", "haar", "hun", "ons", "onze", "aan", "van",
                 "steun aan", "steun voor", "dat", "te", "elke", "enige", "alle"})}},
      {"trail",  // words a wording does not end with
       {Phrases({"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "a", "au", "aux",
                 "et", "ou", "en", "pour", "par", "sur", "dans", "qui", "que", "qu"}),
        Phrases({"de", "het", "een", "en", "of", "van", "aan", "voor", "op", "in", "te", "om",
                 "die", "dat", "door", "bij", "tot"})}},
      {"quantity-stop",  // the verb after a quantity
       {Phrases({"est", "sera", "seront", "sont", "s eleve", "s elevera", "s eleveront",
                 "atteint", "atteindra", "atteigne", "depasse", "depassera", "excede",
                 "excedera", "ne", "n", "pourra", "peut", "doit", "devra", "reste", "restera",
                 "represente", "representera", "plafonne", "plafonnee", "portee", "porte",
                 "fixe", "fixee", "limite", "limitee", "passe", "passera", "se situera"}),
        Phrases({"bedraagt", "bedragen", "is", "zijn", "wordt", "worden", "blijft", "blijven",
                 "mag", "mogen", "moet", "moeten", "zal", "zullen", "bereikt", "bereiken",
                 "overschrijdt", "beloopt", "vertegenwoordigt", "opgetrokken", "beperkt",
                 "niet", "ten", "minstens", "maximaal", "minimaal", "hoogstens"})}},
      {"min",
       {Phrases({"au moins", "au minimum", "minimum", "pas moins de", "pas moins d",
                 "ne sera pas inferieur", "ne sera pas inferieure", "au bas mot"}),
        Phrases({"ten minste", "tenminste", "minstens", "minimaal", "minimum", "niet minder dan"})}},
      {"max",
       {Phrases({"au maximum", "au plus", "maximum", "tout au plus", "pas plus de",
                 "pas plus d", "ne depassera pas", "ne depasse pas", "ne pourra exceder",
                 "ne pourra depasser", "n excedera pas", "n excede pas", "plafonne",
                 "plafonnee", "plafonnes", "plafonnees", "jusqu a", "ne pas depasser",
                 "ne pas exceder"}),
        Phrases({"ten hoogste", "maximaal", "hoogstens", "maximum", "niet meer dan",
                 "niet hoger dan", "overschrijdt niet", "mag niet hoger", "plafond", "tot"})}},
      {"neg-determiner",
       {Phrases({"aucun", "aucune", "nul", "nulle"}), Phrases({"geen", "enkele"})}},
  };
  static const std::vector<Phrase> kNone;
  for (const auto& [key, lists] : *table) {
    if (key == name) return IsLang(language, Language::kDutch) ? lists.nl : lists.fr;
  }
  return kNone;
}

// Text nouns: a stance is taken on a text (a resolution, a proposal, ...).
bool IsTextNoun(const std::string& folded, Language language) {
  static const std::set<std::string> kFr = {
      "resolution", "resolutions", "projet",        "projets",     "proposition",
      "propositions", "declaration", "declarations", "texte",      "textes",
      "conclusions", "demande",      "candidature", "amendement", "amendements",
      "initiative",  "traite",       "accord",      "convention", "mandat",
      "rapport",     "motion",       "recommandation", "decision", "reglement",
      "directive",   "programme"};
  static const std::vector<std::string> kNl = {
      "resolutie", "verklaring", "voorstel", "tekst",       "conclusies", "verzoek",
      "aanvraag",  "kandidatuur", "amendement", "initiatief", "verdrag",  "akkoord", "beslissing",
      "overeenkomst", "mandaat", "verslag",  "motie",       "aanbeveling", "besluit",
      "verordening", "richtlijn", "programma"};
  if (language == Language::kDutch) {
    return std::any_of(kNl.begin(), kNl.end(),
                       [&](const std::string& n) { return folded.find(n) != std::string::npos; });
  }
  return kFr.count(folded) > 0;
}

// The text of tokens [begin, end) as written, with the runs of `dropped`
// tokens left out (runs joined by one space).
std::string TextOf(const AnalysedSentence& s, size_t begin, size_t end,
                   const std::vector<bool>& dropped) {
  std::string out;
  size_t run = SIZE_MAX;
  auto flush = [&](size_t last) {
    if (run == SIZE_MAX) return;
    if (!out.empty()) out += ' ';
    out += s.text.substr(s.tokens[run].begin, s.tokens[last].end - s.tokens[run].begin);
    run = SIZE_MAX;
  };
  for (size_t i = begin; i < end; ++i) {
    if (dropped[i]) {
      if (i > begin) flush(i - 1);
      run = SIZE_MAX;
      continue;
    }
    if (run == SIZE_MAX) run = i;
  }
  if (end > begin && run != SIZE_MAX) flush(end - 1);
  return out;
}

// Narrows [begin, end) past leading and trailing function words.
void Trim(const AnalysedSentence& s, size_t* begin, size_t* end, std::vector<bool>* dropped) {
  const auto& lead = List("lead", s.language);
  const auto& trail = List("trail", s.language);
  for (bool moved = true; moved && *begin < *end;) {
    moved = false;
    if ((*dropped)[*begin]) {
      ++*begin, moved = true;
      continue;
    }
    for (const Phrase& p : lead) {
      if (*begin + p.size() < *end && At(s, *begin, p)) {
        *begin += p.size(), moved = true;
        break;
      }
    }
  }
  while (*end > *begin &&
         ((*dropped)[*end - 1] ||
          std::any_of(trail.begin(), trail.end(),
                      [&](const Phrase& p) { return p.size() == 1 && s.tokens[*end - 1].folded == p[0]; })))
    --*end;
}

// The end of the wording that starts at `begin`: the clause's end, or a
// condition or manner word ("tant que", "comme", "als", "met").
size_t CutEnd(const AnalysedSentence& s, size_t begin, size_t end, bool manner) {
  const auto& condition = List("condition", s.language);
  const auto& how = List("manner", s.language);
  for (size_t i = begin + 1; i < end; ++i) {
    if (s.tokens[i].clause != s.tokens[begin].clause) return i;
    for (const Phrase& p : condition) {
      if (At(s, i, p)) return i;
    }
    if (!manner) continue;
    for (const Phrase& p : how) {
      if (At(s, i, p)) return i;
    }
  }
  return end;
}

void DropPhrases(const AnalysedSentence& s, const std::vector<Phrase>& list, size_t begin,
                 size_t end, std::vector<bool>* dropped) {
  for (size_t i = begin; i < end; ++i) {
    for (const Phrase& p : list) {
      if (i + p.size() <= end && At(s, i, p)) {
        for (size_t k = 0; k < p.size(); ++k) (*dropped)[i + k] = true;
        break;
      }
    }
  }
}

// Where Belgium's subject ends: after "La Belgique", "Nous", "België" ... in
// the first clause (after an introduction such as "Au terme des échanges,").
size_t SubjectEnd(const AnalysedSentence& s) {
  const auto& own = List("own", s.language);
  for (size_t i = 0; i < s.tokens.size() && i < 12; ++i) {
    size_t best = 0;
    for (const Phrase& p : own) {
      if (p.size() > best && At(s, i, p)) best = p.size();
    }
    if (best > 0 && (i == 0 || s.tokens[i].clause != s.tokens[0].clause ||
                     s.tokens[i].capitalised || s.tokens[i].folded == "nous"))
      return i + best;
  }
  return 0;
}

// Removes the sentence's first negation: "ne … jamais", "aucun … ne", "niet",
// "nooit", "geen (enkele)". A negation further on (in a relative clause:
// "un pays non partie", "dat geen partij is") is part of what is refused.
void DropFirstNegation(const AnalysedSentence& s, size_t from, std::vector<bool>* dropped,
                       std::string* cue) {
  static const std::set<std::string> kFrCompleters = {"pas", "jamais", "plus", "aucun", "aucune",
                                                      "rien", "nullement", "guere", "point"};
  const size_t n = s.tokens.size();
  for (size_t i = from; i < n; ++i) {
    const std::string& w = s.tokens[i].folded;
    if (s.language == Language::kDutch) {
      if (w == "niet" || w == "nooit" || w == "geen" || w == "geenszins") {
        (*dropped)[i] = true;
        *cue = std::string(s.text.substr(s.tokens[i].begin, s.tokens[i].end - s.tokens[i].begin));
        if (w == "geen" && i + 1 < n && (s.tokens[i + 1].folded == "enkele" || s.tokens[i + 1].folded == "enkel"))
          (*dropped)[i + 1] = true;
        return;
      }
      continue;
    }
    if (w == "ne" || w == "n") {
      (*dropped)[i] = true;
      *cue = "ne";
      for (size_t k = i + 1; k < n && k <= i + 4; ++k) {
        if (kFrCompleters.count(s.tokens[k].folded)) {
          (*dropped)[k] = true;
          *cue += " … " + s.tokens[k].folded;
          break;
        }
      }
      return;
    }
    if (w == "aucun" || w == "aucune" || w == "jamais") {
      (*dropped)[i] = true;
      *cue = w;
      for (size_t k = i + 1; k < n && k <= i + 6; ++k) {
        if (s.tokens[k].folded == "ne" || s.tokens[k].folded == "n") {
          (*dropped)[k] = true;
          break;
        }
      }
      return;
    }
  }
}

// A Dutch verb split around its object ("sluit … uit", "keurt … goed",
// "wijst … af"): the verb and its particle at the clause's end.
struct SplitVerb {
  size_t verb = 0, particle = 0;
  int meaning = 0;  // 1 refusal, 2 support, 3 opposition
};
std::optional<SplitVerb> SplitVerbOf(const AnalysedSentence& s, size_t from) {
  if (s.language != Language::kDutch) return std::nullopt;
  static const std::vector<std::tuple<const char*, const char*, int>> kVerbs = {
      {"sluit", "uit", 1},  {"sluiten", "uit", 1}, {"keurt", "goed", 2}, {"keuren", "goed", 2},
      {"keurt", "af", 3},   {"keuren", "af", 3},   {"wijst", "af", 3},   {"wijzen", "af", 3},
      {"stelt", "uit", 0},  {"geeft", "op", 1},    {"geven", "op", 1}};
  for (size_t v = from; v < s.tokens.size(); ++v) {
    for (const auto& [verb, particle, meaning] : kVerbs) {
      if (s.tokens[v].folded != verb || meaning == 0) continue;
      // The particle ends the sentence or a clause ("en" may have cut one
      // inside the object: "verlies en schade goed").
      for (size_t p = v + 2; p < s.tokens.size(); ++p) {
        const bool last = p + 1 == s.tokens.size() || s.tokens[p + 1].clause != s.tokens[p].clause;
        if (s.tokens[p].folded == particle && last) return SplitVerb{v, p, meaning};
      }
    }
  }
  return std::nullopt;
}

// The first negation cue of the main verb ("ne", "aucun", "jamais", "niet",
// "nooit", "geen"), not "sans"/"non"/"zonder" that belong to a noun phrase.
std::optional<size_t> MainNegation(const AnalysedSentence& s, size_t from) {
  static const std::set<std::string> kFr = {"ne", "n", "aucun", "aucune", "jamais", "nullement"};
  static const std::set<std::string> kNl = {"niet", "nooit", "geen", "geenszins"};
  const auto& cues = s.language == Language::kDutch ? kNl : kFr;
  for (size_t i = from; i < s.tokens.size(); ++i) {
    if (s.tokens[i].clause != s.tokens[from < s.tokens.size() ? from : 0].clause) break;
    if (cues.count(s.tokens[i].folded)) return i;
  }
  return std::nullopt;
}

// A stance cue of the checker's lists anywhere after the subject, when the
// checker's reading finds none near the text (a Dutch verb after a clause:
// "zal de resolutie … als lid … steunen").
std::optional<check::StanceReading> StanceCue(const AnalysedSentence& s, size_t from) {
  const std::string lang = s.language == Language::kDutch ? "nl" : "fr";
  static const std::vector<std::pair<redlines::Stance, dictionaries::ListKind>> kKinds = {
      {redlines::Stance::kAbstain, dictionaries::ListKind::kAbstain},
      {redlines::Stance::kOppose, dictionaries::ListKind::kOppose},
      {redlines::Stance::kSupport, dictionaries::ListKind::kSupport}};
  if (auto split = SplitVerbOf(s, from); split && split->meaning >= 2)
    return check::StanceReading{split->meaning == 2 ? redlines::Stance::kSupport : redlines::Stance::kOppose,
                                {split->verb, split->verb}, {}};
  if (auto at = Find(s, List("stance-extra", s.language), from)) {
    const bool support = s.tokens[at->begin].folded == "votera" || s.tokens[at->begin].folded == "voterons";
    return check::StanceReading{support ? redlines::Stance::kSupport : redlines::Stance::kOppose,
                                {at->begin, at->end - 1}, {}};
  }
  for (const auto& [stance, kind] : kKinds) {
    const std::vector<Phrase> list = Phrases(dictionaries::WordList(kind, lang));
    if (auto at = Find(s, list, from)) {
      check::StanceReading r{stance, {at->begin, at->end - 1}, {}};
      if (stance == redlines::Stance::kSupport && MainNegation(s, from)) r.stance = redlines::Stance::kOppose;
      return r;
    }
  }
  return std::nullopt;
}

// --- amounts -------------------------------------------------------------

struct Amount {
  double value = 0;
  std::string unit;  // "EUR" or "%"
  size_t begin = 0, end = 0;
};

std::vector<Amount> AmountsIn(const std::string& sentence) {
  static const std::regex kAmount(
      "(€\\s*)?(\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?:[,.](\\d+))?\\s*"
      "(milliards?|millions?|miljard|miljoen|mrd|mio|mln)?\\s*"
      "(d'euros|d’euros|euros?|EUR|€|%|pour cent|procent)?",
      std::regex::ECMAScript | std::regex::icase);
  std::vector<Amount> out;
  for (auto it = std::sregex_iterator(sentence.begin(), sentence.end(), kAmount);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    std::string unit = m[5].str();
    const bool euro_before = m[1].matched;
    if (unit.empty() && !euro_before) continue;
    std::string whole = m[2].str();
    whole.erase(std::remove_if(whole.begin(), whole.end(), [](char c) { return c == ' ' || c == '.'; }),
                whole.end());
    // strtod, not stod: a number of 400 digits is huge, not an exception.
    double value = std::strtod(whole.c_str(), nullptr);
    if (m[3].matched) value += std::strtod(("0." + m[3].str()).c_str(), nullptr);
    const std::string scale = text::FoldForMatching(m[4].str());
    if (scale.rfind("milliard", 0) == 0 || scale == "miljard" || scale == "mrd") value *= 1e9;
    if (scale.rfind("million", 0) == 0 || scale == "miljoen" || scale == "mio" || scale == "mln")
      value *= 1e6;
    Amount a;
    a.value = value;
    a.unit = (unit == "%" || text::FoldForMatching(unit) == "pour cent" ||
              text::FoldForMatching(unit) == "procent")
                 ? "%"
                 : "EUR";
    a.begin = static_cast<size_t>(m.position(0));
    a.end = a.begin + static_cast<size_t>(m.length(0));
    out.push_back(a);
  }
  return out;
}

std::string Unquote(std::string v) {
  static const std::vector<std::string> kQuotes = {"«", "»", "„", "”", "“", "\"", "‘", "’", "'"};
  auto strip = [&](bool front) {
    for (bool again = true; again && !v.empty();) {
      again = false;
      if (front ? v.front() == ' ' : v.back() == ' ') {
        if (front)
          v.erase(0, 1);
        else
          v.pop_back();
        again = true;
        continue;
      }
      for (const std::string& q : kQuotes) {
        if (v.size() >= q.size() &&
            (front ? v.compare(0, q.size(), q) == 0 : v.compare(v.size() - q.size(), q.size(), q) == 0)) {
          if (front)
            v.erase(0, q.size());
          else
            v.erase(v.size() - q.size());
          again = true;
          break;
        }
      }
    }
  };
  strip(true);
  strip(false);
  return v;
}

std::optional<Commitment> ReadTerm(const std::string& sentence, Language language) {
  static const std::regex kFr(
      "(?:parle|parler|parlons|dit|dire|disons|utilise|utiliser|utilisons|emploie|employer|"
      "employons|ecrit|écrit|écrire|écrivons)\\s+(?:de la\\s+|de l['’]\\s*|de\\s+|d['’]\\s*|du\\s+|des\\s+|"
      "le terme\\s+|l['’]expression\\s+)?(.+?)\\s*,?\\s+(?:et non|et pas|plutôt que|au lieu de|"
      "non|pas)\\s+(?:pas\\s+)?(?:de la\\s+|de l['’]\\s*|de\\s+|d['’]\\s*|du\\s+|des\\s+)?(.+?)\\s*[.;!]?\\s*$",
      std::regex::ECMAScript | std::regex::icase);
  static const std::regex kNl(
      "(?:spreken|spreekt|zeggen|zegt|gebruiken|gebruikt|schrijven|schrijft)\\s+"
      "(?:we\\s+|wij\\s+)?(?:over\\s+|van\\s+|de term\\s+)?(.+?)\\s*,?\\s+(?:en niet|in plaats van|"
      "niet)\\s+(?:van\\s+|over\\s+)?(.+?)\\s*[.;!]?\\s*$",
      std::regex::ECMAScript | std::regex::icase);
  // std::regex recurses along a match: a term sentence is short, and a very
  // long "sentence" (a list without full stops) is not read as one.
  if (sentence.size() > 1000) return std::nullopt;
  std::smatch m;
  if (!std::regex_search(sentence, m, language == Language::kDutch ? kNl : kFr))
    return std::nullopt;
  Commitment c;
  c.kind = RuleKind::kTerm;
  // A term is named without its article ("de autoriteiten" -> "autoriteiten"),
  // unless it is quoted with it: the checker takes a quoted wording as
  // mentioned, not used, only when the quotes enclose all of it.
  auto bare = [&](const std::string& raw) {
    std::string v = Unquote(raw);
    if (v.size() != raw.size()) return v;
    static const std::vector<std::string> kFr = {"le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ", "du "};
    static const std::vector<std::string> kNl = {"de ", "het ", "een "};
    for (const std::string& a : language == Language::kDutch ? kNl : kFr) {
      if (v.size() > a.size() + 2 && text::FoldForMatching(v.substr(0, a.size())) == text::FoldForMatching(a))
        return v.substr(a.size());
    }
    return v;
  };
  c.wording = bare(m[1].str());
  c.avoid = bare(m[2].str());
  if (c.wording.empty() || c.avoid.empty()) return std::nullopt;
  c.why = language == Language::kDutch ? "term: « spreken van X en niet van Y »"
                                       : "term: « parler de X et non de Y »";
  return c;
}

}  // namespace

std::optional<Commitment> ReadCommitment(std::string_view sentence_view, Language language,
                                         std::string* reason) {
  auto fail = [&](std::string why) -> std::optional<Commitment> {
    if (reason) *reason = std::move(why);
    return std::nullopt;
  };
  if (language != Language::kFrench && language != Language::kDutch)
    return fail("neither French nor Dutch");
  const std::string sentence(sentence_view);
  if (auto term = ReadTerm(sentence, language)) return term;

  const AnalysedSentence s = check::Analyse(sentence, language);
  const size_t n = s.tokens.size();
  if (n == 0) return fail("no words");
  if (!s.text.empty() && s.text.back() == '?') return fail("a question states no commitment");
  std::vector<bool> dropped(n, false);
  const size_t subject_end = SubjectEnd(s);

  // Another party's position is not Belgium's.
  {
    std::vector<size_t> all;
    for (size_t i = subject_end; i < n; ++i) all.push_back(i);
    if (!all.empty() && check::VoiceOf(s, all) == check::Voice::kOther && subject_end == 0)
      return fail("another party's position, not Belgium's");
  }

  // Limit: an amount with a bound.
  const std::vector<Amount> amounts = AmountsIn(s.text);
  if (!amounts.empty()) {
    const auto min_cue = Find(s, List("min", language));
    auto max_cue = Find(s, List("max", language));
    if (!min_cue && !max_cue)
      return fail("an amount without a bound (au maximum / au moins, ten hoogste / ten minste)");
    const Amount& a = amounts.front();
    Commitment c;
    c.kind = RuleKind::kLimit;
    c.unit = a.unit;
    if (min_cue)
      c.min = a.value;
    else
      c.max = a.value;
    const auto& cue = min_cue ? min_cue : max_cue;
    c.why = fmt::format("limit: {} « {} »", min_cue ? "minimum" : "maximum",
                        s.text.substr(s.tokens[cue->begin].begin,
                                      s.tokens[cue->end - 1].end - s.tokens[cue->begin].begin));
    // The quantity: the noun phrase before the verb ("La contribution belge à
    // l'UNRWA s'élèvera à ..."), after "La Belgique souhaite que".
    size_t begin = subject_end;
    if (begin > 0) {
      for (size_t i = begin; i < n && i < begin + 4; ++i) {
        if (s.tokens[i].folded == "que" || s.tokens[i].folded == "qu" || s.tokens[i].folded == "dat") {
          begin = i + 1;
          break;
        }
      }
    }
    const auto& stop = List("quantity-stop", language);
    size_t end = begin;
    while (end < n) {
      if (end > begin && s.tokens[end].clause != s.tokens[begin].clause) break;
      if (s.tokens[end].begin >= a.begin) break;
      if (end > begin && std::any_of(stop.begin(), stop.end(),
                                     [&](const Phrase& p) { return At(s, end, p); }))
        break;
      ++end;
    }
    Trim(s, &begin, &end, &dropped);
    if (end <= begin) return fail("a bound on an amount, but no quantity named before it");
    c.wording = TextOf(s, begin, end, dropped);
    return c;
  }

  // Stance: support, opposition or abstention on a text.
  for (size_t i = subject_end; i < n; ++i) {
    if (!IsTextNoun(s.tokens[i].folded, language)) continue;
    // "aucun texte qui …", "geen enkele tekst die …": a class of texts
    // refused, not a stance on one text.
    const auto& neg = List("neg-determiner", language);
    if (i > 0 && std::any_of(neg.begin(), neg.end(), [&](const Phrase& p) {
          return p.size() == 1 && s.tokens[i - 1].folded == p[0];
        }))
      break;
    size_t end = CutEnd(s, i, n, false);
    if (auto split = SplitVerbOf(s, subject_end); split && split->particle > i)
      end = std::min(end, split->particle);
    // Dutch verb last: "zal de resolutie … steunen".
    {
      static const std::vector<Phrase> kStanceVerbsNl =
          Phrases({"steunen", "ondersteunen", "verwerpen", "goedkeuren", "afwijzen", "tegenstemmen",
                   "voorstemmen", "onthouden", "aanvaarden", "verdedigen"});
      if (language == Language::kDutch) {
        for (size_t k = i + 1; k < end; ++k) {
          if (std::any_of(kStanceVerbsNl.begin(), kStanceVerbsNl.end(),
                          [&](const Phrase& p) { return At(s, k, p); })) {
            end = k;
            break;
          }
        }
      }
    }
    std::vector<size_t> subject;
    for (size_t k = i; k < end; ++k) {
      if (!check::IsStopword(s.tokens[k].folded, language)) subject.push_back(k);
    }
    if (subject.empty()) continue;
    auto reading = check::StanceOn(s, subject);
    if (!reading) reading = StanceCue(s, subject_end);
    if (!reading) continue;
    size_t b = i, e = end;
    // The text's author between it and its subject is left out ("la
    // résolution [de l'Assemblée générale] sur …", "het voorstel [van de
    // Commissie] om …"): a draft names the text by its subject.
    {
      static const std::set<std::string> kOf = {"de", "du", "des", "van"};
      static const std::set<std::string> kAbout = {"sur", "relatif", "relative", "relatifs", "relatives",
                                                   "concernant", "portant", "over", "inzake",
                                                   "betreffende", "om"};
      // Not "projet [de résolution]": a text named by another text noun.
      if (i + 2 < end && kOf.count(s.tokens[i + 1].folded) &&
          !IsTextNoun(s.tokens[i + 2].folded, language)) {
        for (size_t k = i + 2; k < end && k <= i + 10; ++k) {
          if (!kAbout.count(s.tokens[k].folded)) continue;
          for (size_t d = i + 1; d < k; ++d) dropped[d] = true;
          break;
        }
      }
    }
    Trim(s, &b, &e, &dropped);
    if (e <= b) continue;
    Commitment c;
    c.kind = RuleKind::kStance;
    c.stance = reading->stance;
    c.wording = TextOf(s, b, e, dropped);
    c.why = fmt::format("stance « {} »: « {} »", redlines::StanceName(reading->stance),
                        s.text.substr(s.tokens[reading->cue.first].begin,
                                      s.tokens[reading->cue.second].end -
                                          s.tokens[reading->cue.first].begin));
    return c;
  }

  // Forbid: a refusal (a verb of refusal, or a negation of the main verb:
  // before any affirmation, not "sans"/"zonder" inside what is affirmed).
  auto refuse = Find(s, List("refuse", language), subject_end);
  const auto split = SplitVerbOf(s, subject_end);
  if (!refuse && split && split->meaning == 1) {
    dropped[split->particle] = true;
    refuse = Span{split->verb, split->verb + 1};
  }
  const auto affirm_at = Find(s, List("affirm", language), subject_end);
  const std::optional<size_t> negation = MainNegation(s, subject_end);
  if (refuse || (negation && (!affirm_at || *negation < affirm_at->end))) {
    Commitment c;
    c.kind = RuleKind::kForbid;
    std::string cue;
    if (refuse) {
      for (size_t k = refuse->begin; k < refuse->end; ++k) dropped[k] = true;
      cue = s.text.substr(s.tokens[refuse->begin].begin,
                          s.tokens[refuse->end - 1].end - s.tokens[refuse->begin].begin);
    } else {
      DropFirstNegation(s, subject_end, &dropped, &cue);
    }
    DropPhrases(s, List("modal", language), subject_end, n, &dropped);
    DropPhrases(s, List("adverbial", language), subject_end, n, &dropped);
    size_t begin = subject_end;
    while (begin < n && dropped[begin]) ++begin;
    if (begin >= n) return fail("a refusal, but nothing refused");
    size_t end = n;
    const auto& cut = List("condition", language);
    for (size_t i = begin + 1; i < n; ++i) {
      if (std::any_of(cut.begin(), cut.end(), [&](const Phrase& p) { return At(s, i, p); })) {
        end = i;
        break;
      }
    }
    Trim(s, &begin, &end, &dropped);
    if (end <= begin) return fail("a refusal, but nothing refused");
    size_t content = 0;
    for (size_t i = begin; i < end; ++i)
      content += !dropped[i] && !check::IsStopword(s.tokens[i].folded, language);
    if (content < 2)
      return fail("a refusal of a single word: as a forbid rule, every mention of it would be a finding");
    c.wording = TextOf(s, begin, end, dropped);
    c.why = fmt::format("refusal: « {} »", cue.empty() ? "negation" : cue);
    return c;
  }

  // Require: an affirmation Belgium keeps.
  if (const auto affirm = Find(s, List("affirm", language), subject_end)) {
    size_t begin = affirm->end, end = n;
    // Dutch verb last ("zal … verdedigen"): the claim is before the verb.
    const bool verb_last = [&] {
      for (size_t k = affirm->end; k < n; ++k) {
        if (s.tokens[k].clause == s.tokens[affirm->begin].clause &&
            !check::IsStopword(s.tokens[k].folded, language))
          return false;
      }
      return true;
    }();
    if (verb_last) begin = subject_end, end = affirm->begin;
    DropPhrases(s, List("modal", language), begin, end, &dropped);
    DropPhrases(s, List("adverbial", language), begin, end, &dropped);
    while (begin < end && dropped[begin]) ++begin;
    if (begin >= end) return fail("an affirmation, but nothing affirmed");
    end = CutEnd(s, begin, end, true);
    Trim(s, &begin, &end, &dropped);
    if (end <= begin) return fail("an affirmation, but nothing affirmed");
    Commitment c;
    c.kind = RuleKind::kRequire;
    c.wording = TextOf(s, begin, end, dropped);
    c.why = fmt::format("affirmation: « {} »",
                        s.text.substr(s.tokens[affirm->begin].begin,
                                      s.tokens[affirm->end - 1].end - s.tokens[affirm->begin].begin));
    return c;
  }
  return fail("no commitment read (no refusal, affirmation, stance on a text, bounded amount or term)");
}

}  // namespace tandem::propose
