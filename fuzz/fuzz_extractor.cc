// The extractor on arbitrary UTF-8 text: no crash, no sanitizer report, and
// every triple's evidence lies within the text and is the text at its offsets.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "graph/names.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<geokg::Extractor> extractor = [] {
    std::unique_ptr<geokg::Extractor> e;
    if (!geokg::Extractor::Create(geokg::ExtractorOptions(), &e).ok()) std::abort();
    return e;
  }();
  geokg::Article article;
  article.id = "fuzz";
  article.text.assign(reinterpret_cast<const char*>(data), size);
  if (!geokg::IsValidUtf8(article.text)) return 0;
  std::vector<geokg::Triple> triples;
  if (!extractor->Extract(article, &triples).ok()) std::abort();
  for (const geokg::Triple& t : triples) {
    const geokg::Evidence& ev = t.evidence;
    if (ev.start > ev.end || ev.end > article.text.size()) std::abort();
    if (article.text.compare(ev.start, ev.end - ev.start, ev.text) != 0) std::abort();
  }
  return 0;
}
