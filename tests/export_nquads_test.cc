// N-Quads export: every line is read by a parser that follows the W3C
// N-Quads grammar (IRIREF, BLANK_NODE_LABEL, STRING_LITERAL_QUOTE with ECHAR
// and UCHAR, datatypes, language tags) and the quads compared with the graph.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "graph/export.h"
#include "tests/export_test_graph.h"

namespace geokg {
namespace {

const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

struct Term {
  enum Kind { kNone, kIri, kBlank, kLiteral } kind = kNone;
  std::string value;     // the IRI, the blank node label, or the literal's text (unescaped)
  std::string datatype;  // literals: the datatype IRI, or empty
  bool operator<(const Term& o) const {
    return std::tie(kind, value, datatype) < std::tie(o.kind, o.value, o.datatype);
  }
  bool operator==(const Term& o) const = default;
};

struct Quad {
  Term s, p, o, g;  // g.kind == kNone: the default graph
};

Term Iri(const std::string& iri) { return {Term::kIri, iri, ""}; }

class LineParser {
 public:
  explicit LineParser(const std::string& line) : line_(line) {}

  bool Parse(Quad* quad, std::string* error) {
    Spaces();
    if (!Subject(&quad->s) || !(Spaces(), IriRef(&quad->p)) || !(Spaces(), Object(&quad->o))) {
      return Fail(error);
    }
    Spaces();
    if (Peek() == '<' ? !IriRef(&quad->g) : Peek() == '_' ? !Blank(&quad->g) : false) return Fail(error);
    Spaces();
    if (Peek() != '.') return Fail(error);
    ++pos_;
    Spaces();
    if (pos_ != line_.size()) return Fail(error);
    return true;
  }

 private:
  char Peek() const { return pos_ < line_.size() ? line_[pos_] : '\0'; }
  void Spaces() {
    while (Peek() == ' ' || Peek() == '\t') ++pos_;
  }
  bool Fail(std::string* error) {
    *error = "syntax error at column " + std::to_string(pos_) + " of: " + line_;
    return false;
  }
  bool Subject(Term* t) { return Peek() == '<' ? IriRef(t) : Blank(t); }
  bool Object(Term* t) {
    if (Peek() == '<') return IriRef(t);
    if (Peek() == '_') return Blank(t);
    return Literal(t);
  }
  static bool Hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)); }
  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (cp >> 18));
      *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  // UCHAR after the backslash.
  bool Uchar(std::string* out) {
    size_t digits = Peek() == 'u' ? 4 : Peek() == 'U' ? 8 : 0;
    if (!digits || pos_ + digits >= line_.size()) return false;
    for (size_t i = 1; i <= digits; ++i) {
      if (!Hex(line_[pos_ + i])) return false;
    }
    AppendUtf8(static_cast<uint32_t>(std::stoul(line_.substr(pos_ + 1, digits), nullptr, 16)), out);
    pos_ += digits + 1;
    return true;
  }
  bool IriRef(Term* t) {
    if (Peek() != '<') return false;
    ++pos_;
    std::string iri;
    while (Peek() != '>') {
      auto c = static_cast<unsigned char>(Peek());
      if (pos_ >= line_.size() || c <= 0x20 || std::string_view("<\"{}|^`").find(c) != std::string_view::npos) {
        return false;
      }
      if (c == '\\') {
        ++pos_;
        if (!Uchar(&iri)) return false;
        continue;
      }
      iri += static_cast<char>(c);
      ++pos_;
    }
    ++pos_;
    // An absolute IRI: a scheme, then ':'.
    size_t colon = iri.find(':');
    if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(iri[0]))) return false;
    *t = Iri(iri);
    return true;
  }
  bool Blank(Term* t) {
    if (line_.compare(pos_, 2, "_:") != 0) return false;
    pos_ += 2;
    std::string label;
    while (std::isalnum(static_cast<unsigned char>(Peek())) || Peek() == '_' || Peek() == '-' ||
           Peek() == '.') {
      label += Peek();
      ++pos_;
    }
    if (label.empty() || label.back() == '.') return false;
    *t = {Term::kBlank, label, ""};
    return true;
  }
  bool Literal(Term* t) {
    if (Peek() != '"') return false;
    ++pos_;
    std::string text;
    for (;;) {
      if (pos_ >= line_.size()) return false;
      char c = line_[pos_];
      if (c == '"') break;
      if (c == '\n' || c == '\r') return false;
      if (c == '\\') {
        ++pos_;
        static const std::map<char, char> kEchar = {{'t', '\t'}, {'b', '\b'}, {'n', '\n'}, {'r', '\r'},
                                                    {'f', '\f'}, {'"', '"'},  {'\'', '\''}, {'\\', '\\'}};
        auto it = kEchar.find(Peek());
        if (it != kEchar.end()) {
          text += it->second;
          ++pos_;
        } else if (!Uchar(&text)) {
          return false;
        }
        continue;
      }
      text += c;
      ++pos_;
    }
    ++pos_;
    *t = {Term::kLiteral, text, ""};
    if (line_.compare(pos_, 2, "^^") == 0) {
      pos_ += 2;
      Term datatype;
      if (!IriRef(&datatype)) return false;
      t->datatype = datatype.value;
    } else if (Peek() == '@') {
      ++pos_;
      while (std::isalnum(static_cast<unsigned char>(Peek())) || Peek() == '-') ++pos_;
    }
    return true;
  }

  const std::string& line_;
  size_t pos_ = 0;
};

std::vector<Quad> ParseNQuads(const std::string& text) {
  std::vector<Quad> quads;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Quad quad;
    std::string error;
    if (!LineParser(line).Parse(&quad, &error)) {
      ADD_FAILURE() << error;
      continue;
    }
    EXPECT_EQ(quad.o.value, ValidUtf8(quad.o.value)) << "invalid UTF-8 in " << line;
    quads.push_back(quad);
  }
  return quads;
}

std::string PercentDecode(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Splits a geokg IRI "urn:geokg:<space>:<encoded>" into space and decoded name.
std::pair<std::string, std::string> GeokgName(const std::string& iri) {
  const std::string base(kNQuadsBase);
  if (iri.compare(0, base.size(), base) != 0) return {"", ""};
  size_t colon = iri.find(':', base.size());
  if (colon == std::string::npos) return {"", ""};
  return {iri.substr(base.size(), colon - base.size()), PercentDecode(iri.substr(colon + 1))};
}

// The IRI the writer must give `name` in `space`: RFC 3986 unreserved bytes
// as they are, every other byte percent-encoded.
Term Geokg(const std::string& space, const std::string& name) {
  std::string encoded;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~') {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[u >> 4];
      encoded += kHex[u & 15];
    }
  }
  return Iri(std::string(kNQuadsBase) + space + ":" + encoded);
}

std::string NQuads(const Subgraph& graph) {
  std::ostringstream out;
  EXPECT_TRUE(WriteNQuads(graph, out).ok());
  return out.str();
}

TEST(NQuadsTest, PercentEncodedNamesDecodeToTheOriginalBytes) {
  Subgraph graph = testing::HostileGraph();
  std::vector<Quad> quads = ParseNQuads(NQuads(graph));
  std::set<std::string> actors, docs;
  for (const auto& quad : quads) {
    for (const Term* term : {&quad.s, &quad.o, &quad.g}) {
      auto [space, name] = GeokgName(term->value);
      if (term->kind != Term::kIri) continue;
      if (space == "actor") actors.insert(name);
      if (space == "doc") docs.insert(name);
    }
  }
  std::set<std::string> expected_actors, expected_docs;
  for (const auto& actor : graph.actors) expected_actors.insert(actor.id);
  for (const auto& evidence : graph.evidence) {
    for (const auto& ev : evidence) expected_docs.insert(ev.doc);
  }
  EXPECT_EQ(actors, expected_actors);
  EXPECT_EQ(docs, expected_docs);
}

TEST(NQuadsTest, RelationsAreStatedInTheGraphOfEachArticle) {
  Subgraph graph = testing::HostileGraph();
  std::vector<Quad> quads = ParseNQuads(NQuads(graph));
  std::set<std::tuple<Term, Term, Term, Term>> all;
  for (const auto& q : quads) all.insert({q.s, q.p, q.o, q.g});

  for (const auto& actor : graph.actors) {
    Term node = Geokg("actor", actor.id);
    EXPECT_TRUE(all.count({node, Iri(kRdf + "type"), Geokg("type", std::string(ToString(actor.type))), Term{}}))
        << actor.id;
    Term label{Term::kLiteral, ValidUtf8(actor.name), ""};
    EXPECT_TRUE(all.count({node, Iri("http://www.w3.org/2000/01/rdf-schema#label"), label, Term{}}))
        << actor.id;
  }
  size_t relation_quads = 0;
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    std::string space = edge.key.polarity == Polarity::kNegative ? "not" : "rel";
    std::set<std::string> docs;
    for (const auto& ev : graph.evidence[i]) docs.insert(ev.doc);
    for (const auto& doc : docs) {
      EXPECT_TRUE(all.count({Geokg("actor", edge.key.subject), Geokg(space, edge.key.predicate),
                             Geokg("actor", edge.key.object), Geokg("doc", doc)}))
          << edge.key.predicate << " in " << doc;
      ++relation_quads;
    }
  }
  // Nothing else links two actors: a negated relation is never stated as rel:.
  size_t actor_to_actor = 0;
  for (const auto& q : quads) {
    if (GeokgName(q.s.value).first == "actor" && GeokgName(q.o.value).first == "actor" &&
        GeokgName(q.p.value).first != "vocab") {
      ++actor_to_actor;
      EXPECT_EQ(q.g.kind, Term::kIri);
    }
  }
  EXPECT_EQ(actor_to_actor, relation_quads);
}

TEST(NQuadsTest, EveryPieceOfEvidenceIsAStatementWithItsSentence) {
  Subgraph graph = testing::HostileGraph();
  std::vector<Quad> quads = ParseNQuads(NQuads(graph));
  // Statement (blank node) -> its properties, and the graph it is in.
  std::map<std::string, std::map<std::string, Term>> statements;
  std::map<std::string, Term> graph_of;
  for (const auto& q : quads) {
    if (q.s.kind != Term::kBlank) continue;
    statements[q.s.value][q.p.value] = q.o;
    if (graph_of.count(q.s.value)) {
      EXPECT_EQ(graph_of[q.s.value], q.g);
    }
    graph_of[q.s.value] = q.g;
  }
  size_t evidence_count = 0;
  std::multiset<std::tuple<Term, Term, Term, Term, std::string, std::string>> expected, actual;
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    for (const auto& ev : graph.evidence[i]) {
      ++evidence_count;
      expected.insert({Geokg("actor", edge.key.subject),
                       Geokg(edge.key.polarity == Polarity::kNegative ? "not" : "rel", edge.key.predicate),
                       Geokg("actor", edge.key.object), Geokg("doc", ev.doc), ValidUtf8(ev.text),
                       std::string(ToString(ev.modality))});
    }
  }
  for (auto& [node, props] : statements) {
    EXPECT_EQ(props[kRdf + "type"], Iri(kRdf + "Statement"));
    EXPECT_EQ(props[std::string(kNQuadsBase) + "vocab:date"].datatype, kXsd + "date");
    actual.insert({props[kRdf + "subject"], props[kRdf + "predicate"], props[kRdf + "object"], graph_of[node],
                   props[std::string(kNQuadsBase) + "vocab:sentence"].value,
                   props[std::string(kNQuadsBase) + "vocab:modality"].value});
  }
  EXPECT_EQ(statements.size(), evidence_count);
  EXPECT_EQ(actual, expected);
  // The hostile sentence comes back byte for byte (bar the invalid byte).
  bool found = false;
  for (const auto& [node, props] : statements) {
    if (props.at(std::string(kNQuadsBase) + "vocab:modality").value == "hypothetical") {
      EXPECT_EQ(props.at(std::string(kNQuadsBase) + "vocab:sentence").value,
                "Line\nbreak\r\ttab \\ back \"q\" \x01 ctl \xEF\xBF\xBD bad \xE2\x82\xAC");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(NQuadsTest, ArticlesCarryTheirDateInTheDefaultGraph) {
  std::vector<Quad> quads = ParseNQuads(NQuads(testing::HostileGraph()));
  size_t dated = 0;
  for (const auto& q : quads) {
    if (q.p.value == "http://purl.org/dc/terms/date") {
      EXPECT_EQ(q.g.kind, Term::kNone);
      EXPECT_EQ(GeokgName(q.s.value).first, "doc");
      EXPECT_EQ(q.o.datatype, kXsd + "date");
      ++dated;
    }
  }
  EXPECT_EQ(dated, 4u);  // seed-0, seed-1, seed-2 and the hostile one
}

TEST(NQuadsTest, EdgesWithoutEvidenceGiveNoRelationQuads) {
  Subgraph graph = testing::HostileGraph();
  graph.evidence.clear();
  std::vector<Quad> quads = ParseNQuads(NQuads(graph));
  EXPECT_EQ(quads.size(), 2 * graph.actors.size());  // type and label of each actor
}

}  // namespace
}  // namespace geokg
