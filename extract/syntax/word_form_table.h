// Internal to word_forms.cc and its generator: the layout of the generated
// open-class table and the hash both sides agree on. Not a public interface.
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/syntax/word_forms.h"

namespace geokg::syntax::table {

// FNV-1a, 32 bits: computed by the generator to place each form and by the
// lookup to find it, so both must use this one definition.
constexpr uint32_t HashForm(std::string_view form) {
  uint32_t hash = 2166136261u;
  for (char c : form) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

// Form i is kText[kFormStart[i] .. kFormStart[i + 1]) and has the readings
// kReadings[kReadingStart[i] .. kReadingStart[i + 1]). kSlots is an
// open-addressing table of kSlotCount (a power of two) entries, linear
// probing from HashForm(form) & (kSlotCount - 1); an entry is a form index
// plus one, 0 when empty. At most half of the slots are used.
extern const char kText[];
extern const uint32_t kFormCount;
extern const uint32_t kFormStart[];
extern const uint32_t kReadingStart[];
extern const FormReading kReadings[];
extern const uint32_t kSlotCount;
extern const uint32_t kSlots[];

}  // namespace geokg::syntax::table
