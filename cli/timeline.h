// Monthly counts of relations by quad class: what `geokg timeline` prints
// and the explorer's timeline shows.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/filter.h"
#include "graph/model.h"
#include "store/graph_store.h"

namespace geokg::cli {

struct MonthCounts {
  std::string month;                // YYYY-MM
  std::array<uint64_t, 5> by_quad;  // [0] other (no CAMEO code), [1..4] quad classes
  uint64_t total = 0;
};

// Counts the evidence of `edges` by month and quad class: every month from
// the first to the last, empty months included, in order. Evidence without a
// date is not counted; with date bounds in `filter`, only evidence inside
// them. An edge's quad class is its own, else its CAMEO code's.
Status CountByMonth(GraphStore& store, const std::vector<EdgeRecord>& edges, const EdgeFilter& filter,
                    std::vector<MonthCounts>* months);

}  // namespace geokg::cli
