// The explorer's API: the handlers behind `geokg serve`, independent of
// HTTP (http_server.h routes requests to them; tests call them directly).
// Each takes the request's query parameters, validates every one
// (api_params.h), reads the store and answers JSON, or SVG for the drawing.
//
// Errors are JSON objects {"error": message, "parameter": name or null,
// "suggestions": [names]}: 400 for a bad or unknown parameter, 404 for an
// unknown actor (with the nearest names) or edge, 409 for an ambiguous name,
// 500 when the store or Graphviz fails.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "cli/serve/api_params.h"
#include "cli/serve/search_index.h"
#include "graph/model.h"
#include "store/graph_store.h"

namespace geokg::cli::serve {

struct ApiResponse {
  int status = 200;
  std::string content_type;
  std::string body;
};

struct ExplorerOptions {
  // Readers see the writer's commits after a Refresh: done before a request
  // when the last one is older than this (0: before every request).
  std::chrono::milliseconds refresh_interval{2000};
  // The search index (names and aliases of every actor) is rebuilt on a
  // search when older than this.
  std::chrono::milliseconds index_max_age{60000};
  // A Graphviz layout running longer than this is stopped (the drawing fails with 500).
  int render_timeout_ms = 20000;
};

class ExplorerApi {
 public:
  // `store` is read only, from one request at a time (the store is not
  // thread-safe); the handlers may be called from any number of threads.
  explicit ExplorerApi(GraphStore& store, ExplorerOptions options = ExplorerOptions());

  // /api/search?q=TEXT[&limit=N]: actors whose id, name or an alias contains
  // TEXT (case- and accent-insensitive), exact matches first, then by
  // mentions; "suggestions" holds the nearest names when nothing contains it.
  ApiResponse Search(const Params& params);
  // /api/actor/ID[?limit=N&filters]: the profile of `geokg actor --format json`.
  ApiResponse Actor(const std::string& id, const Params& params);
  // /api/ego/ID[?depth=&max_actors=&max_edges=&filters]: the ego network
  // (ego_network.h) as JSON {center, depth, actors[], edges[relation],
  // edges_found, truncated}.
  ApiResponse Ego(const std::string& id, const Params& params);
  // /graph.svg?actor=ID[&depth=&max_actors=&max_edges=&filters]: the same network drawn
  // by Graphviz; actors link to "#/actor/ID", edges to "#/edge?s=&o=&p=&polarity=&kind=".
  ApiResponse EgoSvg(const Params& params);
  // /api/edge?s=ID&o=ID[&p=&polarity=&kind=&since=&until=&limit=]: the
  // relations from s to o (all predicates unless p is given), each with its
  // evidence: sentence, article id, title, date, source and URL.
  ApiResponse Edge(const Params& params);
  // /api/timeline?a=ID[&b=ID&filters]: mentions by month and quad class, as
  // `geokg timeline`.
  ApiResponse Timeline(const Params& params);

 private:
  struct EgoNetwork;
  // Locks the store, refreshing it first when the interval has passed.
  std::unique_lock<std::mutex> LockStore();
  // Builds the search index when missing or older than index_max_age (store locked).
  Status FreshIndex();
  // Reads the actor that `name` (an id, else a name or alias) names (store locked).
  bool FindActor(const std::string& name, const std::string& parameter, ActorRecord* actor, ApiError* error);
  bool CollectEgoNetwork(const std::string& id, const Params& params, const std::string& id_parameter,
                         EgoNetwork* ego, ApiError* error);

  GraphStore& store_;
  ExplorerOptions options_;
  std::mutex mutex_;  // guards store_, index_ and the times
  std::chrono::steady_clock::time_point last_refresh_;
  SearchIndex index_;
  std::chrono::steady_clock::time_point index_built_;
  bool index_ready_ = false;
};

// An ApiError as its JSON response.
ApiResponse ErrorResponse(const ApiError& error);

}  // namespace geokg::cli::serve
