// Idempotence, replacement and retraction, compared as full dumps of the
// database: re-ingesting changes no byte; removing an article gives the same
// graph as never ingesting it; the order of ingestion does not matter.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using testing::Corpus;
using testing::CountLines;
using testing::Dump;
using testing::IngestCorpus;
using testing::MakeCorpus;
using testing::OpenWriter;
using testing::Problems;
using testing::Put;
using testing::RawDump;
using testing::TempDir;

TEST(StoreIdempotence, ReingestingTheSameContentChangesNoByte) {
  TempDir dir;
  const std::string path = dir.Join("db");
  Corpus corpus = MakeCorpus(40, 6, 25);
  IngestCorpus(path, corpus);
  const std::string before = RawDump(path);
  ASSERT_FALSE(before.empty());
  {
    auto store = OpenWriter(path, 5);
    for (const auto& doc : corpus) Put(store.get(), doc, IngestOutcome::kUnchanged);
  }
  EXPECT_SAME_DUMP(RawDump(path), before);
  EXPECT_EQ(Problems(path), "");
}

TEST(StoreIdempotence, TheSameArticleTwiceInOneBatchIsUnchangedTheSecondTime) {
  TempDir dir;
  const std::string path = dir.Join("db");
  Corpus corpus = MakeCorpus(3, 4, 10);
  {
    auto store = OpenWriter(path, 100);
    Put(store.get(), corpus[0]);
    Put(store.get(), corpus[1]);
    Put(store.get(), corpus[0], IngestOutcome::kUnchanged);
  }
  TempDir clean;
  IngestCorpus(clean.Join("db"), {corpus[0], corpus[1]});
  EXPECT_SAME_GRAPH(path, clean.Join("db"));
}

TEST(StoreIdempotence, RemovingArticlesGivesTheGraphWithoutThem) {
  TempDir dir, clean;
  const std::string path = dir.Join("db");
  Corpus corpus = MakeCorpus(30, 8, 20);
  IngestCorpus(path, corpus);
  {
    auto store = OpenWriter(path);
    for (const char* id : {"doc-0", "doc-13", "doc-29"}) ASSERT_TRUE(store->RemoveArticle(id).ok()) << id;
    EXPECT_TRUE(store->RemoveArticle("doc-13").IsNotFound());
    EXPECT_TRUE(store->RemoveArticle("never").IsNotFound());
  }
  Corpus without;
  for (const auto& doc : corpus) {
    if (doc.article.id != "doc-0" && doc.article.id != "doc-13" && doc.article.id != "doc-29") without.push_back(doc);
  }
  IngestCorpus(clean.Join("db"), without);
  EXPECT_SAME_GRAPH(path, clean.Join("db"));
  EXPECT_EQ(Problems(path), "");
}

TEST(StoreIdempotence, ReplacingAnArticleEqualsIngestingTheNewVersion) {
  TempDir dir, clean;
  const std::string path = dir.Join("db");
  Corpus corpus = MakeCorpus(20, 6, 15, 3);
  Corpus changed = MakeCorpus(20, 6, 15, 4);  // other triples for the same ids
  IngestCorpus(path, corpus);
  {
    auto store = OpenWriter(path, 4);
    for (int i : {2, 7, 19}) Put(store.get(), changed[i], IngestOutcome::kReplaced);
    // A changed title alone is changed content too.
    testing::Doc retitled = corpus[5];
    retitled.article.title = "Another title";
    Put(store.get(), retitled, IngestOutcome::kReplaced);
    corpus[5] = retitled;
  }
  Corpus expected = corpus;
  for (int i : {2, 7, 19}) expected[i] = changed[i];
  IngestCorpus(clean.Join("db"), expected);
  EXPECT_SAME_GRAPH(path, clean.Join("db"));
  EXPECT_EQ(Problems(path), "");
}

TEST(StoreIdempotence, IngestionOrderDoesNotMatter) {
  TempDir a, b;
  Corpus corpus = MakeCorpus(25, 7, 12, 9);
  IngestCorpus(a.Join("db"), corpus, 1);
  Corpus reversed(corpus.rbegin(), corpus.rend());
  IngestCorpus(b.Join("db"), reversed, 100);
  EXPECT_SAME_GRAPH(a.Join("db"), b.Join("db"));
}

TEST(StoreIdempotence, RemovingEverythingLeavesNoRecordBehind) {
  TempDir dir;
  const std::string path = dir.Join("db");
  Corpus corpus = MakeCorpus(12, 5, 8);
  IngestCorpus(path, corpus);
  {
    auto store = OpenWriter(path);
    for (const auto& doc : corpus) ASSERT_TRUE(store->RemoveArticle(doc.article.id).ok());
    StoreStats stats;
    ASSERT_TRUE(store->GetStats(&stats).ok());
    EXPECT_EQ(stats.actors, 0u);
    EXPECT_EQ(stats.edges, 0u);
    EXPECT_EQ(stats.evidence, 0u);
    EXPECT_EQ(stats.articles, 0u);
  }
  std::string raw = RawDump(path);
  for (const char* cf : {"actors ", "out ", "in ", "evidence ", "alias ", "docs ", "contrib "}) {
    EXPECT_EQ(CountLines(raw, cf), 0u) << cf;
  }
  // Ingesting again after that gives the same graph as the first time.
  TempDir clean;
  IngestCorpus(clean.Join("db"), corpus);
  IngestCorpus(path, corpus);
  EXPECT_SAME_GRAPH(path, clean.Join("db"));
}

TEST(StoreIdempotence, TheCliReportsUnchangedAndRemoveRestoresTheDump) {
  TempDir dir;
  const std::string path = dir.Join("db"), file = dir.Join("t.jsonl"), file2 = dir.Join("t2.jsonl");
  Corpus corpus = MakeCorpus(10, 4, 8, 5);
  testing::WriteFile(file, testing::ToJsonl(Corpus(corpus.begin(), corpus.end() - 1)));
  testing::WriteFile(file2, testing::ToJsonl(Corpus(corpus.end() - 1, corpus.end())));
  std::string db = " --db " + testing::ShellQuote(path);
  auto r = testing::RunGeokg("ingest --triples " + testing::ShellQuote(file) + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("9 new, 0 unchanged, 0 replaced"), std::string::npos) << r.err;
  const std::string nine = Dump(path);
  r = testing::RunGeokg("ingest --triples " + testing::ShellQuote(file) + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 new, 9 unchanged, 0 replaced"), std::string::npos) << r.err;
  r = testing::RunGeokg("ingest --triples " + testing::ShellQuote(file2) + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(Dump(path), nine);
  r = testing::RunGeokg("remove --doc doc-9" + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("removed article doc-9 (4 triples)"), std::string::npos) << r.out;
  EXPECT_SAME_DUMP(Dump(path), nine);
  r = testing::RunGeokg("remove --doc doc-9" + db);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no article 'doc-9'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace geokg
