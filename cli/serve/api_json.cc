#include "cli/serve/api_json.h"

namespace geokg::cli::serve {

std::string DumpJson(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json ActorBriefJson(const ActorRecord& actor) {
  Json j = Json::object();
  j["id"] = actor.id;
  j["name"] = actor.name;
  j["type"] = std::string(ToString(actor.type));
  j["country"] = actor.country;
  j["mentions"] = actor.mentions;
  j["articles"] = actor.articles;
  j["first_seen"] = actor.first_seen;
  j["last_seen"] = actor.last_seen;
  return j;
}

}  // namespace geokg::cli::serve
