// ReadArticles on arbitrary bytes as text input: no crash, no sanitizer
// report, no failure of the whole read.
#include "fuzz/reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  geokg::fuzz::ReadAs("text", data, size);
  return 0;
}
