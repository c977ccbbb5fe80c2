// The link summary: for each actor, every actor it has a relation with and
// the mentions of all their relations (either direction, every kind,
// predicate and polarity), in one record per actor (column family `links`).
// It is what walks over many actors read (GraphStore::ForEachLinkOf): a hub's
// two-hop network is some thousands of records instead of millions of
// relations. The writer adds each commit's changes as RocksDB merge operands
// (no read before the write); the merge operator sums them.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/merge_operator.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/status.h"
#include "store/pending_writes.h"

namespace geokg::store {

// (neighbour actor, mentions) sorted by neighbour, neighbours unique.
using LinkList = std::vector<std::pair<uint32_t, int64_t>>;

// A record or merge operand: varint neighbour gaps (the first neighbour
// itself) each followed by its zigzag varint count.
void EncodeLinkList(const LinkList& links, std::string* out);
// False when `in` is not a well-formed list (neighbours not increasing too).
bool DecodeLinkList(std::string_view in, LinkList* links);

// The operator of column family `links`: a record plus operands is the sum of
// their counts per neighbour, neighbours whose count reaches 0 dropped; a
// count below 0 is corruption (the merge fails, and with it the read).
std::shared_ptr<rocksdb::MergeOperator> NewLinkSumOperator();

// The changes of one commit to the link summary.
class LinkDeltas {
 public:
  // `delta` more mentions of relations between `a` and `b` (nothing for a == b).
  void Add(uint32_t a, uint32_t b, int64_t delta);
  // Calls fn(key, value) once per actor with changes, in actor order: its
  // `links` key and its changes as a link list; then empty.
  void ForEachRecord(const std::function<void(const std::string& key, const std::string& value)>& fn);
  // One merge operand per actor changed (ForEachRecord); then empty.
  void WriteTo(PendingWrites* writes);
  bool empty() const { return deltas_.empty(); }

 private:
  struct Delta {
    uint32_t actor, neighbor;
    int64_t delta;
  };
  std::vector<Delta> deltas_;
};

// The whole summary computed from the relations in `out`, as Puts into
// `batch` (databases of schema version 1, which had none).
Status BuildLinkSummary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* out, rocksdb::ColumnFamilyHandle* links,
                        rocksdb::WriteBatch* batch);

}  // namespace geokg::store
