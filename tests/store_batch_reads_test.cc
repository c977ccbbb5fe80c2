// Reads that the store does in batches: the in-edges of an actor (their
// records live under their subjects), the names of edge ends, and GetActors.
// The hub here has more edges than one batch holds.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using testing::Actor;
using testing::MakeTriple;
using testing::OpenReader;
using testing::OpenWriter;
using testing::Put;
using testing::TempDir;

constexpr int kSpokes = 5000;  // more than a batch (4096)

std::string Spoke(int i) { return "s" + std::to_string(100000 + i); }

// A hub with kSpokes in-edges (spoke i -ask-> hub for even i, -urge-> for odd
// i) and kSpokes out-edges (hub -warn-> spoke); spoke i has i % 7 + 1 mentions
// of its in-edge. The in adjacency lists the in-edges by predicate, then
// subject; their records, under the subjects, are in subject order.
void WriteHub(GraphStore* store) {
  testing::Doc d;
  d.article.id = "hub-doc";
  d.article.date = "2021-03-04";
  const ActorRef hub = Actor("hub", "The Hub", ActorType::kOrganization);
  for (int i = 0; i < kSpokes; ++i) {
    const ActorRef spoke = Actor(Spoke(i), "Spoke " + std::to_string(i), ActorType::kCountry);
    const char* predicate = i % 2 == 0 ? "ask" : "urge";
    for (int m = 0; m <= i % 7; ++m) d.triples.push_back(MakeTriple("hub-doc", spoke, predicate, hub, i));
    d.triples.push_back(MakeTriple("hub-doc", hub, "warn", spoke, i));
  }
  Put(store, d);
}

// Article "role-doc": imran -prime minister-> PAK, an affiliation (a role).
void WriteRole(GraphStore* store) {
  testing::Doc d;
  d.article.id = "role-doc";
  Triple role = MakeTriple("role-doc", Actor("imran", "Imran Khan", ActorType::kPerson), "prime minister",
                           Actor("PAK", "Pakistan"), 0, "2019-01-01");
  role.kind = RelationKind::kAffiliation;
  d.triples = {role};
  Put(store, d);
}

TEST(StoreBatchReads, EveryInEdgeOfAHubInScanOrderWithItsOwnRecord) {
  TempDir dir;
  auto writer = OpenWriter(dir.Join("db"));
  WriteHub(writer.get());
  writer.reset();
  auto store = OpenReader(dir.Join("db"));
  std::vector<std::string> subjects;
  ASSERT_TRUE(store->ForEachEdgeOf("hub", Direction::kIn, [&](const EdgeRecord& e) {
    EXPECT_EQ(e.key.object, "hub");
    // The record read for this edge, not a neighbour's: mentions follow the subject.
    const int i = std::stoi(e.key.subject.substr(1)) - 100000;
    EXPECT_EQ(e.key.predicate, i % 2 == 0 ? "ask" : "urge");
    EXPECT_EQ(e.mentions, static_cast<uint64_t>(i % 7 + 1)) << e.key.subject;
    subjects.push_back(e.key.subject);
    return true;
  }).ok());
  ASSERT_EQ(subjects.size(), static_cast<size_t>(kSpokes));
  // The in adjacency's order: predicates, then subjects, by interned id
  // (first seen first): the even spokes, then the odd ones.
  for (int k = 0; k < kSpokes; ++k) {
    const int i = k < kSpokes / 2 ? 2 * k : 2 * (k - kSpokes / 2) + 1;
    ASSERT_EQ(subjects[k], Spoke(i)) << k;
  }
}

TEST(StoreBatchReads, BothDirectionsAndAStopInsideABatch) {
  TempDir dir;
  auto store = OpenWriter(dir.Join("db"));
  WriteHub(store.get());
  std::set<std::string> seen;
  ASSERT_TRUE(store->ForEachEdgeOf("hub", Direction::kBoth, [&](const EdgeRecord& e) {
    EXPECT_TRUE(seen.insert(e.key.subject + ">" + e.key.predicate + ">" + e.key.object).second);
    return true;
  }).ok());
  EXPECT_EQ(seen.size(), static_cast<size_t>(2 * kSpokes));
  for (size_t stop_after : {1u, 4095u, 4096u, 4097u}) {
    size_t calls = 0;
    ASSERT_TRUE(store->ForEachEdgeOf("hub", Direction::kIn, [&](const EdgeRecord&) {
      return ++calls < stop_after;
    }).ok());
    EXPECT_EQ(calls, stop_after);
  }
}

TEST(StoreBatchReads, GetActorsIsIndexAlignedWithoutRoles) {
  TempDir dir;
  auto store = OpenWriter(dir.Join("db"));
  WriteHub(store.get());
  WriteRole(store.get());

  std::vector<std::string> ids = {"imran", "nobody", Spoke(4999), "hub", Spoke(0), "imran"};
  for (int i = 1; i < kSpokes; i += 3) ids.push_back(Spoke(i));  // past one batch
  std::vector<ActorRecord> actors;
  ASSERT_TRUE(store->GetActors(ids, &actors).ok());
  ASSERT_EQ(actors.size(), ids.size());
  EXPECT_EQ(actors[0].id, "imran");
  EXPECT_EQ(actors[0].name, "Imran Khan");
  EXPECT_EQ(actors[0].type, ActorType::kPerson);
  EXPECT_TRUE(actors[0].roles.empty());
  EXPECT_TRUE(actors[1].id.empty());  // unknown
  EXPECT_EQ(actors[2].name, "Spoke 4999");
  EXPECT_EQ(actors[3].name, "The Hub");
  EXPECT_EQ(actors[3].type, ActorType::kOrganization);
  EXPECT_EQ(actors[4].name, "Spoke 0");
  EXPECT_EQ(actors[5].name, "Imran Khan");
  for (size_t k = 6; k < ids.size(); ++k) ASSERT_EQ(actors[k].id, ids[k]);

  // The same record as GetActor's, less the roles.
  ActorRecord one;
  ASSERT_TRUE(store->GetActor("imran", &one).ok());
  ASSERT_EQ(one.roles.size(), 1u);
  one.roles.clear();
  EXPECT_EQ(one.name, actors[0].name);
  EXPECT_EQ(one.aliases, actors[0].aliases);
  EXPECT_EQ(one.mentions, actors[0].mentions);
  EXPECT_EQ(one.first_seen, actors[0].first_seen);

  ASSERT_TRUE(store->GetActors({}, &actors).ok());
  EXPECT_TRUE(actors.empty());
}

TEST(StoreBatchReads, ForEachActorInIdOrderStopsAndSkipsRetracted) {
  TempDir dir;
  auto store = OpenWriter(dir.Join("db"));
  WriteHub(store.get());
  WriteRole(store.get());

  auto list = [&](size_t stop_after) {
    std::vector<std::string> ids;
    EXPECT_TRUE(store->ForEachActor([&](const ActorRecord& a) {
      EXPECT_TRUE(a.roles.empty()) << a.id;
      EXPECT_FALSE(a.name.empty()) << a.id;
      ids.push_back(a.id);
      return ids.size() < stop_after;
    }).ok());
    return ids;
  };
  std::vector<std::string> all = list(SIZE_MAX);
  ASSERT_EQ(all.size(), static_cast<size_t>(kSpokes + 3));  // the spokes, the hub, imran, PAK
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_EQ(all.front(), "PAK");
  EXPECT_EQ(all.back(), Spoke(kSpokes - 1));
  for (size_t stop_after : {1u, 16u, 17u, 81u, 4100u}) {
    std::vector<std::string> some = list(stop_after);
    ASSERT_EQ(some.size(), stop_after);
    EXPECT_TRUE(std::equal(some.begin(), some.end(), all.begin()));
  }

  ASSERT_TRUE(store->RemoveArticle("role-doc").ok());  // imran and PAK keep their ids, not their records
  std::vector<std::string> left = list(SIZE_MAX);
  EXPECT_EQ(left.size(), static_cast<size_t>(kSpokes + 1));
  EXPECT_EQ(std::count(left.begin(), left.end(), "imran"), 0);
  EXPECT_EQ(std::count(left.begin(), left.end(), "PAK"), 0);
}

}  // namespace
}  // namespace geokg
