// geokg ingest of articles (extracted on several threads, written in order):
// outcomes per article, determinism across thread counts, bad inputs. Checks
// only what does not depend on what the extractor finds.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using testing::Problems;
using testing::RunGeokg;
using testing::ShellQuote;
using testing::TempDir;
using testing::WriteFile;

class IngestArticles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directory(dir_.Join("news"));
    const char* texts[] = {
        "ISLAMABAD: The United States has asked Pakistan to join the coalition against the Islamic State, "
        "officials said on Monday. Prime Minister Nawaz Sharif will visit Washington next month.",
        "MOSCOW: Russia accused Ukraine of attacking a border post. The Kremlin said President Vladimir Putin "
        "met Turkish President Recep Tayyip Erdogan to discuss the war.",
        "BEIJING: China and India agreed to resume talks on the disputed border, the foreign ministry said.",
        "Nothing happens in this text at all.",
    };
    for (int i = 0; i < 4; ++i) WriteFile(dir_.Join("news/a" + std::to_string(i) + ".txt"), texts[i]);
  }
  testing::CommandResult Ingest(const std::string& db, const std::string& extra = "") {
    return RunGeokg("ingest " + ShellQuote(dir_.Join("news")) + " --db " + ShellQuote(db) + " " + extra);
  }
  TempDir dir_;
  std::string db_ = dir_.Join("db");
};

TEST_F(IngestArticles, EachArticleIsNewThenUnchangedThenReplacedWhenItChanges) {
  auto r = Ingest(db_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("4 articles (4 new, 0 unchanged, 0 replaced, 0 skipped)"), std::string::npos) << r.err;
  EXPECT_EQ(Problems(db_), "");
  r = Ingest(db_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(0 new, 4 unchanged, 0 replaced, 0 skipped)"), std::string::npos) << r.err;
  WriteFile(dir_.Join("news/a1.txt"), "MOSCOW: Russia thanked Turkey for hosting the talks.");
  r = Ingest(db_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(0 new, 3 unchanged, 1 replaced, 0 skipped)"), std::string::npos) << r.err;
  EXPECT_EQ(Problems(db_), "");
  r = RunGeokg("doc a1 --db " + ShellQuote(db_));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The changed text gives the stored contribution, as a fresh ingest would.
  TempDir fresh;
  ASSERT_EQ(Ingest(fresh.Join("db"), "-q").exit_code, 0);
  EXPECT_SAME_GRAPH(db_, fresh.Join("db"));
}

TEST_F(IngestArticles, TheGraphDoesNotDependOnTheNumberOfThreads) {
  TempDir other;
  ASSERT_EQ(Ingest(db_, "--threads 1 -q").exit_code, 0);
  ASSERT_EQ(Ingest(other.Join("db"), "--threads 4 --batch 1 -q").exit_code, 0);
  EXPECT_SAME_GRAPH(db_, other.Join("db"));
}

TEST_F(IngestArticles, MissingInputsAreNamedAndTheRestIngested) {
  auto r = RunGeokg("ingest " + ShellQuote(dir_.Join("news/a0.txt")) + " " + ShellQuote(dir_.Join("gone.txt")) +
                    " --db " + ShellQuote(db_));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(dir_.Join("gone.txt") + ": no such file or directory, skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 new"), std::string::npos) << r.err;
  r = Ingest(db_, "--quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

}  // namespace
// Two files under one id (here: the same name, each given directly) are two
// articles: the second is reported by name and not stored unless asked.
TEST_F(IngestArticles, AnotherArticleUnderAStoredIdIsReportedAndKeptOutByDefault) {
  std::filesystem::create_directory(dir_.Join("other"));
  WriteFile(dir_.Join("other/a0.txt"), "BEIJING: China and India agreed to resume talks on the border.");
  auto r = Ingest(db_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string before = RunGeokg("doc a0 --db " + ShellQuote(db_)).out;
  ASSERT_NE(before, "");

  r = RunGeokg("ingest " + ShellQuote(dir_.Join("other/a0.txt")) + " --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(dir_.Join("other/a0.txt") + ": article id 'a0' already names an article with other "
                                                    "content, read from " +
                       std::filesystem::absolute(dir_.Join("news/a0.txt")).string()),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 not ingested"), std::string::npos) << r.err;
  EXPECT_EQ(RunGeokg("doc a0 --db " + ShellQuote(db_)).out, before);

  r = RunGeokg("ingest " + ShellQuote(dir_.Join("other/a0.txt")) + " --on-conflict skip --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 1) << r.err;  // nothing was ingested
  EXPECT_NE(r.err.find("kept the stored one, skipped"), std::string::npos) << r.err;
  EXPECT_EQ(RunGeokg("doc a0 --db " + ShellQuote(db_)).out, before);

  r = RunGeokg("ingest " + ShellQuote(dir_.Join("other/a0.txt")) + " --on-conflict replace --db " +
               ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(0 new, 0 unchanged, 1 replaced, 0 skipped)"), std::string::npos) << r.err;
  EXPECT_NE(RunGeokg("doc a0 --db " + ShellQuote(db_)).out, before);
  EXPECT_EQ(Problems(db_), "");

  r = RunGeokg("ingest " + ShellQuote(dir_.Join("other")) + " --on-conflict sometimes --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--on-conflict takes error, skip or replace"), std::string::npos) << r.err;
}

// Piped articles get their --id, else a hash of their text: two runs are two articles.
TEST_F(IngestArticles, StdinArticlesAreNamedByIdOrByTheirText) {
  auto r = RunGeokg("ingest - --db " + ShellQuote(db_), "Russia accused Ukraine of shelling.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunGeokg("ingest - --db " + ShellQuote(db_), "China praised India.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(1 new,"), std::string::npos) << r.err;
  r = RunGeokg("ingest - --id wire-1 --db " + ShellQuote(db_), "China praised India.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(RunGeokg("doc wire-1 --db " + ShellQuote(db_)).exit_code, 0);
  r = RunGeokg("ingest " + ShellQuote(dir_.Join("news")) + " --id x --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--id names the article read from stdin"), std::string::npos) << r.err;
}

}  // namespace geokg
