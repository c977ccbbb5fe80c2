// The read path for walks over many actors: actor numbers, and Links from the
// link summary (GraphStore::ForEachLinkOf).
#include <algorithm>

#include "store/link_summary.h"
#include "store/rocks_graph_store.h"

namespace geokg::store {

Status RocksGraphStore::ActorNumbers(const std::vector<std::string>& actor_ids, std::vector<uint32_t>* numbers) {
  numbers->assign(actor_ids.size(), 0);
  Status s = PrepareRead();
  for (size_t i = 0; s.ok() && i < actor_ids.size(); ++i) {
    bool found = false;
    s = interner_.Find(IdKind::kActor, actor_ids[i], &(*numbers)[i], &found);
    if (s.ok() && !found) (*numbers)[i] = 0;
  }
  return s;
}

Status RocksGraphStore::ActorIds(const std::vector<uint32_t>& numbers, std::vector<std::string>* ids) {
  ids->assign(numbers.size(), std::string());
  Status s = PrepareRead();
  if (s.ok()) s = interner_.Prefetch(IdKind::kActor, numbers);
  for (size_t i = 0; s.ok() && i < numbers.size(); ++i) s = interner_.Name(IdKind::kActor, numbers[i], &(*ids)[i]);
  return s;
}

Status RocksGraphStore::ForEachLinkOf(const std::vector<uint32_t>& actors, const std::function<void(const Link&)>& fn) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  std::vector<uint32_t> sorted(actors);
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  if (!sorted.empty() && sorted.front() == 0) sorted.erase(sorted.begin());
  if (sorted.empty()) return Status::OK();
  std::vector<bool> member(size_t{sorted.back()} + 1, false);
  for (uint32_t a : sorted) member[a] = true;
  std::vector<std::string> keys;
  keys.reserve(sorted.size());
  for (uint32_t a : sorted) keys.push_back(IntKey(a));
  LinkList links;
  Link link;
  return ForEachValue(kCfLinks, keys, [&](size_t i, bool found, std::string_view value) {
    if (!found) return Status::OK();  // no relations
    if (!DecodeLinkList(value, &links)) return Status::Corruption("bad link summary record in " + db_->path());
    link.actor = sorted[i];
    for (const auto& [neighbor, mentions] : links) {
      if (mentions <= 0 || neighbor == link.actor) return Status::Corruption("bad link summary record in " + db_->path());
      // A pair of two members comes from the smaller one.
      if (neighbor < member.size() && member[neighbor] && neighbor < link.actor) continue;
      link.neighbor = neighbor;
      link.mentions = static_cast<uint64_t>(mentions);
      fn(link);
    }
    return Status::OK();
  });
}

}  // namespace geokg::store
