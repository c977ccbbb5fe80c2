// MergeWorkers: the merge arithmetic of added articles on threads of their
// own, one thread per shard of the aggregate cache (AggregateShards). The
// writer hands over batches of articles in input order; every thread applies
// each article's part that its shard holds (its edges, its actors and their
// alias entries), so each shard sees the articles in input order and the
// records are those of a merge on one thread, whatever the number of threads
// and however they are scheduled. Retractions stay on the writer's thread,
// once the threads are idle (Drain).
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

#include "graph/status.h"
#include "store/aggregates.h"
#include "store/merge.h"

namespace geokg::store {

// The triples of consecutive articles, resolved to ints. Reused: its vectors
// keep their capacity (and the triples their strings' buffers).
class MergeBatch {
 public:
  // Room for the next article's `n` triples, to fill in place.
  std::span<MergeTriple> Open(size_t n);
  // The article opened last is complete.
  void Close() { ends_.push_back(open_end_); size_ = open_end_; }
  size_t triples() const { return size_; }
  size_t articles() const { return ends_.size(); }
  // The triples of article i.
  std::span<const MergeTriple> Article(size_t i) const;
  void Clear();

 private:
  std::vector<MergeTriple> triples_;
  size_t size_ = 0, open_end_ = 0;
  std::vector<size_t> ends_;  // where each article's triples end
};

class MergeWorkers {
 public:
  // One thread per shard of `shards`, which must outlive this. Reads of
  // records go through the shards' backing from those threads.
  explicit MergeWorkers(AggregateShards* shards);
  ~MergeWorkers();  // waits for what was submitted
  MergeWorkers(const MergeWorkers&) = delete;
  MergeWorkers& operator=(const MergeWorkers&) = delete;

  // An empty batch to fill (waits while too many are queued).
  MergeBatch* Fresh();
  // Queues `batch` (from Fresh()) to be added to the shards.
  void Submit(MergeBatch* batch);
  // Waits until every submitted batch is applied; then the caller may use
  // the shards until its next Submit. The first error since the last Drain
  // (a record could not be read or decoded); after one, the batches that
  // followed were not applied.
  Status Drain();

 private:
  struct Queued {
    MergeBatch* batch;
    size_t pending;  // threads yet to apply it
  };
  void Run(size_t shard);

  AggregateShards* shards_;
  std::vector<std::unique_ptr<MergeBatch>> batches_;  // all there are
  std::vector<MergeBatch*> free_;
  std::deque<Queued> queue_;
  uint64_t first_seq_ = 0, next_seq_ = 0;  // sequence numbers of queue_'s front and of the next batch
  std::vector<uint64_t> position_;         // by thread: the next batch it applies
  Status error_;
  bool stop_ = false;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::vector<std::thread> threads_;  // last: start once the members above exist
};

}  // namespace geokg::store
