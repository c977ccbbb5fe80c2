// `geokg export` ended by SIGTERM or SIGINT (what timeout, CI and systemd
// send) while Graphviz renders: the Graphviz child must end with it and no
// partial file may stay. Graphviz is replaced by a stand-in `dot` on PATH
// that creates its output file and then blocks, like a long layout; the test
// waits (inotify, no sleeps) for the partial file before sending the signal.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/test_util.h"

extern char** environ;

namespace geokg {
namespace {

using testing::RunGeokg;
using testing::ShellQuote;
using testing::TempDir;
using testing::WriteFile;

// The pids of the children of `parent`, read from /proc.
std::vector<pid_t> ChildrenOf(pid_t parent) {
  std::vector<pid_t> children;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line)) continue;
    size_t close = line.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos) continue;
    char state = 0;
    int ppid = 0;
    if (std::sscanf(line.c_str() + close + 1, " %c %d", &state, &ppid) == 2 && ppid == parent) {
      children.push_back(static_cast<pid_t>(std::stoi(name)));
    }
  }
  return children;
}

class ExportSignalTest : public ::testing::TestWithParam<int> {};

TEST_P(ExportSignalTest, EndsGraphvizAndLeavesNoPartialFile) {
  const int signal = GetParam();
  TempDir dir;
  std::string db = dir.Join("db");
  WriteFile(dir.Join("t.jsonl"),
            R"({"doc":"d1","subject":{"id":"USA","name":"United States","type":"country"},"predicate":"ask",)"
            R"("object":{"id":"PAK","name":"Pakistan","type":"country"},"cameo":"020","date":"2015-09-21"})"
            "\n");
  auto ingest = RunGeokg("ingest -q --db " + ShellQuote(db) + " --triples " + ShellQuote(dir.Join("t.jsonl")));
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;

  // The stand-in Graphviz: creates the file after -o, then blocks until a signal ends it.
  std::filesystem::create_directory(dir.Join("bin"));
  std::string fake_dot = dir.Join("bin/dot");
  WriteFile(fake_dot,
            "#!/bin/sh\n"
            "while [ $# -gt 0 ]; do [ \"$1\" = -o ] && out=\"$2\"; shift; done\n"
            ": > \"$out\"\n"
            "exec tail -f /dev/null >/dev/null 2>&1\n");  // holds no pipe of the test open
  ASSERT_EQ(::chmod(fake_dot.c_str(), 0755), 0);
  std::filesystem::create_directory(dir.Join("out"));
  std::string output = dir.Join("out/graph.svg");

  int watch = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  ASSERT_GE(watch, 0);
  ASSERT_GE(inotify_add_watch(watch, dir.Join("out").c_str(), IN_CREATE), 0);

  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    if (std::strncmp(*e, "PATH=", 5) != 0) env_strings.emplace_back(*e);
  }
  env_strings.push_back("PATH=" + dir.Join("bin") + ":/usr/bin:/bin");
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> args = {GEOKG_BINARY, "export", "--db", db, "-o", output};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  // Default dispositions, whatever the test runner ignores (a background job ignores SIGINT).
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGTERM);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  ASSERT_EQ(posix_spawn(&pid, GEOKG_BINARY, &actions, &attributes, argv.data(), envp.data()), 0);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);

  // Wait until the stand-in has created the partial file.
  const std::string partial = output + ".partial";
  while (!std::filesystem::exists(partial)) {
    pollfd p{watch, POLLIN, 0};
    ASSERT_GT(poll(&p, 1, 60000), 0) << "no partial file appeared";
    char buf[4096];
    while (read(watch, buf, sizeof buf) > 0) {
    }
  }
  close(watch);
  std::vector<pid_t> children = ChildrenOf(pid);
  ASSERT_EQ(children.size(), 1u);

  ASSERT_EQ(kill(pid, signal), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal) << "wait status " << status;
  // geokg waited for its child before dying: no process is left, no file either.
  bool left_running = kill(children[0], 0) == 0;
  EXPECT_FALSE(left_running) << "the Graphviz child " << children[0] << " outlived geokg";
  if (left_running) kill(children[0], SIGKILL);
  EXPECT_FALSE(std::filesystem::exists(partial));
  EXPECT_FALSE(std::filesystem::exists(output));
}

INSTANTIATE_TEST_SUITE_P(TermAndInt, ExportSignalTest, ::testing::Values(SIGTERM, SIGINT));

}  // namespace
}  // namespace geokg
