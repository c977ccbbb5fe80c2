#include "store/pending_writes.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace geokg::store {

namespace {
// The 8 bytes of `key` from `at` as a big-endian number, zeros past its end.
uint64_t BigEndianAt(std::string_view key, size_t at) {
  if (key.size() >= at + 8) {  // most keys: one load
    uint64_t raw;
    std::memcpy(&raw, key.data() + at, 8);
    return std::endian::native == std::endian::little ? __builtin_bswap64(raw) : raw;
  }
  uint64_t v = 0;
  for (size_t i = at; i < at + 8; ++i) v = (v << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return v;
}

bool SameKeyPrefix(const auto& a, const auto& b) { return a.prefix == b.prefix && a.prefix2 == b.prefix2; }

// How many entries ahead ForEachLatest prefetches.
constexpr size_t kPrefetchAhead = 8;
}  // namespace

void PendingWrites::Add(int cf, std::string_view key, std::string_view value, WriteKind kind) {
  std::string& arena = arena_[cf];
  entries_[cf].push_back(Entry{BigEndianAt(key, 0), BigEndianAt(key, 8), arena.size(),
                               static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value.size()), kind});
  arena.append(key);
  arena.append(value);
}

size_t PendingWrites::count() const {
  size_t n = 0;
  for (const auto& entries : entries_) n += entries.size();
  return n;
}

size_t PendingWrites::bytes() const {
  size_t n = 0;
  for (const auto& arena : arena_) n += arena.size();
  return n;
}

void PendingWrites::Sort(int cf) {
  const std::string& arena = arena_[cf];
  auto key_of = [&](const Entry& e) { return std::string_view(arena.data() + e.key_off, e.key_len); };
  std::stable_sort(entries_[cf].begin(), entries_[cf].end(), [&](const Entry& a, const Entry& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    if (a.prefix2 != b.prefix2) return a.prefix2 < b.prefix2;
    return key_of(a) < key_of(b);
  });
}

rocksdb::Status PendingWrites::ForEachLatest(int cf, const WriteFn& fn) {
  Sort(cf);
  const std::string& arena = arena_[cf];
  const auto& entries = entries_[cf];
  rocksdb::Status s;
  for (size_t i = 0; i < entries.size() && s.ok(); ++i) {
    // Sorted, the entries point all over the arena: ask for a later one's
    // bytes early (its key, and a value's first line), or each costs a miss.
    if (i + kPrefetchAhead < entries.size()) {
      const char* ahead = arena.data() + entries[i + kPrefetchAhead].key_off;
      __builtin_prefetch(ahead);
      __builtin_prefetch(ahead + 64);
    }
    const Entry& e = entries[i];
    rocksdb::Slice key(arena.data() + e.key_off, e.key_len);
    if (i + 1 < entries.size() && SameKeyPrefix(entries[i + 1], e) &&
        key == rocksdb::Slice(arena.data() + entries[i + 1].key_off, entries[i + 1].key_len)) {
      continue;  // a later write to the same key replaces this one
    }
    s = fn(key, rocksdb::Slice(arena.data() + e.key_off + e.key_len, e.value_len), e.kind);
  }
  return s;
}

rocksdb::Status PendingWrites::Build(const std::vector<rocksdb::ColumnFamilyHandle*>& cfs,
                                     rocksdb::WriteBatch* batch) {
  rocksdb::Status s;
  for (int cf = 0; cf < kCfCount && s.ok(); ++cf) {
    Sort(cf);
    const std::string& arena = arena_[cf];
    for (const Entry& e : entries_[cf]) {
      rocksdb::Slice key(arena.data() + e.key_off, e.key_len);
      const rocksdb::Slice value(arena.data() + e.key_off + e.key_len, e.value_len);
      switch (e.kind) {
        case WriteKind::kPut: s = batch->Put(cfs[cf], key, value); break;
        case WriteKind::kDelete: s = batch->Delete(cfs[cf], key); break;
        case WriteKind::kMerge: s = batch->Merge(cfs[cf], key, value); break;
      }
      if (!s.ok()) break;
    }
  }
  return s;
}

void PendingWrites::Clear() {
  for (auto& arena : arena_) arena.clear();
  for (auto& entries : entries_) entries.clear();
}

}  // namespace geokg::store
