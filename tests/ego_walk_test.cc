// The reads behind `geokg neighbors`: GraphStore::ForEachLinkOf (the link
// summary) against the edges ForEachEdgeOf lists, for single actors, hubs,
// every actor and sets with unknown ones, also after retractions; and
// WalkEgo's fast path (no filter) against its per-actor path, with and
// without --limit.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli/ego_walk.h"
#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using testing::Actor;
using testing::MakeTriple;
using testing::TempDir;

constexpr int kActors = 60;

// (smaller id, larger id, mentions of their relations) of each linked pair, sorted.
using LinkList = std::vector<std::tuple<std::string, std::string, uint64_t>>;

class EgoWalkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = dir_.Join("db");
    // Skewed to the first actors: a0..a4 are hubs, the last ones leaves.
    testing::IngestCorpus(path, testing::MakeCorpus(120, 6, kActors));
    auto writer = testing::OpenWriter(path);
    testing::Doc loop;  // a self-loop: a relation with both ends in every set holding a1
    loop.article.id = "loop-doc";
    loop.triples = {MakeTriple("loop-doc", Actor("a1", "Actor 1"), "say", Actor("a1", "Actor 1"))};
    testing::Put(writer.get(), loop);
    writer.reset();
    store_ = testing::OpenReader(path);
    // The actors, most mentioned first (the skew leaves some ids unused).
    std::vector<ActorRecord> actors;
    EXPECT_TRUE(store_->ForEachActor([&](const ActorRecord& a) {
      actors.push_back(a);
      return true;
    }).ok());
    std::sort(actors.begin(), actors.end(), [](const ActorRecord& a, const ActorRecord& b) {
      return std::tie(b.mentions, a.id) < std::tie(a.mentions, b.id);
    });
    for (const auto& a : actors) ids_.push_back(a.id);
  }

  // Hubs, middling actors and leaves.
  std::vector<std::string> Centers() const {
    return {ids_[0], ids_[1], ids_[4], ids_[ids_.size() / 2], ids_.back()};
  }

  // What ForEachLinkOf must give: every pair of different actors, one in
  // `ids`, with the mentions of all the relations between them, once.
  LinkList Expected(const std::set<std::string>& ids) {
    std::map<std::tuple<std::string, std::string, std::string, int, int>, uint64_t> edges;
    for (const auto& id : ids) {
      if (id == "no-such-actor") continue;
      EXPECT_TRUE(store_->ForEachEdgeOf(id, Direction::kBoth, [&](const EdgeRecord& e) {
        edges[{e.key.subject, e.key.predicate, e.key.object, static_cast<int>(e.key.polarity),
               static_cast<int>(e.key.kind)}] = e.mentions;
        return true;
      }).ok());
    }
    std::map<std::pair<std::string, std::string>, uint64_t> pairs;
    for (const auto& [key, mentions] : edges) {
      const auto& [subject, predicate, object, polarity, kind] = key;
      if (subject != object) pairs[std::minmax(subject, object)] += mentions;
    }
    LinkList links;
    for (const auto& [pair, mentions] : pairs) links.emplace_back(pair.first, pair.second, mentions);
    return links;
  }

  LinkList Links(const std::set<std::string>& ids) {
    std::vector<uint32_t> numbers;
    EXPECT_TRUE(store_->ActorNumbers({ids.begin(), ids.end()}, &numbers).ok());
    std::vector<uint32_t> ends;
    std::vector<uint64_t> mentions;
    EXPECT_TRUE(store_->ForEachLinkOf(numbers, [&](const Link& link) {
      ends.push_back(link.actor);
      ends.push_back(link.neighbor);
      mentions.push_back(link.mentions);
    }).ok());
    std::vector<std::string> names;
    EXPECT_TRUE(store_->ActorIds(ends, &names).ok());
    LinkList links;
    for (size_t i = 0; i < mentions.size(); ++i) {
      const auto [first, second] = std::minmax(names[2 * i], names[2 * i + 1]);
      links.emplace_back(first, second, mentions[i]);
    }
    std::sort(links.begin(), links.end());
    return links;
  }

  std::vector<cli::EgoActor> Walk(const std::string& center, int depth, const EdgeFilter& filter, size_t limit) {
    std::vector<cli::EgoActor> actors;
    Status s = cli::WalkEgo(*store_, center, depth, filter, limit, &actors);
    EXPECT_TRUE(s.ok()) << s.message();
    return actors;
  }

  TempDir dir_;
  std::unique_ptr<GraphStore> store_;
  std::vector<std::string> ids_;
};

TEST_F(EgoWalkTest, LinksOfASetAreItsLinkedPairsEachOnceWithTheirMentions) {
  ASSERT_GT(ids_.size(), 20u);
  std::vector<std::set<std::string>> sets;
  for (const auto& id : ids_) sets.push_back({id});
  sets.emplace_back(ids_.begin(), ids_.end());
  sets.emplace_back(ids_.begin(), ids_.begin() + 5);  // the hubs, linked to each other
  sets.push_back({ids_.back(), ids_[1], ids_[ids_.size() / 2], "no-such-actor"});
  for (const auto& ids : sets) {
    const LinkList expected = Expected(ids);
    EXPECT_EQ(Links(ids), expected) << "set of " << ids.size() << " from " << *ids.begin();
  }
  EXPECT_FALSE(Expected({ids_.back()}).empty());
}

TEST_F(EgoWalkTest, UnknownAndRepeatedNumbersChangeNothing) {
  std::vector<uint32_t> numbers;
  ASSERT_TRUE(store_->ActorNumbers({"a3", "no-such-actor", "a3"}, &numbers).ok());
  ASSERT_EQ(numbers.size(), 3u);
  EXPECT_NE(numbers[0], 0u);
  EXPECT_EQ(numbers[1], 0u);
  EXPECT_EQ(numbers[2], numbers[0]);
  size_t count = 0;
  ASSERT_TRUE(store_->ForEachLinkOf(numbers, [&](const Link&) { ++count; }).ok());
  EXPECT_EQ(count, Expected({"a3"}).size());
  count = 0;
  ASSERT_TRUE(store_->ForEachLinkOf({0}, [&](const Link&) { ++count; }).ok());
  EXPECT_EQ(count, 0u);
}

// The per-actor path (any filter; --min-count 1 keeps every relation) is the
// reference: the walk over Links must list the same actors, depths, vias and
// link mentions.
TEST_F(EgoWalkTest, LinkWalkEqualsThePerActorWalk) {
  EdgeFilter none;
  EdgeFilter keeps_all;
  keeps_all.min_count = 1;
  ASSERT_TRUE(none.PassesAll());
  ASSERT_FALSE(keeps_all.PassesAll());
  for (const auto& center : Centers()) {
    for (int depth = 0; depth <= 3; ++depth) {
      const auto fast = Walk(center, depth, none, 0);
      const auto reference = Walk(center, depth, keeps_all, 0);
      ASSERT_EQ(fast.size(), reference.size()) << center << " depth " << depth;
      for (size_t k = 0; k < fast.size(); ++k) {
        EXPECT_EQ(std::tie(fast[k].id, fast[k].depth, fast[k].via, fast[k].link_mentions),
                  std::tie(reference[k].id, reference[k].depth, reference[k].via, reference[k].link_mentions))
            << center << " depth " << depth << " row " << k;
      }
      if (depth >= 1) {
        EXPECT_GT(fast.size(), 1u) << center;
      }
    }
  }
}

TEST_F(EgoWalkTest, LimitListsTheFirstRowsOfTheWholeNetwork) {
  EdgeFilter none;
  EdgeFilter events;
  events.kind = RelationKind::kEvent;
  events.min_count = 2;
  for (const EdgeFilter& filter : {none, events}) {
    for (const auto& center : {ids_[0], ids_.back()}) {
      const auto whole = Walk(center, 3, filter, 0);
      for (size_t limit : {size_t{1}, size_t{2}, size_t{5}, whole.size() / 2, whole.size(), whole.size() + 3}) {
        if (limit == 0) continue;
        const auto limited = Walk(center, 3, filter, limit);
        ASSERT_EQ(limited.size(), std::min(limit, whole.size())) << center << " limit " << limit;
        for (size_t k = 0; k < limited.size(); ++k) {
          EXPECT_EQ(std::tie(limited[k].id, limited[k].depth, limited[k].via, limited[k].link_mentions),
                    std::tie(whole[k].id, whole[k].depth, whole[k].via, whole[k].link_mentions))
              << center << " limit " << limit << " row " << k;
        }
      }
    }
  }
}

TEST_F(EgoWalkTest, CenterFirstAndUnknownCenterNotFound) {
  const auto actors = Walk("a1", 1, EdgeFilter(), 0);
  ASSERT_FALSE(actors.empty());
  EXPECT_EQ(actors[0].id, "a1");
  EXPECT_EQ(actors[0].depth, 0);
  EXPECT_EQ(actors[0].via, "");
  EXPECT_EQ(actors[0].link_mentions, 0u);  // its self-loop is no link to a closer actor
  for (size_t k = 1; k < actors.size(); ++k) {
    EXPECT_EQ(actors[k].depth, 1);
    EXPECT_EQ(actors[k].via, "a1");
  }
  std::vector<cli::EgoActor> none;
  EXPECT_TRUE(cli::WalkEgo(*store_, "no-such-actor", 2, EdgeFilter(), 0, &none).IsNotFound());
}

}  // namespace
}  // namespace geokg
