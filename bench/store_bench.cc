// Store benchmarks. BM_IngestVsRawPut measures, in one run on this machine:
// raw RocksDB random puts in batches of 1,000 with the WAL on (the reference
// rate), then GraphStore::PutArticle of generated articles (the merge with
// everything it writes), and reports both rates and their ratio, with the
// bytes on disk per evidence triple. BM_RawPut and BM_Ingest alone as well.
//
//   store_bench --benchmark_filter=IngestVsRawPut/1000000
#include <benchmark/benchmark.h>
#include <rocksdb/db.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <cstring>
#include <map>
#include <random>

#include "bench/triple_gen.h"
#include "store/db_open.h"
#include "store/graph_store.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A fresh temporary folder, removed with the object.
struct ScratchDir {
  ScratchDir() {
    std::string templ = (fs::temp_directory_path() / "geokg-bench-XXXXXX").string();
    path = ::mkdtemp(templ.data()) ? templ : std::string();
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string path;
};

struct Corpus {
  std::vector<geokg::Article> articles;
  std::vector<std::vector<geokg::Triple>> triples;
  uint64_t count = 0;
};

const Corpus& Generated(uint64_t n) {
  static std::map<uint64_t, Corpus> cache;
  auto [it, fresh] = cache.try_emplace(n);
  if (fresh) {
    geokg::bench::GenOptions options;
    options.triples = n;
    geokg::bench::TripleGenerator generator(options);
    geokg::Article article;
    std::vector<geokg::Triple> triples;
    while (generator.NextArticle(&article, &triples)) {
      it->second.count += triples.size();
      it->second.articles.push_back(article);
      it->second.triples.push_back(triples);
    }
  }
  return it->second;
}

// `n` random puts (26-byte keys like evidence keys, 150-byte values) in
// batches of 1,000, WAL on, no sync. Returns puts per second.
double RawPuts(uint64_t n) {
  ScratchDir dir;
  rocksdb::Options options;
  options.create_if_missing = true;
  rocksdb::DB* raw = nullptr;
  if (!rocksdb::DB::Open(options, dir.path + "/raw", &raw).ok()) return 0;
  std::unique_ptr<rocksdb::DB> db(raw);
  std::mt19937_64 rng(42);
  std::string key(26, '\0'), value(150, 'v');
  auto start = Clock::now();
  for (uint64_t done = 0; done < n;) {
    rocksdb::WriteBatch batch;
    for (int i = 0; i < 1000 && done < n; ++i, ++done) {
      for (size_t k = 0; k < key.size(); k += 8) {
        uint64_t r = rng();
        std::memcpy(&key[k], &r, std::min<size_t>(8, key.size() - k));
      }
      batch.Put(key, value);
    }
    if (!db->Write(rocksdb::WriteOptions(), &batch).ok()) return 0;
  }
  return static_cast<double>(n) / std::chrono::duration<double>(Clock::now() - start).count();
}

struct IngestResult {
  double triples_per_s = 0;
  double bytes_per_triple = 0;
};

// PutArticle of the whole corpus (1,000 articles a commit, as `geokg ingest`).
IngestResult Ingest(const Corpus& corpus) {
  ScratchDir dir;
  IngestResult result;
  geokg::StoreOptions options;
  options.batch_articles = 1000;
  std::unique_ptr<geokg::GraphStore> store;
  if (!geokg::GraphStore::Open(dir.path + "/db", options, &store).ok()) return result;
  auto start = Clock::now();
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    geokg::IngestOutcome outcome;
    if (!store->PutArticle(corpus.articles[i], corpus.triples[i], &outcome).ok()) return result;
  }
  if (!store->Flush().ok()) return result;
  store.reset();
  result.triples_per_s = static_cast<double>(corpus.count) / std::chrono::duration<double>(Clock::now() - start).count();
  result.bytes_per_triple = static_cast<double>(geokg::store::DirectorySize(dir.path + "/db")) / corpus.count;
  return result;
}

void BM_IngestVsRawPut(benchmark::State& state) {
  const Corpus& corpus = Generated(static_cast<uint64_t>(state.range(0)));
  double raw = 0;
  IngestResult ingest;
  for (auto _ : state) {
    raw = RawPuts(corpus.count);
    ingest = Ingest(corpus);
  }
  state.counters["raw_puts_per_s"] = raw;
  state.counters["triples_per_s"] = ingest.triples_per_s;
  state.counters["ratio"] = raw > 0 ? ingest.triples_per_s / raw : 0;
  state.counters["bytes_per_triple"] = ingest.bytes_per_triple;
}
BENCHMARK(BM_IngestVsRawPut)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kSecond);

void BM_RawPut(benchmark::State& state) {
  double rate = 0;
  for (auto _ : state) rate = RawPuts(static_cast<uint64_t>(state.range(0)));
  state.counters["puts_per_s"] = rate;
}
BENCHMARK(BM_RawPut)->Arg(1000000)->Iterations(1)->Unit(benchmark::kSecond);

void BM_Ingest(benchmark::State& state) {
  const Corpus& corpus = Generated(static_cast<uint64_t>(state.range(0)));
  IngestResult result;
  for (auto _ : state) result = Ingest(corpus);
  state.counters["triples_per_s"] = result.triples_per_s;
  state.counters["bytes_per_triple"] = result.bytes_per_triple;
}
BENCHMARK(BM_Ingest)->Arg(200000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace

BENCHMARK_MAIN();
