// Crash safety and concurrent readers: `geokg ingest` runs in a child process
// and is killed with SIGKILL at several points; the database must reopen with
// every article all-or-nothing and every count equal to its evidence, and a
// resumed ingest must end equal to an uninterrupted one. Readers run while the
// writer is alive. Waiting is event-driven: inotify on the database folder,
// then a reader that catches up with the writer.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <set>

#include "tests/store_test_util.h"
#include "tests/test_util.h"

extern char** environ;

namespace geokg {
namespace {

using testing::Dump;
using testing::MakeCorpus;
using testing::OpenReader;
using testing::Problems;
using testing::RunGeokg;
using testing::ShellQuote;
using testing::TempDir;

struct Child {
  pid_t pid = -1;  // negative once reaped
  int in = -1;     // the write end of its stdin, or -1
  int status = 0;  // its wait status once reaped
};

// Starts `geokg args...` with stdin a pipe (or /dev/null), stdout to
// /dev/null and stderr into `err_path`.
Child Spawn(const std::vector<std::string>& args, bool pipe_stdin, const std::string& err_path) {
  Child child;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  int fds[2] = {-1, -1};
  if (pipe_stdin) {
    EXPECT_EQ(pipe2(fds, O_CLOEXEC), 0);
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
  } else {
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> all = {GEOKG_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  EXPECT_EQ(posix_spawn(&child.pid, GEOKG_BINARY, &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  if (pipe_stdin) {
    close(fds[0]);
    child.in = fds[1];
  }
  return child;
}

bool WriteAll(int fd, const std::string& data) {
  for (size_t done = 0; done < data.size();) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// Wakes up whenever a file in the database folder is written or created.
class FolderWatch {
 public:
  explicit FolderWatch(const std::string& path) : fd_(inotify_init1(IN_CLOEXEC | IN_NONBLOCK)) {
    EXPECT_GE(fd_, 0);
    EXPECT_GE(inotify_add_watch(fd_, path.c_str(), IN_MODIFY | IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO), 0);
  }
  ~FolderWatch() { close(fd_); }
  // False when nothing changed for a long while (the writer is stuck or gone).
  bool Wait() {
    pollfd p{fd_, POLLIN, 0};
    if (poll(&p, 1, 60000) <= 0) return false;
    char buf[4096];
    while (read(fd_, buf, sizeof buf) > 0) {
    }
    return true;
  }

 private:
  int fd_;
};

uint64_t CountArticles(GraphStore* reader) {
  uint64_t n = 0;
  EXPECT_TRUE(reader->ForEachArticle([&](const ArticleRecord&) {
    ++n;
    return true;
  }).ok());
  return n;
}

// Waits until a reader sees at least `at_least` articles; returns the count
// (0 on failure, reported). Reaps the child if it ends meanwhile.
uint64_t WaitForArticles(const std::string& path, FolderWatch* watch, uint64_t at_least, Child* child) {
  auto reader = OpenReader(path);
  if (!reader) return 0;
  for (int attempt = 0; attempt < 1000000; ++attempt) {
    bool ended = child->pid > 0 && waitpid(child->pid, &child->status, WNOHANG) == child->pid;
    if (ended) child->pid = -child->pid;
    EXPECT_TRUE(reader->Refresh().ok());
    uint64_t n = CountArticles(reader.get());
    if (n >= at_least) return n;
    if (child->pid < 0) {
      ADD_FAILURE() << "the ingest ended (status " << child->status << ") with " << n << " articles, expected "
                    << at_least;
      return 0;
    }
    if (!watch->Wait()) {
      ADD_FAILURE() << "the ingest made no progress past " << n << " articles";
      return 0;
    }
  }
  ADD_FAILURE() << "gave up waiting";
  return 0;
}

// The stored articles are exactly doc-0 .. doc-(n-1): the input order, whole.
void ExpectPrefixOfInput(const std::string& path, uint64_t* count) {
  auto reader = OpenReader(path);
  ASSERT_TRUE(reader);
  std::set<std::string> ids;
  ASSERT_TRUE(reader->ForEachArticle([&](const ArticleRecord& a) {
    ids.insert(a.id);
    return true;
  }).ok());
  for (size_t i = 0; i < ids.size(); ++i) EXPECT_TRUE(ids.count("doc-" + std::to_string(i))) << i;
  *count = ids.size();
}

void KillAndReap(Child* child, bool may_have_finished) {
  if (child->pid > 0) {
    kill(child->pid, SIGKILL);
    ASSERT_EQ(waitpid(child->pid, &child->status, 0), child->pid);
  }
  if (child->in >= 0) close(child->in);
  if (may_have_finished && WIFEXITED(child->status)) {
    EXPECT_EQ(WEXITSTATUS(child->status), 0);
  } else {
    ASSERT_TRUE(WIFSIGNALED(child->status)) << child->status;
    EXPECT_EQ(WTERMSIG(child->status), SIGKILL);
  }
}

std::string Thousands(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

class StoreCrash : public ::testing::Test {
 protected:
  void SetUp() override {
    signal(SIGPIPE, SIG_IGN);
    corpus_ = MakeCorpus(kArticles, kPerArticle, 150, 21);
    jsonl_ = testing::ToJsonl(corpus_);
    for (size_t pos = 0, end; (end = jsonl_.find('\n', pos)) != std::string::npos; pos = end + 1) {
      line_ends_.push_back(end + 1);
    }
    testing::WriteFile(file_, jsonl_);
    testing::OpenWriter(db_).reset();  // the folder exists for the watch
  }
  // The first `lines` lines of the input.
  std::string Prefix(size_t lines) const { return jsonl_.substr(0, line_ends_[lines - 1]); }

  static constexpr int kArticles = 3000, kPerArticle = 10;
  TempDir dir_;
  std::string db_ = dir_.Join("db"), file_ = dir_.Join("all.jsonl"), err_ = dir_.Join("stderr");
  testing::Corpus corpus_;
  std::string jsonl_;
  std::vector<size_t> line_ends_;
};

TEST_F(StoreCrash, KilledIngestsLeaveWholeArticlesAndResumeToTheSameGraph) {
  FolderWatch watch(db_);
  uint64_t stored = 0;
  // Kills while the writer is fed through a pipe: it is surely mid-input.
  for (size_t lines : {2500u, 9000u, 15003u}) {  // the last cut is inside an article
    SCOPED_TRACE("pipe, " + std::to_string(lines) + " lines");
    Child child = Spawn({"ingest", "--triples", "-", "--db", db_, "--batch", "10", "--quiet"}, true, err_);
    ASSERT_TRUE(WriteAll(child.in, Prefix(lines)));
    // The reader thread passes lines on in chunks of 1024: wait for what surely got through.
    uint64_t target = (lines - 1100) / kPerArticle - 20;
    uint64_t seen = WaitForArticles(db_, &watch, target, &child);
    KillAndReap(&child, false);
    ASSERT_GE(seen, target);
    EXPECT_EQ(Problems(db_), "");
    ExpectPrefixOfInput(db_, &stored);
    EXPECT_GE(stored, seen);
    EXPECT_LT(stored, static_cast<uint64_t>(kArticles));
  }
  // Kills while it reads the whole file at full speed, likely mid-commit.
  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE("file, round " + std::to_string(round));
    uint64_t before = stored;
    Child child = Spawn({"ingest", "--triples", file_, "--db", db_, "--batch", "25", "--quiet"}, false, err_);
    WaitForArticles(db_, &watch, std::min<uint64_t>(before + 150, kArticles), &child);
    KillAndReap(&child, true);
    EXPECT_EQ(Problems(db_), "");
    ExpectPrefixOfInput(db_, &stored);
    EXPECT_GE(stored, before);
  }
  auto r = RunGeokg("ingest --triples " + ShellQuote(file_) + " --db " + ShellQuote(db_));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(Thousands(kArticles - stored) + " new, " + Thousands(stored) + " unchanged, 0 replaced"),
            std::string::npos)
      << r.err;
  TempDir clean;
  r = RunGeokg("ingest -q --triples " + ShellQuote(file_) + " --db " + ShellQuote(clean.Join("db")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_SAME_GRAPH(db_, clean.Join("db"));
  EXPECT_EQ(Problems(db_), "");
}

// --bulk: each commit is table files added in one ingestion. Killed at any
// point, the database holds whole commits (so whole articles) and opens
// without being taken for damaged; a resumed bulk ingest ends at the graph
// of an uninterrupted ingest through the WriteBatch path.
TEST_F(StoreCrash, KilledBulkIngestsLeaveWholeArticlesAndResumeToTheSameGraph) {
  FolderWatch watch(db_);
  uint64_t stored = 0;
  for (int round = 0; round < 4; ++round) {
    SCOPED_TRACE("bulk, round " + std::to_string(round));
    uint64_t before = stored;
    Child child =
        Spawn({"ingest", "--bulk", "--batch", "40", "--triples", file_, "--db", db_, "--quiet"}, false, err_);
    WaitForArticles(db_, &watch, std::min<uint64_t>(before + 150, kArticles), &child);
    KillAndReap(&child, true);
    EXPECT_EQ(Problems(db_), "");
    ExpectPrefixOfInput(db_, &stored);
    EXPECT_GE(stored, before);
  }
  auto r = RunGeokg("ingest --bulk --triples " + ShellQuote(file_) + " --db " + ShellQuote(db_));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(Thousands(kArticles - stored) + " new, " + Thousands(stored) + " unchanged, 0 replaced"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(db_ + "/geokg-bulk"));
  TempDir clean;
  r = RunGeokg("ingest -q --triples " + ShellQuote(file_) + " --db " + ShellQuote(clean.Join("db")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_SAME_GRAPH(db_, clean.Join("db"));
  EXPECT_EQ(Problems(db_), "");
}

TEST_F(StoreCrash, ReadersWorkWhileAnIngestRuns) {
  FolderWatch watch(db_);
  Child child = Spawn({"ingest", "--triples", "-", "--db", db_, "--batch", "7"}, true, err_);
  ASSERT_TRUE(WriteAll(child.in, Prefix(12000)));
  uint64_t seen = WaitForArticles(db_, &watch, 900, &child);
  ASSERT_GE(seen, 900u);
  // The writer is alive and blocked on its input: a second writer is turned away by name.
  testing::WriteFile(dir_.Join("one.jsonl"), testing::ToJsonl({corpus_.back()}));
  auto r = RunGeokg("ingest --triples " + ShellQuote(dir_.Join("one.jsonl")) + " --db " + ShellQuote(db_));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("database " + db_ + " is in use by another geokg process (pid " + std::to_string(child.pid) +
                       ")"),
            std::string::npos)
      << r.err;
  // Queries run, and see whole articles only.
  r = RunGeokg("stats --format json --db " + ShellQuote(db_));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GE(nlohmann::json::parse(r.out)["articles"].get<uint64_t>(), seen);
  r = RunGeokg("doc doc-5 --format json --db " + ShellQuote(db_));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["triples"].size(), static_cast<size_t>(kPerArticle));
  EXPECT_EQ(Problems(db_), "");
  auto reader = OpenReader(db_);
  ASSERT_TRUE(reader);
  // The rest of the input; the reader follows to the end.
  ASSERT_TRUE(WriteAll(child.in, jsonl_.substr(Prefix(12000).size())));
  close(child.in);
  int status = 0;
  ASSERT_EQ(waitpid(child.pid, &status, 0), child.pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << testing::ReadFile(err_);
  ASSERT_TRUE(reader->Refresh().ok());
  EXPECT_EQ(CountArticles(reader.get()), static_cast<uint64_t>(kArticles));
  StoreStats stats;
  ASSERT_TRUE(reader->GetStats(&stats).ok());
  EXPECT_EQ(stats.evidence, static_cast<uint64_t>(kArticles * kPerArticle));
}

// Articles (not --triples) for the extractor: short news items naming
// countries it knows, deterministic.
std::vector<std::pair<std::string, std::string>> MakeArticles(int count) {
  static const char* kCountries[] = {"Russia", "Ukraine", "China", "India", "Pakistan", "France",
                                     "Germany", "Iran",   "Israel", "Turkey", "Japan",   "Brazil"};
  static const char* kSentences[] = {"%s accused %s of shelling border villages.", "%s praised %s for its aid.",
                                     "%s threatened %s with sanctions.", "%s met officials from %s in Geneva."};
  std::vector<std::pair<std::string, std::string>> articles;
  for (int i = 0; i < count; ++i) {
    std::string text;
    for (int k = 0; k < 3; ++k) {
      char sentence[160];
      std::snprintf(sentence, sizeof sentence, kSentences[(i + k) % 4], kCountries[(i * 7 + k) % 12],
                    kCountries[(i * 5 + k * 3 + 1) % 12]);
      text += std::string(sentence) + " ";
    }
    char id[32];
    std::snprintf(id, sizeof id, "art-%05d", i);
    articles.emplace_back(id, text);
  }
  return articles;
}

class StoreCrashArticles : public ::testing::Test {
 protected:
  void SetUp() override {
    signal(SIGPIPE, SIG_IGN);
    std::filesystem::create_directories(folder_);
    for (const auto& [id, text] : MakeArticles(kArticles)) {
      nlohmann::json line = {{"id", id}, {"date", "2023-03-01"}, {"text", text}};
      jsonl_ += line.dump() + "\n";
      testing::WriteFile(folder_ + "/" + id + ".txt", text);
    }
    testing::WriteFile(jsonl_file_, jsonl_);
  }

  // Runs `args` (ingest into a fresh database) killed at `kills` points, each
  // once the database holds `step` more articles than before, and resumed;
  // after every kill the database is consistent, and the last, whole run ends
  // equal to a clean ingest. `feed`: what to write to its stdin (empty: none).
  void KillAndResume(const std::vector<std::string>& args, const std::string& feed, int kills, uint64_t step,
                     bool reader_beside) {
    const std::string db = dir_.Join("db-" + std::to_string(++runs_));
    testing::OpenWriter(db).reset();
    FolderWatch watch(db);
    std::vector<std::string> full = args;
    full.insert(full.end(), {"--db", db, "--batch", "5", "--threads", "2", "-q"});
    uint64_t stored = 0;
    for (int kill_point = 0; kill_point < kills; ++kill_point) {
      SCOPED_TRACE("kill point " + std::to_string(kill_point + 1));
      std::unique_ptr<GraphStore> beside = reader_beside ? OpenReader(db) : nullptr;
      Child child = Spawn(full, !feed.empty(), err_);
      if (!feed.empty()) WriteAll(child.in, feed);  // may fail once the child is killed: ignored
      // Short of the end (articles the extractor finds nothing in are not stored).
      uint64_t target = std::min<uint64_t>(stored + step, kArticles * 3 / 4);
      uint64_t seen = WaitForArticles(db, &watch, target, &child);
      KillAndReap(&child, true);
      ++kill_points_;
      EXPECT_GE(seen, target);
      EXPECT_EQ(Problems(db), "");
      if (beside) {  // a reader open across the kill still reads, and catches up
        ASSERT_TRUE(beside->Refresh().ok());
        EXPECT_GE(CountArticles(beside.get()), seen);
      }
      auto reader = OpenReader(db);
      ASSERT_TRUE(reader);
      stored = CountArticles(reader.get());
    }
    Child child = Spawn(full, !feed.empty(), err_);
    if (!feed.empty()) {
      ASSERT_TRUE(WriteAll(child.in, feed));
      close(child.in);
    }
    ASSERT_EQ(waitpid(child.pid, &child.status, 0), child.pid);
    ASSERT_TRUE(WIFEXITED(child.status) && WEXITSTATUS(child.status) == 0) << testing::ReadFile(err_);
    const std::string clean = dir_.Join("clean-" + std::to_string(runs_));
    std::vector<std::string> clean_args = args;
    std::string command;
    for (const auto& a : clean_args) command += ShellQuote(a) + " ";
    auto r = RunGeokg(command + "-q --db " + ShellQuote(clean), feed);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_SAME_GRAPH(db, clean);
    EXPECT_EQ(Problems(db), "");
    auto reader = OpenReader(clean);
    ASSERT_TRUE(reader);
    EXPECT_GT(CountArticles(reader.get()), static_cast<uint64_t>(kArticles * 3 / 4));
    if (!HasFailure()) ++recovered_identical_;
  }

  static constexpr int kArticles = 400;
  static int kill_points_, recovered_identical_;
  TempDir dir_;
  std::string folder_ = dir_.Join("articles"), jsonl_file_ = dir_.Join("articles.jsonl"), err_ = dir_.Join("stderr");
  std::string jsonl_;
  int runs_ = 0;
};
int StoreCrashArticles::kill_points_ = 0;
int StoreCrashArticles::recovered_identical_ = 0;

TEST_F(StoreCrashArticles, KilledAtTwentyPointsOverFoldersJsonLinesAndStdinEachResumesToTheCleanGraph) {
  KillAndResume({"ingest", folder_}, "", 5, 40, false);
  KillAndResume({"ingest", "--format", "jsonl", jsonl_file_}, "", 5, 40, false);
  KillAndResume({"ingest", "--format", "jsonl", "-"}, jsonl_, 5, 40, false);
  KillAndResume({"ingest", "--format", "jsonl", jsonl_file_}, "", 5, 40, true);  // a reader open throughout
  EXPECT_EQ(kill_points_, 20);
  EXPECT_EQ(recovered_identical_, 4);
  std::printf("kill points tried: %d; runs resumed to a graph identical to a clean run: %d of 4\n", kill_points_,
              recovered_identical_);
}

// Articles extracted and written with --bulk, a reader open throughout.
TEST_F(StoreCrashArticles, KilledBulkIngestsOfArticlesResumeToTheCleanGraph) {
  int before = recovered_identical_;
  KillAndResume({"ingest", "--bulk", "--format", "jsonl", jsonl_file_}, "", 3, 50, true);
  EXPECT_EQ(recovered_identical_, before + 1);
}

}  // namespace
}  // namespace geokg
