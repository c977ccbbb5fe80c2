// The network questions: path (k shortest chains of relations between two
// actors), neighbors (the ego network, cli/ego_walk.h) and top (central
// actors). path and top read the filtered graph in one scan into a compact
// graph (graph/algorithms.h).
#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/ego_walk.h"
#include "cli/output.h"
#include "cli/query_common.h"
#include "cli/subgraph.h"

namespace geokg::cli {
namespace {

int Fail(const std::string& command, const Status& status) {
  PrintError(command, status);
  return kExitFailure;
}

// One hop of a path, described by the strongest relation between its actors.
struct Step {
  std::string from, to;
  EdgeRecord edge;          // the strongest relation between from and to
  uint64_t pair_mentions = 0;  // all relations between them
};

// The relations between actors a and b (numbers of `loaded`) passing `filter`,
// strongest first: from the records held in loaded.subgraph when there are
// any (index-aligned with loaded.graph.edges), else by a prefix scan.
Status PairEdges(GraphStore& store, const LoadedGraph& loaded, const EdgeFilter& filter, size_t a,
                 size_t b, std::vector<EdgeRecord>* edges) {
  edges->clear();
  if (loaded.subgraph.edges.empty()) {
    return CollectEdges(store, loaded.ids[a], Direction::kBoth, filter, loaded.ids[b], edges);
  }
  for (size_t i = 0; i < loaded.graph.edges.size(); ++i) {
    const auto& e = loaded.graph.edges[i];
    if ((e.subject == a && e.object == b) || (e.subject == b && e.object == a)) {
      edges->push_back(loaded.subgraph.edges[i]);
    }
  }
  std::sort(edges->begin(), edges->end(), StrongerEdge);
  return Status::OK();
}

// Relations read by the local path search before it gives up for one scan of
// the whole graph; $GEOKG_PATH_LOCAL_BUDGET overrides it (the tests set 0 to
// check that both ways give the same answers).
size_t LocalEdgeBudget() {
  if (const char* env = std::getenv("GEOKG_PATH_LOCAL_BUDGET"); env && *env) {
    return std::strtoull(env, nullptr, 10);
  }
  return 400000;
}

// The k shortest paths found by prefix scans around both ends: balls of
// radius a around `from` and b around `to` are read whole, which makes every
// path of at most a + b + 2 hops known (each of its hops has an end within one
// of the balls); they grow, the smaller frontier first, until Yen's algorithm
// on the known graph finds k paths within that bound or the bound reaches
// max_hops. Fills `loaded` (the known graph, with its edge records in
// loaded.subgraph.edges) and `paths`, and sets *complete; *complete is false
// when the scans would read more than LocalEdgeBudget() relations.
Status LocalPaths(GraphStore& store, const EdgeFilter& filter, const std::string& from,
                  const std::string& to, int k, int max_hops, LoadedGraph* loaded,
                  std::vector<GraphPath>* paths, bool* complete) {
  *complete = false;
  paths->clear();
  std::unordered_map<std::string, std::vector<std::string>> adjacency;  // of scanned actors
  std::vector<EdgeRecord> known;
  size_t read = 0;
  const size_t budget = LocalEdgeBudget();
  // Reads an actor's relations; those to actors scanned before were added then.
  auto scan = [&](const std::string& actor) -> Status {
    if (adjacency.count(actor)) return Status::OK();
    std::vector<EdgeRecord> edges;
    Status status = CollectEdges(store, actor, Direction::kBoth, filter, "", &edges);
    if (!status.ok()) return status;
    read += edges.size();
    auto& neighbours = adjacency[actor];
    for (auto& e : edges) {
      const std::string& other = e.key.subject == actor ? e.key.object : e.key.subject;
      if (other == actor) continue;
      neighbours.push_back(other);
      if (!adjacency.count(other)) known.push_back(std::move(e));
    }
    return Status::OK();
  };
  struct Side {
    std::unordered_map<std::string, int> distance;
    std::vector<std::string> ring;  // the actors at distance radius + 1, not read yet
    int radius = -1;                // the ball of this radius is read
  };
  Side side[2];
  side[0].distance[from] = 0;
  side[0].ring = {from};
  side[1].distance[to] = 0;
  side[1].ring = {to};
  int tried_bound = 0;  // the bound of the last Yen run
  for (;;) {
    // A side without a frontier has read its whole component: every path is known.
    const bool whole = side[0].ring.empty() || side[1].ring.empty();
    const int bound = whole ? max_hops : side[0].radius + side[1].radius + 2;
    // Linked within the bound? Some actor must lie within radius + 1 of both.
    bool linked = whole;
    if (!linked && bound >= 1) {
      const Side& small = side[0].distance.size() <= side[1].distance.size() ? side[0] : side[1];
      const Side& large = &small == &side[0] ? side[1] : side[0];
      for (const auto& [id, d] : small.distance) {
        auto it = large.distance.find(id);
        if (it != large.distance.end() && d + it->second <= bound) {
          linked = true;
          break;
        }
      }
    }
    if (linked && bound > tried_bound) {
      tried_bound = bound;
      // Number the known actors in id order, as the algorithms want.
      *loaded = LoadedGraph();
      std::set<std::string> ids;
      for (const auto& e : known) {
        ids.insert(e.key.subject);
        ids.insert(e.key.object);
      }
      loaded->ids.assign(ids.begin(), ids.end());
      loaded->graph.num_actors = ids.size();
      for (const auto& e : known) {
        loaded->graph.edges.push_back({static_cast<uint32_t>(loaded->Find(e.key.subject)),
                                       static_cast<uint32_t>(loaded->Find(e.key.object)), e.mentions});
      }
      *paths = ShortestPaths(loaded->graph, static_cast<size_t>(loaded->Find(from)),
                             static_cast<size_t>(loaded->Find(to)), k, std::min(bound, max_hops));
      if (static_cast<int>(paths->size()) >= k) break;
    }
    if (bound >= max_hops) break;
    // Grow the side with the smaller frontier (neither is empty here).
    Side& g = side[side[0].ring.size() <= side[1].ring.size() ? 0 : 1];
    std::vector<std::string> next;
    for (const auto& actor : g.ring) {
      if (Status status = scan(actor); !status.ok()) return status;
      if (read > budget) return Status::OK();
      for (const auto& other : adjacency[actor]) {
        if (g.distance.try_emplace(other, g.radius + 2).second) next.push_back(other);
      }
    }
    std::sort(next.begin(), next.end());
    g.ring = std::move(next);
    ++g.radius;
  }
  // `known` only grows: its first records are the graph of the last Yen run.
  known.resize(loaded->graph.edges.size());
  loaded->subgraph.edges = std::move(known);
  *complete = true;
  return Status::OK();
}

}  // namespace

namespace {

// The chains found by `path`, each hop with the relation shown for it.
struct FoundPaths {
  LoadedGraph loaded;
  std::vector<GraphPath> paths;
  std::vector<std::vector<Step>> steps;  // per path, per hop
};

// The k shortest chains from `from` to `to`: read actor by actor near both,
// else from one scan of the whole graph.
Status FindPaths(GraphStore& store, const EdgeFilter& filter, const ActorRecord& from, const ActorRecord& to,
                 int k, int max_hops, FoundPaths* found) {
  if (from.id == to.id) {
    GraphPath self;
    self.actors = {0};
    found->paths.push_back(self);
    found->steps.resize(1);  // no hop
    return Status::OK();
  }
  bool complete = false;
  Status status = LocalPaths(store, filter, from.id, to.id, k, max_hops, &found->loaded, &found->paths, &complete);
  if (status.ok() && !complete) {
    // Too much to read actor by actor: one scan of the whole graph.
    status = LoadGraph(store, filter, &found->loaded);
    const int64_t source = found->loaded.Find(from.id), target = found->loaded.Find(to.id);
    if (status.ok() && source >= 0 && target >= 0) {
      found->paths = ShortestPaths(found->loaded.graph, static_cast<size_t>(source), static_cast<size_t>(target), k,
                                   max_hops);
    }
  }
  if (!status.ok()) return status;
  found->steps.resize(found->paths.size());
  for (size_t p = 0; p < found->paths.size(); ++p) {
    const auto& actors = found->paths[p].actors;
    for (size_t h = 0; h + 1 < actors.size(); ++h) {
      std::vector<EdgeRecord> edges;
      status = PairEdges(store, found->loaded, filter, actors[h], actors[h + 1], &edges);
      if (!status.ok()) return status;
      if (edges.empty()) return Status::Corruption("relation vanished during the query");
      Step step;
      step.from = found->loaded.ids[actors[h]];
      step.to = found->loaded.ids[actors[h + 1]];
      step.edge = edges.front();
      for (const auto& e : edges) step.pair_mentions += e.mentions;
      found->steps[p].push_back(std::move(step));
    }
  }
  return Status::OK();
}

// Writes the chains in the output's format; `actor_ids(p)` lists path p's actors.
void WritePaths(const FoundPaths& found, const std::function<std::vector<std::string>(size_t)>& path_actor_ids,
                NameCache& names, const OutputOptions& output) {
  const auto& paths = found.paths;
  const auto& steps = found.steps;
  if (output.format == Format::kJson || output.format == Format::kJsonl) {
    Json array = Json::array();
    for (size_t p = 0; p < paths.size(); ++p) {
      Json j = {{"path", p + 1}, {"hops", steps[p].size()}};
      j["actors"] = Json::array();
      for (const auto& id : path_actor_ids(p)) j["actors"].push_back({{"id", id}, {"name", names.Name(id)}});
      j["steps"] = Json::array();
      for (const auto& s : steps[p]) {
        j["steps"].push_back({{"from", s.from}, {"to", s.to}, {"relation", RelationJson(s.edge, names)},
                              {"pair_mentions", s.pair_mentions}});
      }
      array.push_back(std::move(j));
    }
    WriteJson(std::cout, array, output.format);
    return;
  }
  if (output.format == Format::kTable) {
    // One line per path: Pakistan -[criticise]-> India <-[meet]- United States
    for (size_t p = 0; p < paths.size(); ++p) {
      std::string line = std::to_string(p + 1) + ". " + names.Name(path_actor_ids(p).front());
      std::string strengths;
      for (const auto& s : steps[p]) {
        const bool forward = s.edge.key.subject == s.from;
        std::string predicate = (s.edge.key.polarity == Polarity::kNegative ? "not " : "") + s.edge.key.predicate;
        line += forward ? " -[" + predicate + "]-> " : " <-[" + predicate + "]- ";
        line += names.Name(s.to);
        strengths += (strengths.empty() ? "" : ", ") + std::to_string(s.edge.mentions);
      }
      if (!steps[p].empty()) {
        line += "   (" + std::to_string(steps[p].size()) + (steps[p].size() == 1 ? " hop" : " hops") +
                "; mentions " + strengths + ")";
      }
      std::cout << TerminalText(line) << "\n";
    }
    return;
  }
  Table table({"path", "hops", "hop", "from", "from_name", "to", "to_name", "subject", "predicate",
               "object", "polarity", "kind", "mentions", "pair_mentions"});
  for (size_t p = 0; p < paths.size(); ++p) {
    for (size_t h = 0; h < steps[p].size(); ++h) {
      const Step& s = steps[p][h];
      table.AddRow({uint64_t{p + 1}, uint64_t{steps[p].size()}, uint64_t{h + 1}, s.from, names.Name(s.from),
                    s.to, names.Name(s.to), s.edge.key.subject, s.edge.key.predicate, s.edge.key.object,
                    std::string(ToString(s.edge.key.polarity)), std::string(ToString(s.edge.key.kind)),
                    s.edge.mentions, s.pair_mentions});
    }
  }
  table.Write(std::cout, output);
}

}  // namespace

int RunPath(int argc, char** argv) {
  cxxopts::Options options(
      "path",
      "The shortest chains of relations linking actor A to actor B, following relations in\n"
      "either direction: fewest hops first, then the strongest evidence (most mentions).\n"
      "Each hop is shown by its strongest relation. Fields (csv/tsv, one row per hop): path,\n"
      "hops, hop, from, from_name, to, to_name, subject, predicate, object, polarity, kind,\n"
      "mentions (of that relation), pair_mentions (of all relations between the two).\n"
      "json: [{path, hops, actors[{id, name}], steps[{from, to, relation, pair_mentions}]}].\n");
  AddNames(options, "A B");
  options.add_options()
      ("k", "how many alternative paths (also --k N)", cxxopts::value<int>()->default_value("3"))
      ("max-hops", "longest chain considered", cxxopts::value<int>()->default_value("6"));
  AddQueryOptions(options);
  // cxxopts reads one-letter options as short ones: accept --k N and --k=N too.
  std::vector<std::string> words(argv, argv + argc);
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "--") break;
    if (words[i] == "--k") words[i] = "-k";
    else if (words[i].rfind("--k=", 0) == 0) words[i] = "-k" + words[i].substr(4);
  }
  std::vector<char*> pointers;
  for (auto& w : words) pointers.push_back(w.data());
  pointers.push_back(nullptr);
  cxxopts::ParseResult args;
  EdgeFilter filter;
  OutputOptions output;
  bool done = false;
  int code = ParseQueryArgs(options, argc, pointers.data(), true, &args, &filter, &output, &done);
  if (done || code != kExitOk) return code;
  const int k = args["k"].as<int>();
  const int max_hops = args["max-hops"].as<int>();
  if (k < 1) return UsageError("path", "--k takes a number >= 1");
  if (max_hops < 1) return UsageError("path", "--max-hops takes a number >= 1");
  const auto names_given = PositionalNames(args);
  if (names_given.size() != 2) return UsageError("path", "give two actor names");
  std::unique_ptr<GraphStore> store;
  if ((code = OpenForQuery("path", args, &store)) != kExitOk) return code;
  ActorRecord from, to;
  if ((code = ResolveOrReport("path", *store, names_given[0], &from)) != kExitOk) return code;
  if ((code = ResolveOrReport("path", *store, names_given[1], &to)) != kExitOk) return code;

  FoundPaths found;
  if (Status status = FindPaths(*store, filter, from, to, k, max_hops, &found); !status.ok()) {
    return Fail("path", status);
  }
  if (found.paths.empty()) {
    const bool filtered = filter.HasDateBounds() || filter.quad || filter.kind || filter.polarity ||
                          !filter.cameo_prefix.empty() || filter.min_count;
    std::cerr << "geokg path: no chain of at most " << max_hops << " relations links " << from.name
              << " and " << to.name << (filtered ? " under these filters" : "") << "\n";
  }
  NameCache names(*store);
  auto path_actor_ids = [&](size_t p) {
    std::vector<std::string> ids;
    if (from.id == to.id) return std::vector<std::string>{from.id};
    for (size_t a : found.paths[p].actors) ids.push_back(found.loaded.ids[a]);
    return ids;
  };
  WritePaths(found, path_actor_ids, names, output);
  return kExitOk;
}

int RunNeighbors(int argc, char** argv) {
  cxxopts::Options options(
      "neighbors",
      "The ego network of actor A: the actors within --depth hops of it, following\n"
      "relations in either direction. Sorted by depth, then link strength. Fields: depth, id,\n"
      "name, type, country, via (the actor one hop closer with the strongest link to it),\n"
      "link_mentions (mentions of its relations with actors one hop closer; 0 for A).\n"
      "--edges lists the network's relations instead, with the fields of 'geokg relations'.\n");
  AddNames(options, "A");
  options.add_options()
      ("depth", "hops from A", cxxopts::value<int>()->default_value("1"))
      ("edges", "list the relations of the ego network instead of its actors")
      ("limit", "print at most N rows (0: all)", cxxopts::value<int64_t>()->default_value("0"));
  AddQueryOptions(options);
  cxxopts::ParseResult args;
  EdgeFilter filter;
  OutputOptions output;
  bool done = false;
  int code = ParseQueryArgs(options, argc, argv, true, &args, &filter, &output, &done);
  if (done || code != kExitOk) return code;
  const int depth = args["depth"].as<int>();
  if (depth < 0) return UsageError("neighbors", "--depth takes a number >= 0");
  size_t limit = 0;
  if (!ReadLimit("neighbors", args, &limit, &code)) return code;
  const auto names_given = PositionalNames(args);
  if (names_given.size() != 1) return UsageError("neighbors", "give one actor name");
  std::unique_ptr<GraphStore> store;
  if ((code = OpenForQuery("neighbors", args, &store)) != kExitOk) return code;
  ActorRecord center;
  if ((code = ResolveOrReport("neighbors", *store, names_given[0], &center)) != kExitOk) return code;
  NameCache names(*store);

  if (args.count("edges")) {
    Subgraph ego;
    Status status = CollectEgo(*store, center.id, depth, filter, &ego);
    if (!status.ok()) return Fail("neighbors", status);
    std::sort(ego.edges.begin(), ego.edges.end(), StrongerEdge);
    if (limit > 0 && ego.edges.size() > limit) ego.edges.resize(limit);
    if (output.format == Format::kJson || output.format == Format::kJsonl) {
      Json array = Json::array();
      for (const auto& e : ego.edges) array.push_back(RelationJson(e, names));
      WriteJson(std::cout, array, output.format);
      return kExitOk;
    }
    Table table(RelationColumns());
    table.HideInTable({"subject", "object", "quad", "goldstein", "sources"});
    for (const auto& e : ego.edges) table.AddRow(RelationRow(e, names));
    table.Write(std::cout, output);
    return kExitOk;
  }

  std::vector<EgoActor> rows;
  Status status = WalkEgo(*store, center.id, depth, filter, limit, &rows);
  if (!status.ok()) return Fail("neighbors", status);
  std::vector<std::string> listed;
  listed.reserve(rows.size());
  for (const auto& r : rows) listed.push_back(r.id);
  names.Prefetch(listed);
  Table table({"depth", "id", "name", "type", "country", "via", "link_mentions"});
  for (const auto& r : rows) {
    const ActorRecord& a = names.Get(r.id);
    table.AddRow({int64_t{r.depth}, r.id, a.name, std::string(ToString(a.type)), a.country,
                  r.via.empty() ? Cell() : Cell(r.via), r.link_mentions});
  }
  table.Write(std::cout, output);
  return kExitOk;
}

namespace {

constexpr size_t kDefaultBetweennessSamples = 256;

// Exact betweenness takes time in actors x links: beyond 1e9 (tens of
// seconds here) `top` estimates it unless told otherwise.
bool ExactBetweennessTooSlow(const CompactGraph& graph) {
  return static_cast<double>(graph.num_actors) * static_cast<double>(graph.edges.size()) > 1e9;
}

}  // namespace

int RunTop(int argc, char** argv) {
  cxxopts::Options options(
      "top",
      "The most central actors of the (filtered) graph. Measures (--by): degree (distinct\n"
      "actors related to), weighted (mentions of its relations), pagerank (directed,\n"
      "subject -> object, sinks spread over all actors; scores sum to 1), betweenness\n"
      "(undirected; exact, in time actors x relations, up to 1e9 of that product;\n"
      "beyond it, or with --samples N, estimated from N sampled source actors:\n"
      "unbiased, the same sources for the same --seed; a note on stderr says so).\n"
      "--type keeps the rows of that type; scores are computed on the whole graph.\n"
      "Fields: rank, id, name, type, country, score.\n");
  options.add_options()
      ("by", "degree, weighted, pagerank or betweenness", cxxopts::value<std::string>()->default_value("pagerank"))
      ("type", "only list actors of this type (country, person, ...)", cxxopts::value<std::string>())
      ("limit", "how many actors (0: all)", cxxopts::value<int64_t>()->default_value("20"))
      ("samples", "betweenness: estimate from N sampled sources (0: exact; default: exact up to "
                  "1e9 actors x relations, else 256)", cxxopts::value<int64_t>())
      ("seed", "betweenness: the seed that draws the sampled sources", cxxopts::value<uint64_t>()->default_value("1"));
  AddQueryOptions(options);
  cxxopts::ParseResult args;
  EdgeFilter filter;
  OutputOptions output;
  bool done = false;
  int code = ParseQueryArgs(options, argc, argv, true, &args, &filter, &output, &done);
  if (done || code != kExitOk) return code;
  static const std::map<std::string, Centrality> kMeasures = {
      {"degree", Centrality::kDegree},           {"weighted", Centrality::kWeightedDegree},
      {"weighted-degree", Centrality::kWeightedDegree}, {"pagerank", Centrality::kPageRank},
      {"betweenness", Centrality::kBetweenness}};
  auto measure = kMeasures.find(args["by"].as<std::string>());
  if (measure == kMeasures.end()) {
    return UsageError("top", "--by takes degree, weighted, pagerank or betweenness");
  }
  std::optional<ActorType> type;
  if (args.count("type")) {
    type = ParseActorType(args["type"].as<std::string>());
    if (!type) {
      return UsageError("top", "--type takes country, government, person, organization, armed_group, party, other "
                               "or sector");
    }
  }
  size_t limit = 0;
  if (!ReadLimit("top", args, &limit, &code)) return code;
  const int64_t samples = args.count("samples") ? args["samples"].as<int64_t>() : -1;  // -1: by size
  if (args.count("samples") && samples < 0) return UsageError("top", "--samples takes a number >= 0");
  std::unique_ptr<GraphStore> store;
  if ((code = OpenForQuery("top", args, &store)) != kExitOk) return code;
  LoadedGraph loaded;
  Status status = LoadGraph(*store, filter, &loaded);
  if (!status.ok()) return Fail("top", status);
  std::vector<RankedActor> ranked;
  const bool sampled = measure->second == Centrality::kBetweenness &&
                       (samples > 0 || (samples < 0 && ExactBetweennessTooSlow(loaded.graph)));
  if (sampled) {
    const size_t sources = samples > 0 ? static_cast<size_t>(samples) : kDefaultBetweennessSamples;
    if (sources < loaded.graph.num_actors) {
      std::cerr << "geokg top: betweenness estimated from " << sources << " sampled source actors of "
                << loaded.graph.num_actors << " (--seed " << args["seed"].as<uint64_t>()
                << "; --samples N for more, --samples 0 for the exact, slow, scores)\n";
    }
    ranked = RankBySampledBetweenness(loaded.graph, sources, args["seed"].as<uint64_t>());
  } else {
    ranked = RankActors(loaded.graph, measure->second);
  }
  NameCache names(*store);
  Table table({"rank", "id", "name", "type", "country", "score"});
  uint64_t rank = 0;
  for (const auto& r : ranked) {
    if (limit > 0 && rank >= limit) break;
    const ActorRecord& a = names.Get(loaded.ids[r.actor]);
    if (type && a.type != *type) continue;
    table.AddRow({++rank, loaded.ids[r.actor], a.name, std::string(ToString(a.type)), a.country, r.score});
  }
  table.Write(std::cout, output);
  return kExitOk;
}

}  // namespace geokg::cli
