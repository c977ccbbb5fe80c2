#include "graph/filter.h"

#include "graph/cameo.h"

namespace geokg {
namespace {

// Compares a full date with a bound that may be a prefix (2023, 2023-05):
// a date is "before" the bound only when it sorts before every date the bound covers.
bool BeforeBound(const std::string& date, const std::string& since) {
  return date.compare(0, since.size(), since) < 0;
}
bool AfterBound(const std::string& date, const std::string& until) {
  return date.compare(0, until.size(), until) > 0;
}

}  // namespace

bool EdgeFilter::DateMatches(const std::string& date) const {
  if (date.empty()) return !HasDateBounds();
  if (!since.empty() && BeforeBound(date, since)) return false;
  if (!until.empty() && AfterBound(date, until)) return false;
  return true;
}

bool EdgeFilter::Matches(const EdgeRecord& edge) const {
  if (edge.mentions < min_count) return false;
  if (polarity && edge.key.polarity != *polarity) return false;
  if (kind && edge.key.kind != *kind) return false;
  if (quad && QuadClassOfCameo(edge.cameo) != *quad) return false;
  if (!cameo_prefix.empty() && edge.cameo.compare(0, cameo_prefix.size(), cameo_prefix) != 0) return false;
  if (HasDateBounds()) {
    if (edge.first_date.empty()) return false;
    if (!until.empty() && AfterBound(edge.first_date, until)) return false;
    if (!since.empty() && BeforeBound(edge.last_date, since)) return false;
  }
  return true;
}

}  // namespace geokg
