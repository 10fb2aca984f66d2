#include "pipeline/workbench/html.h"

#include <gtest/gtest.h>

namespace tandem::workbench {
namespace {

TEST(Escape, MakesEveryMarkupCharacterText) {
  const struct {
    std::string input, expected;
  } cases[] = {
      {"plain", "plain"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"a & b", "a &amp; b"},
      {"\" onmouseover=\"x", "&quot; onmouseover=&quot;x"},
      {"l'OTAN", "l&#39;OTAN"},
      {"bell\x07!", "bell!"},
      {"ligne\nsuivante", "ligne\nsuivante"},
  };
  for (const auto& c : cases) EXPECT_EQ(Escape(c.input), c.expected) << c.input;
}

TEST(Marked, WrapsRangesInMarkAndEscapesTheRest) {
  const struct {
    std::string text;
    std::vector<std::pair<size_t, size_t>> ranges;
    std::string expected;
  } cases[] = {
      {"avoirs russes", {{0, 6}}, "<mark>avoirs</mark> russes"},
      {"avoirs russes", {{7, 13}, {0, 6}}, "<mark>avoirs</mark> <mark>russes</mark>"},
      {"avoirs russes", {{0, 6}, {3, 13}}, "<mark>avoirs russes</mark>"},  // overlapping: merged
      {"a <b> c", {{2, 5}}, "a <mark>&lt;b&gt;</mark> c"},  // marked text escaped too
      {"été", {{1, 4}}, "<mark>été</mark>"},                // inside characters: widened
      {"été", {{1, 3}}, "<mark>ét</mark>é"},
      {"abc", {{2, 99}}, "ab<mark>c</mark>"},  // past the end: cut
      {"abc", {{5, 9}}, "abc"},                // outside: ignored
      {"abc", {}, "abc"},
  };
  for (const auto& c : cases) EXPECT_EQ(Marked(c.text, c.ranges), c.expected) << c.text;
}

TEST(Link, KeepsParametersInOrderAndEncodesThem) {
  EXPECT_EQ(Link("/search").Add("q", "avoirs russes").Add("ui", "fr").str(),
            "/search?q=avoirs%20russes&ui=fr");
  EXPECT_EQ(Link("/search").Add("q", "").str(), "/search");
  EXPECT_EQ(Link("/search").Add("q", "a&b=c#d").str(), "/search?q=a%26b%3Dc%23d");
  EXPECT_EQ(Link("/search").Add("q", "été").str(), "/search?q=%C3%A9t%C3%A9");
  Link facets("/search");
  facets.Add("type", "report").Toggle("type", "position");
  EXPECT_EQ(facets.str(), "/search?type=report&type=position");
  facets.Toggle("type", "report");
  EXPECT_EQ(facets.str(), "/search?type=position");
  EXPECT_TRUE(facets.Has("type", "position"));
  EXPECT_EQ(facets.Set("type", "draft").str(), "/search?type=draft");
  EXPECT_EQ(facets.Remove("type").str(), "/search");
}

}  // namespace
}  // namespace tandem::workbench
