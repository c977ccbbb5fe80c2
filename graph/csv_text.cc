#include "graph/csv_text.h"

#include <charconv>

namespace geokg {

std::string CsvField(std::string valid, bool quote_edge_spaces) {
  bool edge_space = !valid.empty() && (valid.front() == ' ' || valid.back() == ' ');
  if ((!quote_edge_spaces || !edge_space) && valid.find_first_of(",\"\r\n") == std::string::npos) return valid;
  std::string out = "\"";
  for (char c : valid) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string ShortestDouble(double value) {
  char buf[32];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

}  // namespace geokg
