// The PETRARCH import on small dictionaries written here: persons with dated
// roles, organisations and armed groups by code, agent nouns as bodies, verb
// patterns; geokg's own entries kept; the domain filters; the output read
// back by the dictionary loader.
#include <gtest/gtest.h>

#include <filesystem>

#include "extract/dictionary/dictionary.h"
#include "extract/dictionary/petrarch_import.h"
#include "test_util.h"

namespace geokg {
namespace {

PetrarchDictionary Parse(const std::string& text) {
  PetrarchDictionary d;
  Status s = ParsePetrarchDictionary(text, "snippet.txt", &d);
  EXPECT_TRUE(s.ok()) << s.message();
  return d;
}

class PetrarchImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Dictionary::Load({}, &known_, /*embedded_imports=*/false).ok());
    input_.actors.push_back(Parse(
        "ARAGORN_ELESSAR\n+KING_ELESSAR\n+STRIDER\n+ELESSAR_ADMINISTRATION\n"
        "\t[PAKELI 19900101-19991231]\n\t[PAKGOV >20000101]\n"
        "NAWAZ_SHARIF\n\t[PAKGOV 970217-991012]\n"            // geokg has him: left out
        "MIDDLE_EARTH_COUNCIL_ [IGOMEC]\n+MEC\n+ME\n"          // "ME" is too short
        "UNITED_NATIONS_ [IGOUNO]\n+UN_ENVOY\n"               // geokg has the UN
        "PAKISTAN [PAK]\n"));                                   // countries are geokg's
    input_.actors.push_back(Parse("ORC_LIBERATION_FRONT_ [PAKREB]\n+OLF_\n"));
    input_.agents = Parse("SHEPHERD [~AGR]\nPOLICE {} [~COP]\nHUMAN_RIGHTS_BODY [NGO~]\nGOVERNMENT [~GOV]\n");
    input_.verbs = Parse("--- RESTORE [050] ---\nRESTORE\n- * {DIPLOMATIC TIES} [064]\n- * MAGIC [9999]\n");
  }

  Dictionary known_;
  PetrarchImportInput input_;
};

TEST_F(PetrarchImportTest, WritesNewEntriesAndKeepsGeokgs) {
  PetrarchImportCounts counts;
  auto files = ImportPetrarch(input_, known_, &counts);
  const std::string& leaders = files["leaders-petrarch.tsv"];
  EXPECT_NE(leaders.find("MIT"), std::string::npos);
  EXPECT_NE(leaders.find("P-ARAGORN-ELESSAR\tAragorn Elessar\tPAK\telite\t1990-01-01\t1999-12-31\tKing Elessar\tPAKELI\n"),
            std::string::npos)
      << leaders;
  EXPECT_NE(leaders.find("P-ARAGORN-ELESSAR\tAragorn Elessar\tPAK\tgovernment official\t2000-01-01\t\t\tPAKGOV\n"),
            std::string::npos)
      << leaders;
  EXPECT_EQ(leaders.find("Strider"), std::string::npos);         // a single word
  EXPECT_EQ(leaders.find("Administration"), std::string::npos);  // names the government
  EXPECT_EQ(leaders.find("Sharif"), std::string::npos);
  EXPECT_NE(files["organisations-petrarch.tsv"].find("IGOMEC\torganization\tMiddle Earth Council\t\tMEC\tIGOMEC\n"),
            std::string::npos)
      << files["organisations-petrarch.tsv"];
  EXPECT_EQ(files["organisations-petrarch.tsv"].find("IGOUNO"), std::string::npos);
  EXPECT_NE(files["groups-petrarch.tsv"].find("PAKREB\tarmed_group\tOrc Liberation Front\tPAK\tOLF\tPAKREB\n"),
            std::string::npos)
      << files["groups-petrarch.tsv"];
  const std::string& bodies = files["bodies-petrarch.tsv"];
  EXPECT_NE(bodies.find("shepherd|shepherds\tAGR\t{adj} Shepherd\tother\tAGR\n"), std::string::npos) << bodies;
  EXPECT_EQ(bodies.find("police"), std::string::npos);      // geokg's body
  EXPECT_EQ(bodies.find("government"), std::string::npos);  // geokg reads it as the state
  EXPECT_EQ(bodies.find("human rights"), std::string::npos);
  const std::string& verbs = files["verbs-petrarch.tsv"];
  EXPECT_NE(verbs.find("restore diplomatic ties\t\t064\n"), std::string::npos) << verbs;
  EXPECT_EQ(verbs.find("magic"), std::string::npos);  // not a code of the codebook
  EXPECT_EQ(verbs.find("restore\t"), std::string::npos);  // a verb alone
  EXPECT_EQ(counts.persons, 1u);
  EXPECT_EQ(counts.roles, 2u);
  EXPECT_EQ(counts.organisations, 1u);
  EXPECT_EQ(counts.armed_groups, 1u);
  EXPECT_EQ(counts.bodies, 1u);
}

TEST_F(PetrarchImportTest, OutputLoadsAsDictionaries) {
  PetrarchImportCounts counts;
  testing::TempDir dir;
  for (const auto& [name, text] : ImportPetrarch(input_, known_, &counts)) testing::WriteFile(dir.Join(name), text);
  Dictionary loaded;
  Status s = Dictionary::Load({dir.path().string()}, &loaded, false);
  ASSERT_TRUE(s.ok()) << s.message();
  const ActorEntry* group = loaded.ActorById("PAKREB");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->type, ActorType::kArmedGroup);
  EXPECT_EQ(group->cameo_code, "PAKREB");
  const ActorEntry* person = loaded.ActorById("P-ARAGORN-ELESSAR");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, ActorType::kPerson);
}

TEST_F(PetrarchImportTest, CommandImportsAFolder) {
  testing::TempDir in, out;
  testing::WriteFile(in.Join("Phoenix.Countries.actors.txt"), "ARAGORN_ELESSAR\n\t[PAKGOV >20000101]\n");
  testing::WriteFile(in.Join("Phoenix.International.actors.txt"), "MIDDLE_EARTH_COUNCIL_ [IGOMEC]\n");
  testing::WriteFile(in.Join("Phoenix.MilNonState.actors.txt"), "ORC_LIBERATION_FRONT_ [PAKREB]\n");
  testing::WriteFile(in.Join("Phoenix.agents.txt"), "CLERIC [~REL]\n");
  testing::WriteFile(in.Join("CAMEO.2.0.txt"), "--- RESTORE [050] ---\nRESTORE\n- * {DIPLOMATIC TIES} [064]\n");
  auto result = testing::RunGeokg("dict import --petrarch " + testing::ShellQuote(in.path().string()) + " --out " +
                                  testing::ShellQuote(out.path().string()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("1 persons"), std::string::npos) << result.err;
  EXPECT_TRUE(std::filesystem::exists(out.Join("verbs-petrarch.tsv")));
  std::filesystem::remove(in.Join("Phoenix.agents.txt"));
  auto missing = testing::RunGeokg("dict import --petrarch " + testing::ShellQuote(in.path().string()) + " --out " +
                                   testing::ShellQuote(out.path().string()));
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("Phoenix.agents.txt"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace geokg
