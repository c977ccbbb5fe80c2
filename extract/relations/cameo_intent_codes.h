// The CAMEO codes of intended and threatened acts: CAMEO codes an intent to
// cooperate (03) and a threat (13) by the act intended or threatened.
#pragma once

#include <string>

namespace geokg {

// The code of an intent to do what `cameo` codes: CAMEO's 03 codes for
// cooperation (to meet 036, to support 032, to cooperate materially 031, to
// give aid 033, to yield 034), 030 for the rest of the cooperative roots; an
// intended act of conflict keeps its own code (CAMEO has no intent class for
// it; the triple's modality says intended).
std::string IntentCode(const std::string& cameo);

// The code of a threat to do what `cameo` codes: to cut aid 1311, sanctions
// 1312, relations 1313, to halt talks 134 or mediation 135, administrative
// sanctions 132, repression 137, protest 133, force 138 (blockade 1381,
// occupation 1382, unconventional violence 1383, attack 1384, mass violence
// 1385); a threat stays itself; else 130.
std::string ThreatCode(const std::string& cameo);

}  // namespace geokg
