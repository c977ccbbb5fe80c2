// GraphML writer (http://graphml.graphdrawing.org/), read by Gephi, yEd,
// networkx, igraph and Cytoscape.
#include <charconv>
#include <string>

#include "graph/export.h"
#include "graph/id_escape.h"

namespace geokg {
namespace {

// `text` as XML 1.0 character data or attribute value: markup characters as
// entities, CR as a character reference (a parser would turn a raw one into
// LF), characters XML 1.0 forbids (controls, U+FFFE, U+FFFF) as U+FFFD.
std::string Xml(std::string_view text) {
  std::string valid = ValidUtf8(text);
  std::string out;
  out.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    char c = valid[i];
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\r': out += "&#13;"; break;
      case '\n':
      case '\t': out += c; break;
      default:
        if (u < 0x20) {
          out += "\xEF\xBF\xBD";
        } else if (u == 0xEF && i + 2 < valid.size() && valid[i + 1] == '\xBF' &&
                   (valid[i + 2] == '\xBE' || valid[i + 2] == '\xBF')) {
          out += "\xEF\xBF\xBD";  // U+FFFE, U+FFFF
          i += 2;
        } else {
          out += c;
        }
    }
  }
  return out;
}

// Code points an id attribute carries as they are: not the characters XML
// forbids, and not tab, CR or LF, which attribute-value normalisation turns
// into spaces.
bool XmlIdCarries(uint32_t cp) { return cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF; }

// An actor id as a node id (or edge end): distinct ids stay distinct (EscapeId).
std::string XmlId(std::string_view id) { return Xml(EscapeId(id, &XmlIdCarries)); }

// The shortest text that reads back as `value`.
std::string Double(double value) {
  char buf[32];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

struct Key {
  const char* id;
  const char* domain;  // node or edge
  const char* name;
  const char* type;    // GraphML attr.type
};

constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_country", "node", "country", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_mentions", "node", "mentions", "long"},
    {"n_articles", "node", "articles", "long"},
    {"n_first_seen", "node", "first_seen", "string"},
    {"n_last_seen", "node", "last_seen", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_weight", "edge", "weight", "double"},
    {"e_kind", "edge", "kind", "string"},
    {"e_polarity", "edge", "polarity", "string"},
    {"e_cameo", "edge", "cameo", "string"},
    {"e_quad", "edge", "quad", "int"},
    {"e_goldstein", "edge", "goldstein", "double"},
    {"e_mentions", "edge", "mentions", "long"},
    {"e_articles", "edge", "articles", "long"},
    {"e_sources", "edge", "sources", "long"},
    {"e_first_date", "edge", "first_date", "string"},
    {"e_last_date", "edge", "last_date", "string"},
    {"e_evidence", "edge", "evidence", "string"},
};

// Writes <data key="key">value</data>; empty strings are left out (GraphML
// readers then use the key's absence, as for a missing value).
void Data(std::ostream& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out << "      <data key=\"" << key << "\">" << Xml(value) << "</data>\n";
}

}  // namespace

Status WriteGraphML(const Subgraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : kKeys) {
    out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
        << "\" attr.type=\"" << key.type << "\"/>\n";
  }
  out << "  <graph id=\"geokg\" edgedefault=\"directed\">\n";
  for (const auto& actor : graph.actors) {
    out << "    <node id=\"" << XmlId(actor.id) << "\">\n";
    Data(out, "n_label", actor.name);
    Data(out, "n_type", ToString(actor.type));
    Data(out, "n_country", actor.country);
    std::string aliases;
    for (const auto& alias : actor.aliases) aliases += (aliases.empty() ? "" : "; ") + alias;
    Data(out, "n_aliases", aliases);
    Data(out, "n_mentions", std::to_string(actor.mentions));
    Data(out, "n_articles", std::to_string(actor.articles));
    Data(out, "n_first_seen", actor.first_seen);
    Data(out, "n_last_seen", actor.last_seen);
    out << "    </node>\n";
  }
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"" << XmlId(edge.key.subject) << "\" target=\""
        << XmlId(edge.key.object) << "\">\n";
    Data(out, "e_label", edge.key.predicate);
    Data(out, "e_weight", std::to_string(edge.mentions));
    Data(out, "e_kind", ToString(edge.key.kind));
    Data(out, "e_polarity", ToString(edge.key.polarity));
    Data(out, "e_cameo", edge.cameo);
    if (HasQuad(edge)) Data(out, "e_quad", std::to_string(edge.quad));
    if (HasGoldstein(edge)) Data(out, "e_goldstein", Double(edge.goldstein));
    Data(out, "e_mentions", std::to_string(edge.mentions));
    Data(out, "e_articles", std::to_string(edge.articles));
    Data(out, "e_sources", std::to_string(edge.sources));
    Data(out, "e_first_date", edge.first_date);
    Data(out, "e_last_date", edge.last_date);
    if (i < graph.evidence.size()) Data(out, "e_evidence", EvidenceJson(graph, i));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  if (!out) return Status::IOError("cannot write the GraphML output");
  return Status::OK();
}

}  // namespace geokg
