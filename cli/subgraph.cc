#include "cli/subgraph.h"

#include "cli/query_common.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "graph/algorithms.h"

namespace geokg::cli {
namespace {

// A unique string for an edge's identity.
std::string KeyString(const EdgeKey& key) {
  std::string s = key.subject;
  s += '\0';
  s += key.predicate;
  s += '\0';
  s += key.object;
  s += '\0';
  s += static_cast<char>(key.polarity);
  s += static_cast<char>(key.kind);
  return s;
}

bool EdgeLess(const EdgeRecord& a, const EdgeRecord& b) {
  return std::tie(a.key.subject, a.key.predicate, a.key.object, a.key.polarity, a.key.kind) <
         std::tie(b.key.subject, b.key.predicate, b.key.object, b.key.polarity, b.key.kind);
}


// Reads the actors named by `ids` into graph->actors (sorted by id), sorts
// the edges and builds the index.
Status Finish(GraphStore& store, const std::set<std::string>& ids, Subgraph* graph) {
  graph->actors.clear();
  graph->actors.reserve(ids.size());
  for (const auto& id : ids) {
    ActorRecord actor;
    Status status = store.GetActor(id, &actor);
    if (!status.ok()) {
      if (status.IsNotFound()) {
        return Status::Corruption("relation names actor '" + id + "', which is not in the database");
      }
      return status;
    }
    graph->actors.push_back(std::move(actor));
  }
  std::sort(graph->edges.begin(), graph->edges.end(), EdgeLess);
  graph->evidence.clear();
  graph->IndexActors();
  return Status::OK();
}

}  // namespace

Status CollectAll(GraphStore& store, const EdgeFilter& filter, Subgraph* graph) {
  *graph = Subgraph();
  // Read first, admit after: AdmitEdge scans evidence, which must not nest in the edge scan.
  std::vector<EdgeRecord> candidates;
  Status status = store.ForEachEdge([&](const EdgeRecord& edge) {
    if (filter.Matches(edge)) candidates.push_back(edge);
    return true;
  });
  if (!status.ok()) return status;
  std::set<std::string> ids;
  for (auto& edge : candidates) {
    bool admitted = false;
    status = AdmitEdge(store, filter, &edge, &admitted);
    if (!status.ok()) return status;
    if (!admitted) continue;
    ids.insert(edge.key.subject);
    ids.insert(edge.key.object);
    graph->edges.push_back(std::move(edge));
  }
  return Finish(store, ids, graph);
}

Status CollectEgo(GraphStore& store, const std::string& center, int depth,
                  const EdgeFilter& filter, Subgraph* graph) {
  *graph = Subgraph();
  ActorRecord center_actor;
  Status status = store.GetActor(center, &center_actor);
  if (!status.ok()) {
    return status.IsNotFound() ? Status::NotFound("no actor has the id '" + center + "'") : status;
  }
  std::unordered_map<std::string, int> distance{{center, 0}};
  std::unordered_set<std::string> seen;  // edges already decided
  std::vector<std::string> frontier{center};
  for (int d = 0; d <= depth && !frontier.empty(); ++d) {
    std::vector<std::string> next;
    for (const auto& actor : frontier) {
      std::vector<EdgeRecord> candidates;
      status = store.ForEachEdgeOf(actor, Direction::kBoth, [&](const EdgeRecord& edge) {
        if (!seen.count(KeyString(edge.key))) candidates.push_back(edge);
        return true;
      });
      if (!status.ok()) return status;
      for (auto& edge : candidates) {
        std::string key = KeyString(edge.key);
        if (seen.count(key)) continue;  // listed twice (a self-loop)
        const std::string& other = edge.key.subject == actor ? edge.key.object : edge.key.subject;
        // At the last level only edges to actors already in the network count;
        // an edge left out here can be reached from no other actor of it.
        if (d == depth && !distance.count(other)) continue;
        seen.insert(key);
        bool admitted = false;
        status = AdmitEdge(store, filter, &edge, &admitted);
        if (!status.ok()) return status;
        if (!admitted) continue;
        if (!distance.count(other)) {
          distance.emplace(other, d + 1);
          next.push_back(other);
        }
        graph->edges.push_back(std::move(edge));
      }
    }
    frontier = std::move(next);
  }
  std::set<std::string> ids;
  for (const auto& [id, d] : distance) ids.insert(id);
  return Finish(store, ids, graph);
}

void KeepTopActors(size_t n, Subgraph* graph) {
  if (graph->actors.size() <= n) return;
  std::vector<RankedActor> ranked = RankActors(*graph, Centrality::kPageRank);
  std::vector<bool> keep(graph->actors.size(), false);
  for (size_t i = 0; i < n && i < ranked.size(); ++i) keep[ranked[i].actor] = true;

  std::vector<ActorRecord> actors;
  for (size_t i = 0; i < graph->actors.size(); ++i) {
    if (keep[i]) actors.push_back(std::move(graph->actors[i]));
  }
  graph->actors = std::move(actors);
  graph->IndexActors();

  bool has_evidence = graph->evidence.size() == graph->edges.size();
  std::vector<EdgeRecord> edges;
  std::vector<std::vector<EvidenceRecord>> evidence;
  for (size_t i = 0; i < graph->edges.size(); ++i) {
    const EdgeKey& key = graph->edges[i].key;
    if (!graph->actor_index.count(key.subject) || !graph->actor_index.count(key.object)) continue;
    edges.push_back(std::move(graph->edges[i]));
    if (has_evidence) evidence.push_back(std::move(graph->evidence[i]));
  }
  graph->edges = std::move(edges);
  graph->evidence = std::move(evidence);
}

Status AttachEvidence(GraphStore& store, const EdgeFilter& filter, Subgraph* graph) {
  graph->evidence.assign(graph->edges.size(), {});
  for (size_t i = 0; i < graph->edges.size(); ++i) {
    Status status = store.ForEachEvidence(graph->edges[i].key, [&](const EvidenceRecord& ev) {
      if (!filter.HasDateBounds() || filter.DateMatches(ev.date)) graph->evidence[i].push_back(ev);
      return true;
    });
    if (!status.ok()) return status;
  }
  graph->articles.clear();
  for (const auto& pieces : graph->evidence) {
    for (const EvidenceRecord& ev : pieces) {
      if (graph->articles.count(ev.doc)) continue;
      ArticleRecord article;
      Status status = store.GetArticle(ev.doc, &article, nullptr);
      if (!status.ok()) return status;
      graph->articles.emplace(ev.doc, std::move(article));
    }
  }
  return Status::OK();
}

Status WindowActorCounts(GraphStore& store, const EdgeFilter& filter, Subgraph* graph) {
  if (!filter.HasDateBounds()) return Status::OK();
  struct Seen {
    uint64_t mentions = 0;
    std::unordered_set<std::string> docs;
    std::string first, last;
  };
  std::vector<Seen> seen(graph->actors.size());
  auto count = [&](const std::string& id, const EvidenceRecord& ev) {
    auto it = graph->actor_index.find(id);
    if (it == graph->actor_index.end()) return;
    Seen& s = seen[it->second];
    ++s.mentions;
    s.docs.insert(ev.doc);
    if (!ev.date.empty() && (s.first.empty() || ev.date < s.first)) s.first = ev.date;
    if (!ev.date.empty() && ev.date > s.last) s.last = ev.date;
  };
  for (const EdgeRecord& edge : graph->edges) {
    Status status = store.ForEachEvidence(edge.key, [&](const EvidenceRecord& ev) {
      if (!filter.DateMatches(ev.date)) return true;
      count(edge.key.subject, ev);
      if (edge.key.object != edge.key.subject) count(edge.key.object, ev);
      return true;
    });
    if (!status.ok()) return status;
  }
  for (size_t i = 0; i < graph->actors.size(); ++i) {
    ActorRecord& actor = graph->actors[i];
    actor.mentions = seen[i].mentions;
    actor.articles = seen[i].docs.size();
    actor.first_seen = seen[i].first;
    actor.last_seen = seen[i].last;
  }
  return Status::OK();
}

Status CollectSubgraph(GraphStore& store, const Selection& selection, Subgraph* graph) {
  Status status = selection.center.empty()
                      ? CollectAll(store, selection.filter, graph)
                      : CollectEgo(store, selection.center, selection.depth, selection.filter, graph);
  if (!status.ok()) return status;
  if (selection.top > 0) KeepTopActors(selection.top, graph);
  if (status = WindowActorCounts(store, selection.filter, graph); !status.ok()) return status;
  if (selection.evidence) status = AttachEvidence(store, selection.filter, graph);
  return status;
}

}  // namespace geokg::cli
