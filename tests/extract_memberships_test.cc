// Memberships of states in organisations (extract/relations/memberships.h). Sentences
// written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/extractor_fixture.h"

namespace geokg {
namespace {

using ExtractMembershipsTest = ExtractorFixture;

TEST_F(ExtractMembershipsTest, AMemberNounBetweenTheOrganisationAndItsMembers) {
  auto triples = Extract("Russia warned NATO ally Norway and EU members Latvia and Estonia on Friday.");
  const Triple* ally = Find(triples, "NOR", "NATO", RelationKind::kAffiliation);
  ASSERT_NE(ally, nullptr) << Dump(triples);
  EXPECT_EQ(ally->predicate, "ally");
  EXPECT_NE(Find(triples, "LVA", "EU", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "EST", "EU", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "RUS", "NOR"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "NATO", "NOR"), nullptr) << "a membership is no event\n" << Dump(triples);
}

TEST_F(ExtractMembershipsTest, AnAppositionListingTheMembers) {
  auto triples = Extract(
      "Egypt appealed to the Arab League, a regional body comprising Jordan, Iraq and 19 other states, for support.");
  EXPECT_NE(Find(triples, "JOR", "ARAB-LEAGUE", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "IRQ", "ARAB-LEAGUE", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "EGY", "ARAB-LEAGUE", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractMembershipsTest, WhoseMembersAre) {
  auto triples = Extract("ASEAN, whose founding members are Thailand, Malaysia and Indonesia, met in Jakarta.");
  for (const char* member : {"THA", "MYS", "IDN"}) {
    EXPECT_NE(Find(triples, member, "ASEAN", RelationKind::kAffiliation), nullptr) << member << "\n" << Dump(triples);
  }
}

TEST_F(ExtractMembershipsTest, ACopularMembership) {
  auto triples = Extract("Sweden became the newest member of NATO in March. Austria is not a threat to NATO.");
  EXPECT_NE(Find(triples, "SWE", "NATO", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "AUT", "NATO", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractMembershipsTest, AForceDrawnFromStatesNamedAgainAsTheForce) {
  auto triples = Extract(
      "Malian rebels attacked a base of the United Nations Multidimensional Integrated Stabilization Mission in "
      "Mali on Monday. The force is drawn from Chad, Togo and Egypt.");
  for (const char* state : {"TCD", "TGO", "EGY"}) {
    const Triple* t = Find(triples, state, "MINUSMA", RelationKind::kAffiliation);
    ASSERT_NE(t, nullptr) << state << "\n" << Dump(triples);
    EXPECT_EQ(t->predicate, "member");
  }
}

}  // namespace
}  // namespace geokg
