// Rendering DOT to SVG with a Graphviz program in a child process, for the
// explorer: the drawing comes back in memory, and a layout that runs past its
// time limit is killed instead of holding a server thread.
#pragma once

#include <string>

#include "graph/status.h"

namespace geokg::cli::serve {

// Runs `program -Tsvg` (found on PATH) with `dot` on its stdin and returns
// its stdout in `svg`. NotFound when the program is missing (install
// graphviz); IOError when it fails, is killed, or runs longer than
// `timeout_ms` (it is then killed). Thread-safe; SIGPIPE is ignored by the
// process from the first call on.
Status RenderSvg(const std::string& program, const std::string& dot, int timeout_ms, std::string* svg);

}  // namespace geokg::cli::serve
