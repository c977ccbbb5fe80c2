// RocksGraphStore: the GraphStore over RocksDB (internal header).
// rocks_graph_store.cc holds opening and the write path (one writer, batched
// commits, retraction); store_reads.cc the read path; link_reads.cc the reads
// for walks over many actors. Not thread-safe: use one
// instance from one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "store/aggregates.h"
#include "store/async_writer.h"
#include "store/db_open.h"
#include "store/graph_store.h"
#include "store/interner.h"
#include "store/merge.h"
#include "store/merge_workers.h"
#include "store/pending_writes.h"

namespace geokg::store {

class RocksGraphStore final : public GraphStore, private AggregateBacking {
 public:
  RocksGraphStore(std::unique_ptr<DbHandle> db, const StoreOptions& options);
  ~RocksGraphStore() override;
  Status Init();

  Status PutArticle(const Article& article, const std::vector<Triple>& triples, IngestOutcome* outcome) override;
  Status PutArticleRecord(const ArticleRecord& record, const std::vector<Triple>& triples,
                          IngestOutcome* outcome) override;
  Status RemoveArticle(const std::string& doc_id) override;
  Status Backup(const std::string& dir) override;
  Status Flush() override;
  uint64_t CommittedPuts() const override { return committed_puts_; }
  Status Refresh() override;

  Status ResolveName(const std::string& name, std::vector<std::string>* actor_ids) override;
  Status GetActor(const std::string& actor_id, ActorRecord* actor) override;
  Status GetActors(const std::vector<std::string>& actor_ids, std::vector<ActorRecord>* actors) override;
  Status ForEachActor(const std::function<bool(const ActorRecord&)>& fn) override;
  Status ForEachEdgeOf(const std::string& actor_id, Direction direction,
                       const std::function<bool(const EdgeRecord&)>& fn) override;
  Status ForEachEdge(const std::function<bool(const EdgeRecord&)>& fn) override;
  Status GetEdge(const EdgeKey& key, EdgeRecord* edge) override;
  Status ActorNumbers(const std::vector<std::string>& actor_ids, std::vector<uint32_t>* numbers) override;
  Status ActorIds(const std::vector<uint32_t>& numbers, std::vector<std::string>* ids) override;
  Status ForEachLinkOf(const std::vector<uint32_t>& actors, const std::function<void(const Link&)>& fn) override;
  Status ForEachEvidence(const EdgeKey& key, const std::function<bool(const EvidenceRecord&)>& fn) override;
  Status GetArticle(const std::string& doc_id, ArticleRecord* article, std::vector<Triple>* contribution) override;
  Status GetCommittedTripleCount(const std::string& doc_id, uint64_t* triples) override;
  Status ForEachArticle(const std::function<bool(const ArticleRecord&)>& fn) override;
  Status GetStats(StoreStats* stats) override;

 private:
  // AggregateBacking
  Status Get(int cf, const std::string& key, std::string* value, bool* found) override;
  // Point reads of `keys` in one batch: (*values)[i] holds key i's value, and
  // (*found)[i] whether it has one.
  Status MultiGet(int cf, const std::vector<std::string>& keys, std::vector<rocksdb::PinnableSlice>* values,
                  std::vector<bool>* found);
  // Point reads of `keys` (best sorted) in batches: calls fn(i, found, value)
  // for each key i in order, until fn returns an error, which it returns.
  Status ForEachValue(int cf, const std::vector<std::string>& keys,
                      const std::function<Status(size_t i, bool found, std::string_view value)>& fn);

  rocksdb::ColumnFamilyHandle* cf(int which) const { return db_->cf(which); }
  Status Writable() const;
  Status PrepareRead();  // writers commit pending work first
  // Hands the pending writes to the background writer as one WriteBatch.
  Status Commit();
  // Commit(), then wait until everything is in the database (before reading it).
  Status CommitAndWait();
  void Abort(const Status& why);
  // `hash`: the article's content hash (ContentHash(article, triples)).
  Status PutOne(const Article& article, const std::vector<Triple>& triples, const std::string& hash,
                IngestOutcome* outcome);
  Status Validate(const Article& article, const std::vector<Triple>& triples) const;
  Status GetDoc(uint32_t doc, DocValue* value, bool* found);
  // Fills `merge` (one element a triple) with the triples resolved to ints.
  Status BuildContribution(const Article& article, const std::vector<Triple>& triples, std::span<MergeTriple> merge);
  // Hands the batch being filled to the merge threads, if any, and waits
  // until they have applied everything handed to them.
  Status DrainMerge();
  Status LoadContribution(uint32_t doc, std::vector<MergeTriple>* merge);
  Status Retract(uint32_t doc);
  Status RecomputeDates(const DateRecompute& recompute, uint32_t excluded_doc);

  // Reading helpers (store_reads.cc).
  Status MakeEdgeRecord(const EdgeInts& e, const EdgeAgg& agg, EdgeRecord* edge);
  // The actor's record from its aggregate, without roles.
  Status MakeActorRecord(uint32_t actor, const ActorAgg& agg, ActorRecord* record);
  // Appends the actor's roles: its positive affiliation edges.
  Status ReadRoles(uint32_t actor, ActorRecord* record);
  // Calls `fn` with the record of each edge in `edges` (with its aggregate in
  // `aggs`, index-aligned), their names read in one batch, until `fn` returns
  // false (*more false). Empties both vectors.
  Status EmitEdges(std::vector<EdgeInts>* edges, std::vector<EdgeAgg>* aggs,
                   const std::function<bool(const EdgeRecord&)>& fn, bool* more);
  // Reads and decodes the record of interned actor `actor`; *found false when
  // it has none (all its evidence retracted).
  Status LoadActor(uint32_t actor, ActorRecord* record, bool* found);
  // The records of interned `actors` without roles, index-aligned, read in
  // batches; a record with an empty id for an actor that has none.
  Status ReadActors(const std::vector<uint32_t>& actors, std::vector<ActorRecord>* records);
  Status ResolveEdgeKey(const EdgeKey& key, EdgeInts* e, bool* found);
  Status ToTriple(const std::string& doc_id, const MergeTriple& m, Triple* triple);
  Status ForEachAdjacent(uint32_t actor, int cf, const std::function<Status(const EdgeInts&, bool* more)>& fn);

  std::unique_ptr<DbHandle> db_;
  StoreOptions options_;
  Interner interner_;
  AggregateShards aggregates_;  // one shard a merge thread (one without them)
  NameNormalizer normalizer_;
  std::unique_ptr<AsyncWriter> writer_;  // writers only
  // StoreOptions::merge_threads > 0: the threads that add articles to the
  // aggregates. The writer's thread resolves articles into batch_; the
  // threads apply them. Without them, this thread applies each article.
  std::unique_ptr<MergeWorkers> workers_;
  MergeBatch own_batch_;
  MergeBatch* batch_ = &own_batch_;
  PendingWrites* pending_ = nullptr;     // the writer's spare buffer, filled by this thread
  PendingWrites unused_writes_;          // readers: never written
  size_t pending_articles_ = 0;
  std::unordered_set<uint32_t> pending_docs_;    // docs written by the pending writes
  std::unordered_set<uint32_t> in_flight_docs_;  // docs of the last batch handed to the writer
  Status broken_;  // a failed commit leaves the writer unusable
  // PutArticle calls that succeeded; those handed to the background writer
  // (or needing no write) as of the last commit; those known written.
  uint64_t accepted_puts_ = 0, submitted_puts_ = 0, committed_puts_ = 0;
};

}  // namespace geokg::store
