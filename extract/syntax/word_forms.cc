#include "extract/syntax/word_forms.h"

#include "extract/syntax/word_form_table.h"

namespace geokg::syntax {

namespace {

std::string_view FormText(uint32_t form) {
  return std::string_view(table::kText + table::kFormStart[form], table::kFormStart[form + 1] - table::kFormStart[form]);
}

}  // namespace

const char* InflectionName(Inflection inflection) {
  static const char* kNames[] = {"none",       "plural",      "third-person", "present",     "past",
                                 "past-or-participle", "participle", "gerund", "comparative", "superlative"};
  return kNames[static_cast<int>(inflection)];
}

std::string_view FormReading::lemma() const { return FormText(lemma_index); }

std::span<const FormReading> ReadingsOf(std::string_view lower) {
  const uint32_t mask = table::kSlotCount - 1;
  for (uint32_t slot = table::HashForm(lower) & mask;; slot = (slot + 1) & mask) {
    const uint32_t entry = table::kSlots[slot];
    if (entry == 0) return {};
    const uint32_t form = entry - 1;
    if (FormText(form) == lower) {
      return std::span<const FormReading>(table::kReadings + table::kReadingStart[form],
                                          table::kReadingStart[form + 1] - table::kReadingStart[form]);
    }
  }
}

}  // namespace geokg::syntax
