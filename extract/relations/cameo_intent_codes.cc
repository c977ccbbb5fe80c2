#include "extract/relations/cameo_intent_codes.h"

namespace geokg {

std::string IntentCode(const std::string& cameo) {
  if (cameo.size() < 2) return "030";
  const std::string root = cameo.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "034";
  if (root >= "09") return cameo;
  return "030";
}

std::string ThreatCode(const std::string& cameo) {
  if (cameo.size() < 2) return "130";
  const std::string root = cameo.substr(0, 2);
  if (root == "13") return cameo;
  if (cameo.rfind("162", 0) == 0) return "1311";
  if (cameo.rfind("163", 0) == 0) return "1312";
  if (cameo.rfind("164", 0) == 0) return "134";
  if (cameo.rfind("165", 0) == 0) return "135";
  if (root == "16") return "1313";
  if (cameo.rfind("172", 0) == 0) return "132";
  if (root == "17") return "137";
  if (root == "14") return "133";
  if (cameo.rfind("191", 0) == 0) return "1381";
  if (cameo.rfind("192", 0) == 0) return "1382";
  if (root == "18") return "1383";
  if (root == "19") return "1384";
  if (root == "15") return "138";
  if (root == "20") return "1385";
  return "130";
}

}  // namespace geokg
