// `geokg ingest --triples`: the articles of a JSON Lines file of triples,
// parsed on a thread of their own (TripleLineReader) and stored in input order.
#pragma once

#include <istream>
#include <string>

#include "cli/ingest_report.h"
#include "graph/status.h"
#include "store/graph_store.h"

namespace geokg::cli {

// Stores the articles of the triple lines of `in`: the consecutive lines of
// one doc make one article (id = doc, date and source from its first triple,
// or `default_date`). `name` names the input in messages, `file` is recorded
// as each article's file. Bad lines and invalid articles are reported and
// skipped; an error of the store or of reading `in` is returned.
Status IngestTriples(GraphStore* store, IngestReport* report, const std::string& name, const std::string& file,
                     const std::string& default_date, ConflictPolicy policy, std::istream* in);

}  // namespace geokg::cli
