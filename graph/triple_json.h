// The triple interchange format: one JSON object a line, as
// ../shared/eval/GOLD_FORMAT.md (section Predictions) describes, written by
// `geokg extract --format jsonl` and read by `geokg ingest --triples`.
#pragma once

#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg {

// One line of JSON (no trailing newline) holding every field of `triple`.
std::string TripleToJsonLine(const Triple& triple);

// Parses one line written by TripleToJsonLine (or by another tool following the
// format: subject/object need id and name, predicate is required). Fields that
// are absent take their defaults; a missing quad is derived from cameo.
Status TripleFromJsonLine(std::string_view line, Triple* triple);

}  // namespace geokg
