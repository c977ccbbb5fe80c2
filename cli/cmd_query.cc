#include "cli/commands.h"
#include <iostream>
namespace geokg::cli {
int RunActors(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunActor(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunRelations(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunPath(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunNeighbors(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunTop(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunTimeline(int, char**) { std::cerr << "not implemented\n"; return 1; }
}  // namespace geokg::cli
