// Reading articles: plain text, JSON Lines records and HTML pages, from files,
// directories (recursively) and standard input ("-").
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg {

struct ReaderOptions {
  // Field names of JSON Lines records.
  std::string id_field = "id";
  std::string title_field = "title";
  std::string date_field = "date";
  std::string url_field = "url";
  std::string source_field = "source";
  std::string text_field = "text";
  // "auto" (by extension, then by content), "text", "jsonl" or "html".
  std::string format = "auto";
  // Articles larger than this are skipped with a message.
  uint64_t max_article_bytes = 50ull << 20;
};

// Receives one article; a non-OK status stops the read and is returned.
using ArticleSink = std::function<Status(Article&& article)>;
// Told about an input or record that was skipped (binary, too large, broken
// JSON, invalid UTF-8...); `origin` names the file (and line).
using SkipHandler = std::function<void(const std::string& origin, const Status& why)>;

// Streams every article of `inputs` to `sink`, one at a time (memory stays
// bounded by the largest article). Bad records and files are reported to
// `on_skip` and do not stop the run. Returns non-OK when an input does not
// exist or cannot be read at all, or when `sink` fails.
Status ReadArticles(const std::vector<std::string>& inputs, const ReaderOptions& options,
                    const ArticleSink& sink, const SkipHandler& on_skip);

// Total size in bytes of the files `inputs` name (0 for stdin), for progress.
uint64_t InputSize(const std::vector<std::string>& inputs);

}  // namespace geokg
