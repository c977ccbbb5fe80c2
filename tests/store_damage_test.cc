// Damaged databases are refused, never repaired silently: a MANIFEST cut
// short, a table file cut short or deleted, CURRENT deleted or garbled, a
// RocksDB database that is not geokg's. Every command -- the writer (ingest,
// remove) and the readers (stats, relations --evidence, top) -- exits
// non-zero with a message naming the database and the damage, prints no
// answer, and leaves every file of the database as it was.
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <sys/stat.h>

#include <filesystem>
#include <map>

#include "store/db_open.h"
#include "store/keys.h"
#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

namespace fs = std::filesystem;
using testing::RunGeokg;
using testing::ShellQuote;
using testing::TempDir;

// Every file of a folder with its size and modification time.
std::map<std::string, std::pair<uint64_t, int64_t>> Snapshot(const std::string& dir) {
  std::map<std::string, std::pair<uint64_t, int64_t>> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    struct stat st = {};
    EXPECT_EQ(::stat(entry.path().c_str(), &st), 0);
    files[entry.path().filename().string()] = {static_cast<uint64_t>(st.st_size),
                                               st.st_mtim.tv_sec * 1000000000ll + st.st_mtim.tv_nsec};
  }
  return files;
}

std::string Describe(const std::map<std::string, std::pair<uint64_t, int64_t>>& files) {
  std::string out;
  for (const auto& [name, info] : files) out += name + " " + std::to_string(info.first) + " " + std::to_string(info.second) + "\n";
  return out;
}

class StoreDamage : public ::testing::Test {
 protected:
  void SetUp() override {
    // A database whose every column family is in table files, as an ingest
    // leaves it.
    const std::string input = dir_.Join("corpus.jsonl");
    testing::WriteFile(input, testing::ToJsonl(testing::MakeCorpus(300, 4, 40)));
    auto ingest = RunGeokg("ingest -q --batch 50 --triples " + ShellQuote(input) + " --db " + ShellQuote(db_));
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
    {
      std::vector<rocksdb::ColumnFamilyHandle*> handles;
      rocksdb::DB* db = nullptr;
      ASSERT_TRUE(rocksdb::DB::OpenForReadOnly(store::MakeDbOptions(true), db_, store::ColumnFamilyDescriptors(),
                                               &handles, &db)
                      .ok());
      std::vector<rocksdb::LiveFileMetaData> live;
      db->GetLiveFilesMetaData(&live);
      for (const auto& f : live) table_of_[f.column_family_name] = fs::path(f.relative_filename).filename().string();
      for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
      delete db;
    }
    ASSERT_EQ(table_of_.size(), static_cast<size_t>(store::kCfCount));
    testing::WriteFile(one_, testing::ToJsonl(testing::MakeCorpus(1, 3, 5, 99)));
    auto r = RunGeokg("relations a0 --evidence --db " + ShellQuote(db_));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    intact_evidence_lines_ = std::count(r.out.begin(), r.out.end(), '\n');
    ASSERT_GT(intact_evidence_lines_, 20);
  }

  std::string Manifest() const {
    for (const auto& entry : fs::directory_iterator(db_)) {
      if (entry.path().filename().string().rfind("MANIFEST-", 0) == 0) return entry.path().string();
    }
    ADD_FAILURE() << "no MANIFEST";
    return "";
  }

  // Runs every command on the damaged database: each must refuse with a
  // message holding `damage`, print nothing on stdout and change no file.
  void ExpectRefused(const std::string& damage) {
    const std::string db = " --db " + ShellQuote(db_);
    const std::vector<std::string> commands = {
        "ingest --triples " + ShellQuote(one_) + db, "remove --doc doc-1" + db, "stats" + db,
        "relations a0 --evidence" + db,           "top" + db,                "actors" + db,
    };
    const auto before = Snapshot(db_);
    for (const auto& command : commands) {
      SCOPED_TRACE(command);
      auto r = RunGeokg(command);
      EXPECT_EQ(r.exit_code, 1) << r.err;
      EXPECT_EQ(r.out, "");
      EXPECT_NE(r.err.find("database " + db_ + " is damaged: "), std::string::npos) << r.err;
      EXPECT_NE(r.err.find(damage), std::string::npos) << r.err;
      EXPECT_EQ(Describe(Snapshot(db_)), Describe(before));
    }
  }

  TempDir dir_;
  std::string db_ = dir_.Join("db"), one_ = dir_.Join("one.jsonl");
  std::map<std::string, std::string> table_of_;  // column family -> its table file
  long intact_evidence_lines_ = 0;
};

// The longest length of the MANIFEST of `db` at which it still lists every
// column family but not every table file (its last flushes cut off), found
// on a copy (table files linked); 0 if none.
uint64_t DamagingCut(const std::string& db, const std::string& manifest) {
  TempDir scratch;
  const fs::path copy = scratch.path() / "db";
  for (uint64_t cut = fs::file_size(manifest) - 1; cut > 0; --cut) {
    fs::remove_all(copy);
    fs::create_directory(copy);
    size_t tables = 0;
    for (const auto& entry : fs::directory_iterator(db)) {
      if (entry.path().extension() == ".sst") {
        fs::create_hard_link(entry.path(), copy / entry.path().filename());
        ++tables;
      } else {
        fs::copy_file(entry.path(), copy / entry.path().filename());
      }
    }
    fs::resize_file(copy / fs::path(manifest).filename(), cut);
    std::vector<std::string> names;
    if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), copy.string(), &names).ok() ||
        names.size() != static_cast<size_t>(store::kCfCount)) {
      continue;
    }
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* ro = nullptr;
    if (!rocksdb::DB::OpenForReadOnly(store::MakeDbOptions(true), copy.string(), store::ColumnFamilyDescriptors(),
                                      &handles, &ro)
             .ok()) {
      continue;
    }
    std::vector<rocksdb::LiveFileMetaData> live;
    ro->GetLiveFilesMetaData(&live);
    for (auto* h : handles) ro->DestroyColumnFamilyHandle(h);
    delete ro;
    if (live.size() < tables) return cut;
  }
  return 0;
}

TEST_F(StoreDamage, AManifestCutShortIsRefusedAndNoTableIsDeleted) {
  const std::string manifest = Manifest();
  const uint64_t size = fs::file_size(manifest);
  // Its last records gone (the last flushes): their table files are not listed.
  const uint64_t cut = DamagingCut(db_, manifest);
  ASSERT_GT(cut, 0u);
  fs::resize_file(manifest, cut);
  ExpectRefused("its MANIFEST does not list it");
  // Cut before most column families were made.
  fs::resize_file(manifest, size / 8);
  auto r = RunGeokg("ingest --triples " + ShellQuote(one_) + " --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("database " + db_ + " is damaged: "), std::string::npos) << r.err;
  for (const auto& [cf, table] : table_of_) EXPECT_TRUE(fs::exists(fs::path(db_) / table)) << cf;
}

TEST_F(StoreDamage, ATableFileCutShortIsRefused) {
  const fs::path evidence = fs::path(db_) / table_of_["evidence"];
  fs::resize_file(evidence, fs::file_size(evidence) / 2);
  ExpectRefused(evidence.stem().string());
}

TEST_F(StoreDamage, CheckReportsTheDamage) {
  const fs::path evidence = fs::path(db_) / table_of_["evidence"];
  fs::resize_file(evidence, fs::file_size(evidence) - 1);
  auto r = RunGeokg("check --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("database " + db_ + " is damaged: "), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("failed the check"), std::string::npos) << r.err;
}

TEST_F(StoreDamage, ABlockThatDoesNotMatchItsChecksumIsFoundByCheck) {
  const std::string evidence = (fs::path(db_) / table_of_["evidence"]).string();
  std::string bytes = testing::ReadFile(evidence);
  ASSERT_GT(bytes.size(), 200u);
  bytes[100] = static_cast<char>(bytes[100] ^ 0x5a);  // inside the first data block
  testing::WriteFile(evidence, bytes);
  auto r = RunGeokg("check --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("database " + db_ + " is damaged: "), std::string::npos) << r.out;
  // A query reading that block fails too, rather than answering without it.
  r = RunGeokg("relations a0 --evidence --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.err.find("orruption"), std::string::npos) << r.err;
}

TEST_F(StoreDamage, ADeletedTableFileIsRefused) {
  const fs::path out = fs::path(db_) / table_of_["out"];
  fs::remove(out);
  ExpectRefused(out.stem().string());
}

TEST_F(StoreDamage, ADeletedCurrentFileIsDamageNotAMissingDatabase) {
  fs::remove(fs::path(db_) / "CURRENT");
  ExpectRefused("its CURRENT file is missing");
}

TEST_F(StoreDamage, AGarbledCurrentFileIsRefused) {
  testing::WriteFile(db_ + "/CURRENT", "garbage\n");
  ExpectRefused("RocksDB cannot open it");
  testing::WriteFile(db_ + "/CURRENT", "MANIFEST-");
  ExpectRefused("RocksDB cannot open it");
}

TEST_F(StoreDamage, AnIntactDatabaseStillAnswersAndAcceptsWrites) {
  auto r = RunGeokg("ingest -q --on-conflict replace --triples " + ShellQuote(one_) + " --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunGeokg("check --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(StoreDamageForeign, AnotherRocksDbIsRefusedAndNotTouched) {
  TempDir dir;
  const std::string path = dir.Join("other");
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, path, &db).ok());
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), "k", "v").ok());
    ASSERT_TRUE(db->Flush(rocksdb::FlushOptions()).ok());
    delete db;
  }
  testing::WriteFile(dir.Join("one.jsonl"), testing::ToJsonl(testing::MakeCorpus(1, 3, 5)));
  const auto before = Snapshot(path);
  for (const std::string& command : {"ingest --triples " + ShellQuote(dir.Join("one.jsonl")), std::string("stats"),
                                    std::string("top"), std::string("check")}) {
    SCOPED_TRACE(command);
    auto r = RunGeokg(command + " --db " + ShellQuote(path));
    EXPECT_NE(r.exit_code, 0);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find(path + " is not a geokg database"), std::string::npos) << r.err;
    EXPECT_EQ(Describe(Snapshot(path)), Describe(before));
  }
}

}  // namespace
}  // namespace geokg
