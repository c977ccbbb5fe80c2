#include "graph/diagram.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

namespace geokg {
namespace {

// "N relations: p1, p2, p3" or "N relations: p1, p2, p3, ..." for the parts
// in `order` (by mentions, most first).
std::string MergedPredicate(const std::vector<const EdgeRecord*>& order) {
  constexpr size_t kNamed = 3;
  std::string text = std::to_string(order.size()) + " relations: ";
  for (size_t i = 0; i < order.size() && i < kNamed; ++i) text += (i ? ", " : "") + order[i]->key.predicate;
  if (order.size() > kNamed) text += ", ...";
  return text;
}

EdgeRecord Merge(std::vector<const EdgeRecord*> parts) {
  std::stable_sort(parts.begin(), parts.end(),
                   [](const EdgeRecord* a, const EdgeRecord* b) { return a->mentions > b->mentions; });
  EdgeRecord merged;
  merged.key.subject = parts.front()->key.subject;
  merged.key.object = parts.front()->key.object;
  merged.key.predicate = MergedPredicate(parts);
  merged.key.polarity = Polarity::kNegative;
  merged.key.kind = RelationKind::kAffiliation;
  const EdgeRecord* coded = nullptr;
  for (const EdgeRecord* part : parts) {
    if (part->key.polarity != Polarity::kNegative) merged.key.polarity = Polarity::kPositive;
    if (part->key.kind != RelationKind::kAffiliation) merged.key.kind = RelationKind::kEvent;
    if (!coded && !part->cameo.empty()) coded = part;
    merged.mentions += part->mentions;
    merged.articles = std::max(merged.articles, part->articles);
    merged.sources = std::max(merged.sources, part->sources);
    for (size_t m = 0; m < merged.modality_counts.size(); ++m) merged.modality_counts[m] += part->modality_counts[m];
    if (!part->first_date.empty() && (merged.first_date.empty() || part->first_date < merged.first_date)) {
      merged.first_date = part->first_date;
    }
    if (part->last_date > merged.last_date) merged.last_date = part->last_date;
  }
  if (coded && merged.key.kind == RelationKind::kEvent) {
    merged.cameo = coded->cameo;
    merged.quad = coded->quad;
    merged.goldstein = coded->goldstein;
  }
  return merged;
}

}  // namespace

size_t MergeParallelEdges(Subgraph* graph) {
  size_t before = graph->edges.size();
  std::map<std::pair<std::string, std::string>, std::vector<const EdgeRecord*>> pairs;
  for (const EdgeRecord& edge : graph->edges) pairs[{edge.key.subject, edge.key.object}].push_back(&edge);
  std::vector<EdgeRecord> merged;
  merged.reserve(pairs.size());
  for (auto& [ends, parts] : pairs) merged.push_back(parts.size() == 1 ? *parts.front() : Merge(std::move(parts)));
  graph->edges = std::move(merged);
  graph->evidence.clear();
  return before;
}

EdgeCap KeepStrongestEdges(size_t max_edges, const std::string& keep_actor, Subgraph* graph) {
  EdgeCap cap;
  cap.edges_before = graph->edges.size();
  if (max_edges == 0 || graph->edges.size() <= max_edges) return cap;
  std::vector<size_t> order(graph->edges.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const EdgeRecord& x = graph->edges[a];
    const EdgeRecord& y = graph->edges[b];
    return x.mentions != y.mentions ? x.mentions > y.mentions : x.articles > y.articles;
  });
  std::vector<bool> keep(graph->edges.size(), false);
  for (size_t i = 0; i < max_edges; ++i) keep[order[i]] = true;
  cap.weakest_kept = graph->edges[order[max_edges - 1]].mentions;

  bool has_evidence = graph->evidence.size() == graph->edges.size();
  std::vector<EdgeRecord> edges;
  std::vector<std::vector<EvidenceRecord>> evidence;
  std::vector<bool> touched(graph->actors.size(), false);
  for (size_t i = 0; i < graph->edges.size(); ++i) {
    if (!keep[i]) continue;
    for (const std::string* end : {&graph->edges[i].key.subject, &graph->edges[i].key.object}) {
      auto it = graph->actor_index.find(*end);
      if (it != graph->actor_index.end()) touched[it->second] = true;
    }
    edges.push_back(std::move(graph->edges[i]));
    if (has_evidence) evidence.push_back(std::move(graph->evidence[i]));
  }
  cap.edges_dropped = graph->edges.size() - edges.size();
  graph->edges = std::move(edges);
  graph->evidence = std::move(evidence);

  std::vector<ActorRecord> actors;
  for (size_t i = 0; i < graph->actors.size(); ++i) {
    if (touched[i] || graph->actors[i].id == keep_actor) actors.push_back(std::move(graph->actors[i]));
  }
  cap.actors_dropped = graph->actors.size() - actors.size();
  graph->actors = std::move(actors);
  graph->IndexActors();
  return cap;
}

}  // namespace geokg
