#include "store/link_summary.h"

#include <rocksdb/write_batch.h>

#include <algorithm>

#include "store/codec.h"
#include "store/db_open.h"
#include "store/keys.h"

namespace geokg::store {

namespace {

constexpr char kLinkTag[] = "L1";

uint64_t Zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t Unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// Sums `add` into `sum` (both sorted by neighbour), dropping counts of 0.
void AddInto(const LinkList& add, LinkList* sum, LinkList* scratch) {
  scratch->clear();
  auto a = sum->cbegin();
  auto b = add.cbegin();
  while (a != sum->cend() || b != add.cend()) {
    std::pair<uint32_t, int64_t> next;
    if (b == add.cend() || (a != sum->cend() && a->first < b->first)) {
      next = *a++;
    } else if (a == sum->cend() || b->first < a->first) {
      next = *b++;
    } else {
      next = {a->first, a->second + b->second};
      ++a, ++b;
    }
    if (next.second != 0) scratch->push_back(next);
  }
  sum->swap(*scratch);
}

class LinkSumOperator : public rocksdb::MergeOperator {
 public:
  bool FullMergeV2(const MergeOperationInput& in, MergeOperationOutput* out) const override {
    LinkList sum, operand, scratch;
    if (in.existing_value && !DecodeLinkList(in.existing_value->ToStringView(), &sum)) return false;
    for (const rocksdb::Slice& op : in.operand_list) {
      if (!DecodeLinkList(op.ToStringView(), &operand)) return false;
      AddInto(operand, &sum, &scratch);
    }
    for (const auto& [neighbor, count] : sum) {
      if (count < 0) return false;  // more mentions retracted than added
    }
    EncodeLinkList(sum, &out->new_value);
    return true;
  }

  bool PartialMergeMulti(const rocksdb::Slice&, const std::deque<rocksdb::Slice>& operands, std::string* new_value,
                         rocksdb::Logger*) const override {
    LinkList sum, operand, scratch;
    for (const rocksdb::Slice& op : operands) {
      if (!DecodeLinkList(op.ToStringView(), &operand)) return false;
      AddInto(operand, &sum, &scratch);
    }
    EncodeLinkList(sum, new_value);
    return true;
  }

  const char* Name() const override { return "geokg.LinkSum.v1"; }
};

}  // namespace

void EncodeLinkList(const LinkList& links, std::string* out) {
  out->assign(kLinkTag);
  uint32_t previous = 0;
  for (const auto& [neighbor, count] : links) {
    PutVarint(out, neighbor - previous);
    PutVarint(out, Zigzag(count));
    previous = neighbor;
  }
}

bool DecodeLinkList(std::string_view in, LinkList* links) {
  links->clear();
  if (in.substr(0, 2) != kLinkTag) return false;
  Decoder d(in.substr(2));
  uint64_t neighbor = 0;
  while (!d.done()) {
    uint64_t gap, count;
    if (!d.Varint(&gap) || !d.Varint(&count) || (gap == 0 && !links->empty())) return false;
    if (gap > UINT32_MAX - neighbor) return false;  // past the last actor number (and no wrap-around)
    neighbor += gap;
    links->emplace_back(static_cast<uint32_t>(neighbor), Unzigzag(count));
  }
  return true;
}

std::shared_ptr<rocksdb::MergeOperator> NewLinkSumOperator() { return std::make_shared<LinkSumOperator>(); }

void LinkDeltas::Add(uint32_t a, uint32_t b, int64_t delta) {
  if (a == b || delta == 0) return;
  deltas_.push_back(Delta{a, b, delta});
  deltas_.push_back(Delta{b, a, delta});
}

void LinkDeltas::ForEachRecord(const std::function<void(const std::string& key, const std::string& value)>& fn) {
  std::sort(deltas_.begin(), deltas_.end(),
            [](const Delta& x, const Delta& y) { return std::tie(x.actor, x.neighbor) < std::tie(y.actor, y.neighbor); });
  LinkList operand;
  std::string value;
  for (size_t i = 0; i < deltas_.size();) {
    const uint32_t actor = deltas_[i].actor;
    operand.clear();
    for (; i < deltas_.size() && deltas_[i].actor == actor; ++i) {
      if (!operand.empty() && operand.back().first == deltas_[i].neighbor) {
        operand.back().second += deltas_[i].delta;
      } else {
        operand.emplace_back(deltas_[i].neighbor, deltas_[i].delta);
      }
    }
    std::erase_if(operand, [](const auto& link) { return link.second == 0; });
    if (operand.empty()) continue;
    EncodeLinkList(operand, &value);
    fn(IntKey(actor), value);
  }
  deltas_.clear();
}

void LinkDeltas::WriteTo(PendingWrites* writes) {
  ForEachRecord([&](const std::string& key, const std::string& value) { writes->Merge(kCfLinks, key, value); });
}

Status BuildLinkSummary(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* out, rocksdb::ColumnFamilyHandle* links,
                        rocksdb::WriteBatch* batch) {
  LinkDeltas all;
  rocksdb::ReadOptions ro;
  ro.fill_cache = false;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, out));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    EdgeInts e;
    uint64_t mentions = 0;
    if (!ParseOutKey(it->key(), &e) || !DecodeEdgeMentions(it->value().ToStringView(), &mentions)) {
      return Status::Corruption("bad edge record while building the link summary");
    }
    all.Add(e.s, e.o, static_cast<int64_t>(mentions));
  }
  if (!it->status().ok()) return FromRocks(it->status(), "cannot read the relations");
  rocksdb::Status put;
  all.ForEachRecord([&](const std::string& key, const std::string& value) {
    if (put.ok()) put = batch->Put(links, key, value);
  });
  return FromRocks(put, "cannot build the link summary");
}

}  // namespace geokg::store
