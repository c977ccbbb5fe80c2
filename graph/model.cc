#include "graph/model.h"

namespace geokg {
namespace {

constexpr std::string_view kActorTypeNames[] = {"country",      "government", "person", "organization",
                                                "armed_group", "party",      "other", "sector"};
constexpr std::string_view kKindNames[] = {"event", "affiliation"};
constexpr std::string_view kPolarityNames[] = {"positive", "negative"};
constexpr std::string_view kModalityNames[] = {"asserted", "future", "intended", "requested",
                                               "hypothetical"};

template <typename Enum, size_t N>
std::optional<Enum> ParseName(const std::string_view (&names)[N], std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(ActorType type) { return kActorTypeNames[static_cast<int>(type)]; }
std::string_view ToString(RelationKind kind) { return kKindNames[static_cast<int>(kind)]; }
std::string_view ToString(Polarity polarity) { return kPolarityNames[static_cast<int>(polarity)]; }
std::string_view ToString(Modality modality) { return kModalityNames[static_cast<int>(modality)]; }

std::optional<ActorType> ParseActorType(std::string_view name) {
  return ParseName<ActorType>(kActorTypeNames, name);
}
std::optional<RelationKind> ParseRelationKind(std::string_view name) {
  return ParseName<RelationKind>(kKindNames, name);
}
std::optional<Polarity> ParsePolarity(std::string_view name) {
  return ParseName<Polarity>(kPolarityNames, name);
}
std::optional<Modality> ParseModality(std::string_view name) {
  return ParseName<Modality>(kModalityNames, name);
}

}  // namespace geokg
