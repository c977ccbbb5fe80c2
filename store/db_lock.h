// Writer exclusivity: RocksDB's LOCK file keeps a second writer out; this
// file names the holder. The writer records its pid in <db>/geokg.pid while
// the database is open, and a failed lock is reported as Status::Busy naming
// the database and that pid instead of RocksDB's LOCK error.
#pragma once

#include <rocksdb/status.h>

#include <string>

#include "graph/status.h"

namespace geokg::store {

constexpr char kPidFileName[] = "geokg.pid";

// True when `s` is RocksDB failing to take the database's LOCK.
bool IsLockError(const rocksdb::Status& s);

// The Busy status for a database whose LOCK another process holds.
Status BusyStatus(const std::string& db_path);

// True when a writer has the database open: another process holds its LOCK
// (asked with F_GETLK, which takes no lock), or this process is its writer.
bool WriterIsRunning(const std::string& db_path);

// Writes this process's pid into <db_path>/geokg.pid (best effort).
void WritePidFile(const std::string& db_path);
// Removes it when it still holds this process's pid.
void RemovePidFile(const std::string& db_path);
// The pid recorded in <db_path>/geokg.pid, or 0.
long ReadPidFile(const std::string& db_path);

}  // namespace geokg::store
