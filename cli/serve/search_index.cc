#include "cli/serve/search_index.h"

#include <algorithm>
#include <tuple>

#include "cli/actor_lookup.h"
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

// Code points in UTF-8 text.
size_t DisplayLength(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
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

std::vector<std::string> SearchIndex::Suggest(const std::string& query_text, size_t limit) const {
  const std::string query = NormalizeName(query_text);
  const size_t length = DisplayLength(query);
  const size_t max_distance = length <= 4 ? 1 : length <= 8 ? 2 : 3;
  std::vector<size_t> best(actors_.size(), max_distance + 1);
  for (const Key& key : keys_) {
    const size_t key_length = DisplayLength(key.normalized);
    if ((key_length > length ? key_length - length : length - key_length) > max_distance) continue;
    best[key.actor] = std::min(best[key.actor], EditDistance(query, key.normalized));
  }
  std::vector<std::tuple<size_t, int64_t, const std::string*>> close;  // distance, -mentions, name
  for (uint32_t a = 0; a < actors_.size(); ++a) {
    if (best[a] <= max_distance) close.emplace_back(best[a], -static_cast<int64_t>(actors_[a].mentions), &actors_[a].name);
  }
  std::sort(close.begin(), close.end(), [](const auto& x, const auto& y) {
    return std::tie(std::get<0>(x), std::get<1>(x), *std::get<2>(x)) < std::tie(std::get<0>(y), std::get<1>(y), *std::get<2>(y));
  });
  std::vector<std::string> names;
  for (const auto& entry : close) {
    if (names.size() >= limit) break;
    const std::string& name = *std::get<2>(entry);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

}  // namespace geokg::cli::serve
