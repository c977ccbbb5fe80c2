// geokg ingest (--triples and articles), stats, doc, remove, backup from the
// command line: messages, exit codes, and bad input that never corrupts data.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/store_test_util.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using testing::Corpus;
using testing::Dump;
using testing::MakeCorpus;
using testing::Problems;
using testing::RunGeokg;
using testing::ShellQuote;
using testing::TempDir;
using testing::ToJsonl;
using testing::WriteFile;

class IngestCli : public ::testing::Test {
 protected:
  std::string Db() const { return " --db " + ShellQuote(db_); }
  testing::CommandResult Ingest(const std::string& file, const std::string& extra = "") {
    return RunGeokg("ingest --triples " + ShellQuote(file) + Db() + " " + extra);
  }
  TempDir dir_;
  std::string db_ = dir_.Join("db");
};

TEST_F(IngestCli, MergesTriplesAndSummarisesOnStderrOnly) {
  WriteFile(dir_.Join("t.jsonl"), ToJsonl(MakeCorpus(12, 5, 9)));
  auto r = Ingest(dir_.Join("t.jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  // Piped stderr: no progress line, only the summary.
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  EXPECT_NE(r.err.find("geokg ingest: 12 articles (12 new, 0 unchanged, 0 replaced, 0 skipped), 60 triples in"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
  r = RunGeokg("stats --format json" + Db());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto stats = nlohmann::json::parse(r.out);
  EXPECT_EQ(stats["articles"], 12);
  EXPECT_EQ(stats["evidence"], 60);
  EXPECT_GT(stats["size_on_disk"].get<uint64_t>(), 0u);
  EXPECT_EQ(Problems(db_), "");
}

TEST_F(IngestCli, QuietPrintsNothing) {
  WriteFile(dir_.Join("t.jsonl"), ToJsonl(MakeCorpus(3, 2, 4)));
  auto r = Ingest(dir_.Join("t.jsonl"), "--quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
}

TEST_F(IngestCli, OnATerminalProgressShowsAndIsClearedBeforeTheSummary) {
  // script(1) gives the command a pseudo-terminal (its output merges stdout and stderr).
  WriteFile(dir_.Join("t.jsonl"), ToJsonl(MakeCorpus(5, 3, 4)));
  const std::string cmd = ShellQuote(GEOKG_BINARY) + " ingest --triples " + ShellQuote(dir_.Join("t.jsonl")) + Db();
  auto r = testing::RunShell("script -q -e -c " + ShellQuote(cmd) + " /dev/null");
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  size_t progress = r.out.find("\ringest: ");
  size_t cleared = r.out.find("\r\x1b[K", progress);
  size_t summary = r.out.find("geokg ingest: 5 articles (5 new", cleared);
  EXPECT_NE(progress, std::string::npos) << r.out;
  EXPECT_NE(cleared, std::string::npos) << r.out;
  EXPECT_NE(summary, std::string::npos) << r.out;
  for (const char* part : {" articles, ", " triples, ", " articles/s, ", " elapsed, ETA "}) {  // input size known
    EXPECT_NE(r.out.find(part, progress), std::string::npos) << part << "\n" << r.out;
  }
  r = testing::RunShell("script -q -e -c " + ShellQuote(cmd + " --quiet") + " /dev/null");
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(IngestCli, BrokenLinesAreReportedByFileAndLineAndSkipped) {
  Corpus corpus = MakeCorpus(4, 3, 5);
  std::string good = ToJsonl(corpus);
  std::vector<std::string> lines;
  for (size_t pos = 0, end; (end = good.find('\n', pos)) != std::string::npos; pos = end + 1) {
    lines.push_back(good.substr(pos, end - pos));
  }
  std::string text = lines[0] + "\n{\"doc\": \"doc-0\", broken\n" + lines[1] + "\n\n" +
                     "{\"doc\": \"doc-0\", \"subject\": {\"id\": \"x\"}, \"predicate\": \"p\", \"object\": {}}\n" +
                     "{\"subject\": {\"id\": \"x\", \"name\": \"X\"}, \"predicate\": \"p\", \"object\": {\"id\": \"y\", \"name\": \"Y\"}}\n";
  for (size_t i = 2; i < lines.size(); ++i) text += lines[i] + "\n";
  WriteFile(dir_.Join("bad.jsonl"), text);
  auto r = Ingest(dir_.Join("bad.jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string name = dir_.Join("bad.jsonl");
  EXPECT_NE(r.err.find(name + ":2: not valid JSON, skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(name + ":5: \"subject\" needs string fields"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(name + ":6: missing \"doc\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4 new"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 lines skipped"), std::string::npos) << r.err;
  // What was good is all there, exactly as from a clean file.
  TempDir clean;
  WriteFile(clean.Join("t.jsonl"), good);
  ASSERT_EQ(RunGeokg("ingest -q --triples " + ShellQuote(clean.Join("t.jsonl")) + " --db " +
                     ShellQuote(clean.Join("db"))).exit_code, 0);
  EXPECT_SAME_GRAPH(db_, clean.Join("db"));
}

TEST_F(IngestCli, BadInputLaterNeverCorruptsWhatIsStored) {
  WriteFile(dir_.Join("t.jsonl"), ToJsonl(MakeCorpus(6, 3, 5)));
  ASSERT_EQ(Ingest(dir_.Join("t.jsonl"), "-q").exit_code, 0);
  const std::string before = testing::RawDump(db_);
  // Only broken lines and invalid values: nothing can be ingested.
  WriteFile(dir_.Join("junk.jsonl"),
            "garbage\n{\"doc\": \"doc-1\", \"subject\": {\"id\": \"a\", \"name\": \"A\"}, \"predicate\": \"p\", "
            "\"object\": {\"id\": \"b\", \"name\": \"B\"}, \"quad\": 7}\n\x01\x02\n");
  auto r = Ingest(dir_.Join("junk.jsonl"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("junk.jsonl:2: \"quad\" must be 0..4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing could be ingested"), std::string::npos) << r.err;
  EXPECT_SAME_DUMP(testing::RawDump(db_), before);
  // A missing file: named, exit 1, nothing touched.
  r = Ingest(dir_.Join("missing.jsonl"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot read --triples file '" + dir_.Join("missing.jsonl") + "'"), std::string::npos) << r.err;
  r = RunGeokg("ingest --triples " + ShellQuote(dir_.Join("missing.jsonl")) + " --db " + ShellQuote(dir_.Join("new")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(dir_.Join("new")));
  r = Ingest(dir_.path().string());  // a folder is no triples file
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("it is a directory"), std::string::npos) << r.err;
  EXPECT_SAME_DUMP(testing::RawDump(db_), before);
  EXPECT_EQ(Problems(db_), "");
}

TEST_F(IngestCli, ReadsTriplesFromStdin) {
  std::string jsonl = ToJsonl(MakeCorpus(5, 2, 4));
  auto r = RunGeokg("ingest -q --triples -" + Db(), jsonl);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  TempDir clean;
  WriteFile(clean.Join("t.jsonl"), jsonl);
  ASSERT_EQ(RunGeokg("ingest -q --triples " + ShellQuote(clean.Join("t.jsonl")) + " --db " +
                     ShellQuote(clean.Join("db"))).exit_code, 0);
  EXPECT_SAME_GRAPH(db_, clean.Join("db"));
  EXPECT_EQ(testing::CountLines(Dump(db_), "article "), 5u);
}

TEST_F(IngestCli, LinesOfOneDocThatAreNotConsecutiveAreMerged) {
  Corpus corpus = MakeCorpus(2, 4, 5);
  std::string a = ToJsonl({corpus[0]}), b = ToJsonl({corpus[1]});
  size_t half = a.find('\n', a.find('\n') + 1) + 1;  // doc-0's first two lines, doc-1, doc-0's last two
  WriteFile(dir_.Join("t.jsonl"), a.substr(0, half) + b + a.substr(half));
  auto r = Ingest(dir_.Join("t.jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunGeokg("doc doc-0 --format json" + Db());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["article"]["triples"], 4);
  EXPECT_EQ(doc["triples"].size(), 4u);
  EXPECT_EQ(Problems(db_), "");
}

TEST_F(IngestCli, DocShowsWhatAnArticleContributed) {
  Corpus corpus = MakeCorpus(3, 3, 5);
  corpus[1].article.date = "2021-07-04";
  WriteFile(dir_.Join("t.jsonl"), ToJsonl(corpus));
  ASSERT_EQ(Ingest(dir_.Join("t.jsonl"), "-q").exit_code, 0);
  auto r = RunGeokg("doc doc-1" + Db());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("article       doc-1\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("triples       3\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sentence\tstart\tend\tsubject\tpredicate\tobject"), std::string::npos) << r.out;
  // Where it came from: the --triples file, absolute.
  EXPECT_NE(r.out.find("file          " + std::filesystem::absolute(dir_.Join("t.jsonl")).string() + "\n"),
            std::string::npos)
      << r.out;
  r = RunGeokg("doc doc-1 --format json" + Db());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["triples"].size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    Triple t;
    ASSERT_TRUE(TripleFromJsonLine(doc["triples"][i].dump(), &t).ok());
    EXPECT_EQ(t.subject.id, corpus[1].triples[i].subject.id);
    EXPECT_EQ(t.predicate, corpus[1].triples[i].predicate);
    EXPECT_EQ(t.evidence.text, corpus[1].triples[i].evidence.text);
  }
  EXPECT_EQ(doc["article"]["content_hash"].get<std::string>().size(), 32u);
  r = RunGeokg("doc nope" + Db());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no article 'nope'"), std::string::npos);
  EXPECT_EQ(RunGeokg("doc" + Db()).exit_code, 2);
  EXPECT_EQ(RunGeokg("doc doc-1 --format xml" + Db()).exit_code, 2);
  r = RunGeokg("stats" + Db());
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("articles      3\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("evidence      9\n"), std::string::npos) << r.out;
}

TEST_F(IngestCli, UsageErrorsAndMissingArticleInputs) {
  WriteFile(dir_.Join("t.jsonl"), ToJsonl(MakeCorpus(1, 1, 2)));
  EXPECT_EQ(RunGeokg("ingest" + Db()).exit_code, 2);
  EXPECT_EQ(RunGeokg("ingest x.txt --triples " + ShellQuote(dir_.Join("t.jsonl")) + Db()).exit_code, 2);
  EXPECT_EQ(RunGeokg("ingest --format pdf x.txt" + Db()).exit_code, 2);
  EXPECT_EQ(RunGeokg("ingest --batch 0 --triples -" + Db()).exit_code, 2);
  EXPECT_EQ(RunGeokg("remove" + Db()).exit_code, 2);
  EXPECT_EQ(RunGeokg("backup" + Db()).exit_code, 2);
  auto r = RunGeokg("ingest " + ShellQuote(dir_.Join("nowhere.txt")) + Db());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir_.Join("nowhere.txt") + ": no such file or directory"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db_));
  r = RunGeokg("stats" + Db());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no database at " + db_), std::string::npos) << r.err;
}

}  // namespace
}  // namespace geokg
