// The query benchmark's two halves.
//
//   query_bench generate --db PATH [--actors 100000] [--edges 1000000] [--seed 1]
//     Writes a generated graph through the GraphStore API: `actors` actors
//     (countries first, then persons, organisations, ...), `edges` distinct
//     relations whose ends follow a heavy-tailed (Zipf) popularity mixed with a
//     uniform choice, 1 to 4 mentions each, packed ten triples to an article.
//     Prints on stdout, one per line, actors for the timed questions:
//     hub=ID (most relations), typical=ID and other=ID (median-like degree).
//
//   query_bench [Google Benchmark flags]
//     Times the algorithms alone (no I/O) on an in-memory compact graph of the
//     same shape: PageRank, degree, k shortest paths.
//
// scripts/bench-query.sh runs both and times every question as a whole process.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include <rocksdb/db.h>

#include "graph/algorithms.h"
#include "store/db_open.h"
#include "store/graph_store.h"

namespace geokg {
namespace {

struct Shape {
  size_t actors = 100000;
  size_t edges = 1000000;
  uint64_t seed = 1;
};

// Endpoint choice: half the time by Zipf popularity (exponent 0.9), half uniform.
class EndpointPicker {
 public:
  EndpointPicker(size_t n, std::mt19937_64* rng) : rng_(rng), uniform_(0, n - 1) {
    cdf_.resize(n);
    double total = 0;
    for (size_t i = 0; i < n; ++i) cdf_[i] = total += 1.0 / std::pow(static_cast<double>(i + 1), 0.9);
    for (double& c : cdf_) c /= total;
  }
  uint32_t Pick() {
    if ((*rng_)() & 1) return static_cast<uint32_t>(uniform_(*rng_));
    const double u = std::uniform_real_distribution<double>(0, 1)(*rng_);
    return static_cast<uint32_t>(std::min(cdf_.size() - 1, static_cast<size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin())));
  }

 private:
  std::mt19937_64* rng_;
  std::uniform_int_distribution<size_t> uniform_;
  std::vector<double> cdf_;
};

struct Verb {
  const char* predicate;
  const char* cameo;
  double goldstein;
};
constexpr Verb kVerbs[] = {
    {"make statement", "010", 0.0}, {"appeal", "020", 3.0},      {"express intent", "030", 4.0},
    {"consult", "040", 1.0},        {"meet", "036", 4.0},         {"praise", "051", 3.4},
    {"sign agreement", "057", 8.0}, {"cooperate", "061", 6.4},    {"provide aid", "070", 7.0},
    {"yield", "080", 5.0},          {"investigate", "090", -2.0}, {"demand", "100", -5.0},
    {"criticise", "111", -2.0},     {"accuse", "112", -2.0},      {"reject", "120", -4.0},
    {"threaten", "130", -4.4},      {"protest", "141", -6.5},     {"sanction", "163", -8.0},
    {"expel", "174", -5.0},         {"arrest", "173", -5.0},      {"attack", "190", -10.0},
    {"bomb", "183", -10.0},         {"fight", "193", -10.0},      {"kill", "186", -10.0},
    {"mobilize", "152", -7.2},
};
constexpr const char* kAffiliations[] = {"member", "leader", "minister", "spokesman"};
constexpr const char* kTypes[] = {"person", "organization", "government", "armed_group", "party", "other"};
constexpr size_t kCountries = 250;

std::string ActorId(uint32_t i) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "a%06u", i);
  return buffer;
}

ActorRef MakeRef(uint32_t i) {
  ActorRef ref;
  ref.id = ActorId(i);
  ref.name = "Actor " + std::to_string(i);
  ref.type = i < kCountries ? ActorType::kCountry : *ParseActorType(kTypes[i % std::size(kTypes)]);
  ref.country = ActorId(i < kCountries ? i : i % kCountries);
  ref.surface = ref.name;
  return ref;
}

struct GenEdge {
  uint32_t s, o;
  uint16_t verb;  // index into kVerbs, or kVerbs size + affiliation index
  bool negative;
};

// The distinct edges and, per edge, how many mentions it gets.
void GenerateEdges(const Shape& shape, std::vector<GenEdge>* edges, std::vector<uint8_t>* mentions) {
  std::mt19937_64 rng(shape.seed);
  EndpointPicker pick(shape.actors, &rng);
  std::unordered_set<uint64_t> seen;
  seen.reserve(shape.edges * 2);
  edges->reserve(shape.edges);
  while (edges->size() < shape.edges) {
    GenEdge e;
    e.s = pick.Pick();
    e.o = pick.Pick();
    if (e.s == e.o) continue;
    const bool affiliation = e.s >= kCountries && rng() % 100 < 4;
    e.verb = static_cast<uint16_t>(affiliation ? std::size(kVerbs) + rng() % std::size(kAffiliations)
                                               : rng() % std::size(kVerbs));
    e.negative = !affiliation && rng() % 100 < 5;
    const uint64_t key = (uint64_t{e.s} << 34) ^ (uint64_t{e.o} << 8) ^ (uint64_t{e.verb} << 1) ^ e.negative;
    if (!seen.insert(key).second) continue;
    edges->push_back(e);
  }
  mentions->resize(edges->size());
  for (auto& m : *mentions) {
    const auto r = rng() % 100;
    m = r < 80 ? 1 : r < 93 ? 2 : r < 98 ? 3 : 4;
  }
}

// Flushes the memtables and compacts every column family, leaving the
// database as RocksDB's background work leaves it once settled (and sparing
// every reader the replay of the write-ahead log).
Status Settle(const std::string& path) {
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::Status s = rocksdb::DB::Open(store::MakeDbOptions(false), path, store::ColumnFamilyDescriptors(),
                                        &handles, &raw);
  if (!s.ok()) return Status::IOError("cannot reopen " + path + ": " + s.ToString());
  std::unique_ptr<rocksdb::DB> db(raw);
  s = db->Flush(rocksdb::FlushOptions(), handles);
  for (size_t i = 0; s.ok() && i < handles.size(); ++i) {
    s = db->CompactRange(rocksdb::CompactRangeOptions(), handles[i], nullptr, nullptr);
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  if (!s.ok()) return Status::IOError("cannot settle " + path + ": " + s.ToString());
  return Status::OK();
}

int Generate(const std::string& path, const Shape& shape) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<GenEdge> edges;
  std::vector<uint8_t> mentions;
  GenerateEdges(shape, &edges, &mentions);
  // Every mention is one triple; shuffle them into articles of ten.
  std::vector<uint32_t> triples;
  for (uint32_t i = 0; i < edges.size(); ++i) triples.insert(triples.end(), mentions[i], i);
  std::mt19937_64 rng(shape.seed + 1);
  std::shuffle(triples.begin(), triples.end(), rng);

  std::unique_ptr<GraphStore> store;
  StoreOptions options;
  options.batch_articles = 2000;
  Status status = GraphStore::Open(path, options, &store);
  if (!status.ok()) {
    std::cerr << "query_bench generate: " << status.ToString() << "\n";
    return 1;
  }
  const size_t kPerArticle = 10;
  size_t articles = 0;
  for (size_t first = 0; first < triples.size(); first += kPerArticle) {
    Article article;
    article.id = "doc" + std::to_string(articles);
    const int day = static_cast<int>(rng() % (10 * 365));
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2015 + day / 365, 1 + (day % 365) / 31 % 12,
                  1 + day % 28);
    article.date = date;
    article.source = "outlet" + std::to_string(rng() % 30);
    std::vector<Triple> batch;
    for (size_t k = first; k < std::min(first + kPerArticle, triples.size()); ++k) {
      const GenEdge& e = edges[triples[k]];
      Triple t;
      t.doc = article.id;
      t.subject = MakeRef(e.s);
      t.object = MakeRef(e.o);
      if (e.verb < std::size(kVerbs)) {
        const Verb& v = kVerbs[e.verb];
        t.predicate = v.predicate;
        t.cameo = v.cameo;
        t.goldstein = v.goldstein;
        const int root = std::stoi(std::string(v.cameo).substr(0, 2));
        t.quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      } else {
        t.predicate = kAffiliations[e.verb - std::size(kVerbs)];
        t.kind = RelationKind::kAffiliation;
      }
      t.polarity = e.negative ? Polarity::kNegative : Polarity::kPositive;
      t.date = article.date;
      t.source = article.source;
      t.evidence.sentence = static_cast<uint32_t>(k - first);
      t.evidence.text = t.subject.name + " " + t.predicate + " " + t.object.name + ".";
      t.evidence.start = article.text.size();
      article.text += t.evidence.text + " ";
      t.evidence.end = t.evidence.start + t.evidence.text.size();
      batch.push_back(std::move(t));
    }
    IngestOutcome outcome;
    status = store->PutArticle(article, batch, &outcome);
    if (!status.ok()) {
      std::cerr << "query_bench generate: " << status.ToString() << "\n";
      return 1;
    }
    if (++articles % 20000 == 0) std::cerr << "  " << articles << " articles\n";
  }
  status = store->Flush();
  if (!status.ok()) {
    std::cerr << "query_bench generate: " << status.ToString() << "\n";
    return 1;
  }
  store.reset();
  status = Settle(path);
  if (!status.ok()) {
    std::cerr << "query_bench generate: " << status.ToString() << "\n";
    return 1;
  }
  // Actors for the timed questions, by total degree.
  std::vector<uint32_t> degree(shape.actors, 0);
  for (const auto& e : edges) {
    ++degree[e.s];
    ++degree[e.o];
  }
  std::vector<uint32_t> order(shape.actors);
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return degree[a] > degree[b]; });
  const uint32_t typical = order[order.size() / 2], other = order[order.size() / 2 + 1];
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "query_bench generate: " << shape.actors << " actors, " << edges.size() << " relations, "
            << triples.size() << " triples in " << articles << " articles, " << seconds << " s\n";
  std::cout << "hub=" << ActorId(order[0]) << " degree=" << degree[order[0]] << "\n"
            << "typical=" << ActorId(typical) << " degree=" << degree[typical] << "\n"
            << "other=" << ActorId(other) << " degree=" << degree[other] << "\n";
  return 0;
}

// ---- In-memory algorithm benchmarks ----

const CompactGraph& BenchGraph() {
  static const CompactGraph graph = [] {
    Shape shape;
    std::vector<GenEdge> edges;
    std::vector<uint8_t> mentions;
    GenerateEdges(shape, &edges, &mentions);
    CompactGraph g;
    g.num_actors = shape.actors;
    for (size_t i = 0; i < edges.size(); ++i) g.edges.push_back({edges[i].s, edges[i].o, mentions[i]});
    return g;
  }();
  return graph;
}

void BM_PageRank(benchmark::State& state) {
  const CompactGraph& g = BenchGraph();
  for (auto _ : state) benchmark::DoNotOptimize(RankActors(g, Centrality::kPageRank));
}
BENCHMARK(BM_PageRank)->Unit(benchmark::kMillisecond);

void BM_Degree(benchmark::State& state) {
  const CompactGraph& g = BenchGraph();
  for (auto _ : state) benchmark::DoNotOptimize(RankActors(g, Centrality::kDegree));
}
BENCHMARK(BM_Degree)->Unit(benchmark::kMillisecond);

void BM_ShortestPaths(benchmark::State& state) {
  const CompactGraph& g = BenchGraph();
  std::mt19937_64 rng(7);
  for (auto _ : state) {
    const size_t a = rng() % g.num_actors, b = rng() % g.num_actors;
    benchmark::DoNotOptimize(ShortestPaths(g, a, b, static_cast<int>(state.range(0)), 6));
  }
}
BENCHMARK(BM_ShortestPaths)->Arg(1)->Arg(3)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace geokg

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "generate") == 0) {
    geokg::Shape shape;
    std::string db;
    for (int i = 2; i + 1 < argc; i += 2) {
      const std::string flag = argv[i], value = argv[i + 1];
      if (flag == "--db") db = value;
      else if (flag == "--actors") shape.actors = std::stoul(value);
      else if (flag == "--edges") shape.edges = std::stoul(value);
      else if (flag == "--seed") shape.seed = std::stoull(value);
      else {
        std::cerr << "query_bench generate: unknown flag " << flag << "\n";
        return 2;
      }
    }
    if (db.empty() || shape.actors < 2 || shape.edges > shape.actors * (shape.actors - 1)) {
      std::cerr << "usage: query_bench generate --db PATH [--actors N] [--edges M] [--seed S]\n";
      return 2;
    }
    return geokg::Generate(db, shape);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
