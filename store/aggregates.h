// AggregateCache: the read-modify-write layer over the aggregate records
// (actors; edges with their in/out adjacency) and the alias index entries
// derived from them. Records are read through from a backing database on
// first use, changed in memory, and written out as Puts/Deletes into a
// WriteBatch by WriteDirty(); between batches they stay cached so hot actors
// and edges are not read again. With no backing it starts from an empty
// database (used to recompute every aggregate from the evidence when checking
// consistency).
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "store/codec.h"
#include "store/keys.h"
#include "store/link_summary.h"
#include "store/pending_writes.h"

namespace geokg::store {

template <typename V>
struct CacheSlot {
  V value{};
  bool present = false;  // the record exists now
  bool in_db = false;    // the record exists in the database (as of the last write)
  bool dirty = false;
  // Edges: the mentions the database holds (as of the last write), so that
  // a write knows what it changes in the link summary.
  uint64_t stored_mentions = 0;
};

class AggregateBacking {
 public:
  virtual ~AggregateBacking() = default;
  // Reads one record; *found false when absent.
  virtual Status Get(int cf, const std::string& key, std::string* value, bool* found) = 0;
};

// A set of 64-bit fingerprints (open addressing, no allocation per entry).
// MayContain() is true for every fingerprint added, and false for the others
// unless the set is full (then it holds no more and answers true for all).
class FingerprintSet {
 public:
  explicit FingerprintSet(size_t max_entries) : max_entries_(max_entries) {}
  void Add(uint64_t fingerprint);
  bool MayContain(uint64_t fingerprint) const;
  size_t size() const { return count_; }

 private:
  void Insert(uint64_t fingerprint);
  size_t max_entries_;
  size_t count_ = 0;
  bool full_ = false;
  std::vector<uint64_t> slots_;  // 0: empty (a fingerprint 0 is stored as 1)
};

class AggregateCache {
 public:
  // `backing` may be null: an empty database. `actor_stride`: the actors
  // this cache holds are a multiple of it apart (a shard of AggregateShards).
  explicit AggregateCache(AggregateBacking* backing, uint32_t actor_stride = 1)
      : backing_(backing), actor_stride_(actor_stride) {}

  // Edge records that are surely not in the backing database are not read:
  // those that name an actor >= `first_new_actor` or a predicate >=
  // `first_new_predicate` (ints handed out after the database was opened, so
  // no record held them then) and that WriteDirty() has not written since.
  // For the one writer of the database only; without a call, every edge not
  // cached is read.
  void SetFirstNewIds(uint32_t first_new_actor, uint32_t first_new_predicate) {
    first_new_actor_ = first_new_actor;
    first_new_predicate_ = first_new_predicate;
  }

  // The slot of a record, read through when not cached. The *ForUpdate
  // variants mark it to be written by the next WriteDirty().
  Status Actor(uint32_t actor, CacheSlot<ActorAgg>** slot, bool for_update);
  Status Edge(const EdgeInts& edge, CacheSlot<EdgeAgg>** slot, bool for_update);
  // Adds (present) or deletes an alias index entry at the next WriteDirty().
  void SetAlias(const std::string& alias_key, bool present) { alias_ops_[alias_key] = present; }

  // Puts every changed record (and the in-adjacency of new edges) into
  // `writes`, deletes those gone, and marks them clean; the changes in
  // mentions between two actors go to `links` (for the link summary).
  void WriteDirty(PendingWrites* writes, LinkDeltas* links);
  // The same, the link summary's changes written too (one cache, one commit).
  void WriteDirty(PendingWrites* writes);

  void Clear();
  // Drops the clean edge records (the dirty ones must be written first).
  void DropCleanEdges();
  // Makes room for `edges` edge records at once (no rehashing while a large
  // ingest fills the cache; the room stays after drops).
  void ReserveEdges(size_t edges) { edges_.reserve(edges); }
  size_t size() const { return actors_.size() + edges_.size(); }
  size_t edges_cached() const { return edges_.size(); }

  const std::unordered_map<uint32_t, CacheSlot<ActorAgg>>& actors() const { return actors_; }
  const std::unordered_map<EdgeInts, CacheSlot<EdgeAgg>, EdgeIntsHash>& edges() const { return edges_; }
  const std::unordered_map<std::string, bool>& alias_ops() const { return alias_ops_; }

 private:
  Status Load(int cf, const std::string& key, std::string* value, bool* found);
  // An actor's slot from actors_, read through when not cached, and indexed.
  Status LoadActor(uint32_t actor, CacheSlot<ActorAgg>** slot);
  // Whether the edge names an int handed out after SetFirstNewIds's.
  bool NamesNewId(const EdgeInts& edge) const {
    return edge.s >= first_new_actor_ || edge.o >= first_new_actor_ || edge.p >= first_new_predicate_;
  }

  AggregateBacking* backing_;
  std::unordered_map<uint32_t, CacheSlot<ActorAgg>> actors_;
  // actors_'s slots by actor int / actor_stride_, the first kIndexedActors
  // (ints are dense): a lookup is one read where the map hashes and walks a bucket.
  static constexpr uint32_t kIndexedActors = 1u << 22;
  uint32_t actor_stride_;
  std::vector<std::pair<const uint32_t, CacheSlot<ActorAgg>>*> actor_index_;  // null: not indexed
  std::unordered_map<EdgeInts, CacheSlot<EdgeAgg>, EdgeIntsHash> edges_;
  std::unordered_map<std::string, bool> alias_ops_;  // pending index changes
  std::vector<std::pair<uint32_t, CacheSlot<ActorAgg>*>> dirty_actors_;
  std::vector<std::pair<EdgeInts, CacheSlot<EdgeAgg>*>> dirty_edges_;
  uint32_t first_new_actor_ = UINT32_MAX, first_new_predicate_ = UINT32_MAX;
  // The edges naming new ints that WriteDirty() wrote (at most 4M: beyond,
  // every edge not cached is read).
  FingerprintSet written_new_edges_{size_t{1} << 22};
};

// The shard of `count` that holds an edge's record, or an actor's record and
// alias index entries. Edges go by a hash of the whole edge, so that the
// edges of one busy actor spread over the shards.
inline size_t EdgeShard(const EdgeInts& edge, size_t count) {
  if (count == 1) return 0;
  uint64_t h = ((uint64_t{edge.s} << 32) | edge.o) * 0x9E3779B97F4A7C15ull ^
               (uint64_t{edge.p} << 16 | edge.kind << 8 | edge.pol);
  return static_cast<size_t>((h * 0xBF58476D1CE4E5B9ull) >> 40) % count;
}
inline size_t ActorShard(uint32_t actor, size_t count) { return actor % count; }

// The aggregate cache split into shards by key (EdgeShard, ActorShard), so
// that the merge can run on one thread per shard; every key lives in one
// shard only, so the shards' writes never touch the same key. With one shard
// it is one AggregateCache.
class AggregateShards {
 public:
  // `count` shards (at least 1) over `backing`, as AggregateCache.
  AggregateShards(AggregateBacking* backing, size_t count);

  size_t count() const { return shards_.size(); }
  AggregateCache* shard(size_t i) const { return shards_[i].get(); }
  AggregateCache* const* caches() const { return raw_.data(); }

  // The slot of a record, from its shard (AggregateCache::Actor, Edge).
  Status Actor(uint32_t actor, CacheSlot<ActorAgg>** slot, bool for_update) {
    return shards_[ActorShard(actor, count())]->Actor(actor, slot, for_update);
  }
  Status Edge(const EdgeInts& edge, CacheSlot<EdgeAgg>** slot, bool for_update) {
    return shards_[EdgeShard(edge, count())]->Edge(edge, slot, for_update);
  }

  // AggregateCache's operations, on every shard; WriteDirty also writes the
  // link summary's changes (one merge operand per actor).
  void SetFirstNewIds(uint32_t first_new_actor, uint32_t first_new_predicate);
  void WriteDirty(PendingWrites* writes);
  void Clear();
  void DropCleanEdges();
  void ReserveEdges(size_t edges);  // in all: a share for each shard
  size_t size() const;
  size_t edges_cached() const;

 private:
  std::vector<std::unique_ptr<AggregateCache>> shards_;
  std::vector<AggregateCache*> raw_;
};

}  // namespace geokg::store
