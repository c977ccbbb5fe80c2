// The --triples line parser against the full JSON parser it must agree with:
// whenever the fast path decodes a line, TripleFromJsonLine gives the same
// triple, and ParseTripleLine never crashes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "graph/triple_json.h"
#include "store/triple_line_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  geokg::Triple parsed;
  geokg::Status status = geokg::store::ParseTripleLine(line, &parsed);
  geokg::Triple fast;
  if (geokg::store::ParseTripleLineFast(line, &fast)) {
    geokg::Triple full;
    if (!geokg::TripleFromJsonLine(line, &full).ok()) std::abort();
    if (geokg::TripleToJsonLine(fast) != geokg::TripleToJsonLine(full)) std::abort();
    if (!status.ok()) std::abort();
  }
  if (status.ok()) {
    // What was read writes back to a line that reads the same.
    std::string again = geokg::TripleToJsonLine(parsed);
    geokg::Triple reread;
    if (!geokg::store::ParseTripleLine(again, &reread).ok()) std::abort();
    if (geokg::TripleToJsonLine(reread) != again) std::abort();
  }
  return 0;
}
