// The read path for walks over many actors: actor numbers and Links, read from
// the adjacency with one forward pass per column family instead of a record
// lookup per in-edge (GraphStore::ForEachLinkOf).
#include <algorithm>
#include <tuple>

#include "store/rocks_graph_store.h"

namespace geokg::store {

namespace {

// How ForEachLinkOf reads. Walking the members' prefixes of `out` and `in`
// costs a step per relation of theirs, plus a point lookup (worth some
// kStepsPerLookup steps) per in-edge from a non-member; scanning `out` whole
// costs a step per relation of the graph. Sets whose prefixes hold, by
// RocksDB's size estimate, over half the adjacency are scanned (the ego
// network of a hub: its neighbours are the other hubs); others walked, the
// in-edges' lookups given up for the scan once they would cost more.
constexpr uint64_t kStepsPerLookup = 16;

rocksdb::ReadOptions ForwardScan() {
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;  // the walk crosses prefixes
  ro.fill_cache = false;
  return ro;
}

// The actor a key of `out` or `in` starts with (a key already parsed).
uint32_t KeyActor(const rocksdb::Slice& key) { return GetBE32(key.data()); }

// The share (0 to 1) of the bytes of `cf` under the prefixes of `sorted`
// actors (ascending), by RocksDB's estimate from the tables' indexes and the
// memtables. Runs of consecutive actors are one range.
double PrefixShare(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const std::vector<uint32_t>& sorted) {
  std::vector<std::string> bounds;
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i + 1;
    while (j < sorted.size() && sorted[j] == sorted[j - 1] + 1) ++j;
    bounds.push_back(ActorPrefix(sorted[i]));
    bounds.push_back(ActorPrefix(sorted[j - 1]) + std::string(kEdgeKeySize, '\xff'));
    i = j;
  }
  // The last range is everything. Ranges point into `bounds`, which lives (and stays put) until the call returns.
  bounds.push_back(std::string());
  bounds.push_back(std::string(kEdgeKeySize + 1, '\xff'));
  std::vector<rocksdb::Range> ranges;
  for (size_t k = 0; k < bounds.size(); k += 2) ranges.emplace_back(bounds[k], bounds[k + 1]);
  std::vector<uint64_t> sizes(ranges.size(), 0);
  rocksdb::SizeApproximationOptions options;
  options.include_memtables = true;
  options.files_size_error_margin = 0.1;
  if (!db->GetApproximateSizes(options, cf, ranges.data(), static_cast<int>(ranges.size()), sizes.data()).ok() ||
      sizes.back() == 0) {
    return 0;
  }
  uint64_t members = 0;
  for (size_t k = 0; k + 1 < sizes.size(); ++k) members += sizes[k];
  return std::min(1.0, static_cast<double>(members) / static_cast<double>(sizes.back()));
}

}  // namespace

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
  auto is_member = [&](uint32_t a) { return a < member.size() && member[a]; };
  const std::string& path = db_->path();
  uint64_t out_keys = 0, in_keys = 0;
  db_->db()->GetIntProperty(cf(kCfOut), "rocksdb.estimate-num-keys", &out_keys);
  db_->db()->GetIntProperty(cf(kCfIn), "rocksdb.estimate-num-keys", &in_keys);
  Link link;
  // Hands on the relation under `it` (a key of `out`).
  auto emit = [&](const rocksdb::Iterator& it, const EdgeInts& e) -> Status {
    if (!DecodeEdgeMentions(it.value().ToStringView(), &link.mentions)) {
      return Status::Corruption("bad edge record in " + path);
    }
    link.subject = e.s;
    link.object = e.o;
    fn(link);
    return Status::OK();
  };
  // Scans `out` whole for the relations not handed on yet: those of members
  // from `unwalked` on, and those of non-members with a member as object.
  std::unique_ptr<rocksdb::Iterator> out(db_->db()->NewIterator(ForwardScan(), cf(kCfOut)));
  auto scan_out = [&](uint64_t unwalked) -> Status {
    for (out->SeekToFirst(); out->Valid(); out->Next()) {
      EdgeInts e;
      if (!ParseOutKey(out->key(), &e)) return Status::Corruption("bad adjacency key in " + path);
      if (is_member(e.s) ? e.s < unwalked : !is_member(e.o)) continue;
      if (Status es = emit(*out, e); !es.ok()) return es;
    }
    return FromRocks(out->status(), "cannot read database " + path);
  };

  const double walk_steps = PrefixShare(db_->db(), cf(kCfOut), sorted) * static_cast<double>(out_keys) +
                            PrefixShare(db_->db(), cf(kCfIn), sorted) * static_cast<double>(in_keys);
  if (walk_steps * 2 > static_cast<double>(out_keys)) return scan_out(0);

  // 1. The members' relations as subjects, prefix by prefix in `out`.
  for (size_t i = 0; i < sorted.size(); ++i) {
    // The iterator stops on a parsed key of the member before; it moves on by
    // itself when the next member's prefix follows.
    if (i == 0 || (out->Valid() && KeyActor(out->key()) < sorted[i])) out->Seek(ActorPrefix(sorted[i]));
    for (; out->Valid(); out->Next()) {
      EdgeInts e;
      if (!ParseOutKey(out->key(), &e)) return Status::Corruption("bad adjacency key in " + path);
      if (e.s != sorted[i]) break;
      if (s = emit(*out, e); !s.ok()) return s;
    }
    if (s = FromRocks(out->status(), "cannot read database " + path); !s.ok()) return s;
  }
  // 2. Their relations as objects with a non-member subject: found in `in`,
  // their records (under the subject) read by point lookups.
  const uint64_t all_walked = uint64_t{sorted.back()} + 1;
  uint64_t steps = 0;
  std::vector<EdgeInts> outside;
  std::unique_ptr<rocksdb::Iterator> in(db_->db()->NewIterator(ForwardScan(), cf(kCfIn)));
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (i == 0 || (in->Valid() && KeyActor(in->key()) < sorted[i])) in->Seek(ActorPrefix(sorted[i]));
    for (; in->Valid(); in->Next(), ++steps) {
      EdgeInts e;
      if (!ParseInKey(in->key(), &e)) return Status::Corruption("bad adjacency key in " + path);
      if (e.o != sorted[i]) break;
      if (is_member(e.s)) continue;  // handed on in step 1
      outside.push_back(e);
      if (steps + kStepsPerLookup * outside.size() > out_keys) return scan_out(all_walked);
    }
    if (s = FromRocks(in->status(), "cannot read database " + path); !s.ok()) return s;
  }
  std::sort(outside.begin(), outside.end(), [](const EdgeInts& a, const EdgeInts& b) {
    return std::tie(a.s, a.kind, a.p, a.o, a.pol) < std::tie(b.s, b.kind, b.p, b.o, b.pol);
  });
  std::vector<std::string> keys;
  keys.reserve(outside.size());
  for (const EdgeInts& e : outside) keys.push_back(OutKey(e));
  return ForEachValue(kCfOut, keys, [&](size_t k, bool found, std::string_view value) {
    if (!found) return Status::Corruption("in-edge without its edge in " + path);
    if (!DecodeEdgeMentions(value, &link.mentions)) return Status::Corruption("bad edge record in " + path);
    link.subject = outside[k].s;
    link.object = outside[k].o;
    fn(link);
    return Status::OK();
  });
}

}  // namespace geokg::store
