// CAMEO facts shared by every module.
#pragma once

#include <string_view>

namespace geokg {

// Quad class of a CAMEO code by its root, as GDELT defines it:
// 1 verbal cooperation (01-05), 2 material cooperation (06-08),
// 3 verbal conflict (09-13), 4 material conflict (14-20); 0 for an empty or bad code.
int QuadClassOfCameo(std::string_view cameo);

// "verbal cooperation", ... for quad 1..4; "none" otherwise.
std::string_view QuadClassName(int quad);

}  // namespace geokg
