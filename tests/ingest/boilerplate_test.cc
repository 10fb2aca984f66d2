// Web pages as they come: the content of pages in common site styles, site
// furniture left out. Each fixture tests/data/web/STYLE.LANG.html has its gold
// paragraphs written by hand in STYLE.LANG.gold (one paragraph a line), then,
// after a "## furniture" line, the openings of blocks that must not be units.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "pipeline/ingest/reader.h"
#include "tests/support/test_files.h"

namespace tandem::ingest {
namespace {

namespace fs = std::filesystem;
using tandem::testing::ReadAll;
using tandem::testing::SourceDir;
using tandem::testing::TempDir;

struct Gold {
  std::vector<std::string> paragraphs;
  std::vector<std::string> furniture;
};

Gold ReadGold(const std::string& path) {
  Gold gold;
  std::ifstream in(path);
  std::string line;
  bool furniture = false;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line == "## furniture") {
      furniture = true;
      continue;
    }
    (furniture ? gold.furniture : gold.paragraphs).push_back(line);
  }
  return gold;
}

// Paragraph F1: units matching a gold paragraph exactly, as a multiset.
double ParagraphF1(const std::vector<std::string>& got, const std::vector<std::string>& gold) {
  std::multiset<std::string> left(gold.begin(), gold.end());
  size_t hits = 0;
  for (const std::string& p : got) {
    auto it = left.find(p);
    if (it != left.end()) {
      ++hits;
      left.erase(it);
    }
  }
  if (hits == 0) return 0;
  const double precision = static_cast<double>(hits) / static_cast<double>(got.size());
  const double recall = static_cast<double>(hits) / static_cast<double>(gold.size());
  return 2 * precision * recall / (precision + recall);
}

std::vector<std::string> Units(const Document& doc) {
  std::vector<std::string> out;
  for (const Stream& stream : doc.streams) {
    for (const Block& b : stream.blocks) out.push_back(b.text);
  }
  return out;
}

TEST(WebPages, FixturesKeepTheirContentAndNoFurniture) {
  const fs::path dir = fs::path(SourceDir()) / "tests/data/web";
  std::map<std::string, std::vector<fs::path>> styles;  // a site style's FR and NL pages
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".html") continue;
    const std::string name = entry.path().filename().string();
    styles[name.substr(0, name.find('.'))].push_back(entry.path());
  }
  EXPECT_GE(styles.size(), 5u);
  double total = 0;
  size_t pages = 0;
  for (const auto& [style, files] : styles) {
    // Each style's pages in a folder of their own, as a user's download of one site.
    TempDir site;
    for (const fs::path& file : files) site.Write(file.filename().string(), ReadAll(file.string()));
    for (const fs::path& file : files) {
      const std::string name = file.filename().string();
      const Gold gold = ReadGold((dir / (file.stem().string() + ".gold")).string());
      ASSERT_FALSE(gold.paragraphs.empty()) << name;
      auto doc = ReadDocument(site.Join(name));
      ASSERT_TRUE(doc.has_value()) << name << ": " << doc.error().message;
      EXPECT_TRUE(doc->warnings.empty()) << name;
      const std::vector<std::string> units = Units(*doc);
      const double f1 = ParagraphF1(units, gold.paragraphs);
      EXPECT_GE(f1, 0.95) << name;
      std::set<std::string> wanted(gold.paragraphs.begin(), gold.paragraphs.end());
      for (const std::string& unit : units) {
        if (wanted.count(unit)) continue;
        std::printf("%s: unit not in the gold: %s\n", name.c_str(), unit.c_str());
        for (const std::string& f : gold.furniture) {
          EXPECT_NE(unit.rfind(f, 0), 0u) << name << ": furniture unit: " << unit;
        }
      }
      for (const std::string& p : gold.paragraphs) {
        if (std::find(units.begin(), units.end(), p) == units.end()) {
          std::printf("%s: missing: %s\n", name.c_str(), p.c_str());
        }
      }
      total += f1;
      ++pages;
      std::printf("%-28s F1 %.3f\n", name.c_str(), f1);
    }
  }
  EXPECT_GE(pages, 10u);
  const double mean = total / static_cast<double>(pages);
  std::printf("mean paragraph F1 over %zu pages: %.3f\n", pages, mean);
  EXPECT_GE(mean, 0.98);
}

// Issue 19: a Drupal page whose <body> says "one-sidebar sidebar-first" lost
// all its text ("no text found"): names never remove <body>, <main> or <article>.
TEST(WebPages, BodyClassesNamingASidebarKeepTheContent) {
  TempDir dir;
  const std::string path = dir.Write("page.html", R"(<!DOCTYPE html>
<html lang="nl"><head><title>Nieuws</title></head>
<body class="html not-front one-sidebar sidebar-first page-node">
<div id="page"><div id="main">
<div id="content" class="column"><h1>Nieuwe ambassadeur in Kinshasa</h1>
<p>De nieuwe ambassadeur van België in de Democratische Republiek Congo heeft vandaag zijn geloofsbrieven overhandigd aan de president.</p>
<p>Hij was eerder consul-generaal in Lubumbashi.</p></div>
<div class="region region-sidebar-first column sidebar"><ul class="menu"><li><a href="/a">Nieuws</a></li><li><a href="/b">Persberichten</a></li></ul></div>
</div></div></body></html>)");
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(
      Units(*doc),
      (std::vector<std::string>{
          "Nieuwe ambassadeur in Kinshasa",
          "De nieuwe ambassadeur van België in de Democratische Republiek Congo heeft vandaag zijn "
          "geloofsbrieven overhandigd aan de president.",
          "Hij was eerder consul-generaal in Lubumbashi."}));
  EXPECT_TRUE(doc->warnings.empty());
}

// Nothing looks like content (prose inside a block named "sidebar" only):
// the densest text is kept, with a warning, instead of losing the page.
TEST(WebPages, NothingLikeContentFallsBackToTheDensestTextWithAWarning) {
  TempDir dir;
  const std::string path = dir.Write("page.html", R"(<html lang="fr"><body>
<div class="sidebar-widget"><p>Le consulat sera fermé le lundi de Pâques.</p></div>
<div class="menu"><a href="/">Accueil</a></div>
<footer><p>© SPF Affaires étrangères, Commerce extérieur et Coopération au Développement</p></footer></body></html>)");
  auto doc = ReadDocument(path);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(Units(*doc), (std::vector<std::string>{"Le consulat sera fermé le lundi de Pâques."}));
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_NE(doc->warnings[0].find("densest text"), std::string::npos) << doc->warnings[0];
}

// A page with nothing but site furniture is an error that says what was found.
TEST(WebPages, OnlyFurnitureIsAnErrorThatSaysWhatWasFound) {
  TempDir dir;
  const std::string path = dir.Write("page.html", R"(<html lang="fr"><body>
<nav><a href="/">Accueil</a> <a href="/contact">Contact</a></nav>
<footer><p>© SPF Affaires étrangères</p></footer></body></html>)");
  auto doc = ReadDocument(path);
  ASSERT_FALSE(doc.has_value());
  EXPECT_EQ(doc.error().code, ErrorCode::kEmpty);
  EXPECT_NE(doc.error().message.find("only navigation and footer text"), std::string::npos)
      << doc.error().message;
}

// A block on every other page of the folder is site furniture even without
// any markup saying so; the same block on one page alone is content.
TEST(WebPages, BlocksRepeatedAcrossTheFolderAreFurniture) {
  TempDir dir;
  auto page = [](const std::string& body) {
    return "<html lang=\"fr\"><body><div><p>Bienvenue sur le portail des postes diplomatiques "
           "belges</p></div>"
           "<div><p>" +
           body + "</p></div></body></html>";
  };
  dir.Write("a.html", page("Le visa de court séjour est délivré par l’ambassade pour une durée de "
                           "quatre-vingt-dix jours au plus."));
  dir.Write("b.html", page("La légalisation des documents se fait au service consulaire, sur "
                           "rendez-vous, du lundi au vendredi."));
  const std::string c =
      dir.Write("c.html", page("Les Belges résidant à l’étranger peuvent s’inscrire au registre "
                               "consulaire de leur poste."));
  auto doc = ReadDocument(c);
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  EXPECT_EQ(Units(*doc),
            (std::vector<std::string>{"Les Belges résidant à l’étranger peuvent s’inscrire au "
                                      "registre consulaire de leur poste."}));
  TempDir alone;
  auto single =
      ReadDocument(alone.Write("c.html", page("Les Belges résidant à l’étranger peuvent s’inscrire "
                                              "au registre consulaire de leur poste.")));
  ASSERT_TRUE(single.has_value());
  EXPECT_EQ(Units(*single).front(), "Bienvenue sur le portail des postes diplomatiques belges");
}

}  // namespace
}  // namespace tandem::ingest
