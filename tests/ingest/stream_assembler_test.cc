#include "pipeline/ingest/stream_assembler.h"

#include <gtest/gtest.h>

namespace tandem::ingest {
namespace {

RawBlock B(std::string text, int segment, bool full_line = false, BlockKind kind = BlockKind::kParagraph) {
  RawBlock b;
  b.text = std::move(text);
  b.segment = segment;
  b.page = segment + 1;
  b.ends_full_line = full_line;
  b.kind = kind;
  return b;
}

TEST(AssembleStreams, SplitsPageInterleavedColumnsByLanguage) {
  // Per page: the French column, then the Dutch one; short headings follow their column.
  const std::vector<RawBlock> blocks = {
      B("Introduction", 0, false, BlockKind::kHeading),
      B("Le gouvernement défendra la position commune de la Belgique au sein de l’Union.", 0),
      B("Les postes diplomatiques en seront informés sans délai.", 0),
      B("Inleiding", 0, false, BlockKind::kHeading),
      B("De regering zal het gemeenschappelijke standpunt van België binnen de Unie verdedigen.", 0),
      B("De diplomatieke posten worden daarvan onverwijld op de hoogte gebracht.", 0),
  };
  const auto streams = AssembleStreams(blocks, Language::kUnknown);
  ASSERT_EQ(streams.size(), 2u);
  EXPECT_EQ(streams[0].language, Language::kFrench);
  EXPECT_EQ(streams[1].language, Language::kDutch);
  ASSERT_EQ(streams[0].blocks.size(), 3u);
  ASSERT_EQ(streams[1].blocks.size(), 3u);
  EXPECT_EQ(streams[0].blocks[0].text, "Introduction");
  EXPECT_EQ(streams[1].blocks[0].text, "Inleiding");
}

TEST(AssembleStreams, RejoinsParagraphsCutByAPageBreak) {
  const std::vector<RawBlock> blocks = {
      B("Le gouvernement défendra la position commune de la Belgique et les", 0, true),
      B("De regering zal het gemeenschappelijke standpunt van België en de", 0, true),
      B("intérêts de ses citoyens dans toutes les enceintes internationales.", 1),
      B("Un nouveau paragraphe commence ici avec une majuscule.", 1),
      B("belangen van zijn burgers in alle internationale fora verdedigen.", 1),
      B("Een nieuwe alinea begint hier met een hoofdletter.", 1),
  };
  const auto streams = AssembleStreams(blocks, Language::kUnknown);
  ASSERT_EQ(streams.size(), 2u);
  ASSERT_EQ(streams[0].blocks.size(), 2u);
  EXPECT_EQ(streams[0].blocks[0].text,
            "Le gouvernement défendra la position commune de la Belgique et les intérêts de ses citoyens dans "
            "toutes les enceintes internationales.");
  ASSERT_EQ(streams[1].blocks.size(), 2u);
}

TEST(AssembleStreams, AShortLastLineEndsTheParagraph) {
  // Stops without a period but its last line is short: the next page starts anew.
  const std::vector<RawBlock> blocks = {
      B("Dit is een volledige alinea die eindigt met een komma,", 0, false),
      B("Voor België betekent dat ook een nieuwe aanpak van de zaken.", 1),
  };
  const auto streams = AssembleStreams(blocks, Language::kDutch);
  ASSERT_EQ(streams.size(), 1u);
  EXPECT_EQ(streams[0].blocks.size(), 2u);
}

TEST(AssembleStreams, MonolingualTextIsOneStream) {
  const std::vector<RawBlock> blocks = {
      B("Belgium chairs the Benelux Committee of Ministers in 2025.", 0),
      B("The presidency will concentrate on three areas.", 0),
  };
  const auto streams = AssembleStreams(blocks, Language::kUnknown);
  ASSERT_EQ(streams.size(), 1u);
  EXPECT_EQ(streams[0].language, Language::kEnglish);
  EXPECT_EQ(streams[0].blocks.size(), 2u);
}

TEST(AssembleStreams, DeclaredLanguagesWin) {
  RawBlock fr = B("Texte", 0), nl = B("Tekst", 0);
  fr.declared = Language::kFrench;
  nl.declared = Language::kDutch;
  const auto streams = AssembleStreams({fr, nl, fr, nl}, Language::kUnknown);
  ASSERT_EQ(streams.size(), 2u);
  EXPECT_EQ(streams[0].blocks.size(), 2u);
  EXPECT_EQ(streams[1].blocks.size(), 2u);
}

}  // namespace
}  // namespace tandem::ingest
