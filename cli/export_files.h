// Output files of `geokg export` that appear whole or not at all: text
// written to "<path>.partial" and renamed, Graphviz renderings likewise, and
// SIGINT/SIGTERM handling that never leaves a Graphviz child or a partial
// file behind.
#pragma once

#include <string>

#include "graph/status.h"

namespace geokg::cli {

// While it lives, SIGINT and SIGTERM end the export cleanly: a running
// Graphviz child gets the signal and is waited for, the partial file being
// written is removed, and the process then dies of the signal (exit status
// as if it had been killed directly). One at a time, in the main thread.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;
};

// Writes `text` to `path` through "<path>.partial" (replacing `path` only once
// all is written), or to stdout when `path` is empty.
Status WriteFileWhole(const std::string& path, const std::string& text);

// Runs the Graphviz `program` (found on PATH) with `dot` on its stdin,
// rendering `format` (svg, png, pdf) into `output` through
// "<output>.partial", or onto our stdout when `output` is empty. The file
// appears only when Graphviz succeeds. NotFound names the missing program;
// IOError reports a failed run (Graphviz's own messages go to our stderr).
Status RenderWithGraphviz(const std::string& program, const std::string& format, const std::string& dot,
                          const std::string& output);

}  // namespace geokg::cli
