// Opening the RocksDB database behind a GraphStore: the column families and
// their options (prefix extractors, bloom filters, compression), the schema
// record check, the writer (primary) and reader (secondary) instances.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <vector>

#include "graph/status.h"
#include "store/graph_store.h"
#include "store/keys.h"

namespace geokg::store {

// An open database and its column family handles; closes it when destroyed.
class DbHandle {
 public:
  ~DbHandle();
  rocksdb::DB* db() const { return db_; }
  rocksdb::ColumnFamilyHandle* cf(int which) const { return handles_[which]; }
  const std::vector<rocksdb::ColumnFamilyHandle*>& handles() const { return handles_; }
  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }
  // Readers: the temp folder of the secondary instance's info log.
  const std::string& secondary_dir() const { return secondary_dir_; }

  // A secondary instance: replays what the writer has written since.
  Status CatchUp();

 private:
  friend Status OpenDb(const std::string&, const StoreOptions&, std::unique_ptr<DbHandle>*);
  rocksdb::DB* db_ = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;  // by Cf, then any extra ones
  std::string path_;
  std::string secondary_dir_;  // readers: a temp dir for the secondary's info log
  bool read_only_ = false;
};

// Opens `path` as the writer, or (options.read_only) as a secondary instance
// that may run beside a writer. Errors name the path. A damaged database
// (files missing, cut short or not listed by its MANIFEST, a table that
// cannot be read, no CURRENT file) is refused with Status::Corruption, before
// anything is written into its folder.
Status OpenDb(const std::string& path, const StoreOptions& options, std::unique_ptr<DbHandle>* handle);

// Read options for batches of point reads spread over a column family
// (MultiGet of thousands of keys): blocks are shared within a batch but not
// kept in the block cache, whose filling costs a short-lived process more
// (memory first touched) than decoding a block twice.
rocksdb::ReadOptions BatchRead();

// Point reads of `keys` in `cf` in one batch, with BatchRead: (*values)[i]
// holds key i's value and (*found)[i] whether it has one. Other errors than a
// missing key are returned with `context` in their message.
Status BatchGet(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const std::vector<std::string>& keys,
                const std::string& context, std::vector<rocksdb::PinnableSlice>* values, std::vector<bool>* found);

// Converts a RocksDB status into a geokg one, prefixing `context`.
Status FromRocks(const rocksdb::Status& s, const std::string& context);

// The column family descriptors of a geokg database, with their options.
std::vector<rocksdb::ColumnFamilyDescriptor> ColumnFamilyDescriptors();
rocksdb::DBOptions MakeDbOptions(bool read_only);

// Bytes used by the files under `path`.
uint64_t DirectorySize(const std::string& path);

}  // namespace geokg::store
