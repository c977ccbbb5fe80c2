// Scores geokg against PETRARCH's validation records: each record's text is
// extracted with the record's date, and the record is coded correctly when
// every expected event (source code, target code, CAMEO event code) is among
// geokg's triples, the actors compared by their CAMEO codes (see
// cameo_actor_code.h). A record that expects no events (noevents, a
// discard) is correct when geokg codes no event. geokg states a mutual event
// ("A met B") once: a record expecting both directions is matched by either.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cli/eval/petrarch_records.h"
#include "extract/extractor.h"

namespace geokg {

struct PetrarchRecordResult {
  std::string id;
  std::string category;
  std::string skipped;                // why the record is not scored, or empty
  bool correct = false;
  std::vector<std::string> expected;  // "SRC TGT EVT"
  std::vector<std::string> produced;
};

struct PetrarchCategoryScore {
  size_t scored = 0;
  size_t correct = 0;
};

struct PetrarchEvalReport {
  size_t records = 0;
  size_t scored = 0;
  size_t correct = 0;
  std::map<std::string, PetrarchCategoryScore> by_category;
  std::vector<PetrarchRecordResult> results;  // one per record, in file order
};

// Why `record` tests PETRARCH internals with no meaning outside it (its
// input checks, its new-actor option, events with an unidentified actor
// only), or empty when the record is scored.
std::string PetrarchSkipReason(const PetrarchRecord& record);

// Codes every record with `extractor` and scores it.
Status ScorePetrarchRecords(const Extractor& extractor, const PetrarchRecords& records, PetrarchEvalReport* report);

}  // namespace geokg
