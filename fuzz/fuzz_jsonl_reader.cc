// ReadArticles on arbitrary bytes as jsonl input: no crash, no sanitizer
// report, no failure of the whole read.
#include "fuzz/reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  geokg::fuzz::ReadAs("jsonl", data, size);
  return 0;
}
