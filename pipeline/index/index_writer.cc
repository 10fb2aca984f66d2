#include "pipeline/index/index_writer.h"

#include <fmt/format.h>
#include <xapian.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "pipeline/index/schema.h"

namespace tandem::index {
namespace {

std::string_view KindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list";
    case BlockKind::kFootnote: return "footnote";
    case BlockKind::kParagraph: break;
  }
  return "paragraph";
}

Xapian::Document MakeDocument(const Source& source, const std::string& source_id, const Unit& unit) {
  Xapian::Document doc;
  doc.add_boolean_term(fmt::format("Q{}:{}", source_id, unit.position));
  doc.add_boolean_term(Term("XS", source_id));
  doc.add_boolean_term(Term("K", source.format));
  Xapian::TermGenerator generator;
  generator.set_document(doc);
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  nlohmann::json texts = nlohmann::json::object();
  for (const UnitText& text : unit.texts) {
    if (text.language == Language::kUnknown || text.text.empty()) continue;
    doc.add_boolean_term(LanguageTerm(text.language));
    generator.set_stemmer(Xapian::Stem(StemmerName(text.language)));
    generator.index_text(IndexableText(text.text), 1, TextPrefix(text.language));
    generator.increase_termpos(100);  // no phrase spans two languages
    texts[std::string(LanguageCode(text.language))] = text.text;
  }
  doc.add_value(kSlotSource, source.display);
  doc.add_value(kSlotPage, Xapian::sortable_serialise(unit.page));
  doc.add_value(kSlotPosition, Xapian::sortable_serialise(static_cast<double>(unit.position)));
  nlohmann::json data = {{"source", source.display}, {"key", source.key},      {"format", source.format},
                         {"title", source.title},    {"position", unit.position}, {"page", unit.page},
                         {"score", unit.score},      {"kind", std::string(KindName(unit.kind))}, {"texts", texts}};
  doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return doc;
}

}  // namespace

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
  std::string path;
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IndexWriter::IndexWriter(IndexWriter&&) noexcept = default;
IndexWriter& IndexWriter::operator=(IndexWriter&&) noexcept = default;
IndexWriter::~IndexWriter() = default;

Result<IndexWriter> IndexWriter::Open(const std::string& path) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path().empty()
                                          ? std::filesystem::path(".")
                                          : std::filesystem::path(path).parent_path(),
                                      ec);
  if (ec) return Fail(ErrorCode::kIndex, path, fmt::format("cannot create the index folder: {}", ec.message()));
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    impl->path = path;
    if (impl->db.get_metadata("tandem.schema").empty()) {
      impl->db.set_metadata("tandem.schema", std::string(kSchemaVersion));
      impl->db.commit();
    }
    return IndexWriter(std::move(impl));
  } catch (const Xapian::DatabaseLockError&) {
    return Fail(ErrorCode::kIndex, path, "index is locked: another tandem ingest is writing to it");
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, path, fmt::format("cannot open the index for writing: {}", e.get_description()));
  }
}

Result<size_t> IndexWriter::ReplaceSource(const Source& source, const std::vector<Unit>& units) {
  const std::string id = SourceId(source.key);
  const std::string source_term = Term("XS", id);
  Xapian::WritableDatabase& db = impl_->db;
  try {
    db.begin_transaction();
    try {
      const size_t before = db.get_termfreq(source_term);
      db.delete_document(source_term);
      for (const Unit& unit : units) db.add_document(MakeDocument(source, id, unit));
      db.commit_transaction();
      return before;
    } catch (...) {
      db.cancel_transaction();
      throw;
    }
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path, fmt::format("writing {}: {}", source.display, e.get_description()));
  }
}

Result<size_t> IndexWriter::RemoveSource(const std::string& key) {
  const std::string term = Term("XS", SourceId(key));
  try {
    const size_t before = impl_->db.get_termfreq(term);
    impl_->db.delete_document(term);
    impl_->db.commit();
    return before;
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path, fmt::format("removing {}: {}", key, e.get_description()));
  }
}

}  // namespace tandem::index

namespace tandem::index {

Result<std::vector<std::pair<std::string, std::string>>> IndexWriter::ConfidentPairs(double min_score, size_t limit) {
  std::vector<std::pair<std::string, std::string>> pairs;
  try {
    Xapian::WritableDatabase& db = impl_->db;
    for (auto it = db.postlist_begin(LanguageTerm(Language::kFrench)); it != db.postlist_end(LanguageTerm(Language::kFrench)) && pairs.size() < limit; ++it) {
      const nlohmann::json data = nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
      if (data.is_discarded() || data.value("score", 0.0) < min_score) continue;
      const nlohmann::json texts = data.value("texts", nlohmann::json::object());
      if (!texts.contains("fr") || !texts.contains("nl") || !texts["fr"].is_string() || !texts["nl"].is_string()) continue;
      pairs.emplace_back(texts["fr"].get<std::string>(), texts["nl"].get<std::string>());
    }
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path, fmt::format("reading aligned units: {}", e.get_description()));
  }
  return pairs;
}

Result<std::string> IndexWriter::Metadata(const std::string& key) {
  try {
    return impl_->db.get_metadata(key);
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path, fmt::format("reading {}: {}", key, e.get_description()));
  }
}

Result<bool> IndexWriter::SetMetadata(const std::string& key, const std::string& value) {
  try {
    impl_->db.set_metadata(key, value);
    impl_->db.commit();
    return true;
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path, fmt::format("writing {}: {}", key, e.get_description()));
  }
}

}  // namespace tandem::index
