#include "cli/timeline.h"

#include <cstdio>
#include <map>

#include "cli/query_common.h"
#include "graph/cameo.h"

namespace geokg::cli {

Status CountByMonth(GraphStore& store, const std::vector<EdgeRecord>& edges, const EdgeFilter& filter,
                    std::vector<MonthCounts>* months) {
  months->clear();
  std::map<std::string, std::array<uint64_t, 5>> counted;  // month -> counts by quad class
  for (const auto& edge : edges) {
    const int quad = edge.quad ? edge.quad : QuadClassOfCameo(edge.cameo);
    Status status = store.ForEachEvidence(edge.key, [&](const EvidenceRecord& ev) {
      const std::string month = MonthOf(ev.date);
      if (month.empty() || (filter.HasDateBounds() && !filter.DateMatches(ev.date))) return true;
      auto& counts = counted.try_emplace(month, std::array<uint64_t, 5>{}).first->second;
      ++counts[quad >= 1 && quad <= 4 ? quad : 0];
      return true;
    });
    if (!status.ok()) return status;
  }
  if (counted.empty()) return Status::OK();
  int year = std::stoi(counted.begin()->first.substr(0, 4));
  int month = std::stoi(counted.begin()->first.substr(5, 2));
  const std::string last = counted.rbegin()->first;
  for (;;) {
    char key[16];
    std::snprintf(key, sizeof key, "%04d-%02d", year % 10000, month % 100);
    if (key > last) break;
    MonthCounts row{key, {}, 0};
    if (auto it = counted.find(key); it != counted.end()) row.by_quad = it->second;
    for (auto c : row.by_quad) row.total += c;
    months->push_back(std::move(row));
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return Status::OK();
}

}  // namespace geokg::cli
