// Whole-or-nothing export files and the Graphviz child (export_files.h).
#include "cli/export_files.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>
#include <vector>

extern char** environ;

namespace geokg::cli {
namespace {

// State the signal handler reads: the Graphviz child (0: none), the partial
// file being written (nullptr: none) and the signal received (0: none).
volatile sig_atomic_t g_child = 0;
const char* volatile g_partial = nullptr;
volatile sig_atomic_t g_signal = 0;

// With a child running, forwards the signal and lets the main flow wait for
// it; otherwise removes the partial file and dies of the signal at once.
void OnInterrupt(int signal) {
  g_signal = signal;
  if (g_child > 0) {
    ::kill(static_cast<pid_t>(g_child), signal);
    return;
  }
  if (const char* partial = g_partial) ::unlink(partial);
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

// After a child ended: when a signal came meanwhile, clean up and die of it.
void DieIfInterrupted() {
  if (g_signal == 0) return;
  if (const char* partial = g_partial) ::unlink(partial);
  int signal = g_signal;
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

struct sigaction g_previous_int {}, g_previous_term {};

// Writes `data` to all of fd; false on a write error (EPIPE when the reader
// died, EINTR when interrupted by a signal).
bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR && g_signal == 0) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Sets g_partial for its lifetime.
class PartialFile {
 public:
  explicit PartialFile(const std::string& path) : path_(path) { g_partial = path_.empty() ? nullptr : path_.c_str(); }
  ~PartialFile() { g_partial = nullptr; }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

InterruptGuard::InterruptGuard() {
  struct sigaction handler {};
  handler.sa_handler = OnInterrupt;
  sigemptyset(&handler.sa_mask);
  handler.sa_flags = 0;  // no SA_RESTART: a blocked write or wait returns EINTR
  g_signal = 0;
  // A signal ignored by whoever started us (nohup, a background job) stays ignored.
  ::sigaction(SIGINT, nullptr, &g_previous_int);
  ::sigaction(SIGTERM, nullptr, &g_previous_term);
  if (g_previous_int.sa_handler != SIG_IGN) ::sigaction(SIGINT, &handler, nullptr);
  if (g_previous_term.sa_handler != SIG_IGN) ::sigaction(SIGTERM, &handler, nullptr);
}

InterruptGuard::~InterruptGuard() {
  ::sigaction(SIGINT, &g_previous_int, nullptr);
  ::sigaction(SIGTERM, &g_previous_term, nullptr);
}

Status WriteFileWhole(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    std::cout.flush();
    return std::cout ? Status::OK() : Status::IOError("cannot write to stdout");
  }
  PartialFile partial(path + ".partial");
  std::ofstream out(partial.path(), std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  std::error_code ec;
  if (!out) {
    Status error = Status::IOError("cannot write " + path + ": " + std::strerror(errno));
    std::filesystem::remove(partial.path(), ec);
    return error;
  }
  std::filesystem::rename(partial.path(), path, ec);
  if (ec) {
    std::filesystem::remove(partial.path(), ec);
    return Status::IOError("cannot write " + path + ": " + ec.message());
  }
  return Status::OK();
}

Status RenderWithGraphviz(const std::string& program, const std::string& format, const std::string& dot,
                          const std::string& output) {
  PartialFile partial(output.empty() ? "" : output + ".partial");
  std::string type_arg = "-T" + format;
  std::vector<std::string> args{program, type_arg};
  if (!partial.path().empty()) {
    args.push_back("-o");
    args.push_back(partial.path());
  }
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  std::cout.flush();
  // Signals wait until the child's pid is known, so none is lost in between.
  sigset_t interrupts, previous_mask;
  sigemptyset(&interrupts);
  sigaddset(&interrupts, SIGINT);
  sigaddset(&interrupts, SIGTERM);
  ::sigprocmask(SIG_BLOCK, &interrupts, &previous_mask);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setsigmask(&attributes, &previous_mask);  // the child starts with our usual mask
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  pid_t pid = 0;
  int spawn_error = ::posix_spawnp(&pid, program.c_str(), &actions, &attributes, argv.data(), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[0]);
  if (spawn_error == 0) g_child = pid;
  ::sigprocmask(SIG_SETMASK, &previous_mask, nullptr);
  if (spawn_error != 0) {
    ::close(fds[1]);
    if (spawn_error == ENOENT) {
      return Status::NotFound("the Graphviz program '" + program + "' is not on PATH, so " + format +
                              " cannot be rendered: install Graphviz (apt install graphviz), "
                              "or export --format dot and render it elsewhere");
    }
    return Status::IOError("cannot run '" + program + "': " + std::strerror(spawn_error));
  }
  // A Graphviz that exits early must not kill us with SIGPIPE.
  struct sigaction ignore {}, previous {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);
  bool written = WriteAll(fds[1], dot);
  ::close(fds[1]);
  ::sigaction(SIGPIPE, &previous, nullptr);
  int wait_status = 0;
  while (::waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
  }
  g_child = 0;
  DieIfInterrupted();
  std::string run = "'" + program + " " + type_arg + "'";
  Status status;
  if (WIFSIGNALED(wait_status)) {
    status = Status::IOError(run + " was killed by signal " + std::to_string(WTERMSIG(wait_status)));
  } else if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
    status = Status::IOError(run + " failed with exit status " + std::to_string(WEXITSTATUS(wait_status)));
  } else if (!written) {
    status = Status::IOError(run + " stopped reading its input");
  }
  std::error_code ec;
  if (!status.ok()) {
    if (!partial.path().empty()) std::filesystem::remove(partial.path(), ec);
    return status;
  }
  if (!partial.path().empty()) {
    std::filesystem::rename(partial.path(), output, ec);
    if (ec) return Status::IOError("cannot write " + output + ": " + ec.message());
  }
  return Status::OK();
}

}  // namespace geokg::cli
