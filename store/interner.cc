#include "store/interner.h"

#include <algorithm>
#include <memory>

#include "store/db_open.h"

namespace geokg::store {

namespace {
Status UnknownId(IdKind kind, uint32_t id) {
  return Status::Corruption("unknown interned id " + std::to_string(id) + " of kind '" +
                            std::string(1, static_cast<char>(kind)) + "'");
}
}  // namespace

int Interner::Slot(IdKind kind) {
  switch (kind) {
    case IdKind::kActor: return 0;
    case IdKind::kPredicate: return 1;
    case IdKind::kDoc: return 2;
    case IdKind::kSource: return 3;
  }
  return 0;
}

Status Interner::LoadNextIds() {
  for (IdKind kind : {IdKind::kActor, IdKind::kPredicate, IdKind::kDoc, IdKind::kSource}) {
    std::string prefix = IdByIntPrefix(kind);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cf_));
    it->SeekForPrev(IdByIntKey(kind, UINT32_MAX));
    uint32_t next = 1;
    if (it->Valid() && it->key().starts_with(prefix)) {
      if (it->key().size() != prefix.size() + 4) return Status::Corruption("bad id key in " + std::string(CfName(kCfIds)));
      next = GetBE32(it->key().data() + prefix.size()) + 1;
    }
    if (!it->status().ok()) return FromRocks(it->status(), "cannot read ids");
    next_[Slot(kind)] = next;
  }
  return Status::OK();
}

Status Interner::Find(IdKind kind, std::string_view name, uint32_t* id, bool* found) {
  int slot = Slot(kind);
  if (!last_found_[slot].empty() && last_found_[slot] == name) {  // an article's source, a predicate said again
    *id = last_found_id_[slot];
    *found = true;
    return Status::OK();
  }
  std::string_view stored;
  if (uint32_t cached = by_name_[slot].Find(name, &stored)) {
    last_found_[slot] = stored;
    last_found_id_[slot] = cached;
    *id = cached;
    *found = true;
    return Status::OK();
  }
  if (has_absent_[slot] && last_absent_[slot] == name) {
    *found = false;
    return Status::OK();
  }
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf_, IdByNameKey(kind, name), &value);
  if (s.IsNotFound()) {
    *found = false;
    last_absent_[slot].assign(name);
    has_absent_[slot] = true;
    return Status::OK();
  }
  if (!s.ok()) return FromRocks(s, "cannot read ids");
  if (value.size() != 4) return Status::Corruption("bad id record for '" + std::string(name) + "'");
  *id = GetBE32(value.data());
  *found = true;
  Cache(slot, name, *id);  // Name(), Prefetch() need not read it again
  return Status::OK();
}

void Interner::Cache(int slot, std::string_view name, uint32_t id) {
  if (by_name_[slot].Find(name) == 0) by_name_[slot].Add(name, id);
  by_int_[slot].emplace(id, std::string(name));
}

Status Interner::Intern(IdKind kind, std::string_view name, PendingWrites* writes, uint32_t* id) {
  bool found = false;
  Status s = Find(kind, name, id, &found);
  if (!s.ok() || found) return s;
  uint32_t& next = next_[Slot(kind)];
  if (next == UINT32_MAX) return Status::IOError("too many distinct ids of one kind");
  *id = next++;
  has_absent_[Slot(kind)] = false;
  std::string value;
  PutBE32(&value, *id);
  writes->Put(kCfIds, IdByNameKey(kind, name), value);
  writes->Put(kCfIds, IdByIntKey(kind, *id), name);
  by_name_[Slot(kind)].Add(name, *id);  // Find() has just not found it
  by_int_[Slot(kind)].emplace(*id, std::string(name));
  return Status::OK();
}

Status Interner::Name(IdKind kind, uint32_t id, std::string* name) {
  auto& cache = by_int_[Slot(kind)];
  if (auto it = cache.find(id); it != cache.end()) {
    *name = it->second;
    return Status::OK();
  }
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf_, IdByIntKey(kind, id), name);
  if (s.IsNotFound()) {
    return UnknownId(kind, id);
  }
  if (!s.ok()) return FromRocks(s, "cannot read ids");
  Cache(Slot(kind), *name, id);
  return Status::OK();
}

Status Interner::Prefetch(IdKind kind, const std::vector<uint32_t>& ids) {
  auto& cache = by_int_[Slot(kind)];
  std::vector<uint32_t> missing;
  for (uint32_t id : ids) {
    if (!cache.count(id)) missing.push_back(id);
  }
  std::sort(missing.begin(), missing.end());
  missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
  if (missing.empty()) return Status::OK();
  std::vector<std::string> keys;
  keys.reserve(missing.size());
  for (uint32_t id : missing) keys.push_back(IdByIntKey(kind, id));
  std::vector<rocksdb::PinnableSlice> values;
  std::vector<bool> found;
  if (Status s = BatchGet(db_, cf_, keys, "cannot read ids", &values, &found); !s.ok()) return s;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (!found[i]) return UnknownId(kind, missing[i]);
    Cache(Slot(kind), values[i].ToStringView(), missing[i]);
  }
  return Status::OK();
}

void Interner::ClearCache() {
  last_found_.fill(std::string_view());
  has_absent_.fill(false);
  for (auto& m : by_name_) m.Clear();
  for (auto& m : by_int_) m.clear();
}

size_t Interner::cached() const {
  size_t n = 0;
  for (const auto& m : by_name_) n += m.size();
  for (const auto& m : by_int_) n += m.size();
  return n;
}

}  // namespace geokg::store
