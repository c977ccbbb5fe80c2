// DOT export: every file produced is read back by Graphviz (`dot -Tcanon`,
// libcgraph) and rendered to SVG, whose text (parsed with libxml2) must show
// each hostile name exactly.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "graph/export.h"
#include "tests/export_test_graph.h"
#include "tests/test_util.h"

#ifdef GEOKG_HAVE_XML_PARSERS
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif

namespace geokg {
namespace {

using testing::HostileGraph;
using testing::MakeActor;
using testing::MakeEdge;

std::string Dot(const Subgraph& graph, const DotOptions& options = {}) {
  std::ostringstream out;
  EXPECT_TRUE(WriteDot(graph, options, out).ok());
  return out.str();
}

// Runs a Graphviz program on `dot`; returns its result.
testing::CommandResult RunGraphviz(const std::string& command, const std::string& dot) {
  testing::TempDir dir;
  std::string path = dir.Join("graph.dot");
  testing::WriteFile(path, dot);
  return testing::RunShell(command + " " + testing::ShellQuote(path));
}

// Asserts that Graphviz reads `dot` without an error or a warning.
void ExpectGraphvizReads(const std::string& dot) {
  auto result = RunGraphviz("dot -Tcanon", dot);
  EXPECT_EQ(result.exit_code, 0) << result.err << "\n" << dot;
  EXPECT_EQ(result.err, "") << dot;
}

TEST(ValidUtf8Test, ReplacesEachMaximalInvalidSubpart) {
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(ValidUtf8("plain"), "plain");
  EXPECT_EQ(ValidUtf8("T\xC3\xBCrkiye \xF0\x9F\x98\x80"), "T\xC3\xBCrkiye \xF0\x9F\x98\x80");
  EXPECT_EQ(ValidUtf8("a\xFF" "b"), "a" + r + "b");
  EXPECT_EQ(ValidUtf8("\xC0\x80"), r + r);              // overlong NUL
  EXPECT_EQ(ValidUtf8("\xE2\x82"), r);                  // truncated euro sign
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"), r + r + r);      // a surrogate
  EXPECT_EQ(ValidUtf8("\xF4\x90\x80\x80"), r + r + r + r);  // above U+10FFFF
  EXPECT_EQ(ValidUtf8("\xE2\x82\xAC" "\xE2"), "\xE2\x82\xAC" + r);
}

TEST(DotQuoteTest, EscapesForTheLexerAndTheLabelInterpreter) {
  EXPECT_EQ(DotQuote("plain"), "\"plain\"");
  EXPECT_EQ(DotQuote("ends\\"), "\"ends\\\\\"");
  EXPECT_EQ(DotQuote("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(DotQuote("a\nb"), "\"a\\nb\"");
  EXPECT_EQ(DotQuote("a\r\nb\rc"), "\"a\\nb\\nc\"");
  EXPECT_EQ(DotQuote("\\N"), "\"\\\\N\"");
  EXPECT_EQ(DotQuote("AT&T"), "\"AT&amp;T\"");
  EXPECT_EQ(DotQuote("tab\there\x07"), "\"tab here \"");
  EXPECT_EQ(DotQuote("bad\xFF"), "\"bad\xEF\xBF\xBD\"");
}

TEST(DotLayoutTest, ChoosesDotForSmallGraphsAndSfdpForLargeOnes) {
  Subgraph graph;
  DotOptions options;
  for (size_t i = 0; i <= options.sfdp_above; ++i) {
    graph.actors.push_back(MakeActor("a" + std::to_string(i), "A", ActorType::kOther));
  }
  EXPECT_EQ(ChooseLayout(graph, options), Layout::kSfdp);
  graph.actors.pop_back();
  EXPECT_EQ(ChooseLayout(graph, options), Layout::kDot);
  options.layout = Layout::kNeato;
  EXPECT_EQ(ChooseLayout(graph, options), Layout::kNeato);
  Layout layout = Layout::kDot;
  EXPECT_TRUE(ParseLayout("sfdp", &layout));
  EXPECT_EQ(layout, Layout::kSfdp);
  EXPECT_FALSE(ParseLayout("circo", &layout));
  EXPECT_EQ(LayoutProgram(Layout::kAuto), "dot");
  EXPECT_EQ(LayoutProgram(Layout::kNeato), "neato");
}

TEST(DotExportTest, EmptyGraphIsValidDot) {
  ExpectGraphvizReads(Dot(Subgraph()));
  DotOptions titled;
  titled.title = "nothing \"here\"\\";
  ExpectGraphvizReads(Dot(Subgraph(), titled));
}

TEST(DotExportTest, HostileGraphIsReadWithoutWarnings) {
  Subgraph graph = HostileGraph();
  DotOptions options;
  options.title = "Title <with> & \"markup\"\nand a line\\";
  ExpectGraphvizReads(Dot(graph, options));
  options.legend = false;
  ExpectGraphvizReads(Dot(graph, options));
  for (Layout layout : {Layout::kSfdp, Layout::kNeato}) {
    options.layout = layout;
    ExpectGraphvizReads(Dot(graph, options));
  }
}

#ifdef GEOKG_HAVE_XML_PARSERS

// A DOT file as Graphviz's parser (libcgraph) reads it. Nodes and edges are
// in creation order, which is the order of the file.
struct ParsedDot {
  struct Node {
    std::string name;
    std::map<std::string, std::string> attrs;
  };
  struct Edge {
    size_t tail = 0, head = 0;  // indices into nodes
    std::map<std::string, std::string> attrs;
  };
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::map<std::string, std::string> graph_attrs;
  const Node* Find(const std::string& name) const {
    for (const auto& node : nodes) {
      if (node.name == name) return &node;
    }
    return nullptr;
  }
};

std::map<std::string, std::string> Attributes(void* object, int kind, Agraph_t* root) {
  std::map<std::string, std::string> attrs;
  for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym)) {
    const char* value = agxget(object, sym);
    if (value && *value) attrs[sym->name] = value;
  }
  return attrs;
}

ParsedDot ParseWithCgraph(const std::string& dot) {
  ParsedDot parsed;
  Agraph_t* g = agmemread(dot.c_str());
  EXPECT_NE(g, nullptr) << dot;
  if (!g) return parsed;
  EXPECT_TRUE(agisdirected(g));
  parsed.graph_attrs = Attributes(g, AGRAPH, g);
  std::map<uint64_t, ParsedDot::Node> nodes;  // by creation sequence
  std::map<uint64_t, Agnode_t*> node_of_seq;
  std::map<uint64_t, ParsedDot::Edge> edges;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    nodes[AGSEQ(n)] = {agnameof(n), Attributes(n, AGNODE, g)};
  }
  std::map<uint64_t, size_t> index;  // node sequence -> position
  for (const auto& [seq, node] : nodes) {
    index[seq] = parsed.nodes.size();
    parsed.nodes.push_back(node);
  }
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      edges[AGSEQ(e)] = {index[AGSEQ(agtail(e))], index[AGSEQ(aghead(e))], Attributes(e, AGEDGE, g)};
    }
  }
  for (auto& [seq, edge] : edges) parsed.edges.push_back(std::move(edge));
  agclose(g);
  return parsed;
}

std::string Content(xmlNode* node) {
  xmlChar* text = xmlNodeGetContent(node);
  std::string s = text ? reinterpret_cast<const char*>(text) : "";
  xmlFree(text);
  return s;
}

std::string Prop(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  std::string s = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return s;
}

// The text Graphviz draws in an SVG, parsed with libxml2: per node and edge
// group (ids "node<k>" and "edge<k>", k its 1-based creation order) the lines
// of its <text> joined by '\n'; the rest (the legend) apart.
struct RenderedSvg {
  std::map<size_t, std::string> node_text;  // creation index (0-based) -> drawn text
  std::map<size_t, std::string> edge_text;
  std::string graph_text;
};

void CollectText(xmlNode* node, std::string* text) {
  for (xmlNode* child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (std::string(reinterpret_cast<const char*>(child->name)) == "text") {
      *text += (text->empty() ? "" : "\n") + Content(child);
    } else {
      CollectText(child->children, text);
    }
  }
}

void Walk(xmlNode* node, RenderedSvg* svg) {
  for (xmlNode* child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    std::string name = reinterpret_cast<const char*>(child->name);
    std::string cls = Prop(child, "class"), id = Prop(child, "id");
    if (name == "g" && (cls == "node" || cls == "edge")) {
      std::string text;
      CollectText(child->children, &text);
      size_t k = std::stoul(id.substr(4)) - 1;
      (cls == "node" ? svg->node_text : svg->edge_text)[k] = text;
      continue;
    }
    if (name == "text") svg->graph_text += Content(child) + "\n";
    Walk(child->children, svg);
  }
}

RenderedSvg RenderSvg(const std::string& dot) {
  RenderedSvg svg;
  auto result = RunGraphviz("dot -Tsvg", dot);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  xmlDoc* doc = xmlReadMemory(result.out.data(), static_cast<int>(result.out.size()), "graph.svg",
                              nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  EXPECT_NE(doc, nullptr) << result.out;
  if (!doc) return svg;
  Walk(xmlDocGetRootElement(doc), &svg);
  xmlFreeDoc(doc);
  return svg;
}

// How each actor's name is drawn: invalid UTF-8 as U+FFFD, CR LF and LF as
// line breaks, other control characters as spaces, everything else as is.
const std::map<std::string, std::string> kDrawn = {
    {"PAK", "Pakistan"},
    {"IND", "India"},
    {"quote\"id", "Say \"hi\""},
    {"back\\slash\\", "ends with a backslash \\"},
    {"nl", "two\nlines"},
    {"utf", "T\xC3\xBCrkiye \xE2\x80\x93 Erdo\xC4\x9F" "an \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80"},
    {"amp&lt;", "AT&T &lt; <b>x</b> \\N \\G {a|b}"},
    {"ctl", "bell tab here\nend"},
    {"node", "bad\xEF\xBF\xBD\xEF\xBF\xBD bytes"},
    {"a,b c", " leading, space; and \"quotes\" "},
};

TEST(DotExportTest, GraphvizReadsTheGraphAndDrawsEveryNameAsWritten) {
  Subgraph graph = HostileGraph();
  std::string dot = Dot(graph);
  ParsedDot parsed = ParseWithCgraph(dot);
  RenderedSvg svg = RenderSvg(dot);

  // One distinct Graphviz node per actor, drawn with the actor's name.
  ASSERT_EQ(parsed.nodes.size(), graph.actors.size());
  std::set<std::string> names;
  for (const auto& node : parsed.nodes) names.insert(node.name);
  EXPECT_EQ(names.size(), graph.actors.size());
  EXPECT_TRUE(parsed.Find("PAK"));
  EXPECT_TRUE(parsed.Find("amp&lt;"));
  EXPECT_TRUE(parsed.Find("quote\"id"));
  ASSERT_EQ(svg.node_text.size(), graph.actors.size());
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    EXPECT_EQ(svg.node_text[i], kDrawn.at(graph.actors[i].id)) << graph.actors[i].id;
  }

  // The same edges between the same actors, labelled "predicate (count)".
  ASSERT_EQ(parsed.edges.size(), graph.edges.size());
  const std::vector<std::string> labels = {
      "ask (1)", "strike (12)", "not attend (2)", "say \"no\" \\ (3)", "prime minister (5)",
      "give\naid (4)", "attack &amp; <kill> (1)", "meet (1)", "join, \"then\" leave (7)"};
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    EXPECT_EQ(graph.actors[parsed.edges[i].tail].id, graph.edges[i].key.subject) << i;
    EXPECT_EQ(graph.actors[parsed.edges[i].head].id, graph.edges[i].key.object) << i;
    EXPECT_EQ(svg.edge_text[i], labels[i]) << i;
  }

  // The legend names the types and classes present, and negation.
  for (const char* line : {"country", "government body", "person", "organisation", "armed group",
                           "party", "other", "verbal cooperation", "material cooperation",
                           "verbal conflict", "material conflict", "affiliation (role, membership)",
                           "event without CAMEO code", "negated (did not, refused)"}) {
    EXPECT_NE(svg.graph_text.find(line), std::string::npos) << line << " in\n" << svg.graph_text;
  }
}

TEST(DotExportTest, LegendShowsOnlyWhatIsPresentAndTheTitle) {
  Subgraph graph;
  graph.actors = {MakeActor("PAK", "Pakistan", ActorType::kCountry),
                  MakeActor("USA", "United States", ActorType::kCountry)};
  graph.edges = {MakeEdge("USA", "ask", "PAK", "102", 1, 1)};
  DotOptions options;
  options.title = "Ego <network> & \"more\"";
  RenderedSvg svg = RenderSvg(Dot(graph, options));
  EXPECT_NE(svg.graph_text.find("Ego <network> & \"more\""), std::string::npos) << svg.graph_text;
  EXPECT_NE(svg.graph_text.find("verbal cooperation"), std::string::npos);
  EXPECT_EQ(svg.graph_text.find("person"), std::string::npos);
  EXPECT_EQ(svg.graph_text.find("conflict"), std::string::npos);
  EXPECT_EQ(svg.graph_text.find("negated"), std::string::npos);
}

TEST(DotExportTest, StylesFollowActorTypeQuadCountAndPolarity) {
  Subgraph graph = HostileGraph();
  ParsedDot parsed = ParseWithCgraph(Dot(graph));
  ASSERT_EQ(parsed.nodes.size(), graph.actors.size());
  ASSERT_EQ(parsed.edges.size(), graph.edges.size());
  EXPECT_EQ(parsed.graph_attrs["layout"], "dot");
  const auto& pak = parsed.nodes[0].attrs;     // country
  const auto& ind = parsed.nodes[1].attrs;     // country
  const auto& person = parsed.nodes[4].attrs;  // person
  const auto& org = parsed.nodes[5].attrs;     // organisation
  EXPECT_EQ(pak.at("shape"), "box");
  EXPECT_EQ(ind.at("fillcolor"), pak.at("fillcolor"));
  EXPECT_EQ(person.at("shape"), "ellipse");
  EXPECT_NE(person.at("fillcolor"), pak.at("fillcolor"));
  EXPECT_EQ(org.at("shape"), "hexagon");
  const auto& ask = parsed.edges[0].attrs;     // quad 1, 1 mention
  const auto& strike = parsed.edges[1].attrs;  // quad 4, 12 mentions
  const auto& attend = parsed.edges[2].attrs;  // quad 1, negated
  const auto& say = parsed.edges[3].attrs;     // quad 3
  const auto& role = parsed.edges[4].attrs;    // affiliation
  const auto& aid = parsed.edges[5].attrs;     // quad 2, 4 mentions
  EXPECT_EQ(ask.at("color"), "#74c476");
  EXPECT_EQ(aid.at("color"), "#006d2c");
  EXPECT_EQ(say.at("color"), "#fb6a4a");
  EXPECT_EQ(strike.at("color"), "#a50f15");
  EXPECT_EQ(role.at("arrowhead"), "odot");
  EXPECT_EQ(attend.at("style"), "dashed");
  EXPECT_FALSE(ask.count("style"));
  EXPECT_EQ(ask.at("penwidth"), "1.0");
  EXPECT_GT(std::stod(strike.at("penwidth")), std::stod(aid.at("penwidth")));
  EXPECT_GT(std::stod(aid.at("penwidth")), std::stod(ask.at("penwidth")));
  EXPECT_LE(std::stod(strike.at("penwidth")), 8.0);
}

TEST(DotExportTest, LargeGraphsUseSfdpWithoutEdgeLabelsAndRender) {
  Subgraph graph;
  const int n = static_cast<int>(DotOptions().sfdp_above) + 50;
  for (int i = 0; i < n; ++i) {
    graph.actors.push_back(MakeActor("a" + std::to_string(i), "Actor \"" + std::to_string(i) + "\"",
                                     static_cast<ActorType>(i % 7)));
  }
  for (int i = 0; i < n; ++i) {
    graph.edges.push_back(MakeEdge("a" + std::to_string(i), "meet", "a" + std::to_string((i * 7 + 1) % n),
                                   "040", 1, 1 + i % 5));
  }
  std::string dot = Dot(graph);
  ParsedDot parsed = ParseWithCgraph(dot);
  EXPECT_EQ(parsed.graph_attrs["layout"], "sfdp");
  EXPECT_EQ(parsed.graph_attrs["overlap"], "prism");
  EXPECT_EQ(parsed.graph_attrs["splines"], "false");
  EXPECT_EQ(parsed.nodes.size(), static_cast<size_t>(n));
  EXPECT_EQ(parsed.edges.size(), static_cast<size_t>(n));
  for (const auto& edge : parsed.edges) EXPECT_FALSE(edge.attrs.count("label"));
  RenderedSvg svg = RenderSvg(dot);  // laid out by sfdp, as the file asks
  EXPECT_EQ(svg.node_text.size(), static_cast<size_t>(n));
  EXPECT_EQ(svg.node_text[7], "Actor \"7\"");
}

TEST(DotExportTest, LegendCanBeLeftOut) {
  Subgraph graph = HostileGraph();
  DotOptions options;
  options.legend = false;
  ParsedDot parsed = ParseWithCgraph(Dot(graph, options));
  EXPECT_FALSE(parsed.graph_attrs.count("label"));
  options.legend = true;
  parsed = ParseWithCgraph(Dot(graph, options));
  EXPECT_TRUE(parsed.graph_attrs.count("label"));
}

#else
TEST(DotExportTest, DISABLED_NeedsLibxml2AndLibcgraph) {}
#endif

}  // namespace
}  // namespace geokg
