// Relations read from the syntactic analysis: subjects and objects from
// grammatical relations rather than word distance, nested events, control,
// coordination, negation and modality from governing verbs, and verbs the
// dictionary does not list. Sentences written for these tests.
#include <gtest/gtest.h>

#include "tests/extractor_fixture.h"

namespace geokg {
namespace {

class ExtractFrames : public ExtractorFixture {};

TEST_F(ExtractFrames, NestedEventGivesATriplePerLink) {
  auto triples = Extract("Bogota accused Caracas of sheltering ELN commanders.");
  const Triple* accuse = Find(triples, "COL", "VEN");
  ASSERT_NE(accuse, nullptr) << Dump(triples);
  EXPECT_EQ(accuse->predicate, "accuse");
  const Triple* shelter = Find(triples, "VEN", "ELN");
  ASSERT_NE(shelter, nullptr) << Dump(triples);
  EXPECT_EQ(shelter->predicate, "shelter");
}

TEST_F(ExtractFrames, CoordinatedVerbSharesTheSubject) {
  auto triples = Extract("Kenya recalled its ambassador and expelled Somalia's envoy.");
  const Triple* t = Find(triples, "KEN", "SOM");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->predicate, "expel");
}

TEST_F(ExtractFrames, AlongWithAddsASubject) {
  auto triples = Extract("Chile, along with Peru, condemned Bolivia.");
  EXPECT_NE(Find(triples, "CHL", "BOL"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "PER", "BOL"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, ASubjectNamingNoActorActsThroughTheActorsItIncludes) {
  auto triples = Extract("Several countries, including Chile and Peru, condemned Bolivia.");
  EXPECT_NE(Find(triples, "CHL", "BOL"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "PER", "BOL"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, RepresentativesOfStatesActForEachOfThem) {
  auto triples = Extract("The ambassadors of the United States and Japan condemned China.");
  EXPECT_NE(Find(triples, "USA", "CHN"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "JPN", "CHN"), nullptr) << Dump(triples);
  triples = Extract("Envoys from France and Germany criticised Iran on Monday.");
  EXPECT_NE(Find(triples, "FRA", "IRN"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "DEU", "IRN"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, MilitaryAircraftFlownOverAStateShowForce) {
  auto triples = Extract("Russia flew bombers over Estonia on Monday. Belarusian jets overflew Lithuania.");
  const Triple* t = Find(triples, "RUS", "EST");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "150");
  // Flying over a place on the way is travel to where one lands.
  triples = Extract("Kenyan President William Ruto flew over the Atlantic to Tanzania.");
  t = Find(triples, "william-ruto", "TZA");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "042");
}

TEST_F(ExtractFrames, APersonNounsAppositionIsTheArgumentNotItsModifier) {
  auto triples =
      Extract("Kenya would hand over the captured Ugandan Air Force pilot, Captain Peter Okello, to Uganda on Friday.");
  EXPECT_NE(Find(triples, "KEN", "peter-okello"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "KEN", "UGA-AF"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, ATerritoryOfItsIsTheStateTheSentenceNamesFirst) {
  auto triples = Extract("Kenya accused Somalia of violating its airspace.");
  EXPECT_NE(Find(triples, "SOM", "KEN"), nullptr) << Dump(triples);
  triples = Extract("Russia said Ukrainian drones attacked its territory overnight.");
  EXPECT_NE(Find(triples, "UKR", "RUS"), nullptr) << Dump(triples);
  // "its border with X" is about X.
  triples = Extract("Kenya reinforced its border with Somalia.");
  EXPECT_NE(Find(triples, "KEN", "SOM"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, RefusalMakesTheGovernedVerbNegative) {
  auto triples = Extract("Egypt refused to extradite the Hamas leader to Israel.");
  const Triple* t = Find(triples, "EGY", "HAMAS");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->polarity, Polarity::kNegative) << Dump(triples);
}

TEST_F(ExtractFrames, ObjectOfAnAppealIsTheRequestedActor) {
  auto triples = Extract("Washington urged Seoul to sanction Pyongyang.");
  ASSERT_NE(Find(triples, "USA", "KOR"), nullptr) << Dump(triples);
  const Triple* t = Find(triples, "KOR", "PRK");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->modality, Modality::kRequested) << Dump(triples);
}

TEST_F(ExtractFrames, ADemandOrCallForATruceWithAnActorIsAddressedToIt) {
  auto triples = Extract("Serbia demanded a truce with Croatia before the talks.");
  const Triple* t = Find(triples, "SRB", "HRV");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "1056");
  triples = Extract("Turkey called for a ceasefire with Syria on Monday.");
  t = Find(triples, "TUR", "SYR");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "0256");
}

TEST_F(ExtractFrames, DiscontinuousFrameReachesTheRecipient) {
  auto triples = Extract("Turkey sent two planeloads of tents to Syria.");
  EXPECT_NE(Find(triples, "TUR", "SYR"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, ActorInsideARelativeClauseIsNotTheMainSubject) {
  auto triples = Extract("The militia, which Iran supports, shelled Saudi Arabia.");
  EXPECT_EQ(Find(triples, "IRN", "SAU"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, PassiveWithoutAgentGivesNoEvent) {
  auto triples = Extract("Two Malian soldiers were killed near the border with Niger.");
  for (const auto& t : triples) EXPECT_NE(t.kind, RelationKind::kEvent) << Dump(triples);
}

TEST_F(ExtractFrames, ByAgentOfAReducedRelativeActs) {
  auto triples = Extract("Ships chartered by Qatar delivered aid to Gaza.");
  EXPECT_EQ(Find(triples, "QAT", "PSE"), nullptr) << Dump(triples);  // Qatar chartered, the ships delivered
}

TEST_F(ExtractFrames, VerbTheDictionaryLacksStillRelatesItsArguments) {
  auto triples = Extract("China lectured Australia on human rights.");
  const Triple* t = Find(triples, "CHN", "AUS");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->predicate, "lecture");
  EXPECT_TRUE(t->cameo.empty()) << t->cameo;
}

TEST_F(ExtractFrames, TheFrameChoosesTheSense) {
  auto visit = Extract("The Chinese envoy called on President Ruto in Nairobi.");
  const Triple* v = Find(visit, "CHN", "william-ruto");
  ASSERT_NE(v, nullptr) << Dump(visit);
  EXPECT_EQ(v->cameo, "042") << Dump(visit);
  auto appeal = Extract("The UN called on Ethiopia to reopen the border.");
  const Triple* a = Find(appeal, "UN", "ETH");
  ASSERT_NE(a, nullptr) << Dump(appeal);
  EXPECT_EQ(a->cameo.substr(0, 2), "02") << Dump(appeal);
}

TEST_F(ExtractFrames, NonRelationalVerbGivesNothing) {
  auto triples = Extract("Chile became Peru's largest creditor.");
  EXPECT_EQ(Find(triples, "CHL", "PER"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, SpeakerAfterTheQuoteSaysButDoesNotAct) {
  auto triples = Extract("\"Iran will answer every strike,\" the Syrian foreign minister said.");
  EXPECT_EQ(Find(triples, "SYR", "IRN"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, ASpeakerSayingAnotherActorMustActDemandsIt) {
  auto triples = Extract("Russia said on Tuesday that Sudan must return the captured helicopter.");
  const Triple* demand = Find(triples, "RUS", "SDN");
  ASSERT_NE(demand, nullptr) << Dump(triples);
  EXPECT_EQ(demand->cameo, "100");
  triples = Extract("Germany said Poland should reopen the border crossing.");
  const Triple* appeal = Find(triples, "DEU", "POL");
  ASSERT_NE(appeal, nullptr) << Dump(triples);
  EXPECT_EQ(appeal->cameo.substr(0, 2), "02");
}

TEST_F(ExtractFrames, ASpeakerReportingWhatAnotherActorWillDoDemandsNothing) {
  auto triples = Extract("Russia said Sudan would return the captured helicopter.");
  EXPECT_EQ(Find(triples, "RUS", "SDN"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, AVerbOfGivingTakesItsRecipientAsFirstObject) {
  auto triples = Extract("Germany sent Ukraine two planeloads of weapons. Russia offered Syria new loans.");
  const Triple* sent = Find(triples, "DEU", "UKR");
  ASSERT_NE(sent, nullptr) << Dump(triples);
  EXPECT_EQ(sent->cameo, "072");
  const Triple* offered = Find(triples, "RUS", "SYR");
  ASSERT_NE(offered, nullptr) << Dump(triples);
  EXPECT_EQ(offered->cameo.substr(0, 3), "033");
}

TEST_F(ExtractFrames, AnObjectItIsTheActorNamedLastNotTheSubject) {
  auto triples = Extract("Egypt severed ties with Qatar, accusing it of backing Iran.");
  EXPECT_NE(Find(triples, "EGY", "QAT"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "QAT", "IRN"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "EGY", "IRN"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, AParticleMakesAnotherVerb) {
  auto triples = Extract("Kenya called off three military dialogues with Somalia on Monday.");
  const Triple* halted = Find(triples, "KEN", "SOM");
  ASSERT_NE(halted, nullptr) << Dump(triples);
  EXPECT_EQ(halted->cameo, "164");
  triples = Extract("Serbia backed out of the deal with Kosovo.");
  EXPECT_EQ(Find(triples, "SRB", "XKX"), nullptr) << "'backed out' is no support\n" << Dump(triples);
}

TEST_F(ExtractFrames, APatternsPrepositionMayHangOnItsTheme) {
  auto triples = Extract("Chile recalled its ambassadors to Peru and Bolivia on Friday.");
  for (const char* host : {"PER", "BOL"}) {
    const Triple* recall = Find(triples, "CHL", host);
    ASSERT_NE(recall, nullptr) << host << "\n" << Dump(triples);
    EXPECT_EQ(recall->cameo, "161");
  }
}

TEST_F(ExtractFrames, WhatSomeoneCalledIsANamingNotACall) {
  auto triples = Extract("Fidesz held up the vote, citing what it called Swedish politicians' criticism.");
  for (const auto& t : triples) EXPECT_NE(t.cameo, "041") << Dump(triples);
}

TEST_F(ExtractFrames, BackAfterAVerbIsItsParticle) {
  auto triples = Extract("Kenyan protesters pushed back against Ugandan police on Friday.");
  for (const auto& t : triples) EXPECT_NE(t.cameo, "051") << Dump(triples);
}

TEST_F(ExtractFrames, AParticipleBeforeItsNounIsNoVerb) {
  auto triples = Extract("Deals signed by Turkey and the internationally recognised government in Libya angered Greece.");
  for (const auto& t : triples) EXPECT_NE(t.cameo, "054") << Dump(triples);
}

TEST_F(ExtractFrames, CallingAnActorsDecisionSomethingIsACharacterisation) {
  auto triples = Extract("Mali called France's decision to suspend EU missions a betrayal.");
  const Triple* called = Find(triples, "MLI", "FRA");
  ASSERT_NE(called, nullptr) << Dump(triples);
  EXPECT_NE(called->cameo, "041") << Dump(triples);
}

TEST_F(ExtractFrames, TheLeaderInALedCompoundActsInTheEventNoun) {
  auto triples = Extract("Russia condemned the 1991 US-led war against Iraq.");
  const Triple* war = Find(triples, "USA", "IRQ");
  ASSERT_NE(war, nullptr) << Dump(triples);
  EXPECT_EQ(war->cameo.substr(0, 2), "19");
  // A backer is not the actor of what its proxies do.
  triples = Extract("Iran-backed militias attacked Israeli troops.");
  EXPECT_EQ(Find(triples, "IRN", "ISR-MIL"), nullptr) << Dump(triples);
}

TEST_F(ExtractFrames, ANameHoldingItsAppositionIsTheSubjectAfterTheClosingComma) {
  auto triples = Extract(
      "Mali's interim president, Assimi Goita, flew to Niamey on Sunday evening and met Mohamed Bazoum.",
      "2023-07-30");
  const Triple* met = Find(triples, "assimi-goita", "mohamed-bazoum");
  ASSERT_NE(met, nullptr) << Dump(triples);
  EXPECT_EQ(met->cameo.substr(0, 2), "04");
}

}  // namespace
}  // namespace geokg
