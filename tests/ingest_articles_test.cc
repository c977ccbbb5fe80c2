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
}  // namespace geokg
