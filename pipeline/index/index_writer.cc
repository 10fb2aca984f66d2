#include "pipeline/index/index_writer.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <unordered_set>
#include <vector>

#include "dictionaries/dictionaries.h"
#include "pipeline/index/cached_stemmer.h"
#include "pipeline/index/schema.h"
#include "pipeline/lexicon/lexicon.h"
#include "pipeline/lexicon/word_key.h"
#include "pipeline/text/normalize.h"
#include "pipeline/text/words.h"

namespace tandem::index {
namespace {

// Appends prefix+word for each folded word of `text`. With `numbers`, a section
// number is one word and also adds its parents ("2.2.1" adds "2.2" and "2"),
// so that `section:2.2` finds every sub-section.
void AddWordTerms(std::vector<std::string>* terms, std::string_view prefix, std::string_view text,
                  bool numbers) {
  const std::string folded = IndexableText(text);
  const char* separators = numbers ? " \t\n/\\_-,;:()[]\"" : " \t\n/\\_-,;:()[]\".";
  size_t i = 0;
  while (i < folded.size()) {
    const size_t start = folded.find_first_not_of(separators, i);
    if (start == std::string::npos) break;
    size_t end = folded.find_first_of(separators, start);
    if (end == std::string::npos) end = folded.size();
    std::string_view word(folded.data() + start, end - start);
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    while (!word.empty() && word.front() == '.') word.remove_prefix(1);
    if (!word.empty() && word != "\xE2\x80\xBA") {  // not the path separator ›
      terms->push_back(Term(prefix, word));
      if (numbers && word.find_first_not_of("0123456789.") == std::string_view::npos) {
        for (size_t dot = word.find('.'); dot != std::string_view::npos;
             dot = word.find('.', dot + 1)) {
          terms->push_back(Term(prefix, word.substr(0, dot)));
        }
      }
    }
    i = end;
  }
}

// The source's name as a user would type it: file names without folders and extensions.
std::string SourceWords(const Source& source) {
  std::string words = source.title;
  size_t i = 0;
  while (i <= source.display.size()) {
    size_t end = source.display.find(" + ", i);  // a pair shows as "a.fr.txt + a.nl.txt"
    if (end == std::string::npos) end = source.display.size();
    std::filesystem::path path(source.display.substr(i, end - i));
    words.append(" ").append(path.stem().string());
    i = end + 3;
  }
  return words;
}

// What every unit of one source shares: its boolean terms and value strings,
// made once per source rather than once per unit.
struct SourceTerms {
  std::vector<std::string> terms;
  std::string type, date;
};

SourceTerms MakeSourceTerms(const Source& source, const std::string& source_id) {
  SourceTerms shared;
  shared.type = source.type.empty() ? "document" : source.type;
  shared.date = DateValue(source.date);
  shared.terms = {Term("XS", source_id), Term("K", source.format), Term("XT", shared.type)};
  if (!shared.date.empty()) shared.terms.push_back(Term("Y", shared.date.substr(0, 4)));
  AddWordTerms(&shared.terms, "XW", SourceWords(source), false);
  return shared;
}

// Turns units into Xapian documents. Holds the term generator and one stemmer
// per language, which cost more to make than a unit costs to index.
class DocumentMaker {
 public:
  DocumentMaker() {
    generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    generator_.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
  }

  // `is_word` tells the Dutch words compounds are split into (see AddCompoundTerms).
  Xapian::Document Make(const Source& source, const std::string& /*source_id*/,
                        const SourceTerms& shared, const Unit& unit, bool first,
                        const std::function<bool(std::string_view)>& is_word) {
    Xapian::Document doc;
    for (const std::string& term : shared.terms) doc.add_boolean_term(term);
    if (unit.section_text != section_text_) {  // units of one section come in a row
      section_text_ = unit.section_text;
      section_terms_.clear();
      AddWordTerms(&section_terms_, "XH", unit.section_text, true);
    }
    for (const std::string& term : section_terms_) doc.add_boolean_term(term);
    generator_.set_document(doc);
    nlohmann::json texts = nlohmann::json::object();
    std::string languages;
    for (const UnitText& text : unit.texts) {
      if (text.language == Language::kUnknown || text.text.empty()) continue;
      doc.add_boolean_term(LanguageTerm(text.language));
      if (!languages.empty()) languages.push_back(' ');
      languages.append(LanguageCode(text.language));
      generator_.set_stemmer(StemmerFor(text.language));
      generator_.set_stopper(&StopperFor(text.language));
      const std::string indexable = IndexableText(text.text);
      generator_.index_text(indexable, 1, TextPrefix(text.language));
      if (text.language == Language::kDutch)
        AddCompoundTerms(&doc, indexable, text.language, is_word);
      generator_.increase_termpos(100);  // no phrase spans two languages
      texts[std::string(LanguageCode(text.language))] = text.text;
    }
    doc.add_value(kSlotSource, source.display);
    doc.add_value(kSlotDate, shared.date);
    doc.add_value(kSlotFacets, FacetValue(source.display, shared.type,
                                          shared.date.empty() ? "" : shared.date.substr(0, 4),
                                          languages));
    const std::string hash = TextHash(unit.texts);
    if (!hash.empty()) doc.add_value(kSlotTextHash, hash);
    // The source's own fields are in its first unit's data only; defaults are left out.
    nlohmann::json data = {{"key", source.key}, {"position", unit.position}, {"texts", texts}};
    if (!unit.section.empty()) data["section"] = unit.section;
    if (unit.page != 0) data["page"] = unit.page;
    if (unit.physical_page != 0) data["physical_page"] = unit.physical_page;
    if (unit.score != 1.0) data["score"] = unit.score;
    if (unit.kind != BlockKind::kParagraph) data["kind"] = std::string(KindName(unit.kind));
    if (first) {  // the source's fields, once per source
      data["source"] = source.display;
      data["format"] = source.format;
      data["title"] = source.title;
      data["type"] = shared.type;
      data["date"] = source.date;
    }
    if (!unit.flags.empty()) {
      doc.add_boolean_term(std::string(kFlaggedTerm));
      nlohmann::json flags = nlohmann::json::array();
      for (const UnitFlag& f : unit.flags) {
        flags.push_back(
            {{"type", f.type}, {"message", f.message}, {"fr", f.fr_words}, {"nl", f.nl_words}});
      }
      data["flags"] = std::move(flags);
    }
    doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return doc;
  }

  // Dutch compounds, for search: a closed compound also as its known parts
  // ("mensenrechtensituatie": "mensenrechten", "situatie"), a hyphenated one
  // also closed ("tweestaten-oplossing": "tweestatenoplossing"); each as its
  // word and its stem, without positions (phrases keep the words as written).
  void AddCompoundTerms(Xapian::Document* doc, const std::string& indexable, Language language,
                        const std::function<bool(std::string_view)>& is_word) {
    const std::string prefix = TextPrefix(language);
    const Xapian::Stem& stem = StemmerFor(language);
    auto add = [&](const std::string& word) {
      doc->add_term(Term(prefix, word));
      std::string stemmed = "Z";
      stemmed.append(Term(prefix, stem(word)));
      doc->add_term(stemmed);
    };
    const std::vector<text::Word> words = text::SplitWords(indexable);
    for (size_t i = 0; i < words.size(); ++i) {
      const text::Word& w = words[i];
      if (w.is_number) continue;
      const std::string word = text::FoldForMatching(w.text);
      for (const std::string& part : lexicon::SplitCompound(word, is_word)) add(part);
      if (i + 1 < words.size() && !words[i + 1].is_number && words[i + 1].begin == w.end + 1 &&
          indexable[w.end] == '-') {
        add(word + text::FoldForMatching(words[i + 1].text));
      }
    }
  }

 private:
  const Xapian::Stem& StemmerFor(Language language) {
    auto& stem = stemmers_[static_cast<size_t>(language)];
    if (!stem) stem = std::make_unique<Xapian::Stem>(CachedStemmer(StemmerName(language)));
    return *stem;
  }

  // Stop words are indexed as written (for phrases) but not stemmed: no query looks for their stems.
  const Xapian::Stopper& StopperFor(Language language) {
    auto& stopper = stoppers_[static_cast<size_t>(language)];
    if (!stopper) {
      stopper = std::make_unique<Xapian::SimpleStopper>();
      for (std::string_view w :
           dictionaries::WordList(dictionaries::ListKind::kStopwords, LanguageCode(language)))
        stopper->add(text::FoldForMatching(w));
    }
    return *stopper;
  }

  Xapian::TermGenerator generator_;
  std::array<std::unique_ptr<Xapian::SimpleStopper>, kKnownLanguages.size() + 1> stoppers_;
  std::array<std::unique_ptr<Xapian::Stem>, kKnownLanguages.size() + 1>
      stemmers_;                                     // by Language value
  std::string section_text_ = std::string(1, '\0');  // matches no unit's section at first
  std::vector<std::string> section_terms_;
};

}  // namespace

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
  std::string path;
  DocumentMaker maker;
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
  if (ec)
    return Fail(ErrorCode::kIndex, path,
                fmt::format("cannot create the index folder: {}", ec.message()));
  // Xapian holds a transaction's postings in memory until this many documents were added
  // (default 10,000: about 70 MB for units of 500 bytes), then writes them to the index files,
  // still uncommitted. 1,000 bounds an ingest's memory whatever the size of one source's
  // transaction; the variable, when set, is the user's.
  static std::once_flag flush_threshold;
  std::call_once(flush_threshold, [] { ::setenv("XAPIAN_FLUSH_THRESHOLD", "1000", 0); });
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    impl->path = path;
    if (impl->db.get_metadata(std::string(kSchemaKey)).empty()) {
      impl->db.set_metadata(std::string(kSchemaKey), std::string(kSchemaVersion));
      impl->db.commit();
    }
    return IndexWriter(std::move(impl));
  } catch (const Xapian::DatabaseLockError&) {
    return Fail(ErrorCode::kIndex, path, "index is locked: another tandem ingest is writing to it");
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, path,
                fmt::format("cannot open the index for writing: {}", e.get_description()));
  }
}

Result<size_t> IndexWriter::ReplaceSource(const Source& source, const std::vector<Unit>& units) {
  return ReplaceSource(source, units, {});
}

namespace {

// Adds the documents of `units` of `source` with `add`, made by `maker`.
void ForEachDocument(DocumentMaker& maker, const Source& source, const std::vector<Unit>& units,
                     const std::function<void(Xapian::Document&&)>& add) {
  const std::string id = SourceId(source.key);
  const SourceTerms shared = MakeSourceTerms(source, id);
  // Compound parts: words of the source or of the lexicon (not of the rest
  // of the index: a source gets the same terms in any index, in any order).
  std::unordered_set<std::string> vocabulary;
  for (const Unit& unit : units) {
    if (const UnitText* nl = unit.in(Language::kDutch)) {
      // The words point into the text: it must outlive the loop.
      const std::string indexable = IndexableText(nl->text);
      for (const text::Word& w : text::SplitWords(indexable)) {
        if (!w.is_number) vocabulary.insert(text::FoldForMatching(w.text));
      }
    }
  }
  const lexicon::Lexicon& lexicon = lexicon::Builtin();
  auto is_word = [&](std::string_view part) {
    const std::string p(part);
    return vocabulary.count(p) > 0 || lexicon.IsWord(false, p);
  };
  // The source's own fields are stored with its first unit only.
  for (size_t i = 0; i < units.size(); ++i) add(maker.Make(source, id, shared, units[i], i == 0, is_word));
}

}  // namespace

struct SourceDocuments::Impl {
  Source source;
  std::vector<Xapian::Document> documents;
};

SourceDocuments::SourceDocuments() : impl_(std::make_unique<Impl>()) {}
SourceDocuments::SourceDocuments(SourceDocuments&&) noexcept = default;
SourceDocuments& SourceDocuments::operator=(SourceDocuments&&) noexcept = default;
SourceDocuments::~SourceDocuments() = default;
size_t SourceDocuments::size() const { return impl_ ? impl_->documents.size() : 0; }

SourceDocuments IndexWriter::MakeDocuments(const Source& source, const std::vector<Unit>& units) {
  thread_local DocumentMaker maker;  // its stemmers' caches serve every source of the thread
  SourceDocuments made;
  made.impl_->source = source;
  made.impl_->documents.reserve(units.size());
  ForEachDocument(maker, source, units,
                  [&](Xapian::Document&& doc) { made.impl_->documents.push_back(std::move(doc)); });
  return made;
}

Result<size_t> IndexWriter::ReplaceSource(const SourceDocuments& documents,
                                          const std::vector<std::pair<std::string, std::string>>& metadata) {
  return Replace(documents.impl_->source, nullptr, &documents, metadata);
}

Result<size_t> IndexWriter::ReplaceSource(const Source& source, const std::vector<Unit>& units,
                                          const std::vector<std::pair<std::string, std::string>>& metadata) {
  return Replace(source, &units, nullptr, metadata);
}

Result<size_t> IndexWriter::Replace(const Source& source, const std::vector<Unit>* units,
                                    const SourceDocuments* made,
                                    const std::vector<std::pair<std::string, std::string>>& metadata) {
  const std::string id = SourceId(source.key);
  const std::string source_term = Term("XS", id);
  Xapian::WritableDatabase& db = impl_->db;
  try {
    db.begin_transaction();
    try {
      const size_t before = db.get_termfreq(source_term);
      db.delete_document(source_term);
      if (units != nullptr) {
        ForEachDocument(impl_->maker, source, *units,
                        [&db](Xapian::Document&& doc) { db.add_document(doc); });
      }
      if (made != nullptr) {
        for (const Xapian::Document& doc : made->impl_->documents) db.add_document(doc);
      }
      db.set_metadata(std::string(kLastIngestKey), UtcNow());
      for (const auto& [key, value] : metadata) db.set_metadata(key, value);
      db.commit_transaction();
      return before;
    } catch (...) {
      db.cancel_transaction();
      throw;
    }
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path,
                fmt::format("writing {}: {}", source.display, e.get_description()));
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
    return Fail(ErrorCode::kIndex, impl_->path,
                fmt::format("removing {}: {}", key, e.get_description()));
  }
}

}  // namespace tandem::index

namespace tandem::index {

Result<std::vector<std::pair<std::string, std::string>>> IndexWriter::ConfidentPairs(
    double min_score, size_t limit) {
  std::vector<std::pair<std::string, std::string>> pairs;
  try {
    Xapian::WritableDatabase& db = impl_->db;
    for (auto it = db.postlist_begin(LanguageTerm(Language::kFrench));
         it != db.postlist_end(LanguageTerm(Language::kFrench)) && pairs.size() < limit; ++it) {
      const nlohmann::json data =
          nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
      if (data.is_discarded() || data.value("score", 1.0) < min_score) continue;
      const nlohmann::json texts = data.value("texts", nlohmann::json::object());
      if (!texts.contains("fr") || !texts.contains("nl") || !texts["fr"].is_string() ||
          !texts["nl"].is_string())
        continue;
      pairs.emplace_back(texts["fr"].get<std::string>(), texts["nl"].get<std::string>());
    }
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path,
                fmt::format("reading aligned units: {}", e.get_description()));
  }
  return pairs;
}

Result<std::vector<SourceSummary>> IndexWriter::Sources() {
  std::vector<SourceSummary> sources;
  try {
    Xapian::WritableDatabase& db = impl_->db;
    for (auto it = db.allterms_begin("XS"); it != db.allterms_end("XS"); ++it) {
      auto first = db.postlist_begin(*it);
      if (first == db.postlist_end(*it)) continue;
      const nlohmann::json data =
          nlohmann::json::parse(db.get_document(*first).get_data(), nullptr, false);
      if (data.is_discarded()) continue;
      sources.push_back({data.value("key", ""), data.value("source", ""), it.get_termfreq()});
    }
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path,
                fmt::format("listing sources: {}", e.get_description()));
  }
  std::sort(sources.begin(), sources.end(),
            [](const auto& a, const auto& b) { return a.key < b.key; });
  return sources;
}

Result<std::pair<uint64_t, uint64_t>> CompactIndex(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return Fail(ErrorCode::kIndex, path, "no index here");
  const fs::path target(path);
  const fs::path fresh = target.string() + ".compacting", old = target.string() + ".before-compact";
  fs::remove_all(fresh, ec);
  fs::remove_all(old, ec);
  try {
    // Holding the write lock keeps ingests out while the copy is made and swapped in.
    Xapian::WritableDatabase lock(path, Xapian::DB_OPEN);
    const uint64_t before = IndexBytes(path);
    Xapian::Database(path).compact(fresh.string());
    fs::rename(target, old);
    fs::rename(fresh, target);
    lock.close();
    fs::remove_all(old, ec);
    return std::make_pair(before, IndexBytes(path));
  } catch (const Xapian::DatabaseLockError&) {
    return Fail(ErrorCode::kIndex, path, "index is locked: another tandem ingest is writing to it");
  } catch (const Xapian::Error& e) {
    fs::remove_all(fresh, ec);
    return Fail(ErrorCode::kIndex, path, fmt::format("compaction failed: {}", e.get_description()));
  } catch (const fs::filesystem_error& e) {
    if (!fs::exists(target, ec) && fs::exists(old, ec))
      fs::rename(old, target, ec);  // put the original back
    return Fail(ErrorCode::kIo, path, fmt::format("compaction failed: {}", e.what()));
  }
}

Result<std::string> IndexWriter::Metadata(const std::string& key) {
  try {
    return impl_->db.get_metadata(key);
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path,
                fmt::format("reading {}: {}", key, e.get_description()));
  }
}

Result<bool> IndexWriter::SetMetadata(const std::string& key, const std::string& value) {
  try {
    impl_->db.set_metadata(key, value);
    impl_->db.commit();
    return true;
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path,
                fmt::format("writing {}: {}", key, e.get_description()));
  }
}

Result<bool> IndexWriter::SetMetadataValues(const std::vector<std::pair<std::string, std::string>>& values) {
  try {
    for (const auto& [key, value] : values) impl_->db.set_metadata(key, value);
    impl_->db.commit();
    return true;
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path, fmt::format("writing metadata: {}", e.get_description()));
  }
}

Result<size_t> IndexWriter::ClearMetadata(const std::string& prefix) {
  try {
    std::vector<std::string> keys;
    for (auto it = impl_->db.metadata_keys_begin(prefix); it != impl_->db.metadata_keys_end(prefix); ++it) {
      keys.push_back(*it);
    }
    for (const std::string& key : keys) impl_->db.set_metadata(key, "");
    impl_->db.commit();
    return keys.size();
  } catch (const Xapian::Error& e) {
    return Fail(ErrorCode::kIndex, impl_->path, fmt::format("clearing {}: {}", prefix, e.get_description()));
  }
}

}  // namespace tandem::index
