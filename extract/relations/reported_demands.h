// Reported demands: a speaker who states that another actor must or should
// do something demands or asks it of them, as event coders code "said X
// must" ("Russia said Sudan must return the helicopter": Russia demands of
// Sudan, CAMEO 100; "should": an appeal, 020). The content keeps its own
// relations; this adds the speaker's.
#pragma once

#include <vector>

#include "extract/relations/relation_arguments.h"
#include "extract/relations/relations.h"

namespace geokg {

// The reported demands of one sentence: for each verb of saying (`finder`'s
// speech verbs) whose clausal complement has the modal "must" or "should",
// speaker -demand/appeal-> the complement's subject.
std::vector<RelationHit> FindReportedDemands(const RelationArguments& arguments, const Sentence& sentence,
                                             const std::vector<Mention>& mentions, const RelationFinder& finder);

}  // namespace geokg
