#include "store/name_table.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace geokg::store {

namespace {
constexpr size_t kBlockBytes = 64 * 1024;
constexpr size_t kFirstSlots = 1024;
}  // namespace

uint64_t NameTable::Hash(std::string_view name) { return std::hash<std::string_view>()(name); }

uint32_t NameTable::Find(std::string_view name, std::string_view* stored) const {
  if (slots_.empty()) return 0;
  uint64_t hash = Hash(name);
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == 0) return 0;
    if (slot.hash == hash && slot.size == name.size() && std::memcmp(slot.data, name.data(), name.size()) == 0) {
      if (stored) *stored = std::string_view(slot.data, slot.size);
      return slot.id;
    }
  }
}

void NameTable::Add(std::string_view name, uint32_t id) {
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  uint64_t hash = Hash(name);
  size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].id != 0) i = (i + 1) & mask;
  slots_[i] = Slot{hash, Copy(name), static_cast<uint32_t>(name.size()), id};
  ++count_;
}

const char* NameTable::Copy(std::string_view name) {
  if (name.size() > left_) {
    size_t bytes = std::max(kBlockBytes, name.size());
    blocks_.push_back(std::make_unique<char[]>(bytes));
    free_ = blocks_.back().get();
    left_ = bytes;
  }
  char* out = free_;
  if (!name.empty()) std::memcpy(out, name.data(), name.size());
  free_ += name.size();
  left_ -= name.size();
  return out;
}

void NameTable::Grow() {
  std::vector<Slot> old(std::max(kFirstSlots, slots_.size() * 2));
  old.swap(slots_);
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == 0) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].id != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void NameTable::Clear() {
  slots_ = std::vector<Slot>();
  count_ = 0;
  blocks_.clear();
  free_ = nullptr;
  left_ = 0;
}

}  // namespace geokg::store
