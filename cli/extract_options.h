// Options shared by the subcommands that read articles (extract, ingest):
// inputs, --dict, --date, --input-format, the JSON Lines field names, --threads,
// --max-article-mb.
#pragma once

#include <cxxopts.hpp>
#include <string>
#include <vector>

#include "extract/input/article_reader.h"
#include "extract/extractor.h"

namespace geokg::cli {

void AddArticleOptions(cxxopts::Options& options);

struct ArticleOptions {
  std::vector<std::string> inputs;
  ReaderOptions reader;
  ExtractorOptions extractor;
  unsigned threads = 1;
};

// Reads the options back; InvalidArgument names the bad flag.
Status ParseArticleOptions(const cxxopts::ParseResult& result, ArticleOptions* out);

}  // namespace geokg::cli
