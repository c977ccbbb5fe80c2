// The link summary (store/link_summary.h): its encoding, the merge operator
// in a real RocksDB column family, the writer keeping it equal to the
// relations through ingests and retractions, and the upgrade of a database of
// schema version 1, which had none.
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <memory>
#include <string>

#include "store/db_open.h"
#include "store/keys.h"
#include "store/link_summary.h"
#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using store::DecodeLinkList;
using store::EncodeLinkList;
using store::LinkList;
using testing::TempDir;

std::string Encoded(const LinkList& links) {
  std::string out;
  EncodeLinkList(links, &out);
  return out;
}

TEST(LinkSummary, ListsRoundTripAndMalformedOnesAreRefused) {
  const LinkList links{{1, 3}, {2, -1}, {300, 1}, {UINT32_MAX, 70000}};
  LinkList back;
  ASSERT_TRUE(DecodeLinkList(Encoded(links), &back));
  EXPECT_EQ(back, links);
  ASSERT_TRUE(DecodeLinkList(Encoded({}), &back));
  EXPECT_TRUE(back.empty());
  EXPECT_FALSE(DecodeLinkList("", &back));                         // no tag
  EXPECT_FALSE(DecodeLinkList(Encoded(links).substr(0, 3), &back));  // a neighbour without its count
  std::string repeated = Encoded({{5, 1}});
  repeated += std::string("\x00\x02", 2);  // neighbour 5 again (gap 0)
  EXPECT_FALSE(DecodeLinkList(repeated, &back));
  // A gap that would wrap around to a smaller neighbour.
  std::string wrapped = Encoded({{5, 1}});
  wrapped += std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x02", 11);
  EXPECT_FALSE(DecodeLinkList(wrapped, &back));
  // What fuzz_codec found: whatever decodes re-encodes to bytes that decode alike.
  const std::string found(
      "\x4c\x31\x96\x06\xf0\x06\x3c\x3c\x3c\xfd\xff\xff\x45\x45\x45\x5a\xa1\xb4\x41\x01\x00\x10\x00\x13\x45\x13"
      "\x45\xff\x3c\x3c\x3c\x3c\x3c\x3c\x3c\x3c\x3c\x3c\xff\x3c\x3c\x3c\x3c\x3c\xc8\xc3\xc3\xc3\xc3\x4c\xc3\xc3"
      "\x04\x06\x06\x13\xff\xff\xff\xff\xff\xff\xff\xff\xff\x13\x06",
      67);
  if (DecodeLinkList(found, &back)) {
    LinkList again;
    ASSERT_TRUE(DecodeLinkList(Encoded(back), &again));
    EXPECT_EQ(again, back);
  }
}

// A database of one column family with the link summary's operator.
class LinkSumDb : public ::testing::Test {
 protected:
  void SetUp() override {
    rocksdb::Options options;
    options.create_if_missing = true;
    options.merge_operator = store::NewLinkSumOperator();
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, dir_.Join("db"), &db).ok());
    db_.reset(db);
  }
  void Merge(const LinkList& links) { ASSERT_TRUE(db_->Merge({}, "k", Encoded(links)).ok()); }
  rocksdb::Status Read(LinkList* links) {
    std::string value;
    rocksdb::Status s = db_->Get({}, "k", &value);
    if (s.ok()) {
      EXPECT_TRUE(DecodeLinkList(value, links));
    }
    return s;
  }
  TempDir dir_;
  std::unique_ptr<rocksdb::DB> db_;
};

TEST_F(LinkSumDb, OperandsAddUpPerNeighbourAndZerosLeave) {
  ASSERT_TRUE(db_->Put({}, "k", Encoded({{2, 4}, {9, 1}})).ok());
  Merge({{1, 2}, {9, -1}});
  Merge({{2, 1}, {12, 5}});
  LinkList links;
  ASSERT_TRUE(Read(&links).ok());
  EXPECT_EQ(links, (LinkList{{1, 2}, {2, 5}, {12, 5}}));
  // The same after a flush and a compaction (operands merged on disk; a
  // compaction also merges operands among themselves).
  ASSERT_TRUE(db_->Flush({}).ok());
  Merge({{1, -2}});
  Merge({{3, 1}});
  ASSERT_TRUE(db_->CompactRange({}, nullptr, nullptr).ok());
  ASSERT_TRUE(Read(&links).ok());
  EXPECT_EQ(links, (LinkList{{2, 5}, {3, 1}, {12, 5}}));
}

TEST_F(LinkSumDb, MoreRetractedThanAddedIsCorruptionNotAnAnswer) {
  Merge({{4, 1}});
  Merge({{4, -2}});
  LinkList links;
  rocksdb::Status s = Read(&links);
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
}

TEST(LinkSummaryStore, IngestsAndRetractionsKeepItEqualToTheRelations) {
  TempDir dir;
  const std::string path = dir.Join("db");
  const auto corpus = testing::MakeCorpus(40, 5, 12);
  testing::IngestCorpus(path, corpus);
  EXPECT_EQ(testing::Problems(path), "");  // recomputes the summary from the evidence
  EXPECT_NE(testing::Dump(path).find("\nlink "), std::string::npos);
  {
    auto writer = testing::OpenWriter(path);
    for (size_t i = 0; i < corpus.size(); i += 3) ASSERT_TRUE(writer->RemoveArticle(corpus[i].article.id).ok());
    ASSERT_TRUE(writer->Flush().ok());
  }
  EXPECT_EQ(testing::Problems(path), "");
  {
    auto writer = testing::OpenWriter(path);
    for (size_t i = 0; i < corpus.size(); ++i) {
      if (i % 3 != 0) {
        ASSERT_TRUE(writer->RemoveArticle(corpus[i].article.id).ok());
      }
    }
    ASSERT_TRUE(writer->Flush().ok());
  }
  EXPECT_EQ(testing::Problems(path), "");
  EXPECT_EQ(testing::Dump(path).find("\nlink "), std::string::npos);  // no relation, no link
}

// Drops `links`, and with `version1` writes the schema record of version 1:
// what geokg wrote before the link summary.
void DropLinks(const std::string& path, bool version1) {
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(store::MakeDbOptions(false), path, store::ColumnFamilyDescriptors(), &handles, &db).ok());
  ASSERT_TRUE(db->DropColumnFamily(handles[store::kCfLinks]).ok());
  if (version1) {
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[store::kCfDefault], store::kSchemaKey, "geokg-store:1").ok());
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
}

// The same generated articles ingested into <dir>/db, then turned into
// version 1, and into <dir>/expected by this geokg.
void Version1BesideExpected(const TempDir& dir, int articles, std::string* path, std::string* expected) {
  *path = dir.Join("db");
  *expected = dir.Join("expected");
  const auto corpus = testing::MakeCorpus(articles, 4, 8);
  testing::IngestCorpus(*path, corpus);
  testing::IngestCorpus(*expected, corpus);
  DropLinks(*path, /*version1=*/true);
}

TEST(LinkSummaryStore, AVersion2DatabaseWithoutItsLinksIsDamageForReadersAndWriters) {
  TempDir dir;
  const std::string path = dir.Join("db");
  testing::IngestCorpus(path, testing::MakeCorpus(6, 3, 5));
  DropLinks(path, /*version1=*/false);
  for (const char* command : {"neighbors a1", "upgrade", "ingest --triples /dev/null"}) {
    auto r = testing::RunGeokg(std::string(command) + " --db " + testing::ShellQuote(path));
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_NE(r.err.find("is damaged: its MANIFEST lists no column family 'links'"), std::string::npos) << r.err;
  }
}

TEST(LinkSummaryStore, AVersion1DatabaseIsRefusedByReadersAndUpgradedByAWriter) {
  TempDir dir;
  std::string path, expected;
  Version1BesideExpected(dir, 20, &path, &expected);
  auto r = testing::RunGeokg("neighbors a1 --db " + testing::ShellQuote(path));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("schema version 1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("geokg upgrade --db " + path), std::string::npos) << r.err;
  r = testing::RunGeokg("upgrade --db " + testing::ShellQuote(path));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(testing::Problems(path), "");
  EXPECT_SAME_GRAPH(path, expected);
  r = testing::RunGeokg("upgrade --db " + testing::ShellQuote(dir.Join("nothing")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no database at"), std::string::npos) << r.err;
}

TEST(LinkSummaryStore, AnUpgradeInterruptedAfterCreatingTheColumnFamilyIsDoneAgain) {
  TempDir dir;
  std::string path, expected;
  Version1BesideExpected(dir, 10, &path, &expected);
  {
    // `links` created, the summary and the version not written yet.
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs = store::ColumnFamilyDescriptors();
    cfs.pop_back();
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(store::MakeDbOptions(false), path, cfs, &handles, &db).ok());
    rocksdb::ColumnFamilyHandle* links = nullptr;
    ASSERT_TRUE(db->CreateColumnFamily(store::ColumnFamilyDescriptors().back().options, "links", &links).ok());
    handles.push_back(links);
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  std::unique_ptr<GraphStore> reader;
  StoreOptions read;
  read.read_only = true;
  Status s = GraphStore::Open(path, read, &reader);
  EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_NE(s.message().find("schema version 1"), std::string::npos) << s.message();
  testing::OpenWriter(path).reset();
  EXPECT_EQ(testing::Problems(path), "");
  EXPECT_SAME_GRAPH(path, expected);
}

}  // namespace
}  // namespace geokg
