// PendingWrites: the writes of one commit, kept per column family and handed
// to RocksDB sorted by key (a stable sort: writes to one key keep their
// order). The memtable's skiplist inserts keys that arrive in order much
// faster than keys in random order, and the commit stays one WriteBatch.
// Keys and values live in one arena per column family (no allocation a write).
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/keys.h"

namespace geokg::store {

// What a write does to its key.
enum class WriteKind : uint8_t { kPut, kDelete, kMerge };

class PendingWrites {
 public:
  void Put(int cf, std::string_view key, std::string_view value) { Add(cf, key, value, WriteKind::kPut); }
  void Delete(int cf, std::string_view key) { Add(cf, key, {}, WriteKind::kDelete); }
  // A merge operand, for column families with a merge operator (`links`);
  // such a key takes one write a commit (ForEachLatest keeps the last only).
  void Merge(int cf, std::string_view key, std::string_view operand) { Add(cf, key, operand, WriteKind::kMerge); }

  size_t count() const;
  size_t bytes() const;
  bool empty() const { return count() == 0; }

  // Appends every write, sorted by key within each column family, to `batch`.
  rocksdb::Status Build(const std::vector<rocksdb::ColumnFamilyHandle*>& cfs, rocksdb::WriteBatch* batch);

  // Calls `fn` with the last write to each key of column family `cf`, in key
  // order (what the database holds after the writes, as a table file needs:
  // one entry per key, sorted), until it returns an error. Sorts the writes.
  using WriteFn = std::function<rocksdb::Status(rocksdb::Slice key, rocksdb::Slice value, WriteKind kind)>;
  rocksdb::Status ForEachLatest(int cf, const WriteFn& fn);
  // Writes to column family `cf`, and their bytes (keys and values).
  size_t count(int cf) const { return entries_[cf].size(); }
  size_t bytes(int cf) const { return arena_[cf].size(); }

  void Clear();

 private:
  struct Entry {
    // The key's first 16 bytes, big-endian (zeros past its end): most
    // comparisons end here (evidence keys share their first 14 per edge).
    uint64_t prefix, prefix2;
    size_t key_off;
    uint32_t key_len;
    uint32_t value_len;  // the value follows the key in the arena
    WriteKind kind;
  };
  void Add(int cf, std::string_view key, std::string_view value, WriteKind kind);
  // Sorts the writes of `cf` by key, stably (writes to one key keep their order).
  void Sort(int cf);

  std::string arena_[kCfCount];
  std::vector<Entry> entries_[kCfCount];
};

}  // namespace geokg::store
