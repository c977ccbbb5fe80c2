#include "store/aggregates.h"

#include <algorithm>

namespace geokg::store {

namespace {
uint64_t Mix(uint64_t x) {  // the splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

uint64_t EdgeFingerprint(const EdgeInts& e) {
  uint64_t a = (uint64_t{e.s} << 32) | e.o;
  uint64_t b = (uint64_t{e.p} << 16) | (uint64_t{e.kind} << 8) | e.pol;
  return Mix(a ^ Mix(b));
}
}  // namespace

void FingerprintSet::Add(uint64_t fingerprint) {
  if (full_) return;
  if (count_ >= max_entries_) {
    full_ = true;
    slots_ = std::vector<uint64_t>();
    return;
  }
  if ((count_ + 1) * 2 > slots_.size()) {
    std::vector<uint64_t> old(std::max<size_t>(1024, slots_.size() * 2), 0);
    old.swap(slots_);
    count_ = 0;
    for (uint64_t f : old) {
      if (f) Insert(f);
    }
  }
  Insert(fingerprint);
}

void FingerprintSet::Insert(uint64_t fingerprint) {
  if (fingerprint == 0) fingerprint = 1;
  size_t mask = slots_.size() - 1;
  for (size_t i = fingerprint & mask;; i = (i + 1) & mask) {
    if (slots_[i] == fingerprint) return;
    if (slots_[i] == 0) {
      slots_[i] = fingerprint;
      ++count_;
      return;
    }
  }
}

bool FingerprintSet::MayContain(uint64_t fingerprint) const {
  if (full_) return true;
  if (slots_.empty()) return false;
  if (fingerprint == 0) fingerprint = 1;
  size_t mask = slots_.size() - 1;
  for (size_t i = fingerprint & mask;; i = (i + 1) & mask) {
    if (slots_[i] == fingerprint) return true;
    if (slots_[i] == 0) return false;
  }
}

Status AggregateCache::Load(int cf, const std::string& key, std::string* value, bool* found) {
  if (!backing_) {
    *found = false;
    return Status::OK();
  }
  return backing_->Get(cf, key, value, found);
}

Status AggregateCache::Actor(uint32_t actor, CacheSlot<ActorAgg>** slot, bool for_update) {
  uint32_t at = actor / actor_stride_;
  CacheSlot<ActorAgg>* found = nullptr;
  if (at < actor_index_.size() && actor_index_[at] && actor_index_[at]->first == actor) {
    found = &actor_index_[at]->second;
  } else if (Status s = LoadActor(actor, &found); !s.ok()) {
    return s;
  }
  *slot = found;
  if (for_update && !found->dirty) {
    found->dirty = true;
    dirty_actors_.emplace_back(actor, found);
  }
  return Status::OK();
}

Status AggregateCache::LoadActor(uint32_t actor, CacheSlot<ActorAgg>** slot) {
  auto it = actors_.find(actor);
  if (it == actors_.end()) {
    CacheSlot<ActorAgg> fresh;
    std::string value;
    Status s = Load(kCfActors, IntKey(actor), &value, &fresh.present);
    if (!s.ok()) return s;
    if (fresh.present && !DecodeActorAgg(value, &fresh.value)) {
      return Status::Corruption("bad actor record " + std::to_string(actor));
    }
    fresh.in_db = fresh.present;
    it = actors_.emplace(actor, std::move(fresh)).first;
  }
  *slot = &it->second;
  if (uint32_t at = actor / actor_stride_; at < kIndexedActors) {
    if (at >= actor_index_.size()) {
      actor_index_.resize(std::min<size_t>(std::max<size_t>(at + 1, actor_index_.size() * 2), kIndexedActors));
    }
    actor_index_[at] = &*it;
  }
  return Status::OK();
}

Status AggregateCache::Edge(const EdgeInts& edge, CacheSlot<EdgeAgg>** slot, bool for_update) {
  // One lookup whether cached or not (most edges of a large ingest are new).
  auto [it, added] = edges_.try_emplace(edge);
  if (added) {
    CacheSlot<EdgeAgg>& fresh = it->second;
    std::string value;
    Status s;
    if (!NamesNewId(edge) || written_new_edges_.MayContain(EdgeFingerprint(edge))) {
      s = Load(kCfOut, OutKey(edge), &value, &fresh.present);
    }
    if (s.ok() && fresh.present && !DecodeEdgeAgg(value, &fresh.value)) s = Status::Corruption("bad edge record");
    if (!s.ok()) {
      edges_.erase(it);
      return s;
    }
    fresh.in_db = fresh.present;
    fresh.stored_mentions = fresh.value.mentions;
  }
  *slot = &it->second;
  if (for_update && !it->second.dirty) {
    it->second.dirty = true;
    dirty_edges_.emplace_back(edge, &it->second);
  }
  return Status::OK();
}

void AggregateCache::WriteDirty(PendingWrites* writes, LinkDeltas* links) {
  std::string value;
  for (auto& [id, slot_ptr] : dirty_actors_) {
    auto& slot = *slot_ptr;
    if (slot.present) EncodeActorAgg(slot.value, &value);
    if (slot.present) writes->Put(kCfActors, IntKey(id), value);
    else if (slot.in_db) writes->Delete(kCfActors, IntKey(id));
    slot.in_db = slot.present;
    slot.dirty = false;
  }
  for (auto& [e, slot_ptr] : dirty_edges_) {
    auto& slot = *slot_ptr;
    const uint64_t mentions = slot.present ? slot.value.mentions : 0;
    links->Add(e.s, e.o, static_cast<int64_t>(mentions) - static_cast<int64_t>(slot.stored_mentions));
    slot.stored_mentions = mentions;
    if (slot.present) {
      if (NamesNewId(e)) written_new_edges_.Add(EdgeFingerprint(e));
      EncodeEdgeAgg(slot.value, &value);
      writes->Put(kCfOut, OutKey(e), value);
      if (!slot.in_db) writes->Put(kCfIn, InKey(e), {});
    } else if (slot.in_db) {
      writes->Delete(kCfOut, OutKey(e));
      writes->Delete(kCfIn, InKey(e));
    }
    slot.in_db = slot.present;
    slot.dirty = false;
  }
  for (const auto& [key, present] : alias_ops_) {
    if (present) writes->Put(kCfAlias, key, {});
    else writes->Delete(kCfAlias, key);
  }
  alias_ops_.clear();
  dirty_actors_.clear();
  dirty_edges_.clear();
}

void AggregateCache::WriteDirty(PendingWrites* writes) {
  LinkDeltas links;
  WriteDirty(writes, &links);
  links.WriteTo(writes);
}

void AggregateCache::DropCleanEdges() {
  for (auto it = edges_.begin(); it != edges_.end();) {
    it = it->second.dirty ? std::next(it) : edges_.erase(it);
  }
}

void AggregateCache::Clear() {
  actor_index_.clear();
  actors_.clear();
  edges_.clear();
  alias_ops_.clear();
  dirty_actors_.clear();
  dirty_edges_.clear();
}

AggregateShards::AggregateShards(AggregateBacking* backing, size_t count) {
  for (size_t i = 0; i < std::max<size_t>(count, 1); ++i) {
    shards_.push_back(std::make_unique<AggregateCache>(backing, static_cast<uint32_t>(std::max<size_t>(count, 1))));
    raw_.push_back(shards_.back().get());
  }
}

void AggregateShards::SetFirstNewIds(uint32_t first_new_actor, uint32_t first_new_predicate) {
  for (auto& shard : shards_) shard->SetFirstNewIds(first_new_actor, first_new_predicate);
}

void AggregateShards::WriteDirty(PendingWrites* writes) {
  LinkDeltas links;
  for (auto& shard : shards_) shard->WriteDirty(writes, &links);
  links.WriteTo(writes);
}

void AggregateShards::Clear() {
  for (auto& shard : shards_) shard->Clear();
}

void AggregateShards::DropCleanEdges() {
  for (auto& shard : shards_) shard->DropCleanEdges();
}

void AggregateShards::ReserveEdges(size_t edges) {
  for (auto& shard : shards_) shard->ReserveEdges(edges / shards_.size() + 1);
}

size_t AggregateShards::size() const {
  size_t n = 0;
  for (const auto& shard : shards_) n += shard->size();
  return n;
}

size_t AggregateShards::edges_cached() const {
  size_t n = 0;
  for (const auto& shard : shards_) n += shard->edges_cached();
  return n;
}

}  // namespace geokg::store
