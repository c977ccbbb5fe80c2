// Internal to extract/: what relations.cc and relation_patterns.cc share.
#pragma once

#include "extract/relations.h"

namespace geokg {

struct RelationFinder::VerbHit {
  size_t pos = 0;         // the verb (or noun) token
  size_t end = 0;         // one past the last pattern token
  int pattern = -1;       // index into verbs() (or nouns() when nominal)
  bool nominal = false;
  VerbForm form = VerbForm::kBase;
  int inner_mention = -1; // a mention inside the pattern ("took Islamabad into confidence")
};

}  // namespace geokg
