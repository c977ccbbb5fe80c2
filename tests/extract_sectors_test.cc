// Sector actors (extract/data/sectors.tsv): a country's military, police,
// rebels, protesters... named with the country, "in" a country, or alone in an
// article about one. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/extractor_fixture.h"

namespace geokg {
namespace {

using ExtractSectorsTest = ExtractorFixture;

TEST_F(ExtractSectorsTest, DemonymAndModifiersBeforeTheSectorNoun) {
  auto triples = Extract("Kenyan riot police arrested dozens of Ugandan students on Monday.");
  const Triple* t = Find(triples, "KEN-COP", "UGA-EDU");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->subject.type, ActorType::kSector);
  EXPECT_EQ(t->subject.name, "Kenya police");
  EXPECT_EQ(t->subject.country, "KEN");
  EXPECT_EQ(t->cameo, "173");
}

TEST_F(ExtractSectorsTest, ACommunityNamedWithAStateIsItsCivilians) {
  auto triples = Extract("Syrian Kurds protested against Turkey. Lebanese Shiites condemned Israel.");
  EXPECT_NE(Find(triples, "SYR-CVL", "TUR"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "LBN-CVL", "ISR"), nullptr) << Dump(triples);
  // Alone, the plural stays the state it names in the dictionary.
  triples = Extract("Serbs accused Croatia of provocations.");
  EXPECT_NE(Find(triples, "SRB", "HRV"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, DiplomatsInACountryAreNotItsOwn) {
  auto triples = Extract("KABUL - Diplomats in Kabul criticised the Taliban. Western envoys in Kenya condemned Somalia.");
  for (const auto& t : triples) {
    EXPECT_NE(t.subject.id, "AFG") << Dump(triples);
    EXPECT_NE(t.subject.id, "KEN") << Dump(triples);
  }
  // Officials "in" a country are its own.
  triples = Extract("Officials in Kenya condemned Somalia.");
  EXPECT_NE(Find(triples, "KEN", "SOM"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, TheLastNounAfterAStateOrCommunityNamesTheGroup) {
  auto triples = Extract("Algerian government forces shelled Moroccan positions. Chinese state media criticised Japan.");
  EXPECT_NE(Find(triples, "DZA-MIL", "MAR"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "CHN-MED", "JPN"), nullptr) << Dump(triples);
  triples = Extract("Serbia condemned Kosovo after a Kosovo Serb police officer attacked Albanian students.");
  EXPECT_NE(Find(triples, "XKX-COP", "ALB-EDU"), nullptr) << Dump(triples);
  // A sector before a generic noun keeps the group: separatist forces are rebels.
  triples = Extract("Ukrainian separatist forces attacked Ukrainian troops.");
  EXPECT_NE(Find(triples, "UKR-REB", "UKR-MIL"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, PossessiveCountryAndNamedBranchShareTheSectorId) {
  auto triples = Extract("Sudan's army shelled positions held by Chadian rebels. The Sudanese Air Force attacked Chad.");
  EXPECT_NE(Find(triples, "SDN-MIL", "TCD-REB"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "SDN-MIL", "TCD"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, SectorInACountryWithRegionWord) {
  auto triples = Extract("Separatists in eastern Ukraine attacked Ukrainian troops near the border.");
  EXPECT_NE(Find(triples, "UKR-REB", "UKR-MIL"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, GovernmentWordsNameTheStateItself) {
  auto triples = Extract("Pakistani authorities accused Afghan officials of sheltering militants.");
  EXPECT_NE(Find(triples, "PAK", "AFG"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, BareInstitutionNounTakesTheArticleCountry) {
  auto triples = Extract(
      "NIAMEY, Aug 2 - Niger's junta has ordered the French ambassador to leave.\n\n"
      "On Friday the junta accused France of plotting an intervention. Police detained the opposition leader.");
  EXPECT_NE(Find(triples, "NER-MIL", "FRA"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "NER-COP", "NER-OPP"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, GroupsThatAreNotInstitutionsNeedTheirCountryStated) {
  // "gunmen" alone is tied to no country: no actor, so no triple.
  auto triples = Extract("MOGADISHU - Gunmen attacked a hotel on Sunday. Somali police arrested the gunmen.");
  for (const auto& t : triples) {
    EXPECT_NE(t.subject.id, "SOM-REB") << Dump(triples);
    EXPECT_NE(t.object.id, "SOM-REB") << Dump(triples);
  }
}

TEST_F(ExtractSectorsTest, WithoutACountryInTheArticleABareNounIsNoActor) {
  auto triples = Extract("The army attacked the rebels.");
  EXPECT_TRUE(triples.empty()) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ABarePluralWithoutDeterminerIsGeneric) {
  // "juntas" names no one; the aside leaves the coordinated subject whole.
  auto triples = Extract("MALI - Mali and Burkina Faso -- both run by juntas -- warned Niger on Monday.");
  EXPECT_NE(Find(triples, "BFA", "NER"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "MLI-MIL", "NER"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, UnknownOrganisationAndItsAcronym) {
  auto triples = Extract(
      "The Joint Ceasefire Monitoring Committee (JCMC) accused Armenia of shelling. "
      "Azerbaijan welcomed the findings, and the JCMC later condemned Armenia again.");
  const Triple* accused = Find(triples, "joint-ceasefire-monitoring-committee", "ARM");
  ASSERT_NE(accused, nullptr) << Dump(triples);
  EXPECT_EQ(accused->subject.type, ActorType::kOrganization);
  EXPECT_EQ(accused->subject.name, "Joint Ceasefire Monitoring Committee");
  bool condemned = false;
  for (const auto& t : triples) {
    condemned = condemned || (t.subject.id == accused->subject.id && t.predicate == "condemn");
  }
  EXPECT_TRUE(condemned) << Dump(triples);
}

TEST_F(ExtractSectorsTest, CapitalisedCommonWordsOpeningASentenceAreNoOrganisation) {
  auto triples = Extract("Security Forces clashed with Russia.");
  for (const auto& t : triples) EXPECT_NE(t.subject.type, ActorType::kArmedGroup) << Dump(triples);
}

TEST_F(ExtractSectorsTest, CollectiveActors) {
  auto triples = Extract("The international community condemned Russia. Western governments sanctioned Moscow.");
  EXPECT_NE(Find(triples, "INTL-COMMUNITY", "RUS"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "WEST", "RUS"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ACompassWordBeforeANameIsAPlaceNotTheWest) {
  auto triples = Extract("Ghana expelled West Africans from Togo. Sudan lifted the curfew in West Darfur.");
  for (const auto& t : triples) {
    EXPECT_NE(t.subject.id, "WEST") << Dump(triples);
    EXPECT_NE(t.object.id, "WEST") << Dump(triples);
  }
}

TEST_F(ExtractSectorsTest, ASectorNamesTheSentencesCountryForATitle) {
  // The article is about Pakistan; the title belongs to the country the sector names.
  auto triples = Extract(
      "ISLAMABAD - Pakistan condemned India on Monday.\n\n"
      "Indian warplanes struck what Foreign Secretary Anil Mehra described as a training camp.");
  EXPECT_NE(Find(triples, "anil-mehra", "IND", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "anil-mehra", "PAK", RelationKind::kAffiliation), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, APronounAfterACountryAndAVerbIsThatCountryNotTheLastSector) {
  auto triples = Extract(
      "On Wednesday Pakistani jets struck targets near the border. India said it had shot down a Pakistani plane.");
  EXPECT_NE(Find(triples, "IND", "PAK"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "PAK-MIL", "PAK"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, PersonNounsThatAreNoSectorStayNoActor) {
  auto triples = Extract("An Indian pilot was captured. Pakistan condemned India.");
  for (const auto& t : triples) EXPECT_NE(t.subject.id.rfind("IND-", 0), 0u) << Dump(triples);
  EXPECT_NE(Find(triples, "PAK", "IND"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ConjoinedDemonymsShareTheSectorNoun) {
  auto triples = Extract("Guinean soldiers beat Sierra Leonean and Liberian refugees near the border.");
  EXPECT_NE(Find(triples, "GIN-MIL", "SLE-REF"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "GIN-MIL", "LBR-REF"), nullptr) << Dump(triples);
  triples = Extract("Polish, Czech and Slovak police officers arrested Ukrainian smugglers.");
  for (const char* police : {"POL-COP", "CZE-COP", "SVK-COP"}) {
    EXPECT_NE(Find(triples, police, "UKR-CRM"), nullptr) << police << "\n" << Dump(triples);
  }
}

TEST_F(ExtractSectorsTest, ACountryNameConjoinedWithADemonymKeepsItsOwnActor) {
  // Only a demonym shares the head noun: "Kenya and Ugandan troops" is Kenya and Uganda's army.
  auto triples = Extract("Kenya and Ugandan troops attacked al-Shabaab positions.");
  for (const auto& t : triples) EXPECT_NE(t.subject.id, "KEN-MIL") << Dump(triples);
}

TEST_F(ExtractSectorsTest, PoliceProtestersAndOppositionAreTheArticleCountrysInAnyPosition) {
  auto triples = Extract(
      "NAIROBI, May 3 - Kenya raised fuel prices on Monday.\n\n"
      "Thousands of anti-government protesters clashed with police in the capital on Tuesday. "
      "The marchers were backed by main opposition parties.");
  EXPECT_NE(Find(triples, "KEN-CVL", "KEN-COP"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "KEN-OPP", "KEN-CVL"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, PoliceAndProtestersWithoutACountryAreNoActors) {
  auto triples = Extract("Thousands of protesters clashed with police on Tuesday.");
  EXPECT_TRUE(triples.empty()) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ADemonymsSideOrDelegationIsTheState) {
  auto triples = Extract("The Indian delegation conveyed concerns over China's new claim lines.");
  const Triple* concern = Find(triples, "IND", "CHN");
  ASSERT_NE(concern, nullptr) << Dump(triples);
  EXPECT_EQ(concern->cameo, "110");
  triples = Extract("The Chinese side rejected the proposal of Nepal.");
  EXPECT_NE(Find(triples, "CHN", "NPL"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ItsSectorNounAsASubjectIsTheStatesSector) {
  auto triples = Extract("India said its warplanes had struck a camp run by Jaish-e-Mohammad.");
  EXPECT_NE(Find(triples, "IND-MIL", "JEM"), nullptr) << Dump(triples);
  // As the theme of the state's own act the troops stay the state's.
  triples = Extract("Syria says it will withdraw its troops from Lebanon.");
  EXPECT_NE(Find(triples, "SYR", "LBN"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "SYR-MIL", "LBN"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, AStateActingOnItsOwnForcesIsNoRelation) {
  auto triples = Extract("Manila sent supply boats to deliver food to Philippine troops on the shoal.");
  EXPECT_EQ(Find(triples, "PHL", "PHL-MIL"), nullptr) << Dump(triples);
  triples = Extract("Turkey mobilised the Turkish army on Monday.");
  EXPECT_EQ(Find(triples, "TUR", "TUR-MIL"), nullptr) << Dump(triples);
  // Its civilians, protesters and rebels are other actors.
  triples = Extract("Thailand dispersed Thai protesters with water cannon on Monday.");
  EXPECT_NE(Find(triples, "THA", "THA-CVL"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ASectorNounBeforeATitleIsTheRolesInstitution) {
  auto triples = Extract(
      "BAMAKO — Mali's junta expelled the French ambassador on Monday. On Tuesday junta spokesman Amadou Diallo "
      "said the decision was final.");
  const Triple* t = Find(triples, "amadou-diallo", "MLI-MIL", RelationKind::kAffiliation);
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->predicate, "spokesperson");
}

TEST_F(ExtractSectorsTest, AntiProtestersDemonstrateAgainstWhatTheyOppose) {
  auto triples = Extract("Pakistani anti-government protesters marched in Lahore on Friday.");
  const Triple* t = Find(triples, "PAK-CVL", "PAK");
  ASSERT_NE(t, nullptr) << Dump(triples);
  EXPECT_EQ(t->cameo, "141");
  triples = Extract("Anti-American protesters from Pakistan burned flags on Friday.");
  EXPECT_NE(Find(triples, "PAK-CVL", "USA"), nullptr) << Dump(triples);
  // Soldiers are no protesters: "anti-aircraft" opposes nobody.
  triples = Extract("Pakistani anti-aircraft troops fired on Friday.");
  EXPECT_EQ(triples.size(), 0u) << Dump(triples);
}

TEST_F(ExtractSectorsTest, APersonsSupportersAreCiviliansOfTheirCountry) {
  auto triples = Extract("Bolsonaro supporters stormed the Supreme Court on Sunday.");
  EXPECT_NE(Find(triples, "BRA-CVL", "BRA-JUD"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "jair-bolsonaro", "BRA-JUD"), nullptr) << Dump(triples);
  const Triple* support = Find(triples, "BRA-CVL", "jair-bolsonaro");
  ASSERT_NE(support, nullptr) << Dump(triples);
  EXPECT_EQ(support->cameo, "051");
  triples = Extract("Thousands of supporters of former President Jair Bolsonaro stormed the Supreme Court.");
  EXPECT_NE(Find(triples, "BRA-CVL", "BRA-JUD"), nullptr) << Dump(triples);
  // The country as the possessive of the person's title: still the person's supporters.
  triples = Extract("Supporters of Pakistan's former prime minister Imran Khan attacked an army headquarters.");
  EXPECT_NE(Find(triples, "PAK-CVL", "imran-khan"), nullptr) << Dump(triples);
  EXPECT_NE(Find(triples, "imran-khan", "PAK", RelationKind::kAffiliation), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "imran-khan", "PAK-CVL", RelationKind::kAffiliation), nullptr) << Dump(triples);
  // Not followers: the police of Kenya's capital are Kenya's.
  triples = Extract("The police of Kenya's capital fired tear gas at protesters.");
  EXPECT_NE(Find(triples, "KEN-COP", "KEN-CVL"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ABareJuntaIsTheCoupCountrysMilitary) {
  // The dateline is Abuja; the coup is in Niger.
  auto triples = Extract(
      "ABUJA — Nigeria hosted a summit on Sunday about the soldiers who seized power in Niger. Nigerian officials "
      "met in the capital. The coup leaders detained President Mohamed Bazoum.");
  EXPECT_NE(Find(triples, "NER-MIL", "mohamed-bazoum"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "NGA-MIL", "mohamed-bazoum"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ASentenceOpeningInAPlaceSetsTheSceneOfLocalGroups) {
  auto triples = Extract(
      "BAKU — Azerbaijan said on Wednesday its operation in Karabakh was over. In Yerevan, Prime Minister Nikol "
      "Pashinyan said Armenia had no troops in the region. Thousands of protesters gathered outside government "
      "buildings, accusing Pashinyan of betrayal.");
  EXPECT_NE(Find(triples, "ARM-CVL", "nikol-pashinyan"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "AZE-CVL", "nikol-pashinyan"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ACapitalisedBodyNounAfterAPrepositionIsTheHomeCountrys) {
  auto triples = Extract("ISLAMABAD — Pakistan was calm. Imran Khan addressed a session of Parliament on Friday.", "2019-03-01");
  EXPECT_NE(Find(triples, "imran-khan", "PAK-LEG"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, ALongerNounOfALocalGroupNamesItsSector) {
  // "rights activists" are a human rights group of the scene, not protesters.
  auto triples = Extract("NAIROBI — Kenya was tense. Kenyan opposition parties and rights activists criticised the police.");
  EXPECT_NE(Find(triples, "KEN-HRI", "KEN-COP"), nullptr) << Dump(triples);
  EXPECT_EQ(Find(triples, "KEN-CVL", "KEN-COP"), nullptr) << Dump(triples);
}

TEST_F(ExtractSectorsTest, WomenAndChildrenOfACountryAreItsCivilians) {
  auto triples = Extract("Israeli troops killed three Palestinian children.");
  EXPECT_NE(Find(triples, "ISR-MIL", "PSE-CVL"), nullptr) << Dump(triples);
  triples = Extract("The Taliban barred Afghan women from universities.");
  EXPECT_NE(Find(triples, "TALIBAN", "AFG-CVL"), nullptr) << Dump(triples);
}

}  // namespace
}  // namespace geokg
