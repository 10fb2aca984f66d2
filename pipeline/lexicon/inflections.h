// Verb forms that stemmers do not bring together: Dutch past participles
// ("toekennen" / "toegekend", "opleggen" / "opgelegde") and French past
// participles of -re and -ir verbs ("vendre" / "vendues", "obtenir" / "obtenu").
// Search uses them to match a dictionary's infinitive against the inflected
// words of an index, and an inflected query word against the dictionary.
#ifndef TANDEM_PIPELINE_LEXICON_INFLECTIONS_H_
#define TANDEM_PIPELINE_LEXICON_INFLECTIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace tandem::lexicon {

// The past participles a Dutch infinitive (SearchWords form) may have, by the
// regular rules: "ge" + stem + "d"/"t" ('t kofschip), after a separable
// prefix ("toekennen" -> "toegekend", "opleggen" -> "opgelegd"), without "ge"
// after an unstressed one ("verwonden" -> "verwond"); the stem with a
// doubled vowel when the infinitive's syllable is open ("kopen" -> "gekoopt",
// a candidate only). Empty for what is no regular infinitive (under five
// letters, not ending in "en"). Candidates: keep those the text uses.
std::vector<std::string> DutchParticiples(std::string_view infinitive);

// The finite forms a Dutch infinitive (SearchWords form) may take: the
// present ("kennen" -> "ken", "kent"; "kopen" -> "koop", "koopt") and the
// weak past ("werken" -> "werkte", "werkten"; "bouwen" -> "bouwde"), or a
// strong verb's past ("kiezen" -> "koos"). Candidates: keep those the text uses.
std::vector<std::string> DutchVerbForms(std::string_view infinitive);

// The inflected forms a Dutch noun or adjective (SearchWords form) may take,
// with the spelling changes of an added syllable: "groot" -> "grote",
// "groter", "grootste"; "wit" -> "witte"; "lief" -> "lieve"; "kind" ->
// "kinderen" is irregular and not given. Candidates: keep those the text uses
// (stemmers keep "groot" and "grote" apart).
std::vector<std::string> DutchForms(std::string_view word);

// The infinitives a Dutch past participle (SearchWords form, also with the
// adjective's "-e"/"-en") may come from: "toegekende" -> "toekennen",
// "opgericht" -> "oprichten", "gewonden" -> "wonden". Candidates, most
// likely first; empty when the word does not look like a participle.
std::vector<std::string> DutchInfinitives(std::string_view participle);

// The past participles a French infinitive (SearchWords form) may have,
// with their agreement endings: "vendre" -> "vendu", "vendus", "vendue",
// "vendues"; "obtenir" -> "obtenu"...; "finir" -> "fini"...; the -er verbs
// are left out (their participles share the infinitive's stem).
std::vector<std::string> FrenchParticiples(std::string_view infinitive);

// The infinitives a French past participle (SearchWords form, with or
// without its agreement endings) may come from, where the stemmer does not
// bring them together: "contraints" -> "contraindre", "pris" -> "prendre",
// "reçu" -> "recevoir", "ouvert" -> "ouvrir", "produit" -> "produire",
// "vendues" -> "vendre", and an -er verb's participle whose "é" was folded
// ("enregistrees" -> "enregistrer"). Candidates: keep those a dictionary knows.
std::vector<std::string> FrenchInfinitives(std::string_view participle);

}  // namespace tandem::lexicon

#endif  // TANDEM_PIPELINE_LEXICON_INFLECTIONS_H_
