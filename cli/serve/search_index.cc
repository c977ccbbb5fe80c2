#include "cli/serve/search_index.h"

#include <algorithm>
#include <tuple>

#include "graph/names.h"

namespace geokg::cli::serve {
namespace {

const std::string& TextOf(const ActorRecord& actor, uint32_t text) {
  if (text == 0) return actor.id;
  if (text == 1) return actor.name;
  return actor.aliases[text - 2];
}

// How `key` contains `query` (both normalised): the SearchHit rank, or -1.
int RankOf(const std::string& key, const std::string& query) {
  const size_t at = key.find(query);
  if (at == std::string::npos) return -1;
  if (key.size() == query.size()) return 0;
  if (at == 0) return 1;
  if (key.find(" " + query) != std::string::npos) return 2;
  return 3;
}

}  // namespace

Status SearchIndex::Build(GraphStore& store) {
  std::vector<ActorRecord> actors;
  Status status = store.ForEachActor([&](const ActorRecord& actor) {
    actors.push_back(actor);
    return true;
  });
  if (!status.ok()) return status;
  std::vector<Key> keys;
  for (uint32_t a = 0; a < actors.size(); ++a) {
    const uint32_t texts = 2 + static_cast<uint32_t>(actors[a].aliases.size());
    for (uint32_t t = 0; t < texts; ++t) {
      std::string normalized = NormalizeName(TextOf(actors[a], t));
      if (!normalized.empty()) keys.push_back({std::move(normalized), a, t});
    }
  }
  actors_ = std::move(actors);
  keys_ = std::move(keys);
  return Status::OK();
}

std::vector<SearchHit> SearchIndex::Find(const std::string& query_text, size_t limit) const {
  const std::string query = NormalizeName(query_text);
  if (query.empty() || limit == 0) return {};
  // The best-ranked key of each matching actor.
  std::vector<std::pair<int, const Key*>> best(actors_.size(), {-1, nullptr});
  for (const Key& key : keys_) {
    const int rank = RankOf(key.normalized, query);
    const int best_rank = best[key.actor].first;
    if (rank >= 0 && (best_rank < 0 || rank < best_rank)) best[key.actor] = {rank, &key};
  }
  std::vector<uint32_t> found;
  for (uint32_t a = 0; a < best.size(); ++a) {
    if (best[a].first >= 0) found.push_back(a);
  }
  auto order = [&](uint32_t a, uint32_t b) {
    return std::make_tuple(best[a].first, -static_cast<int64_t>(actors_[a].mentions), std::cref(actors_[a].id)) <
           std::make_tuple(best[b].first, -static_cast<int64_t>(actors_[b].mentions), std::cref(actors_[b].id));
  };
  const size_t shown = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(shown), found.end(), order);
  std::vector<SearchHit> hits;
  for (size_t i = 0; i < shown; ++i) {
    const uint32_t a = found[i];
    hits.push_back({actors_[a], TextOf(actors_[a], best[a].second->text), best[a].first});
  }
  return hits;
}

}  // namespace geokg::cli::serve
