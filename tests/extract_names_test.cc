// Names the dictionaries do not hold: persons with joined particles
// ("al-Fayed"), their roles "for" an organisation, organisations whose name
// opens with a demonym. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/extractor_fixture.h"

namespace geokg {
namespace {

using ExtractNamesTest = ExtractorFixture;

TEST_F(ExtractNamesTest, AJoinedParticleBelongsToThePersonsName) {
  auto triples = Extract("Omar al-Fayed, the foreign minister of Jordan, criticised Israel on Sunday.");
  EXPECT_NE(Find(triples, "omar-al-fayed", "JOR", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "omar-al-fayed", "ISR"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, ASpokespersonForAnOrganisationBeforeOrAfterTheName) {
  auto triples = Extract(
      "Lina Haddad, a spokeswoman for the Democratic Unionist Front, accused Chad of shelling. "
      "A spokesman for the Democratic Unionist Front, Samir Kaddour, warned Sudan.");
  EXPECT_NE(Find(triples, "lina-haddad", "democratic-unionist-front", RelationKind::kAffiliation), nullptr)
      << Dump(triples);
  EXPECT_NE(Find(triples, "samir-kaddour", "democratic-unionist-front", RelationKind::kAffiliation), nullptr)
      << Dump(triples);
  EXPECT_NE(Find(triples, "samir-kaddour", "SDN"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, AnUnknownOrganisationNamedWithADemonymIsOneActorOfThatState) {
  auto triples = Extract("A spokesman for the self-styled Chadian Liberation Army, Samir Kaddour, threatened Sudan.");
  const Triple* role = Find(triples, "samir-kaddour", "chadian-liberation-army", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->object.name, "Chadian Liberation Army");
  EXPECT_EQ(role->object.country, "TCD");
  for (const auto& t : triples) {
    EXPECT_NE(t.subject.id, "liberation-army") << "an organisation's head word names no person\n" << Dump(triples);
    EXPECT_NE(t.object.id, "TCD") << Dump(triples);
  }
}

TEST_F(ExtractNamesTest, AnAppositiveNameMayRunOnIntoTheClause) {
  auto triples = Extract("Malawi's president, Peter Banda on Monday urged Zambia to reopen the border.");
  EXPECT_NE(Find(triples, "peter-banda", "MWI", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "peter-banda", "ZMB"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, AHeadWordOpeningANameWithOfOrFor) {
  auto triples = Extract(
      "The Government of National Salvation (GNS) asked Turkey for help on Monday. "
      "Ankara said the GNS had also asked Qatar. The Movement for Democratic Renewal condemned Turkey.");
  const Triple* asked = Find(triples, "government-of-national-salvation", "TUR");
  ASSERT_NE(asked, nullptr) << Dump(triples);
  EXPECT_EQ(asked->subject.name, "Government of National Salvation");
  EXPECT_NE(Find(triples, "government-of-national-salvation", "QAT"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "movement-for-democratic-renewal", "TUR"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, AHeadWordBeforeAKnownStateIsThatState) {
  auto triples = Extract("The Government of Pakistan asked Turkey for help.");
  EXPECT_NE(Find(triples, "PAK", "TUR"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, ThenBeforeATitle) {
  auto triples = Extract("Chile's then-president Gustavo Lindqvist criticised Argentina.");
  EXPECT_NE(Find(triples, "gustavo-lindqvist", "CHL", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "gustavo-lindqvist", "ARG"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, APortfolioAfterForBeforeTheName) {
  auto triples = Extract(
      "Fiji sent the minister for the Pacific, Mere Tuilagi, to Tonga. Tuilagi later asked Samoa to join the pact.");
  EXPECT_NE(Find(triples, "mere-tuilagi", "FJI", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "mere-tuilagi", "WSM"), nullptr) << "the surname names her again\n" << Dump(triples);
  EXPECT_EQ(Find(triples, "FJI", "mere-tuilagi"), nullptr) << "a state sending its own minister is no event\n"
                                                            << Dump(triples);
}

TEST_F(ExtractNamesTest, AStatesRulerIsWhoeverHeadsItByAnyHeadOfStateTitle) {
  auto triples = Extract("Qatar's ruler criticised Egypt on Monday.", "2020-05-01");
  EXPECT_NE(Find(triples, "tamim-bin-hamad", "EGY"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, ADefiniteDescriptionByAnyCollectiveNounOfTheName) {
  auto triples = Extract(
      "Guyana asked the International Court of Justice to rule on the border. "
      "On Friday the court ordered Venezuela to halt the vote. Sweden joined NATO in March; "
      "Finland joined the alliance last April.");
  EXPECT_NE(Find(triples, "ICJ", "VEN"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "FIN", "NATO"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, ARoleNounWithTheNamesThePersonGivenThatRole) {
  auto triples = Extract(
      "Syria shot down a Turkish Air Force pilot, Captain Emre Kaya, on Monday. "
      "Syrian troops later detained the pilot near the border.");
  EXPECT_NE(Find(triples, "SYR-MIL", "emre-kaya"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, AGroupLedByAPersonIsTheirs) {
  auto triples = Extract("Fighting broke out between the Sudanese Armed Forces, led by de facto President "
                         "General Abdel Fattah al-Burhan, and the RSF.");
  EXPECT_NE(Find(triples, "abdel-fattah-al-burhan", "SDN-MIL", RelationKind::kAffiliation), nullptr) << Dump(triples);
  // A state's leader has a title; "led by" gives no second role.
  triples = Extract("Russia, led by Vladimir Putin, invaded Ukraine in 2022.");
  EXPECT_EQ(Find(triples, "vladimir-putin", "RUS", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, ASectorNounThatIsATitleBeforeANameIsThePersons) {
  auto triples = Extract("Kenyan lawmaker John Mbadi criticised Uganda on Monday.");
  EXPECT_NE(Find(triples, "john-mbadi", "UGA"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "john-mbadi", "KEN-LEG", RelationKind::kAffiliation), nullptr) << Dump(triples);
  // A bare sector noun before the title: the home country's sector.
  triples = Extract("CARACAS — Venezuela was tense. Opposition leader Juan Guaido criticised Colombia on Monday.");
  EXPECT_NE(Find(triples, "juan-guaido", "VEN-OPP", RelationKind::kAffiliation), nullptr) << Dump(triples);
  // A person the dictionaries know takes the sector of their own country.
  triples = Extract("BEIJING — China hosted the talks. Opposition leader Yair Lapid criticised Iran on Friday.");
  EXPECT_NE(Find(triples, "yair-lapid", "ISR-OPP", RelationKind::kAffiliation), nullptr) << Dump(triples);
  // Without a name the noun names the sector.
  triples = Extract("Kenyan lawmakers criticised Uganda on Monday.");
  EXPECT_NE(Find(triples, "KEN-LEG", "UGA"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, AnOrganisationsAcronymBetweenTitleAndName) {
  auto triples = Extract("Head of the International Atomic Energy Agency (IAEA) Rafael Grossi arrived in Tehran.");
  EXPECT_NE(Find(triples, "rafael-grossi", "IAEA", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, AnOrganisationsLeaderNamedAgainByAnotherLeadersTitle) {
  auto triples = Extract(
      "Head of the International Atomic Energy Agency Rafael Grossi arrived in Tehran on Monday. The IAEA chief "
      "met with top officials, including President Ebrahim Raisi.",
      "2022-06-01");
  EXPECT_NE(Find(triples, "rafael-grossi", "ebrahim-raisi"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "IAEA", "ebrahim-raisi"), nullptr) << Dump(triples);
  // "including" after another phrase includes that phrase's members, not the argument's.
  triples = Extract("Pakistan will coordinate efforts against terrorism in countries including Iraq and Syria.");
  EXPECT_EQ(Find(triples, "PAK", "IRQ"), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, AStatesOfficeHolderNamedByTheOfficeStatesTheRole) {
  auto triples = Extract("Qatar's emir received a letter from Kuwait on Tuesday.", "2017-06-10");
  EXPECT_NE(Find(triples, "tamim-bin-hamad", "QAT", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractNamesTest, APersonGivenAStateOfficeTakesTheOfficesCameoCode) {
  // Neither person is in the dictionaries: their titles give the CAMEO codes.
  auto triples = Extract("Ruritanian-born Defence Minister Amadou Keita of Mali met Niger army chief Salifou Mody.");
  const Triple* t = Find(triples, "amadou-keita", "salifou-mody");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->subject_cameo_code, "MLIGOV");
  EXPECT_EQ(t->object_cameo_code, "NERMIL");
}

TEST_F(ExtractNamesTest, ARankGivesARoleOnlyWithTheStateItServes) {
  auto triples = Extract("Polish Maj. Katarzyna Zdanowicz said 3,000 migrants were along the border.");
  const Triple* t = Find(triples, "katarzyna-zdanowicz", "POL", RelationKind::kAffiliation);
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->predicate, "major");
  triples = Extract("Maj. Katarzyna Zdanowicz said 3,000 migrants were along the border.");
  EXPECT_TRUE(triples.empty()) << Dump(triples);
}

}  // namespace
}  // namespace geokg
