// Placeholder until the extraction engine lands.
#include "extract/article_reader.h"
#include "extract/extractor.h"

namespace geokg {

Status Extractor::Create(const ExtractorOptions&, std::unique_ptr<Extractor>*) {
  return Status::Unsupported("extractor not implemented yet");
}

Status ReadArticles(const std::vector<std::string>&, const ReaderOptions&, const ArticleSink&, const SkipHandler&) {
  return Status::Unsupported("reader not implemented yet");
}

uint64_t InputSize(const std::vector<std::string>&) { return 0; }

}  // namespace geokg
