// Versions of a dossier: which is in force on a date, what a set of versions
// must respect, what changed between two, and the writer read back.
#include "pipeline/redlines/versions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/redlines/dossier_loader.h"
#include "pipeline/redlines/dossier_writer.h"

namespace tandem::redlines {
namespace {

Dossier Version(std::string id, std::string agreed, std::string supersedes = "") {
  Dossier d;
  d.id = std::move(id);
  d.path = d.id + ".xml";
  d.agreed = std::move(agreed);
  d.supersedes = std::move(supersedes);
  return d;
}

std::vector<std::string> Ids(const std::vector<Dossier>& dossiers) {
  std::vector<std::string> ids;
  for (const Dossier& d : dossiers) ids.push_back(d.id);
  return ids;
}

TEST(Versions, TheNewestVersionAgreedOnOrBeforeTheDateIsInForce) {
  const std::vector<Dossier> all = {Version("v1", "2025-01-10"), Version("v2", "2025-04-01", "v1"),
                                    Version("v3", "2025-09-15", "v2"), Version("other", ""),
                                    Version("later", "2025-05-01")};
  struct {
    std::string date;
    std::vector<std::string> expected;
  } const rows[] = {
      {"2024-12-31", {"other"}},
      {"2025-01-10", {"v1", "other"}},
      {"2025-03-31", {"v1", "other"}},
      {"2025-04-01", {"v2", "other"}},
      {"2025-05-01", {"v2", "other", "later"}},
      {"2025-09-14", {"v2", "other", "later"}},
      {"2025-09-15", {"v3", "other", "later"}},
      {"2030-01-01", {"v3", "other", "later"}},
  };
  ASSERT_TRUE(CheckVersions(all));
  for (const auto& row : rows) EXPECT_EQ(Ids(InForceOn(all, row.date)), row.expected) << row.date;
}

TEST(Versions, ASetOfVersionsThatContradictsItselfIsRefusedNamingTheFile) {
  struct {
    std::vector<Dossier> dossiers;
    std::string expected;  // in the message
  } const rows[] = {
      {{Version("a", "2025-01-01"), Version("a", "2025-02-01")}, "dossier a is also read from a.xml"},
      {{Version("a", "2025-01-01"), Version("b", "2025-02-01", "a"), Version("c", "2025-03-01", "a")},
       "both supersede a"},
      {{Version("a", "2025-05-01"), Version("b", "2025-02-01", "a")}, "a new version is agreed later"},
      {{Version("a", "2025-05-01"), Version("b", "2025-05-01", "a")}, "a new version is agreed later"},
  };
  for (const auto& row : rows) {
    auto checked = CheckVersions(row.dossiers);
    ASSERT_FALSE(checked) << row.expected;
    EXPECT_NE(checked.error().message.find(row.expected), std::string::npos) << checked.error().message;
  }
  // The superseded version need not be loaded: the new one stands alone.
  EXPECT_TRUE(CheckVersions({Version("b", "2025-02-01", "gone")}));
}

TEST(Versions, VersionsOfListsTheChainOldestFirstFromAnyOfItsMembers) {
  const std::vector<Dossier> all = {Version("v3", "2025-09-15", "v2"), Version("v1", "2025-01-10"),
                                    Version("x", ""), Version("v2", "2025-04-01", "v1")};
  for (const std::string id : {"v1", "v2", "v3"}) {
    std::vector<std::string> chain;
    for (const Dossier* d : VersionsOf(all, id)) chain.push_back(d->id);
    EXPECT_EQ(chain, (std::vector<std::string>{"v1", "v2", "v3"})) << id;
  }
  EXPECT_EQ(VersionsOf(all, "x").size(), 1u);
  EXPECT_TRUE(VersionsOf(all, "none").empty());
}

TEST(Versions, IsoDatesAreCalendarDays) {
  struct {
    const char* text;
    bool valid;
  } const rows[] = {{"2025-02-19", true},  {"2024-02-29", true},  {"2025-02-29", false}, {"2025-13-01", false},
                    {"2025-04-31", false}, {"2025-4-01", false},  {"19-02-2025", false}, {"", false},
                    {"2000-02-29", true},  {"1900-02-29", false}, {"2025-12-31", true},  {"2025-00-10", false}};
  for (const auto& row : rows) EXPECT_EQ(IsIsoDate(row.text), row.valid) << row.text;
}

constexpr std::string_view kOld = R"(<redlines xmlns="urn:tandem:redlines:1" dossier="old" agreed="2025-01-10">
<forbid id="A" severity="blocking"><claim xml:lang="fr">lever les sanctions</claim><claim xml:lang="nl">de sancties opheffen</claim></forbid>
<limit id="B" severity="warning" unit="EUR" max="1000000"><quantity xml:lang="fr">aide</quantity><quantity xml:lang="nl">hulp</quantity></limit>
<require id="C" severity="warning"><claim xml:lang="fr">dialogue</claim><claim xml:lang="nl">dialoog</claim></require>
</redlines>)";
constexpr std::string_view kNew = R"(<redlines xmlns="urn:tandem:redlines:1" dossier="new" agreed="2025-06-10" supersedes="old">
<forbid id="A" severity="warning"><claim xml:lang="fr">lever les sanctions</claim><claim xml:lang="nl">de sancties volledig opheffen</claim></forbid>
<limit id="B" severity="warning" unit="EUR" max="2500000.5"><quantity xml:lang="fr">aide</quantity><quantity xml:lang="nl">hulp</quantity></limit>
<term id="D" severity="warning"><use xml:lang="fr">pays partenaire</use><use xml:lang="nl">partnerland</use><avoid xml:lang="fr">pays bénéficiaire</avoid><avoid xml:lang="nl">begunstigd land</avoid></term>
</redlines>)";

TEST(Versions, CompareVersionsNamesTheRulesAddedRemovedAndWhatChanged) {
  auto older = LoadDossierBytes(kOld, "old.xml");
  auto newer = LoadDossierBytes(kNew, "new.xml");
  ASSERT_TRUE(older) << older.error().message;
  ASSERT_TRUE(newer) << newer.error().message;
  EXPECT_EQ(newer->supersedes, "old");
  const std::vector<RuleChange> changes = CompareVersions(*older, *newer);
  ASSERT_EQ(changes.size(), 4u);
  EXPECT_EQ(changes[0].rule, "A");
  EXPECT_EQ(changes[0].type, RuleChange::Type::kChanged);
  ASSERT_EQ(changes[0].changes.size(), 2u);
  EXPECT_EQ(changes[0].changes[0].field, "severity");
  EXPECT_EQ(changes[0].changes[0].before, "blocking");
  EXPECT_EQ(changes[0].changes[0].after, "warning");
  EXPECT_EQ(changes[0].changes[1].field, "nl");
  EXPECT_EQ(changes[0].changes[1].after, "de sancties volledig opheffen");
  EXPECT_EQ(changes[1].rule, "B");
  ASSERT_EQ(changes[1].changes.size(), 1u);
  EXPECT_EQ(changes[1].changes[0].field, "max");
  EXPECT_EQ(changes[1].changes[0].before, "1000000");
  EXPECT_EQ(changes[1].changes[0].after, "2500000.5");
  EXPECT_EQ(changes[2].rule, "D");
  EXPECT_EQ(changes[2].type, RuleChange::Type::kAdded);
  EXPECT_EQ(changes[3].rule, "C");
  EXPECT_EQ(changes[3].type, RuleChange::Type::kRemoved);
}

TEST(DossierLoader, ANewVersionNeedsItsOwnAgreedDateAndItsOwnId) {
  struct {
    std::string xml, expected;
  } const rows[] = {
      {R"(<redlines xmlns="urn:tandem:redlines:1" dossier="n" supersedes="o"/>)", "has no agreed date"},
      {R"(<redlines xmlns="urn:tandem:redlines:1" dossier="n" agreed="2025-01-01" supersedes="n"/>)",
       "supersedes itself"},
      {R"(<redlines xmlns="urn:tandem:redlines:1" dossier="n" agreed="2025-01-01" supersedes="not an id"/>)",
       "not a red-line file"},
  };
  for (const auto& row : rows) {
    auto loaded = LoadDossierBytes(row.xml, "n.xml");
    ASSERT_FALSE(loaded) << row.xml;
    EXPECT_NE(loaded.error().message.find(row.expected), std::string::npos) << loaded.error().message;
    EXPECT_EQ(loaded.error().message.rfind("n.xml:1: ", 0), 0u) << loaded.error().message;
  }
}

TEST(DossierWriter, WhatItWritesReadsBackTheSame) {
  for (const std::string_view xml : {kOld, kNew}) {
    auto first = LoadDossierBytes(xml, "a.xml");
    ASSERT_TRUE(first) << first.error().message;
    Dossier d = *first;
    d.titles = {{Language::kFrench, "Sanctions & « dialogue »"}, {Language::kDutch, "Sancties <en> dialoog"}};
    d.topic = {{Language::kFrench, "Russie"}, {Language::kDutch, "Rusland"}};
    d.source = "Réunion \"de coordination\"";
    const std::string written = DossierXml(d);
    auto again = LoadDossierBytes(written, "b.xml");
    ASSERT_TRUE(again) << again.error().message << "\n" << written;
    EXPECT_EQ(DossierXml(*again), written);
    EXPECT_EQ(again->titles[1].text, "Sancties <en> dialoog");
    EXPECT_EQ(again->source, d.source);
    EXPECT_TRUE(CompareVersions(d, *again).empty());
  }
}

TEST(DossierWriter, AnInvalidDossierIsRefusedWithTheSchemasMessage) {
  Dossier d;
  d.id = "x";
  Rule rule;
  rule.id = "R-1";
  rule.kind = RuleKind::kForbid;
  rule.wordings = {{Language::kFrench, "lever les sanctions"}};  // no Dutch side
  d.rules.push_back(rule);
  auto loaded = LoadDossierBytes(DossierXml(d), "x.xml");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("needs a French and a Dutch <claim>"), std::string::npos)
      << loaded.error().message;
  d.id = "1x";  // not an NCName
  loaded = LoadDossierBytes(DossierXml(d), "x.xml");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("not a red-line file"), std::string::npos) << loaded.error().message;
}

}  // namespace
}  // namespace tandem::redlines
