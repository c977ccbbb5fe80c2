// JSON export: parsed back with nlohmann::json (strict) and compared with the
// graph.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "graph/export.h"
#include "tests/export_test_graph.h"

namespace geokg {
namespace {

nlohmann::json Json(const Subgraph& graph) {
  std::ostringstream out;
  EXPECT_TRUE(WriteJson(graph, out).ok());
  return nlohmann::json::parse(out.str());  // throws, failing the test, on invalid JSON or UTF-8
}

TEST(JsonExportTest, ParsesBackToTheSameGraph) {
  Subgraph graph = testing::HostileGraph();
  nlohmann::json json = Json(graph);
  EXPECT_EQ(json["directed"], true);
  EXPECT_EQ(json["multigraph"], true);
  EXPECT_EQ(json["graph"]["actors"], graph.actors.size());
  ASSERT_EQ(json["nodes"].size(), graph.actors.size());
  ASSERT_EQ(json["links"].size(), graph.edges.size());
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    const ActorRecord& actor = graph.actors[i];
    const auto& node = json["nodes"][i];
    EXPECT_EQ(node["id"], actor.id);
    EXPECT_EQ(node["name"], ValidUtf8(actor.name));
    EXPECT_EQ(node["type"], ToString(actor.type));
    EXPECT_EQ(node["mentions"], actor.mentions);
    EXPECT_EQ(node["aliases"].size(), actor.aliases.size());
  }
  EXPECT_EQ(json["nodes"][9]["aliases"][0], "x;y");
  EXPECT_EQ(json["nodes"][7]["name"], "bell\x07tab\there\r\nend");
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    const auto& link = json["links"][i];
    EXPECT_EQ(link["source"], edge.key.subject);
    EXPECT_EQ(link["target"], edge.key.object);
    EXPECT_EQ(link["predicate"], edge.key.predicate);
    EXPECT_EQ(link["polarity"], ToString(edge.key.polarity));
    EXPECT_EQ(link["kind"], ToString(edge.key.kind));
    // Affiliations and uncoded events have no CAMEO code, quad class or Goldstein value: absent, not 0.
    if (edge.cameo.empty()) {
      EXPECT_FALSE(link.contains("cameo") || link.contains("quad") || link.contains("goldstein")) << link;
    } else {
      EXPECT_EQ(link["cameo"], edge.cameo);
      EXPECT_EQ(link["quad"], edge.quad);
      EXPECT_EQ(link["goldstein"].get<double>(), edge.goldstein);
    }
    EXPECT_EQ(link["mentions"], edge.mentions);
    EXPECT_EQ(link["modality"]["asserted"], edge.modality_counts[0]);
    EXPECT_EQ(link["modality"]["hypothetical"], 0);
  }
}

TEST(JsonExportTest, EveryLinkEndIsANode) {
  nlohmann::json json = Json(testing::HostileGraph());
  std::set<std::string> ids;
  for (const auto& node : json["nodes"]) ids.insert(node["id"].get<std::string>());
  for (const auto& link : json["links"]) {
    EXPECT_TRUE(ids.count(link["source"].get<std::string>()));
    EXPECT_TRUE(ids.count(link["target"].get<std::string>()));
  }
}

TEST(JsonExportTest, EmptyGraph) {
  nlohmann::json json = Json(Subgraph());
  EXPECT_TRUE(json["nodes"].empty());
  EXPECT_TRUE(json["links"].empty());
}

}  // namespace
}  // namespace geokg
