// The main job end to end through the geokg binary: ingest the example
// articles and the seed article into a temporary database, ask for the
// relations between Pakistan and the United States, export DOT and parse it
// with Graphviz.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tests/test_util.h"

namespace geokg {
namespace {

using nlohmann::json;
using testing::RunGeokg;
using testing::RunShell;
using testing::ShellQuote;
using testing::TempDir;

class EndToEndTest : public ::testing::Test {
 protected:
  void SetUp() override { db_ = ShellQuote(dir_.Join("graph.db")); }
  TempDir dir_;
  std::string db_;
};

TEST_F(EndToEndTest, ExamplesAndSeedGiveAQueryableGraphAndAParsableDiagram) {
  std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent: the seed article cannot be ingested";
  auto ingest = RunGeokg("ingest --quiet --db " + db_ + " " + ShellQuote(testing::SourceDir() + "/examples/articles") +
                         " " + ShellQuote(shared + "/seeds/islamabad-coalition.txt") + " --date 2015-09-21");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;

  auto actors = RunGeokg("actors --format json --db " + db_);
  ASSERT_EQ(actors.exit_code, 0) << actors.err;
  json list = json::parse(actors.out);
  bool pakistan = false, united_states = false;
  for (const auto& actor : list) {
    pakistan = pakistan || (actor["id"] == "PAK" && actor["type"] == "country");
    united_states = united_states || (actor["id"] == "USA" && actor["type"] == "country");
  }
  EXPECT_TRUE(pakistan);
  EXPECT_TRUE(united_states);

  auto relations = RunGeokg("relations Pakistan 'United States' --format json --db " + db_);
  ASSERT_EQ(relations.exit_code, 0) << relations.err;
  json edges = json::parse(relations.out);
  ASSERT_FALSE(edges.empty()) << relations.out;
  bool ask = false;
  for (const auto& edge : edges) {
    ask = ask || (edge["subject"] == "USA" && edge["object"] == "PAK" && edge["predicate"] == "ask");
  }
  EXPECT_TRUE(ask) << "the seed article's 'formally asked Islamabad to join' is missing: " << relations.out;

  std::string dot = dir_.Join("graph.dot");
  auto exported = RunGeokg("export --format dot --output " + ShellQuote(dot) + " --db " + db_);
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  auto canon = RunShell("dot -Tcanon " + ShellQuote(dot));
  EXPECT_EQ(canon.exit_code, 0) << canon.err;
  EXPECT_NE(canon.out.find("Pakistan"), std::string::npos);
}

TEST_F(EndToEndTest, ReingestingChangesNothing) {
  std::string examples = ShellQuote(testing::SourceDir() + "/examples/articles");
  ASSERT_EQ(RunGeokg("ingest --quiet --db " + db_ + " " + examples).exit_code, 0);
  auto before = RunGeokg("relations Pakistan --format json --db " + db_);
  auto again = RunGeokg("ingest --db " + db_ + " " + examples);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 new"), std::string::npos) << again.err;
  auto after = RunGeokg("relations Pakistan --format json --db " + db_);
  EXPECT_EQ(before.out, after.out);
}

TEST_F(EndToEndTest, UnknownActorIsAnErrorWithASuggestion) {
  ASSERT_EQ(RunGeokg("ingest --quiet --db " + db_ + " " + ShellQuote(testing::SourceDir() + "/examples/articles"))
                .exit_code,
            0);
  auto result = RunGeokg("relations Pakistn --db " + db_);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("Pakistan"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

}  // namespace
}  // namespace geokg
