// Neo4j-style CSV writer: a nodes file and a relationships file whose headers
// follow neo4j-admin import (id:ID, :START_ID, :END_ID, :TYPE, :LABEL, typed
// columns), readable as plain CSV by Kuzu, Spark, DuckDB or pandas.
#include <map>
#include <string>

#include "graph/csv_text.h"
#include "graph/export.h"

namespace geokg {
namespace {

// One RFC 4180 field: quoted (inner quotes doubled) when it holds a comma,
// quote, CR or LF or begins or ends with a space; empty stays empty (a null
// for neo4j-admin).
std::string Field(std::string_view text) { return CsvField(ValidUtf8(text), /*quote_edge_spaces=*/true); }

// The Neo4j label of an actor type: "ArmedGroup" for armed_group.
std::string TypeLabel(ActorType type) {
  std::string label;
  bool upper = true;
  for (char c : ToString(type)) {
    if (c == '_') {
      upper = true;
      continue;
    }
    label += upper ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return label;
}

}  // namespace

Status WriteCsvNodes(const Subgraph& graph, std::ostream& out) {
  out << "id:ID,name,type,country,aliases:string[],mentions:long,articles:long,first_seen,"
         "last_seen,:LABEL\n";
  for (const auto& actor : graph.actors) {
    // ';' separates array items for neo4j-admin, which has no escape for it.
    std::string aliases;
    for (size_t i = 0; i < actor.aliases.size(); ++i) {
      std::string alias = actor.aliases[i];
      for (char& c : alias) {
        if (c == ';') c = ',';
      }
      aliases += (i ? ";" : "") + alias;
    }
    out << Field(actor.id) << ',' << Field(actor.name) << ',' << ToString(actor.type) << ','
        << Field(actor.country) << ',' << Field(aliases) << ',' << actor.mentions << ','
        << actor.articles << ',' << Field(actor.first_seen) << ',' << Field(actor.last_seen)
        << ",Actor;" << TypeLabel(actor.type) << '\n';
  }
  if (!out) return Status::IOError("cannot write the CSV nodes file");
  return Status::OK();
}

Status WriteCsvRelationships(const Subgraph& graph, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,predicate,kind,polarity,cameo,quad:int,goldstein:double,"
         "mentions:long,articles:long,sources:long,first_date,last_date\n";
  for (const auto& edge : graph.edges) {
    out << Field(edge.key.subject) << ',' << Field(edge.key.object) << ','
        << (edge.key.kind == RelationKind::kAffiliation ? "AFFILIATION" : "EVENT") << ','
        << Field(edge.key.predicate) << ',' << ToString(edge.key.kind) << ','
        << ToString(edge.key.polarity) << ',' << Field(edge.cameo) << ','
        << (HasQuad(edge) ? std::to_string(edge.quad) : "") << ','
        << (HasGoldstein(edge) ? ShortestDouble(edge.goldstein) : "") << ',' << edge.mentions << ',' << edge.articles << ','
        << edge.sources << ',' << Field(edge.first_date) << ',' << Field(edge.last_date) << '\n';
  }
  if (!out) return Status::IOError("cannot write the CSV relationships file");
  return Status::OK();
}

Status WriteCsvArticles(const Subgraph& graph, std::ostream& out) {
  out << "id:ID,title,url,date,source,:LABEL\n";
  std::map<std::string, const ArticleRecord*> sorted;
  for (const auto& [id, article] : graph.articles) sorted.emplace(id, &article);
  for (const auto& [id, article] : sorted) {
    out << Field(id) << ',' << Field(article->title) << ',' << Field(article->url) << ',' << Field(article->date)
        << ',' << Field(article->source) << ",Article\n";
  }
  if (!out) return Status::IOError("cannot write the CSV articles file");
  return Status::OK();
}

Status WriteCsvMentions(const Subgraph& graph, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,role,predicate,other,polarity,sentence:int,start:long,end:long,date\n";
  for (size_t i = 0; i < graph.edges.size() && i < graph.evidence.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    for (const EvidenceRecord& ev : graph.evidence[i]) {
      auto row = [&](const std::string& actor, const char* role, const std::string& other) {
        out << Field(actor) << ',' << Field(ev.doc) << ",MENTIONED_IN," << role << ',' << Field(edge.key.predicate)
            << ',' << Field(other) << ',' << ToString(edge.key.polarity) << ',' << ev.sentence << ',' << ev.start
            << ',' << ev.end << ',' << Field(ev.date) << '\n';
      };
      row(edge.key.subject, "subject", edge.key.object);
      if (edge.key.object != edge.key.subject) row(edge.key.object, "object", edge.key.subject);
    }
  }
  if (!out) return Status::IOError("cannot write the CSV mentions file");
  return Status::OK();
}

}  // namespace geokg
