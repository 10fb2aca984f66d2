// Flag messages in English, French and Dutch (bead_checker.h: FlagMessage).
#include <fmt/format.h>

#include <array>

#include "pipeline/qa/bead_checker.h"
#include "pipeline/text/utf8.h"

namespace tandem::qa {
namespace {

constexpr size_t kQuoted = 80;  // code points of a sentence quoted in a message

// The texts of one language: [0] English, [1] French, [2] Dutch.
using Texts = std::array<std::string_view, 3>;

std::string_view Pick(const Texts& texts, MessageLanguage language) {
  return texts[static_cast<size_t>(language)];
}

std::string Shorten(const std::string& s) {
  if (text::CodePointCount(s) <= kQuoted) return s;
  size_t bytes = 0, points = 0;
  while (bytes < s.size() && points < kQuoted) {
    ++points;
    ++bytes;
    while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
  }
  return s.substr(0, bytes) + "\u2026";
}

std::string List(const std::vector<std::string>& words) {
  if (words.empty()) return "-";
  return fmt::format("{}", fmt::join(words, ", "));
}

// Sentences between quotation marks of the language.
std::string Quoted(const std::vector<std::string>& sentences, MessageLanguage language) {
  std::string out;
  for (const std::string& s : sentences) {
    if (!out.empty()) out += " ";
    switch (language) {
      case MessageLanguage::kFrench:
        out += "\u00AB\u202F" + Shorten(s) + "\u202F\u00BB";
        break;
      case MessageLanguage::kDutch:
        out += "\u2018" + Shorten(s) + "\u2019";
        break;
      default:
        out += "\u201C" + Shorten(s) + "\u201D";
        break;
    }
  }
  return out;
}

// The colon of the language (French puts a space before it).
std::string_view Colon(MessageLanguage language) {
  return language == MessageLanguage::kFrench ? "\u202F:" : ":";
}

}  // namespace

MessageLanguage MessageLanguageFromCode(std::string_view code) {
  if (code == "fr") return MessageLanguage::kFrench;
  if (code == "nl") return MessageLanguage::kDutch;
  return MessageLanguage::kEnglish;
}

std::string FlagMessage(const Flag& flag, MessageLanguage language) {
  const auto pick = [language](const Texts& t) { return Pick(t, language); };
  const std::string_view colon = Colon(language);
  const bool fr = !flag.fr_words.empty(), nl = !flag.nl_words.empty();
  switch (flag.kind) {
    case FlagKind::kOneSided:
      return std::string(
          nl && !fr ? pick({"paragraph in Dutch only", "paragraphe en néerlandais seulement",
                            "alinea alleen in het Nederlands"})
                    : pick({"paragraph in French only", "paragraphe en français seulement",
                            "alinea alleen in het Frans"}));
    case FlagKind::kNumbers:
      return fmt::format("{}{} FR {} / NL {}",
                         pick({"numbers differ", "les nombres diffèrent", "getallen verschillen"}),
                         colon, List(flag.fr_words), List(flag.nl_words));
    case FlagKind::kNegation:
      if (!fr) {
        return fmt::format("{}{} {}",
                           pick({"negation in Dutch only", "négation en néerlandais seulement",
                                 "ontkenning alleen in het Nederlands"}),
                           colon, List(flag.nl_words));
      }
      if (!nl) {
        return fmt::format("{}{} {}",
                           pick({"negation in French only", "négation en français seulement",
                                 "ontkenning alleen in het Frans"}),
                           colon, List(flag.fr_words));
      }
      return fmt::format(
          "{}{} FR {} / NL {}",
          pick({"negations differ", "les négations diffèrent", "ontkenningen verschillen"}), colon,
          List(flag.fr_words), List(flag.nl_words));
    case FlagKind::kEntity: {
      std::vector<std::string> parts;
      if (fr) {
        parts.push_back(fmt::format(
            "{}{} {}", pick({"in French only", "en français seulement", "alleen in het Frans"}),
            colon, List(flag.fr_words)));
      }
      if (nl) {
        parts.push_back(fmt::format(
            "{}{} {}",
            pick({"in Dutch only", "en néerlandais seulement", "alleen in het Nederlands"}), colon,
            List(flag.nl_words)));
      }
      return fmt::format("{} {}",
                         pick({"names or acronyms", "noms ou sigles", "namen of afkortingen"}),
                         fmt::join(parts, "; "));
    }
    case FlagKind::kLength:
      if (flag.ratio <= 0) {
        return std::string(pick({"length far from the document's norm",
                                 "longueur éloignée de la norme du document",
                                 "lengte ver van de norm van het document"}));
      }
      return fmt::format(
          fmt::runtime(
              pick({"Dutch is {:.1f} times the French length; the document's norm is {:.1f}",
                    "le néerlandais fait {:.1f} fois la longueur du français ; la norme du "
                    "document est {:.1f}",
                    "het Nederlands is {:.1f} keer zo lang als het Frans; de norm van het "
                    "document is {:.1f}"})),
          flag.ratio, flag.norm);
    case FlagKind::kUntranslated:
      if (fr && flag.fr_words == flag.nl_words) {
        return std::string(
            pick({"both sides are the same text", "les deux côtés portent le même texte",
                  "beide kanten bevatten dezelfde tekst"}));
      }
      if (nl) {
        return fmt::format("{}{} {}",
                           pick({"French in the Dutch text, left untranslated?",
                                 "du français dans le texte néerlandais, non traduit ?",
                                 "Frans in de Nederlandse tekst, niet vertaald?"}),
                           colon, Quoted(flag.nl_words, language));
      }
      return fmt::format("{}{} {}",
                         pick({"Dutch in the French text, left untranslated?",
                               "du néerlandais dans le texte français, non traduit ?",
                               "Nederlands in de Franse tekst, niet vertaald?"}),
                         colon, Quoted(flag.fr_words, language));
    case FlagKind::kHeadingNumber:
      return fmt::format("{}{} {} / {}",
                         pick({"heading numbers differ", "les numéros de titre diffèrent",
                               "titelnummers verschillen"}),
                         colon, List(flag.fr_words), List(flag.nl_words));
    case FlagKind::kTerm:
      // The terms stage writes the English message with the units it names;
      // in French or Dutch, the renderings involved.
      if (language == MessageLanguage::kEnglish && !flag.message.empty()) return flag.message;
      return fmt::format("{}{} FR {} / NL {}",
                         pick({"term rendered inconsistently", "terme rendu de façon incohérente",
                               "term inconsequent vertaald"}),
                         colon, List(flag.fr_words), List(flag.nl_words));
    case FlagKind::kOmission: {
      std::vector<std::string> parts;
      if (fr) {
        parts.push_back(fmt::format("{}{} {}",
                                    pick({"French sentence with no Dutch counterpart",
                                          "phrase française sans équivalent néerlandais",
                                          "Franse zin zonder Nederlandse tegenhanger"}),
                                    colon, Quoted(flag.fr_words, language)));
      }
      if (nl) {
        parts.push_back(fmt::format("{}{} {}",
                                    pick({"Dutch sentence with no French counterpart",
                                          "phrase néerlandaise sans équivalent français",
                                          "Nederlandse zin zonder Franse tegenhanger"}),
                                    colon, Quoted(flag.nl_words, language)));
      }
      return fmt::format("{}", fmt::join(parts, "; "));
    }
  }
  return "";
}

std::string StoredFlagMessage(std::string_view type, const std::vector<std::string>& fr_words,
                              const std::vector<std::string>& nl_words, const std::string& stored,
                              std::string_view side, MessageLanguage language) {
  Flag flag{FlagKind::kOneSided, stored, fr_words, nl_words};
  if (!FlagKindFromName(type, &flag.kind)) return stored;
  if (flag.kind == FlagKind::kOneSided) {
    flag.fr_words.clear();
    flag.nl_words.clear();
    (side == "nl" ? flag.nl_words : flag.fr_words).push_back("");
    return FlagMessage(flag, language);
  }
  if (flag.kind == FlagKind::kLength || (fr_words.empty() && nl_words.empty())) {
    return language == MessageLanguage::kEnglish || flag.kind != FlagKind::kLength
               ? stored
               : FlagMessage(flag, language);
  }
  return FlagMessage(flag, language);
}

}  // namespace tandem::qa
