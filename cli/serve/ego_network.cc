#include "cli/serve/ego_network.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "cli/query_common.h"

namespace geokg::cli::serve {
namespace {

auto KeyTie(const EdgeKey& k) { return std::tie(k.subject, k.predicate, k.object, k.polarity, k.kind); }

// Keeps the `max_edges` strongest of `edges`, those at `center` first.
void KeepStrongest(const std::string& center, size_t max_edges, std::vector<EdgeRecord>* edges) {
  if (edges->size() <= max_edges) return;
  auto rank = [&](const EdgeRecord& e) {
    const bool at_center = e.key.subject == center || e.key.object == center;
    return std::make_tuple(!at_center, -static_cast<int64_t>(e.mentions));
  };
  std::stable_sort(edges->begin(), edges->end(),
                   [&](const EdgeRecord& a, const EdgeRecord& b) { return rank(a) < rank(b); });
  edges->resize(max_edges);
}

// The chosen actors' edges with both ends chosen, each once, admitted by
// `filter` (the date window read from the evidence of these edges only).
Status EdgesAmong(GraphStore& store, const std::set<std::string>& chosen, const EdgeFilter& filter,
                  std::vector<EdgeRecord>* edges) {
  std::vector<EdgeRecord> candidates;
  for (const auto& id : chosen) {
    // Out-edges only: an edge between two chosen actors is the out-edge of one of them.
    Status status = store.ForEachEdgeOf(id, Direction::kOut, [&](const EdgeRecord& e) {
      if (chosen.count(e.key.object) && filter.Matches(e)) candidates.push_back(e);
      return true;
    });
    if (!status.ok()) return status;
  }
  for (auto& edge : candidates) {
    bool admitted = false;
    Status status = AdmitEdge(store, filter, &edge, &admitted);
    if (!status.ok()) return status;
    if (admitted) edges->push_back(std::move(edge));
  }
  return Status::OK();
}

}  // namespace

Status CollectBoundedEgo(GraphStore& store, const std::string& center, const EgoLimits& limits,
                         const EdgeFilter& filter, Subgraph* graph, EgoSummary* summary) {
  *graph = Subgraph();
  *summary = EgoSummary();
  ActorRecord center_record;
  Status status = store.GetActor(center, &center_record);
  if (!status.ok()) return status.IsNotFound() ? Status::NotFound("no actor has the id '" + center + "'") : status;
  std::set<std::string> chosen{center};
  std::vector<std::string> frontier{center};
  for (int d = 0; d < limits.depth && !frontier.empty(); ++d) {
    std::vector<std::string> next;
    for (const auto& id : frontier) {
      std::vector<EdgeRecord> edges;  // strongest first
      if (!(status = CollectEdges(store, id, Direction::kBoth, filter, "", &edges)).ok()) return status;
      for (const auto& e : edges) {
        const std::string& other = e.key.subject == id ? e.key.object : e.key.subject;
        if (chosen.count(other)) continue;
        if (chosen.size() >= limits.max_actors) {
          summary->truncated = true;
          break;
        }
        chosen.insert(other);
        next.push_back(other);
      }
    }
    frontier = std::move(next);
  }
  if (!(status = EdgesAmong(store, chosen, filter, &graph->edges)).ok()) return status;
  summary->edges_found = graph->edges.size();
  if (graph->edges.size() > limits.max_edges) summary->truncated = true;
  KeepStrongest(center, limits.max_edges, &graph->edges);
  std::set<std::string> drawn{center};
  for (const auto& e : graph->edges) drawn.insert({e.key.subject, e.key.object});
  std::vector<std::string> ids(drawn.begin(), drawn.end());
  if (!(status = store.GetActors(ids, &graph->actors)).ok()) return status;
  std::sort(graph->edges.begin(), graph->edges.end(),
            [](const EdgeRecord& a, const EdgeRecord& b) { return KeyTie(a.key) < KeyTie(b.key); });
  graph->IndexActors();
  return Status::OK();
}

}  // namespace geokg::cli::serve
