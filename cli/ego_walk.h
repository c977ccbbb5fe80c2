// The actors of an ego network with how they are reached (geokg neighbors):
// a breadth-first walk over store-local actor numbers and Links
// (store/graph_store.h), so that a walk touching millions of relations
// allocates nothing per relation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/filter.h"
#include "graph/status.h"
#include "store/graph_store.h"

namespace geokg::cli {

struct EgoActor {
  std::string id;
  int depth = 0;
  // The actor one hop closer with the most mentions of relations with this
  // one (ties: the smallest id); empty for the center.
  std::string via;
  // Mentions of its relations with actors one hop closer; 0 for the center.
  uint64_t link_mentions = 0;
};

// The actors within `depth` hops of `center` (an actor id) along relations
// passing `filter`, followed in either direction, sorted by depth, then
// link_mentions (descending), then id. With limit > 0 only the first `limit`
// of them; the walk then stops at the first level whose closer levels already
// hold `limit` actors (their rows are final by then). NotFound when `center`
// is not an actor.
//
// Without filters the links come from the link summary
// (GraphStore::ForEachLinkOf), one batch per level; with filters from ForEachAdmittedEdge of each actor (the
// date window and the other filters need the whole record).
Status WalkEgo(GraphStore& store, const std::string& center, int depth, const EdgeFilter& filter, size_t limit,
               std::vector<EgoActor>* actors);

}  // namespace geokg::cli
