// JSON pieces shared by the explorer's handlers.
#pragma once

#include <string>

#include "cli/output.h"
#include "graph/model.h"

namespace geokg::cli::serve {

inline constexpr const char* kJsonType = "application/json; charset=utf-8";

// Compact JSON; invalid UTF-8 from the database becomes U+FFFD.
std::string DumpJson(const Json& value);

// {id, name, type, country, mentions, articles, first_seen, last_seen}.
Json ActorBriefJson(const ActorRecord& actor);

}  // namespace geokg::cli::serve
