#include "store/merge.h"

#include <algorithm>

#include "graph/names.h"

namespace geokg::store {

const std::string& NameNormalizer::Normalize(const std::string& name) {
  auto it = memo_.find(name);
  if (it != memo_.end()) return it->second;
  if (memo_.size() > (1u << 20)) memo_.clear();
  return memo_.emplace(name, NormalizeName(name)).first->second;
}

const std::string& MinDate(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return b < a ? b : a;
}

const std::string& MaxDate(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return b > a ? b : a;
}

std::vector<std::string> ActorAliases(const std::string& actor_id, const ActorAgg& agg, NameNormalizer* normalizer) {
  std::vector<std::string> out;
  out.reserve(1 + agg.names.size() + agg.surfaces.size());
  out.push_back(normalizer->Normalize(actor_id));
  for (const auto& v : agg.names) out.push_back(normalizer->Normalize(v.value));
  for (const auto& v : agg.surfaces) out.push_back(normalizer->Normalize(v.value));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (!out.empty() && out.front().empty()) out.erase(out.begin());
  return out;
}

namespace {

Status Underflow(const char* what) {
  return Status::Corruption(std::string("retracting more than was added to ") + what +
                            " (the database is inconsistent)");
}

// The slots an article has touched: a linear search while few, then a hash index.
template <typename Key, typename Slot, typename Hash>
class Touched {
 public:
  Slot* Find(const Key& key) {
    if (index_.empty()) {
      for (const auto& [k, slot] : items_) {
        if (k == key) return slot;
      }
      return nullptr;
    }
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : it->second;
  }
  void Add(const Key& key, Slot* slot) {
    items_.emplace_back(key, slot);
    if (!index_.empty()) {
      index_.emplace(key, slot);
    } else if (items_.size() > 16) {
      for (const auto& [k, s] : items_) index_.emplace(k, s);
    }
  }

 private:
  std::vector<std::pair<Key, Slot*>> items_;
  std::unordered_map<Key, Slot*, Hash> index_;
};

// Applies one article to the cache, a triple at a time. The first time an
// article names an edge or actor counts it in its articles.
class Applier {
 public:
  // `caches`: `count` shards; only the records of shard `only` (kAllShards: all).
  Applier(int sign, AggregateCache* const* caches, size_t count, size_t only, NameNormalizer* normalizer,
          DateRecompute* recompute)
      : sign_(sign), caches_(caches), count_(count), only_(only), normalizer_(normalizer), recompute_(recompute) {}

  Status Apply(const MergeTriple& t) {
    const EdgeInts& e = t.contrib.edge;
    Status s;
    if (AggregateCache* cache = Shard(EdgeShard(e, count_))) s = ApplyEdge(t, cache);
    // A self-loop names its actor once: its object end counts no mention and
    // goes first, so that the actor is complete when its mention count is checked.
    if (AggregateCache* cache = Shard(ActorShard(e.o, count_)); cache && s.ok()) {
      s = ApplyActor(e.o, t.object_id, t.contrib.object, t.evidence.date, e.o != e.s, cache);
    }
    if (AggregateCache* cache = Shard(ActorShard(e.s, count_)); cache && s.ok()) {
      s = ApplyActor(e.s, t.subject_id, t.contrib.subject, t.evidence.date, true, cache);
    }
    return s;
  }

 private:
  // The cache of shard `i`, or null when this applier leaves it out.
  AggregateCache* Shard(size_t i) const { return only_ == kAllShards || only_ == i ? caches_[i] : nullptr; }

  Status ApplyEdge(const MergeTriple& t, AggregateCache* cache) {
    const EdgeInts& e = t.contrib.edge;
    CacheSlot<EdgeAgg>* slot = edges_.Find(e);
    bool first = slot == nullptr;
    if (first) {
      if (Status s = cache->Edge(e, &slot, /*for_update=*/true); !s.ok()) return s;
      edges_.Add(e, slot);
    }
    EdgeAgg& agg = slot->value;
    const EvidenceValue& ev = t.evidence;
    CameoVariant cameo{ev.cameo, ev.quad, ev.goldstein, 0};
    if (sign_ > 0) {
      if (!slot->present) {
        agg = EdgeAgg();
        slot->present = true;
      }
      ++agg.mentions;
      if (first) ++agg.articles;
      ++agg.modality[ev.modality];
      agg.first_date = MinDate(agg.first_date, ev.date);
      agg.last_date = MaxDate(agg.last_date, ev.date);
      AddCameoVariant(&agg.cameos, cameo, 1);
      if (ev.source) AddSourceCount(&agg.sources, ev.source, 1);
      return Status::OK();
    }
    if (!slot->present || agg.mentions == 0 || (first && agg.articles == 0) || agg.modality[ev.modality] == 0 ||
        !AddCameoVariant(&agg.cameos, cameo, -1) || (ev.source && !AddSourceCount(&agg.sources, ev.source, -1))) {
      return Underflow("an edge");
    }
    --agg.mentions;
    if (first) --agg.articles;
    --agg.modality[ev.modality];
    if (!ev.date.empty() && (ev.date == agg.first_date || ev.date == agg.last_date)) recompute_->edges.insert(e);
    if (agg.mentions == 0) {
      if (agg.articles != 0 || !agg.sources.empty() || !agg.cameos.empty()) return Underflow("an edge");
      slot->present = false;
      agg = EdgeAgg();
      recompute_->edges.erase(e);
    }
    return Status::OK();
  }

  // One end of a triple naming `actor`; `mention` false for the second end of
  // a self-loop (a triple names its actor once).
  Status ApplyActor(uint32_t actor, const std::string& id, const ActorMention& m, const std::string& date,
                    bool mention, AggregateCache* cache) {
    CacheSlot<ActorAgg>* slot = actors_.Find(actor);
    bool first = slot == nullptr;
    if (first) {
      if (Status s = cache->Actor(actor, &slot, /*for_update=*/true); !s.ok()) return s;
      actors_.Add(actor, slot);
    }
    ActorAgg& agg = slot->value;
    std::string_view type = ToString(static_cast<ActorType>(m.type));
    if (sign_ > 0) {
      if (!slot->present) {
        agg = ActorAgg();
        slot->present = true;
        SetAlias(cache, id, actor, true);
      }
      if (mention) ++agg.mentions;
      if (first) ++agg.articles;
      agg.first_seen = MinDate(agg.first_seen, date);
      agg.last_seen = MaxDate(agg.last_seen, date);
      AddName(cache, &agg.names, m.name, actor);
      AddVariant(&agg.types, type, 1);
      if (!m.country.empty()) AddVariant(&agg.countries, m.country, 1);
      AddName(cache, &agg.surfaces, m.surface, actor);
      return Status::OK();
    }
    if (!slot->present || (mention && agg.mentions == 0) || (first && agg.articles == 0) ||
        !AddVariant(&agg.types, type, -1) || (!m.country.empty() && !AddVariant(&agg.countries, m.country, -1))) {
      return Underflow("an actor");
    }
    if (!RemoveName(cache, &agg.names, m.name, actor, id, agg) ||
        !RemoveName(cache, &agg.surfaces, m.surface, actor, id, agg)) {
      return Underflow("an actor's names");
    }
    if (mention) --agg.mentions;
    if (first) --agg.articles;
    if (!date.empty() && (date == agg.first_seen || date == agg.last_seen)) recompute_->actors.insert(actor);
    if (mention && agg.mentions == 0) {
      if (agg.articles != 0 || !agg.names.empty() || !agg.types.empty() || !agg.surfaces.empty()) {
        return Underflow("an actor");
      }
      slot->present = false;
      agg = ActorAgg();
      SetAlias(cache, id, actor, false);
      recompute_->actors.erase(actor);
    }
    return Status::OK();
  }

  void SetAlias(AggregateCache* cache, const std::string& name, uint32_t actor, bool present) {
    const std::string& normalized = normalizer_->Normalize(name);
    if (!normalized.empty()) cache->SetAlias(AliasKey(normalized, actor), present);
  }

  // A name or surface form: a value seen for the first time joins the alias index.
  void AddName(AggregateCache* cache, std::vector<Variant>* names, const std::string& name, uint32_t actor) {
    if (name.empty()) return;
    size_t before = names->size();
    AddVariant(names, name, 1);
    if (names->size() != before) SetAlias(cache, name, actor, true);
  }

  // A value no longer given leaves the index unless the id or another value normalises alike.
  bool RemoveName(AggregateCache* cache, std::vector<Variant>* names, const std::string& name, uint32_t actor,
                  const std::string& id, const ActorAgg& agg) {
    if (name.empty()) return true;
    size_t before = names->size();
    if (!AddVariant(names, name, -1)) return false;
    if (names->size() == before) return true;
    const std::string& gone = normalizer_->Normalize(name);
    if (gone.empty() || normalizer_->Normalize(id) == gone) return true;
    for (const auto* list : {&agg.names, &agg.surfaces}) {
      for (const auto& v : *list) {
        if (normalizer_->Normalize(v.value) == gone) return true;
      }
    }
    cache->SetAlias(AliasKey(gone, actor), false);
    return true;
  }

  int sign_;
  AggregateCache* const* caches_;
  size_t count_, only_;
  NameNormalizer* normalizer_;
  DateRecompute* recompute_;
  Touched<EdgeInts, CacheSlot<EdgeAgg>, EdgeIntsHash> edges_;
  Touched<uint32_t, CacheSlot<ActorAgg>, std::hash<uint32_t>> actors_;
};

}  // namespace

Status ApplyContribution(const std::vector<MergeTriple>& triples, int sign, AggregateCache* cache,
                         NameNormalizer* normalizer, DateRecompute* recompute) {
  Applier applier(sign, &cache, 1, kAllShards, normalizer, recompute);
  for (const MergeTriple& t : triples) {
    if (Status s = applier.Apply(t); !s.ok()) return s;
  }
  return Status::OK();
}

Status ApplyContribution(std::span<const MergeTriple> triples, int sign, const AggregateShards& shards,
                         size_t only_shard, NameNormalizer* normalizer, DateRecompute* recompute) {
  Applier applier(sign, shards.caches(), shards.count(), only_shard, normalizer, recompute);
  for (const MergeTriple& t : triples) {
    if (Status s = applier.Apply(t); !s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace geokg::store
