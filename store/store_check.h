// Consistency check and dumps of a geokg database, for tests, benchmarks and
// debugging. Each opens the database as a reader (it may run beside a writer).
#pragma once

#include <string>
#include <vector>

#include "graph/status.h"

namespace geokg::store {

// Recomputes every aggregate (actors, edges and their in-adjacency, aliases,
// per-edge source counts) from the articles' contributions and evidence and
// compares it with what is stored; also checks that every article is whole
// (its evidence all there) and that no evidence belongs to no article.
// Appends a line per problem to *problems (at most `max_problems`); none: consistent.
Status CheckConsistency(const std::string& path, std::vector<std::string>* problems, size_t max_problems = 50);

// Everything `geokg check` verifies: the database opens (its table files are
// the ones its MANIFEST lists, whole and readable), every block matches its
// checksum (RocksDB's VerifyChecksum), and CheckConsistency finds nothing.
// Appends a line per problem (at most `max_problems`); none: the database is
// sound. Errors only when no check could run (no database, not geokg's).
Status VerifyDatabase(const std::string& path, std::vector<std::string>* problems, size_t max_problems = 50);

// Every record with its interned ints resolved to strings, one per line,
// sorted: equal for two databases holding the same graph whatever order it
// was written in.
Status DumpLogical(const std::string& path, std::string* dump);

// Every key and value of every column family, in hex, in key order.
Status DumpRaw(const std::string& path, std::string* dump);

}  // namespace geokg::store
