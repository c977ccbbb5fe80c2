// Key encoding and ordering, record codecs, the content hash.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <random>

#include "store/codec.h"
#include "store/content_hash.h"
#include "store/keys.h"
#include "tests/store_test_util.h"

namespace geokg::store {
namespace {

TEST(StoreKeys, BigEndianRoundTripsAndSortsNumerically) {
  std::mt19937_64 rng(7);
  std::vector<uint32_t> values = {0, 1, 255, 256, 65535, 65536, 0x00FFFFFF, 0x01000000, UINT32_MAX};
  for (int i = 0; i < 200; ++i) values.push_back(static_cast<uint32_t>(rng()));
  for (uint32_t a : values) {
    std::string ea;
    PutBE32(&ea, a);
    ASSERT_EQ(ea.size(), 4u);
    EXPECT_EQ(GetBE32(ea.data()), a);
    for (uint32_t b : values) {
      std::string eb;
      PutBE32(&eb, b);
      EXPECT_EQ(a < b, ea < eb) << a << " vs " << b;  // byte order is numeric order
    }
  }
  std::string e64;
  PutBE64(&e64, 0x0102030405060708ull);
  EXPECT_EQ(e64, std::string("\x01\x02\x03\x04\x05\x06\x07\x08", 8));
  EXPECT_EQ(GetBE64(e64.data()), 0x0102030405060708ull);
}

TEST(StoreKeys, OutKeysGroupEdgesByActorThenKindPredicateObject) {
  std::vector<EdgeInts> edges = {{256, 0, 1, 5, 0}, {255, 1, 1, 1, 0}, {255, 0, 300, 2, 1}, {255, 0, 300, 2, 0},
                                 {255, 0, 2, 9, 0}, {1, 0, 1, 1, 0},   {256, 0, 1, 4, 0}};
  std::vector<std::string> keys;
  for (const auto& e : edges) keys.push_back(OutKey(e));
  std::sort(keys.begin(), keys.end());
  std::vector<EdgeInts> sorted;
  for (const auto& k : keys) {
    ASSERT_EQ(k.size(), kEdgeKeySize);
    EdgeInts e;
    ASSERT_TRUE(ParseOutKey(k, &e));
    sorted.push_back(e);
  }
  std::vector<EdgeInts> expected = {{1, 0, 1, 1, 0},   {255, 0, 2, 9, 0}, {255, 0, 300, 2, 0}, {255, 0, 300, 2, 1},
                                    {255, 1, 1, 1, 0}, {256, 0, 1, 4, 0}, {256, 0, 1, 5, 0}};
  EXPECT_EQ(sorted, expected);
  // Every key of actor 255 starts with its 4-byte prefix, and no other does.
  for (const auto& e : edges) EXPECT_EQ(OutKey(e).rfind(ActorPrefix(255), 0) == 0, e.s == 255);
}

TEST(StoreKeys, InKeyIsTheMirrorOfOutKey) {
  EdgeInts e{7, 1, 42, 9, 1};
  std::string in = InKey(e);
  EXPECT_EQ(in.substr(0, 4), ActorPrefix(9));
  EdgeInts back;
  ASSERT_TRUE(ParseInKey(in, &back));
  EXPECT_EQ(back, e);
  EXPECT_FALSE(ParseInKey(in.substr(1), &back));
}

TEST(StoreKeys, EvidenceKeysExtendTheEdgeKeyInDocSentenceOrder) {
  EdgeInts e{3, 0, 4, 5, 0};
  std::string a = EvidenceKey(e, 2, 9, 0), b = EvidenceKey(e, 10, 1, 0), c = EvidenceKey(e, 10, 1, 3);
  EXPECT_EQ(a.size(), kEvidenceKeySize);
  EXPECT_EQ(a.substr(0, kEdgeKeySize), OutKey(e));
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EvidenceKeyParts parts;
  ASSERT_TRUE(ParseEvidenceKey(c, &parts));
  EXPECT_EQ(parts.edge, e);
  EXPECT_EQ(parts.doc, 10u);
  EXPECT_EQ(parts.sentence, 1u);
  EXPECT_EQ(parts.ordinal, 3u);
  // Another edge's evidence sorts outside this edge's prefix.
  EXPECT_NE(EvidenceKey({3, 0, 4, 6, 0}, 0, 0, 0).rfind(OutKey(e), 0), 0u);
}

TEST(StoreKeys, AliasPrefixSeparatesNamesThatArePrefixesOfOthers) {
  std::unique_ptr<const rocksdb::SliceTransform> transform(NewAliasPrefixTransform());
  std::string us = AliasKey("us", 5), usa = AliasKey("usa", 5), seek = AliasSeekKey("us");
  ASSERT_TRUE(transform->InDomain(us));
  ASSERT_TRUE(transform->InDomain(seek));
  EXPECT_EQ(transform->Transform(us).ToString(), std::string("us\0", 3));
  EXPECT_EQ(transform->Transform(seek).ToString(), transform->Transform(us).ToString());
  EXPECT_NE(transform->Transform(usa).ToString(), transform->Transform(us).ToString());
  // All actors of "us" sort together before "usa".
  EXPECT_LT(seek, us);
  EXPECT_LT(AliasKey("us", UINT32_MAX), usa);
  std::string name;
  uint32_t actor;
  ASSERT_TRUE(ParseAliasKey(AliasKey("türkiye", 1234), &name, &actor));
  EXPECT_EQ(name, "türkiye");
  EXPECT_EQ(actor, 1234u);
}

TEST(StoreKeys, IdKeysKeepKindsAndDirectionsApart) {
  EXPECT_NE(IdByNameKey(IdKind::kActor, "x"), IdByNameKey(IdKind::kDoc, "x"));
  EXPECT_EQ(IdByNameKey(IdKind::kActor, "x").rfind(IdByNamePrefix(IdKind::kActor), 0), 0u);
  EXPECT_NE(IdByIntKey(IdKind::kActor, 1).rfind(IdByNamePrefix(IdKind::kActor), 0), 0u);
  // By-int keys of a kind sort numerically.
  EXPECT_LT(IdByIntKey(IdKind::kActor, 255), IdByIntKey(IdKind::kActor, 256));
}

TEST(StoreCodec, RecordsRoundTripAndTruncationIsDetected) {
  ActorAgg actor;
  actor.mentions = 300;
  actor.articles = 2;
  actor.first_seen = "2019-01-01";
  actor.last_seen = "2024-02-29";
  AddVariant(&actor.names, "United States", 3);
  AddVariant(&actor.names, "America", 1);
  AddVariant(&actor.types, "country", 4);
  AddVariant(&actor.surfaces, "Washington", 2);
  std::string encoded = EncodeActorAgg(actor);
  ActorAgg back;
  ASSERT_TRUE(DecodeActorAgg(encoded, &back));
  EXPECT_EQ(back, actor);
  EXPECT_FALSE(DecodeActorAgg(encoded.substr(0, encoded.size() - 1), &back));
  EdgeAgg wrong_kind;
  EXPECT_FALSE(DecodeEdgeAgg(encoded, &wrong_kind));  // an actor record is not an edge record

  EdgeAgg edge;
  edge.mentions = 5;
  edge.articles = 3;
  ASSERT_TRUE(AddSourceCount(&edge.sources, 9, 2));
  ASSERT_TRUE(AddSourceCount(&edge.sources, 3, 3));
  ASSERT_EQ(edge.sources.size(), 2u);
  EXPECT_EQ(edge.sources[0].source, 3u);  // kept sorted
  EXPECT_FALSE(AddSourceCount(&edge.sources, 9, -3));
  edge.first_date = "2020-01-01";
  edge.modality = {1, 2, 0, 0, 2};
  AddCameoVariant(&edge.cameos, {"102", 1, 3.0, 0}, 4);
  AddCameoVariant(&edge.cameos, {"", 0, 0.0, 0}, 1);
  EdgeAgg edge_back;
  ASSERT_TRUE(DecodeEdgeAgg(EncodeEdgeAgg(edge), &edge_back));
  EXPECT_EQ(edge_back, edge);

  EvidenceValue ev{12, 99, 3, "190", 4, -10.0, "2021-03-04", 7, "They attacked."};
  EvidenceValue ev_back;
  ASSERT_TRUE(DecodeEvidence(EncodeEvidence(ev), &ev_back));
  EXPECT_EQ(ev_back, ev);

  DocValue doc{"d1", "Title", "2020-01-01", "http://x", "AP", std::string(16, '\x7f'), 12, "/feeds/a.txt"};
  DocValue doc_back;
  ASSERT_TRUE(DecodeDoc(EncodeDoc(doc), &doc_back));
  EXPECT_EQ(doc_back, doc);
  // Records written before the file was stored have no file: they still decode.
  DocValue old_doc = doc;
  old_doc.file.clear();
  std::string old_bytes = EncodeDoc(old_doc);
  ASSERT_TRUE(DecodeDoc(old_bytes, &doc_back));
  EXPECT_EQ(doc_back, old_doc);
  EXPECT_FALSE(DecodeDoc(EncodeDoc(doc).substr(0, old_bytes.size() + 2), &doc_back));  // a cut file is not

  std::vector<ContribTriple> contrib = {{{1, 0, 2, 3, 1}, 4, {"A", 0, "", "a"}, {"B", 2, "USA", ""}},
                                        {{3, 1, 5, 1, 0}, 0, {"C", 2, "", ""}, {"A", 0, "", ""}}};
  std::vector<ContribTriple> contrib_back;
  std::string c = EncodeContrib(contrib);
  ASSERT_TRUE(DecodeContrib(c, &contrib_back));
  EXPECT_EQ(contrib_back, contrib);
  EXPECT_FALSE(DecodeContrib(c.substr(0, c.size() - 2), &contrib_back));
}

TEST(StoreCodec, VariantsCountUpAndDownAndPickTheMostFrequent) {
  std::vector<Variant> v;
  EXPECT_TRUE(AddVariant(&v, "b", 2));
  EXPECT_TRUE(AddVariant(&v, "a", 2));
  EXPECT_EQ(TopVariant(v), "a");  // tie: the smaller value
  EXPECT_TRUE(AddVariant(&v, "b", 1));
  EXPECT_EQ(TopVariant(v), "b");
  EXPECT_FALSE(AddVariant(&v, "a", -3));  // below zero
  EXPECT_TRUE(AddVariant(&v, "a", -2));
  ASSERT_EQ(v.size(), 1u);  // dropped at zero
  EXPECT_FALSE(AddVariant(&v, "c", -1));
  EXPECT_EQ(TopVariant({}), "");
}

// AddVariant against a std::map of counts, through its short-list path (up
// to 4 values, found by length and bytes) and its binary search: values that
// share a length or a prefix, the empty string, additions and removals.
TEST(StoreVariants, AddVariantKeepsTheCountsOfAMap) {
  std::mt19937 rng(5);
  const std::vector<std::string> values = {"", "a", "b", "ab", "ba", "abc", "abd", "Ministry 3279 of KEN",
                                           "Ministry 3279 of KEM", std::string("a\0b", 3)};
  for (int round = 0; round < 50; ++round) {
    std::vector<Variant> variants;
    std::map<std::string, uint64_t> expected;
    size_t used = 1 + rng() % values.size();  // short lists and longer ones
    for (int step = 0; step < 200; ++step) {
      const std::string& value = values[rng() % used];
      int64_t delta = static_cast<int64_t>(rng() % 5) - 2;
      uint64_t have = expected.count(value) ? expected[value] : 0;
      bool ok = delta >= 0 || have >= static_cast<uint64_t>(-delta);
      ASSERT_EQ(AddVariant(&variants, value, delta), ok) << value << " " << delta;
      if (ok && delta != 0) {
        uint64_t now = have + static_cast<uint64_t>(delta);  // delta < 0 wraps to the difference
        if (now == 0) expected.erase(value);
        else expected[value] = now;
      }
      ASSERT_EQ(variants.size(), expected.size());
      size_t i = 0;
      for (const auto& [v, count] : expected) {  // sorted by value, as the map
        EXPECT_EQ(variants[i].value, v);
        EXPECT_EQ(variants[i].count, count);
        ++i;
      }
    }
  }
}

TEST(StoreHash, ContentHashSeesTextMetadataAndEveryTripleField) {
  using testing::Actor;
  using testing::MakeTriple;
  Article a;
  a.id = "d";
  a.text = "Body.";
  std::vector<Triple> triples = {MakeTriple("d", Actor("USA", "United States"), "ask", Actor("PAK", "Pakistan"))};
  std::string base = ContentHash(a, triples);
  EXPECT_EQ(base.size(), 16u);
  EXPECT_EQ(ContentHash(a, triples), base);
  Article other_text = a;
  other_text.text = "Body!";
  EXPECT_NE(ContentHash(other_text, triples), base);
  Article other_title = a;
  other_title.title = "x";
  EXPECT_NE(ContentHash(other_title, triples), base);
  auto changed = triples;
  changed[0].modality = Modality::kFuture;
  EXPECT_NE(ContentHash(a, changed), base);
  changed = triples;
  changed[0].evidence.end += 1;
  EXPECT_NE(ContentHash(a, changed), base);
  changed = triples;
  changed[0].object.surface = "Islamabad";
  EXPECT_NE(ContentHash(a, changed), base);
  EXPECT_NE(ContentHash(a, {}), base);
  // Field boundaries count: ("ab","c") is not ("a","bc").
  Article split1 = a, split2 = a;
  split1.title = "ab";
  split1.date = "c";
  split2.title = "a";
  split2.date = "bc";
  EXPECT_NE(ContentHash(split1, {}), ContentHash(split2, {}));
  EXPECT_NE(Murmur3Hash128("abc"), Murmur3Hash128("abd"));
  EXPECT_NE(Murmur3Hash128(std::string(33, 'x')), Murmur3Hash128(std::string(34, 'x')));
}

std::string Hex(const std::string& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return out;
}

// The hashes stored in existing databases stay valid (re-ingest finds their
// articles unchanged): the values below are those of the one-shot
// implementation before the hash was fed field by field, across the block
// boundaries of MurmurHash3 (16 bytes) and for fields that straddle them.
TEST(StoreHash, HashValuesArePinned) {
  std::string data;
  for (int i = 0; i < 40; ++i) data.push_back(static_cast<char>('a' + i % 26));
  std::string_view view(data);
  EXPECT_EQ(Hex(Murmur3Hash128(view.substr(0, 0))), "00000000000000000000000000000000");
  EXPECT_EQ(Hex(Murmur3Hash128(view.substr(0, 15))), "8abe2451890c2ffb6a548c2d9c962a61");
  EXPECT_EQ(Hex(Murmur3Hash128(view.substr(0, 16))), "c4ca3ca3224cb7234333d695b331eb1a");
  EXPECT_EQ(Hex(Murmur3Hash128(view.substr(0, 17))), "7564747f88bda657ecda499da1110de4");
  EXPECT_EQ(Hex(Murmur3Hash128(view)), "f52732e2436a7aa5de74f738e7c742e7");

  EXPECT_EQ(Hex(ContentHash(Article(), {})), "6ed8292dc4c8fd669c52eee743a2f497");
  Article a;
  a.id = "doc-1";
  a.title = "A title";
  a.date = "2024-01-02";
  a.url = "http://x";
  a.source = "src";
  a.text = std::string(300, 't');
  std::vector<Triple> triples;
  for (int i = 0; i < 5; ++i) {
    Triple t;
    t.doc = "doc-1";
    t.subject.id = "USA";
    t.subject.name = "United States of America";
    t.subject.country = "USA";
    t.subject.surface = "the U.S.";
    t.predicate = "meet with" + std::string(i, 'x');
    t.object.id = "PAK";
    t.object.name = "Pakistan";
    t.cameo = "040";
    t.quad = 1;
    t.goldstein = 1.5 * i - 2;
    t.date = "2024-01-0" + std::to_string(i);
    t.source = i % 2 ? "s" : "";
    t.evidence.sentence = i * 1000;
    t.evidence.start = i * 300000;
    t.evidence.end = uint64_t{1} << 40;
    t.evidence.text = std::string(17 * i, 'e');
    triples.push_back(t);
  }
  EXPECT_EQ(Hex(ContentHash(a, triples)), "38ec284f867d3d28e647d00981ab6274");
}

}  // namespace
}  // namespace geokg::store
