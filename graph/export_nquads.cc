// N-Quads writer (https://www.w3.org/TR/n-quads/): the relations each article
// states, in a named graph per article, with their evidence as reified
// rdf:Statements, for RDF stores (Oxigraph, Jena, GraphDB, Virtuoso...).
#include <map>
#include <string>

#include "graph/export.h"

namespace geokg {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";

// Every byte outside RFC 3986's unreserved set as %XX: lossless for any
// bytes, and never a character an IRIREF forbids.
std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

// Built by appending: GCC 12 at -O3 reports a false -Wrestrict for
// `"<" + std::string(...)` (GCC bug 105329).
std::string Iri(std::string_view prefix, std::string_view local) {
  std::string iri;
  iri.reserve(prefix.size() + local.size() + 2);
  iri.append(1, '<').append(prefix).append(local).append(1, '>');
  return iri;
}

// A geokg IRI: <urn:geokg:{space}:{percent-encoded name}>.
std::string GeokgIri(std::string_view space, std::string_view name) {
  std::string local(space);
  local.append(1, ':').append(PercentEncode(name));
  return Iri(kNQuadsBase, local);
}

// A STRING_LITERAL_QUOTE: valid UTF-8, with \ " LF CR escaped and other
// control characters as \u00XX.
std::string Literal(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (char c : ValidUtf8(text)) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (u < 0x20 || u == 0x7F) {
          out += "\\u00";
          out += kHex[u >> 4];
          out += kHex[u & 15];
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

bool IsFullDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

// A date as xsd:date when it is one, else a plain literal.
std::string DateLiteral(std::string_view date) {
  std::string literal = Literal(date);
  if (IsFullDate(date)) literal += "^^" + Iri(kXsd, "date");
  return literal;
}

void Quad(std::ostream& out, const std::string& s, const std::string& p, const std::string& o,
          const std::string& g) {
  out << s << ' ' << p << ' ' << o;
  if (!g.empty()) out << ' ' << g;
  out << " .\n";
}

struct DocInfo {
  std::string date;
  std::string source;
};

}  // namespace

Status WriteNQuads(const Subgraph& graph, std::ostream& out) {
  const std::string rdf_type = Iri(kRdf, "type");
  const std::string vocab = std::string(kNQuadsBase) + "vocab:";
  for (const auto& actor : graph.actors) {
    std::string node = GeokgIri("actor", actor.id);
    Quad(out, node, rdf_type, GeokgIri("type", ToString(actor.type)), "");
    Quad(out, node, Iri(kRdfs, "label"), Literal(actor.name), "");
    if (!actor.country.empty() && actor.country != actor.id) {
      Quad(out, node, Iri(vocab, "country"), GeokgIri("actor", actor.country), "");
    }
  }
  std::map<std::string, DocInfo> docs;
  for (size_t i = 0; i < graph.edges.size() && i < graph.evidence.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    std::string subject = GeokgIri("actor", edge.key.subject);
    std::string object = GeokgIri("actor", edge.key.object);
    std::string predicate =
        GeokgIri(edge.key.polarity == Polarity::kNegative ? "not" : "rel", edge.key.predicate);
    std::map<std::string, bool> stated;  // docs whose graph already holds the relation
    const auto& evidence = graph.evidence[i];
    for (size_t k = 0; k < evidence.size(); ++k) {
      const EvidenceRecord& ev = evidence[k];
      std::string doc = GeokgIri("doc", ev.doc);
      if (!stated[ev.doc]) {
        Quad(out, subject, predicate, object, doc);
        stated[ev.doc] = true;
      }
      DocInfo& info = docs[ev.doc];
      if (info.date.empty()) info.date = ev.date;
      if (info.source.empty()) info.source = ev.source;

      std::string statement = "_:r" + std::to_string(i) + "e" + std::to_string(k);
      Quad(out, statement, rdf_type, Iri(kRdf, "Statement"), doc);
      Quad(out, statement, Iri(kRdf, "subject"), subject, doc);
      Quad(out, statement, Iri(kRdf, "predicate"), predicate, doc);
      Quad(out, statement, Iri(kRdf, "object"), object, doc);
      Quad(out, statement, Iri(vocab, "kind"), Literal(ToString(edge.key.kind)), doc);
      Quad(out, statement, Iri(vocab, "polarity"), Literal(ToString(edge.key.polarity)), doc);
      Quad(out, statement, Iri(vocab, "modality"), Literal(ToString(ev.modality)), doc);
      if (!edge.cameo.empty()) Quad(out, statement, Iri(vocab, "cameo"), Literal(edge.cameo), doc);
      Quad(out, statement, Iri(vocab, "sentenceIndex"),
           "\"" + std::to_string(ev.sentence) + "\"^^" + Iri(kXsd, "integer"), doc);
      Quad(out, statement, Iri(vocab, "start"), "\"" + std::to_string(ev.start) + "\"^^" + Iri(kXsd, "integer"), doc);
      Quad(out, statement, Iri(vocab, "end"), "\"" + std::to_string(ev.end) + "\"^^" + Iri(kXsd, "integer"), doc);
      if (!ev.text.empty()) Quad(out, statement, Iri(vocab, "sentence"), Literal(ev.text), doc);
      if (!ev.date.empty()) Quad(out, statement, Iri(vocab, "date"), DateLiteral(ev.date), doc);
    }
  }
  for (const auto& [id, info] : docs) {
    std::string doc = GeokgIri("doc", id);
    if (!info.date.empty()) Quad(out, doc, Iri(kDcterms, "date"), DateLiteral(info.date), "");
    if (!info.source.empty()) Quad(out, doc, Iri(kDcterms, "publisher"), Literal(info.source), "");
    Quad(out, doc, Iri(kDcterms, "identifier"), Literal(id), "");
    if (auto article = graph.articles.find(id); article != graph.articles.end()) {
      if (!article->second.title.empty()) Quad(out, doc, Iri(kDcterms, "title"), Literal(article->second.title), "");
      if (!article->second.url.empty()) {  // a literal: a page URL need not be a valid IRI
        Quad(out, doc, Iri(kDcterms, "source"), Literal(article->second.url), "");
      }
    }
  }
  if (!out) return Status::IOError("cannot write the N-Quads output");
  return Status::OK();
}

}  // namespace geokg
