#include "cli/commands.h"
#include <iostream>
namespace geokg::cli {
int RunStats(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunDoc(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunRemove(int, char**) { std::cerr << "not implemented\n"; return 1; }
int RunBackup(int, char**) { std::cerr << "not implemented\n"; return 1; }
}  // namespace geokg::cli
