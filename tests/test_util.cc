#include "tests/test_util.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace geokg::testing {

TempDir::TempDir() {
  std::random_device rd;
  auto base = std::filesystem::temp_directory_path();
  for (;;) {
    auto candidate = base / ("geokg-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    if (std::filesystem::create_directory(candidate)) {
      path_ = candidate;
      return;
    }
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

CommandResult RunShell(const std::string& command, const std::string& stdin_text) {
  TempDir dir;
  std::string in = dir.Join("stdin"), out = dir.Join("stdout"), err = dir.Join("stderr");
  WriteFile(in, stdin_text);
  std::string full = "(" + command + ") <" + ShellQuote(in) + " >" + ShellQuote(out) + " 2>" + ShellQuote(err);
  int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

CommandResult RunGeokg(const std::string& args, const std::string& stdin_text) {
  return RunShell(ShellQuote(GEOKG_BINARY) + " " + args, stdin_text);
}

std::string SharedDir() {
  std::filesystem::path shared(GEOKG_SHARED_DIR);
  if (std::filesystem::exists(shared / "eval" / "GOLD_FORMAT.md")) {
    return std::filesystem::weakly_canonical(shared).string();
  }
  return "";
}

std::string SourceDir() { return GEOKG_SOURCE_DIR; }

}  // namespace geokg::testing
