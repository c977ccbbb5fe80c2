#include "cli/commands.h"
#include <iostream>
namespace geokg::cli {
int RunEval(int, char**) { std::cerr << "not implemented\n"; return 1; }
}  // namespace geokg::cli
