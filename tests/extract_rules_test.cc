// The extraction rules, each on sentences written for the test, through the
// public Extractor with the embedded dictionaries.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "tests/extractor_fixture.h"

namespace geokg {
namespace {

using ExtractRulesTest = ExtractorFixture;

TEST_F(ExtractRulesTest, SubjectVerbObjectWithCameo) {
  auto triples = Extract("Russia attacked Ukraine on Thursday.");
  const Triple* t = Find(triples, "RUS", "UKR");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo.substr(0, 2), "19");
  EXPECT_EQ(t->quad, 4);
  EXPECT_LT(t->goldstein, 0.0);
  EXPECT_EQ(t->polarity, Polarity::kPositive);
  EXPECT_EQ(t->modality, Modality::kAsserted);
  EXPECT_EQ(t->evidence.sentence, 0u);
  EXPECT_EQ(t->evidence.start, 0u);
  EXPECT_EQ(t->evidence.text, "Russia attacked Ukraine on Thursday.");
}

TEST_F(ExtractRulesTest, CapitalsAndDemonymsNameTheirCountry) {
  auto triples = Extract("Islamabad accused New Delhi of violating the ceasefire.");
  EXPECT_NE(Find(triples, "PAK", "IND"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, NegationGivesNegativePolarity) {
  auto triples = Extract("Hungary did not ratify the accession of Sweden. Turkey refused to extradite the suspects to Sweden.");
  const Triple* t = Find(triples, "HUN", "SWE");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->polarity, Polarity::kNegative);
  auto more = Extract("France will not recall its ambassador from Britain.");
  const Triple* r = Find(more, "FRA", "GBR");
  ASSERT_NE(r, nullptr) << Dump(more);
  EXPECT_EQ(r->polarity, Polarity::kNegative);
}

TEST_F(ExtractRulesTest, ModalityFromTheVerbGroup) {
  auto future = Extract("Japan is expected to visit South Korea next week.");
  const Triple* f = Find(future, "JPN", "KOR");
  ASSERT_NE(f, nullptr) << Dump(future);
  EXPECT_EQ(f->modality, Modality::kFuture);
  auto intended = Extract("Finland is considering joining NATO.");
  const Triple* i = Find(intended, "FIN", "NATO");
  ASSERT_NE(i, nullptr) << Dump(intended);
  EXPECT_EQ(i->modality, Modality::kIntended);
  EXPECT_EQ(i->cameo.substr(0, 2), "03");
  auto hypothetical = Extract("Pakistan should not attack Iran.");
  const Triple* h = Find(hypothetical, "PAK", "IRN");
  ASSERT_NE(h, nullptr) << Dump(hypothetical);
  EXPECT_EQ(h->modality, Modality::kHypothetical);
}

TEST_F(ExtractRulesTest, ControlChainGivesRequestedRelation) {
  auto triples = Extract("The United States formally asked Pakistan to join NATO.");
  const Triple* ask = Find(triples, "USA", "PAK");
  ASSERT_NE(ask, nullptr) << Dump(triples);
  const Triple* join = Find(triples, "PAK", "NATO");
  ASSERT_NE(join, nullptr) << Dump(triples);
  EXPECT_EQ(join->modality, Modality::kRequested);
}

TEST_F(ExtractRulesTest, CoordinatedSubjectsGiveOneTripleEach) {
  auto triples = Extract("Iran, Afghanistan and India condemned Israel.");
  EXPECT_NE(Find(triples, "IRN", "ISR"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "AFG", "ISR"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "IND", "ISR"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, PassiveWithByAgent) {
  auto triples = Extract("Ukraine was attacked by Russia overnight.");
  EXPECT_NE(Find(triples, "RUS", "UKR"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "UKR", "RUS"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, TitledPersonGivesAffiliation) {
  auto triples = Extract("US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing.",
                         "2023-06-18");
  const Triple* meet = nullptr;
  for (const auto& t : triples) {
    if (t.kind == RelationKind::kEvent && t.subject.type == ActorType::kPerson &&
        t.object.type == ActorType::kPerson) {
      meet = &t;
    }
  }
  ASSERT_NE(meet, nullptr) << Dump(triples);
  bool blinken_usa = false, qin_chn = false;
  for (const auto& t : triples) {
    if (t.kind != RelationKind::kAffiliation) continue;
    if (t.object.id == "USA" && t.subject.name.find("Blinken") != std::string::npos) blinken_usa = true;
    if (t.object.id == "CHN" && t.subject.name.find("Qin") != std::string::npos) qin_chn = true;
  }
  EXPECT_TRUE(blinken_usa) << Dump(triples);
  EXPECT_TRUE(qin_chn) << Dump(triples);
}

TEST_F(ExtractRulesTest, UnknownPersonAfterTitleIsAPersonOfThatCountry) {
  auto triples = Extract("Pakistani Foreign Office spokesperson Zara Qamarine said nothing.", "2030-01-01");
  bool found = false;
  for (const auto& t : triples) {
    if (t.kind == RelationKind::kAffiliation && t.subject.name == "Zara Qamarine") {
      found = true;
      EXPECT_EQ(t.subject.type, ActorType::kPerson);
      EXPECT_EQ(t.object.country, "PAK") << Dump(triples);
    }
  }
  EXPECT_TRUE(found) << Dump(triples);
}

TEST_F(ExtractRulesTest, SurnameAndPronounResolveToThePerson) {
  auto triples = Extract(
      "Prime Minister Tomas Verhagen of the Netherlands arrived on Monday. Verhagen later met Belgium's envoy. "
      "He criticised Russia.",
      "2030-01-01");
  bool criticised = false;
  for (const auto& t : triples) {
    if (t.kind == RelationKind::kEvent && t.object.id == "RUS" && t.subject.name == "Tomas Verhagen") criticised = true;
  }
  EXPECT_TRUE(criticised) << Dump(triples);
}

TEST_F(ExtractRulesTest, NominalRelation) {
  auto triples = Extract("Russia's invasion of Ukraine changed Europe.");
  const Triple* t = Find(triples, "RUS", "UKR");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo.substr(0, 2), "19");
}

TEST_F(ExtractRulesTest, LocationsAreNotObjects) {
  auto triples = Extract("Germany held a conference in Egypt.");
  EXPECT_EQ(Find(triples, "DEU", "EGY"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, DuplicateRelationInAnArticleIsOneTriple) {
  auto triples = Extract("China criticised Japan. China criticised Japan again on Friday.");
  size_t n = std::count_if(triples.begin(), triples.end(), [](const Triple& t) {
    return t.subject.id == "CHN" && t.object.id == "JPN";
  });
  EXPECT_EQ(n, 1u) << Dump(triples);
}

TEST_F(ExtractRulesTest, BoilerplateIsDropped) {
  auto triples = Extract(
      "Egypt welcomed Qatar's mediation. Israel thanked Egypt.\n\nBe Part of Quality Journalism\n\n"
      "Leave a Reply\n\nIran attacked Israel in our comment section.");
  EXPECT_EQ(Find(triples, "IRN", "ISR"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, InvalidUtf8IsAnError) {
  Article article;
  article.id = "bad";
  article.origin = "bad.txt";
  article.text = "Russia attacked \xff\xfe Ukraine.";
  std::vector<Triple> triples;
  Status s = extractor_->Extract(article, &triples);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_NE(s.message().find("bad.txt"), std::string::npos);
}

TEST_F(ExtractRulesTest, LookupNameFindsAliases) {
  auto refs = extractor_->LookupName("islamabad");
  ASSERT_FALSE(refs.empty());
  EXPECT_EQ(refs[0].id, "PAK");
  EXPECT_TRUE(extractor_->LookupName("no such actor anywhere").empty());
}


TEST_F(ExtractRulesTest, ReciprocalObjectGivesBothDirections) {
  auto triples = Extract("Armenia and Azerbaijan accused each other of shelling villages.");
  EXPECT_NE(Find(triples, "ARM", "AZE"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "AZE", "ARM"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, CompoundModifierStatesARelation) {
  auto triples = Extract("The Iran-backed Hezbollah fired rockets.");
  bool backed = false;
  for (const auto& t : triples) backed = backed || (t.subject.id == "IRN" && t.predicate == "back");
  EXPECT_TRUE(backed) << Dump(triples);
}

TEST_F(ExtractRulesTest, TitleWithOfOrganisation) {
  auto triples = Extract("Speaker of the U.S. House of Representatives Nancy Pelosi visited Taiwan.", "2022-08-03");
  bool visited = false, speaker = false;
  for (const auto& t : triples) {
    if (t.subject.name == "Nancy Pelosi" && t.object.id == "TWN") visited = true;
    if (t.subject.name == "Nancy Pelosi" && t.kind == RelationKind::kAffiliation && t.predicate == "speaker") speaker = true;
  }
  EXPECT_TRUE(visited) << Dump(triples);
  EXPECT_TRUE(speaker) << Dump(triples);
}

TEST_F(ExtractRulesTest, MediationBetweenTwoActors) {
  auto triples = Extract("Qatar's mediation between Israel and Hamas continued.");
  EXPECT_NE(Find(triples, "QAT", "ISR"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, TrailingAppositionGivesRole) {
  auto triples = Extract("Jens Stoltenberg, NATO's secretary general, welcomed Finland.", "2023-04-04");
  bool role = false;
  for (const auto& t : triples) {
    role = role || (t.kind == RelationKind::kAffiliation && t.subject.name == "Jens Stoltenberg" && t.object.id == "NATO");
  }
  EXPECT_TRUE(role) << Dump(triples);
}

TEST_F(ExtractRulesTest, PersonActingOnOwnStateIsNoEvent) {
  auto triples = Extract("French Foreign Minister Jean-Yves Le Drian told France that the deal was a betrayal.",
                         "2021-09-18");
  for (const auto& t : triples) {
    if (t.kind == RelationKind::kEvent) {
      EXPECT_NE(t.object.id, "FRA") << Dump(triples);
    }
  }
}

TEST_F(ExtractRulesTest, ObjectPronounAndCoordinatedVerb) {
  auto triples = Extract("Antony Blinken spoke with Ilham Aliyev and urged him to halt the offensive.", "2023-09-20");
  bool urged = false;
  for (const auto& t : triples) urged = urged || (t.subject.name == "Antony Blinken" && t.object.name == "Ilham Aliyev" && t.predicate == "urge");
  EXPECT_TRUE(urged) << Dump(triples);
}

TEST_F(ExtractRulesTest, RelativeDatesResolveAgainstTheArticleDate) {
  // 2023-06-01 is a Thursday.
  auto on_monday = Extract("Russia attacked Ukraine on Monday.", "2023-06-01");
  const Triple* t = Find(on_monday, "RUS", "UKR");
  ASSERT_NE(t, nullptr) << Dump(on_monday);
  EXPECT_EQ(t->date, "2023-05-29");
  auto last_month = Extract("Last month, Russia attacked Ukraine.", "2023-01-15");
  ASSERT_NE(Find(last_month, "RUS", "UKR"), nullptr) << Dump(last_month);
  EXPECT_EQ(Find(last_month, "RUS", "UKR")->date, "2022-12-01");
  auto in_august = Extract("Russia attacked Ukraine in August.", "2023-06-01");
  ASSERT_NE(Find(in_august, "RUS", "UKR"), nullptr) << Dump(in_august);
  EXPECT_EQ(Find(in_august, "RUS", "UKR")->date, "2022-08-01");
  auto plain = Extract("Russia attacked Ukraine.", "2023-06-01");
  ASSERT_NE(Find(plain, "RUS", "UKR"), nullptr) << Dump(plain);
  EXPECT_EQ(Find(plain, "RUS", "UKR")->date, "2023-06-01");
}

TEST_F(ExtractRulesTest, ThatClauseAfterADemandNamesWhoIsAsked) {
  auto triples = Extract("Ankara has demanded that Sweden extradite the suspects to Turkey.");
  EXPECT_NE(Find(triples, "TUR", "SWE"), nullptr) << Dump(triples);
  const Triple* extradite = Find(triples, "SWE", "TUR");
  ASSERT_NE(extradite, nullptr) << Dump(triples);
  EXPECT_EQ(extradite->modality, Modality::kRequested);
}

TEST_F(ExtractRulesTest, AppositionAndParenthesesBeforeTheVerb) {
  auto triples = Extract("G7 leaders, convened by video call on Sunday, condemned Iran.");
  EXPECT_NE(Find(triples, "G7", "IRN"), nullptr) << Dump(triples);
  auto paren = Extract("The Kurdistan Workers' Party (PKK), which has long fought Turkey, attacked Iraq.");
  bool fought = false;
  for (const auto& t : paren) fought = fought || (t.object.id == "TUR" && t.subject.type == ActorType::kArmedGroup);
  EXPECT_TRUE(fought) << Dump(paren);
}

TEST_F(ExtractRulesTest, VerbGovernsTheNominalRelationAfterIt) {
  auto triples = Extract("France and the European Union have suspended budget support and development aid to Niger.");
  bool suspended = false, aid = false;
  for (const auto& t : triples) {
    if (t.subject.id == "FRA" && t.object.id == "NER") {
      suspended = suspended || t.predicate == "suspend";
      aid = aid || t.predicate != "suspend";
    }
  }
  EXPECT_TRUE(suspended) << Dump(triples);
  EXPECT_FALSE(aid) << Dump(triples);
}

TEST_F(ExtractRulesTest, DashAsideBeforeTheVerb) {
  auto triples = Extract("Mali and Burkina Faso -- both run by juntas -- warned Niger on Monday.");
  EXPECT_NE(Find(triples, "BFA", "NER"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, ACounterpartIsThePersonNamedWithThePossessorsOffice) {
  // An unknown person: the counterpart holds the possessor's office in the state named.
  auto triples = Extract("Defence Minister Richard Marles met his Japanese counterpart Yasukazu Hamada in Tokyo.");
  const Triple* met = Find(triples, "richard-marles", "yasukazu-hamada");
  ASSERT_NE(met, nullptr) << Dump(triples);
  EXPECT_EQ(met->predicate, "meet");
  EXPECT_EQ(Find(triples, "richard-marles", "JPN"), nullptr) << "the demonym is not the object";
  const Triple* role = Find(triples, "yasukazu-hamada", "JPN", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->predicate, "defence minister");
  // A leader the dictionary knows in another office keeps it: no role from a loose "counterpart".
  triples = Extract("Chancellor Olaf Scholz met his French counterpart Emmanuel Macron in Paris.");
  ASSERT_NE(Find(triples, "olaf-scholz", "emmanuel-macron"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "emmanuel-macron", "FRA", RelationKind::kAffiliation), nullptr) << Dump(triples);
  // Without a possessive, no office is inferred.
  triples = Extract("Marles met the Japanese counterpart Yasukazu Hamada.");
  EXPECT_EQ(Find(triples, "yasukazu-hamada", "JPN", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, APersonInAppositionToTheObjectNounIsTheObject) {
  auto triples = Extract("Ukraine will free the captured Russian Navy officer, Captain Ivan Petrenko, on Monday.");
  const Triple* freed = Find(triples, "UKR", "ivan-petrenko");
  ASSERT_NE(freed, nullptr) << Dump(triples);
  EXPECT_EQ(freed->modality, Modality::kFuture);
  EXPECT_EQ(Find(triples, "UKR", "RUS-MIL"), nullptr) << "the force modifies the noun; it is not the object";
  // The noun is the person's role in the organisation before it; a country's
  // national is no affiliation.
  const Triple* role = Find(triples, "ivan-petrenko", "RUS-MIL", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->predicate, "officer");
  triples = Extract("Iran released the British pilot, Captain John Hale, on Friday.");
  ASSERT_NE(Find(triples, "IRN", "john-hale"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "john-hale", "GBR", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, FoundingVerbsTakeOnlyAnOrganisationAsObject) {
  // A dash apposition names the object; each of the coordinated persons
  // announces it; a title before the next name is that person's, not an
  // apposition to the one before.
  auto triples = Extract(
      "President Joe Biden, Australian Prime Minister Scott Morrison and British Prime Minister Boris Johnson "
      "announced a security pact \u2014 AUKUS \u2014 on Wednesday.",
      "2021-09-16");
  for (const char* person : {"joe-biden", "scott-morrison", "boris-johnson"}) {
    const Triple* t = Find(triples, person, "AUKUS");
    ASSERT_NE(t, nullptr) << person << "\n" << Dump(triples);
    EXPECT_EQ(t->predicate, "announce");
    EXPECT_EQ(t->cameo, "010");
  }
  EXPECT_EQ(Find(triples, "joe-biden", "AUS", RelationKind::kAffiliation), nullptr) << Dump(triples);
  ASSERT_NE(Find(triples, "scott-morrison", "AUS", RelationKind::kAffiliation), nullptr) << Dump(triples);
  triples = Extract("India and Japan launched a new grouping, the Quad, in 2007.");
  ASSERT_NE(Find(triples, "IND", "QUAD"), nullptr) << Dump(triples);
  // Not an organisation: no founding relation, and announcing stays objectless.
  EXPECT_TRUE(Extract("Pakistan launched India into a crisis.").empty());
  EXPECT_TRUE(Extract("Germany announced Poland as the host.").empty());
}

TEST_F(ExtractRulesTest, RanksInsideANameAndTheOrgansOfOrganisations) {
  // A rank after an unknown acronym starts the name.
  auto triples = Extract("DG ISPR Maj Gen Asif Ghafoor told reporters in Rawalpindi that the army was ready.", "2019-02-28");
  ASSERT_NE(Find(triples, "asif-ghafoor", "PAK", RelationKind::kAffiliation), nullptr) << Dump(triples);
  for (const auto& t : triples) EXPECT_EQ(t.subject.name.find("Gen"), std::string::npos) << Dump(triples);
  // The Commission's president leads the European Commission, not the EU.
  triples = Extract("Commission President Ursula von der Leyen criticised Hungary.", "2021-09-20");
  const Triple* role = Find(triples, "ursula-von-der-leyen", "EC", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->predicate, "president");
  EXPECT_EQ(Find(triples, "ursula-von-der-leyen", "EU", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, PartiesAndBlocsNamedByTheirLeaders) {
  // A name two parties share goes to the one of the article's country.
  auto triples = Extract("SEOUL - Lee Jae-myung, leader of the main opposition Democratic Party, criticised Japan.");
  const Triple* role = Find(triples, "lee-jae-myung", "KOR-DP", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->predicate, "leader");
  triples = Extract("WASHINGTON - The Democratic Party criticised Japan.");
  EXPECT_NE(Find(triples, "USA-DEM", "JPN"), nullptr) << Dump(triples);
  // The party a person is said to own is the one they lead.
  triples = Extract("Orban's governing Fidesz party delayed the vote.");
  EXPECT_NE(Find(triples, "viktor-orban", "HUN-FIDESZ", RelationKind::kAffiliation), nullptr) << Dump(triples);
  // "the bloc" is the organisation named before.
  triples = Extract("The summit of ECOWAS was chaired by Bola Tinubu, the bloc's current chairman.", "2023-08-10");
  role = Find(triples, "bola-tinubu", "ECOWAS", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->predicate, "chairman");
}

TEST_F(ExtractRulesTest, ItsForcesAreTheSentenceActorsAndAModifierAfterA) {
  // "its warplanes": the military of the actor the sentence is about, not of
  // the previous sentence's subject; "a Jaish-e-Mohammad training camp" is the group's.
  auto triples = Extract(
      "The Pakistan Air Force shot down a MiG-21. A day earlier, India said its warplanes had struck a "
      "Jaish-e-Mohammad training camp near Balakot.",
      "2019-02-28");
  ASSERT_NE(Find(triples, "IND-MIL", "JEM"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "PAK-AF", "JEM"), nullptr) << Dump(triples);
  // Without an actor in the sentence, the last one of the article.
  triples = Extract("Israel denied the report. Its warplanes struck Hezbollah on Sunday.");
  ASSERT_NE(Find(triples, "ISR-MIL", "HEZBOLLAH"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, CallingSomeoneSomethingIsACharacterisation) {
  auto triples = Extract("Secretary of State Antony Blinken called France \"a vital partner\" on Monday.", "2021-09-20");
  const Triple* praise = Find(triples, "antony-blinken", "FRA");
  ASSERT_NE(praise, nullptr) << Dump(triples);
  EXPECT_EQ(praise->predicate, "call");
  EXPECT_EQ(praise->cameo, "051");
  triples = Extract("Israel called Iran's attack a flagrant violation of its sovereignty.");
  const Triple* blame = Find(triples, "ISR", "IRN");
  ASSERT_NE(blame, nullptr) << Dump(triples);
  EXPECT_EQ(blame->cameo, "111");
  // A phone call stays one, and "on Tuesday" is not "call on".
  triples = Extract("Antony Blinken called Nikol Pashinyan on Tuesday.", "2023-09-20");
  const Triple* phone = Find(triples, "antony-blinken", "nikol-pashinyan");
  ASSERT_NE(phone, nullptr) << Dump(triples);
  EXPECT_EQ(phone->predicate, "telephone");
}

TEST_F(ExtractRulesTest, AnIntroductoryPhraseIsNotPartOfTheSubject) {
  // "ambassador to the United Nations, Gilad Erdan,": the host after "to the";
  // "In a letter to the council, Erdan called": the council does not call.
  auto triples = Extract(
      "The Security Council met after Israel's ambassador to the United Nations, Gilad Erdan, asked for a meeting. "
      "In a letter to the council, Erdan called Iran's attack a flagrant violation of Israel's sovereignty.",
      "2024-04-14");
  const Triple* role = Find(triples, "gilad-erdan", "ISR", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->predicate, "ambassador");
  ASSERT_NE(Find(triples, "gilad-erdan", "IRN"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "UNSC", "IRN"), nullptr) << Dump(triples);
  // A list inside a phrase keeps all its members.
  triples = Extract("Leaders of France, Germany and Italy met Zelensky in Kyiv.", "2022-06-16");
  for (const char* country : {"FRA", "DEU", "ITA"}) EXPECT_NE(Find(triples, country, "volodymyr-zelensky"), nullptr) << country;
}

TEST_F(ExtractRulesTest, AnIdiomOfAVerbStatesNoRelation) {
  // "seize on" an argument is no capture; "seize" a place still is.
  auto triples = Extract("Russia seized on talks between Kyiv and NATO to justify its demands.");
  EXPECT_EQ(Find(triples, "RUS", "UKR"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "RUS", "NATO"), nullptr) << Dump(triples);
  triples = Extract("Russia seized Ukrainian ships in the Kerch Strait.");
  const Triple* t = Find(triples, "RUS", "UKR");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "192");
}

TEST_F(ExtractRulesTest, AProtestInACountryIsAgainstItsGovernment) {
  // CAMEO's reading when no target is stated; a day between verb and place.
  auto triples = Extract("Kenyan protesters demonstrated on Tuesday in Nairobi.");
  const Triple* t = Find(triples, "KEN-CVL", "KEN");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "141");
  triples = Extract("Chilean students rallied in Bolivia over the border dispute.");
  EXPECT_NE(Find(triples, "CHL-EDU", "BOL"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, AnEthnicGroupIsNotTheStateOfItsName) {
  auto triples = Extract("Ethnic Hungarians protested in Romania on Sunday.");
  EXPECT_EQ(Find(triples, "HUN", "ROU"), nullptr) << Dump(triples);
  triples = Extract("Hungary protested to Romania on Sunday.");
  EXPECT_NE(Find(triples, "HUN", "ROU"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, AVerbsPrepositionAfterItsThemeTakesThePatternsCode) {
  auto triples = Extract("Thai police fired liquid from water cannon at Thai protesters on Friday.");
  const Triple* t = Find(triples, "THA-COP", "THA-CVL");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->predicate, "fire at");
  EXPECT_EQ(t->cameo, "193");
}

TEST_F(ExtractRulesTest, AnIntentTakesCameosIntentCodeOrKeepsAConflictsCode) {
  // CAMEO's 03 codes for intended cooperation: to give aid is 033.
  auto triples = Extract("Japan plans to send aid to Turkey.");
  const Triple* aid = Find(triples, "JPN", "TUR");
  ASSERT_NE(aid, nullptr) << Dump(triples);
  EXPECT_EQ(aid->cameo, "033");
  EXPECT_EQ(aid->predicate, "plan provide aid");
  // An intended conflict keeps its own class; the modality says intended.
  triples = Extract("India plans to expel Pakistani diplomats.");
  const Triple* expel = Find(triples, "IND", "PAK");
  ASSERT_NE(expel, nullptr) << Dump(triples);
  EXPECT_EQ(expel->cameo.substr(0, 2), "16");
  EXPECT_EQ(expel->modality, Modality::kIntended);
  // A decision is the act.
  triples = Extract("China has decided to impose sanctions on Japan.");
  const Triple* sanction = Find(triples, "CHN", "JPN");
  ASSERT_NE(sanction, nullptr) << Dump(triples);
  EXPECT_EQ(sanction->cameo, "163");
  EXPECT_EQ(sanction->modality, Modality::kAsserted);
}

TEST_F(ExtractRulesTest, BothMenAreTheTwoPersonsNamedLast) {
  auto triples = Extract(
      "President Yoon Suk Yeol met Prime Minister Fumio Kishida in Tokyo. Both men condemned Pyongyang's launch "
      "and pledged to deepen security cooperation with the United States.");
  EXPECT_NE(Find(triples, "yoon-suk-yeol", "PRK"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "fumio-kishida", "PRK"), nullptr) << Dump(triples);
  const Triple* cooperate = Find(triples, "yoon-suk-yeol", "USA");
  ASSERT_NE(cooperate, nullptr) << Dump(triples);
  EXPECT_EQ(cooperate->predicate, "cooperate");
}

TEST_F(ExtractRulesTest, AVerbPatternsWordReadAsANounIsNoVerb) {
  // "disregard", "blocks", "gas" here are nouns.
  auto triples = Extract("The delegation flew to Taiwan in disregard of China's objections.");
  for (const auto& t : triples) EXPECT_NE(t.predicate, "defy") << Dump(triples);
  triples = Extract("The Serbian road blocks angered Kosovo.");
  EXPECT_NE(Find(triples, "SRB", "XKX"), nullptr) << Dump(triples);
  for (const auto& t : triples) EXPECT_NE(t.predicate, "block") << Dump(triples);
  triples = Extract("Kenyan police also tried using tear gas to ward off the Kenyan protesters.");
  for (const auto& t : triples) EXPECT_NE(t.cameo, "2041") << Dump(triples);
}

TEST_F(ExtractRulesTest, AThreatToActIsCameosThreat) {
  auto triples = Extract("Azerbaijan's parliament threatened to break relations with Russia.");
  const Triple* t = Find(triples, "AZE-LEG", "RUS");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "1313");
  EXPECT_EQ(t->predicate, "threaten cut ties");
  EXPECT_EQ(t->modality, Modality::kAsserted);
}

TEST_F(ExtractRulesTest, AGivingVerbTakesItsRecipientFirst) {
  // The dative alternation with a sum before the theme.
  auto triples = Extract("Norway gave Malawi 4.5 million dollars of aid.");
  const Triple* t = Find(triples, "NOR", "MWI");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "070");
  triples = Extract("Denmark will give Ghana a grant for clinics.");
  t = Find(triples, "DNK", "GHA");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "071");
  // "give in to" takes no theme: a sum "in aid" is no yielding.
  triples = Extract("Japan gave Kenya $5 million in aid.");
  for (const auto& x : triples) EXPECT_NE(x.cameo.substr(0, 2), "08") << Dump(triples);
}

TEST_F(ExtractRulesTest, ThePartOfADayIsSkippedBeforeAVerbsPreposition) {
  auto triples = Extract("Kuwait's emir left Tuesday night for Saudi Arabia.");
  const Triple* t = Find(triples, "KWT", "SAU");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "042");
}

TEST_F(ExtractRulesTest, AnAttemptIsNoEventOfItsOwn) {
  // "try" passes its verb on ("tried to attack"); alone it relates no actors.
  auto triples = Extract("Kenyan police tried using batons to ward off the Kenyan protesters.");
  for (const auto& t : triples) EXPECT_NE(t.predicate, "try") << Dump(triples);
  triples = Extract("Iran tried to attack Israel.");
  const Triple* t = Find(triples, "IRN", "ISR");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "190");
}

TEST_F(ExtractRulesTest, RiotControlWeaponsAreRepression) {
  for (const char* text : {"Kenyan police turned water cannon on Kenyan protesters.",
                           "Kenyan police fired rubber bullets at Kenyan protesters."}) {
    auto triples = Extract(text);
    const Triple* t = Find(triples, "KEN-COP", "KEN-CVL");
    ASSERT_NE(t, nullptr) << text << Dump(triples);
    EXPECT_EQ(t->cameo, "175") << text;
  }
}

TEST_F(ExtractRulesTest, AQuotationsSpeakerIsItsWe) {
  auto triples = Extract("\"We urge Chile to stop,\" said Antony Blinken.");
  const Triple* t = Find(triples, "antony-blinken", "CHL");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "020");
  // Over several sentences, the speaker named where the quotation closes...
  triples = Extract("\"We warn Peru. We condemn Chile too,\" Antony Blinken said.");
  EXPECT_NE(Find(triples, "antony-blinken", "PER"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "antony-blinken", "CHL"), nullptr) << Dump(triples);
  // ... or where it opens.
  triples = Extract("Antony Blinken said: \"We warn Peru. We condemn Chile too.\" Then he left.");
  EXPECT_NE(Find(triples, "antony-blinken", "PER"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "antony-blinken", "CHL"), nullptr) << Dump(triples);
  // A quotation left open ends with its paragraph.
  triples = Extract("Antony Blinken said: \"We warn Peru.\n\nWe condemn Chile, the banner read.");
  EXPECT_NE(Find(triples, "antony-blinken", "PER"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "antony-blinken", "CHL"), nullptr) << Dump(triples);
  // A quotation with no speaker named next to it gives its "we" to no one.
  triples = Extract("\"We condemn Chile,\" the banner read. Antony Blinken met Peru's president.");
  EXPECT_EQ(Find(triples, "antony-blinken", "CHL"), nullptr) << Dump(triples);
}

TEST_F(ExtractRulesTest, TheMinistryIsTheMinistryNamedBefore) {
  auto triples = Extract("Peru's foreign ministry criticised Chile. Later, ministry spokesman Ana Quispe condemned "
                         "Bolivia. The ministry also summoned Ecuador's envoy.");
  const Triple* role = Find(triples, "ana-quispe", "PER-MFA", RelationKind::kAffiliation);
  ASSERT_NE(role, nullptr) << Dump(triples);
  EXPECT_EQ(role->predicate, "spokesperson");
  EXPECT_NE(Find(triples, "PER-MFA", "ECU"), nullptr) << Dump(triples);
  // "the armed forces" are no body of the state named before.
  triples = Extract("Peru's foreign ministry criticised Chile. The opposition stood with the armed forces.");
  for (const auto& t : triples) EXPECT_NE(t.object.id, "PER-MFA") << Dump(triples);
}

}  // namespace
}  // namespace geokg
