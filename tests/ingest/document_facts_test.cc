#include "pipeline/ingest/document_facts.h"

#include <gtest/gtest.h>

#include "pipeline/ingest/reader.h"
#include "tests/support/test_files.h"

namespace tandem::ingest {
namespace {

using tandem::testing::TempDir;

TEST(ChamberReference, Table) {
  struct Case {
    std::string text, expected;
  };
  const std::vector<Case> cases = {
      {"CHAMBRE DES REPRÉSENTANTS\nDOC 56 0767/006\n", "DOC 56 0767/006"},
      {"DOC 55 1234/002 (2023/2024)", "DOC 55 1234/002"},
      {"0767/006DOC 5618", "DOC 56 0767/006"},  // running header glued by text extraction, page 18
      {"Le document 0767 est cité.", ""},
      {"DOCUMENT 12", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(ChamberReference(c.text), c.expected) << c.text;
}

TEST(IsGenericHeading, Table) {
  for (const char* generic :
       {"Introduction", "INLEIDING", "Table des matières", "Samenvatting", "1.1. SÉCURITÉ"}) {
    EXPECT_TRUE(IsGenericHeading(generic)) << generic;
  }
  for (const char* own :
       {"Note de politique générale", "Algemene beleidsnota", "Rapport annuel 2024"}) {
    EXPECT_FALSE(IsGenericHeading(own)) << own;
  }
}

// Issue 19: "Introduction" is not a title; the number and title printed on
// the first page are.
TEST(ReadDocument, TitleFromTheFirstPageNotFromAGenericHeading) {
  TempDir dir;
  auto doc = ReadDocument(
      dir.Write("note.txt",
                "DOC 56 1234/001\n\nNote de politique générale\n\nAffaires étrangères\n\n"
                "Bruxelles, le 14 mars 2025\n\nIntroduction\n\n"
                "La politique étrangère de la Belgique s’appuie sur ses partenaires européens.\n"));
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(doc->title, "DOC 56 1234/001 — Note de politique générale");
  EXPECT_NE(doc->front_matter.find("14 mars 2025"), std::string::npos);

  auto plain = ReadDocument(dir.Write(
      "plain.txt", "Introduction\n\nLe monde a changé et notre diplomatie doit s’adapter.\n"));
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->title, "");
}

}  // namespace
}  // namespace tandem::ingest
