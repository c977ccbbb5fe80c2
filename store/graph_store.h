// GraphStore: the persistent geopolitical graph in RocksDB.
//
// One node per actor across all its names, one edge per
// (subject, predicate, object, polarity, kind) with its evidence and counts.
// Every article's contribution is written atomically; re-ingesting the same
// content changes nothing. One process writes; any number read.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/names.h"
#include "graph/status.h"

namespace geokg {

enum class Direction { kOut, kIn, kBoth };

struct StoreOptions {
  // Open for reading only. A reader may run while another process writes; it
  // sees the data as of Open() (or of its last Refresh()).
  bool read_only = false;
  // Create the database when the path does not exist (ignored when read_only).
  bool create_if_missing = true;
  // Writing: PutArticle commits once this many articles, or this many bytes of
  // records, are pending; each commit is one RocksDB WriteBatch holding whole
  // articles only. Flush() (and closing the store) commits the rest.
  size_t batch_articles = 1;
  size_t batch_bytes = 32u << 20;
  // fsync the write-ahead log at every commit (off: a crash of the machine may
  // lose the last commits, never part of one; a killed process loses nothing
  // committed).
  bool sync = false;
  // PutArticle: an article arriving under a stored id with other content read
  // from another file (both Article::file known and different) is a conflict:
  // when true, the stored article stays and the outcome is kConflict; when
  // false it is replaced. A changed article from the same file always replaces.
  bool keep_on_conflict = false;
  // Write each commit as sorted table files added to the database in one
  // atomic ingestion (RocksDB's SstFileWriter and IngestExternalFiles)
  // instead of a WriteBatch through the write-ahead log and memtables: the
  // same records and the same promises (a commit is all-or-nothing under a
  // crash; readers see whole commits), at a lower cost per record when
  // commits are large. Meant for large batch_bytes (`geokg ingest --bulk`).
  bool bulk = false;
  // Threads that add articles to the aggregate records (actors, edges, alias
  // entries), each holding a shard of them by key, while the calling thread
  // resolves and encodes the next articles. 0: the calling thread does it
  // all. The records written do not depend on the number.
  size_t merge_threads = 0;
};

// What PutArticle did with an article.
// kConflict: nothing written, see StoreOptions::keep_on_conflict.
enum class IngestOutcome { kNew, kUnchanged, kReplaced, kConflict };

// Two actors with relations between them, as walks over the graph see them
// (GraphStore::ForEachLinkOf): store-local actor numbers, and the mentions of
// all their relations (either direction, every predicate, polarity and kind).
struct Link {
  uint32_t actor = 0;     // one of the actors asked about
  uint32_t neighbor = 0;  // the other end
  uint64_t mentions = 0;
};

struct StoreStats {
  uint64_t actors = 0;
  std::vector<std::pair<ActorType, uint64_t>> actors_by_type;
  uint64_t edges = 0;
  uint64_t evidence = 0;
  uint64_t articles = 0;
  std::string first_date;
  std::string last_date;
  uint64_t size_on_disk = 0;  // bytes
};

class GraphStore {
 public:
  // Opens (or creates) the database at `path`. Errors name the path: Busy when
  // another geokg process holds it for writing, InvalidArgument for a database
  // of another schema version or a path that is not a geokg database.
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<GraphStore>* store);

  virtual ~GraphStore() = default;

  // ---- Writing ----

  // Makes `triples` the whole contribution of `article` (triples' doc must equal
  // article.id), atomically: after a crash the article is either fully in or
  // fully out. Same id and same content as stored: kUnchanged, nothing written.
  // Same id, other content: the old contribution is retracted, the new one
  // added (unless it is a conflict and StoreOptions::keep_on_conflict is set).
  virtual Status PutArticle(const Article& article, const std::vector<Triple>& triples,
                            IngestOutcome* outcome) = 0;

  // Merges an article read from another geokg database (its record and the
  // triples GetArticle gives there) exactly as PutArticle merged the article
  // it was made from: the record's content hash stands for the article's
  // text, which the record does not hold, so outcomes (unchanged, replaced,
  // conflict) are those of the original. For merging shards built elsewhere.
  virtual Status PutArticleRecord(const ArticleRecord& record, const std::vector<Triple>& triples,
                                  IngestOutcome* outcome) = 0;

  // Retracts an article: every count returns to what it was without it; edges,
  // aliases and actors left with no evidence disappear. NotFound when absent.
  virtual Status RemoveArticle(const std::string& doc_id) = 0;

  // Writes a consistent copy of the database into `dir` (a RocksDB checkpoint).
  virtual Status Backup(const std::string& dir) = 0;

  // Commits the articles PutArticle has batched (see StoreOptions); a no-op
  // for readers. Reads through a writer commit first.
  virtual Status Flush() { return Status::OK(); }

  // How many of the PutArticle calls that succeeded, counted in call order,
  // are known to be in the database: all of them after a Flush() that
  // succeeded; after a failed write, those before the batch that failed.
  virtual uint64_t CommittedPuts() const { return 0; }

  // Readers: catch up with what the writer has committed since Open().
  virtual Status Refresh() { return Status::OK(); }

  // ---- Reading ----

  // Ids of the actors that `name` names: their id, canonical name or any alias,
  // compared by NormalizeName (graph/names.h). Empty when none.
  virtual Status ResolveName(const std::string& name, std::vector<std::string>* actor_ids) = 0;

  virtual Status GetActor(const std::string& actor_id, ActorRecord* actor) = 0;

  // The records of `actor_ids`, index-aligned, read in batches: for listing
  // many actors by name, type and country. Their roles are not read (empty).
  // An id with no actor in the store yields a record with an empty id.
  virtual Status GetActors(const std::vector<std::string>& actor_ids, std::vector<ActorRecord>* actors) = 0;

  // Calls `fn` for every actor (in id order) until it returns false. The
  // records are GetActors' (without roles).
  virtual Status ForEachActor(const std::function<bool(const ActorRecord&)>& fn) = 0;

  // Calls `fn` for each edge of `actor_id` in the given direction, read by a
  // prefix scan of the adjacency, until it returns false.
  virtual Status ForEachEdgeOf(const std::string& actor_id, Direction direction,
                               const std::function<bool(const EdgeRecord&)>& fn) = 0;

  // Calls `fn` for every edge (one scan) until it returns false.
  virtual Status ForEachEdge(const std::function<bool(const EdgeRecord&)>& fn) = 0;

  virtual Status GetEdge(const EdgeKey& key, EdgeRecord* edge) = 0;

  // ---- Walks over many actors (neighbors --depth N) ----
  // Actors are named by store-local numbers here: dense, from 1, fixed while
  // the store is open, never 0. The relations between two actors are reduced
  // to one Link.

  // The numbers of `actor_ids`, index-aligned; 0 for an id the store does not know.
  virtual Status ActorNumbers(const std::vector<std::string>& actor_ids, std::vector<uint32_t>* numbers) = 0;

  // The ids of actor `numbers`, index-aligned, read in one batch. Corruption
  // for a number no actor id has.
  virtual Status ActorIds(const std::vector<uint32_t>& numbers, std::vector<std::string>* ids) = 0;

  // Calls `fn` once for every pair of different actors with relations
  // between them and at least one of them among `actors` (numbers; order and
  // repeats do not matter), in no particular order; a pair of two of `actors`
  // comes once. Reads one summary record per actor (store/link_summary.h), so
  // that the neighbours of thousands of hubs cost thousands of reads, not one
  // per relation.
  virtual Status ForEachLinkOf(const std::vector<uint32_t>& actors, const std::function<void(const Link&)>& fn) = 0;

  // Calls `fn` for every piece of evidence of an edge until it returns false.
  virtual Status ForEachEvidence(const EdgeKey& key,
                                 const std::function<bool(const EvidenceRecord&)>& fn) = 0;

  // An article's record and the triples it contributed. NotFound when absent.
  virtual Status GetArticle(const std::string& doc_id, ArticleRecord* article,
                            std::vector<Triple>* contribution) = 0;

  // The number of triples article `doc_id` has as last committed; NotFound
  // when it has none. Unlike GetArticle it does not commit pending writes
  // first, so it does not see the articles PutArticle has batched since.
  virtual Status GetCommittedTripleCount(const std::string& doc_id, uint64_t* triples) = 0;

  // Calls `fn` for every article record (in storage order) until it returns false.
  virtual Status ForEachArticle(const std::function<bool(const ArticleRecord&)>& /*fn*/) {
    return Status::Unsupported("ForEachArticle");
  }

  virtual Status GetStats(StoreStats* stats) = 0;
};

}  // namespace geokg
