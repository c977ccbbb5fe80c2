#include "store/db_verify.h"

#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/table_properties.h>

#include <filesystem>
#include <map>

#include "store/link_summary.h"
#include "store/table_ingest.h"

namespace geokg::store {

namespace fs = std::filesystem;

namespace {

class DiscardingLogger : public rocksdb::Logger {
 public:
  DiscardingLogger() : rocksdb::Logger(rocksdb::InfoLogLevel::HEADER_LEVEL) {}
  using rocksdb::Logger::Logv;
  void Logv(const char* /*format*/, va_list /*ap*/) override {}
};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsTableFile(const std::string& name) { return EndsWith(name, ".sst") || EndsWith(name, ".blob"); }

rocksdb::ColumnFamilyHandle* HandleNamed(const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                                         const std::string& name) {
  for (auto* h : handles) {
    if (h->GetName() == name) return h;
  }
  return nullptr;
}

// True when the unlisted table file `file` can be a crash's leftover: not a
// whole table yet, or every key in it is in the database (a flush's output
// whose memtable the WAL still holds, a compaction's whose inputs are listed).
bool IsLeftover(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles, const fs::path& file) {
  if (EndsWith(file.string(), ".blob")) return false;  // geokg writes no blob files
  rocksdb::Options options;
  options.info_log = NullLogger();
  options.merge_operator = NewLinkSumOperator();  // a table of `links` may hold merge operands
  rocksdb::SstFileReader reader(options);
  if (!reader.Open(file.string()).ok()) return true;  // cut short while being written
  auto props = reader.GetTableProperties();
  rocksdb::ColumnFamilyHandle* cf = props ? HandleNamed(handles, props->column_family_name) : nullptr;
  if (!cf) return false;
  rocksdb::ReadOptions scan;
  scan.total_order_seek = true;
  scan.verify_checksums = true;
  std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(scan));
  rocksdb::PinnableSlice value;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    value.Reset();
    if (!db->Get(rocksdb::ReadOptions(), cf, it->key(), &value).ok()) return false;
  }
  return it->status().ok();
}

}  // namespace

std::shared_ptr<rocksdb::Logger> NullLogger() {
  static std::shared_ptr<rocksdb::Logger> logger = std::make_shared<DiscardingLogger>();
  return logger;
}

Status DamagedStatus(const std::string& path, const std::string& damage) {
  return Status::Corruption("database " + path + " is damaged: " + damage +
                            "; it was left as it is (see 'geokg check'; restore a backup or ingest again)");
}

Status VerifyTablesReadable(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                            const std::string& path, bool* missing) {
  *missing = false;
  for (auto* handle : handles) {
    rocksdb::TablePropertiesCollection props;
    rocksdb::Status s = db->GetPropertiesOfAllTables(handle, &props);
    if (s.ok()) continue;
    *missing = s.IsPathNotFound() || s.ToString().find("No such file") != std::string::npos;
    return DamagedStatus(path, "a table file of its '" + handle->GetName() + "' records cannot be read (" +
                                   s.ToString() + ")");
  }
  return Status::OK();
}

Status VerifyFileList(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                      const std::string& path) {
  std::vector<rocksdb::LiveFileMetaData> live;
  db->GetLiveFilesMetaData(&live);
  std::map<std::string, uint64_t> listed;  // file name -> size the MANIFEST gives
  for (const auto& f : live) listed[fs::path(f.relative_filename).filename().string()] = f.size;
  for (const auto& [name, size] : listed) {
    std::error_code ec;
    uint64_t actual = fs::file_size(fs::path(path) / name, ec);
    if (ec) return DamagedStatus(path, "table file " + name + ", listed in its MANIFEST, is missing");
    if (actual != size) {
      return DamagedStatus(path, "table file " + name + " has " + std::to_string(actual) + " bytes, its MANIFEST says " +
                                     std::to_string(size));
    }
  }
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    if (!IsTableFile(name) || listed.count(name) || IsLeftover(db, handles, entry.path()) ||
        IsInterruptedIngestion(path, entry.path().string())) {
      continue;
    }
    return DamagedStatus(path, "table file " + name +
                                   " holds records but its MANIFEST does not list it (the MANIFEST is cut short "
                                   "or from another copy)");
  }
  if (ec) return Status::IOError("cannot list " + path + ": " + ec.message());
  return Status::OK();
}

Status VerifyCurrentFile(const std::string& path) {
  std::error_code ec;
  if (fs::exists(fs::path(path) / "CURRENT", ec)) return Status::OK();
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    if (IsTableFile(name) || EndsWith(name, ".log")) {
      return DamagedStatus(path, "its CURRENT file is missing (it holds data files such as " + name + ")");
    }
  }
  return Status::OK();
}

}  // namespace geokg::store
