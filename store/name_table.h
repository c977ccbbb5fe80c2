// NameTable: strings to nonzero uint32 ints in one open-addressing table,
// for the interner's cache. A lookup reads one slot (the string's hash, its
// length, its int and where its bytes are) and then the bytes; a
// std::unordered_map walks a bucket, the node before and the node first,
// each a cache miss once the map outgrows the caches (1M triples: 3M lookups).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace geokg::store {

class NameTable {
 public:
  // The int of `name`; 0 when it has none. With `stored`, a found name's
  // copy in the table, valid until Clear().
  uint32_t Find(std::string_view name, std::string_view* stored = nullptr) const;
  // Adds `name` with int `id` (nonzero); `name` must not be in the table.
  // The table keeps its own copy of the bytes.
  void Add(std::string_view name, uint32_t id);
  size_t size() const { return count_; }
  void Clear();

 private:
  struct Slot {
    uint64_t hash = 0;
    const char* data = nullptr;  // in blocks_, which never move
    uint32_t size = 0;
    uint32_t id = 0;  // 0: an empty slot
  };
  static uint64_t Hash(std::string_view name);
  const char* Copy(std::string_view name);
  void Grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  size_t count_ = 0;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // the unused end of the last block
  size_t left_ = 0;
};

}  // namespace geokg::store
