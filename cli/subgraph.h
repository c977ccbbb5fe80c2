// Reading a part of the GraphStore into a Subgraph: the whole graph under an
// EdgeFilter, the ego network of an actor, the most central actors, and the
// evidence of the edges (for exports that carry it).
//
// Date windows: when the filter has --since/--until bounds, an edge is kept
// only with the evidence dated inside the window, and its counts (mentions,
// articles, sources, modality counts) and first/last dates are recomputed
// from that evidence; --min-count applies to the windowed mentions. Without
// date bounds edges keep the store's counts.
//
// Actors come sorted by id, edges by (subject, predicate, object, polarity,
// kind); Subgraph::actor_index is built.
#pragma once

#include <cstddef>
#include <string>

#include "graph/filter.h"
#include "graph/status.h"
#include "graph/subgraph.h"
#include "store/graph_store.h"

namespace geokg::cli {

// Every edge passing `filter` and the actors at its ends (actors without a
// matching edge are left out).
Status CollectAll(GraphStore& store, const EdgeFilter& filter, Subgraph* graph);

// The ego network of `center` (an actor id): the actors within `depth` hops
// of it along edges passing `filter`, followed in either direction, and every
// such edge between two of them (also between two actors at distance
// `depth`). The center is always in it, alone when no edge matches.
// NotFound when `center` is not an actor.
Status CollectEgo(GraphStore& store, const std::string& center, int depth,
                  const EdgeFilter& filter, Subgraph* graph);

// Keeps the `n` most central actors of `graph` (PageRank; ties by id) and the
// edges between them, with their evidence when present. Nothing changes when
// the graph has at most `n` actors.
void KeepTopActors(size_t n, Subgraph* graph);

// Fills graph->evidence with every edge's evidence, in the store's order,
// limited to the filter's date window when it has one, and graph->articles
// with the records of the articles it cites.
Status AttachEvidence(GraphStore& store, const EdgeFilter& filter, Subgraph* graph);

// With a date window in `filter`: every actor's mentions, articles and
// first/last seen become those of the evidence of graph's edges dated inside
// the window (so no count or date of an export comes from outside it). A
// no-op without date bounds.
Status WindowActorCounts(GraphStore& store, const EdgeFilter& filter, Subgraph* graph);

// What `geokg export` selects: the ego network of `center` when set (else the
// whole graph), then the `top` most central actors when top > 0, actor counts
// windowed (WindowActorCounts), then the evidence when `evidence` is set.
struct Selection {
  std::string center;  // actor id; empty for the whole graph
  int depth = 1;
  size_t top = 0;
  EdgeFilter filter;
  bool evidence = false;
};
Status CollectSubgraph(GraphStore& store, const Selection& selection, Subgraph* graph);

}  // namespace geokg::cli
