// The explorer's JSON handlers: search, actor profile, edge evidence,
// timeline. The ego network and its drawing are in explorer_graph.cc.
#include "cli/serve/explorer_api.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "cli/actor_lookup.h"
#include "cli/output.h"
#include "cli/query_common.h"
#include "cli/serve/api_json.h"
#include "cli/timeline.h"

namespace geokg::cli::serve {
namespace {

constexpr size_t kMaxNameBytes = 200;

ApiError StoreError(const Status& status) { return ApiError{500, "", status.message(), {}}; }

Json EvidenceJson(const EvidenceRecord& ev, const ArticleRecord* article) {
  Json j = Json::object();
  j["doc"] = ev.doc;
  j["title"] = article ? Json(article->title) : Json(nullptr);
  j["url"] = article && !article->url.empty() ? Json(article->url) : Json(nullptr);
  j["date"] = ev.date;
  j["source"] = ev.source;
  j["sentence"] = ev.sentence;
  j["start"] = ev.start;
  j["end"] = ev.end;
  j["modality"] = std::string(ToString(ev.modality));
  j["text"] = ev.text;
  return j;
}

bool EvidenceLess(const EvidenceRecord& a, const EvidenceRecord& b) {
  return std::tie(a.date, a.doc, a.sentence, a.start) < std::tie(b.date, b.doc, b.sentence, b.start);
}

}  // namespace

ApiResponse ErrorResponse(const ApiError& error) {
  Json j = Json::object();
  j["error"] = error.message;
  j["parameter"] = error.parameter.empty() ? Json(nullptr) : Json(error.parameter);
  j["suggestions"] = error.suggestions;
  return ApiResponse{error.status, kJsonType, DumpJson(j)};
}

ExplorerApi::ExplorerApi(GraphStore& store, ExplorerOptions options)
    : store_(store), options_(options), last_refresh_(std::chrono::steady_clock::now()) {}

std::unique_lock<std::mutex> ExplorerApi::LockStore() {
  std::unique_lock<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (now - last_refresh_ >= options_.refresh_interval) {
    store_.Refresh();  // on failure the store keeps answering from what it saw
    last_refresh_ = now;
  }
  return lock;
}

Status ExplorerApi::FreshIndex() {
  const auto now = std::chrono::steady_clock::now();
  if (index_ready_ && now - index_built_ < options_.index_max_age) return Status::OK();
  Status status = index_.Build(store_);
  if (!status.ok()) return status;
  index_built_ = now;
  index_ready_ = true;
  return Status::OK();
}

bool ExplorerApi::FindActor(const std::string& name, const std::string& parameter, ActorRecord* actor,
                            ApiError* error) {
  Status status = store_.GetActor(name, actor);
  if (status.ok()) return true;
  std::vector<std::string> ids;
  if (status.IsNotFound()) status = store_.ResolveName(name, &ids);
  // A name the store has no alias for is unknown here: LookupActor would
  // load the extractor's dictionaries (seconds) to look further.
  if (status.ok() && ids.empty()) status = Status::NotFound(name);
  if (status.ok()) status = LookupActor(store_, name, actor);
  if (status.ok()) return true;
  if (status.IsNotFound()) {
    *error = ApiError{404, parameter, "no actor '" + name + "'", {}};
    Status indexed = FreshIndex();
    if (indexed.ok()) error->suggestions = index_.Suggest(name, 5);
    else *error = StoreError(indexed);
  } else if (status.IsAmbiguous()) {
    *error = ApiError{409, parameter, status.message(), {}};
  } else {
    *error = StoreError(status);
  }
  return false;
}

ApiResponse ExplorerApi::Search(const Params& params) {
  ParamReader reader(params, {"q", "limit"});
  std::string query;
  int64_t limit = 10;
  if (!reader.ReadText("q", true, kMaxNameBytes, &query) || !reader.ReadInt("limit", 1, 100, &limit)) {
    return ErrorResponse(reader.error());
  }
  auto lock = LockStore();
  Status status = FreshIndex();
  if (!status.ok()) return ErrorResponse(StoreError(status));
  Json j = Json::object();
  j["query"] = query;
  j["results"] = Json::array();
  for (const SearchHit& hit : index_.Find(query, static_cast<size_t>(limit))) {
    Json result = ActorBriefJson(hit.actor);
    result["matched"] = hit.matched;
    j["results"].push_back(std::move(result));
  }
  j["suggestions"] = j["results"].empty() ? index_.Suggest(query, 5) : std::vector<std::string>();
  return ApiResponse{200, kJsonType, DumpJson(j)};
}

ApiResponse ExplorerApi::Actor(const std::string& id, const Params& params) {
  ParamReader reader(params, ParamReader::WithFilters({"limit"}));
  int64_t limit = 10;
  EdgeFilter filter;
  if (!reader.ReadInt("limit", 1, 10000, &limit) || !reader.ReadFilter(&filter)) {
    return ErrorResponse(reader.error());
  }
  auto lock = LockStore();
  ActorRecord actor;
  ApiError error;
  if (!FindActor(id, "id", &actor, &error)) return ErrorResponse(error);
  std::vector<EdgeRecord> outgoing, incoming;
  Status status = CollectEdges(store_, actor.id, Direction::kOut, filter, "", &outgoing);
  if (status.ok()) status = CollectEdges(store_, actor.id, Direction::kIn, filter, "", &incoming);
  if (!status.ok()) return ErrorResponse(StoreError(status));
  const size_t total_out = outgoing.size(), total_in = incoming.size();
  outgoing.resize(std::min(outgoing.size(), static_cast<size_t>(limit)));
  incoming.resize(std::min(incoming.size(), static_cast<size_t>(limit)));
  NameCache names(store_);
  Json j = ProfileJson(actor, outgoing, incoming, names);
  j["outgoing_total"] = total_out;
  j["incoming_total"] = total_in;
  return ApiResponse{200, kJsonType, DumpJson(j)};
}

ApiResponse ExplorerApi::Edge(const Params& params) {
  ParamReader reader(params, ParamReader::WithFilters({"s", "o", "p", "limit"}));
  std::string subject, object, predicate;
  int64_t limit = 20;
  EdgeFilter filter;
  if (!reader.ReadText("s", true, kMaxNameBytes, &subject) || !reader.ReadText("o", true, kMaxNameBytes, &object) ||
      !reader.ReadText("p", false, kMaxNameBytes, &predicate) || !reader.ReadInt("limit", 1, 1000, &limit) ||
      !reader.ReadFilter(&filter)) {
    return ErrorResponse(reader.error());
  }
  auto lock = LockStore();
  ActorRecord s, o;
  ApiError error;
  if (!FindActor(subject, "s", &s, &error) || !FindActor(object, "o", &o, &error)) return ErrorResponse(error);
  std::vector<EdgeRecord> edges;
  Status status = CollectEdges(store_, s.id, Direction::kOut, filter, o.id, &edges);
  if (!status.ok()) return ErrorResponse(StoreError(status));
  if (!predicate.empty()) {
    std::erase_if(edges, [&](const EdgeRecord& e) { return e.key.predicate != predicate; });
  }
  if (edges.empty()) {
    return ErrorResponse({404, predicate.empty() ? "o" : "p",
                          "no relation from " + s.name + " to " + o.name + " matches", {}});
  }
  NameCache names(store_);
  std::map<std::string, ArticleRecord> articles;  // doc -> record, read once each
  Json j = Json::object();
  j["subject"] = ActorBriefJson(s);
  j["object"] = ActorBriefJson(o);
  j["relations"] = Json::array();
  for (const auto& edge : edges) {
    std::vector<EvidenceRecord> evidence;
    status = store_.ForEachEvidence(edge.key, [&](const EvidenceRecord& ev) {
      if (!filter.HasDateBounds() || filter.DateMatches(ev.date)) evidence.push_back(ev);
      return true;
    });
    if (!status.ok()) return ErrorResponse(StoreError(status));
    std::sort(evidence.begin(), evidence.end(), EvidenceLess);
    Json relation = RelationJson(edge, names);
    relation["evidence_total"] = evidence.size();
    relation["evidence"] = Json::array();
    for (size_t i = 0; i < evidence.size() && i < static_cast<size_t>(limit); ++i) {
      auto [it, added] = articles.try_emplace(evidence[i].doc);
      if (added && !store_.GetArticle(evidence[i].doc, &it->second, nullptr).ok()) it->second.id.clear();
      relation["evidence"].push_back(EvidenceJson(evidence[i], it->second.id.empty() ? nullptr : &it->second));
    }
    j["relations"].push_back(std::move(relation));
  }
  return ApiResponse{200, kJsonType, DumpJson(j)};
}

ApiResponse ExplorerApi::Timeline(const Params& params) {
  ParamReader reader(params, ParamReader::WithFilters({"a", "b"}));
  std::string first, second;
  EdgeFilter filter;
  if (!reader.ReadText("a", true, kMaxNameBytes, &first) || !reader.ReadText("b", false, kMaxNameBytes, &second) ||
      !reader.ReadFilter(&filter)) {
    return ErrorResponse(reader.error());
  }
  auto lock = LockStore();
  ActorRecord a, b;
  ApiError error;
  if (!FindActor(first, "a", &a, &error) || (!second.empty() && !FindActor(second, "b", &b, &error))) {
    return ErrorResponse(error);
  }
  std::vector<EdgeRecord> edges;
  std::vector<MonthCounts> months;
  Status status = CollectEdges(store_, a.id, Direction::kBoth, filter, b.id, &edges);
  if (status.ok()) status = CountByMonth(store_, edges, filter, &months);
  if (!status.ok()) return ErrorResponse(StoreError(status));
  Json j = Json::object();
  j["a"] = ActorBriefJson(a);
  j["b"] = second.empty() ? Json(nullptr) : ActorBriefJson(b);
  j["months"] = Json::array();
  for (const auto& m : months) {
    j["months"].push_back({{"month", m.month}, {"verbal_cooperation", m.by_quad[1]},
                           {"material_cooperation", m.by_quad[2]}, {"verbal_conflict", m.by_quad[3]},
                           {"material_conflict", m.by_quad[4]}, {"other", m.by_quad[0]}, {"total", m.total}});
  }
  return ApiResponse{200, kJsonType, DumpJson(j)};
}

}  // namespace geokg::cli::serve
