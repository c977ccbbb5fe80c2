// JSON writer: the node-link shape of d3 force layouts and
// networkx.node_link_graph, one node or link object a line.
#include <nlohmann/json.hpp>

#include "graph/export.h"

namespace geokg {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The provenance of edge `i`: one object per piece of evidence.
Json EvidenceArray(const Subgraph& graph, size_t i) {
  Json array = Json::array();
  if (i >= graph.evidence.size()) return array;
  for (const EvidenceRecord& ev : graph.evidence[i]) {
    Json item{{"doc", ValidUtf8(ev.doc)}, {"date", ev.date}, {"sentence", ev.sentence}, {"start", ev.start},
              {"end", ev.end}};
    if (auto article = graph.articles.find(ev.doc); article != graph.articles.end()) {
      if (!article->second.url.empty()) item["url"] = ValidUtf8(article->second.url);
      if (!article->second.title.empty()) item["title"] = ValidUtf8(article->second.title);
    }
    array.push_back(std::move(item));
  }
  return array;
}

Json NodeJson(const ActorRecord& actor) {
  Json aliases = Json::array();
  for (const auto& alias : actor.aliases) aliases.push_back(ValidUtf8(alias));
  return Json{{"id", ValidUtf8(actor.id)},
              {"name", ValidUtf8(actor.name)},
              {"type", ToString(actor.type)},
              {"country", ValidUtf8(actor.country)},
              {"aliases", std::move(aliases)},
              {"mentions", actor.mentions},
              {"articles", actor.articles},
              {"first_seen", actor.first_seen},
              {"last_seen", actor.last_seen}};
}

Json LinkJson(const EdgeRecord& edge) {
  Json modality = Json::object();
  for (int m = 0; m < kModalityCount; ++m) {
    modality[std::string(ToString(static_cast<Modality>(m)))] = edge.modality_counts[m];
  }
  Json link{{"source", ValidUtf8(edge.key.subject)},
            {"target", ValidUtf8(edge.key.object)},
            {"predicate", ValidUtf8(edge.key.predicate)},
            {"kind", ToString(edge.key.kind)},
            {"polarity", ToString(edge.key.polarity)},
            {"mentions", edge.mentions},
            {"articles", edge.articles},
            {"sources", edge.sources},
            {"first_date", edge.first_date},
            {"last_date", edge.last_date},
            {"modality", std::move(modality)}};
  // Values that do not exist are absent (not "" or 0).
  if (!edge.cameo.empty()) link["cameo"] = edge.cameo;
  if (HasQuad(edge)) link["quad"] = edge.quad;
  if (HasGoldstein(edge)) link["goldstein"] = edge.goldstein;
  return link;
}

}  // namespace

std::string EvidenceJson(const Subgraph& graph, size_t edge) { return Dump(EvidenceArray(graph, edge)); }

Status WriteJson(const Subgraph& graph, std::ostream& out) {
  Json meta{{"generator", "geokg"},
            {"actors", graph.actors.size()},
            {"relations", graph.edges.size()}};
  out << "{\"directed\": true, \"multigraph\": true,\n \"graph\": " << Dump(meta)
      << ",\n \"nodes\": [";
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    out << (i ? ",\n  " : "\n  ") << Dump(NodeJson(graph.actors[i]));
  }
  out << "],\n \"links\": [";
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    Json link = LinkJson(graph.edges[i]);
    if (i < graph.evidence.size()) link["evidence"] = EvidenceArray(graph, i);
    out << (i ? ",\n  " : "\n  ") << Dump(link);
  }
  out << "]}\n";
  if (!out) return Status::IOError("cannot write the JSON output");
  return Status::OK();
}

}  // namespace geokg
