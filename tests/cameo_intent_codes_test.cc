// The CAMEO codes of intended and threatened acts (extract/relations/cameo_intent_codes.h),
// as the CAMEO codebook's 03 and 13 categories give them.
#include "extract/relations/cameo_intent_codes.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

TEST(CameoIntentCodes, AnIntentToCooperateIsCameos03CodeOfThatCooperation) {
  EXPECT_EQ(IntentCode("040"), "036");   // meet
  EXPECT_EQ(IntentCode("051"), "032");   // support
  EXPECT_EQ(IntentCode("061"), "031");   // cooperate economically
  EXPECT_EQ(IntentCode("0711"), "033");  // give economic aid
  EXPECT_EQ(IntentCode("081"), "034");   // ease restrictions
  EXPECT_EQ(IntentCode("010"), "030");
  EXPECT_EQ(IntentCode(""), "030");
  // An intended conflict keeps its code.
  EXPECT_EQ(IntentCode("163"), "163");
  EXPECT_EQ(IntentCode("190"), "190");
}

TEST(CameoIntentCodes, AThreatIsCameos13CodeOfTheThreatenedAct) {
  EXPECT_EQ(ThreatCode("1621"), "1311");
  EXPECT_EQ(ThreatCode("163"), "1312");
  EXPECT_EQ(ThreatCode("161"), "1313");
  EXPECT_EQ(ThreatCode("164"), "134");
  EXPECT_EQ(ThreatCode("173"), "137");
  EXPECT_EQ(ThreatCode("191"), "1381");
  EXPECT_EQ(ThreatCode("192"), "1382");
  EXPECT_EQ(ThreatCode("195"), "1384");
  EXPECT_EQ(ThreatCode("2041"), "1385");
  EXPECT_EQ(ThreatCode("1384"), "1384");
  EXPECT_EQ(ThreatCode("051"), "130");
  EXPECT_EQ(ThreatCode(""), "130");
}

}  // namespace
}  // namespace geokg
