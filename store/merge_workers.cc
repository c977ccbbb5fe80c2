#include "store/merge_workers.h"

namespace geokg::store {

namespace {
// Batches in existence at once (queued, being filled, free): bounds the
// memory of triples waiting for the threads.
constexpr size_t kMaxBatches = 8;
}  // namespace

std::span<MergeTriple> MergeBatch::Open(size_t n) {
  open_end_ = size_ + n;
  if (triples_.size() < open_end_) triples_.resize(open_end_);
  return std::span<MergeTriple>(triples_.data() + size_, n);
}

std::span<const MergeTriple> MergeBatch::Article(size_t i) const {
  size_t begin = i == 0 ? 0 : ends_[i - 1];
  return std::span<const MergeTriple>(triples_.data() + begin, ends_[i] - begin);
}

void MergeBatch::Clear() {
  size_ = open_end_ = 0;
  ends_.clear();
}

MergeWorkers::MergeWorkers(AggregateShards* shards) : shards_(shards), position_(shards->count(), 0) {
  for (size_t i = 0; i < shards->count(); ++i) threads_.emplace_back([this, i] { Run(i); });
}

MergeWorkers::~MergeWorkers() {
  Drain();
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  work_cv_.notify_all();
  for (auto& thread : threads_) thread.join();
}

MergeBatch* MergeWorkers::Fresh() {
  std::unique_lock<std::mutex> lock(mu_);
  done_cv_.wait(lock, [&] { return !free_.empty() || batches_.size() < kMaxBatches; });
  if (free_.empty()) {
    batches_.push_back(std::make_unique<MergeBatch>());
    return batches_.back().get();
  }
  MergeBatch* batch = free_.back();
  free_.pop_back();
  return batch;
}

void MergeWorkers::Submit(MergeBatch* batch) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.push_back(Queued{batch, threads_.size()});
    ++next_seq_;
  }
  work_cv_.notify_all();
}

Status MergeWorkers::Drain() {
  std::unique_lock<std::mutex> lock(mu_);
  done_cv_.wait(lock, [&] {
    for (uint64_t p : position_) {
      if (p != next_seq_) return false;
    }
    return true;
  });
  Status s = error_;
  error_ = Status::OK();
  return s;
}

void MergeWorkers::Run(size_t shard) {
  NameNormalizer normalizer;  // this thread's memo
  DateRecompute unused;       // adding never asks for a recompute
  uint64_t& position = position_[shard];
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    work_cv_.wait(lock, [&] { return stop_ || position < next_seq_; });
    if (position == next_seq_) return;  // stopping, nothing left
    const MergeBatch* batch = queue_[position - first_seq_].batch;
    bool skip = !error_.ok();
    lock.unlock();
    Status s;
    for (size_t i = 0; i < batch->articles() && s.ok() && !skip; ++i) {
      s = ApplyContribution(batch->Article(i), +1, *shards_, shard, &normalizer, &unused);
    }
    lock.lock();
    if (!s.ok() && error_.ok()) error_ = s;
    --queue_[position - first_seq_].pending;
    ++position;
    while (!queue_.empty() && queue_.front().pending == 0) {
      queue_.front().batch->Clear();
      free_.push_back(queue_.front().batch);
      queue_.pop_front();
      ++first_seq_;
    }
    done_cv_.notify_all();
  }
}

}  // namespace geokg::store
