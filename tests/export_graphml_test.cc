// GraphML export: the file is parsed back with libxml2 (strict, no recovery)
// and every node, edge and value compared with the graph.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "graph/export.h"
#include "tests/export_test_graph.h"

#ifdef GEOKG_HAVE_XML_PARSERS
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif

namespace geokg {
namespace {

#ifdef GEOKG_HAVE_XML_PARSERS

constexpr const char* kNs = "http://graphml.graphdrawing.org/xmlns";

std::string Prop(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  std::string s = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return s;
}

bool Is(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && node->ns &&
         std::string(reinterpret_cast<const char*>(node->ns->href)) == kNs &&
         std::string(reinterpret_cast<const char*>(node->name)) == name;
}

struct Element {
  std::map<std::string, std::string> attrs;  // id, source, target
  std::map<std::string, std::string> data;   // attr.name -> value
};

struct ParsedGraphML {
  std::map<std::string, std::pair<std::string, std::string>> keys;  // id -> (for, attr.name)
  std::map<std::string, std::string> key_types;                     // attr.name@for -> attr.type
  std::string edgedefault;
  std::vector<Element> nodes, edges;
};

ParsedGraphML Parse(const std::string& xml) {
  ParsedGraphML parsed;
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "graph.graphml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  EXPECT_NE(doc, nullptr) << "libxml2 rejects the GraphML:\n" << xml;
  if (!doc) return parsed;
  xmlNode* root = xmlDocGetRootElement(doc);
  EXPECT_TRUE(Is(root, "graphml"));
  for (xmlNode* child = root->children; child; child = child->next) {
    if (Is(child, "key")) {
      parsed.keys[Prop(child, "id")] = {Prop(child, "for"), Prop(child, "attr.name")};
      parsed.key_types[Prop(child, "attr.name") + "@" + Prop(child, "for")] = Prop(child, "attr.type");
    }
    if (!Is(child, "graph")) continue;
    parsed.edgedefault = Prop(child, "edgedefault");
    for (xmlNode* item = child->children; item; item = item->next) {
      if (!Is(item, "node") && !Is(item, "edge")) continue;
      Element element;
      for (const char* attr : {"id", "source", "target"}) element.attrs[attr] = Prop(item, attr);
      for (xmlNode* data = item->children; data; data = data->next) {
        if (!Is(data, "data")) continue;
        auto key = parsed.keys.at(Prop(data, "key"));
        EXPECT_EQ(key.first, Is(item, "node") ? "node" : "edge");
        xmlChar* text = xmlNodeGetContent(data);
        element.data[key.second] = reinterpret_cast<const char*>(text);
        xmlFree(text);
      }
      (Is(item, "node") ? parsed.nodes : parsed.edges).push_back(std::move(element));
    }
  }
  xmlFreeDoc(doc);
  return parsed;
}

std::string GraphML(const Subgraph& graph) {
  std::ostringstream out;
  EXPECT_TRUE(WriteGraphML(graph, out).ok());
  return out.str();
}

// What XML can carry of `text`: valid UTF-8, control characters other than
// tab, LF and CR as U+FFFD.
std::string XmlText(const std::string& text) {
  std::string out;
  for (char c : ValidUtf8(text)) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "\xEF\xBF\xBD";
    else out += c;
  }
  return out;
}

TEST(GraphMLExportTest, ParsesBackToTheSameGraph) {
  Subgraph graph = testing::HostileGraph();
  ParsedGraphML parsed = Parse(GraphML(graph));
  EXPECT_EQ(parsed.edgedefault, "directed");
  ASSERT_EQ(parsed.nodes.size(), graph.actors.size());
  ASSERT_EQ(parsed.edges.size(), graph.edges.size());
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    const ActorRecord& actor = graph.actors[i];
    const Element& node = parsed.nodes[i];
    EXPECT_EQ(node.attrs.at("id"), actor.id);
    EXPECT_EQ(node.data.at("label"), XmlText(actor.name)) << actor.id;
    EXPECT_EQ(node.data.at("type"), ToString(actor.type));
    EXPECT_EQ(node.data.at("mentions"), std::to_string(actor.mentions));
    EXPECT_EQ(node.data.at("first_seen"), actor.first_seen);
    EXPECT_FALSE(node.data.count("country"));  // empty values are left out
  }
  EXPECT_EQ(parsed.nodes[0].data.at("aliases"), "Islamabad; Pakistani");
  // A carriage return survives (written as &#13;), a bell becomes U+FFFD.
  EXPECT_EQ(parsed.nodes[7].data.at("label"), "bell\xEF\xBF\xBDtab\there\r\nend");
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    const Element& element = parsed.edges[i];
    EXPECT_EQ(element.attrs.at("id"), "e" + std::to_string(i));
    EXPECT_EQ(element.attrs.at("source"), edge.key.subject);
    EXPECT_EQ(element.attrs.at("target"), edge.key.object);
    EXPECT_EQ(element.data.at("label"), edge.key.predicate);
    EXPECT_EQ(std::stod(element.data.at("weight")), static_cast<double>(edge.mentions));
    EXPECT_EQ(element.data.at("polarity"), ToString(edge.key.polarity));
    EXPECT_EQ(element.data.at("kind"), ToString(edge.key.kind));
    EXPECT_EQ(element.data.count("cameo"), edge.cameo.empty() ? 0u : 1u);
    if (edge.cameo.empty()) {  // no quad class, no Goldstein value: left out, not 0
      EXPECT_FALSE(element.data.count("quad") || element.data.count("goldstein"));
    } else {
      EXPECT_EQ(std::stoi(element.data.at("quad")), edge.quad);
      EXPECT_EQ(std::stod(element.data.at("goldstein")), edge.goldstein);
    }
    EXPECT_EQ(element.data.at("last_date"), edge.last_date);
  }
  EXPECT_EQ(parsed.edges[0].data.at("cameo"), "102");
  EXPECT_EQ(parsed.edges[3].data.at("label"), "say \"no\" \\");
}

TEST(GraphMLExportTest, DeclaresTypedKeysGephiReads) {
  ParsedGraphML parsed = Parse(GraphML(testing::HostileGraph()));
  EXPECT_EQ(parsed.key_types["label@node"], "string");
  EXPECT_EQ(parsed.key_types["label@edge"], "string");
  EXPECT_EQ(parsed.key_types["weight@edge"], "double");
  EXPECT_EQ(parsed.key_types["mentions@node"], "long");
  EXPECT_EQ(parsed.key_types["quad@edge"], "int");
}

TEST(GraphMLExportTest, EmptyGraphIsValid) {
  ParsedGraphML parsed = Parse(GraphML(Subgraph()));
  EXPECT_EQ(parsed.edgedefault, "directed");
  EXPECT_TRUE(parsed.nodes.empty());
  EXPECT_FALSE(parsed.keys.empty());
}

TEST(GraphMLExportTest, XmlForbiddenCharactersAreReplaced) {
  Subgraph graph;
  graph.actors = {testing::MakeActor("x", std::string("nul\0and\xEF\xBF\xBE", 10) + "\x1F]]>", ActorType::kOther)};
  ParsedGraphML parsed = Parse(GraphML(graph));
  ASSERT_EQ(parsed.nodes.size(), 1u);
  EXPECT_EQ(parsed.nodes[0].data.at("label"), "nul\xEF\xBF\xBD" "and\xEF\xBF\xBD\xEF\xBF\xBD]]>");
}

#else
TEST(GraphMLExportTest, DISABLED_NeedsLibxml2) {}
#endif

}  // namespace
}  // namespace geokg
