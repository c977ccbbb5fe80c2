// geokg eval --petrarch: PETRARCH's validation-record format read, records
// that test PETRARCH internals skipped with their reason, the rest coded and
// scored; and the floor on PETRARCH's own unit-test records (../shared).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/eval/petrarch_eval.h"
#include "cli/eval/petrarch_records.h"
#include "test_util.h"

namespace geokg {
namespace {

using json = nlohmann::json;

// Share of the scored PETRARCH unit-test records geokg codes correctly, set
// just under the measured value (README, "PETRARCH compatibility").
constexpr double kMinUnitTestShare = 0.42;
constexpr size_t kMaxSkipped = 40;

const char* kRecords = R"(<Validation>
<!-- a comment that mentions <Sentence> is not a record -->
<Environment>
    <Verbfile>t.verbs.txt</Verbfile>
    <Actorfile>t.actors.txt</Actorfile>
    <Agentfile>t.agents.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="122"></EventCoding>
<Text>
Arnor condemned
Gondor &amp; its allies.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NNP Gondor)))))</Parse>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date = "19950102" id ="T-02" category="ACTOR" sentence="true">
<EventCoding sourcecode='"THE MINISTRY OF MAGIC"' targetcode="GON" eventcode="122"></EventCoding>
<Text>The Ministry of Magic condemned Gondor.</Text>
</Sentence>
<Sentence date="19950103" id="T-03" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather was fine.</Text>
</Sentence>
<Sentence date="19950104" id="T-04" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor condemned Gondor.</Text>
</Sentence>
<Sentence date="19950105" id="T-05" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNREL" targetcode="GON" eventcode="122"></EventCoding>
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
<Text>Arnor clerics condemned Gondor, an official said.</Text>
</Sentence>
<Sentence date="19950106" id="T-06" category="VERB" sentence="true">
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Text>Gondor condemned Arnor.</Text>
</Sentence>
</Sentences>
</Validation>
)";

void WriteFixture(const testing::TempDir& dir) {
  testing::WriteFile(dir.Join("records.xml"), kRecords);
  testing::WriteFile(dir.Join("t.actors.txt"), "ARNOR_ [ARN]\nGONDOR [GON]\n");
  testing::WriteFile(dir.Join("t.agents.txt"), "CLERIC [~REL]\n");
  testing::WriteFile(dir.Join("t.verbs.txt"), "--- CONDEMN [122] ---\nCONDEMN\n");
}

TEST(PetrarchRecordsTest, ReadsRecordsCodingsAndOptions) {
  PetrarchRecords records;
  ASSERT_TRUE(ParsePetrarchRecords(kRecords, "r.xml", &records).ok());
  EXPECT_EQ(records.dictionaries, (std::vector<std::string>{"t.verbs.txt", "t.actors.txt", "t.agents.txt"}));
  ASSERT_EQ(records.records.size(), 6u);
  const PetrarchRecord& first = records.records[0];
  EXPECT_EQ(first.id, "T-01");
  EXPECT_EQ(first.category, "DEMO");
  EXPECT_EQ(first.date, "1995-01-01");
  EXPECT_EQ(first.text, "Arnor condemned Gondor & its allies.");
  ASSERT_EQ(first.codings.size(), 1u);
  EXPECT_EQ(first.codings[0].source, "ARN");
  EXPECT_EQ(first.codings[0].event, "122");
  EXPECT_TRUE(first.options.empty());
  EXPECT_EQ(records.records[1].id, "T-02");
  EXPECT_EQ(records.records[1].options.at("new_actor_length"), "4");
  EXPECT_TRUE(records.records[2].expects_no_events);
  EXPECT_EQ(records.records[3].expected_error, "bad_input_parse");
}

TEST(PetrarchRecordsTest, SkipsOnlyPetrarchInternals) {
  PetrarchRecords records;
  ASSERT_TRUE(ParsePetrarchRecords(kRecords, "r.xml", &records).ok());
  EXPECT_EQ(PetrarchSkipReason(records.records[0]), "");
  EXPECT_NE(PetrarchSkipReason(records.records[1]).find("new_actor_length"), std::string::npos);
  EXPECT_EQ(PetrarchSkipReason(records.records[2]), "");
  EXPECT_NE(PetrarchSkipReason(records.records[3]).find("input checks"), std::string::npos);
  EXPECT_EQ(PetrarchSkipReason(records.records[4]), "");  // the unidentified-actor coding alone is dropped
}

TEST(PetrarchRecordsTest, BadRecordsNameTheLine) {
  PetrarchRecords records;
  Status s = ParsePetrarchRecords("<Sentence date=\"19950101\" id=\"X\">\n<EventCoding></EventCoding>\n</Sentence>",
                                  "r.xml", &records);
  EXPECT_NE(s.message().find("r.xml:3: record X has no <Text>"), std::string::npos) << s.message();
  s = ParsePetrarchRecords("\n<Sentence date=\"1995\" id=\"X\"><Text>a</Text></Sentence>", "r.xml", &records);
  EXPECT_NE(s.message().find("r.xml:2: bad or missing date"), std::string::npos) << s.message();
}

TEST(PetrarchEvalTest, ScoresRecordsWithTheirDictionaries) {
  testing::TempDir dir;
  WriteFixture(dir);
  auto result = testing::RunGeokg("eval --petrarch " + testing::ShellQuote(dir.Join("records.xml")) +
                                  " --format json --verbose");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json report = json::parse(result.out);
  EXPECT_EQ(report["records"], 6);
  EXPECT_EQ(report["scored"], 4);
  ASSERT_EQ(report["skipped"].size(), 2u);
  EXPECT_EQ(report["skipped"][0]["id"], "T-02");
  EXPECT_EQ(report["skipped"][1]["id"], "T-04");
  // T-01, T-03 (no events) and T-05 are coded correctly; T-06 expects another code.
  EXPECT_EQ(report["correct"], 3);
  EXPECT_EQ(report["by_category"]["DEMO"]["scored"], 3);
  EXPECT_EQ(report["by_category"]["DEMO"]["correct"], 3);
  EXPECT_EQ(report["by_category"]["VERB"]["correct"], 0);
  ASSERT_EQ(report["failures"].size(), 1u);
  EXPECT_EQ(report["failures"][0]["id"], "T-06");
  EXPECT_EQ(report["failures"][0]["produced"][0], "GON ARN 122");

  auto table = testing::RunGeokg("eval --petrarch " + testing::ShellQuote(dir.Join("records.xml")));
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("TOTAL              4        3    75.0%"), std::string::npos) << table.out;
}

TEST(PetrarchEvalTest, MissingDictionaryIsAnError) {
  testing::TempDir dir;
  WriteFixture(dir);
  std::filesystem::remove(dir.Join("t.agents.txt"));
  auto result = testing::RunGeokg("eval --petrarch " + testing::ShellQuote(dir.Join("records.xml")));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("<Environment> names t.agents.txt"), std::string::npos) << result.err;
  auto usage = testing::RunGeokg("eval --petrarch " + testing::ShellQuote(dir.Join("records.xml")) + " --gold x");
  EXPECT_EQ(usage.exit_code, 2);
}

TEST(PetrarchEvalTest, UnitTestRecordsMeetTheFloor) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "../shared is absent: no PETRARCH unit-test records to score";
  std::string records = testing::SharedDir() + "/reference/petrarch2/text/PETR.UnitTest.records.xml";
  auto result = testing::RunGeokg("eval --petrarch " + testing::ShellQuote(records) + " --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json report = json::parse(result.out);
  const double share = report["correct"].get<double>() / report["scored"].get<double>();
  std::cout << "PETRARCH unit tests: " << report["correct"] << " of " << report["scored"] << " scored records ("
            << report["skipped"].size() << " skipped)\n";
  EXPECT_EQ(report["records"], 284);
  EXPECT_LE(report["skipped"].size(), kMaxSkipped);
  EXPECT_GE(share, kMinUnitTestShare);
}

}  // namespace
}  // namespace geokg
