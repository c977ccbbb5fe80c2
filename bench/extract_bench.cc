// Extraction speed on ~8 MB of generated articles (bench/corpus_generator.h,
// seed 1), held in memory so that only extraction is timed (no reading, no
// JSON, no output). Issue #3 asks >= 5 MB/s and >= 20,000 sentences/s on one
// thread. bytes_per_second is body text; "sentences" counts the generated
// body sentences (terminal punctuation), the figure gen_corpus prints.
//
//   build-bench/bench/extract_bench                      # all
//   build-bench/bench/extract_bench --benchmark_filter=SingleThread
//
// BM_ExtractSingleThread  Extractor::Extract, article after article
// BM_ExtractThreads/N     ParallelExtractor on N threads (the geokg extract path)
// BM_SplitSentences       the tokenizer alone (extract/text/tokenizer.h): its share of the time
//
// Rates of the one-thread benchmarks are per CPU second (steady on a shared
// machine); those of BM_ExtractThreads per wall-clock second.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "bench/corpus_generator.h"
#include "extract/extractor.h"
#include "extract/parallel_extract.h"
#include "extract/text/tokenizer.h"

namespace {

constexpr uint64_t kCorpusBytes = 8'000'000;
constexpr uint64_t kSeed = 1;

struct Corpus {
  std::vector<geokg::Article> articles;
  uint64_t bytes = 0;
  uint64_t sentences = 0;
  std::unique_ptr<geokg::Extractor> extractor;
};

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    geokg::Status s = geokg::bench::GenerateCorpus(kSeed, kCorpusBytes, &c->articles, &c->sentences);
    if (s.ok()) s = geokg::Extractor::Create(geokg::ExtractorOptions(), &c->extractor);
    if (!s.ok()) {
      std::cerr << "extract_bench: " << s.message() << "\n";
      std::exit(1);
    }
    for (const auto& a : c->articles) c->bytes += a.text.size();
    return c;
  }();
  return *corpus;
}

void SetRates(benchmark::State& state, const Corpus& c, uint64_t triples) {
  const auto iterations = static_cast<int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<int64_t>(c.bytes));
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(iterations) * static_cast<double>(c.sentences),
                                                   benchmark::Counter::kIsRate);
  state.counters["articles"] = benchmark::Counter(static_cast<double>(iterations) * static_cast<double>(c.articles.size()),
                                                  benchmark::Counter::kIsRate);
  if (iterations > 0) state.counters["triples/iter"] = static_cast<double>(triples) / static_cast<double>(iterations);
}

void BM_ExtractSingleThread(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  std::vector<geokg::Triple> triples;
  uint64_t total = 0;
  for (auto _ : state) {
    for (const auto& article : c.articles) {
      triples.clear();
      geokg::Status s = c.extractor->Extract(article, &triples);
      if (!s.ok()) {
        state.SkipWithError(s.message().c_str());
        return;
      }
      total += triples.size();
    }
    benchmark::DoNotOptimize(triples.data());
  }
  SetRates(state, c, total);
}
BENCHMARK(BM_ExtractSingleThread)->Unit(benchmark::kMillisecond);

void BM_ExtractThreads(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const auto threads = static_cast<unsigned>(state.range(0));
  uint64_t total = 0;
  for (auto _ : state) {
    geokg::ParallelExtractor parallel(*c.extractor, threads, [&](geokg::ExtractedArticle&& item) {
      total += item.triples.size();
      return item.status;
    });
    geokg::Status s;
    for (const auto& article : c.articles) {
      geokg::Article copy = article;  // Add() takes the article; the copy is part of the time (~1%)
      if (s = parallel.Add(std::move(copy)); !s.ok()) break;
    }
    if (s.ok()) s = parallel.Finish();
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
  }
  SetRates(state, c, total);
}
BENCHMARK(BM_ExtractThreads)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  uint64_t split = 0;
  for (auto _ : state) {
    for (const auto& article : c.articles) {
      std::vector<geokg::Sentence> sentences = geokg::SplitSentences(article.text);
      split += sentences.size();
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  SetRates(state, c, 0);
  // Sentences as the tokenizer splits them (the dateline paragraph and the
  // reporting credits are sentences of their own there).
  if (state.iterations() > 0) state.counters["split/iter"] = static_cast<double>(split) / static_cast<double>(state.iterations());
  state.counters.erase("triples/iter");
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
