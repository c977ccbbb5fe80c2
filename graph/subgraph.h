// Subgraph: a selection of actors and edges held in memory, what exporters
// write and global algorithms read.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"

namespace geokg {

struct Subgraph {
  std::vector<ActorRecord> actors;
  std::vector<EdgeRecord> edges;  // both ends are in `actors`
  // Evidence per edge (same index as `edges`); filled only when asked for.
  std::vector<std::vector<EvidenceRecord>> evidence;
  // The articles that evidence cites, by id; filled with `evidence`.
  std::unordered_map<std::string, ArticleRecord> articles;

  // Index of an actor id in `actors`, built by IndexActors().
  std::unordered_map<std::string, size_t> actor_index;
  void IndexActors();
};

}  // namespace geokg
