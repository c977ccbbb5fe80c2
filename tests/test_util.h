// Helpers shared by the tests: temporary folders, running the geokg binary,
// locating ../shared.
#pragma once

#include <filesystem>
#include <string>

namespace geokg::testing {

// A fresh folder under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string Join(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs the geokg binary with `args` (a shell-quoted string), stdin from /dev/null
// unless `stdin_text` is given.
CommandResult RunGeokg(const std::string& args, const std::string& stdin_text = "");

// Runs any shell command, capturing stdout and stderr.
CommandResult RunShell(const std::string& command, const std::string& stdin_text = "");

// Quotes a string for the shell.
std::string ShellQuote(const std::string& s);

// The ../shared folder beside the repo, or empty when it is absent.
std::string SharedDir();

// The repo's source folder.
std::string SourceDir();

// Writes `content` to `path`.
void WriteFile(const std::string& path, const std::string& content);
std::string ReadFile(const std::string& path);

}  // namespace geokg::testing
