// Helpers of the store and ingest tests: triples and small deterministic
// corpora, writing them as JSON Lines, dumps and consistency checks.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "graph/triple_json.h"
#include "store/graph_store.h"
#include "store/store_check.h"

namespace geokg::testing {

inline ActorRef Actor(const std::string& id, const std::string& name, ActorType type = ActorType::kCountry,
                      const std::string& surface = "", const std::string& country = "") {
  ActorRef a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.surface = surface;
  a.country = country;
  return a;
}

inline Triple MakeTriple(const std::string& doc, const ActorRef& subject, const std::string& predicate,
                         const ActorRef& object, uint32_t sentence = 0, const std::string& date = "",
                         const std::string& cameo = "", Modality modality = Modality::kAsserted) {
  Triple t;
  t.doc = doc;
  t.subject = subject;
  t.predicate = predicate;
  t.object = object;
  t.cameo = cameo;
  t.quad = cameo.empty() ? 0 : 1;
  t.modality = modality;
  t.date = date;
  t.evidence.sentence = sentence;
  t.evidence.start = sentence * 100;
  t.evidence.end = sentence * 100 + 80;
  t.evidence.text = subject.name + " " + predicate + " " + object.name + ".";
  return t;
}

struct Doc {
  Article article;
  std::vector<Triple> triples;
};
using Corpus = std::vector<Doc>;

// `articles` articles of `per_article` triples over `actors` actors (skewed
// to the first ones), deterministic for a seed. Actor i has id "a<i>".
inline Corpus MakeCorpus(int articles, int per_article, int actors, uint64_t seed = 1) {
  static const char* kPredicates[][3] = {{"say", "010", "0"},    {"meet", "040", "1"},   {"ask", "102", "1"},
                                         {"praise", "051", "1"}, {"accuse", "112", "3"}, {"threaten", "130", "3"},
                                         {"attack", "190", "4"}, {"aid", "070", "2"}};
  static const char* kSources[] = {"Reuters", "AP", "Dawn", ""};
  uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  auto pick_actor = [&]() {
    uint64_t a = next(static_cast<uint64_t>(actors)), b = next(static_cast<uint64_t>(actors));
    return static_cast<int>(std::min(a, b));  // skewed to low ids
  };
  auto actor = [&](int i) {
    ActorType type = i % 3 == 0 ? ActorType::kCountry : i % 3 == 1 ? ActorType::kPerson : ActorType::kOrganization;
    std::string surface = next(3) == 0 ? "A" + std::to_string(i) + "'s office" : "";
    return Actor("a" + std::to_string(i), "Actor " + std::to_string(i), type, surface);
  };
  Corpus corpus;
  for (int d = 0; d < articles; ++d) {
    Doc doc;
    doc.article.id = "doc-" + std::to_string(d);
    doc.article.title = "Title " + std::to_string(d);
    doc.article.date = "2020-" + std::string(d % 12 < 9 ? "0" : "") + std::to_string(d % 12 + 1) + "-" +
                       std::to_string(10 + d % 18);
    doc.article.source = kSources[next(4)];
    for (int t = 0; t < per_article; ++t) {
      int s = pick_actor(), o = pick_actor();
      if (o == s) o = (o + 1) % actors;
      const auto* p = kPredicates[next(8)];
      Triple triple = MakeTriple(doc.article.id, actor(s), p[0], actor(o), static_cast<uint32_t>(t / 2),
                                 next(4) == 0 ? "2019-05-0" + std::to_string(1 + next(9)) : "", p[1],
                                 static_cast<Modality>(next(5)));
      triple.quad = std::stoi(p[2]);
      triple.goldstein = static_cast<double>(next(20)) / 2 - 5;
      triple.polarity = next(8) == 0 ? Polarity::kNegative : Polarity::kPositive;
      triple.source = doc.article.source;
      doc.triples.push_back(triple);
    }
    corpus.push_back(std::move(doc));
  }
  return corpus;
}

// The corpus as `geokg ingest --triples` reads it: the article date goes into
// triples that have none.
inline std::string ToJsonl(const Corpus& corpus) {
  std::string out;
  for (const auto& doc : corpus) {
    for (Triple t : doc.triples) {
      if (t.date.empty()) t.date = doc.article.date;
      out += TripleToJsonLine(t) + "\n";
    }
  }
  return out;
}

inline std::unique_ptr<GraphStore> OpenWriter(const std::string& path, size_t batch = 1) {
  StoreOptions options;
  options.batch_articles = batch;
  std::unique_ptr<GraphStore> store;
  Status s = GraphStore::Open(path, options, &store);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return store;
}

inline std::unique_ptr<GraphStore> OpenReader(const std::string& path) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<GraphStore> store;
  Status s = GraphStore::Open(path, options, &store);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return store;
}

inline void Put(GraphStore* store, const Doc& doc, IngestOutcome expected = IngestOutcome::kNew) {
  IngestOutcome outcome;
  Status s = store->PutArticle(doc.article, doc.triples, &outcome);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(outcome, expected) << doc.article.id;
}

inline void IngestCorpus(const std::string& path, const Corpus& corpus, size_t batch = 7) {
  auto store = OpenWriter(path, batch);
  ASSERT_TRUE(store);
  for (const auto& doc : corpus) Put(store.get(), doc);
  ASSERT_TRUE(store->Flush().ok());
}

inline std::string Dump(const std::string& path) {
  std::string dump;
  Status s = store::DumpLogical(path, &dump);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return dump;
}

inline std::string RawDump(const std::string& path) {
  std::string dump;
  Status s = store::DumpRaw(path, &dump);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return dump;
}

// Consistency problems of the database (empty: consistent).
inline std::string Problems(const std::string& path) {
  std::vector<std::string> problems;
  Status s = store::CheckConsistency(path, &problems);
  if (!s.ok()) return "check failed: " + s.ToString();
  std::string out;
  for (const auto& p : problems) out += p + "\n";
  return out;
}

// The lines only one of two dumps has (at most `max` of each), for failure messages.
inline std::string DumpDiff(const std::string& a, const std::string& b, size_t max = 8) {
  auto split = [](const std::string& text) {
    std::vector<std::string> lines;
    for (size_t pos = 0, end; pos < text.size(); pos = end + 1) {
      end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      lines.push_back(text.substr(pos, end - pos));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  std::vector<std::string> la = split(a), lb = split(b), only_a, only_b;
  std::set_difference(la.begin(), la.end(), lb.begin(), lb.end(), std::back_inserter(only_a));
  std::set_difference(lb.begin(), lb.end(), la.begin(), la.end(), std::back_inserter(only_b));
  std::string out;
  for (size_t i = 0; i < only_a.size() && i < max; ++i) out += "  first only:  " + only_a[i].substr(0, 300) + "\n";
  for (size_t i = 0; i < only_b.size() && i < max; ++i) out += "  second only: " + only_b[i].substr(0, 300) + "\n";
  return out;
}

// Expects two databases to hold the same graph, showing the lines that differ.
#define EXPECT_SAME_GRAPH(path_a, path_b)                                                  \
  do {                                                                                    \
    std::string dump_a_ = ::geokg::testing::Dump(path_a), dump_b_ = ::geokg::testing::Dump(path_b); \
    EXPECT_TRUE(dump_a_ == dump_b_) << ::geokg::testing::DumpDiff(dump_a_, dump_b_);      \
  } while (0)

// Expects two dumps to be equal, showing the lines that differ.
#define EXPECT_SAME_DUMP(a, b)                                                            \
  do {                                                                                    \
    std::string dump_a_ = (a), dump_b_ = (b);                                             \
    EXPECT_TRUE(dump_a_ == dump_b_) << ::geokg::testing::DumpDiff(dump_a_, dump_b_);      \
  } while (0)

// Lines of `dump` that start with `prefix`.
inline size_t CountLines(const std::string& dump, const std::string& prefix) {
  size_t n = 0, pos = 0;
  while (pos < dump.size()) {
    size_t end = dump.find('\n', pos);
    if (dump.compare(pos, prefix.size(), prefix) == 0) ++n;
    pos = end == std::string::npos ? dump.size() : end + 1;
  }
  return n;
}

}  // namespace geokg::testing
