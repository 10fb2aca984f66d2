#include "pipeline/index/slice.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "tests/support/test_files.h"

namespace tandem::index {
namespace {

using tandem::testing::TempDir;

// The units of `db` that Slice `part` of `parts` matches.
std::vector<Xapian::docid> Matched(const Xapian::Database& db, unsigned part, unsigned parts) {
  auto ran_out = std::make_shared<bool>(false);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll,
                                  Xapian::Query((new Slice(part, parts, std::nullopt, ran_out))->release())));
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<Xapian::docid> ids;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount() + 1);
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
  EXPECT_FALSE(*ran_out);
  return ids;
}

// A database of `units` documents with the ids in `deleted` removed.
void Write(const std::string& path, unsigned units, const std::set<unsigned>& deleted) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (unsigned i = 0; i < units; ++i) {
    Xapian::Document doc;
    doc.add_term("XFRmot");
    db.add_document(doc);
  }
  for (unsigned id : deleted) db.delete_document(id);
  db.commit();
}

TEST(Slice, PartsCoverEveryUnitOnceAndCutEachDatabaseInEqualRanges) {
  struct Case {
    std::vector<unsigned> units;            // per database
    std::vector<std::set<unsigned>> deleted;  // per database
    unsigned parts;
  };
  const Case cases[] = {
      {{10}, {{}}, 2},
      {{11}, {{}}, 2},
      {{1}, {{}}, 2},                    // one unit: the first half is empty
      {{20}, {{1, 2, 3, 4, 5, 6}}, 2},   // ids deleted at the start (a source ingested again)
      {{10, 7}, {{}, {}}, 2},            // two indexes searched as one: each cut in two
      {{9, 14}, {{2}, {13, 14}}, 3},
  };
  for (const Case& c : cases) {
    TempDir dir;
    Xapian::Database all;
    std::vector<Xapian::Database> each;
    for (size_t d = 0; d < c.units.size(); ++d) {
      const std::string path = dir.Join("db" + std::to_string(d));
      Write(path, c.units[d], c.deleted[d]);
      each.emplace_back(path);
      all.add_database(Xapian::Database(path));
    }
    std::set<Xapian::docid> seen;
    size_t total = 0;
    for (unsigned part = 0; part < c.parts; ++part) {
      for (Xapian::docid id : Matched(all, part, c.parts)) {
        EXPECT_TRUE(seen.insert(id).second) << "unit " << id << " in two parts";
        ++total;
        // The combined id's database and its own id: the part cuts that database's ids.
        const size_t n = c.units.size();
        const size_t database = (id - 1) % n;
        const Xapian::docid own = (id - 1) / n + 1;
        const Xapian::docid last = each[database].get_lastdocid();
        EXPECT_GT(own, last * part / c.parts) << "part " << part;
        EXPECT_LE(own, last * (part + 1) / c.parts) << "part " << part;
      }
    }
    EXPECT_EQ(total, all.get_doccount());
  }
}

TEST(Slice, APassedDeadlineEndsTheMatchAndSaysSo) {
  TempDir dir;
  Write(dir.Join("db"), 100, {});
  Xapian::Database db(dir.Join("db"));
  auto ran_out = std::make_shared<bool>(false);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(
      Xapian::Query::OP_FILTER, Xapian::Query("XFRmot"),
      Xapian::Query((new Slice(0, 1, Slice::Clock::now(), ran_out))->release())));
  EXPECT_TRUE(enquire.get_mset(0, 10).empty());
  EXPECT_TRUE(*ran_out);
}

}  // namespace
}  // namespace tandem::index
