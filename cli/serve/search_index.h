// The explorer's search over actor names: every actor's id, canonical name
// and aliases, normalised once (NormalizeName: case- and accent-insensitive)
// and held in memory, so that a search as the user types does not read and
// normalise every actor record again.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "store/graph_store.h"

namespace geokg::cli::serve {

struct SearchHit {
  ActorRecord actor;    // without roles
  std::string matched;  // the id, name or alias that matched, as stored
  int rank = 0;         // 0 exact, 1 starts with the query, 2 a word starts with it, 3 contains it
};

class SearchIndex {
 public:
  // Reads every actor of `store`.
  Status Build(GraphStore& store);

  // Up to `limit` actors whose id, name or an alias contains `query`
  // (normalised), best rank first, then most mentions, then id.
  std::vector<SearchHit> Find(const std::string& query, size_t limit) const;

  // Up to `limit` canonical names nearest to `query`, as SuggestNames
  // (cli/actor_lookup.h) finds them but from the index: the actors whose id,
  // name or an alias is within a small edit distance of it (1 up to 4
  // characters, 2 up to 8, 3 beyond), the closest first, then by mentions.
  std::vector<std::string> Suggest(const std::string& query, size_t limit) const;

  size_t size() const { return actors_.size(); }

 private:
  struct Key {
    std::string normalized;
    uint32_t actor;
    uint32_t text;  // index into the actor's names: 0 id, 1 name, 2.. aliases
  };
  std::vector<ActorRecord> actors_;
  std::vector<Key> keys_;
};

}  // namespace geokg::cli::serve
