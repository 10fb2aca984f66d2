#include "pipeline/lexicon/inflections.h"

#include <algorithm>
#include <array>

namespace tandem::lexicon {
namespace {

// Separable prefixes: the participle puts "ge" after them.
constexpr std::array<std::string_view, 24> kSeparable = {
    "aan",  "af",     "bij",    "door",   "in",    "mee",   "na",    "om",
    "op",   "over",   "toe",    "uit",    "voor",  "weg",   "terug", "samen",
    "vast", "los",    "neer",   "tegen",  "thuis", "vrij",  "stil",  "teweeg"};
// Unstressed prefixes: no "ge" in the participle.
constexpr std::array<std::string_view, 6> kUnstressed = {"be", "ge", "er", "her", "ont", "ver"};

// Dutch strong and irregular verbs: infinitive, past singular, past
// participle (the simplex; prefixed verbs are derived from it). From the
// grammar, not from any corpus.
struct StrongVerb {
  std::string_view infinitive, past, participle;
};
constexpr StrongVerb kStrongVerbs[] = {
    {"bakken", "bakte", "gebakken"},
    {"bederven", "bedierf", "bedorven"},
    {"beginnen", "begon", "begonnen"},
    {"bergen", "borg", "geborgen"},
    {"bevelen", "beval", "bevolen"},
    {"bidden", "bad", "gebeden"},
    {"bijten", "beet", "gebeten"},
    {"bieden", "bood", "geboden"},
    {"binden", "bond", "gebonden"},
    {"blijken", "bleek", "gebleken"},
    {"blijven", "bleef", "gebleven"},
    {"breken", "brak", "gebroken"},
    {"brengen", "bracht", "gebracht"},
    {"buigen", "boog", "gebogen"},
    {"denken", "dacht", "gedacht"},
    {"doen", "deed", "gedaan"},
    {"dragen", "droeg", "gedragen"},
    {"drijven", "dreef", "gedreven"},
    {"dringen", "drong", "gedrongen"},
    {"drinken", "dronk", "gedronken"},
    {"eten", "at", "gegeten"},
    {"gaan", "ging", "gegaan"},
    {"gelden", "gold", "gegolden"},
    {"genieten", "genoot", "genoten"},
    {"geven", "gaf", "gegeven"},
    {"glijden", "gleed", "gegleden"},
    {"graven", "groef", "gegraven"},
    {"grijpen", "greep", "gegrepen"},
    {"hangen", "hing", "gehangen"},
    {"hebben", "had", "gehad"},
    {"heffen", "hief", "geheven"},
    {"helpen", "hielp", "geholpen"},
    {"heten", "heette", "geheten"},
    {"houden", "hield", "gehouden"},
    {"kiezen", "koos", "gekozen"},
    {"kijken", "keek", "gekeken"},
    {"klimmen", "klom", "geklommen"},
    {"klinken", "klonk", "geklonken"},
    {"komen", "kwam", "gekomen"},
    {"kopen", "kocht", "gekocht"},
    {"krijgen", "kreeg", "gekregen"},
    {"kruipen", "kroop", "gekropen"},
    {"kunnen", "kon", "gekund"},
    {"laden", "laadde", "geladen"},
    {"laten", "liet", "gelaten"},
    {"lezen", "las", "gelezen"},
    {"liegen", "loog", "gelogen"},
    {"liggen", "lag", "gelegen"},
    {"lijden", "leed", "geleden"},
    {"lijken", "leek", "geleken"},
    {"lopen", "liep", "gelopen"},
    {"meten", "mat", "gemeten"},
    {"mijden", "meed", "gemeden"},
    {"mogen", "mocht", "gemogen"},
    {"nemen", "nam", "genomen"},
    {"prijzen", "prees", "geprezen"},
    {"raden", "raadde", "geraden"},
    {"rijden", "reed", "gereden"},
    {"rijzen", "rees", "gerezen"},
    {"roepen", "riep", "geroepen"},
    {"ruiken", "rook", "geroken"},
    {"scheiden", "scheidde", "gescheiden"},
    {"schenken", "schonk", "geschonken"},
    {"scheppen", "schiep", "geschapen"},
    {"schijnen", "scheen", "geschenen"},
    {"schieten", "schoot", "geschoten"},
    {"schrijven", "schreef", "geschreven"},
    {"schuiven", "schoof", "geschoven"},
    {"slaan", "sloeg", "geslagen"},
    {"slapen", "sliep", "geslapen"},
    {"sluiten", "sloot", "gesloten"},
    {"snijden", "sneed", "gesneden"},
    {"spreken", "sprak", "gesproken"},
    {"springen", "sprong", "gesprongen"},
    {"staan", "stond", "gestaan"},
    {"steken", "stak", "gestoken"},
    {"stelen", "stal", "gestolen"},
    {"sterven", "stierf", "gestorven"},
    {"stijgen", "steeg", "gestegen"},
    {"strijden", "streed", "gestreden"},
    {"trekken", "trok", "getrokken"},
    {"treffen", "trof", "getroffen"},
    {"vallen", "viel", "gevallen"},
    {"vangen", "ving", "gevangen"},
    {"varen", "voer", "gevaren"},
    {"vechten", "vocht", "gevochten"},
    {"verdwijnen", "verdween", "verdwenen"},
    {"vergeten", "vergat", "vergeten"},
    {"verliezen", "verloor", "verloren"},
    {"vinden", "vond", "gevonden"},
    {"vliegen", "vloog", "gevlogen"},
    {"vragen", "vroeg", "gevraagd"},
    {"vriezen", "vroor", "gevroren"},
    {"wassen", "waste", "gewassen"},
    {"wegen", "woog", "gewogen"},
    {"werpen", "wierp", "geworpen"},
    {"werven", "wierf", "geworven"},
    {"weten", "wist", "geweten"},
    {"wijken", "week", "geweken"},
    {"wijzen", "wees", "gewezen"},
    {"winden", "wond", "gewonden"},
    {"winnen", "won", "gewonnen"},
    {"worden", "werd", "geworden"},
    {"zeggen", "zei", "gezegd"},
    {"zenden", "zond", "gezonden"},
    {"zien", "zag", "gezien"},
    {"zijn", "was", "geweest"},
    {"zingen", "zong", "gezongen"},
    {"zinken", "zonk", "gezonken"},
    {"zitten", "zat", "gezeten"},
    {"zoeken", "zocht", "gezocht"},
    {"zuigen", "zoog", "gezogen"},
    {"zwemmen", "zwom", "gezwommen"},
    {"zweren", "zwoer", "gezworen"},
    {"zwijgen", "zweeg", "gezwegen"},
};

bool Vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

void AddOnce(std::vector<std::string>* out, std::string s) {
  if (std::find(out->begin(), out->end(), s) == out->end()) out->push_back(std::move(s));
}

// The verb's stems from the infinitive without "en": "kenn" -> "ken",
// "leggen" -> "leg", "kop" -> "kop", "koop"; "lev" -> "leef" (v/f, z/s).
// `voiceless` tells the participle's ending: from the stem before devoicing.
struct Stem {
  std::string text;
  bool voiceless = false;  // 't kofschip: "t", else "d"
};
std::vector<Stem> VerbStems(std::string base) {
  std::vector<Stem> out;
  const size_t n = base.size();
  if (n < 2) return out;
  const char last = base.back();
  const bool voiceless = last == 't' || last == 'k' || last == 'f' || last == 's' ||
                         last == 'p' || last == 'x' || EndsWith(base, "ch");
  if (n >= 3 && base[n - 1] == base[n - 2] && !Vowel(last)) {
    out.push_back({base.substr(0, n - 1), voiceless});  // "kenn" -> "ken"
    return out;
  }
  std::string devoiced = base;
  if (last == 'v') devoiced.back() = 'f';
  if (last == 'z') devoiced.back() = 's';
  out.push_back({devoiced, voiceless});
  // An open syllable: "kopen" -> "koop", "leven" -> "leef".
  const size_t m = devoiced.size();
  if (m >= 3 && !Vowel(devoiced[m - 1]) && Vowel(devoiced[m - 2]) && !Vowel(devoiced[m - 3]) &&
      devoiced[m - 2] != 'i') {
    out.push_back({devoiced.substr(0, m - 1) + devoiced[m - 2] + devoiced[m - 1], voiceless});
  }
  return out;
}

// Participles of a verb without separable prefix.
void Participles(std::string_view verb, std::string_view prefix, std::vector<std::string>* out) {
  if (verb.size() < 4 || !EndsWith(verb, "en")) return;
  bool unstressed = false;
  for (std::string_view p : kUnstressed) {
    unstressed = unstressed || (StartsWith(verb, p) && verb.size() >= p.size() + 4);
  }
  for (const Stem& stem : VerbStems(std::string(verb.substr(0, verb.size() - 2)))) {
    std::string participle(prefix);
    if (!unstressed) participle += "ge";
    participle += stem.text;
    const char last = stem.text.back();
    if (last != 't' && last != 'd') participle += stem.voiceless ? 't' : 'd';
    AddOnce(out, std::move(participle));
  }
}


// The strong verb `simplex` with unstressed prefix `unstressed` ("" for none):
// its participle ("ver" + "kocht") and past.
void StrongForms(std::string_view prefix, std::string_view unstressed, std::string_view simplex,
                 std::vector<std::string>* out) {
  for (const StrongVerb& v : kStrongVerbs) {
    if (v.infinitive != simplex) continue;
    std::string participle(prefix);
    participle += unstressed;
    // "ge" goes when an unstressed prefix comes before (but not in "vergeten").
    participle += unstressed.empty() || !StartsWith(v.participle, "ge") ? v.participle
                                                                      : v.participle.substr(2);
    AddOnce(out, std::move(participle));
    if (prefix.empty()) AddOnce(out, std::string(unstressed) + std::string(v.past));
  }
}

}  // namespace

std::vector<std::string> DutchParticiples(std::string_view infinitive) {
  std::vector<std::string> out;
  if (infinitive.size() < 5 || !EndsWith(infinitive, "en")) return out;
  Participles(infinitive, "", &out);
  for (std::string_view p : kSeparable) {
    if (StartsWith(infinitive, p) && infinitive.size() >= p.size() + 5)
      Participles(infinitive.substr(p.size()), p, &out);
  }
  // Strong verbs: "verkopen" -> "verkocht", "uitspreken" -> "uitgesproken".
  std::vector<std::string_view> separable = {""};
  for (std::string_view p : kSeparable) {
    if (StartsWith(infinitive, p)) separable.push_back(p);
  }
  for (std::string_view p : separable) {
    const std::string_view rest = infinitive.substr(p.size());
    StrongForms(p, "", rest, &out);
    for (std::string_view u : kUnstressed) {
      if (StartsWith(rest, u)) StrongForms(p, u, rest.substr(u.size()), &out);
    }
  }
  return out;
}

std::vector<std::string> DutchVerbForms(std::string_view infinitive) {
  std::vector<std::string> out;
  if (infinitive.size() < 5 || !EndsWith(infinitive, "en")) return out;
  for (const Stem& stem : VerbStems(std::string(infinitive.substr(0, infinitive.size() - 2)))) {
    AddOnce(&out, stem.text);
    if (stem.text.back() != 't') AddOnce(&out, stem.text + "t");
    const std::string past = stem.text + (stem.voiceless ? "te" : "de");
    AddOnce(&out, past);
    AddOnce(&out, past + "n");
  }
  for (const StrongVerb& v : kStrongVerbs) {
    if (v.infinitive == infinitive) AddOnce(&out, std::string(v.past));
  }
  return out;
}

std::vector<std::string> DutchForms(std::string_view word) {
  std::vector<std::string> out;
  const size_t n = word.size();
  if (n < 3 || Vowel(word.back())) return out;
  const std::string w(word);
  // The stem before a vowel: "groot" -> "grot", "wit" -> "witt", "lief" -> "liev".
  std::vector<std::string> before_vowel = {w};
  if (n >= 4 && Vowel(w[n - 2]) && w[n - 2] == w[n - 3] && !Vowel(w[n - 4]) && w[n - 2] != 'e')
    before_vowel.push_back(w.substr(0, n - 2) + w.back());  // "groot" -> "grot"
  if (Vowel(w[n - 2]) && !Vowel(w[n - 3]) && w.back() != 'w' && w.back() != 'x')
    before_vowel.push_back(w + w.back());  // "wit" -> "witt"
  const size_t voiced = before_vowel.size();
  for (size_t i = 0; i < voiced; ++i) {
    std::string v = before_vowel[i];
    if (v.back() == 'f' && v[v.size() - 2] != 'f') v.back() = 'v';
    else if (v.back() == 's' && v[v.size() - 2] != 's') v.back() = 'z';
    else continue;
    before_vowel.push_back(std::move(v));  // "lief" -> "liev", "boos" -> "boz"
  }
  for (const std::string& stem : before_vowel) {
    for (std::string_view ending : {"e", "en", "er", "ere", "eren"})
      AddOnce(&out, stem + std::string(ending));
  }
  for (std::string_view ending : {"s", "st", "ste"}) AddOnce(&out, w + std::string(ending));
  return out;
}

std::vector<std::string> DutchInfinitives(std::string_view participle) {
  std::vector<std::string> out;
  std::vector<std::string_view> forms = {participle};
  if (EndsWith(participle, "en")) forms.push_back(participle.substr(0, participle.size() - 2));
  if (EndsWith(participle, "e")) forms.push_back(participle.substr(0, participle.size() - 1));
  // Strong verbs, after a separable and/or an unstressed prefix: "uitgesproken",
  // "verkochte", "verscheen".
  for (std::string_view form : forms) {
    std::vector<std::string_view> separable = {""};
    for (std::string_view p : kSeparable) {
      if (StartsWith(form, p)) separable.push_back(p);
    }
    for (std::string_view p : separable) {
      const std::string_view rest = form.substr(p.size());
      for (const StrongVerb& v : kStrongVerbs) {
        if (rest == v.participle || (p.empty() && rest == v.past))
          AddOnce(&out, std::string(p) + std::string(v.infinitive));
        for (std::string_view u : kUnstressed) {
          if (!StartsWith(rest, u)) continue;
          const std::string_view after = rest.substr(u.size());
          const std::string_view bare =
              StartsWith(v.participle, "ge") ? v.participle.substr(2) : v.participle;
          if (after == bare || (p.empty() && after == v.past))
            AddOnce(&out, std::string(p) + std::string(u) + std::string(v.infinitive));
        }
      }
    }
  }
  for (std::string_view form : forms) {
    if (form.size() < 5 || !(form.back() == 'd' || form.back() == 't')) continue;
    // Where the "ge" may be: at the start, or after a separable prefix.
    std::vector<std::pair<std::string_view, std::string_view>> splits = {{"", form}};
    for (std::string_view p : kSeparable) {
      if (StartsWith(form, p)) splits.emplace_back(p, form.substr(p.size()));
    }
    for (const auto& split : splits) {
      const std::string_view prefix = split.first, rest = split.second;
      std::vector<std::string_view> stems;
      if (StartsWith(rest, "ge") && rest.size() >= 5) {
        stems.push_back(rest.substr(2, rest.size() - 3));  // "gekend" -> "ken"
        if (rest.back() == 't' || rest.back() == 'd') stems.push_back(rest.substr(2));  // "gezet"
      }
      bool unstressed = false;
      for (std::string_view p : kUnstressed) unstressed = unstressed || StartsWith(rest, p);
      if (unstressed && rest.size() >= 5) {
        stems.push_back(rest.substr(0, rest.size() - 1));  // "bepaald" -> "bepaal"
        stems.push_back(rest);                             // "verwond" (stem in "d")
      }
      for (std::string_view stem : stems) {
        if (stem.size() < 2) continue;
        std::string s(stem);
        const size_t n = s.size();
        // "koop" -> "kopen": an open syllable loses the doubled vowel.
        if (n >= 3 && !Vowel(s[n - 1]) && Vowel(s[n - 2]) && s[n - 2] == s[n - 3])
          s.erase(n - 2, 1);
        std::string voiced = s;
        if (voiced.back() == 'f') voiced.back() = 'v';
        if (voiced.back() == 's') voiced.back() = 'z';
        for (const std::string& base : {s, voiced}) {
          const size_t m = base.size();
          // A short vowel before one consonant doubles it: "ken" -> "kennen".
          if (m >= 2 && !Vowel(base[m - 1]) && Vowel(base[m - 2]) &&
              (m < 3 || !Vowel(base[m - 3])))
            AddOnce(&out, std::string(prefix) + base + base.back() + "en");
          AddOnce(&out, std::string(prefix) + base + "en");
        }
      }
    }
  }
  return out;
}

std::vector<std::string> FrenchParticiples(std::string_view infinitive) {
  std::vector<std::string> out;
  if (infinitive.size() < 5) return out;
  const std::string root(infinitive.substr(0, infinitive.size() - 2));
  std::string participle;
  if (EndsWith(infinitive, "enir")) {
    participle = root + "u";  // "obtenir" -> "obtenu"
  } else if (EndsWith(infinitive, "ir")) {
    participle = root + "i";  // "finir" -> "fini"
  } else if (EndsWith(infinitive, "dre") || EndsWith(infinitive, "vre")) {
    participle = root + "u";  // "vendre" -> "vendu"
  } else {
    return out;
  }
  // Stemmers keep some of the agreement endings ("vendus").
  for (std::string_view ending : {"", "s", "e", "es"}) out.push_back(participle + std::string(ending));
  return out;
}

std::vector<std::string> FrenchInfinitives(std::string_view participle) {
  std::vector<std::string> out;
  std::vector<std::string_view> forms = {participle};
  for (std::string_view agreement : {"es", "s", "e"}) {
    if (EndsWith(participle, agreement) && participle.size() >= agreement.size() + 3)
      forms.push_back(participle.substr(0, participle.size() - agreement.size()));
  }
  for (std::string_view form : forms) {
    if (form.size() < 3) continue;
    auto with = [&](size_t cut, std::string_view ending) {
      AddOnce(&out, std::string(form.substr(0, form.size() - cut)) + std::string(ending));
    };
    // An -er verb's "é", folded to "e" (which the stemmer then reads as a
    // silent "e"): "enregistree" -> "enregistrer", "considerees" -> "considerer".
    if (EndsWith(form, "e") && !EndsWith(form, "ee")) with(0, "r");
    if (EndsWith(form, "int")) with(3, "indre");  // "contraint", "atteint", "craint"
    if (EndsWith(form, "is")) {                   // "mis", "pris", "compris", "acquis"
      with(2, "ettre");
      with(2, "endre");
      with(2, "erir");
    }
    if (EndsWith(form, "ert")) with(3, "rir");  // "ouvert", "offert"
    if (EndsWith(form, "it")) with(1, "re");    // "produit", "écrit", "réduit"
    if (EndsWith(form, "u")) {
      with(1, "re");   // "vendu", "rendu"
      with(1, "ir");   // "obtenu", "venu"
      if (EndsWith(form, "cu")) with(1, "evoir");  // "reçu" (folded "recu"), "perçu"
    }
  }
  return out;
}

}  // namespace tandem::lexicon
