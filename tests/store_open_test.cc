// Opening: schema version, foreign databases, one writer (with the holder's
// pid), readers beside a writer, backups.
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <unistd.h>

#include <filesystem>

#include "store/db_open.h"
#include "store/keys.h"
#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using testing::Dump;
using testing::IngestCorpus;
using testing::MakeCorpus;
using testing::OpenReader;
using testing::OpenWriter;
using testing::Put;
using testing::TempDir;

Status OpenWith(const std::string& path, bool read_only, std::unique_ptr<GraphStore>* store) {
  StoreOptions options;
  options.read_only = read_only;
  return GraphStore::Open(path, options, store);
}

TEST(StoreOpen, ADatabaseOfAnotherSchemaVersionIsRefused) {
  TempDir dir;
  const std::string path = dir.Join("db");
  IngestCorpus(path, MakeCorpus(2, 2, 3));
  {
    // Rewrite the schema record behind geokg's back.
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (int cf = 0; cf < store::kCfCount; ++cf) cfs.emplace_back(store::CfName(cf), rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &db).ok());
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[0], store::kSchemaKey, "geokg-store:99").ok());
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  for (bool read_only : {false, true}) {
    std::unique_ptr<GraphStore> store;
    Status s = OpenWith(path, read_only, &store);
    EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
    EXPECT_NE(s.message().find("schema version 99"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find(path), std::string::npos) << s.message();
  }
  auto r = testing::RunGeokg("stats --db " + testing::ShellQuote(path));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("schema version 99"), std::string::npos) << r.err;
}

TEST(StoreOpen, AnotherRocksDbIsRefusedAndLeftUntouched) {
  TempDir dir;
  const std::string path = dir.Join("other");
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, path, &db).ok());
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), "k", "v").ok());
    delete db;
  }
  for (bool read_only : {false, true}) {
    std::unique_ptr<GraphStore> store;
    Status s = OpenWith(path, read_only, &store);
    EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
    EXPECT_NE(s.message().find(path + " is not a geokg database"), std::string::npos) << s.message();
  }
  std::vector<std::string> names;
  ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
  EXPECT_EQ(names, std::vector<std::string>{"default"});  // no column family added
}

TEST(StoreOpen, AnInterruptedCreationIsCompletedButNotAForeignDatabase) {
  TempDir dir;
  auto make = [&](const std::string& path, bool with_data) {
    rocksdb::Options options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {{"default", {}}, {"ids", {}}, {"actors", {}}};
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, path, cfs, &handles, &db).ok());
    if (with_data) {
      ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), "k", "v").ok());
    }
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  };
  make(dir.Join("half"), false);  // geokg's column families, some missing, nothing written
  make(dir.Join("other"), true);
  auto store = OpenWriter(dir.Join("half"));
  ASSERT_TRUE(store);
  Put(store.get(), MakeCorpus(1, 2, 3)[0]);
  store.reset();
  EXPECT_EQ(testing::Problems(dir.Join("half")), "");
  // Some of geokg's column families and data: a foreign database or a
  // MANIFEST cut short, refused either way.
  std::unique_ptr<GraphStore> other;
  Status s = OpenWith(dir.Join("other"), false, &other);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(dir.Join("other") + " is damaged: its MANIFEST lists 3 of geokg's"), std::string::npos)
      << s.ToString();
}

TEST(StoreOpen, AFileOrAFolderOfOtherFilesIsNoDatabase) {
  TempDir dir;
  testing::WriteFile(dir.Join("file"), "hello");
  std::filesystem::create_directory(dir.Join("folder"));
  testing::WriteFile(dir.Join("folder/notes.txt"), "x");
  for (const char* name : {"file", "folder"}) {
    std::unique_ptr<GraphStore> store;
    Status s = OpenWith(dir.Join(name), false, &store);
    EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
    EXPECT_NE(s.message().find("is not a geokg database"), std::string::npos) << s.message();
  }
  EXPECT_EQ(testing::ReadFile(dir.Join("folder/notes.txt")), "x");
  std::unique_ptr<GraphStore> store;
  EXPECT_TRUE(OpenWith(dir.Join("missing"), true, &store).IsNotFound());
  EXPECT_FALSE(std::filesystem::exists(dir.Join("missing")));
}

TEST(StoreOpen, ASecondWriterInTheSameProcessIsBusy) {
  TempDir dir;
  auto writer = OpenWriter(dir.Join("db"));
  std::unique_ptr<GraphStore> second;
  Status s = OpenWith(dir.Join("db"), false, &second);
  EXPECT_TRUE(s.IsBusy()) << s.ToString();
  EXPECT_NE(s.message().find(dir.Join("db")), std::string::npos) << s.message();
}

TEST(StoreOpen, ASecondWriterProcessIsToldWhoHoldsTheDatabase) {
  TempDir dir;
  const std::string path = dir.Join("db"), file = dir.Join("t.jsonl");
  testing::WriteFile(file, testing::ToJsonl(MakeCorpus(3, 2, 4)));
  auto writer = OpenWriter(path);
  Put(writer.get(), MakeCorpus(1, 2, 3, 77)[0]);
  const std::string before = testing::RawDump(path);
  auto r = testing::RunGeokg("ingest --triples " + testing::ShellQuote(file) + " --db " + testing::ShellQuote(path));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("database " + path + " is in use by another geokg process (pid " + std::to_string(getpid()) +
                       ")"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("LOCK"), std::string::npos) << r.err;
  r = testing::RunGeokg("remove --doc doc-0 --db " + testing::ShellQuote(path));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("in use by another geokg process"), std::string::npos) << r.err;
  // Readers are welcome meanwhile.
  r = testing::RunGeokg("stats --format json --db " + testing::ShellQuote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"articles\": 1"), std::string::npos) << r.out;
  EXPECT_SAME_DUMP(testing::RawDump(path), before);
  writer.reset();
  EXPECT_FALSE(std::filesystem::exists(path + "/geokg.pid"));  // gone with the writer
}

TEST(StoreOpen, AReaderBesideAWriterCatchesUpOnRefresh) {
  TempDir dir;
  const std::string path = dir.Join("db");
  auto corpus = MakeCorpus(6, 3, 5);
  auto writer = OpenWriter(path, 2);
  Put(writer.get(), corpus[0]);
  Put(writer.get(), corpus[1]);  // a commit: 2 articles a batch
  Put(writer.get(), corpus[2]);  // pending
  auto reader = OpenReader(path);
  ASSERT_TRUE(reader);
  StoreStats stats;
  ASSERT_TRUE(reader->GetStats(&stats).ok());
  EXPECT_EQ(stats.articles, 2u);
  IngestOutcome outcome;
  EXPECT_TRUE(reader->PutArticle(corpus[3].article, corpus[3].triples, &outcome).IsInvalidArgument());
  EXPECT_TRUE(reader->RemoveArticle("doc-0").IsInvalidArgument());
  for (int i = 3; i < 6; ++i) Put(writer.get(), corpus[i]);
  ASSERT_TRUE(writer->Flush().ok());
  ASSERT_TRUE(reader->GetStats(&stats).ok());
  EXPECT_EQ(stats.articles, 2u);  // as of Open()
  ASSERT_TRUE(reader->Refresh().ok());
  ASSERT_TRUE(reader->GetStats(&stats).ok());
  EXPECT_EQ(stats.articles, 6u);
  ArticleRecord article;
  EXPECT_TRUE(reader->GetArticle("doc-5", &article, nullptr).ok());
  // Removal by the writer is seen after the next refresh.
  ASSERT_TRUE(writer->RemoveArticle("doc-5").ok());
  ASSERT_TRUE(reader->Refresh().ok());
  EXPECT_TRUE(reader->GetArticle("doc-5", &article, nullptr).IsNotFound());
}

// The level-0 files of a column family of the database at `path`.
size_t Level0Files(const std::string& path, int which) {
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  EXPECT_TRUE(rocksdb::DB::OpenForReadOnly(store::MakeDbOptions(false), path, store::ColumnFamilyDescriptors(),
                                           &handles, &db)
                  .ok());
  if (!db) return SIZE_MAX;
  rocksdb::ColumnFamilyMetaData meta;
  db->GetColumnFamilyMetaData(handles[which], &meta);
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
  return meta.levels.empty() ? 0 : meta.levels[0].files.size();
}

TEST(StoreOpen, AClosingWriterMergesTheAdjacencysLevel0Files) {
  TempDir dir;
  const std::string path = dir.Join("db");
  // Writes `runs` level-0 files of `out`, keys named by `session`.
  auto flushed_runs = [&](const std::string& session, int runs, size_t level0_before_close) {
    std::unique_ptr<store::DbHandle> handle;
    ASSERT_TRUE(store::OpenDb(path, StoreOptions{}, &handle).ok());
    rocksdb::DB* db = handle->db();
    // RocksDB would merge them itself, at its own time: only the close may.
    ASSERT_TRUE(db->SetOptions(handle->cf(store::kCfOut), {{"disable_auto_compactions", "true"}}).ok());
    for (int run = 0; run < runs; ++run) {
      for (uint32_t k = 0; k < 50; ++k) {
        const std::string key = "key-" + session + "-" + std::to_string(run) + "-" + std::to_string(k);
        ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handle->cf(store::kCfOut), key, "value").ok());
      }
      ASSERT_TRUE(db->Flush(rocksdb::FlushOptions(), handle->cf(store::kCfOut)).ok());
    }
    rocksdb::ColumnFamilyMetaData meta;
    db->GetColumnFamilyMetaData(handle->cf(store::kCfOut), &meta);
    EXPECT_EQ(meta.levels[0].files.size(), level0_before_close);
  };
  flushed_runs("a", 3, 3);
  EXPECT_EQ(Level0Files(path, store::kCfOut), 3u);  // fewer than RocksDB's trigger: left as they are
  flushed_runs("b", 1, 4);
  EXPECT_EQ(Level0Files(path, store::kCfOut), 0u);
  // Nothing lost: every key of the four runs is there.
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  ASSERT_TRUE(rocksdb::DB::OpenForReadOnly(store::MakeDbOptions(false), path, store::ColumnFamilyDescriptors(),
                                           &handles, &db)
                  .ok());
  size_t keys = 0;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[store::kCfOut]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) keys += it->key().starts_with("key-");
  EXPECT_EQ(keys, 200u);
  it.reset();
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
}

TEST(StoreOpen, ABackupIsAConsistentCopy) {
  TempDir dir;
  const std::string path = dir.Join("db"), copy = dir.Join("copy");
  auto corpus = MakeCorpus(8, 3, 6);
  auto writer = OpenWriter(path, 100);
  for (const auto& doc : corpus) Put(writer.get(), doc);  // still pending: the backup commits first
  ASSERT_TRUE(writer->Backup(copy).ok());
  Status s = writer->Backup(copy);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_NE(s.message().find("already exists"), std::string::npos);
  writer.reset();
  EXPECT_SAME_GRAPH(copy, path);
  EXPECT_EQ(testing::Problems(copy), "");
  auto r = testing::RunGeokg("backup " + testing::ShellQuote(dir.Join("copy2")) + " --db " + testing::ShellQuote(copy));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_SAME_GRAPH(dir.Join("copy2"), path);
  r = testing::RunGeokg("backup " + testing::ShellQuote(dir.Join("copy3")) + " --db " +
                        testing::ShellQuote(dir.Join("nothing")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no database at"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.Join("nothing")));
}

}  // namespace
}  // namespace geokg
