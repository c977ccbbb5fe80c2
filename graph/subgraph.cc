#include "graph/subgraph.h"

namespace geokg {

void Subgraph::IndexActors() {
  actor_index.clear();
  actor_index.reserve(actors.size());
  for (size_t i = 0; i < actors.size(); ++i) actor_index.emplace(actors[i].id, i);
}

}  // namespace geokg
