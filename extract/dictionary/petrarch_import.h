// The import of PETRARCH's dictionaries into geokg's TSV dictionaries
// (`geokg dict import --petrarch`): persons with dated roles, international
// organisations and armed groups, agent nouns as bodies of a state, verb
// patterns; deduplicated against geokg's own dictionaries, whose entries are
// kept where the two differ.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/dictionary/dictionary.h"
#include "extract/dictionary/petrarch_dict.h"

namespace geokg {

struct PetrarchImportInput {
  std::vector<PetrarchDictionary> actors;  // Phoenix.*.actors.txt, parsed
  PetrarchDictionary agents;               // Phoenix.agents.txt
  PetrarchDictionary verbs;                // CAMEO.2.0.txt
};

struct PetrarchImportCounts {
  size_t persons = 0;
  size_t roles = 0;
  size_t organisations = 0;
  size_t armed_groups = 0;
  size_t bodies = 0;
  size_t verbs = 0;
  size_t duplicates = 0;  // names, heads and patterns geokg already has
  size_t filtered = 0;    // dropped by a rule (see petrarch_import.cc)
};

// The TSV files of the import by file name (leaders-petrarch.tsv,
// organisations-petrarch.tsv, groups-petrarch.tsv, bodies-petrarch.tsv,
// verbs-petrarch.tsv), each with a header naming its source and licence.
// `known` is geokg's dictionary without any earlier import.
std::map<std::string, std::string> ImportPetrarch(const PetrarchImportInput& input, const Dictionary& known,
                                                  PetrarchImportCounts* counts);

}  // namespace geokg
