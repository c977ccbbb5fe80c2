#include "store/aggregates.h"


namespace geokg::store {

Status AggregateCache::Load(int cf, const std::string& key, std::string* value, bool* found) {
  if (!backing_) {
    *found = false;
    return Status::OK();
  }
  return backing_->Get(cf, key, value, found);
}

Status AggregateCache::Actor(uint32_t actor, CacheSlot<ActorAgg>** slot, bool for_update) {
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
  if (for_update && !it->second.dirty) {
    it->second.dirty = true;
    dirty_actors_.emplace_back(actor, &it->second);
  }
  return Status::OK();
}

Status AggregateCache::Edge(const EdgeInts& edge, CacheSlot<EdgeAgg>** slot, bool for_update) {
  auto it = edges_.find(edge);
  if (it == edges_.end()) {
    CacheSlot<EdgeAgg> fresh;
    std::string value;
    Status s = Load(kCfOut, OutKey(edge), &value, &fresh.present);
    if (!s.ok()) return s;
    if (fresh.present && !DecodeEdgeAgg(value, &fresh.value)) return Status::Corruption("bad edge record");
    fresh.in_db = fresh.present;
    it = edges_.emplace(edge, std::move(fresh)).first;
  }
  *slot = &it->second;
  if (for_update && !it->second.dirty) {
    it->second.dirty = true;
    dirty_edges_.emplace_back(edge, &it->second);
  }
  return Status::OK();
}

void AggregateCache::WriteDirty(PendingWrites* writes) {
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
    if (slot.present) {
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

void AggregateCache::DropCleanEdges() {
  for (auto it = edges_.begin(); it != edges_.end();) {
    it = it->second.dirty ? std::next(it) : edges_.erase(it);
  }
}

void AggregateCache::Clear() {
  actors_.clear();
  edges_.clear();
  alias_ops_.clear();
  dirty_actors_.clear();
  dirty_edges_.clear();
}

}  // namespace geokg::store
