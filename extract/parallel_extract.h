// ParallelExtractor: runs an Extractor over a stream of articles on several
// threads and hands the results back in input order, holding at most a
// bounded window of articles in memory.
#pragma once

#include <functional>
#include <vector>

#include "extract/extractor.h"

namespace geokg {

struct ExtractedArticle {
  Article article;
  std::vector<Triple> triples;
  Status status;  // non-OK: the article could not be extracted (message names it)
};

class ParallelExtractor {
 public:
  // `consumer` is called on the calling thread, in input order; a non-OK
  // status from it stops the run. Up to `threads` threads extract (fewer when
  // the system refuses to start more).
  ParallelExtractor(const Extractor& extractor, unsigned threads,
                    std::function<Status(ExtractedArticle&&)> consumer);
  ~ParallelExtractor();
  ParallelExtractor(const ParallelExtractor&) = delete;
  ParallelExtractor& operator=(const ParallelExtractor&) = delete;

  // Queues one article; may block while the window is full. Returns the
  // consumer's first error.
  Status Add(Article&& article);
  // Waits for every queued article and delivers it. Returns the consumer's first error.
  Status Finish();

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace geokg
