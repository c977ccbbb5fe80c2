// Graph algorithms over a Subgraph, built on Boost.Graph
// (compressed_sparse_row_graph): centrality, shortest paths, ego networks.
// Owned by the query work (issue 5); declarations here are the contract.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/status.h"
#include "graph/subgraph.h"

namespace geokg {

enum class Centrality { kDegree, kWeightedDegree, kPageRank, kBetweenness };

struct RankedActor {
  size_t actor = 0;  // index into Subgraph::actors
  double score = 0.0;
};

// Scores every actor of `graph` (sorted by score, descending; ties by id).
// Weighted measures use edge mention counts. PageRank treats sinks as linking
// to every node; betweenness is computed on the undirected graph.
//
// Precisely (self-loops never count):
// - kDegree: the number of distinct other actors linked to the actor by an
//   edge in either direction.
// - kWeightedDegree: the sum of the mentions of the edges in or out of it.
// - kPageRank: PageRank (damping 0.85) of the directed graph subject -> object,
//   one link per distinct (subject, object) pair, the mass of sinks spread over
//   all actors; scores sum to 1 (boost::graph::page_rank, iterated until the
//   L1 change is below 1e-10 or 200 steps).
// - kBetweenness: Brandes betweenness on the undirected simple graph (one link
//   per linked pair), unnormalised, each unordered pair of endpoints counted
//   once (boost::brandes_betweenness_centrality).
// Scores are rounded to 12 significant digits so that equal scores tie exactly.
std::vector<RankedActor> RankActors(const Subgraph& graph, Centrality measure);

// A chain of edges (indices into Subgraph::edges) from one actor to another,
// following edges in either direction.
struct GraphPath {
  std::vector<size_t> actors;  // indices into Subgraph::actors, from source to target
  std::vector<size_t> edges;   // indices into Subgraph::edges, one per hop
  double cost = 0.0;           // sum of hop costs; stronger evidence costs less
};

// Up to `k` loopless shortest paths from `source` to `target` (actor indices)
// of at most `max_hops` hops, cheapest first (Yen's algorithm over Dijkstra).
//
// Paths run over linked pairs of actors: a hop from a to b uses the edges
// between them in either direction, and GraphPath::edges names the one with
// the most mentions (ties: the lowest index). A hop costs
// 1 + kEvidenceTieBreak / (1 + m), m the total mentions of the pair's edges,
// so fewer hops always win and, among as many hops, stronger evidence wins.
// Equal costs are ordered by the sequence of actor ids. max_hops <= 0 means
// no bound; k <= 0 returns nothing; source == target gives the empty path.
std::vector<GraphPath> ShortestPaths(const Subgraph& graph, size_t source, size_t target, int k,
                                     int max_hops);

constexpr double kEvidenceTieBreak = 1.0 / 1024;

// ---- The same algorithms on a compact graph ----
//
// What the CLI builds from one scan of the store for the global questions
// (path, top): actors are numbers 0..num_actors-1 assigned in actor-id order,
// so that "ties by id" is "ties by number"; edges keep only their ends and
// mention count. Subgraph versions above convert to this form.
struct CompactGraph {
  struct Edge {
    uint32_t subject = 0;
    uint32_t object = 0;
    uint64_t mentions = 0;
  };
  size_t num_actors = 0;
  std::vector<Edge> edges;
};

// RankActors over a CompactGraph: RankedActor::actor is an actor number; ties
// by number.
std::vector<RankedActor> RankActors(const CompactGraph& graph, Centrality measure);

// Betweenness estimated from `samples` source actors drawn uniformly without
// replacement (the same ones for the same `seed`): each source's dependencies
// are counted exactly (Brandes) and the sum scaled by actors / samples, an
// unbiased estimate (Brandes and Pich 2007, "Centrality estimation in large
// networks"). With samples >= the number of actors every actor is a source
// and the scores are kBetweenness's exact ones. Sorted and rounded as
// RankActors.
std::vector<RankedActor> RankBySampledBetweenness(const CompactGraph& graph, size_t samples, uint64_t seed);

// ShortestPaths over a CompactGraph: GraphPath::actors are actor numbers and
// GraphPath::edges indices into graph.edges; equal costs are ordered by the
// sequence of actor numbers.
std::vector<GraphPath> ShortestPaths(const CompactGraph& graph, size_t source, size_t target,
                                     int k, int max_hops);

}  // namespace geokg
