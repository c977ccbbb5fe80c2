#include "store/table_ingest.h"

#include <rocksdb/sst_file_writer.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "store/db_open.h"

namespace geokg::store {

namespace fs = std::filesystem;

std::string BulkFolder(const std::string& db_path) { return (fs::path(db_path) / kBulkFolderName).string(); }

TableIngester::TableIngester(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> cfs, std::string db_path)
    : db_(db), cfs_(std::move(cfs)), db_path_(std::move(db_path)), folder_(BulkFolder(db_path_)) {
  rocksdb::DBOptions db_options = MakeDbOptions(/*read_only=*/false);
  for (const auto& descriptor : ColumnFamilyDescriptors()) options_.emplace_back(db_options, descriptor.options);
}

rocksdb::Status TableIngester::BuildFile(PendingWrites* writes, int cf, const std::string& file) {
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options_[cf], cfs_[cf]);
  rocksdb::Status s = writer.Open(file);
  if (s.ok()) {
    s = writes->ForEachLatest(cf, [&](rocksdb::Slice key, rocksdb::Slice value, WriteKind kind) {
      switch (kind) {
        case WriteKind::kPut: return writer.Put(key, value);
        case WriteKind::kDelete: return writer.Delete(key);
        case WriteKind::kMerge: return writer.Merge(key, value);
      }
      return rocksdb::Status::InvalidArgument("unknown write kind");
    });
  }
  if (s.ok()) s = writer.Finish();
  return s;
}

Status TableIngester::Ingest(PendingWrites* writes) {
  std::error_code ec;
  fs::create_directories(folder_, ec);
  if (ec) return Status::IOError("cannot create " + folder_ + ": " + ec.message());
  std::vector<rocksdb::IngestExternalFileArg> args;
  std::vector<int> file_cfs;
  int largest = -1;  // the column family with the most bytes: its file is built on a thread of its own
  for (int cf = 0; cf < kCfCount; ++cf) {
    if (writes->count(cf) == 0) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = cfs_[cf];
    arg.external_files.push_back(
        (fs::path(folder_) / (std::string(CfName(cf)) + "-" + std::to_string(next_file_++) + ".sst")).string());
    arg.options.move_files = true;                       // a hard link: the file is written once
    arg.options.verify_checksums_before_ingest = false;  // just written
    args.push_back(std::move(arg));
    file_cfs.push_back(cf);
    if (largest < 0 || writes->bytes(cf) > writes->bytes(file_cfs[static_cast<size_t>(largest)])) {
      largest = static_cast<int>(file_cfs.size()) - 1;
    }
  }
  // The files are independent (each sorts and reads only its own column
  // family's writes): the largest (evidence, with its ZSTD) beside the rest.
  rocksdb::Status largest_status, s;
  std::thread helper;
  if (largest >= 0) {
    helper = std::thread([&] {
      auto at = static_cast<size_t>(largest);
      largest_status = BuildFile(writes, file_cfs[at], args[at].external_files[0]);
    });
  }
  for (size_t i = 0; i < args.size() && s.ok(); ++i) {
    if (static_cast<int>(i) != largest) s = BuildFile(writes, file_cfs[i], args[i].external_files[0]);
  }
  if (helper.joinable()) helper.join();
  if (s.ok()) s = largest_status;
  if (s.ok() && !args.empty()) s = db_->IngestExternalFiles(args);
  // Ingested files were linked (RocksDB unlinks their originals); the rest are of no use.
  fs::remove_all(folder_, ec);
  return FromRocks(s, "cannot add table files to database " + db_path_);
}

void RemoveBulkLeftovers(const std::string& db_path) {
  std::error_code ec;
  fs::remove_all(BulkFolder(db_path), ec);
}

namespace {
bool SameBytes(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
  std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
  std::vector<char> ba(1 << 16), bb(1 << 16);
  while (fa && fb) {
    fa.read(ba.data(), static_cast<std::streamsize>(ba.size()));
    fb.read(bb.data(), static_cast<std::streamsize>(bb.size()));
    if (fa.gcount() != fb.gcount() || !std::equal(ba.begin(), ba.begin() + fa.gcount(), bb.begin())) return false;
  }
  return fa.eof() && fb.eof();
}
}  // namespace

bool IsInterruptedIngestion(const std::string& db_path, const std::string& table) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(BulkFolder(db_path), ec)) {
    std::error_code ec2;
    if (fs::equivalent(entry.path(), table, ec2) || SameBytes(entry.path(), table)) return true;
  }
  return false;
}

}  // namespace geokg::store
