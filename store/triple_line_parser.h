// Fast reading of the triple interchange format (graph/triple_json.h) for
// `geokg ingest --triples`: a SAX pass straight into a Triple, with no JSON
// document built. Lines of the usual shape (the fields TripleToJsonLine
// writes, each once, with their usual types) take the fast path; anything
// else (an unknown field, another type, a duplicate key, a bad value) is left
// to TripleFromJsonLine, so results and error messages are exactly its own.
#pragma once

#include <string_view>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg::store {

// Same contract as TripleFromJsonLine.
Status ParseTripleLine(std::string_view line, Triple* triple);

// The fast path alone: true when it decoded the line (then *triple is what
// TripleFromJsonLine gives), false when the line needs the full parser.
bool ParseTripleLineFast(std::string_view line, Triple* triple);

}  // namespace geokg::store
