// MergeParallelEdges and KeepStrongestEdges (graph/diagram.h): what a large
// diagram draws.
#include "graph/diagram.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

EdgeRecord Edge(const std::string& s, const std::string& p, const std::string& o, uint64_t mentions,
                const std::string& cameo = "", int quad = 0, Polarity polarity = Polarity::kPositive,
                RelationKind kind = RelationKind::kEvent) {
  EdgeRecord e;
  e.key = {s, p, o, polarity, kind};
  e.mentions = mentions;
  e.articles = mentions;
  e.cameo = cameo;
  e.quad = quad;
  e.goldstein = quad == 4 ? -10 : 1;
  e.modality_counts[0] = mentions;
  e.first_date = "2020-0" + std::to_string(mentions) + "-01";
  e.last_date = e.first_date;
  return e;
}

Subgraph Graph(std::vector<EdgeRecord> edges, std::vector<std::string> ids) {
  Subgraph g;
  for (const auto& id : ids) {
    ActorRecord actor;
    actor.id = actor.name = id;
    g.actors.push_back(actor);
  }
  g.edges = std::move(edges);
  g.IndexActors();
  return g;
}

TEST(DiagramTest, ParallelRelationsMergeIntoOneEdgePerPairAndDirection) {
  Subgraph g = Graph({Edge("A", "accuse", "B", 2, "112", 3), Edge("A", "strike", "B", 5, "195", 4),
                      Edge("A", "meet", "B", 1, "040", 1, Polarity::kNegative),
                      Edge("A", "head", "B", 1, "", 0, Polarity::kPositive, RelationKind::kAffiliation),
                      Edge("B", "accuse", "A", 3, "112", 3)},
                     {"A", "B"});
  g.evidence.resize(5);
  EXPECT_EQ(MergeParallelEdges(&g), 5u);
  ASSERT_EQ(g.edges.size(), 2u);
  const EdgeRecord& ab = g.edges[0];
  EXPECT_EQ(ab.key.subject, "A");
  EXPECT_EQ(ab.key.object, "B");
  EXPECT_EQ(ab.key.predicate, "4 relations: strike, accuse, meet, ...");
  EXPECT_EQ(ab.mentions, 9u);
  EXPECT_EQ(ab.modality_counts[0], 9u);
  EXPECT_EQ(ab.cameo, "195");  // the coded relation with the most mentions
  EXPECT_EQ(ab.quad, 4);
  EXPECT_EQ(ab.key.polarity, Polarity::kPositive);  // negative only when every part is
  EXPECT_EQ(ab.key.kind, RelationKind::kEvent);
  EXPECT_EQ(ab.first_date, "2020-01-01");
  EXPECT_EQ(ab.last_date, "2020-05-01");
  EXPECT_EQ(g.edges[1].key.predicate, "accuse");  // alone in its direction: unchanged
  EXPECT_TRUE(g.evidence.empty());
}

TEST(DiagramTest, AffiliationsAloneStayAffiliationsWithoutACode) {
  Subgraph g = Graph({Edge("A", "head", "B", 1, "", 0, Polarity::kPositive, RelationKind::kAffiliation),
                      Edge("A", "member", "B", 2, "", 0, Polarity::kPositive, RelationKind::kAffiliation)},
                     {"A", "B"});
  MergeParallelEdges(&g);
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].key.kind, RelationKind::kAffiliation);
  EXPECT_EQ(g.edges[0].cameo, "");
  EXPECT_EQ(g.edges[0].key.predicate, "2 relations: member, head");
}

TEST(DiagramTest, TheCapKeepsTheStrongestEdgesAndTheActorsTheyTouch) {
  Subgraph g = Graph({Edge("A", "p", "B", 1), Edge("B", "p", "C", 7), Edge("C", "p", "D", 3), Edge("D", "p", "E", 2),
                      Edge("E", "p", "A", 3)},
                     {"A", "B", "C", "D", "E"});
  EdgeCap cap = KeepStrongestEdges(2, "A", &g);
  EXPECT_EQ(cap.edges_before, 5u);
  EXPECT_EQ(cap.edges_dropped, 3u);
  EXPECT_EQ(cap.weakest_kept, 3u);
  ASSERT_EQ(g.edges.size(), 2u);
  EXPECT_EQ(g.edges[0].key.subject, "B");  // 7 mentions; then the first of the two with 3, in order
  EXPECT_EQ(g.edges[1].key.subject, "C");
  // B, C, D are drawn; A is the ego network's centre and stays; E goes.
  EXPECT_EQ(cap.actors_dropped, 1u);
  ASSERT_EQ(g.actors.size(), 4u);
  EXPECT_FALSE(g.actor_index.count("E"));
  EXPECT_TRUE(g.actor_index.count("A"));

  EdgeCap none = KeepStrongestEdges(0, "", &g);  // 0: no cap
  EXPECT_EQ(none.edges_dropped, 0u);
  EXPECT_EQ(g.edges.size(), 2u);
}

}  // namespace
}  // namespace geokg
