// TEMPORARY stand-in for the WordNet word-form lexicon (branch syntax-lex).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace geokg::syntax {

enum OpenClassBits : uint8_t { kNounBit = 1, kVerbBit = 2, kAdjectiveBit = 4, kAdverbBit = 8 };
enum class Inflection : uint8_t {
  kNone, kPlural, kThirdPerson, kPast, kPastOrParticiple, kParticiple, kGerund, kComparative, kSuperlative
};
struct FormReading {
  uint8_t open_class;
  Inflection inflection;
  std::string_view lemma;
  uint16_t frequency;
};

std::span<const FormReading> ReadingsOf(std::string_view lower);

}  // namespace geokg::syntax
