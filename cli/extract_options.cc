#include "cli/extract_options.h"

#include "cli/common.h"

#include <algorithm>
#include <charconv>
#include <thread>

namespace geokg::cli {

namespace {

// More extraction threads than this only cost memory (each holds an article
// being extracted) and risk the process's thread limit.
constexpr int kMaxThreads = 256;

}  // namespace

void AddArticleOptions(cxxopts::Options& options) {
  options.add_options("Articles")
      ("inputs", "files, folders (read recursively) or - for stdin", cxxopts::value<std::vector<std::string>>())
      ("dict", "extra dictionary file or folder of *.tsv (repeatable)", cxxopts::value<std::vector<std::string>>())
      ("date", "date for articles that state none (YYYY-MM-DD)", cxxopts::value<std::string>())
      ("input-format", "auto, text, jsonl or html", cxxopts::value<std::string>()->default_value("auto"))
      ("id", "id of the article read from stdin (-); default: its URL, else a hash of its text",
       cxxopts::value<std::string>())
      ("id-field", "JSON Lines field of the article id", cxxopts::value<std::string>()->default_value("id"))
      ("title-field", "JSON Lines field of the title", cxxopts::value<std::string>()->default_value("title"))
      ("date-field", "JSON Lines field of the date", cxxopts::value<std::string>()->default_value("date"))
      ("url-field", "JSON Lines field of the url", cxxopts::value<std::string>()->default_value("url"))
      ("source-field", "JSON Lines field of the source", cxxopts::value<std::string>()->default_value("source"))
      ("text-field", "JSON Lines field of the text", cxxopts::value<std::string>()->default_value("text"))
      ("threads", "extraction threads, 1 to 256 (default: all cores)", cxxopts::value<std::string>())
      ("max-article-mb", "skip articles larger than this many MiB (1 to 1024; extraction needs ~40 bytes a byte)",
       cxxopts::value<uint64_t>()->default_value("8"));
  options.parse_positional({"inputs"});
  options.positional_help("INPUT...");
}

Status ParseArticleOptions(const cxxopts::ParseResult& result, ArticleOptions* out) {
  *out = ArticleOptions();
  try {
    if (result.count("inputs")) out->inputs = result["inputs"].as<std::vector<std::string>>();
    if (result.count("dict")) out->extractor.dictionary_paths = result["dict"].as<std::vector<std::string>>();
    if (result.count("date")) {
      out->extractor.default_date = result["date"].as<std::string>();
      const std::string& d = out->extractor.default_date;
      if (!IsCalendarDate(d, /*allow_partial=*/false)) {
        return Status::InvalidArgument("--date takes a date YYYY-MM-DD, not '" + d + "'");
      }
    }
    out->reader.format = result["input-format"].as<std::string>();
    static const char* kFormats[] = {"auto", "text", "jsonl", "html"};
    if (std::find(std::begin(kFormats), std::end(kFormats), out->reader.format) == std::end(kFormats)) {
      return Status::InvalidArgument("--input-format takes auto, text, jsonl or html");
    }
    if (result.count("id")) {
      out->reader.stdin_id = result["id"].as<std::string>();
      if (out->reader.stdin_id.empty()) return Status::InvalidArgument("--id needs a non-empty id");
      if (std::find(out->inputs.begin(), out->inputs.end(), "-") == out->inputs.end()) {
        return Status::InvalidArgument("--id names the article read from stdin: give - as an input");
      }
    }
    const uint64_t max_mb = result["max-article-mb"].as<uint64_t>();
    if (max_mb < 1 || max_mb > 1024) {
      return Status::InvalidArgument("--max-article-mb takes 1 to 1024, not " + std::to_string(max_mb));
    }
    out->reader.max_article_bytes = max_mb << 20;
    out->reader.id_field = result["id-field"].as<std::string>();
    out->reader.title_field = result["title-field"].as<std::string>();
    out->reader.date_field = result["date-field"].as<std::string>();
    out->reader.url_field = result["url-field"].as<std::string>();
    out->reader.source_field = result["source-field"].as<std::string>();
    out->reader.text_field = result["text-field"].as<std::string>();
    if (result.count("threads")) {
      // Parsed here rather than by cxxopts: its integer parser trips a false
      // GCC 12 -Wrestrict warning in this file.
      const std::string text = result["threads"].as<std::string>();
      int threads = 0;
      auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), threads);
      if (error != std::errc() || end != text.data() + text.size() || threads < 1 || threads > kMaxThreads) {
        return Status::InvalidArgument("--threads takes a whole number from 1 to " + std::to_string(kMaxThreads) +
                                       ", not '" + text + "'");
      }
      out->threads = static_cast<unsigned>(threads);
    } else {
      out->threads = std::clamp(std::thread::hardware_concurrency(), 1u, static_cast<unsigned>(kMaxThreads));
    }
  } catch (const cxxopts::exceptions::exception& e) {
    return Status::InvalidArgument(e.what());
  }
  return Status::OK();
}

}  // namespace geokg::cli
