#include "pipeline/batch/source_facts.h"

#include <gtest/gtest.h>

namespace tandem::batch {
namespace {

TEST(FirstDate, ReadsDatesAsWrittenInPolicyDocuments) {
  const std::pair<std::string, std::string> cases[] = {
      {"Réunion de coordination du 2 octobre 2025 : rapport", "2025-10-02"},
      {"Conseil des Affaires étrangères du 1er avril 2025", "2025-04-01"},
      {"conclusies van de top van 12 juni 2025", "2025-06-12"},
      {"Brussels, March 14, 2024", "2024-03-14"},
      {"Vergadering van 14 maart 2026", "2026-03-14"},
      {"Version du 2025-01-31", "2025-01-31"},
      {"Bruxelles, le 05/02/2024", "2024-02-05"},
      {"note d'orientation 2025-2028", "2025"},
      {"décembre 2023", "2023-12"},
      {"Article 12 du règlement 833", ""},
      {"", ""},
  };
  for (const auto& [text, date] : cases) EXPECT_EQ(FirstDate(text), date) << text;
}

TEST(TypeNamedIn, NamesTheKindOfDocument) {
  const std::pair<std::string, std::string> cases[] = {
      {"Réunion de coordination : rapport", "report"},
      {"Verslag van de coördinatievergadering", "report"},
      {"Coopération au développement au Sahel : note d’orientation 2025-2028", "policy-note"},
      {"Algemene beleidsnota Buitenlandse Zaken", "policy-note"},
      {"Mandat de la Belgique : instructions pour la 58e session", "directive"},
      {"Projet de rapport sur l'élargissement", "draft"},
      {"Ontwerp van standpunt", "draft"},
      {"Soutien à l'Ukraine : position pour le Conseil", "position"},
      {"coordination-report-2025", "report"},
      {"Annexe", ""},
  };
  for (const auto& [text, type] : cases) EXPECT_EQ(TypeNamedIn(text), type) << text;
}

}  // namespace
}  // namespace tandem::batch
