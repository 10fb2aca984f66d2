#include "pipeline/batch/ingest_job.h"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

#include "pipeline/batch/aligned_document.h"
#include "pipeline/index/schema.h"
#include "pipeline/lexicon/ibm1.h"
#include "pipeline/lexicon/lexicon.h"

namespace tandem::batch {

size_t IngestReport::failed() const {
  size_t n = 0;
  for (const IngestOutcome& o : outcomes) n += !o.ok;
  return n;
}

size_t IngestReport::unchanged() const {
  size_t n = 0;
  for (const IngestOutcome& o : outcomes) n += o.unchanged;
  return n;
}

size_t IngestReport::units() const {
  size_t n = 0;
  for (const IngestOutcome& o : outcomes) n += o.units;
  return n;
}

std::string ContentHashKey(const std::string& source_key) {
  return fmt::format("tandem.source.hash.{}", index::SourceId(source_key));
}

namespace {

constexpr double kLearnFromScore = 0.8;  // only confident beads teach the lexicon
constexpr size_t kRelearnChunk = 2000;   // units counted at a time by RelearnLexicon

// FNV-1a, 64 bits: stable across platforms and builds, unlike std::hash.
struct Fnv1a {
  uint64_t state = 0xcbf29ce484222325ULL;
  void Add(std::string_view bytes) {
    for (const char c : bytes) {
      state ^= static_cast<unsigned char>(c);
      state *= 0x100000001b3ULL;
    }
  }
};

// Adds the bytes of `path` to `hash` (and the byte count to `size`); false when it cannot be read.
bool HashFile(const std::string& path, Fnv1a* hash, uint64_t* size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string buffer(size_t{1} << 16, '\0');
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<size_t>(in.gcount());
    hash->Add(std::string_view(buffer.data(), got));
    *size += got;
  }
  return in.eof();
}

// What identifies an input's content: its file(s), the facts given on the
// command line, and the index schema (a new schema re-ingests everything).
// "" when a file cannot be read (the reader then reports why).
std::string ContentHash(const Input& input, const SourceFacts& given) {
  Fnv1a hash;
  uint64_t size = 0;
  hash.Add(index::kSchemaVersion);
  hash.Add(std::string_view("\0type\0", 6));
  hash.Add(given.type);
  hash.Add(std::string_view("\0date\0", 6));
  hash.Add(given.date);
  hash.Add(std::string_view("\0fr\0", 4));
  if (!HashFile(input.path, &hash, &size)) return "";
  if (input.is_pair()) {
    hash.Add(std::string_view("\0nl\0", 4));
    if (!HashFile(input.nl_path, &hash, &size)) return "";
  }
  return fmt::format("fnv1a64:{:016x}:{}", hash.state, size);
}

// The (French, Dutch) texts of the confident two-sided units, for the learner.
std::vector<std::pair<std::string, std::string>> ConfidentTexts(
    const std::vector<index::Unit>& units) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const index::Unit& unit : units) {
    const index::UnitText* fr = unit.in(Language::kFrench);
    const index::UnitText* nl = unit.in(Language::kDutch);
    if (unit.score >= kLearnFromScore && fr != nullptr && nl != nullptr)
      pairs.emplace_back(fr->text, nl->text);
  }
  return pairs;
}

// One input made ready for the writer (on a worker thread).
struct Prepared {
  IngestOutcome outcome;  // ok and unchanged set here; the rest by the writer
  std::string hash;
  bool read = false;  // source and units hold the input
  index::Source source;
  std::vector<index::Unit> units;  // emptied when made into `documents`
  size_t unit_count = 0;
  std::optional<index::SourceDocuments> documents;  // made here, not by the writer
  lexicon::Cooccurrences counts;
};

// Sources of up to this much text are made into the index's documents on the worker threads,
// so that the one writer only adds them; a larger one (whose documents take about twenty times
// its text: 21 MB for 1 MB) is made document by document by the writer, within the memory bound.
constexpr size_t kMakeDocumentsUpTo = size_t{512} << 10;

// `lexicon()` gives the alignment lexicon, built on first use (an ingest of
// unchanged files costs a read and a hash of each, not the lexicon's loading).
Prepared Prepare(const Input& input, const std::string& stored_hash,
                 const ingest::ReadOptions& options, const SourceFacts& given,
                 const JobOptions& job, const std::function<const lexicon::Lexicon&()>& lexicon) {
  Prepared p;
  p.outcome.input = input;
  p.hash = ContentHash(input, given);
  if (!job.reingest_unchanged && !p.hash.empty() && p.hash == stored_hash) {
    p.outcome.ok = true;
    p.outcome.unchanged = true;
    return p;
  }
  Result<AlignedDocument> aligned = ReadAndAlign(input, options, &lexicon(), job.termbase);
  if (!aligned) {
    p.outcome.error = aligned.error();
    return p;
  }
  p.units = UnitsOf(*aligned);
  const SourceFacts facts = InferSourceFacts(aligned->document, input.path, given);
  p.source =
      index::Source{input.key(), input.display(), aligned->document.format, aligned->document.title,
                    facts.type,  facts.date};
  p.outcome.bilingual = aligned->document.bilingual();
  aligned = AlignedDocument{};  // the units hold the text now: one copy waits for the writer
  p.counts = lexicon::CountCooccurrences(ConfidentTexts(p.units));
  p.unit_count = p.units.size();
  size_t text_bytes = 0;
  for (const index::Unit& unit : p.units) {
    for (const index::UnitText& text : unit.texts) text_bytes += text.text.size();
  }
  if (text_bytes <= kMakeDocumentsUpTo) {
    p.documents = index::IndexWriter::MakeDocuments(p.source, p.units);
    std::vector<index::Unit>().swap(p.units);
  }
  p.read = true;
  return p;
}

// Runs `prepare(i)` for i in [0, n) on `jobs` threads and hands each result
// to `write` on the calling thread, in order. At most a few results wait
// for the writer, so memory does not grow with the number of inputs.
void RunOrdered(size_t n, size_t jobs, const std::function<Prepared(size_t)>& prepare,
                const std::function<void(size_t, Prepared&)>& write) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) {
      Prepared p = prepare(i);
      write(i, p);
    }
    return;
  }
  const size_t ahead = 2 * jobs + 2;
  std::vector<std::optional<Prepared>> slots(n);
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0, taken = 0;
  auto worker = [&] {
    while (true) {
      size_t i = 0;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return next >= n || next < taken + ahead; });
        if (next >= n) return;
        i = next++;
      }
      Prepared p = prepare(i);
      {
        std::lock_guard lock(mutex);
        slots[i] = std::move(p);
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 0; t < std::min(jobs, n); ++t) threads.emplace_back(worker);
  for (size_t i = 0; i < n; ++i) {
    Prepared p;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return slots[i].has_value(); });
      p = std::move(*slots[i]);
      slots[i].reset();
      taken = i + 1;
    }
    changed.notify_all();
    write(i, p);
  }
  for (std::thread& t : threads) t.join();
}

std::string StoredOr(index::IndexWriter& writer, const std::string& key,
                     std::string fallback = "") {
  Result<std::string> value = writer.Metadata(key);
  return value ? *value : fallback;
}

uint64_t StoredCount(index::IndexWriter& writer) {
  const std::string text = StoredOr(writer, std::string(kCooccurrenceUnitsKey));
  return text.empty() ? 0 : std::strtoull(text.c_str(), nullptr, 10);
}

// Stores the rows `learner` changed and the learnt lexicon updated from them.
Result<size_t> StoreLearned(index::IndexWriter& writer, lexicon::CooccurrenceLearner& learner,
                            const std::vector<lexicon::Entry>& previous, uint64_t counted_units) {
  const std::vector<lexicon::Entry> learned = learner.UpdateLinks(previous);
  std::vector<std::pair<std::string, std::string>> values;
  for (auto& [key, row] : learner.ChangedRows())
    values.emplace_back(std::string(kCooccurrencePrefix) + key, row);
  values.emplace_back(std::string(index::kLearnedLexiconKey), lexicon::EntriesToTsv(learned));
  values.emplace_back(std::string(kCooccurrenceUnitsKey), std::to_string(counted_units));
  Result<bool> stored = writer.SetMetadataValues(values);
  if (!stored) return tl::unexpected(stored.error());
  return learned.size();
}

}  // namespace

Result<size_t> RelearnLexicon(index::IndexWriter& writer) {
  Result<size_t> cleared = writer.ClearMetadata(std::string(kCooccurrencePrefix));
  if (!cleared) return tl::unexpected(cleared.error());
  Result<std::vector<std::pair<std::string, std::string>>> pairs =
      writer.ConfidentPairs(kLearnFromScore, std::numeric_limits<size_t>::max());
  if (!pairs) return tl::unexpected(pairs.error());
  lexicon::CooccurrenceLearner learner(nullptr);
  uint64_t counted = 0;
  for (size_t begin = 0; begin < pairs->size(); begin += kRelearnChunk) {
    const size_t end = std::min(pairs->size(), begin + kRelearnChunk);
    const lexicon::Cooccurrences counts =
        lexicon::CountCooccurrences(std::vector<std::pair<std::string, std::string>>(
            pairs->begin() + begin, pairs->begin() + end));
    counted += counts.units;
    learner.Add(counts);
  }
  return StoreLearned(writer, learner, {}, counted);
}

IngestReport IngestAll(const std::vector<Input>& inputs, index::IndexWriter& writer,
                       const ingest::ReadOptions& options, const ProgressFn& progress,
                       const SourceFacts& given, const JobOptions& job) {
  IngestReport report;
  const std::string stored_lexicon = StoredOr(writer, std::string(index::kLearnedLexiconKey));
  std::once_flag lexicon_made;
  std::optional<lexicon::Lexicon> lexicon;
  const std::function<const lexicon::Lexicon&()> alignment_lexicon =
      [&]() -> const lexicon::Lexicon& {
    std::call_once(lexicon_made,
                   [&] { lexicon.emplace(lexicon::BuiltinWithLearned(stored_lexicon)); });
    return *lexicon;
  };
  // An index written before rows were kept has a learnt lexicon but no count.
  const bool rows_missing =
      !stored_lexicon.empty() && StoredOr(writer, std::string(kCooccurrenceUnitsKey)).empty();

  std::vector<std::string> stored_hashes(inputs.size());
  if (!job.reingest_unchanged) {
    for (size_t i = 0; i < inputs.size(); ++i)
      stored_hashes[i] = StoredOr(writer, ContentHashKey(inputs[i].key()));
  }
  lexicon::CooccurrenceLearner learner([&writer](const std::string& key) {
    return StoredOr(writer, std::string(kCooccurrencePrefix) + key);
  });
  uint64_t counted = 0;
  bool learnt_anything = false;

  const size_t jobs = job.jobs > 0 ? job.jobs : std::max(1u, std::thread::hardware_concurrency());
  report.outcomes.resize(inputs.size());
  RunOrdered(
      inputs.size(), jobs,
      [&](size_t i) {
        try {
          return Prepare(inputs[i], stored_hashes[i], options, given, job, alignment_lexicon);
        } catch (const std::exception& e) {  // e.g. out of memory on a huge input: report it, go on
          Prepared p;
          p.outcome.input = inputs[i];
          p.outcome.error = MakeError(ErrorCode::kIo, inputs[i].display(), e.what());
          return p;
        }
      },
      [&](size_t i, Prepared& p) {
        if (progress) progress(i, inputs.size(), inputs[i]);
        IngestOutcome& outcome = report.outcomes[i];
        outcome = std::move(p.outcome);
        if (!p.read) return;
        std::vector<std::pair<std::string, std::string>> metadata;
        if (!p.hash.empty()) metadata.emplace_back(ContentHashKey(p.source.key), p.hash);
        Result<size_t> replaced = p.documents ? writer.ReplaceSource(*p.documents, metadata)
                                              : writer.ReplaceSource(p.source, p.units, metadata);
        if (!replaced) {
          outcome.error = replaced.error();
          return;
        }
        outcome.ok = true;
        outcome.units = p.unit_count;
        outcome.replaced = *replaced;
        learnt_anything = true;
        if (!rows_missing && !p.counts.empty()) {
          learner.Add(p.counts);
          counted += p.counts.units;
        }
      });
  if (progress) progress(inputs.size(), inputs.size(), Input{});

  if (rows_missing && learnt_anything) {
    if (Result<size_t> links = RelearnLexicon(writer)) report.learned_links = *links;
  } else {
    // A damaged line of the stored lexicon is dropped; its words' links are decided again as they
    // come.
    const std::vector<lexicon::Entry> previous = lexicon::EntriesFromTsv(stored_lexicon);
    report.learned_links = previous.size();
    if (counted > 0) {
      if (Result<size_t> links =
              StoreLearned(writer, learner, previous, StoredCount(writer) + counted)) {
        report.learned_links = *links;
      }
    }
  }
  return report;
}

}  // namespace tandem::batch
