// Making a Subgraph drawable: parallel relations merged into one edge per
// pair and direction, and a cap that keeps the strongest edges. Used for
// diagrams (DOT, SVG, PNG, PDF) only; the interchange formats keep every
// relation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/subgraph.h"

namespace geokg {

// Replaces the edges from one actor to another (every predicate, polarity and
// kind) by one edge carrying their sum: mentions and modality counts added,
// articles and sources the largest of the parts (a lower bound), dates the
// widest span; CAMEO code, quad class and Goldstein value of the coded part
// with the most mentions; negative only when every part is, an affiliation
// only when every part is. Its predicate reads "N relations: p1, p2, ..."
// (predicates by mentions, at most three named). A pair with one relation
// keeps it unchanged. Edge order: by subject, then object. Evidence is
// dropped (graph->evidence emptied). Returns the number of edges before.
size_t MergeParallelEdges(Subgraph* graph);

// What KeepStrongestEdges left out.
struct EdgeCap {
  size_t edges_before = 0;
  size_t edges_dropped = 0;
  size_t actors_dropped = 0;      // actors left with no kept edge (never `keep_actor`)
  uint64_t weakest_kept = 0;      // the fewest mentions of a kept edge
};

// Keeps the `max_edges` edges with the most mentions (ties: more articles,
// then the earlier edge), in their order, and the actors they touch plus
// `keep_actor` (an id, or empty). Nothing changes when the graph has at most
// `max_edges` edges or max_edges is 0. Evidence, when present, follows its edges.
EdgeCap KeepStrongestEdges(size_t max_edges, const std::string& keep_actor, Subgraph* graph);

}  // namespace geokg
