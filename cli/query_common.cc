#include "cli/query_common.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iostream>
#include <set>
#include <string_view>
#include <tuple>

#include "cli/actor_lookup.h"
#include "cli/common.h"
#include "cli/subgraph.h"
#include "graph/cameo.h"

namespace geokg::cli {

int UsageError(const std::string& command, const std::string& message) {
  std::cerr << "geokg " << command << ": " << message << "\n"
            << "Try 'geokg " << command << " --help'.\n";
  return kExitUsage;
}

bool ReadLimit(const std::string& command, const cxxopts::ParseResult& args, size_t* limit, int* exit_code) {
  const int64_t value = args["limit"].as<int64_t>();
  if (value < 0) {
    *exit_code = UsageError(command, "--limit takes a number >= 0");
    return false;
  }
  *limit = static_cast<size_t>(value);
  return true;
}

void AddNames(cxxopts::Options& options, const std::string& help) {
  options.add_options()("names", "actor names", cxxopts::value<std::vector<std::string>>());
  options.parse_positional({"names"});
  options.positional_help(help);
}

std::vector<std::string> PositionalNames(const cxxopts::ParseResult& args) {
  return args.count("names") ? args["names"].as<std::vector<std::string>>() : std::vector<std::string>{};
}

int OpenForQuery(const std::string& command, const cxxopts::ParseResult& args,
                 std::unique_ptr<GraphStore>* store) {
  const std::string path = args["db"].as<std::string>();
  Status status = OpenStore(path, /*read_only=*/true, store);
  if (!status.ok()) {
    PrintError(command, status);
    return kExitFailure;
  }
  bool empty = true;
  status = (*store)->ForEachActor([&](const ActorRecord&) {
    empty = false;
    return false;
  });
  if (!status.ok()) {
    PrintError(command, status);
    return kExitFailure;
  }
  if (empty) {
    PrintError(command, Status::NotFound("the database at " + path +
                                         " is empty: add articles with 'geokg ingest' first"));
    return kExitFailure;
  }
  return kExitOk;
}

int ResolveOrReport(const std::string& command, GraphStore& store, const std::string& name,
                    ActorRecord* actor) {
  Status status = LookupActor(store, name, actor);
  if (status.ok()) return kExitOk;
  PrintError(command, status);
  return status.IsNotFound() || status.IsAmbiguous() ? kExitUsage : kExitFailure;
}

void AddQueryOptions(cxxopts::Options& options) {
  AddFilterOptions(options);
  AddOutputOptions(options);
  AddCommonOptions(options);
  options.set_width(100);
}

int ParseQueryArgs(cxxopts::Options& options, int argc, char** argv, bool filters,
                   cxxopts::ParseResult* args, EdgeFilter* filter, OutputOptions* output, bool* done) {
  *done = false;
  int exit_code = kExitOk;
  if (!ParseArgs(options, argc, argv, args, &exit_code)) {
    *done = true;
    return exit_code;
  }
  Status status = filters ? ParseFilter(*args, filter) : Status::OK();
  if (status.ok()) status = ParseOutputOptions(*args, output);
  if (!status.ok()) {
    PrintError(options.program(), status);
    return kExitUsage;
  }
  return kExitOk;
}

Status AdmitEdge(GraphStore& store, const EdgeFilter& filter, EdgeRecord* edge, bool* admitted) {
  *admitted = false;
  if (!filter.Matches(*edge)) return Status::OK();
  if (!filter.HasDateBounds()) {
    *admitted = true;
    return Status::OK();
  }
  uint64_t mentions = 0;
  std::set<std::string> docs, sources;
  std::string first, last;
  std::array<uint64_t, kModalityCount> modality{};
  Status status = store.ForEachEvidence(edge->key, [&](const EvidenceRecord& ev) {
    if (!filter.DateMatches(ev.date)) return true;
    ++mentions;
    docs.insert(ev.doc);
    if (!ev.source.empty()) sources.insert(ev.source);
    if (first.empty() || ev.date < first) first = ev.date;
    if (last.empty() || ev.date > last) last = ev.date;
    const auto m = static_cast<size_t>(ev.modality);
    if (m < modality.size()) ++modality[m];
    return true;
  });
  if (!status.ok()) return status;
  if (mentions == 0 || mentions < filter.min_count) return Status::OK();
  edge->mentions = mentions;
  edge->articles = docs.size();
  edge->sources = sources.size();
  edge->first_date = first;
  edge->last_date = last;
  edge->modality_counts = modality;
  *admitted = true;
  return Status::OK();
}

bool StrongerEdge(const EdgeRecord& a, const EdgeRecord& b) {
  if (a.mentions != b.mentions) return a.mentions > b.mentions;
  return std::tie(a.key.subject, a.key.predicate, a.key.object, a.key.polarity, a.key.kind) <
         std::tie(b.key.subject, b.key.predicate, b.key.object, b.key.polarity, b.key.kind);
}

Status ForEachAdmittedEdge(GraphStore& store, const std::string& actor, Direction direction,
                           const EdgeFilter& filter, const std::function<bool(const EdgeRecord&)>& fn) {
  if (!filter.HasDateBounds()) {
    return store.ForEachEdgeOf(actor, direction, [&](const EdgeRecord& edge) {
      return filter.Matches(edge) ? fn(edge) : true;
    });
  }
  // Read first, admit after: AdmitEdge scans evidence, which must not nest in the edge scan.
  std::vector<EdgeRecord> read;
  Status status = store.ForEachEdgeOf(actor, direction, [&](const EdgeRecord& edge) {
    if (filter.Matches(edge)) read.push_back(edge);
    return true;
  });
  for (size_t i = 0; status.ok() && i < read.size(); ++i) {
    bool admitted = false;
    status = AdmitEdge(store, filter, &read[i], &admitted);
    if (status.ok() && admitted && !fn(read[i])) break;
  }
  return status;
}

Status CollectEdges(GraphStore& store, const std::string& actor, Direction direction,
                    const EdgeFilter& filter, const std::string& other, std::vector<EdgeRecord>* edges) {
  edges->clear();
  Status status = ForEachAdmittedEdge(store, actor, direction, filter, [&](const EdgeRecord& edge) {
    if (!other.empty() && (edge.key.subject == actor ? edge.key.object : edge.key.subject) != other) return true;
    edges->push_back(edge);
    return true;
  });
  std::sort(edges->begin(), edges->end(), StrongerEdge);
  return status;
}

Modality DominantModality(const EdgeRecord& edge) {
  size_t best = 0;
  for (size_t m = 1; m < edge.modality_counts.size(); ++m) {
    if (edge.modality_counts[m] > edge.modality_counts[best]) best = m;
  }
  return static_cast<Modality>(best);
}

const ActorRecord& NameCache::Get(const std::string& id) {
  auto it = cache_.find(id);
  if (it != cache_.end()) return it->second;
  Prefetch({id});
  return cache_[id];
}

void NameCache::Prefetch(const std::vector<std::string>& ids) {
  std::vector<std::string> missing;
  for (const auto& id : ids) {
    if (!cache_.count(id)) missing.push_back(id);
  }
  std::vector<ActorRecord> actors;
  if (!store_.GetActors(missing, &actors).ok()) actors.assign(missing.size(), ActorRecord());
  for (size_t i = 0; i < missing.size(); ++i) cache_.emplace(missing[i], std::move(actors[i]));
}

std::vector<std::string> RelationColumns() {
  return {"subject", "subject_name", "predicate", "object",   "object_name", "polarity",
          "kind",    "modality",     "cameo",     "quad",     "goldstein",   "mentions",
          "articles", "sources",     "first_date", "last_date"};
}

std::vector<Cell> RelationRow(const EdgeRecord& edge, NameCache& names) {
  const int quad = edge.quad ? edge.quad : QuadClassOfCameo(edge.cameo);
  return {edge.key.subject,
          names.Name(edge.key.subject),
          edge.key.predicate,
          edge.key.object,
          names.Name(edge.key.object),
          std::string(ToString(edge.key.polarity)),
          std::string(ToString(edge.key.kind)),
          std::string(ToString(DominantModality(edge))),
          edge.cameo,
          quad ? Cell(int64_t{quad}) : Cell(),
          edge.cameo.empty() ? Cell() : Cell(edge.goldstein),
          edge.mentions,
          edge.articles,
          edge.sources,
          edge.first_date,
          edge.last_date};
}

Json RelationJson(const EdgeRecord& edge, NameCache& names) {
  Json object = Json::object();
  const auto columns = RelationColumns();
  const auto row = RelationRow(edge, names);
  for (size_t i = 0; i < columns.size(); ++i) object[columns[i]] = CellJson(row[i]);
  Json modality = Json::object();
  for (int m = 0; m < kModalityCount; ++m) {
    modality[std::string(ToString(static_cast<Modality>(m)))] = edge.modality_counts[m];
  }
  object["modality_counts"] = modality;
  return object;
}

Json ProfileJson(const ActorRecord& actor, const std::vector<EdgeRecord>& outgoing,
                 const std::vector<EdgeRecord>& incoming, NameCache& names) {
  Json j = Json::object();
  j["id"] = actor.id;
  j["name"] = actor.name;
  j["type"] = std::string(ToString(actor.type));
  j["country"] = actor.country;
  j["aliases"] = actor.aliases;
  j["roles"] = Json::array();
  for (const auto& r : actor.roles) {
    j["roles"].push_back({{"title", r.title}, {"org", r.org_id}, {"org_name", names.Name(r.org_id)},
                          {"first_seen", r.first_seen}, {"last_seen", r.last_seen}});
  }
  j["first_seen"] = actor.first_seen;
  j["last_seen"] = actor.last_seen;
  j["mentions"] = actor.mentions;
  j["articles"] = actor.articles;
  j["outgoing"] = Json::array();
  for (const auto& e : outgoing) j["outgoing"].push_back(RelationJson(e, names));
  j["incoming"] = Json::array();
  for (const auto& e : incoming) j["incoming"].push_back(RelationJson(e, names));
  return j;
}

namespace {

// Numbers strings 0, 1, 2... in order of first sight: an open-addressing
// table (power-of-two size, linear probing) over the strings' hashes, as a
// million lookups into a node-based map cost a cache miss more each.
class IdNumbering {
 public:
  uint32_t Number(const std::string& id) {
    if ((ids_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t hash = std::hash<std::string_view>()(id);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == kEmpty) {
        slot = {hash, static_cast<uint32_t>(ids_.size())};
        ids_.push_back(id);
        return slot.index;
      }
      if (slot.hash == hash && ids_[slot.index] == id) return slot.index;
    }
  }
  // The strings by number; the numbering is empty afterwards.
  std::vector<std::string> TakeIds() {
    slots_.clear();
    return std::move(ids_);
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = kEmpty;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), Slot());
    const size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.index == kEmpty) continue;
      size_t i = slot.hash & mask;
      while (slots_[i].index != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }
  std::vector<Slot> slots_;
  std::vector<std::string> ids_;
};

}  // namespace

int64_t LoadedGraph::Find(const std::string& id) const {
  auto it = std::lower_bound(ids.begin(), ids.end(), id);
  return it != ids.end() && *it == id ? it - ids.begin() : -1;
}

Status LoadGraph(GraphStore& store, const EdgeFilter& filter, LoadedGraph* loaded) {
  *loaded = LoadedGraph();
  if (filter.HasDateBounds()) {
    Status status = CollectAll(store, filter, &loaded->subgraph);
    if (!status.ok()) return status;
    const Subgraph& g = loaded->subgraph;  // actors sorted by id, index built
    for (const auto& a : g.actors) loaded->ids.push_back(a.id);
    loaded->graph.num_actors = g.actors.size();
    for (const auto& e : g.edges) {
      loaded->graph.edges.push_back({static_cast<uint32_t>(g.actor_index.at(e.key.subject)),
                                     static_cast<uint32_t>(g.actor_index.at(e.key.object)), e.mentions});
    }
    return Status::OK();
  }
  // Number the ends in order of appearance, then renumber in id order.
  IdNumbering numbering;
  auto number_of = [&](const std::string& id) { return numbering.Number(id); };
  std::string last_subject;
  uint32_t last_subject_number = 0;
  Status status = store.ForEachEdge([&](const EdgeRecord& edge) {
    if (!filter.Matches(edge)) return true;
    // Edges come grouped by subject in practice: skip the repeated lookup.
    if (loaded->graph.edges.empty() || edge.key.subject != last_subject) {
      last_subject = edge.key.subject;
      last_subject_number = number_of(edge.key.subject);
    }
    loaded->graph.edges.push_back({last_subject_number, number_of(edge.key.object), edge.mentions});
    return true;
  });
  if (!status.ok()) return status;
  std::vector<std::string> ids = numbering.TakeIds();
  std::vector<uint32_t> order(ids.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return ids[a] < ids[b]; });
  std::vector<uint32_t> renumber(ids.size());
  loaded->ids.reserve(ids.size());
  for (uint32_t i = 0; i < order.size(); ++i) {
    renumber[order[i]] = i;
    loaded->ids.push_back(std::move(ids[order[i]]));
  }
  for (auto& e : loaded->graph.edges) {
    e.subject = renumber[e.subject];
    e.object = renumber[e.object];
  }
  loaded->graph.num_actors = loaded->ids.size();
  return Status::OK();
}

std::string MonthOf(const std::string& date) {
  if (date.size() < 7 || date[4] != '-') return "";
  for (int i : {0, 1, 2, 3, 5, 6}) {
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return "";
  }
  if (date.compare(5, 2, "01") < 0 || date.compare(5, 2, "12") > 0) return "";
  return date.substr(0, 7);
}

}  // namespace geokg::cli
