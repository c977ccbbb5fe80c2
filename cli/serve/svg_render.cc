#include "cli/serve/svg_render.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <string_view>
#include <vector>

extern char** environ;

namespace geokg::cli::serve {
namespace {

// Starts `program -Tsvg` with pipes to its stdin (*in) and from its stdout (*out).
Status Spawn(const std::string& program, pid_t* pid, int* in, int* out) {
  int to_child[2], from_child[2];
  if (::pipe2(to_child, O_CLOEXEC) != 0) return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  if (::pipe2(from_child, O_CLOEXEC) != 0) {
    ::close(to_child[0]);
    ::close(to_child[1]);
    return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
  std::string type_arg = "-Tsvg";
  std::vector<char*> argv{const_cast<char*>(program.c_str()), type_arg.data(), nullptr};
  const int error = ::posix_spawnp(pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(to_child[0]);
  ::close(from_child[1]);
  if (error != 0) {
    ::close(to_child[1]);
    ::close(from_child[0]);
    if (error == ENOENT) {
      return Status::NotFound("the Graphviz program '" + program + "' is not on PATH: install graphviz");
    }
    return Status::IOError("cannot run '" + program + "': " + std::strerror(error));
  }
  *in = to_child[1];
  *out = from_child[0];
  ::fcntl(*in, F_SETFL, ::fcntl(*in, F_GETFL) | O_NONBLOCK);
  return Status::OK();
}

void CloseFd(int* fd) {
  ::close(*fd);
  *fd = -1;
}

// Feeds `input` to `in` and reads `out` to its end, until `deadline`.
// False when the deadline passed first.
bool Exchange(int in, int out, std::string_view input, std::chrono::steady_clock::time_point deadline,
              std::string* output) {
  if (input.empty()) CloseFd(&in);
  while (out >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) break;
    pollfd fds[2] = {{out, POLLIN, 0}, {in, POLLOUT, 0}};
    if (::poll(fds, in >= 0 ? 2 : 1, static_cast<int>(left)) < 0 && errno != EINTR) break;
    if (in >= 0 && fds[1].revents) {
      ssize_t n = ::write(in, input.data(), input.size());
      if (n > 0) input.remove_prefix(static_cast<size_t>(n));
      if ((n < 0 && errno != EAGAIN && errno != EINTR) || input.empty()) CloseFd(&in);
    }
    if (fds[0].revents) {
      char buffer[65536];
      ssize_t n = ::read(out, buffer, sizeof buffer);
      if (n > 0) output->append(buffer, static_cast<size_t>(n));
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) CloseFd(&out);
    }
  }
  if (in >= 0) ::close(in);
  if (out >= 0) {
    ::close(out);
    return false;
  }
  return true;
}

}  // namespace

Status RenderSvg(const std::string& program, const std::string& dot, int timeout_ms, std::string* svg) {
  static std::once_flag ignore_sigpipe;
  std::call_once(ignore_sigpipe, [] { ::signal(SIGPIPE, SIG_IGN); });  // a child exiting early
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  pid_t pid = 0;
  int in = -1, out = -1;
  Status status = Spawn(program, &pid, &in, &out);
  if (!status.ok()) return status;
  svg->clear();
  const bool finished = Exchange(in, out, dot, deadline, svg);
  if (!finished) ::kill(pid, SIGKILL);
  int wait_status = 0;
  while (::waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
  }
  const std::string run = "'" + program + " -Tsvg'";
  if (!finished) {
    return Status::IOError(run + " took longer than " + std::to_string(timeout_ms) + " ms and was stopped");
  }
  if (WIFSIGNALED(wait_status)) {
    return Status::IOError(run + " was killed by signal " + std::to_string(WTERMSIG(wait_status)));
  }
  if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
    return Status::IOError(run + " failed with exit status " + std::to_string(WEXITSTATUS(wait_status)));
  }
  return Status::OK();
}

}  // namespace geokg::cli::serve
