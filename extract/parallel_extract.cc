#include "extract/parallel_extract.h"

#include <atomic>
#include <system_error>
#include <thread>

namespace geokg {

struct ParallelExtractor::Impl {
  const Extractor& extractor;
  unsigned threads;
  std::function<Status(ExtractedArticle&&)> consumer;
  std::vector<ExtractedArticle> batch;
  size_t batch_bytes = 0;
  Status error;

  // Extracts the batch on `threads` threads, then delivers it in order.
  Status Flush() {
    if (batch.empty() || !error.ok()) return error;
    std::atomic<size_t> next{0};
    auto work = [&]() {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
        batch[i].status = extractor.Extract(batch[i].article, &batch[i].triples);
      }
    };
    if (threads <= 1 || batch.size() == 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      try {
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
      } catch (const std::system_error&) {
        // The system refused another thread: the ones started (and this one) do the work.
      }
      work();
      for (auto& th : pool) th.join();
    }
    for (auto& item : batch) {
      if (!error.ok()) break;
      error = consumer(std::move(item));
    }
    batch.clear();
    batch_bytes = 0;
    return error;
  }
};

ParallelExtractor::ParallelExtractor(const Extractor& extractor, unsigned threads,
                                     std::function<Status(ExtractedArticle&&)> consumer)
    : impl_(new Impl{extractor, threads, std::move(consumer), {}, 0, Status::OK()}) {}

ParallelExtractor::~ParallelExtractor() { delete impl_; }

Status ParallelExtractor::Add(Article&& article) {
  if (!impl_->error.ok()) return impl_->error;
  impl_->batch_bytes += article.text.size();
  impl_->batch.push_back(ExtractedArticle{std::move(article), {}, Status::OK()});
  // A window of 64 articles a thread, or 64 MiB of text, whichever comes first.
  if (impl_->batch.size() >= 64 * static_cast<size_t>(impl_->threads) || impl_->batch_bytes >= (64u << 20)) {
    return impl_->Flush();
  }
  return Status::OK();
}

Status ParallelExtractor::Finish() { return impl_->Flush(); }

}  // namespace geokg
