// Human names for the index's codes, in the interface's language.
#include <map>

#include "pipeline/workbench/views.h"

namespace tandem::workbench {
namespace {

std::string Lookup(Ui ui, const std::map<std::string_view, Phrase>& names,
                   const std::string& code) {
  const auto it = names.find(code);
  return it == names.end() ? code : std::string(Say(ui, it->second));
}

}  // namespace

std::string TypeLabel(Ui ui, const std::string& type) {
  static const std::map<std::string_view, Phrase> kNames = {
      {"policy-note", {"note de politique", "beleidsnota"}},
      {"report", {"rapport", "verslag"}},
      {"directive", {"directive", "richtlijn"}},
      {"position", {"position", "standpunt"}},
      {"draft", {"projet", "ontwerp"}},
      {"parliamentary", {"document parlementaire", "parlementair stuk"}},
      {"document", {"document", "document"}},
      {"instructions", {"instructions", "instructies"}},
  };
  return Lookup(ui, kNames, type);
}

std::string LanguageLabel(Ui ui, const std::string& code) {
  static const std::map<std::string_view, Phrase> kNames = {
      {"fr", {"français", "Frans"}},
      {"nl", {"néerlandais", "Nederlands"}},
      {"en", {"anglais", "Engels"}},
      {"de", {"allemand", "Duits"}},
  };
  return Lookup(ui, kNames, code);
}

std::string FlagLabel(Ui ui, const std::string& type) {
  static const std::map<std::string_view, Phrase> kNames = {
      {"one-sided", {"un seul côté", "eenzijdig"}},
      {"numbers", {"nombres", "getallen"}},
      {"negation", {"négation", "ontkenning"}},
      {"entity", {"nom", "naam"}},
      {"length", {"longueur", "lengte"}},
      {"untranslated", {"non traduit", "niet vertaald"}},
      {"heading-number", {"numéro de titre", "titelnummer"}},
      {"omission", {"omission", "weglating"}},
      {"term", {"terme", "term"}},
  };
  return Lookup(ui, kNames, type);
}

}  // namespace tandem::workbench
