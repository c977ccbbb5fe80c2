// Ingest under adverse conditions: --triples input whose docs are not
// grouped, out-of-range numbers, write errors (a file size limit, a full
// disk), readers stopped without cleaning up.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

namespace fs = std::filesystem;
using testing::MakeCorpus;
using testing::RunGeokg;
using testing::ShellQuote;
using testing::TempDir;

uint64_t StoredArticles(const std::string& db) {
  auto r = RunGeokg("stats --format json --db " + ShellQuote(db));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  if (r.exit_code != 0) return 0;
  return nlohmann::json::parse(r.out)["articles"].get<uint64_t>();
}

// The "N new" of an ingest summary, or -1.
long NewInSummary(const std::string& err) {
  std::smatch m;
  if (!std::regex_search(err, m, std::regex(R"(\(([0-9,]+) new, )"))) return -1;
  std::string digits;
  for (char c : m[1].str()) {
    if (c != ',') digits.push_back(c);
  }
  return std::stol(digits);
}

TEST(IngestReliability, TriplesOfOneDocSpreadOverTheInputMakeOneArticleAndARerunChangesNothing) {
  TempDir dir;
  const std::string db = dir.Join("db"), file = dir.Join("t.jsonl");
  auto corpus = MakeCorpus(6, 4, 8);
  // Each doc's first two lines, then each doc's last two.
  std::string lines;
  for (int half = 0; half < 2; ++half) {
    for (const auto& doc : corpus) {
      testing::Corpus part = {doc};
      part[0].triples.assign(doc.triples.begin() + half * 2, doc.triples.begin() + half * 2 + 2);
      lines += testing::ToJsonl(part);
    }
  }
  testing::WriteFile(file, lines);
  auto r = RunGeokg("ingest --triples " + ShellQuote(file) + " --db " + ShellQuote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(StoredArticles(db), 6u);
  r = RunGeokg("doc doc-3 --format json --db " + ShellQuote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["triples"].size(), 4u);
  const std::string before = testing::RawDump(db);
  for (int run = 0; run < 2; ++run) {
    r = RunGeokg("ingest --triples " + ShellQuote(file) + " --db " + ShellQuote(db));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("6 articles (0 new, 6 unchanged, 0 replaced, 0 skipped), 24 triples"), std::string::npos)
        << r.err;
    EXPECT_SAME_DUMP(testing::RawDump(db), before);
  }
  EXPECT_EQ(testing::Problems(db), "");
  // Left with only its first lines, an article shrinks (once the input has ended).
  size_t half = 0;
  for (int i = 0; i < 12; ++i) half = lines.find('\n', half) + 1;
  testing::WriteFile(file, lines.substr(0, half));
  r = RunGeokg("ingest --triples " + ShellQuote(file) + " --db " + ShellQuote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(0 new, 0 unchanged, 6 replaced, 0 skipped), 12 triples"), std::string::npos) << r.err;
  EXPECT_EQ(testing::Problems(db), "");
}

TEST(IngestReliability, NumbersOutOfRangeAreRefusedWithFileAndLine) {
  TempDir dir;
  const std::string db = dir.Join("db"), file = dir.Join("t.jsonl");
  auto corpus = MakeCorpus(1, 3, 5);
  std::string lines = testing::ToJsonl(corpus);
  std::string line = lines.substr(0, lines.find('\n') + 1);
  auto with = [&](const std::string& field, const std::string& value) {
    std::string changed = line;
    size_t at = changed.find("\"" + field + "\":");
    EXPECT_NE(at, std::string::npos) << field;
    size_t start = at + field.size() + 3, end = changed.find_first_of(",}", start);
    return changed.replace(start, end - start, value);
  };
  testing::WriteFile(file, lines + with("sentence", "5000000000") + with("quad", "4294967297"));
  auto r = RunGeokg("ingest --triples " + ShellQuote(file) + " --db " + ShellQuote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(file + ":4: \"sentence\" must be at most 4294967295, skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(file + ":5: \"quad\" must be 0..4, skipped"), std::string::npos) << r.err;
  r = RunGeokg("doc doc-0 --format json --db " + ShellQuote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);  // a named object: the loop reads inside it
  for (const auto& t : doc["triples"]) EXPECT_LT(t["sentence"].get<uint64_t>(), 10u);
}

TEST(IngestReliability, ReaderFoldersOfEndedProcessesAreRemovedAtTheNextOpen) {
  TempDir dir;
  const std::string db = dir.Join("db");
  testing::IngestCorpus(db, MakeCorpus(3, 2, 4));
  pid_t child = fork();
  if (child == 0) _exit(0);
  ASSERT_GT(child, 0);
  ASSERT_EQ(waitpid(child, nullptr, 0), child);  // its pid is now free
  const fs::path tmp = fs::temp_directory_path();
  const fs::path stale = tmp / ("geokg-reader-" + std::to_string(child) + "-test"),
                 live = tmp / ("geokg-reader-" + std::to_string(getpid()) + "-test");
  for (const auto& folder : {stale, live}) {
    fs::create_directories(folder);
    testing::WriteFile((folder / "LOG").string(), "x");
  }
  auto r = RunGeokg("stats --db " + ShellQuote(db));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));  // this process is alive
  fs::remove_all(live);
  // A query stopped by SIGPIPE (| head) leaves its folder; the next open removes it.
  r = testing::RunShell("trap '' PIPE; " + ShellQuote(GEOKG_BINARY) + " actors --db " + ShellQuote(db) +
                        " | head -c 1");
  r = RunGeokg("stats --db " + ShellQuote(db));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const auto& entry : fs::directory_iterator(tmp)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("geokg-reader-", 0) != 0) continue;
    long pid = std::strtol(name.c_str() + 13, nullptr, 10);
    if (pid > 0) {
      EXPECT_TRUE(kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) << name << " left behind";
    }
  }
}

// Ingests the corpus into `db` with `limit` (a shell prefix that makes
// writes fail part way); the summary must count only what was stored, and a
// resumed ingest must end equal to a clean one.
void ExpectWriteFailureCountedTruthfully(const std::string& db, const std::string& limit, const TempDir& dir) {
  auto corpus = MakeCorpus(1500, 6, 60, 5);
  const std::string file = dir.Join("t.jsonl");
  testing::WriteFile(file, testing::ToJsonl(corpus));
  auto r = testing::RunShell(limit + ShellQuote(GEOKG_BINARY) + " ingest --batch 50 --triples " + ShellQuote(file) +
                             " --db " + ShellQuote(db));
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not stored (the write failed)"), std::string::npos) << r.err;
  const long claimed = NewInSummary(r.err);
  const uint64_t stored = StoredArticles(db);
  EXPECT_EQ(claimed, static_cast<long>(stored)) << r.err;
  EXPECT_LT(stored, corpus.size());
  EXPECT_EQ(testing::Problems(db), "");
}

TEST(IngestReliability, AFileSizeLimitStopsTheIngestAndTheSummaryCountsWhatWasStored) {
  TempDir dir;
  const std::string db = dir.Join("db");
  // Writes past 1 MiB fail with EFBIG (SIGXFSZ ignored).
  ExpectWriteFailureCountedTruthfully(db, "trap '' XFSZ; ulimit -f 1024; ", dir);
  TempDir clean;
  auto r = RunGeokg("ingest -q --triples " + ShellQuote(dir.Join("t.jsonl")) + " --db " + ShellQuote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunGeokg("ingest -q --triples " + ShellQuote(dir.Join("t.jsonl")) + " --db " + ShellQuote(clean.Join("db")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_SAME_GRAPH(db, clean.Join("db"));
}

TEST(IngestReliability, AFullDiskStopsTheIngestAndTheSummaryCountsWhatWasStored) {
  TempDir dir;
  const std::string mnt = dir.Join("small");
  fs::create_directories(mnt);
  if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=1536k") != 0) {
    GTEST_SKIP() << "cannot mount a small tmpfs here (" << std::strerror(errno) << "); the file size limit test covers "
                 << "write errors";
  }
  struct Unmount {
    std::string path;
    ~Unmount() { ::umount(path.c_str()); }
  } unmount{mnt};
  const std::string db = mnt + "/db";
  ExpectWriteFailureCountedTruthfully(db, "", dir);
  // Room again: the ingest resumes to the same graph as a clean run.
  const std::string moved = dir.Join("db");
  auto r = testing::RunShell("cp -a " + ShellQuote(db) + " " + ShellQuote(moved));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunGeokg("ingest -q --triples " + ShellQuote(dir.Join("t.jsonl")) + " --db " + ShellQuote(moved));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  TempDir clean;
  r = RunGeokg("ingest -q --triples " + ShellQuote(dir.Join("t.jsonl")) + " --db " + ShellQuote(clean.Join("db")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_SAME_GRAPH(moved, clean.Join("db"));
}

}  // namespace
}  // namespace geokg
