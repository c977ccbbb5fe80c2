#include "store/db_open.h"

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "store/db_lock.h"

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
    default:
      break;
  }
  if (cf == kCfIds || cf == kCfActors || cf == kCfOut || cf == kCfDocs) {
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

// Checks the schema record. `fresh`: the database has just been created.
Status CheckSchema(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const std::string& path, bool writable,
                   bool fresh) {
  std::string value;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf, kSchemaKey, &value);
  if (s.IsNotFound()) {
    if (fresh && writable) {
      rocksdb::WriteOptions wo;
      wo.sync = true;
      return FromRocks(db->Put(wo, cf, kSchemaKey, kSchemaValue), "cannot initialise database " + path);
    }
    return Status::InvalidArgument(path + " is not a geokg database (it has no geokg schema record)");
  }
  if (!s.ok()) return FromRocks(s, "cannot read database " + path);
  if (value == kSchemaValue) return Status::OK();
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

Status OpenDb(const std::string& path, const StoreOptions& options, std::unique_ptr<DbHandle>* out) {
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (exists && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument(path + " is not a geokg database (it is not a directory)");
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
        if (entry.path().filename() != kPidFileName) {
          return Status::InvalidArgument(path + " is not a geokg database (a directory holding other files)");
        }
      }
    }
    fresh = true;
  } else {
    std::vector<std::string> names;
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names);
    if (!s.ok()) return FromRocks(s, path + " is not a readable geokg database");
    std::set<std::string> present(names.begin(), names.end());
    bool all_ours = true;
    for (int cf = 0; cf < kCfCount; ++cf) all_ours = all_ours && present.count(CfName(cf));
    if (!all_ours) {
      if (!options.read_only && std::all_of(names.begin(), names.end(), IsGeokgCf) && DefaultIsEmpty(path)) {
        fresh = true;  // creation interrupted before every column family was made
      } else {
        return Status::InvalidArgument(path + " is not a geokg database (its column families are not geokg's)");
      }
    }
    for (const auto& name : names) {
      if (!IsGeokgCf(name)) cfs.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
  }

  auto handle = std::unique_ptr<DbHandle>(new DbHandle());
  handle->path_ = path;
  handle->read_only_ = options.read_only;
  rocksdb::DBOptions db_options = MakeDbOptions(options.read_only);
  rocksdb::Status s;
  if (options.read_only) {
    std::string templ = (fs::temp_directory_path() / "geokg-reader-XXXXXX").string();
    if (!::mkdtemp(templ.data())) return Status::IOError("cannot create a temporary folder for reading " + path);
    handle->secondary_dir_ = templ;
    // The writer may delete a WAL or MANIFEST between the secondary listing and
    // opening it; such an open fails and is simply retried.
    for (int attempt = 0; attempt < 5; ++attempt) {
      s = rocksdb::DB::OpenAsSecondary(db_options, path, handle->secondary_dir_, cfs, &handle->handles_,
                                       &handle->db_);
      if (s.ok() || s.IsInvalidArgument()) break;
      handle->handles_.clear();
      handle->db_ = nullptr;
    }
  } else {
    db_options.create_if_missing = true;
    db_options.create_missing_column_families = true;
    s = rocksdb::DB::Open(db_options, path, cfs, &handle->handles_, &handle->db_);
    if (IsLockError(s)) return BusyStatus(path);
  }
  if (!s.ok()) return FromRocks(s, "cannot open database " + path);
  Status st = CheckSchema(handle->db_, handle->cf(kCfDefault), path, !options.read_only, fresh);
  if (!st.ok()) return st;
  if (cfs.size() != kCfCount) {
    return Status::InvalidArgument(path + " is not a geokg database (it has extra column families)");
  }
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
