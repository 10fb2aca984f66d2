// Shared by the search and workbench fuzzers: a small FR/NL index built once
// per process from the repository's own corpus (corpus/pairs), in a temporary
// folder removed at exit.
#ifndef TANDEM_TESTS_FUZZ_FUZZ_INDEX_H_
#define TANDEM_TESTS_FUZZ_FUZZ_INDEX_H_

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "pipeline/batch/ingest_job.h"
#include "pipeline/batch/inputs.h"
#include "pipeline/index/index_writer.h"

namespace tandem::fuzz {

// The index folder; aborts when it cannot be built (a broken set-up, not a finding).
inline const std::string& SmallIndex() {
  static const std::string path = [] {
    char folder[] = "/tmp/tandem-fuzz-XXXXXX";
    if (mkdtemp(folder) == nullptr) std::abort();
    const std::string db = std::string(folder) + "/index";
    static const std::string remove = folder;
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(remove, ec);
    });
    auto writer = index::IndexWriter::Open(db);
    if (!writer) {
      std::fprintf(stderr, "fuzz: %s\n", writer.error().message.c_str());
      std::abort();
    }
    const std::string pairs = std::string(TANDEM_SOURCE_DIR) + "/corpus/pairs/";
    std::vector<batch::Input> inputs = {
        {pairs + "sahel-development.fr.txt", pairs + "sahel-development.nl.txt"},
        {pairs + "climate-finance.fr.txt", pairs + "climate-finance.nl.txt"},
    };
    const batch::IngestReport report = batch::IngestAll(inputs, *writer);
    if (report.failed() > 0) {
      std::fprintf(stderr, "fuzz: could not build the index: %s\n",
                   report.outcomes.front().error.message.c_str());
      std::abort();
    }
    return db;
  }();
  return path;
}

}  // namespace tandem::fuzz

#endif  // TANDEM_TESTS_FUZZ_FUZZ_INDEX_H_
