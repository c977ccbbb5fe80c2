// The ego network the explorer draws: bounded so that a hub's, or two hops
// through hubs, stays quick to read and readable once drawn.
#pragma once

#include <cstddef>
#include <string>

#include "graph/filter.h"
#include "graph/status.h"
#include "graph/subgraph.h"
#include "store/graph_store.h"

namespace geokg::cli::serve {

struct EgoLimits {
  int depth = 1;            // hops from the center
  size_t max_actors = 30;   // the center included
  size_t max_edges = 60;
};

struct EgoSummary {
  size_t edges_found = 0;   // edges between the chosen actors, before the edge cut
  bool truncated = false;   // actors or edges were left out
};

// The actors within `limits.depth` hops of `center` (an actor id) along
// edges passing `filter` (windowed as AdmitEdge does), chosen breadth first
// and, from each actor, its strongest edges first, until max_actors; then
// every such edge between two chosen actors, cut to the max_edges strongest
// (those at the center first). Actors come sorted by id, edges by key;
// graph->actor_index is built. NotFound when `center` is not an actor.
Status CollectBoundedEgo(GraphStore& store, const std::string& center, const EgoLimits& limits,
                         const EdgeFilter& filter, Subgraph* graph, EgoSummary* summary);

}  // namespace geokg::cli::serve
