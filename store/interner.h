// Interned ids: actor ids, predicates, article ids and sources map to dense
// uint32 ints (from 1) that keys hold in big-endian. Both directions live in
// the ids column family and are cached in memory. New ids are written with
// the caller's pending writes, so they are committed with the first article
// that uses them; an id lost to a crash is simply handed out again.
#pragma once

#include <rocksdb/db.h>

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "store/keys.h"
#include "store/name_table.h"
#include "store/pending_writes.h"

namespace geokg::store {

class Interner {
 public:
  Interner(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* ids) : db_(db), cf_(ids) {}

  // Reads the highest id of each kind; call at open and after a failed write.
  Status LoadNextIds();
  // The int the next new name of `kind` gets.
  uint32_t next_id(IdKind kind) const { return next_[Slot(kind)]; }

  // The int of `name`; *found false when it has none.
  Status Find(IdKind kind, std::string_view name, uint32_t* id, bool* found);
  // The int of `name`, made (into `writes`) when it has none.
  Status Intern(IdKind kind, std::string_view name, PendingWrites* writes, uint32_t* id);
  // The string of an int. Corruption when it is unknown.
  Status Name(IdKind kind, uint32_t id, std::string* name);
  // Reads the strings of the ints in `ids` that are not cached, in one batch,
  // so that Name() finds them in memory. Corruption when one is unknown.
  Status Prefetch(IdKind kind, const std::vector<uint32_t>& ids);

  // Drops the caches (after a failed write, or to bound memory).
  void ClearCache();
  size_t cached() const;

 private:
  static int Slot(IdKind kind);
  // Caches a name and its int read from the database, both ways.
  void Cache(int slot, std::string_view name, uint32_t id);
  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* cf_;
  std::array<uint32_t, 4> next_{1, 1, 1, 1};
  std::array<NameTable, 4> by_name_;
  std::array<std::unordered_map<uint32_t, std::string>, 4> by_int_;
  // The name (by_name_'s copy, which stays put until the caches are dropped)
  // and int each kind's last lookup found; an empty name: none.
  std::array<std::string_view, 4> last_found_{};
  std::array<uint32_t, 4> last_found_id_{};
  // The last name of each kind found absent (until interned or the caches are
  // dropped): an article's id is looked up several times before it is interned.
  std::array<std::string, 4> last_absent_;
  std::array<bool, 4> has_absent_{};
};

}  // namespace geokg::store
