// Writers from a Subgraph to the formats people and other graph tools read:
// GraphViz DOT (diagrams), GraphML (Gephi, yEd), Neo4j-style CSV
// (neo4j-admin import, Kuzu, Spark GraphFrames), JSON nodes/links (d3,
// networkx, Cytoscape after a rename) and N-Quads with the article as graph
// name (RDF stores).
//
// Every writer accepts any bytes in names, predicates and sentences: text is
// escaped for its format, invalid UTF-8 becomes U+FFFD, and characters the
// format cannot carry (XML 1.0 control characters...) are replaced, so the
// output always parses. Actors and edges are written in the Subgraph's order.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/status.h"
#include "graph/subgraph.h"

namespace geokg {

// ---- Diagrams (export_dot.cc) ----

enum class Layout { kAuto, kDot, kSfdp, kNeato };

// Reads "auto", "dot", "sfdp" or "neato"; false for any other name.
bool ParseLayout(std::string_view name, Layout* layout);
// The Graphviz program that lays out with `layout` ("dot", "sfdp", "neato");
// kAuto is not a program and gives "dot".
std::string_view LayoutProgram(Layout layout);

struct DotOptions {
  Layout layout = Layout::kAuto;
  // Graphs of more actors than this are "large": kAuto lays them out with
  // sfdp instead of dot, and their edges get no text label (a tooltip only).
  // dot is readable on small graphs, but past about a hundred actors its
  // drawings grow very tall, and it takes over 300 s on 5,000 actors where
  // sfdp takes about a second.
  size_t sfdp_above = 100;
  // The same for relations: dot's layered layout with labels on 25,000 edges
  // among 40 actors did not finish in 150 s; sfdp draws 300 edges at once.
  size_t sfdp_above_edges = 300;
  bool legend = true;   // a legend of the actor types and edge classes present
  std::string title;    // drawn above the legend; empty for none
  // Links for SVG output (the DOT URL attribute, made clickable by Graphviz):
  // when set, each actor and each edge gets the URL these return.
  std::function<std::string(const ActorRecord&)> actor_url;
  std::function<std::string(const EdgeRecord&)> edge_url;
};

// Whether `graph` is a large diagram under `options` (more actors than
// sfdp_above or more edges than sfdp_above_edges).
bool IsLargeDiagram(const Subgraph& graph, const DotOptions& options);

// The layout a diagram of `graph` gets under `options` (never kAuto).
Layout ChooseLayout(const Subgraph& graph, const DotOptions& options);

// `text` as a double-quoted DOT string whose label, once Graphviz has read it
// and interpreted its escapes (\n, \N, \\, &amp;...), displays exactly `text`:
// backslashes and quotes are escaped, '&' is written as an entity, a newline
// becomes a centred line break, other control characters a space, and
// invalid UTF-8 U+FFFD. A trailing backslash stays inside the quotes.
std::string DotQuote(std::string_view text);

// Writes a directed multigraph in DOT. Nodes are actor ids, labelled by name;
// shape and fill colour by actor type. Edges are coloured by quad class
// (cooperation green, conflict red, verbal lighter than material,
// affiliations blue with a round arrowhead, uncoded events grey), pen width grows with the evidence
// count, negated relations are dashed, and edges are labelled
// "predicate (count)" unless the diagram is large (IsLargeDiagram; then the
// text is only a tooltip). The legend is the graph's label. The graph carries its layout
// (`layout=...`) so `dot -Tsvg` on the file lays it out as intended.
Status WriteDot(const Subgraph& graph, const DotOptions& options, std::ostream& out);

// ---- Interchange ----

// GraphML (export_graphml.cc): typed <key>s for every actor and edge field;
// the node key "label" is the actor's name and the edge keys "label" and
// "weight" are the predicate and the mention count, as Gephi reads them.
// With graph.evidence, the edge key "evidence" holds EvidenceJson.
Status WriteGraphML(const Subgraph& graph, std::ostream& out);

// Neo4j-style CSV (export_csv.cc), RFC 4180 quoting, header line first.
// nodes: id:ID,name,type,country,aliases:string[],mentions:long,articles:long,
//        first_seen,last_seen,:LABEL      (labels "Actor;<Type>"; aliases
//        joined by ';', a ';' inside an alias written as ',')
// relationships: :START_ID,:END_ID,:TYPE,predicate,kind,polarity,cameo,
//        quad:int,goldstein:double,mentions:long,articles:long,sources:long,
//        first_date,last_date        (:TYPE "EVENT" or "AFFILIATION")
Status WriteCsvNodes(const Subgraph& graph, std::ostream& out);
Status WriteCsvRelationships(const Subgraph& graph, std::ostream& out);
// The provenance, from graph.evidence and graph.articles:
// articles: id:ID,title,url,date,source,:LABEL   (label "Article")
// mentions: :START_ID,:END_ID,:TYPE,role,predicate,other,polarity,
//        sentence:int,start:long,end:long,date   (type "MENTIONED_IN", from
//        each actor of a relation to the article stating it, one row per
//        sentence and actor; role "subject" or "object", other the other actor)
Status WriteCsvArticles(const Subgraph& graph, std::ostream& out);
Status WriteCsvMentions(const Subgraph& graph, std::ostream& out);

// JSON (export_json.cc): {"directed":true,"multigraph":true,"graph":{...},
// "nodes":[{"id",...}],"links":[{"source","target",...}]}, the
// node-link shape of d3 and networkx.node_link_graph. With graph.evidence,
// each link has "evidence": EvidenceJson's array.
Status WriteJson(const Subgraph& graph, std::ostream& out);

// The provenance of edge number `edge` as a JSON array, one object per piece
// of evidence: {"doc","date","sentence","start","end"} and the article's
// "url" and "title" when known. "[]" without evidence.
std::string EvidenceJson(const Subgraph& graph, size_t edge);

// N-Quads (export_nquads.cc), IRIs under kNQuadsBase. Per actor, in the
// default graph: rdf:type <urn:geokg:type:country>, rdfs:label "name".
// Per edge and article in its evidence, in the graph <urn:geokg:doc:ID>:
// <actor:S> <rel:P> <actor:O> (<not:P> for a negated relation), and per piece
// of evidence a blank-node rdf:Statement with rdf:subject/predicate/object,
// geokg vocabulary sentence, sentenceIndex, start, end (byte offsets),
// modality, polarity, date. Per article, in the default graph:
// dcterms:identifier (its id), and dcterms:date, dcterms:publisher,
// dcterms:title and dcterms:source (its URL, a literal) when known. Needs
// graph.evidence (edges without evidence get no quads).
inline constexpr std::string_view kNQuadsBase = "urn:geokg:";
Status WriteNQuads(const Subgraph& graph, std::ostream& out);

// Event table (export_events.cc): one row per piece of evidence (a sentence
// of an article stating an edge), sorted by date (undated last), article and
// sentence, with a header line; `delimiter` ',' gives RFC 4180 CSV, '\t' TSV
// (tabs and line breaks inside fields become spaces). Columns: date,
// source_id, source_name, source_type, source_country, target_id,
// target_name, target_type, target_country, predicate, kind, cameo,
// quad_class, goldstein, polarity, modality, article_id, url, title,
// sentence_index, sentence_start, sentence_end, sentence. Values that do not
// exist are empty (quad_class and goldstein of affiliations and uncoded
// events, a URL or title the article did not state). Needs graph.evidence.
Status WriteEvents(const Subgraph& graph, char delimiter, std::ostream& out);

// Whether an edge has a quad class and a Goldstein value: only CAMEO-coded
// events do. Affiliations and uncoded events have none, and writers leave the
// fields out (or empty) rather than write a 0 that would bias averages.
inline bool HasQuad(const EdgeRecord& edge) { return !edge.cameo.empty() && edge.quad >= 1 && edge.quad <= 4; }
inline bool HasGoldstein(const EdgeRecord& edge) { return !edge.cameo.empty(); }

// `text` with every invalid UTF-8 sequence replaced by U+FFFD (shared by the
// writers; exposed for tests).
std::string ValidUtf8(std::string_view text);

}  // namespace geokg
