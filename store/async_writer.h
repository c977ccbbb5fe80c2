// AsyncWriter: commits batches of pending writes on a background thread, one
// at a time and in order, so that the single writer merges the next batch
// while this thread sorts the last one into a WriteBatch and RocksDB writes it
// (WAL and memtables). Two PendingWrites alternate: Spare() gives the one not
// being written. Each is still written whole: as one WriteBatch, or (with a
// TableIngester, StoreOptions::bulk) as table files added in one ingestion.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "graph/status.h"
#include "store/pending_writes.h"
#include "store/table_ingest.h"

namespace geokg::store {

class AsyncWriter {
 public:
  // `tables`: write each batch through it instead of as a WriteBatch.
  AsyncWriter(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> cfs, bool sync, std::string db_path,
              std::unique_ptr<TableIngester> tables = nullptr);
  ~AsyncWriter();  // waits for the last write
  AsyncWriter(const AsyncWriter&) = delete;
  AsyncWriter& operator=(const AsyncWriter&) = delete;

  // The writes to fill next (empty); waits while both are in use.
  PendingWrites* Spare();
  // Starts writing `writes` (from Spare()). Returns the error of an earlier
  // write, if one failed (then nothing is started).
  Status Submit(PendingWrites* writes);
  // Waits until every submitted batch is written; the first error, if any.
  Status Wait();

 private:
  void Run();

  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs_;
  rocksdb::WriteOptions options_;
  std::string path_;
  PendingWrites buffers_[2];
  PendingWrites* in_flight_ = nullptr;
  rocksdb::WriteBatch batch_;  // the writer thread's
  std::unique_ptr<TableIngester> tables_;
  int spare_ = 0;
  Status error_;
  bool stop_ = false;
  std::mutex mu_;
  std::condition_variable cv_;
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace geokg::store
