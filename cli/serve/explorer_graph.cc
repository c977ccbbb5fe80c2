// The explorer's ego network (ego_network.h), answered as JSON or drawn as
// a linked SVG.
#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "cli/query_common.h"
#include "cli/serve/api_json.h"
#include "cli/serve/ego_network.h"
#include "cli/serve/explorer_api.h"
#include "cli/serve/svg_render.h"
#include "graph/export.h"

namespace geokg::cli::serve {

struct ExplorerApi::EgoNetwork {
  ActorRecord center;
  int depth = 1;
  Subgraph graph;
  EgoSummary summary;
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

std::string EdgeLink(const EdgeRecord& edge) {
  return "#/edge?s=" + UrlEncode(edge.key.subject) + "&o=" + UrlEncode(edge.key.object) +
         "&p=" + UrlEncode(edge.key.predicate) + "&polarity=" + std::string(ToString(edge.key.polarity)) +
         "&kind=" + std::string(ToString(edge.key.kind));
}

}  // namespace

bool ExplorerApi::CollectEgoNetwork(const std::string& id, const Params& params, const std::string& id_parameter,
                                    EgoNetwork* ego, ApiError* error) {
  std::set<std::string> names = ParamReader::WithFilters({"depth", "max_actors", "max_edges"});
  if (id_parameter != "id") names.insert(id_parameter);
  ParamReader reader(params, names);
  int64_t depth = 1, max_actors = 30, max_edges = 60;
  EdgeFilter filter;
  if (!reader.ReadInt("depth", 0, 2, &depth) || !reader.ReadInt("max_actors", 1, 300, &max_actors) ||
      !reader.ReadInt("max_edges", 1, 500, &max_edges) || !reader.ReadFilter(&filter)) {
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
  const EgoLimits limits{ego->depth, static_cast<size_t>(max_actors), static_cast<size_t>(max_edges)};
  Status status = CollectBoundedEgo(store_, ego->center.id, limits, filter, &ego->graph, &ego->summary);
  if (!status.ok()) {
    *error = ApiError{500, "", status.message(), {}};
    return false;
  }
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
  j["edges_found"] = ego.summary.edges_found;
  j["truncated"] = ego.summary.truncated;
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
  if (ego.summary.truncated) options.title += " (the strongest " + std::to_string(ego.graph.edges.size()) + ")";
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
