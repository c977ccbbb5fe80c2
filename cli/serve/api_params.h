// Reading and validating the query parameters of the explorer's HTTP API.
// Every value is checked before the store is read: a bad value becomes an
// ApiError (HTTP 400) naming the parameter and saying what it takes.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/filter.h"

namespace geokg::cli::serve {

// Query parameters as the server parsed them (httplib::Params is this type).
using Params = std::multimap<std::string, std::string>;

// What a handler answers when it cannot: an HTTP status, the parameter at
// fault (empty when none), a message for people, and names to try instead
// (an unknown actor's nearest names).
struct ApiError {
  int status = 400;
  std::string parameter;
  std::string message;
  std::vector<std::string> suggestions;
};

// Reads the parameters of one request. Each Read* returns false after
// recording the first error (later calls then return false too).
class ParamReader {
 public:
  // `allowed`: the parameter names the endpoint takes; any other name, and
  // any name given twice, is an error.
  ParamReader(const Params& params, std::set<std::string> allowed);

  // `names` plus the names ReadFilter reads.
  static std::set<std::string> WithFilters(std::set<std::string> names);

  // Text of `name`, at most `max_bytes` long; `*value` untouched when absent.
  // With `required`, absence (or an empty value) is an error.
  bool ReadText(const std::string& name, bool required, size_t max_bytes, std::string* value);
  // An integer in [min, max]; `*value` untouched when absent.
  bool ReadInt(const std::string& name, int64_t min, int64_t max, int64_t* value);
  // since, until (calendar dates, since <= until), quad (1-4), cameo (1-3
  // digits), polarity (positive|negative), kind (event|affiliation),
  // min_count (>= 0): the filters of the query commands.
  bool ReadFilter(EdgeFilter* filter);

  bool ok() const { return error_.message.empty(); }
  const ApiError& error() const { return error_; }

 private:
  bool Fail(const std::string& name, const std::string& message);
  // The single value of `name`, or nullptr when absent.
  const std::string* Value(const std::string& name);

  const Params& params_;
  std::set<std::string> allowed_;
  ApiError error_;
};

}  // namespace geokg::cli::serve
