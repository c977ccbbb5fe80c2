// graph/algorithms.h: centrality measures and k shortest paths on small
// graphs with answers computed independently (by hand and with networkx).
#include "graph/algorithms.h"

#include <gtest/gtest.h>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <map>
#include <string>
#include <vector>

namespace geokg {
namespace {

ActorRecord Actor(const std::string& id) {
  ActorRecord a;
  a.id = id;
  a.name = id;
  return a;
}

EdgeRecord Edge(const std::string& s, const std::string& p, const std::string& o, uint64_t mentions) {
  EdgeRecord e;
  e.key.subject = s;
  e.key.predicate = p;
  e.key.object = o;
  e.mentions = mentions;
  return e;
}

// Actors deliberately not in id order, so that results must map back.
Subgraph RankingGraph() {
  Subgraph g;
  for (const char* id : {"ZZZ", "DDD", "AAA", "EEE", "CCC", "BBB"}) g.actors.push_back(Actor(id));
  g.edges = {Edge("AAA", "ask", "BBB", 3), Edge("AAA", "meet", "BBB", 1), Edge("BBB", "ask", "CCC", 2),
             Edge("CCC", "ask", "AAA", 1), Edge("CCC", "attack", "DDD", 5),
             Edge("DDD", "praise", "DDD", 4), Edge("EEE", "ask", "DDD", 1)};
  g.IndexActors();
  return g;
}

std::map<std::string, double> Scores(const Subgraph& g, Centrality measure) {
  std::map<std::string, double> out;
  for (const auto& r : RankActors(g, measure)) out[g.actors[r.actor].id] = r.score;
  return out;
}

std::vector<std::string> Order(const Subgraph& g, Centrality measure) {
  std::vector<std::string> out;
  for (const auto& r : RankActors(g, measure)) out.push_back(g.actors[r.actor].id);
  return out;
}

TEST(RankActorsTest, DegreeCountsDistinctNeighboursWithoutSelfLoops) {
  Subgraph g = RankingGraph();
  auto s = Scores(g, Centrality::kDegree);
  EXPECT_EQ(s, (std::map<std::string, double>{
                   {"AAA", 2}, {"BBB", 2}, {"CCC", 3}, {"DDD", 2}, {"EEE", 1}, {"ZZZ", 0}}));
  // Ties by id.
  EXPECT_EQ(Order(g, Centrality::kDegree),
            (std::vector<std::string>{"CCC", "AAA", "BBB", "DDD", "EEE", "ZZZ"}));
}

TEST(RankActorsTest, WeightedDegreeSumsMentions) {
  Subgraph g = RankingGraph();
  auto s = Scores(g, Centrality::kWeightedDegree);
  EXPECT_EQ(s, (std::map<std::string, double>{
                   {"AAA", 5}, {"BBB", 6}, {"CCC", 8}, {"DDD", 6}, {"EEE", 1}, {"ZZZ", 0}}));
  EXPECT_EQ(Order(g, Centrality::kWeightedDegree),
            (std::vector<std::string>{"CCC", "BBB", "DDD", "AAA", "EEE", "ZZZ"}));
}

TEST(RankActorsTest, PageRankSpreadsSinksOverAllActors) {
  // networkx pagerank (alpha 0.85, dangling nodes spread uniformly) of the
  // same graph: DDD is a sink once its self-loop is dropped, ZZZ isolated.
  Subgraph g = RankingGraph();
  auto s = Scores(g, Centrality::kPageRank);
  EXPECT_NEAR(s["AAA"], 0.17289990589719983, 1e-9);
  EXPECT_NEAR(s["BBB"], 0.21403774214985777, 1e-9);
  EXPECT_NEAR(s["CCC"], 0.2490049029646152, 1e-9);
  EXPECT_NEAR(s["DDD"], 0.2299118047138517, 1e-9);
  EXPECT_NEAR(s["EEE"], 0.0670728221372377, 1e-9);
  EXPECT_NEAR(s["ZZZ"], 0.0670728221372377, 1e-9);
  double total = 0;
  for (const auto& [id, score] : s) total += score;
  EXPECT_NEAR(total, 1.0, 1e-9);
  // EEE and ZZZ are equal by symmetry: an exact tie, broken by id.
  EXPECT_EQ(s["EEE"], s["ZZZ"]);
  EXPECT_EQ(Order(g, Centrality::kPageRank),
            (std::vector<std::string>{"CCC", "DDD", "BBB", "AAA", "EEE", "ZZZ"}));
}

TEST(RankActorsTest, PageRankMatchesBoostWhenThereAreNoSinks) {
  // A graph without sinks: our scores must be boost::graph::page_rank's, normalised.
  CompactGraph g;
  g.num_actors = 5;
  g.edges = {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {2, 3, 1}, {3, 4, 1}, {4, 0, 1}, {4, 2, 1}, {1, 3, 1}};
  using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
  std::vector<std::pair<size_t, size_t>> pairs;
  for (const auto& e : g.edges) pairs.emplace_back(e.subject, e.object);
  Csr csr(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), 5);
  std::vector<double> boost_rank(5);
  boost::graph::page_rank(csr, boost::make_iterator_property_map(boost_rank.begin(),
                                                                 get(boost::vertex_index, csr)),
                          boost::graph::n_iterations(500));
  double total = 0;
  for (double r : boost_rank) total += r;
  auto ranked = RankActors(g, Centrality::kPageRank);
  ASSERT_EQ(ranked.size(), 5u);
  for (const auto& r : ranked) EXPECT_NEAR(r.score, boost_rank[r.actor] / total, 1e-9) << r.actor;
}

TEST(RankActorsTest, BetweennessCountsEachUndirectedPairOnce) {
  // networkx betweenness_centrality(normalized=False) of the undirected graph.
  Subgraph g = RankingGraph();
  auto s = Scores(g, Centrality::kBetweenness);
  EXPECT_EQ(s, (std::map<std::string, double>{
                   {"AAA", 0}, {"BBB", 0}, {"CCC", 4}, {"DDD", 3}, {"EEE", 0}, {"ZZZ", 0}}));
  EXPECT_EQ(Order(g, Centrality::kBetweenness),
            (std::vector<std::string>{"CCC", "DDD", "AAA", "BBB", "EEE", "ZZZ"}));
}

TEST(RankActorsTest, BetweennessOfAPathGraph) {
  // a - b - c - d: b and c each lie on 2 of the 6 shortest paths.
  CompactGraph g;
  g.num_actors = 4;
  g.edges = {{0, 1, 1}, {2, 1, 1}, {2, 3, 1}};
  auto ranked = RankActors(g, Centrality::kBetweenness);
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_EQ(ranked[0].actor, 1u);
  EXPECT_EQ(ranked[0].score, 2.0);
  EXPECT_EQ(ranked[1].actor, 2u);
  EXPECT_EQ(ranked[1].score, 2.0);
  EXPECT_EQ(ranked[2].score, 0.0);
}

// A deterministic sparse graph: a binary tree (actor i links to i / 2) whose
// root is the most central, with chords from every tenth actor to
// (i * 7919) % n, and multi-edges and self-loops that must not count.
CompactGraph HubGraph(uint32_t n) {
  CompactGraph g;
  g.num_actors = n;
  for (uint32_t i = 1; i < n; ++i) {
    g.edges.push_back({i, i / 2, 1});
    if (i % 10 == 0) g.edges.push_back({(i * 7919) % n, i, 2});
    if (i % 5 == 0) g.edges.push_back({i, i / 2, 3});
    if (i % 11 == 0) g.edges.push_back({i, i, 1});
  }
  return g;
}

TEST(RankActorsTest, SampledBetweennessWithEverySourceIsExact) {
  const CompactGraph g = HubGraph(300);
  const auto exact = RankActors(g, Centrality::kBetweenness);
  for (size_t samples : {300u, 1000u}) {
    const auto sampled = RankBySampledBetweenness(g, samples, 42);
    ASSERT_EQ(sampled.size(), exact.size());
    for (size_t i = 0; i < exact.size(); ++i) {
      EXPECT_EQ(sampled[i].actor, exact[i].actor) << i;
      EXPECT_DOUBLE_EQ(sampled[i].score, exact[i].score) << i;
    }
  }
  // The networkx figures of the small graph, too.
  CompactGraph path;
  path.num_actors = 4;
  path.edges = {{0, 1, 1}, {2, 1, 1}, {2, 3, 1}};
  const auto ranked = RankBySampledBetweenness(path, 4, 1);
  EXPECT_EQ(ranked[0].score, 2.0);
  EXPECT_EQ(ranked[1].score, 2.0);
  EXPECT_EQ(ranked[2].score, 0.0);
}

TEST(RankActorsTest, SampledBetweennessEstimatesFromTheSeedsSources) {
  const CompactGraph g = HubGraph(2000);
  const auto exact = RankActors(g, Centrality::kBetweenness);
  const auto a = RankBySampledBetweenness(g, 200, 1);
  const auto b = RankBySampledBetweenness(g, 200, 1);
  const auto c = RankBySampledBetweenness(g, 200, 2);
  ASSERT_EQ(a.size(), exact.size());
  for (size_t i = 0; i < a.size(); ++i) {  // the same seed, the same sources
    EXPECT_EQ(a[i].actor, b[i].actor);
    EXPECT_EQ(a[i].score, b[i].score);
  }
  bool differs = false;
  for (size_t i = 0; i < a.size(); ++i) differs = differs || a[i].score != c[i].score;
  EXPECT_TRUE(differs) << "another seed draws other sources";
  // Scaled to the whole graph: the total of the estimates is near the exact
  // total (a wrong scale, such as forgetting that each pair is seen from both
  // ends, is off by 2x), and the most central actor is found.
  double exact_total = 0, estimated_total = 0;
  for (const auto& r : exact) exact_total += r.score;
  for (const auto& r : a) estimated_total += r.score;
  EXPECT_NEAR(estimated_total / exact_total, 1.0, 0.15);
  EXPECT_EQ(a[0].actor, exact[0].actor);
  EXPECT_TRUE(RankBySampledBetweenness(CompactGraph{}, 10, 1).empty());
}

TEST(RankActorsTest, EmptyGraph) {
  Subgraph g;
  EXPECT_TRUE(RankActors(g, Centrality::kPageRank).empty());
  EXPECT_TRUE(RankActors(g, Centrality::kBetweenness).empty());
}

// A -B- D, A -C- D (C-D stated D->C), A -E- F -D, B -C.
Subgraph PathGraph() {
  Subgraph g;
  for (const char* id : {"F", "E", "D", "C", "B", "A", "Z"}) g.actors.push_back(Actor(id));
  g.edges = {Edge("A", "ask", "B", 5),   Edge("B", "ask", "D", 5), Edge("B", "meet", "D", 2),
             Edge("A", "ask", "C", 1),   Edge("D", "ask", "C", 1), Edge("A", "ask", "E", 9),
             Edge("E", "ask", "F", 9),   Edge("F", "ask", "D", 9), Edge("B", "ask", "C", 1)};
  g.IndexActors();
  return g;
}

std::vector<std::string> Ids(const Subgraph& g, const GraphPath& p) {
  std::vector<std::string> out;
  for (size_t a : p.actors) out.push_back(g.actors[a].id);
  return out;
}

using Ids_ = std::vector<std::string>;

TEST(ShortestPathsTest, FewerHopsFirstThenStrongerEvidence) {
  Subgraph g = PathGraph();
  auto paths = ShortestPaths(g, g.actor_index["A"], g.actor_index["D"], 10, 6);
  ASSERT_EQ(paths.size(), 5u);
  EXPECT_EQ(Ids(g, paths[0]), (Ids_{"A", "B", "D"}));
  EXPECT_EQ(Ids(g, paths[1]), (Ids_{"A", "C", "D"}));
  EXPECT_EQ(Ids(g, paths[2]), (Ids_{"A", "E", "F", "D"}));
  EXPECT_EQ(Ids(g, paths[3]), (Ids_{"A", "C", "B", "D"}));
  EXPECT_EQ(Ids(g, paths[4]), (Ids_{"A", "B", "C", "D"}));
  // A-B carries 5 mentions, B-D 5 + 2: the hop B-D is shown by its strongest edge.
  EXPECT_EQ(paths[0].edges, (std::vector<size_t>{0, 1}));
  EXPECT_DOUBLE_EQ(paths[0].cost, 2 + kEvidenceTieBreak / 6 + kEvidenceTieBreak / 8);
  // The C-D hop follows D->C against its direction.
  EXPECT_EQ(paths[1].edges, (std::vector<size_t>{3, 4}));
  EXPECT_DOUBLE_EQ(paths[2].cost, 3 + 3 * kEvidenceTieBreak / 10);
  for (size_t i = 1; i < paths.size(); ++i) EXPECT_LE(paths[i - 1].cost, paths[i].cost);
}

TEST(ShortestPathsTest, KAndMaxHopsBound) {
  Subgraph g = PathGraph();
  size_t a = g.actor_index["A"], d = g.actor_index["D"];
  auto one = ShortestPaths(g, a, d, 1, 6);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(Ids(g, one[0]), (Ids_{"A", "B", "D"}));
  auto short_only = ShortestPaths(g, a, d, 10, 2);
  ASSERT_EQ(short_only.size(), 2u);
  EXPECT_EQ(Ids(g, short_only[1]), (Ids_{"A", "C", "D"}));
  EXPECT_TRUE(ShortestPaths(g, a, d, 10, 1).empty());
  EXPECT_EQ(ShortestPaths(g, a, d, 10, 0).size(), 5u);  // no bound
  EXPECT_TRUE(ShortestPaths(g, a, d, 0, 6).empty());
}

TEST(ShortestPathsTest, UnreachableAndSameActor) {
  Subgraph g = PathGraph();
  size_t a = g.actor_index["A"], z = g.actor_index["Z"];
  EXPECT_TRUE(ShortestPaths(g, a, z, 3, 6).empty());
  auto self = ShortestPaths(g, a, a, 3, 6);
  ASSERT_EQ(self.size(), 1u);
  EXPECT_EQ(Ids(g, self[0]), (Ids_{"A"}));
  EXPECT_TRUE(self[0].edges.empty());
  EXPECT_EQ(self[0].cost, 0.0);
}

TEST(ShortestPathsTest, EqualCostsComeInActorIdOrder) {
  Subgraph g;
  for (const char* id : {"t", "y", "x", "s"}) g.actors.push_back(Actor(id));
  g.edges = {Edge("s", "ask", "y", 2), Edge("y", "ask", "t", 2), Edge("x", "ask", "s", 2),
             Edge("t", "ask", "x", 2)};
  g.IndexActors();
  auto paths = ShortestPaths(g, g.actor_index["s"], g.actor_index["t"], 5, 4);
  ASSERT_EQ(paths.size(), 2u);
  EXPECT_EQ(Ids(g, paths[0]), (Ids_{"s", "x", "t"}));
  EXPECT_EQ(Ids(g, paths[1]), (Ids_{"s", "y", "t"}));
  EXPECT_EQ(paths[0].cost, paths[1].cost);
}

TEST(ShortestPathsTest, LooplessOnACycle) {
  // A ring of 6: exactly two loopless paths between opposite actors.
  CompactGraph g;
  g.num_actors = 6;
  for (uint32_t i = 0; i < 6; ++i) g.edges.push_back({i, (i + 1) % 6, 1});
  auto paths = ShortestPaths(g, 0, 3, 5, 0);
  ASSERT_EQ(paths.size(), 2u);
  EXPECT_EQ(paths[0].actors, (std::vector<size_t>{0, 1, 2, 3}));
  EXPECT_EQ(paths[1].actors, (std::vector<size_t>{0, 5, 4, 3}));
  EXPECT_EQ(paths[1].edges, (std::vector<size_t>{5, 4, 3}));
}

}  // namespace
}  // namespace geokg
