// EdgeFilter: the filters every question and export accepts
// (--since/--until, --quad, --cameo, --polarity, --kind, --min-count).
#pragma once

#include <optional>
#include <string>

#include "graph/model.h"

namespace geokg {

struct EdgeFilter {
  std::string since;                     // YYYY-MM-DD or YYYY-MM or YYYY; empty: no bound
  std::string until;                     // inclusive
  std::optional<int> quad;               // 1..4
  std::string cameo_prefix;              // "19", "190"
  std::optional<Polarity> polarity;
  std::optional<RelationKind> kind;
  uint64_t min_count = 0;                // minimum mentions

  // True when the edge passes every set filter. Date filters keep an edge whose
  // [first_date, last_date] overlaps [since, until].
  bool Matches(const EdgeRecord& edge) const;
  // True when one piece of evidence dated `date` lies within [since, until].
  bool DateMatches(const std::string& date) const;
  bool HasDateBounds() const { return !since.empty() || !until.empty(); }
  // True when no filter is set, so that every edge passes with its stored counts.
  bool PassesAll() const {
    return !HasDateBounds() && !quad && cameo_prefix.empty() && !polarity && !kind && min_count == 0;
  }
};

}  // namespace geokg
