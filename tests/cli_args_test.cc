// Strict arguments and truthful exit codes: unknown, repeated and extra
// arguments, calendar dates and ranges, --version everywhere, "did you mean",
// `remove` with several --doc, write errors on stdout.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/test_util.h"

namespace geokg {
namespace {

using geokg::testing::RunGeokg;
using geokg::testing::RunShell;
using geokg::testing::ShellQuote;
using geokg::testing::TempDir;
using geokg::testing::WriteFile;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A database that does not exist: a command that gets past its argument
// checks fails on it with exit 1, so exit 2 shows the arguments were refused.
const std::string kNoDb = " --db /nonexistent/geokg-test.db";

TEST(CliArgsTest, PositionalArgumentsNoCommandTakesAreRefused) {
  auto r = RunGeokg("export Pakistan" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "unexpected argument 'Pakistan' (to name an actor, use --actor 'Pakistan')")) << r.err;
  r = RunGeokg("stats extra" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "geokg stats: unexpected argument 'extra'")) << r.err;
  r = RunGeokg("doc a b" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "unexpected argument 'b'")) << r.err;
}

TEST(CliArgsTest, OptionsThatTakeOneValueAreRefusedTwice) {
  auto r = RunGeokg("stats --format json --format table" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "--format given 2 times; it takes one value")) << r.err;
  r = RunGeokg("relations Pakistan --since 2020 --since 2021" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "--since given 2 times")) << r.err;
}

TEST(CliArgsTest, UnknownOptionsAndSubcommandsGetASuggestion) {
  auto r = RunGeokg("relations Pakistan --evidnce" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown option '--evidnce' (did you mean --evidence?)")) << r.err;
  r = RunGeokg("stats --frmat=json" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown option '--frmat' (did you mean --format?)")) << r.err;
  r = RunGeokg("stats --zzzzzz" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown option '--zzzzzz'")) << r.err;
  EXPECT_FALSE(Contains(r.err, "did you mean")) << r.err;
  r = RunGeokg("relatons Pakistan");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown subcommand 'relatons' (did you mean 'relations'?)")) << r.err;
}

TEST(CliArgsTest, EverySubcommandTakesVersion) {
  const std::string version = RunGeokg("--version").out;
  ASSERT_TRUE(version.starts_with("geokg ")) << version;
  for (const char* command : {"ingest", "extract", "eval", "stats", "doc", "remove", "backup", "upgrade", "actors",
                              "actor", "relations", "path", "neighbors", "top", "timeline", "export"}) {
    auto r = RunGeokg(std::string(command) + " --version");
    EXPECT_EQ(r.exit_code, 0) << command << ": " << r.err;
    EXPECT_EQ(r.out, version) << command;
  }
}

TEST(CliArgsTest, DatesMustBeRealCalendarDates) {
  for (const char* bad : {"2023-13", "2023-02-30", "2023-13-45", "2023-00", "2023-04-31", "2023-1-05", "23"}) {
    for (const char* option : {"--since", "--until"}) {
      auto r = RunGeokg(std::string("relations Pakistan ") + option + " " + bad + kNoDb);
      EXPECT_EQ(r.exit_code, 2) << option << " " << bad;
      EXPECT_TRUE(Contains(r.err, std::string(option) + " takes a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + bad +
                                      "'"))
          << r.err;
    }
    auto r = RunGeokg(std::string("extract --date ") + bad + " -", "Pakistan met India.\n");
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_TRUE(Contains(r.err, std::string("--date takes a date YYYY-MM-DD, not '") + bad + "'")) << r.err;
  }
  // Leap days exist in leap years only.
  EXPECT_EQ(RunGeokg("extract --date 2024-02-29 -", "Pakistan met India.\n").exit_code, 0);
  EXPECT_EQ(RunGeokg("extract --date 2023-02-29 -", "Pakistan met India.\n").exit_code, 2);
  EXPECT_EQ(RunGeokg("extract --date 1900-02-29 -", "Pakistan met India.\n").exit_code, 2);
  EXPECT_EQ(RunGeokg("extract --date 2000-02-29 -", "Pakistan met India.\n").exit_code, 0);
  // A good date gets past the checks and fails on the missing database.
  EXPECT_EQ(RunGeokg("relations Pakistan --since 2023-02-28 --until 2023-12" + kNoDb).exit_code, 1);
}

TEST(CliArgsTest, ReversedRangesAreRefused) {
  auto r = RunGeokg("timeline Pakistan --since 2024 --until 2023-12-31" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "--since 2024 is after --until 2023-12-31")) << r.err;
  r = RunGeokg("export --since 2023-06-02 --until 2023-06-01" + kNoDb);
  EXPECT_EQ(r.exit_code, 2);
  // Ranges within one month or year, and a year against a day in it, are in order.
  EXPECT_EQ(RunGeokg("timeline Pakistan --since 2023-06 --until 2023-06" + kNoDb).exit_code, 1);
  EXPECT_EQ(RunGeokg("timeline Pakistan --since 2023 --until 2023-01-01" + kNoDb).exit_code, 1);
  EXPECT_EQ(RunGeokg("timeline Pakistan --since 2023-12-31 --until 2023" + kNoDb).exit_code, 1);
}

class CliWithDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.Join("a.txt"), "Pakistan accused India of shelling the border.\n");
    WriteFile(dir_.Join("b.txt"), "Russia condemned Ukraine over the attack.\n");
    WriteFile(dir_.Join("c.txt"), "China praised Japan for the agreement.\n");
    auto r = RunGeokg("ingest -q --threads 1 --date 2023-05-01 " + ShellQuote(dir_.Join("a.txt")) + " " +
                      ShellQuote(dir_.Join("b.txt")) + " " + ShellQuote(dir_.Join("c.txt")) + db_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  TempDir dir_;
  std::string db_ = " --db " + ShellQuote(dir_.Join("db"));
};

TEST_F(CliWithDatabase, RemoveHonoursEveryDoc) {
  auto r = RunGeokg("remove --doc a --doc c" + db_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "removed article a")) << r.out;
  EXPECT_TRUE(Contains(r.out, "removed article c")) << r.out;
  EXPECT_EQ(RunGeokg("doc a" + db_).exit_code, 1);
  EXPECT_EQ(RunGeokg("doc b" + db_).exit_code, 0);
  EXPECT_EQ(RunGeokg("doc c" + db_).exit_code, 1);
}

TEST_F(CliWithDatabase, RemoveRemovesNothingWhenOneDocIsUnknown) {
  auto r = RunGeokg("remove --doc a --doc nope" + db_);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, "nope")) << r.err;
  EXPECT_EQ(RunGeokg("doc a" + db_).exit_code, 0);
}

TEST_F(CliWithDatabase, WriteErrorsOnStdoutExitOne) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full on this system";
  for (const char* command : {"relations Pakistan", "stats", "actors", "doc a --format json", "export --format json"}) {
    auto r = RunShell(ShellQuote(GEOKG_BINARY) + " " + command + db_ + " > /dev/full");
    EXPECT_EQ(r.exit_code, 1) << command << ": " << r.err;
    EXPECT_TRUE(Contains(r.err, "cannot write to standard output")) << command << ": " << r.err;
  }
  auto r = RunShell(ShellQuote(GEOKG_BINARY) + " stats" + db_ + " > /dev/null");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(CliInstallTest, InstallsTheBinaryTheManPageAndTheBashCompletion) {
  TempDir dir;
  auto r = RunShell("DESTDIR=" + ShellQuote(dir.Join("root")) + " cmake --install " + ShellQuote(GEOKG_BUILD_DIR) +
                    " --prefix /usr");
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const std::string root = dir.Join("root");
  const std::string binary = root + "/usr/bin/geokg";
  const std::string man = root + "/usr/share/man/man1/geokg.1";
  const std::string completion = root + "/usr/share/bash-completion/completions/geokg";
  ASSERT_TRUE(std::filesystem::exists(binary));
  ASSERT_TRUE(std::filesystem::exists(man));
  ASSERT_TRUE(std::filesystem::exists(completion));
  EXPECT_EQ(RunShell(ShellQuote(binary) + " --version").out, RunGeokg("--version").out);
  // The man page renders without a warning and names every subcommand.
  if (RunShell("command -v groff").exit_code == 0) {
    r = RunShell("groff -man -Tutf8 -P-cbou -ww " + ShellQuote(man));
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.err, "");
    for (const char* command : {"ingest", "extract", "eval", "stats", "doc", "remove", "backup", "upgrade", "actors",
                                "relations", "path", "neighbors", "top", "timeline", "export"}) {
      EXPECT_TRUE(Contains(r.out, command)) << command;
    }
  }
  // The completion offers subcommands, then the options of the subcommand.
  auto complete = [&](const std::string& words, int cword) {
    return RunShell("bash -c " + ShellQuote("source " + ShellQuote(completion) + "; COMP_WORDS=(" + ShellQuote(binary) +
                                            " " + words + "); COMP_CWORD=" + std::to_string(cword) +
                                            "; _geokg; echo \"${COMPREPLY[*]}\""))
        .out;
  };
  EXPECT_EQ(complete("rel", 1), "relations\n");
  std::string options = complete("relations --evi", 2);
  EXPECT_TRUE(Contains(options, "--evidence")) << options;
  EXPECT_TRUE(Contains(complete("export --", 2), "--actor"));
}

}  // namespace
}  // namespace geokg
