// What the query subcommands (actors, actor, relations, path, neighbors, top,
// timeline) share: opening the database for reading, resolving names to exit
// codes, the date window applied to edges, relation rows, and the compact
// graph that global questions read in one scan.
#pragma once

#include <cxxopts.hpp>
#include <memory>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/output.h"
#include "graph/algorithms.h"
#include "graph/filter.h"
#include "graph/model.h"
#include "store/graph_store.h"

namespace geokg::cli {

// Prints "geokg <command>: <message>" and a pointer to --help on stderr;
// returns kExitUsage.
int UsageError(const std::string& command, const std::string& message);

// Reads --limit into *limit (0: no limit). A negative value is a usage error,
// printed, with its exit code in *exit_code.
bool ReadLimit(const std::string& command, const cxxopts::ParseResult& args, size_t* limit, int* exit_code);

// The positional "names" option: AddNames declares it (with `help` for the
// usage line), PositionalNames reads what was given.
void AddNames(cxxopts::Options& options, const std::string& help);
std::vector<std::string> PositionalNames(const cxxopts::ParseResult& args);

// Opens the database at --db for reading. On failure prints the message
// ("geokg <command>: ...") and returns the exit code (1): missing path, held
// by another process, not a geokg database, or empty (no actor). kExitOk on success.
int OpenForQuery(const std::string& command, const cxxopts::ParseResult& args,
                 std::unique_ptr<GraphStore>* store);

// LookupActor with its failure printed; returns kExitOk, kExitUsage (unknown
// or ambiguous name) or kExitFailure (the store failed).
int ResolveOrReport(const std::string& command, GraphStore& store, const std::string& name,
                    ActorRecord* actor);

// Adds the options every graph question shares, after its own: the filters
// (AddFilterOptions), --format/--no-header, --db and --help.
void AddQueryOptions(cxxopts::Options& options);

// Parses the arguments, filters (when `filters`) and output options; on
// failure prints and returns the exit code, else kExitOk. --help prints and
// returns kExitOk with *done set.
int ParseQueryArgs(cxxopts::Options& options, int argc, char** argv, bool filters,
                   cxxopts::ParseResult* args, EdgeFilter* filter, OutputOptions* output, bool* done);

// Applies `filter` to one edge, with the date window of cli/subgraph.h: with
// --since/--until bounds the edge keeps only the evidence dated inside the
// window and its counts and dates are recomputed from it (--min-count then
// applies to the windowed mentions). Sets *admitted.
Status AdmitEdge(GraphStore& store, const EdgeFilter& filter, EdgeRecord* edge, bool* admitted);

// Calls `fn` for each edge of `actor` (direction as given) that passes
// `filter` (AdmitEdge), in no set order, until it returns false.
Status ForEachAdmittedEdge(GraphStore& store, const std::string& actor, Direction direction,
                           const EdgeFilter& filter, const std::function<bool(const EdgeRecord&)>& fn);

// The edges of `actor` (direction as given) that pass `filter` (AdmitEdge),
// each once (a self-loop is not listed twice), sorted by mentions descending
// then by key. When `other` is non-empty only edges with that actor at the
// other end.
Status CollectEdges(GraphStore& store, const std::string& actor, Direction direction,
                    const EdgeFilter& filter, const std::string& other, std::vector<EdgeRecord>* edges);

// Orders edges by mentions descending, then subject, predicate, object, polarity, kind.
bool StrongerEdge(const EdgeRecord& a, const EdgeRecord& b);

// The most frequent modality of an edge (ties: the first in enum order;
// asserted when it has no counts).
Modality DominantModality(const EdgeRecord& edge);

// Actor records by id for display (name, type, country; no roles), read from
// the store on first use (an empty record for an id the store does not know).
class NameCache {
 public:
  explicit NameCache(GraphStore& store) : store_(store) {}
  const ActorRecord& Get(const std::string& id);
  const std::string& Name(const std::string& id) { return Get(id).name; }
  // Reads the records of `ids` not cached yet in one batch (before listing many).
  void Prefetch(const std::vector<std::string>& ids);

 private:
  GraphStore& store_;
  std::unordered_map<std::string, ActorRecord> cache_;
};

// The columns of a relation row, in every format:
// subject, subject_name, predicate, object, object_name, polarity, kind,
// modality, cameo, quad, goldstein, mentions, articles, sources, first_date, last_date.
std::vector<std::string> RelationColumns();
std::vector<Cell> RelationRow(const EdgeRecord& edge, NameCache& names);
// The same as a JSON object (plus modality_counts).
Json RelationJson(const EdgeRecord& edge, NameCache& names);

// An actor's profile as `geokg actor --format json` prints it: {id, name,
// type, country, aliases, roles[{title, org, org_name, first_seen,
// last_seen}], first_seen, last_seen, mentions, articles, outgoing[relation],
// incoming[relation]} with relations as RelationJson.
Json ProfileJson(const ActorRecord& actor, const std::vector<EdgeRecord>& outgoing,
                 const std::vector<EdgeRecord>& incoming, NameCache& names);

// The graph of every edge passing `filter`, read in one scan, for the global
// questions. Actors are the ends of those edges, numbered in id order
// (ids[i] is actor i). With date bounds it is built from CollectAll (windowed
// counts, slower); `subgraph` then holds the edges, index-aligned with
// graph.edges, and stays empty otherwise.
struct LoadedGraph {
  CompactGraph graph;
  std::vector<std::string> ids;
  Subgraph subgraph;
  // The number of `id`, or -1.
  int64_t Find(const std::string& id) const;
};
Status LoadGraph(GraphStore& store, const EdgeFilter& filter, LoadedGraph* loaded);

// "2023-05" for "2023-05-17"; "" for a date without a valid year and month.
std::string MonthOf(const std::string& date);

}  // namespace geokg::cli
