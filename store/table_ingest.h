// Writing commits as table files (StoreOptions::bulk): the writes of each
// column family become one sorted SST file, built with rocksdb::SstFileWriter
// under the column family's own options (compression, bloom filters, prefix
// extractor), and the files of one commit are added by a single
// IngestExternalFiles call, which RocksDB records in the MANIFEST as one
// change across column families: after a crash a commit is wholly in or
// wholly out, as a WriteBatch is, without passing through the WAL, the
// memtables and their flushes.
//
// The files are built in <db>/geokg-bulk/ and hard-linked into the database.
// A crash between the link and the MANIFEST record leaves a table file the
// MANIFEST does not list but which is still in geokg-bulk/: the open checks
// (db_verify) take it for that leftover, RocksDB's writer open deletes it, and
// RemoveBulkLeftovers then empties geokg-bulk/.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/options.h>

#include <string>
#include <vector>

#include "graph/status.h"
#include "store/pending_writes.h"

namespace geokg::store {

constexpr char kBulkFolderName[] = "geokg-bulk";

// <db_path>/geokg-bulk
std::string BulkFolder(const std::string& db_path);

class TableIngester {
 public:
  TableIngester(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> cfs, std::string db_path);

  // Adds `writes` to the database as table files, atomically (the last write
  // to a key wins, as in a WriteBatch). `writes` is left sorted, not cleared.
  // The largest file is built on a second thread beside the others.
  Status Ingest(PendingWrites* writes);

 private:
  // Writes the table file of column family `cf`'s writes.
  rocksdb::Status BuildFile(PendingWrites* writes, int cf, const std::string& file);

  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs_;
  std::string db_path_, folder_;
  std::vector<rocksdb::Options> options_;  // by column family
  uint64_t next_file_ = 1;
};

// Removes what an interrupted ingestion left in <db>/geokg-bulk/. Only once
// the writer has opened the database (RocksDB's open deletes the unlisted
// tables whose originals these are).
void RemoveBulkLeftovers(const std::string& db_path);

// True when `table`, a table file in the database folder that its MANIFEST
// does not list, is one of the files of <db>/geokg-bulk/ (the same file, or a
// copy of it): the leftover of an ingestion interrupted before RocksDB
// recorded it.
bool IsInterruptedIngestion(const std::string& db_path, const std::string& table);

}  // namespace geokg::store
