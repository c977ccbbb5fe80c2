// Graph algorithms over a Subgraph, built on Boost.Graph
// (compressed_sparse_row_graph): centrality, shortest paths, ego networks.
// Owned by the query work (issue 5); declarations here are the contract.
#pragma once

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
std::vector<GraphPath> ShortestPaths(const Subgraph& graph, size_t source, size_t target, int k,
                                     int max_hops);

}  // namespace geokg
