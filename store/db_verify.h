// Refusing damaged databases: checks that the table files a database's
// MANIFEST lists are the files in its folder, whole and readable, before a
// writer opens it (RocksDB would otherwise delete the files a damaged MANIFEST
// no longer lists, and readers would skip tables they cannot open). Nothing
// here writes into the database folder.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/env.h>

#include <memory>
#include <string>
#include <vector>

#include "graph/status.h"

namespace geokg::store {

// A logger that drops every message: an open that only verifies leaves no LOG.
std::shared_ptr<rocksdb::Logger> NullLogger();

// The Corruption status refusing the database at `path` for `damage`.
Status DamagedStatus(const std::string& path, const std::string& damage);

// Every table file of every column family in `handles` opens (RocksDB
// loads each table's footer, index and properties). A table that cannot be
// read is damage; `*missing` tells whether the cause was a file that is not
// there (which a writer beside a reader may have just deleted).
Status VerifyTablesReadable(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                            const std::string& path, bool* missing);

// Compares the table files the MANIFEST lists with the folder: a listed file
// missing or of another size is damage, and so is a .sst or .blob file the
// MANIFEST does not list -- unless it holds only keys the database has, as the
// output of a flush or compaction interrupted by a crash does (or it is not a
// whole table yet), or it is the leftover of a table ingestion interrupted
// before its MANIFEST record (store/table_ingest.h). `db` is open read-only with the column families `handles`.
Status VerifyFileList(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                      const std::string& path);

// Damage visible before RocksDB opens anything: a folder holding a database's
// files but no CURRENT file. OK when `path` has CURRENT or holds no
// RocksDB file at all.
Status VerifyCurrentFile(const std::string& path);

}  // namespace geokg::store
