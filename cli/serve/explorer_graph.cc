// The explorer's ego network: read (cli/subgraph.h), cut to the strongest
// edges a person can read, and answered as JSON or drawn as a linked SVG.
#include <algorithm>
#include <numeric>
#include <set>
#include <sstream>
#include <tuple>

#include "cli/query_common.h"
#include "cli/serve/api_json.h"
#include "cli/serve/explorer_api.h"
#include "cli/serve/svg_render.h"
#include "cli/subgraph.h"
#include "graph/export.h"

namespace geokg::cli::serve {

struct ExplorerApi::EgoNetwork {
  ActorRecord center;
  int depth = 1;
  Subgraph graph;
  size_t total_edges = 0;  // before the cut
};

namespace {

// Percent-encodes all but the unreserved characters of RFC 3986.
std::string UrlEncode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// Keeps the `max_edges` strongest edges of `graph`, those at `center` first,
// and the actors at their ends (the center always).
void KeepStrongestEdges(const std::string& center, size_t max_edges, Subgraph* graph) {
  if (graph->edges.size() <= max_edges) return;
  std::vector<size_t> order(graph->edges.size());
  std::iota(order.begin(), order.end(), 0);
  auto rank = [&](size_t i) {
    const EdgeRecord& e = graph->edges[i];
    const bool at_center = e.key.subject == center || e.key.object == center;
    return std::make_tuple(!at_center, -static_cast<int64_t>(e.mentions), i);
  };
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(max_edges), order.end(),
                    [&](size_t a, size_t b) { return rank(a) < rank(b); });
  order.resize(max_edges);
  std::sort(order.begin(), order.end());  // the Subgraph's edge order
  std::vector<EdgeRecord> edges;
  std::set<std::string> ids{center};
  for (size_t i : order) {
    ids.insert(graph->edges[i].key.subject);
    ids.insert(graph->edges[i].key.object);
    edges.push_back(std::move(graph->edges[i]));
  }
  std::erase_if(graph->actors, [&](const ActorRecord& a) { return !ids.count(a.id); });
  graph->edges = std::move(edges);
  graph->IndexActors();
}

std::string EdgeLink(const EdgeRecord& edge) {
  return "#/edge?s=" + UrlEncode(edge.key.subject) + "&o=" + UrlEncode(edge.key.object) +
         "&p=" + UrlEncode(edge.key.predicate) + "&polarity=" + std::string(ToString(edge.key.polarity)) +
         "&kind=" + std::string(ToString(edge.key.kind));
}

}  // namespace

bool ExplorerApi::CollectEgoNetwork(const std::string& id, const Params& params, const std::string& id_parameter,
                                    EgoNetwork* ego, ApiError* error) {
  std::set<std::string> names = ParamReader::WithFilters({"depth", "max_edges"});
  if (id_parameter != "id") names.insert(id_parameter);
  ParamReader reader(params, names);
  int64_t depth = 1, max_edges = 60;
  EdgeFilter filter;
  if (!reader.ReadInt("depth", 0, 2, &depth) || !reader.ReadInt("max_edges", 1, 500, &max_edges) ||
      !reader.ReadFilter(&filter)) {
    *error = reader.error();
    return false;
  }
  if (id.empty()) {
    *error = ApiError{400, id_parameter, "parameter '" + id_parameter + "' is required", {}};
    return false;
  }
  auto lock = LockStore();
  if (!FindActor(id, id_parameter, &ego->center, error)) return false;
  ego->depth = static_cast<int>(depth);
  Status status = CollectEgo(store_, ego->center.id, ego->depth, filter, &ego->graph);
  if (!status.ok()) {
    *error = ApiError{500, "", status.message(), {}};
    return false;
  }
  ego->total_edges = ego->graph.edges.size();
  KeepStrongestEdges(ego->center.id, static_cast<size_t>(max_edges), &ego->graph);
  return true;
}

ApiResponse ExplorerApi::Ego(const std::string& id, const Params& params) {
  EgoNetwork ego;
  ApiError error;
  if (!CollectEgoNetwork(id, params, "id", &ego, &error)) return ErrorResponse(error);
  Json j = Json::object();
  j["center"] = ActorBriefJson(ego.center);
  j["depth"] = ego.depth;
  j["actors"] = Json::array();
  for (const auto& actor : ego.graph.actors) j["actors"].push_back(ActorBriefJson(actor));
  j["edges"] = Json::array();
  auto lock = LockStore();
  NameCache names(store_);
  for (const auto& edge : ego.graph.edges) j["edges"].push_back(RelationJson(edge, names));
  j["total_edges"] = ego.total_edges;
  j["truncated"] = ego.total_edges > ego.graph.edges.size();
  return ApiResponse{200, kJsonType, DumpJson(j)};
}

ApiResponse ExplorerApi::EgoSvg(const Params& params) {
  auto it = params.find("actor");
  EgoNetwork ego;
  ApiError error;
  if (!CollectEgoNetwork(it == params.end() ? "" : it->second, params, "actor", &ego, &error)) {
    return ErrorResponse(error);
  }
  DotOptions options;
  options.title = ego.center.name + ": relations within " + std::to_string(ego.depth) +
                  (ego.depth == 1 ? " hop" : " hops");
  if (ego.total_edges > ego.graph.edges.size()) {
    options.title += " (the " + std::to_string(ego.graph.edges.size()) + " strongest of " +
                     std::to_string(ego.total_edges) + ")";
  }
  options.actor_url = [](const ActorRecord& actor) { return "#/actor/" + UrlEncode(actor.id); };
  options.edge_url = EdgeLink;
  std::ostringstream dot;
  Status status = WriteDot(ego.graph, options, dot);
  std::string svg;
  if (status.ok()) {
    const std::string program(LayoutProgram(ChooseLayout(ego.graph, options)));
    status = RenderSvg(program, dot.str(), options_.render_timeout_ms, &svg);
  }
  if (!status.ok()) return ErrorResponse({500, "", status.message(), {}});
  return ApiResponse{200, "image/svg+xml; charset=utf-8", std::move(svg)};
}

}  // namespace geokg::cli::serve
