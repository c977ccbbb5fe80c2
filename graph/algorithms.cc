// Graph algorithms over Boost.Graph's compressed_sparse_row_graph: degree
// measures, PageRank with sinks redistributed, Brandes betweenness on the
// undirected graph, and Yen's k shortest loopless paths over Dijkstra.
#include "graph/algorithms.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <tuple>
#include <unordered_set>
#include <utility>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/property_map/property_map.hpp>

namespace geokg {
namespace {

using Pair = std::pair<uint32_t, uint32_t>;

// Distinct linked pairs without self-loops. Directed: (subject, object) as
// given; undirected: (min, max). Sorted.
std::vector<Pair> SimplePairs(const CompactGraph& graph, bool directed) {
  std::vector<Pair> pairs;
  pairs.reserve(graph.edges.size());
  for (const auto& e : graph.edges) {
    if (e.subject == e.object) continue;
    if (directed) pairs.emplace_back(e.subject, e.object);
    else pairs.emplace_back(std::min(e.subject, e.object), std::max(e.subject, e.object));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

// Rounds to 12 significant digits, so that scores equal in exact arithmetic
// compare equal despite different summation orders.
double RoundSignificant(double x) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  int exponent = static_cast<int>(std::floor(std::log10(std::fabs(x))));
  double scale = std::pow(10.0, 11 - exponent);
  return std::round(x * scale) / scale;
}

std::vector<double> DegreeScores(const CompactGraph& graph) {
  std::vector<double> score(graph.num_actors, 0.0);
  for (const auto& [a, b] : SimplePairs(graph, /*directed=*/false)) {
    score[a] += 1;
    score[b] += 1;
  }
  return score;
}

std::vector<double> WeightedDegreeScores(const CompactGraph& graph) {
  std::vector<double> score(graph.num_actors, 0.0);
  for (const auto& e : graph.edges) {
    if (e.subject == e.object) continue;
    score[e.subject] += static_cast<double>(e.mentions);
    score[e.object] += static_cast<double>(e.mentions);
  }
  return score;
}

// boost::graph::page_rank leaks the rank of sinks (it only spreads rank along
// out-edges) and stops after a fixed count. This Done functor, called by
// page_rank after each step with the new ranks, puts the leaked mass back as
// if every sink linked to every node (damping * sink mass / n on each node),
// then tests convergence. Boost's step adds (1 - damping) per node, so ranks
// converge to n times the normalised PageRank.
struct SinkRedistribution {
  struct State {
    std::vector<char> is_sink;
    std::vector<double> previous;
    double sink_mass = 0.0;
    int calls = 0;
  };
  State* state;
  double damping;
  int max_steps;
  double tolerance;  // on the L1 change, relative to n

  template <typename RankMap, typename Graph>
  bool operator()(const RankMap& rank, const Graph& g) const {
    const size_t n = num_vertices(g);
    if (state->calls > 0) {
      const double share = damping * state->sink_mass / static_cast<double>(n);
      for (size_t v = 0; v < n; ++v) put(rank, v, get(rank, v) + share);
    }
    double change = 0.0, sink_mass = 0.0;
    for (size_t v = 0; v < n; ++v) {
      const double r = get(rank, v);
      change += std::fabs(r - state->previous[v]);
      state->previous[v] = r;
      if (state->is_sink[v]) sink_mass += r;
    }
    state->sink_mass = sink_mass;
    const int step = state->calls++;
    if (step == 0) return false;  // the initial ranks, before any step
    return step >= max_steps || change < tolerance * static_cast<double>(n);
  }
};

std::vector<double> PageRankScores(const CompactGraph& graph) {
  const size_t n = graph.num_actors;
  std::vector<double> rank(n, 0.0);
  if (n == 0) return rank;
  using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                   boost::no_property, boost::no_property, uint32_t,
                                                   uint32_t>;
  std::vector<Pair> pairs = SimplePairs(graph, /*directed=*/true);
  Graph g(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), n);
  SinkRedistribution::State state;
  state.is_sink.assign(n, 0);
  for (size_t v = 0; v < n; ++v) state.is_sink[v] = out_degree(static_cast<uint32_t>(v), g) == 0;
  state.previous.assign(n, 0.0);
  SinkRedistribution done{&state, 0.85, 200, 1e-10};
  std::vector<double> scratch(n, 0.0);
  auto index = get(boost::vertex_index, g);
  boost::graph::page_rank(g, boost::make_iterator_property_map(rank.begin(), index), done, 0.85,
                          n, boost::make_iterator_property_map(scratch.begin(), index));
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0) {
    for (double& r : rank) r /= total;
  }
  return rank;
}

using LinkGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                     boost::no_property, uint32_t, uint32_t>;

// The undirected simple graph as Boost's (directed) CSR graph: each link in
// both directions.
LinkGraph UndirectedLinks(const CompactGraph& graph) {
  std::vector<Pair> pairs = SimplePairs(graph, /*directed=*/false);
  std::vector<Pair> both;
  both.reserve(pairs.size() * 2);
  for (const auto& [a, b] : pairs) {
    both.emplace_back(a, b);
    both.emplace_back(b, a);
  }
  std::sort(both.begin(), both.end());
  return LinkGraph(boost::edges_are_sorted, both.begin(), both.end(), graph.num_actors);
}

std::vector<double> BetweennessScores(const CompactGraph& graph) {
  const size_t n = graph.num_actors;
  std::vector<double> score(n, 0.0);
  if (n == 0) return score;
  // Over the links in both directions Brandes counts every unordered pair
  // twice (s->t, t->s), as Boost itself does before halving for undirected
  // graphs, so we halve.
  const LinkGraph g = UndirectedLinks(graph);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(score.begin(),
                                                                 get(boost::vertex_index, g)))
             .vertex_index_map(get(boost::vertex_index, g)));
  for (double& s : score) s /= 2;
  return score;
}

// Brandes' accumulation from the sampled sources only, over the same
// undirected simple graph as BetweennessScores: a breadth-first search from
// each source counts shortest paths (sigma); walking back from the farthest
// actors, each actor passes its dependency on to the neighbours one step
// closer, in proportion to their path counts.
std::vector<double> SampledBetweennessScores(const CompactGraph& graph, size_t samples, uint64_t seed) {
  const size_t n = graph.num_actors;
  std::vector<double> score(n, 0.0);
  if (n == 0 || samples == 0) return score;
  samples = std::min(samples, n);
  const LinkGraph g = UndirectedLinks(graph);

  // The sources: the first `samples` of a Fisher-Yates shuffle (by hand, so
  // that a seed draws the same actors with any standard library).
  std::vector<uint32_t> actors(n);
  std::iota(actors.begin(), actors.end(), 0u);
  std::mt19937_64 random(seed);
  for (size_t i = 0; i < samples; ++i) std::swap(actors[i], actors[i + random() % (n - i)]);

  std::vector<int64_t> distance(n, -1);
  std::vector<double> sigma(n, 0.0), delta(n, 0.0);
  std::vector<uint32_t> order;  // actors in the order the search reached them
  order.reserve(n);
  for (size_t k = 0; k < samples; ++k) {
    const uint32_t source = actors[k];
    order.clear();
    order.push_back(source);
    distance[source] = 0;
    sigma[source] = 1;
    for (size_t head = 0; head < order.size(); ++head) {
      const uint32_t v = order[head];
      for (auto e : boost::make_iterator_range(out_edges(v, g))) {
        const uint32_t w = target(e, g);
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order.push_back(w);
        }
        if (distance[w] == distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (size_t i = order.size(); i-- > 1;) {
      const uint32_t w = order[i];
      for (auto e : boost::make_iterator_range(out_edges(w, g))) {
        const uint32_t v = target(e, g);
        if (distance[v] == distance[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      score[w] += delta[w];
    }
    for (uint32_t v : order) {
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  // Every source counts each pair from its own end, as in BetweennessScores.
  const double scale = static_cast<double>(n) / static_cast<double>(samples) / 2;
  for (double& s : score) s *= scale;
  return score;
}

// ---- Paths ----

// The undirected pair graph paths run over: one link per linked pair, with
// its hop cost and representative edge.
struct PairGraph {
  struct Link {
    double cost = 0.0;
    uint32_t pair = 0;  // index into `links` (both directions share it)
  };
  using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Link,
                                                   boost::no_property, uint32_t, uint32_t>;
  struct PairInfo {
    uint32_t a = 0, b = 0;   // a < b
    uint64_t mentions = 0;   // all edges between them
    uint64_t best_mentions = 0;
    size_t best_edge = 0;    // representative: most mentions, lowest index
    double cost = 0.0;
  };
  std::vector<PairInfo> pairs;
  Graph g;
};

PairGraph BuildPairGraph(const CompactGraph& graph) {
  PairGraph pg;
  std::vector<std::pair<Pair, size_t>> ends;  // (min, max) -> edge index
  ends.reserve(graph.edges.size());
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const auto& e = graph.edges[i];
    if (e.subject == e.object) continue;
    ends.push_back({{std::min(e.subject, e.object), std::max(e.subject, e.object)}, i});
  }
  std::sort(ends.begin(), ends.end());
  for (size_t i = 0; i < ends.size();) {
    PairGraph::PairInfo info;
    info.a = ends[i].first.first;
    info.b = ends[i].first.second;
    info.best_edge = ends[i].second;
    size_t j = i;
    for (; j < ends.size() && ends[j].first == ends[i].first; ++j) {
      const uint64_t m = graph.edges[ends[j].second].mentions;
      info.mentions += m;
      if (m > info.best_mentions) {  // indices ascend within a pair: first max wins
        info.best_mentions = m;
        info.best_edge = ends[j].second;
      }
    }
    info.cost = 1.0 + kEvidenceTieBreak / (1.0 + static_cast<double>(info.mentions));
    pg.pairs.push_back(info);
    i = j;
  }
  // Both arcs of every pair, grouped by source and sorted by target without a
  // comparison sort: per source, first the arcs to smaller actors (pairs are
  // sorted by (a, b), so the a's of a given b ascend), then those to larger ones.
  std::vector<uint32_t> fill(graph.num_actors + 1, 0);
  for (const auto& info : pg.pairs) {
    ++fill[info.a + 1];
    ++fill[info.b + 1];
  }
  for (size_t v = 1; v < fill.size(); ++v) fill[v] += fill[v - 1];
  std::vector<Pair> arc_ends(pg.pairs.size() * 2);
  std::vector<PairGraph::Link> arc_props(pg.pairs.size() * 2);
  for (int larger_first : {1, 0}) {
    for (uint32_t p = 0; p < pg.pairs.size(); ++p) {
      const auto& info = pg.pairs[p];
      const uint32_t from = larger_first ? info.b : info.a, to = larger_first ? info.a : info.b;
      const uint32_t at = fill[from]++;
      arc_ends[at] = {from, to};
      arc_props[at] = {info.cost, p};
    }
  }
  pg.g = PairGraph::Graph(boost::edges_are_sorted, arc_ends.begin(), arc_ends.end(),
                          arc_props.begin(), graph.num_actors);
  return pg;
}

// Dijkstra from `source` to `target` avoiding blocked actors and pairs, over
// paths of at most `max_hops` hops (<= 0: any). Fills `actors` and `pairs`
// (one per hop) and returns true when a path exists.
class SpurSearch {
 public:
  explicit SpurSearch(const PairGraph& pg)
      : pg_(pg),
        n_(num_vertices(pg.g)),
        blocked_actor_(n_, 0),
        blocked_pair_(pg.pairs.size(), 0),
        distance_(n_),
        predecessor_(n_) {}

  std::vector<char>& blocked_actors() { return blocked_actor_; }
  std::vector<char>& blocked_pairs() { return blocked_pair_; }

  bool Run(uint32_t source, uint32_t target, int max_hops, std::vector<uint32_t>* actors,
           std::vector<uint32_t>* pairs) {
    using Graph = PairGraph::Graph;
    using Edge = boost::graph_traits<Graph>::edge_descriptor;
    struct Keep {
      const PairGraph* pg = nullptr;
      const std::vector<char>* blocked_actor = nullptr;
      const std::vector<char>* blocked_pair = nullptr;
      bool operator()(const Edge& e) const {
        return !(*blocked_pair)[pg->g[e].pair] && !(*blocked_actor)[boost::target(e, pg->g)];
      }
    };
    boost::filtered_graph<Graph, Keep> fg(pg_.g, Keep{&pg_, &blocked_actor_, &blocked_pair_});
    struct Found {};
    // Stops at the target, or once every path left is longer than max_hops
    // (a cost of h hops lies in [h, h + 1/2)).
    struct Visitor : boost::default_dijkstra_visitor {
      uint32_t target;
      double limit;
      const std::vector<double>* distance;
      void examine_vertex(uint32_t u, const boost::filtered_graph<Graph, Keep>&) const {
        if (u == target || (*distance)[u] > limit) throw Found();
      }
    };
    const double limit = max_hops > 0 ? max_hops + 0.5 : std::numeric_limits<double>::max();
    std::fill(distance_.begin(), distance_.end(), std::numeric_limits<double>::max());
    auto index = get(boost::vertex_index, pg_.g);
    try {
      boost::dijkstra_shortest_paths_no_color_map(
          fg, source,
          boost::predecessor_map(boost::make_iterator_property_map(predecessor_.begin(), index))
              .distance_map(boost::make_iterator_property_map(distance_.begin(), index))
              .weight_map(get(&PairGraph::Link::cost, pg_.g))
              .visitor(Visitor{{}, target, limit, &distance_}));
    } catch (const Found&) {
    }
    if (distance_[target] > limit || (target != source && predecessor_[target] == target)) {
      return false;
    }
    actors->clear();
    pairs->clear();
    for (uint32_t v = target; v != source; v = predecessor_[v]) {
      actors->push_back(v);
      pairs->push_back(PairOf(predecessor_[v], v));
    }
    actors->push_back(source);
    std::reverse(actors->begin(), actors->end());
    std::reverse(pairs->begin(), pairs->end());
    return true;
  }

  // The pair linking a and b (they are linked).
  uint32_t PairOf(uint32_t a, uint32_t b) const {
    uint32_t best = 0;
    double best_cost = std::numeric_limits<double>::max();
    for (auto e : boost::make_iterator_range(out_edges(a, pg_.g))) {
      if (boost::target(e, pg_.g) == b && pg_.g[e].cost < best_cost) {
        best_cost = pg_.g[e].cost;
        best = pg_.g[e].pair;
      }
    }
    return best;
  }

 private:
  const PairGraph& pg_;
  size_t n_;
  std::vector<char> blocked_actor_;
  std::vector<char> blocked_pair_;
  std::vector<double> distance_;
  std::vector<uint32_t> predecessor_;
};

struct Candidate {
  int64_t cost_key = 0;  // cost in units of 1e-9, so equal costs compare equal
  std::vector<uint32_t> actors;
  std::vector<uint32_t> pairs;
  bool operator<(const Candidate& o) const {
    return std::tie(cost_key, actors) < std::tie(o.cost_key, o.actors);
  }
};

double PathCost(const PairGraph& pg, const std::vector<uint32_t>& pairs) {
  double cost = 0.0;
  for (uint32_t p : pairs) cost += pg.pairs[p].cost;
  return cost;
}

Candidate MakeCandidate(const PairGraph& pg, std::vector<uint32_t> actors,
                        std::vector<uint32_t> pairs) {
  Candidate c;
  c.cost_key = std::llround(PathCost(pg, pairs) * 1e9);
  c.actors = std::move(actors);
  c.pairs = std::move(pairs);
  return c;
}

// Subgraph -> CompactGraph with actors numbered in id order; `order[i]` is the
// Subgraph index of actor number i.
CompactGraph ToCompact(const Subgraph& graph, std::vector<size_t>* order) {
  order->resize(graph.actors.size());
  std::iota(order->begin(), order->end(), size_t{0});
  std::sort(order->begin(), order->end(),
            [&](size_t a, size_t b) { return graph.actors[a].id < graph.actors[b].id; });
  std::vector<uint32_t> number(graph.actors.size());
  for (size_t i = 0; i < order->size(); ++i) number[(*order)[i]] = static_cast<uint32_t>(i);
  std::unordered_map<std::string, size_t> local;
  const std::unordered_map<std::string, size_t>* index = &graph.actor_index;
  if (index->size() != graph.actors.size()) {
    for (size_t i = 0; i < graph.actors.size(); ++i) local.emplace(graph.actors[i].id, i);
    index = &local;
  }
  CompactGraph compact;
  compact.num_actors = graph.actors.size();
  compact.edges.reserve(graph.edges.size());
  for (const auto& e : graph.edges) {
    auto s = index->find(e.key.subject);
    auto o = index->find(e.key.object);
    CompactGraph::Edge ce;
    // Subgraph promises both ends are actors; an edge that breaks it becomes a
    // self-loop of actor 0, which no algorithm counts.
    if (s != index->end() && o != index->end()) {
      ce.subject = number[s->second];
      ce.object = number[o->second];
    }
    ce.mentions = e.mentions;
    compact.edges.push_back(ce);
  }
  return compact;
}

// Actors by score, descending (ties by number), scores rounded.
std::vector<RankedActor> Ranked(const std::vector<double>& scores) {
  std::vector<RankedActor> ranked(scores.size());
  for (size_t i = 0; i < ranked.size(); ++i) ranked[i] = {i, RoundSignificant(scores[i])};
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const RankedActor& a, const RankedActor& b) { return a.score > b.score; });
  return ranked;
}

}  // namespace

std::vector<RankedActor> RankActors(const CompactGraph& graph, Centrality measure) {
  switch (measure) {
    case Centrality::kDegree: return Ranked(DegreeScores(graph));
    case Centrality::kWeightedDegree: return Ranked(WeightedDegreeScores(graph));
    case Centrality::kPageRank: return Ranked(PageRankScores(graph));
    case Centrality::kBetweenness: return Ranked(BetweennessScores(graph));
  }
  return {};
}

std::vector<RankedActor> RankBySampledBetweenness(const CompactGraph& graph, size_t samples, uint64_t seed) {
  return Ranked(SampledBetweennessScores(graph, samples, seed));
}

std::vector<RankedActor> RankActors(const Subgraph& graph, Centrality measure) {
  std::vector<size_t> order;
  std::vector<RankedActor> ranked = RankActors(ToCompact(graph, &order), measure);
  for (auto& r : ranked) r.actor = order[r.actor];
  return ranked;
}

std::vector<GraphPath> ShortestPaths(const CompactGraph& graph, size_t source, size_t target,
                                     int k, int max_hops) {
  std::vector<GraphPath> result;
  if (k <= 0 || source >= graph.num_actors || target >= graph.num_actors) return result;
  if (source == target) {
    GraphPath empty;
    empty.actors = {source};
    result.push_back(empty);
    return result;
  }
  const PairGraph pg = BuildPairGraph(graph);
  SpurSearch search(pg);
  const auto s = static_cast<uint32_t>(source), t = static_cast<uint32_t>(target);

  std::vector<Candidate> found;  // Yen's A
  std::set<Candidate> candidates;  // Yen's B
  std::set<std::vector<uint32_t>> seen;  // actor sequences in A or B
  std::vector<uint32_t> actors, pairs;
  if (!search.Run(s, t, max_hops, &actors, &pairs)) return result;
  found.push_back(MakeCandidate(pg, actors, pairs));
  seen.insert(found.back().actors);

  while (static_cast<int>(found.size()) < k) {
    const Candidate previous = found.back();
    for (size_t i = 0; i + 1 < previous.actors.size(); ++i) {
      const uint32_t spur = previous.actors[i];
      const std::vector<uint32_t> root_actors(previous.actors.begin(),
                                              previous.actors.begin() + static_cast<long>(i) + 1);
      const std::vector<uint32_t> root_pairs(previous.pairs.begin(),
                                             previous.pairs.begin() + static_cast<long>(i));
      // Block the next hop of every found path sharing this root, and the
      // root's actors before the spur (paths stay loopless).
      std::vector<uint32_t> blocked_pairs;
      for (const auto& p : found) {
        if (p.actors.size() > i + 1 && std::equal(root_actors.begin(), root_actors.end(),
                                                  p.actors.begin())) {
          blocked_pairs.push_back(p.pairs[i]);
        }
      }
      for (uint32_t p : blocked_pairs) search.blocked_pairs()[p] = 1;
      for (size_t j = 0; j < i; ++j) search.blocked_actors()[root_actors[j]] = 1;
      const int budget = max_hops > 0 ? max_hops - static_cast<int>(i) : 0;
      bool ok = (max_hops <= 0 || budget > 0) && search.Run(spur, t, budget, &actors, &pairs);
      for (uint32_t p : blocked_pairs) search.blocked_pairs()[p] = 0;
      for (size_t j = 0; j < i; ++j) search.blocked_actors()[root_actors[j]] = 0;
      if (!ok) continue;
      std::vector<uint32_t> total_actors = root_actors;
      total_actors.insert(total_actors.end(), actors.begin() + 1, actors.end());
      std::vector<uint32_t> total_pairs = root_pairs;
      total_pairs.insert(total_pairs.end(), pairs.begin(), pairs.end());
      if (seen.insert(total_actors).second) {
        candidates.insert(MakeCandidate(pg, std::move(total_actors), std::move(total_pairs)));
      }
    }
    if (candidates.empty()) break;
    found.push_back(*candidates.begin());
    candidates.erase(candidates.begin());
  }

  // Yen finds paths in nondecreasing cost; order equal costs by actor sequence.
  std::stable_sort(found.begin(), found.end());
  for (const auto& c : found) {
    GraphPath path;
    path.actors.assign(c.actors.begin(), c.actors.end());
    for (uint32_t p : c.pairs) path.edges.push_back(pg.pairs[p].best_edge);
    path.cost = PathCost(pg, c.pairs);
    result.push_back(std::move(path));
  }
  return result;
}

std::vector<GraphPath> ShortestPaths(const Subgraph& graph, size_t source, size_t target, int k,
                                     int max_hops) {
  std::vector<size_t> order;
  CompactGraph compact = ToCompact(graph, &order);
  std::vector<size_t> number(order.size());
  for (size_t i = 0; i < order.size(); ++i) number[order[i]] = i;
  if (source >= number.size() || target >= number.size()) return {};
  std::vector<GraphPath> paths = ShortestPaths(compact, number[source], number[target], k, max_hops);
  for (auto& path : paths) {
    for (auto& a : path.actors) a = order[a];
  }
  return paths;
}

}  // namespace geokg
