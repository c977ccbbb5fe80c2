// Internal to graph/: how the CSV exports write one field and one number.
#pragma once

#include <string>

namespace geokg {

// One CSV field of valid UTF-8 text, quoted as RFC 4180 says (inner quotes
// doubled) when it holds a comma, a quote or a line break, or, with
// `quote_edge_spaces`, when it starts or ends with a space.
std::string CsvField(std::string valid, bool quote_edge_spaces);

// The shortest decimal text that reads back as `value`.
std::string ShortestDouble(double value);

}  // namespace geokg
