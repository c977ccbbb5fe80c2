#include "cli/serve/api_params.h"

#include <cctype>
#include <charconv>

#include "cli/common.h"

namespace geokg::cli::serve {
namespace {

constexpr const char* kFilterNames[] = {"since", "until", "quad", "cameo", "polarity", "kind", "min_count"};

bool AllDigits(const std::string& text, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

}  // namespace

ParamReader::ParamReader(const Params& params, std::set<std::string> allowed)
    : params_(params), allowed_(std::move(allowed)) {
  for (auto it = params_.begin(); it != params_.end(); it = params_.upper_bound(it->first)) {
    if (!allowed_.count(it->first)) {
      std::string names;
      for (const auto& name : allowed_) names += (names.empty() ? "" : ", ") + name;
      Fail(it->first, "unknown parameter '" + it->first + "' (this endpoint takes: " +
                          (names.empty() ? "none" : names) + ")");
      return;
    }
    if (params_.count(it->first) > 1) {
      Fail(it->first, "parameter '" + it->first + "' is given more than once");
      return;
    }
  }
}

std::set<std::string> ParamReader::WithFilters(std::set<std::string> names) {
  names.insert(std::begin(kFilterNames), std::end(kFilterNames));
  return names;
}

bool ParamReader::Fail(const std::string& name, const std::string& message) {
  if (ok()) error_ = ApiError{400, name, message, {}};
  return false;
}

const std::string* ParamReader::Value(const std::string& name) {
  auto it = params_.find(name);
  return it == params_.end() ? nullptr : &it->second;
}

bool ParamReader::ReadText(const std::string& name, bool required, size_t max_bytes,
                           std::string* value) {
  if (!ok()) return false;
  const std::string* text = Value(name);
  if (!text || text->empty()) {
    return required ? Fail(name, "parameter '" + name + "' is required") : true;
  }
  if (text->size() > max_bytes) {
    return Fail(name, "parameter '" + name + "' is longer than " + std::to_string(max_bytes) + " bytes");
  }
  *value = *text;
  return true;
}

bool ParamReader::ReadInt(const std::string& name, int64_t min, int64_t max, int64_t* value) {
  if (!ok()) return false;
  const std::string* text = Value(name);
  if (!text) return true;
  int64_t number = 0;
  const char* end = text->data() + text->size();
  auto [ptr, ec] = std::from_chars(text->data(), end, number);
  if (text->empty() || ec != std::errc() || ptr != end || number < min || number > max) {
    return Fail(name, "parameter '" + name + "' takes a whole number from " + std::to_string(min) +
                          " to " + std::to_string(max) + ", not '" + *text + "'");
  }
  *value = number;
  return true;
}

bool ParamReader::ReadFilter(EdgeFilter* filter) {
  *filter = EdgeFilter();
  for (const char* name : {"since", "until"}) {
    std::string bound;
    if (!ReadText(name, false, 10, &bound)) return false;
    if (!bound.empty() && !IsCalendarDate(bound, /*allow_partial=*/true)) {
      return Fail(name, std::string("parameter '") + name +
                            "' takes a date YYYY, YYYY-MM or YYYY-MM-DD that exists, not '" + bound + "'");
    }
    (std::string(name) == "since" ? filter->since : filter->until) = bound;
  }
  if (!filter->since.empty() && !filter->until.empty() &&
      !BoundsInOrder(filter->since, filter->until)) {
    return Fail("until", "parameter 'until' (" + filter->until + ") is before 'since' (" + filter->since + ")");
  }
  int64_t quad = 0;
  if (!ReadInt("quad", 1, 4, &quad)) return false;
  if (quad) filter->quad = static_cast<int>(quad);
  if (!ReadText("cameo", false, 3, &filter->cameo_prefix)) return false;
  if (!AllDigits(filter->cameo_prefix, 0, filter->cameo_prefix.size())) {
    return Fail("cameo", "parameter 'cameo' takes a CAMEO code or prefix of 1 to 3 digits");
  }
  std::string text;
  if (!ReadText("polarity", false, 16, &text)) return false;
  if (!text.empty() && !(filter->polarity = ParsePolarity(text))) {
    return Fail("polarity", "parameter 'polarity' takes positive or negative, not '" + text + "'");
  }
  text.clear();
  if (!ReadText("kind", false, 16, &text)) return false;
  if (!text.empty() && !(filter->kind = ParseRelationKind(text))) {
    return Fail("kind", "parameter 'kind' takes event or affiliation, not '" + text + "'");
  }
  int64_t min_count = 0;
  if (!ReadInt("min_count", 0, INT64_MAX, &min_count)) return false;
  filter->min_count = static_cast<uint64_t>(min_count);
  return true;
}

}  // namespace geokg::cli::serve
