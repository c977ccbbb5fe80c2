#include "store/db_open.h"

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "store/db_lock.h"
#include "store/db_verify.h"
#include "store/link_summary.h"
#include "store/table_ingest.h"

namespace geokg::store {

namespace fs = std::filesystem;

Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::OK();
  std::string msg = context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (s.IsBusy()) return Status::Busy(msg);
  if (s.IsNotSupported()) return Status::Unsupported(msg);
  return Status::IOError(msg);
}

rocksdb::ReadOptions BatchRead() {
  rocksdb::ReadOptions ro;
  ro.fill_cache = false;
  return ro;
}

Status BatchGet(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const std::vector<std::string>& keys,
                const std::string& context, std::vector<rocksdb::PinnableSlice>* values, std::vector<bool>* found) {
  std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
  std::vector<rocksdb::Status> statuses(keys.size());
  *values = std::vector<rocksdb::PinnableSlice>(keys.size());
  db->MultiGet(BatchRead(), cf, keys.size(), slices.data(), values->data(), statuses.data());
  found->assign(keys.size(), false);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (statuses[i].IsNotFound()) continue;
    if (!statuses[i].ok()) return FromRocks(statuses[i], context);
    (*found)[i] = true;
  }
  return Status::OK();
}

namespace {

std::shared_ptr<rocksdb::Cache> SharedBlockCache() {
  static std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(64 << 20);
  return cache;
}

rocksdb::ColumnFamilyOptions CfOptions(int cf) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = SharedBlockCache();
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.format_version = 5;
  table.whole_key_filtering = true;
  o.compression = rocksdb::kLZ4Compression;
  if (cf == kCfEvidence || cf == kCfContrib || cf == kCfDocs) {
    // Text, read an article or an edge at a time: ZSTD at its fast level at the
    // bottom, where most of it ends up. The graph's own records (ids, actors,
    // adjacency, aliases) stay LZ4, which decodes several times faster, for
    // the questions that read thousands of them at random.
    o.bottommost_compression = rocksdb::kZSTD;
    o.bottommost_compression_opts.enabled = true;
    o.bottommost_compression_opts.level = 1;
  }
  o.write_buffer_size = 16 << 20;
  o.level_compaction_dynamic_level_bytes = true;
  switch (cf) {
    case kCfOut:
    case kCfIn:
      // Adjacency: prefix scans by actor.
      o.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(kActorPrefixSize));
      o.memtable_prefix_bloom_size_ratio = 0.05;
      break;
    case kCfEvidence:
      // Evidence of one edge: prefix scans by edge.
      o.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(kEdgeKeySize));
      o.memtable_prefix_bloom_size_ratio = 0.02;
      o.write_buffer_size = 32 << 20;
      break;
    case kCfAlias:
      // Every actor of a name: prefix [name][0x00].
      o.prefix_extractor.reset(NewAliasPrefixTransform());
      o.memtable_prefix_bloom_size_ratio = 0.05;
      break;
    case kCfContrib:
      o.write_buffer_size = 32 << 20;
      break;
    case kCfLinks:
      // Each commit adds its changes as operands; reads and compactions sum them.
      o.merge_operator = NewLinkSumOperator();
      break;
    default:
      break;
  }
  if (cf == kCfIds || cf == kCfActors || cf == kCfOut || cf == kCfDocs || cf == kCfLinks) {
    // Point lookups that miss (new ids, actors, edges) skip the memtable search.
    o.memtable_whole_key_filtering = true;
    if (o.memtable_prefix_bloom_size_ratio == 0) o.memtable_prefix_bloom_size_ratio = 0.05;
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return o;
}

bool IsGeokgCf(const std::string& name) {
  for (int cf = 0; cf < kCfCount; ++cf) {
    if (name == CfName(cf)) return true;
  }
  return false;
}

// What opening wants of the schema record (CheckSchema).
enum class SchemaUse {
  kRead,    // this version only
  kVerify,  // a writer's check before opening: this version or version 1 (it will upgrade it)
  kWrite,   // the writer: a fresh database gets this version; version 1 is upgraded
};

// A reader's answer to a database of version 1.
Status Version1Status(const std::string& path) {
  return Status::InvalidArgument("database " + path + " has schema version 1, from an earlier geokg; `geokg upgrade --db " +
                                 path + "` brings it to version " + std::to_string(kSchemaVersion) +
                                 " (it adds the link summary and keeps every record)");
}

// Version 1 to this one, in one write: the link summary built from the
// relations (`links` was just created, empty), and the new schema record.
Status UpgradeFromVersion1(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                           const std::string& path) {
  rocksdb::WriteBatch batch;
  Status s = BuildLinkSummary(db, handles[kCfOut], handles[kCfLinks], &batch);
  if (s.code() == Status::Code::kCorruption) return DamagedStatus(path, s.message());
  if (!s.ok()) return Status::IOError("cannot upgrade database " + path + ": " + s.message());
  if (rocksdb::Status rs = batch.Put(handles[kCfDefault], kSchemaKey, kSchemaValue); !rs.ok()) {
    return FromRocks(rs, "cannot upgrade database " + path);
  }
  rocksdb::WriteOptions wo;
  wo.sync = true;
  rocksdb::Status rs = db->Write(wo, &batch);
  // In table files, so that readers do not replay the summary from the log.
  if (rs.ok()) rs = db->Flush(rocksdb::FlushOptions(), {handles[kCfDefault], handles[kCfLinks]});
  return FromRocks(rs, "cannot upgrade database " + path);
}

// Checks the schema record. `fresh`: the database has just been created.
// `has_links`: the database has the column family `links` (version 1 had none).
Status CheckSchema(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles, const std::string& path,
                   SchemaUse use, bool fresh, bool has_links) {
  std::string value;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), handles[kCfDefault], kSchemaKey, &value);
  if (s.IsNotFound()) {
    if (fresh && use == SchemaUse::kWrite) {
      rocksdb::WriteOptions wo;
      wo.sync = true;
      return FromRocks(db->Put(wo, handles[kCfDefault], kSchemaKey, kSchemaValue),
                       "cannot initialise database " + path);
    }
    return Status::InvalidArgument(path + " is not a geokg database (it has no geokg schema record)");
  }
  if (!s.ok()) return FromRocks(s, "cannot read database " + path);
  if (value == kSchemaValue) {
    return has_links ? Status::OK() : DamagedStatus(path, "its MANIFEST lists no column family 'links'");
  }
  if (value == kSchemaValueV1) {
    if (use == SchemaUse::kVerify) return Status::OK();
    if (use == SchemaUse::kWrite) return UpgradeFromVersion1(db, handles, path);
    return Version1Status(path);
  }
  const std::string prefix = "geokg-store:";
  if (value.rfind(prefix, 0) == 0) {
    return Status::InvalidArgument("database " + path + " has schema version " + value.substr(prefix.size()) +
                                   "; this geokg reads version " + std::to_string(kSchemaVersion) +
                                   " only (use the geokg that wrote it, or ingest again into a new database)");
  }
  return Status::InvalidArgument(path + " is not a geokg database (unknown schema record)");
}

// True when the default column family holds nothing (not even the schema
// record): with only geokg's column families, a creation that was interrupted.
bool DefaultIsEmpty(const std::string& path) {
  rocksdb::DB* db = nullptr;
  rocksdb::Options options;
  if (!rocksdb::DB::OpenForReadOnly(options, path, &db).ok()) return false;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions()));
  it->SeekToFirst();
  bool empty = !it->Valid() && it->status().ok();
  it.reset();
  delete db;
  return empty;
}

// True when the folder holds a table file (.sst): some data was written.
bool HoldsTableFiles(const std::string& path) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    if (entry.path().extension() == ".sst") return true;
  }
  return false;
}

}  // namespace

std::vector<rocksdb::ColumnFamilyDescriptor> ColumnFamilyDescriptors() {
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (int cf = 0; cf < kCfCount; ++cf) cfs.emplace_back(CfName(cf), CfOptions(cf));
  return cfs;
}

rocksdb::DBOptions MakeDbOptions(bool read_only) {
  rocksdb::DBOptions o;
  o.max_background_jobs = 2;
  o.bytes_per_sync = 1 << 20;
  o.max_total_wal_size = 256 << 20;
  o.db_write_buffer_size = 96 << 20;  // all memtables together: bounds the writer's memory
  o.keep_log_file_num = 3;
  o.max_log_file_size = 4 << 20;
  o.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  o.avoid_flush_during_recovery = true;  // no tiny SST files at every open
  if (read_only) {
    o.max_open_files = -1;  // a secondary keeps files the writer deletes readable
    // Opening every table file at open is a few files per column family: one
    // thread does it (the default starts 16 per column family).
    o.max_file_opening_threads = 1;
  }
  return o;
}

namespace {

// The writer's info log, <db>/LOG (the one before kept as LOG.old), through
// stdio: RocksDB's own log file aborts the process at its next line once a
// write to it has failed (a full disk), where this one drops the line.
class StdioLogger : public rocksdb::Logger {
 public:
  explicit StdioLogger(std::FILE* file) : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL), file_(file) {}
  ~StdioLogger() override { std::fclose(file_); }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    std::vfprintf(file_, format, ap);
    std::fputc('\n', file_);
    std::fflush(file_);
  }

 private:
  std::FILE* file_;
};

std::shared_ptr<rocksdb::Logger> WriterLog(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  const fs::path log = fs::path(path) / "LOG";
  fs::rename(log, fs::path(path) / "LOG.old", ec);
  std::FILE* file = std::fopen(log.c_str(), "w");
  if (!file) return NullLogger();
  return std::make_shared<StdioLogger>(file);
}

// Sorted runs of the adjacency that a closing writer merges: with this many
// level-0 files (RocksDB's own compaction trigger) a reader's scan of `out`
// or `in` merges that many runs more, which RocksDB would have compacted had
// the writer stayed open.
constexpr size_t kLevel0FilesToMerge = 4;

// Compacts the level-0 files of `cf` into the level below them (with the
// files there that they overlap), as RocksDB's own level-0 compaction does.
// Skipped while any of them is being compacted; failures are left to the
// next writer.
void MergeLevel0(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf) {
  rocksdb::ColumnFamilyMetaData meta;
  db->GetColumnFamilyMetaData(cf, &meta);
  if (meta.levels.empty() || meta.levels[0].files.size() < kLevel0FilesToMerge) return;
  std::vector<std::string> inputs;
  for (const auto& file : meta.levels[0].files) {
    if (file.being_compacted) return;
    inputs.push_back(file.name);
  }
  int output = static_cast<int>(meta.levels.size()) - 1;
  for (size_t level = 1; level < meta.levels.size(); ++level) {
    if (!meta.levels[level].files.empty()) {
      output = static_cast<int>(level);
      break;
    }
  }
  rocksdb::CompactionOptions options;
  options.compression = rocksdb::kDisableCompressionOption;  // the column family's own
  db->CompactFiles(options, cf, inputs, output).PermitUncheckedError();
}

}  // namespace

DbHandle::~DbHandle() {
  if (db_ && !read_only_) {
    // Leave big memtables in SST files rather than in the WAL that every
    // reader would replay at open; small ones are not worth the files.
    uint64_t total = 0;
    for (int cf = 0; cf < kCfCount; ++cf) {
      uint64_t bytes = 0;
      if (db_->GetIntProperty(handles_[cf], "rocksdb.cur-size-all-mem-tables", &bytes)) total += bytes;
    }
    if (total > (4u << 20)) {
      rocksdb::FlushOptions flush;
      std::vector<rocksdb::ColumnFamilyHandle*> ours(handles_.begin(), handles_.begin() + kCfCount);
      db_->Flush(flush, ours);
    }
    // The adjacency is what whole-graph questions scan (a hub's two-hop
    // network, rankings, export): leave it in few runs.
    MergeLevel0(db_, handles_[kCfOut]);
    MergeLevel0(db_, handles_[kCfIn]);
    MergeLevel0(db_, handles_[kCfLinks]);
  }
  if (db_) {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    delete db_;
    if (!read_only_) RemovePidFile(path_);
  }
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
  }
}

Status DbHandle::CatchUp() {
  if (!read_only_) return Status::OK();
  return FromRocks(db_->TryCatchUpWithPrimary(), "cannot catch up with the writer of " + path_);
}

namespace {

// A RocksDB failure to open `path`: damage for what its files say, else an I/O error.
Status OpenFailure(const rocksdb::Status& s, const std::string& path) {
  if (s.IsCorruption() || s.IsNotFound() || s.IsPathNotFound()) {
    return DamagedStatus(path, "RocksDB cannot open it (" + s.ToString() + ")");
  }
  return FromRocks(s, "cannot open database " + path);
}

constexpr char kReaderFolderPrefix[] = "geokg-reader-";

// Removes the temp folders of readers that ended without removing theirs
// (killed, or stopped by a signal such as SIGINT or SIGPIPE): those named
// geokg-reader-<pid>-* whose process is gone.
void RemoveStaleReaderFolders() {
  std::error_code ec;
  const std::string prefix = kReaderFolderPrefix;
  for (const auto& entry : fs::directory_iterator(fs::temp_directory_path(ec), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    char* end = nullptr;
    long pid = std::strtol(name.c_str() + prefix.size(), &end, 10);
    if (pid <= 0 || *end != '-') continue;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
  }
}

// Opens the database read-only (writing nothing into its folder) and checks
// it: every file the MANIFEST lists is there, whole and readable; no table
// file holding records is missing from the MANIFEST; the schema record is
// this geokg's. RocksDB's writer open would delete the files a damaged
// MANIFEST does not list, and a secondary instance would silently read an
// older state of the database instead of a table it cannot open.
Status VerifyClosedDatabase(const std::string& path, const std::vector<rocksdb::ColumnFamilyDescriptor>& cfs,
                            SchemaUse use) {
  rocksdb::DBOptions options = MakeDbOptions(/*read_only=*/true);
  options.info_log = NullLogger();
  options.paranoid_checks = true;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status rs = rocksdb::DB::OpenForReadOnly(options, path, cfs, &handles, &db);
  Status s = rs.ok() ? Status::OK() : OpenFailure(rs, path);
  bool missing = false;
  if (s.ok()) s = VerifyTablesReadable(db, handles, path, &missing);
  if (s.ok()) s = VerifyFileList(db, handles, path);
  if (s.ok()) s = CheckSchema(db, handles, path, use, /*fresh=*/false, /*has_links=*/cfs.size() > kCfLinks);
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
  return s;
}

// Before a writer opens an existing database: VerifyClosedDatabase, holding
// the LOCK meanwhile so that no other writer's files in progress are taken
// for damage.
Status VerifyBeforeWriting(const std::string& path, const std::vector<rocksdb::ColumnFamilyDescriptor>& cfs) {
  rocksdb::Env* env = rocksdb::Env::Default();
  const std::string lock_path = (fs::path(path) / "LOCK").string();
  rocksdb::FileLock* lock = nullptr;
  std::error_code ec;
  if (fs::exists(lock_path, ec) && !env->LockFile(lock_path, &lock).ok()) return BusyStatus(path);
  Status s = VerifyClosedDatabase(path, cfs, SchemaUse::kVerify);
  if (lock) env->UnlockFile(lock);
  return s;
}

// Before a reader opens: VerifyClosedDatabase, unless a writer has the
// database open (it checked the database when it opened it, and its files in
// progress are no damage). A writer starting meanwhile may make the check
// fail; then that writer's own check stands.
Status VerifyBeforeReading(const std::string& path, const std::vector<rocksdb::ColumnFamilyDescriptor>& cfs) {
  if (WriterIsRunning(path)) return Status::OK();
  Status s = VerifyClosedDatabase(path, cfs, SchemaUse::kRead);
  if (!s.ok() && WriterIsRunning(path)) return Status::OK();
  return s;
}

// Opens `path` as a secondary instance into handle (its temp folder made).
// The writer may delete a WAL, MANIFEST or compacted table between the
// secondary reading the MANIFEST and opening the file; such an open fails and
// is simply retried. Every table must open: a reader never skips one.
// Damage found makes it fail with a message; it writes nothing beside `path`.
Status OpenSecondary(const std::string& path, const std::vector<rocksdb::ColumnFamilyDescriptor>& cfs,
                     DbHandle* handle, rocksdb::DB** db, std::vector<rocksdb::ColumnFamilyHandle*>* handles) {
  rocksdb::DBOptions db_options = MakeDbOptions(/*read_only=*/true);
  db_options.paranoid_checks = true;
  Status s;
  for (int attempt = 0; attempt < 5; ++attempt) {
    rocksdb::Status rs = rocksdb::DB::OpenAsSecondary(db_options, path, handle->secondary_dir(), cfs, handles, db);
    bool missing = !rs.ok() && !rs.IsInvalidArgument();
    s = rs.ok() ? VerifyTablesReadable(*db, *handles, path, &missing) : OpenFailure(rs, path);
    if (s.ok() || !missing) return s;
    for (auto* h : *handles) (*db)->DestroyColumnFamilyHandle(h);
    delete *db;
    handles->clear();
    *db = nullptr;
  }
  return s;
}

}  // namespace

Status OpenDb(const std::string& path, const StoreOptions& options, std::unique_ptr<DbHandle>* out) {
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (exists && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument(path + " is not a geokg database (it is not a directory)");
  }
  if (exists) {
    if (Status s = VerifyCurrentFile(path); !s.ok()) return s;
  }
  bool has_current = exists && fs::exists(fs::path(path) / "CURRENT", ec);
  bool fresh = false;
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs = ColumnFamilyDescriptors();
  if (!has_current) {
    if (options.read_only || !options.create_if_missing) {
      return Status::NotFound("no database at " + path);
    }
    if (exists) {
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (name != kPidFileName && name != "LOG" && name != "LOG.old") {  // a creation interrupted at its start
          return Status::InvalidArgument(path + " is not a geokg database (a directory holding other files)");
        }
      }
    }
    fresh = true;
  } else {
    std::vector<std::string> names;
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names);
    if (!s.ok()) return OpenFailure(s, path);
    std::set<std::string> present(names.begin(), names.end());
    bool all_ours = true;
    for (int cf = 0; cf < kCfCount; ++cf) all_ours = all_ours && present.count(CfName(cf));
    const bool ours_only = std::all_of(names.begin(), names.end(), IsGeokgCf);
    // Version 1 of the layout had all but `links` (CheckSchema tells it from damage).
    const bool version1 = ours_only && present.size() == kCfCount - 1 && !present.count(CfName(kCfLinks));
    if (!all_ours) {
      // Some of geokg's column families only: a creation interrupted before
      // every one was made (nothing written yet), or a MANIFEST cut short.
      if (ours_only && !HoldsTableFiles(path) && DefaultIsEmpty(path)) {
        if (options.read_only) return Status::NotFound("no database at " + path + " (its creation was interrupted)");
        fresh = true;
      } else if (version1) {
        cfs.pop_back();  // opened without `links`; the writer's open creates it
      } else if (ours_only && names.size() > 1) {
        return DamagedStatus(path, "its MANIFEST lists " + std::to_string(names.size()) + " of geokg's " +
                                       std::to_string(kCfCount) + " column families (it may be cut short)");
      } else {
        return Status::InvalidArgument(path + " is not a geokg database (its column families are not geokg's)");
      }
    }
    if (!ours_only) return Status::InvalidArgument(path + " is not a geokg database (it has extra column families)");
    if (!fresh) {
      Status v = options.read_only ? VerifyBeforeReading(path, cfs) : VerifyBeforeWriting(path, cfs);
      if (!v.ok()) return v;
      // A reader beside a writer skips the check: refuse version 1 here too.
      if (options.read_only && version1) return Version1Status(path);
    }
    cfs = ColumnFamilyDescriptors();
  }

  auto handle = std::unique_ptr<DbHandle>(new DbHandle());
  handle->path_ = path;
  handle->read_only_ = options.read_only;
  if (options.read_only) {
    RemoveStaleReaderFolders();
    std::string templ = (fs::temp_directory_path() / (kReaderFolderPrefix + std::to_string(::getpid()) + "-XXXXXX"))
                            .string();
    if (!::mkdtemp(templ.data())) return Status::IOError("cannot create a temporary folder for reading " + path);
    handle->secondary_dir_ = templ;
    if (Status s = OpenSecondary(path, cfs, handle.get(), &handle->db_, &handle->handles_); !s.ok()) return s;
  } else {
    rocksdb::DBOptions db_options = MakeDbOptions(/*read_only=*/false);
    db_options.paranoid_checks = true;
    db_options.create_if_missing = true;
    db_options.create_missing_column_families = true;
    db_options.info_log = WriterLog(path);
    rocksdb::Status s = rocksdb::DB::Open(db_options, path, cfs, &handle->handles_, &handle->db_);
    if (IsLockError(s)) return BusyStatus(path);
    if (!s.ok()) return OpenFailure(s, path);
    RemoveBulkLeftovers(path);  // the open deleted the unlisted tables they stood for
  }
  Status st = CheckSchema(handle->db_, handle->handles_, path, options.read_only ? SchemaUse::kRead : SchemaUse::kWrite,
                          fresh, /*has_links=*/true);
  if (!st.ok()) return st;
  if (!options.read_only) WritePidFile(path);
  *out = std::move(handle);
  return Status::OK();
}

uint64_t DirectorySize(const std::string& path) {
  uint64_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code ec2;
    if (it->is_regular_file(ec2)) total += it->file_size(ec2);
  }
  return total;
}

}  // namespace geokg::store
