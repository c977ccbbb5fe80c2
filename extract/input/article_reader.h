// Reading articles: plain text, JSON Lines records and HTML pages, from files,
// directories (recursively) and standard input ("-").
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/input/html_guard.h"
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
  // The id of the article read from standard input ("-"); for JSON Lines on
  // stdin, the stem of its records' default ids. Empty: see ReadArticles.
  std::string stdin_id;
  // "auto" (by extension, then by content), "text", "jsonl" or "html".
  std::string format = "auto";
  // Articles (and JSON Lines records) larger than this are skipped with a
  // message. Extraction holds about 40 bytes per byte of an article, so this
  // bounds the memory of one article (~320 MB at the default).
  uint64_t max_article_bytes = 8ull << 20;
  // HTML pages beyond these limits are skipped with a message.
  HtmlLimits html_limits;
};

// Receives one article; a non-OK status stops the read and is returned.
using ArticleSink = std::function<Status(Article&& article)>;
// Told about an input or record that was skipped (binary, too large, broken
// JSON, invalid UTF-8...); `origin` names the file (and line). The message of
// `why` does not repeat the origin: print it as "<origin>: <why.message()>",
// e.g. "feed.jsonl:3: invalid JSON (...)".
using SkipHandler = std::function<void(const std::string& origin, const Status& why)>;

// Streams every article of `inputs` to `sink`, one at a time (memory stays
// bounded by the largest article). Bad records and files are reported to
// `on_skip` and do not stop the run. Returns non-OK when an input does not
// exist or cannot be read at all, or when `sink` fails.
//
// Directories are read recursively, entries in byte order of their names;
// hidden entries (".name") and symbolic links to directories are left out.
// "-" is standard input (origin and Article.file "<stdin>"). Formats (with
// "auto") follow the extension (.txt .text .md, .jsonl .ndjson .json, .html
// .htm .xhtml), else the content.
//
// Article ids: an HTML page's canonical URL; else, for a file, its path
// relative to the folder named in `inputs` without its extension ("a/story"
// for a/story.txt under the folder; the stem for a file named directly); for
// stdin, options.stdin_id, else "hash-" and 16 hex digits of the text's
// FNV-1a hash. A JSON Lines record's id is its id field, else its URL field,
// else "<the file's id>-<line>" (on stdin without stdin_id, the hash id of
// the record's text); its origin is "<path>:<line>". options.stdin_id comes
// before any URL for stdin. Article.file is the absolute path of the file.
//
// Article.date comes from the record or page, else from a dateline in the
// text (FindArticleDate); a record date that states no date is dropped. For
// HTML, Article.text is the extracted text (html_text.h); for plain text it
// is the file's bytes, a leading byte order mark replaced by three spaces (so
// that offsets into the text are offsets into the file).
Status ReadArticles(const std::vector<std::string>& inputs, const ReaderOptions& options,
                    const ArticleSink& sink, const SkipHandler& on_skip);

// Total size in bytes of the files `inputs` name (0 for stdin), for progress.
uint64_t InputSize(const std::vector<std::string>& inputs);

}  // namespace geokg
