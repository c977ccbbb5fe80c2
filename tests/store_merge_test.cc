// Merge arithmetic (counts, variants, sources, dates, retraction) and what the
// store makes of it: one actor across names, alias resolution, edges both ways.
#include <gtest/gtest.h>

#include <map>

#include "store/merge.h"
#include "store/merge_workers.h"
#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using store::AggregateCache;
using store::ApplyContribution;
using store::DateRecompute;
using store::EdgeInts;
using store::MergeTriple;
using store::NameNormalizer;
using testing::Actor;
using testing::MakeTriple;
using testing::OpenWriter;
using testing::Put;
using testing::TempDir;

MergeTriple M(uint32_t s, uint32_t p, uint32_t o, const std::string& date, uint32_t source = 0,
              Modality modality = Modality::kAsserted, const std::string& cameo = "102") {
  MergeTriple m;
  m.contrib.edge = {s, 0, p, o, 0};
  m.contrib.subject = {"Actor " + std::to_string(s), 0, "", "S" + std::to_string(s)};
  m.contrib.object = {"Actor " + std::to_string(o), 0, "", ""};
  m.evidence.date = date;
  m.evidence.source = source;
  m.evidence.modality = static_cast<uint8_t>(modality);
  m.evidence.cameo = cameo;
  m.evidence.quad = 1;
  m.subject_id = "id" + std::to_string(s);
  m.object_id = "id" + std::to_string(o);
  return m;
}

TEST(StoreMerge, CountsAddUpAcrossArticles) {
  AggregateCache cache(nullptr);
  NameNormalizer norm;
  DateRecompute rc;
  // Article 1: the edge twice (two sources), article 2: once more (a known source).
  ASSERT_TRUE(ApplyContribution({M(1, 9, 2, "2020-05-01", 1), M(1, 9, 2, "2020-03-01", 2, Modality::kFuture)}, +1,
                                &cache, &norm, &rc).ok());
  ASSERT_TRUE(ApplyContribution({M(1, 9, 2, "2021-01-01", 1, Modality::kAsserted, "040")}, +1, &cache, &norm, &rc).ok());
  const auto& edge = cache.edges().at(EdgeInts{1, 0, 9, 2, 0}).value;
  EXPECT_EQ(edge.mentions, 3u);
  EXPECT_EQ(edge.articles, 2u);
  ASSERT_EQ(edge.sources.size(), 2u);
  EXPECT_EQ(edge.sources[0].count, 2u);  // source 1: two mentions
  EXPECT_EQ(edge.first_date, "2020-03-01");
  EXPECT_EQ(edge.last_date, "2021-01-01");
  EXPECT_EQ(edge.modality[0], 2u);
  EXPECT_EQ(edge.modality[static_cast<int>(Modality::kFuture)], 1u);
  EXPECT_EQ(store::TopCameo(edge.cameos).cameo, "102");  // 2 of 3
  const auto& subject = cache.actors().at(1).value;
  EXPECT_EQ(subject.mentions, 3u);
  EXPECT_EQ(subject.articles, 2u);
  EXPECT_EQ(subject.first_seen, "2020-03-01");
  // Index entries: the id, the name and the surface form.
  EXPECT_EQ(store::ActorAliases("id1", subject, &norm), (std::vector<std::string>{"actor 1", "id1", "s1"}));
  EXPECT_TRUE(cache.alias_ops().at(store::AliasKey("s1", 1)));
  EXPECT_TRUE(cache.alias_ops().at(store::AliasKey("id2", 2)));
  EXPECT_EQ(cache.alias_ops().count(store::AliasKey("s2", 2)), 0u);  // the object had no surface form
}

TEST(StoreMerge, RetractingEverythingLeavesNothing) {
  AggregateCache cache(nullptr);
  NameNormalizer norm;
  DateRecompute rc;
  std::vector<MergeTriple> a = {M(1, 9, 2, "2020-05-01", 1), M(2, 8, 3, "", 2), M(1, 9, 2, "2020-01-01", 1)};
  std::vector<MergeTriple> b = {M(1, 9, 2, "2022-01-01", 3), M(3, 3, 3, "2022-01-01")};
  ASSERT_TRUE(ApplyContribution(a, +1, &cache, &norm, &rc).ok());
  ASSERT_TRUE(ApplyContribution(b, +1, &cache, &norm, &rc).ok());
  ASSERT_TRUE(ApplyContribution(a, -1, &cache, &norm, &rc).ok());
  // b alone remains: the shared edge went from 4 mentions to 1, its sources from 2 to 1...
  const auto& edge = cache.edges().at(EdgeInts{1, 0, 9, 2, 0});
  ASSERT_TRUE(edge.present);
  EXPECT_EQ(edge.value.mentions, 1u);
  EXPECT_EQ(edge.value.articles, 1u);
  ASSERT_EQ(edge.value.sources.size(), 1u);
  EXPECT_EQ(edge.value.sources[0].source, 3u);
  // ...and its first date, which came from `a`, must be recomputed by the store.
  EXPECT_TRUE(rc.edges.count(EdgeInts{1, 0, 9, 2, 0}));
  EXPECT_FALSE(cache.edges().at(EdgeInts{2, 0, 8, 3, 0}).present);
  // Actor 2 stays (the object in `b`) but its surface form "S2" came from `a` only.
  EXPECT_FALSE(cache.alias_ops().at(store::AliasKey("s2", 2)));
  EXPECT_TRUE(cache.alias_ops().at(store::AliasKey("id2", 2)));
  EXPECT_TRUE(cache.alias_ops().at(store::AliasKey("id1", 1)));
  ASSERT_TRUE(ApplyContribution(b, -1, &cache, &norm, &rc).ok());
  for (const auto& [id, slot] : cache.actors()) EXPECT_FALSE(slot.present) << id;
  for (const auto& [e, slot] : cache.edges()) EXPECT_FALSE(slot.present);
  for (const auto& [k, present] : cache.alias_ops()) EXPECT_FALSE(present);
  EXPECT_TRUE(rc.edges.empty());  // nothing left to recompute on records that are gone
}

// A backing database in memory: what WriteDirty() wrote, and the reads it was asked for.
class MemoryBacking : public store::AggregateBacking {
 public:
  Status Get(int cf, const std::string& key, std::string* value, bool* found) override {
    ++reads[cf];
    auto it = records.find({cf, key});
    *found = it != records.end();
    if (*found) *value = it->second;
    return Status::OK();
  }
  void Apply(store::PendingWrites* writes) {
    for (int cf = 0; cf < store::kCfCount; ++cf) {
      ASSERT_TRUE(writes->ForEachLatest(cf, [&](rocksdb::Slice key, rocksdb::Slice value, store::WriteKind kind) {
        if (kind == store::WriteKind::kDelete) records.erase({cf, key.ToString()});
        else records[{cf, key.ToString()}] = value.ToString();
        return rocksdb::Status::OK();
      }).ok());
    }
    writes->Clear();
  }
  std::map<std::pair<int, std::string>, std::string> records;
  std::map<int, int> reads;
};

TEST(StoreMerge, EdgesOfNewIdsAreNotReadUnlessWrittenSinceTheOpen) {
  MemoryBacking db;
  AggregateCache cache(&db);
  NameNormalizer norm;
  DateRecompute rc;
  store::PendingWrites writes;
  // An edge of older ints, stored before: read, and its counts go on from what is stored.
  ASSERT_TRUE(ApplyContribution({M(1, 1, 2, "2020-01-01")}, +1, &cache, &norm, &rc).ok());
  cache.WriteDirty(&writes);
  db.Apply(&writes);
  AggregateCache writer(&db);
  writer.SetFirstNewIds(/*first_new_actor=*/10, /*first_new_predicate=*/5);
  db.reads.clear();
  ASSERT_TRUE(ApplyContribution({M(1, 1, 2, "2020-01-02")}, +1, &writer, &norm, &rc).ok());
  EXPECT_EQ(db.reads[store::kCfOut], 1);
  EXPECT_EQ(writer.edges().at(EdgeInts{1, 0, 1, 2, 0}).value.mentions, 2u);
  // Edges naming a new actor (either end) or a new predicate: not read.
  ASSERT_TRUE(ApplyContribution({M(10, 1, 2, "2020-01-03"), M(1, 1, 11, "2020-01-03"), M(1, 5, 2, "2020-01-03")}, +1,
                                &writer, &norm, &rc).ok());
  EXPECT_EQ(db.reads[store::kCfOut], 1);
  writer.WriteDirty(&writes);
  db.Apply(&writes);
  // Once written and dropped from the cache, they are read again: counts go on.
  writer.DropCleanEdges();
  ASSERT_TRUE(ApplyContribution({M(10, 1, 2, "2020-01-04"), M(1, 5, 2, "2020-01-04")}, +1, &writer, &norm, &rc).ok());
  EXPECT_EQ(db.reads[store::kCfOut], 3);
  EXPECT_EQ(writer.edges().at(EdgeInts{10, 0, 1, 2, 0}).value.mentions, 2u);
  EXPECT_EQ(writer.edges().at(EdgeInts{1, 0, 5, 2, 0}).value.mentions, 2u);
  // A new edge never written is still not read.
  ASSERT_TRUE(ApplyContribution({M(12, 1, 2, "2020-01-05")}, +1, &writer, &norm, &rc).ok());
  EXPECT_EQ(db.reads[store::kCfOut], 3);
}

TEST(StoreMerge, AFullFingerprintSetAnswersMaybeForEverything) {
  store::FingerprintSet set(3);
  for (uint64_t f : {0ull, 7ull, 1ull << 40}) set.Add(f);
  for (uint64_t f : {0ull, 7ull, 1ull << 40}) EXPECT_TRUE(set.MayContain(f)) << f;
  EXPECT_FALSE(set.MayContain(8));
  set.Add(9);  // beyond its size: it gives up remembering
  EXPECT_TRUE(set.MayContain(8));
}

TEST(StoreMerge, RetractingMoreThanWasAddedIsCorruption) {
  AggregateCache cache(nullptr);
  NameNormalizer norm;
  DateRecompute rc;
  ASSERT_TRUE(ApplyContribution({M(1, 9, 2, "")}, +1, &cache, &norm, &rc).ok());
  Status s = ApplyContribution({M(1, 9, 2, ""), M(1, 9, 2, "")}, -1, &cache, &norm, &rc);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
}

TEST(StoreMerge, ASelfLoopNamesItsActorOnce) {
  AggregateCache cache(nullptr);
  NameNormalizer norm;
  DateRecompute rc;
  ASSERT_TRUE(ApplyContribution({M(4, 1, 4, "")}, +1, &cache, &norm, &rc).ok());
  EXPECT_EQ(cache.actors().at(4).value.mentions, 1u);
  EXPECT_EQ(cache.actors().at(4).value.articles, 1u);
}

// ---- The merge split over shards and threads ----

// Articles that share actors and edges, with a self-loop, sources, names
// that normalise alike and dates out of order.
std::vector<std::vector<MergeTriple>> ShardedArticles() {
  std::vector<std::vector<MergeTriple>> articles;
  for (uint32_t a = 0; a < 40; ++a) {
    std::vector<MergeTriple> article;
    for (uint32_t i = 0; i < 6; ++i) {
      uint32_t s = 1 + (a * 7 + i) % 13, o = 1 + (a + i * 5) % 11;
      MergeTriple m = M(s, 1 + (a + i) % 3, i == 5 ? s : o, "2020-01-" + std::to_string(10 + (a * 3 + i) % 19),
                        (a + i) % 4, i % 2 ? Modality::kFuture : Modality::kAsserted, i % 3 ? "040" : "102");
      m.contrib.subject.name = (a % 2 ? "ACTOR " : "Actor ") + std::to_string(s);
      article.push_back(std::move(m));
    }
    articles.push_back(std::move(article));
  }
  return articles;
}

// Every write of `writes`, in key order per column family.
std::string Written(store::PendingWrites* writes) {
  std::string out;
  for (int cf = 0; cf < store::kCfCount; ++cf) {
    auto s = writes->ForEachLatest(cf, [&](rocksdb::Slice key, rocksdb::Slice value, store::WriteKind kind) {
      const char* what[] = {" put ", " del ", " merge "};
      out += std::to_string(cf) + what[static_cast<int>(kind)] + key.ToString(true) + " " + value.ToString(true) + "\n";
      return rocksdb::Status::OK();
    });
    EXPECT_TRUE(s.ok());
  }
  return out;
}

// The writes of the articles merged into one cache, then some retracted.
std::string MergedInOneCache(const std::vector<std::vector<MergeTriple>>& articles) {
  AggregateCache cache(nullptr);
  NameNormalizer norm;
  DateRecompute rc;
  for (const auto& article : articles) EXPECT_TRUE(ApplyContribution(article, +1, &cache, &norm, &rc).ok());
  for (size_t i : {3, 17, 30}) EXPECT_TRUE(ApplyContribution(articles[i], -1, &cache, &norm, &rc).ok());
  store::PendingWrites writes;
  cache.WriteDirty(&writes);
  return Written(&writes);
}

TEST(StoreMerge, ShardsAppliedOneByOneGiveTheRecordsOfOneCache) {
  const auto articles = ShardedArticles();
  const std::string expected = MergedInOneCache(articles);
  ASSERT_GT(expected.size(), 1000u);
  store::AggregateShards shards(nullptr, 3);
  for (size_t shard : {2, 0, 1}) {  // each shard takes every article, in order; the shards in any order
    NameNormalizer norm;
    DateRecompute rc;
    for (const auto& article : articles) {
      ASSERT_TRUE(ApplyContribution(std::span<const MergeTriple>(article), +1, shards, shard, &norm, &rc).ok());
    }
  }
  NameNormalizer norm;
  DateRecompute rc;
  for (size_t i : {3, 17, 30}) {  // retraction: every shard at once
    ASSERT_TRUE(
        ApplyContribution(std::span<const MergeTriple>(articles[i]), -1, shards, store::kAllShards, &norm, &rc).ok());
  }
  size_t edges_in_shards = 0;
  for (size_t i = 0; i < shards.count(); ++i) edges_in_shards += shards.shard(i)->edges().empty() ? 0 : 1;
  EXPECT_EQ(edges_in_shards, 3u);  // the edges spread over every shard
  store::PendingWrites writes;
  shards.WriteDirty(&writes);
  EXPECT_EQ(Written(&writes), expected);
}

TEST(StoreMerge, MergeThreadsGiveTheRecordsOfOneCacheWhateverTheBatches) {
  const auto articles = ShardedArticles();
  const std::string expected = MergedInOneCache(articles);
  for (size_t threads : {1, 2, 5}) {
    SCOPED_TRACE(std::to_string(threads) + " threads");
    store::AggregateShards shards(nullptr, threads);
    store::MergeWorkers workers(&shards);
    store::MergeBatch* batch = workers.Fresh();
    for (size_t a = 0; a < articles.size(); ++a) {
      std::span<MergeTriple> room = batch->Open(articles[a].size());
      std::copy(articles[a].begin(), articles[a].end(), room.begin());
      batch->Close();
      if (a % (threads + 2) == 0) {  // batches of several sizes
        workers.Submit(batch);
        batch = workers.Fresh();
      }
    }
    workers.Submit(batch);
    ASSERT_TRUE(workers.Drain().ok());
    NameNormalizer norm;
    DateRecompute rc;
    for (size_t i : {3, 17, 30}) {
      ASSERT_TRUE(
          ApplyContribution(std::span<const MergeTriple>(articles[i]), -1, shards, store::kAllShards, &norm, &rc).ok());
    }
    store::PendingWrites writes;
    shards.WriteDirty(&writes);
    EXPECT_EQ(Written(&writes), expected);
  }
}

// ---- Through the store ----

TEST(StoreMerge, OneActorAcrossArticlesAndNames) {
  TempDir dir;
  auto store = OpenWriter(dir.Join("db"));
  testing::Doc d1{{}, {}}, d2{{}, {}};
  d1.article.id = "d1";
  d1.article.date = "2015-09-21";
  d1.triples = {MakeTriple("d1", Actor("USA", "United States", ActorType::kCountry, "Washington"), "ask",
                           Actor("PAK", "Pakistan", ActorType::kCountry, "Islamabad"))};
  d2.article.id = "d2";
  d2.article.date = "2016-01-02";
  d2.triples = {MakeTriple("d2", Actor("USA", "United States", ActorType::kCountry, "the U.S."), "meet",
                           Actor("TUR", "Türkiye", ActorType::kCountry, "Erdoğan's government")),
                MakeTriple("d2", Actor("USA", "USA", ActorType::kCountry), "praise", Actor("PAK", "Pakistan"))};
  Put(store.get(), d1);
  Put(store.get(), d2);
  ActorRecord usa;
  ASSERT_TRUE(store->GetActor("USA", &usa).ok());
  EXPECT_EQ(usa.name, "United States");  // 2 of 3 mentions
  EXPECT_EQ(usa.type, ActorType::kCountry);
  EXPECT_EQ(usa.mentions, 3u);
  EXPECT_EQ(usa.articles, 2u);
  EXPECT_EQ(usa.first_seen, "2015-09-21");
  EXPECT_EQ(usa.last_seen, "2016-01-02");
  EXPECT_EQ(usa.aliases, (std::vector<std::string>{"USA", "United States", "Washington", "the U.S."}));
  std::vector<std::string> ids;
  for (const char* name : {"washington", "The U.S.", "u.s.", "usa", "UNITED STATES"}) {
    ASSERT_TRUE(store->ResolveName(name, &ids).ok());
    EXPECT_EQ(ids, std::vector<std::string>{"USA"}) << name;
  }
  ASSERT_TRUE(store->ResolveName("erdogan's government", &ids).ok());  // marks and case folded
  EXPECT_EQ(ids, std::vector<std::string>{"TUR"});
  ASSERT_TRUE(store->ResolveName("turkiye", &ids).ok());
  EXPECT_EQ(ids, std::vector<std::string>{"TUR"});
  ASSERT_TRUE(store->ResolveName("Narnia", &ids).ok());
  EXPECT_TRUE(ids.empty());
  ASSERT_TRUE(store->ResolveName("...", &ids).ok());
  EXPECT_TRUE(ids.empty());
  EXPECT_TRUE(store->GetActor("Narnia", &usa).IsNotFound());
}

TEST(StoreMerge, ANameOfSeveralActorsResolvesToAll) {
  TempDir dir;
  auto store = OpenWriter(dir.Join("db"));
  testing::Doc d{{}, {}};
  d.article.id = "g";
  d.triples = {MakeTriple("g", Actor("GEO", "Georgia", ActorType::kCountry), "meet",
                          Actor("georgia-us-state", "Georgia", ActorType::kGovernment, "", "USA")),
               MakeTriple("g", Actor("GEO", "Georgia"), "accuse", Actor("RUS", "Russia"))};
  Put(store.get(), d);
  std::vector<std::string> ids;
  ASSERT_TRUE(store->ResolveName("georgia", &ids).ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"GEO", "georgia-us-state"}));
  ActorRecord state;
  ASSERT_TRUE(store->GetActor("georgia-us-state", &state).ok());
  EXPECT_EQ(state.country, "USA");
  EXPECT_EQ(state.type, ActorType::kGovernment);
}

TEST(StoreMerge, EdgesReadBothWaysWithRolesAndEvidence) {
  TempDir dir;
  auto store = OpenWriter(dir.Join("db"));
  testing::Doc d{{}, {}};
  d.article.id = "d";
  d.article.date = "2020-02-02";
  d.article.source = "Dawn";
  Triple role = MakeTriple("d", Actor("imran", "Imran Khan", ActorType::kPerson), "prime minister",
                           Actor("PAK", "Pakistan"), 0, "2019-01-01");
  role.kind = RelationKind::kAffiliation;
  Triple denied = MakeTriple("d", Actor("imran", "Imran Khan", ActorType::kPerson), "member",
                             Actor("nato", "NATO", ActorType::kOrganization), 1);
  denied.kind = RelationKind::kAffiliation;
  denied.polarity = Polarity::kNegative;
  d.triples = {role, denied,
               MakeTriple("d", Actor("PAK", "Pakistan"), "meet", Actor("imran", "Imran Khan", ActorType::kPerson), 2),
               MakeTriple("d", Actor("PAK", "Pakistan"), "reform", Actor("PAK", "Pakistan"), 3, "", "",
                          Modality::kIntended)};
  Put(store.get(), d);
  auto collect = [&](const std::string& id, Direction dir) {
    std::vector<std::string> out;
    EXPECT_TRUE(store->ForEachEdgeOf(id, dir, [&](const EdgeRecord& e) {
      out.push_back(e.key.subject + ">" + e.key.predicate + ">" + e.key.object);
      return true;
    }).ok());
    return out;
  };
  EXPECT_EQ(collect("PAK", Direction::kOut), (std::vector<std::string>{"PAK>meet>imran", "PAK>reform>PAK"}));
  // Events sort before affiliations: [object][kind][predicate][subject].
  EXPECT_EQ(collect("PAK", Direction::kIn), (std::vector<std::string>{"PAK>reform>PAK", "imran>prime minister>PAK"}));
  EXPECT_EQ(collect("PAK", Direction::kBoth).size(), 3u);  // the self-loop once
  EXPECT_TRUE(store->ForEachEdgeOf("nobody", Direction::kOut, [](const EdgeRecord&) { return true; }).IsNotFound());
  ActorRecord imran;
  ASSERT_TRUE(store->GetActor("imran", &imran).ok());
  ASSERT_EQ(imran.roles.size(), 1u);  // the negative membership is no role
  EXPECT_EQ(imran.roles[0].title, "prime minister");
  EXPECT_EQ(imran.roles[0].org_id, "PAK");
  EXPECT_EQ(imran.roles[0].first_seen, "2019-01-01");
  EdgeKey key{"PAK", "reform", "PAK", Polarity::kPositive, RelationKind::kEvent};
  EdgeRecord edge;
  ASSERT_TRUE(store->GetEdge(key, &edge).ok());
  EXPECT_EQ(edge.modality_counts[static_cast<int>(Modality::kIntended)], 1u);
  EXPECT_EQ(edge.sources, 1u);
  EXPECT_EQ(edge.first_date, "2020-02-02");  // the article's date when the triple has none
  std::vector<EvidenceRecord> evidence;
  ASSERT_TRUE(store->ForEachEvidence(key, [&](const EvidenceRecord& e) {
    evidence.push_back(e);
    return true;
  }).ok());
  ASSERT_EQ(evidence.size(), 1u);
  EXPECT_EQ(evidence[0].doc, "d");
  EXPECT_EQ(evidence[0].sentence, 3u);
  EXPECT_EQ(evidence[0].start, 300u);
  EXPECT_EQ(evidence[0].end, 380u);
  EXPECT_EQ(evidence[0].source, "Dawn");
  EXPECT_EQ(evidence[0].modality, Modality::kIntended);
  EXPECT_EQ(evidence[0].text, "Pakistan reform Pakistan.");
  key.polarity = Polarity::kNegative;
  EXPECT_TRUE(store->GetEdge(key, &edge).IsNotFound());
}

TEST(StoreMerge, ReplacingAnArticleMovesCountsAndDates) {
  TempDir dir;
  auto store = OpenWriter(dir.Join("db"));
  testing::Doc old_doc{{}, {}}, other{{}, {}};
  other.article.id = "other";
  other.triples = {MakeTriple("other", Actor("A", "A"), "meet", Actor("B", "B"), 0, "2020-01-01")};
  old_doc.article.id = "late";
  old_doc.triples = {MakeTriple("late", Actor("A", "A"), "meet", Actor("B", "B"), 0, "2023-06-01"),
                     MakeTriple("late", Actor("A", "A"), "meet", Actor("B", "B"), 1, "2023-06-01"),
                     MakeTriple("late", Actor("C", "C"), "meet", Actor("A", "A"), 2, "2023-06-01")};
  Put(store.get(), other);
  Put(store.get(), old_doc);
  EdgeKey ab{"A", "meet", "B", Polarity::kPositive, RelationKind::kEvent};
  EdgeRecord edge;
  ASSERT_TRUE(store->GetEdge(ab, &edge).ok());
  EXPECT_EQ(edge.mentions, 3u);
  EXPECT_EQ(edge.last_date, "2023-06-01");
  // The new version keeps one A-B mention, earlier, and drops C.
  testing::Doc new_doc = old_doc;
  new_doc.triples = {MakeTriple("late", Actor("A", "A"), "meet", Actor("B", "B"), 0, "2021-01-01")};
  Put(store.get(), new_doc, IngestOutcome::kReplaced);
  ASSERT_TRUE(store->GetEdge(ab, &edge).ok());
  EXPECT_EQ(edge.mentions, 2u);
  EXPECT_EQ(edge.articles, 2u);
  EXPECT_EQ(edge.first_date, "2020-01-01");
  EXPECT_EQ(edge.last_date, "2021-01-01");  // recomputed, not kept from the retracted version
  ActorRecord a;
  ASSERT_TRUE(store->GetActor("A", &a).ok());
  EXPECT_EQ(a.mentions, 2u);
  EXPECT_EQ(a.last_seen, "2021-01-01");
  EXPECT_TRUE(store->GetActor("C", &a).IsNotFound());
  std::vector<std::string> ids;
  ASSERT_TRUE(store->ResolveName("c", &ids).ok());
  EXPECT_TRUE(ids.empty());
  Put(store.get(), new_doc, IngestOutcome::kUnchanged);
  ArticleRecord record;
  std::vector<Triple> contribution;
  ASSERT_TRUE(store->GetArticle("late", &record, &contribution).ok());
  EXPECT_EQ(record.triples, 1u);
  ASSERT_EQ(contribution.size(), 1u);
  EXPECT_EQ(TripleToJsonLine(contribution[0]), TripleToJsonLine(new_doc.triples[0]));
}

TEST(StoreMerge, InvalidArticlesAreRefusedWithoutWritingAnything) {
  TempDir dir;
  const std::string path = dir.Join("db");
  auto store = OpenWriter(path);
  testing::Doc d{{}, {}};
  d.article.id = "d";
  d.triples = {MakeTriple("d", Actor("A", "A"), "meet", Actor("B", "B")),
               MakeTriple("not-d", Actor("A", "A"), "meet", Actor("B", "B"))};
  IngestOutcome outcome;
  Status s = store->PutArticle(d.article, d.triples, &outcome);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_NE(s.message().find("triple 2 of article 'd'"), std::string::npos) << s.message();
  d.triples[1].doc = "d";
  d.triples[1].quad = 9;
  EXPECT_TRUE(store->PutArticle(d.article, d.triples, &outcome).IsInvalidArgument());
  d.triples[1].quad = 0;
  d.triples[1].object.id = "";
  EXPECT_TRUE(store->PutArticle(d.article, d.triples, &outcome).IsInvalidArgument());
  d.article.id = "";
  EXPECT_TRUE(store->PutArticle(d.article, {}, &outcome).IsInvalidArgument());
  StoreStats stats;
  ASSERT_TRUE(store->GetStats(&stats).ok());
  EXPECT_EQ(stats.articles, 0u);
  EXPECT_EQ(stats.edges, 0u);
  EXPECT_EQ(stats.actors, 0u);
  store.reset();
  EXPECT_EQ(testing::CountLines(testing::RawDump(path), "ids "), 0u);  // not even an interned id
}

// The actor slots are indexed by int / stride: ints of another shard that
// fall on the same index (2 and 3 with stride 2) still get their own slots,
// and the slots stay the same across lookups and growth.
TEST(StoreAggregates, ActorSlotsAreTheirOwnWhateverTheStride) {
  AggregateCache cache(nullptr, /*actor_stride=*/2);
  store::CacheSlot<store::ActorAgg>* two = nullptr;
  store::CacheSlot<store::ActorAgg>* three = nullptr;
  ASSERT_TRUE(cache.Actor(2, &two, true).ok());
  two->value.mentions = 2;
  ASSERT_TRUE(cache.Actor(3, &three, true).ok());
  EXPECT_NE(two, three);
  EXPECT_EQ(three->value.mentions, 0u);
  three->value.mentions = 3;
  for (uint32_t a = 4; a < 5000; ++a) {  // the index grows
    store::CacheSlot<store::ActorAgg>* slot = nullptr;
    ASSERT_TRUE(cache.Actor(a, &slot, false).ok());
    slot->value.mentions = a;
  }
  store::CacheSlot<store::ActorAgg>* again = nullptr;
  ASSERT_TRUE(cache.Actor(2, &again, false).ok());
  EXPECT_EQ(again, two);
  EXPECT_EQ(again->value.mentions, 2u);
  ASSERT_TRUE(cache.Actor(3, &again, false).ok());
  EXPECT_EQ(again, three);
  EXPECT_EQ(again->value.mentions, 3u);
  for (uint32_t a = 4; a < 5000; ++a) EXPECT_EQ(cache.actors().at(a).value.mentions, a);
  cache.Clear();
  ASSERT_TRUE(cache.Actor(2, &again, false).ok());
  EXPECT_EQ(again->value.mentions, 0u);  // read again (no backing: absent)
}

}  // namespace
}  // namespace geokg
