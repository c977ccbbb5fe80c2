// geokg ingest: extract articles (or read triples extracted elsewhere) and
// merge them into the database, one article per atomic unit.
//
// Articles are extracted on --threads threads and written from this thread in
// input order; --triples is read by ingest_triples.cc, --from-db here. This
// file holds the options, the inputs' checks and the choice of write path
// (--bulk, or automatically for a large --triples file); ingest_report.h the
// counts, the progress line on a terminal and the summary.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/extract_options.h"
#include "cli/ingest_report.h"
#include "cli/ingest_triples.h"
#include "extract/parallel_extract.h"

namespace geokg::cli {
namespace {

// ---- --from-db: the articles of other geokg databases (shards), in order ----

// Merges every article of each database in `paths` (in its storage order,
// the order it was ingested in), shard after shard. A shard that cannot be
// read is reported and the others merged; *unreadable counts them.
Status IngestFromDatabases(GraphStore* store, IngestReport* report, ConflictPolicy policy,
                           const std::vector<std::string>& paths, uint64_t* unreadable) {
  for (const auto& path : paths) {
    std::unique_ptr<GraphStore> shard;
    StoreOptions options;
    options.read_only = true;
    std::vector<std::string> ids;
    Status s = GraphStore::Open(path, options, &shard);
    if (s.ok()) {
      s = shard->ForEachArticle([&](const ArticleRecord& a) {
        ids.push_back(a.id);
        return true;
      });
    }
    if (!s.ok()) {
      ++*unreadable;
      report->Skip(path, "cannot read this shard database (" + s.message() + ")", "unreadable shard", false);
      continue;
    }
    for (const auto& id : ids) {
      ArticleRecord record;
      std::vector<Triple> triples;
      IngestOutcome outcome;
      if (s = shard->GetArticle(id, &record, &triples); !s.ok()) return s;
      if (s = store->PutArticleRecord(record, triples, &outcome); !s.ok()) return s;
      if (outcome == IngestOutcome::kConflict) {
        ArticleRecord stored;
        if (s = store->GetArticle(id, &stored, nullptr); !s.ok()) return s;
        Article article;
        article.id = id;
        article.origin = path + " (" + record.file + ")";
        report->Conflict(article, stored.file, policy == ConflictPolicy::kError);
      }
      report->Outcome(outcome, triples.size());
      report->Tick(0);
    }
  }
  return Status::OK();
}

// ---- Articles: read, extract in parallel, write in order ----

Status IngestArticles(GraphStore* store, const Extractor& extractor, IngestReport* report, const ArticleOptions& args,
                      ConflictPolicy policy, const std::vector<std::string>& inputs, uint64_t input_bytes) {
  uint64_t bytes_done = 0;
  ParallelExtractor parallel(extractor, args.threads, [&](ExtractedArticle&& item) -> Status {
    bytes_done += item.article.text.size();
    if (!item.status.ok()) {
      report->Skip(item.article.origin, item.status.message(), ReasonOf(item.status.message()), false);
      return Status::OK();
    }
    if (item.article.date.empty()) item.article.date = args.extractor.default_date;
    for (auto& t : item.triples) t.doc = item.article.id;
    Status put = PutAndReport(store, item.article, item.triples, item.triples.size(), policy, report);
    if (put.IsInvalidArgument()) {
      report->Skip(item.article.origin, put.message(), "invalid article", false);
      return Status::OK();
    }
    report->Tick(std::min(bytes_done, input_bytes));
    return put;
  });
  Status s = ReadArticles(
      inputs, args.reader, [&](Article&& article) { return parallel.Add(std::move(article)); },
      [&](const std::string& origin, const Status& why) {
        report->Skip(origin, why.message(), ReasonOf(why.message()), false);
      });
  Status finish = parallel.Finish();
  return s.ok() ? finish : s;
}

// --bulk: bytes of records per commit (one table file per column family,
// added in one ingestion). See README, "Bulk ingest", for the measurements.
constexpr size_t kBulkCommitBytes = 64u << 20;

// Without --bulk or --batch, a --triples file of at least this many bytes is
// ingested with --bulk: about two bulk commits of records or more (a triple
// of ~480 bytes of JSON makes ~300 bytes of records), so that building one
// commit's table files overlaps merging the next, and the merge of a large
// file goes at the bulk path's speed (README, "Bulk ingest"). Below it the
// normal path's commits of 1,000 articles let readers follow more closely.
constexpr uint64_t kAutoBulkBytes = 128u << 20;

// --merge-threads: default and limit. One thread beside the writing thread
// measured fastest on 2 cores (README, "Bulk ingest").
constexpr size_t kDefaultMergeThreads = 1;
constexpr size_t kMaxMergeThreads = 16;

// `batch`: articles per commit; 0 with `bulk`: as many as kBulkCommitBytes holds.
Status OpenForWriting(const std::string& path, size_t batch, bool bulk, size_t merge_threads, ConflictPolicy policy,
                      std::unique_ptr<GraphStore>* store) {
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  StoreOptions options;
  options.batch_articles = batch == 0 ? SIZE_MAX : batch;
  options.bulk = bulk;
  options.merge_threads = merge_threads;
  if (bulk) options.batch_bytes = kBulkCommitBytes;
  options.keep_on_conflict = policy != ConflictPolicy::kReplace;
  return GraphStore::Open(path, options, store);
}

// What `geokg ingest` was asked to do, read from its options.
struct IngestSettings {
  ArticleOptions args;
  std::string triples_path;           // --triples, "-" for stdin
  std::vector<std::string> from_dbs;  // --from-db
  bool bulk = false;
  bool batch_given = false;
  size_t batch = 1000;
  size_t merge_threads = kDefaultMergeThreads;
  uint64_t bulk_above = kAutoBulkBytes;
  ConflictPolicy policy = ConflictPolicy::kError;
  bool quiet = false;
  std::string db_path;
};

cxxopts::Options IngestOptions() {
  cxxopts::Options options("ingest",
                           "Extract articles (files, folders, - for stdin) and merge their triples into the "
                           "database; or merge triples extracted elsewhere with --triples.");
  AddCommonOptions(options);
  options.add_options()
      ("triples", "merge the triples of a JSON Lines file (as `geokg extract --format jsonl` writes), - for stdin",
       cxxopts::value<std::string>())
      ("from-db", "merge the articles of another geokg database, e.g. a shard built elsewhere "
                  "(repeatable; merged in the order given, each in its ingestion order)",
       cxxopts::value<std::vector<std::string>>())
      ("format", "input format of articles: auto, text, jsonl or html (as --input-format)",
       cxxopts::value<std::string>())
      ("on-conflict", "when an article's id names a stored article with other content from another file: "
                      "error (report it, store nothing for it, exit 1), skip (keep the stored one) or replace",
       cxxopts::value<std::string>()->default_value("error"))
      ("q,quiet", "print no progress and no summary")
      ("batch", "articles per database commit (each article stays all-or-nothing); default 1000, "
                "with --bulk as many as 64 MiB of records hold",
       cxxopts::value<size_t>())
      ("bulk", "write each commit as sorted table files added to the database in one atomic step "
               "(RocksDB SST ingestion) instead of through its log: faster for large inputs; "
               "readers see the articles commit by commit")
      ("bulk-above", "with --triples FILE and neither --bulk nor --batch: use --bulk when the file holds at least "
                     "this many bytes (default 128 MiB)",
       cxxopts::value<uint64_t>()->default_value(std::to_string(kAutoBulkBytes)))
      ("merge-threads", "threads that add articles to the graph's actor and relation records, each a share of them, "
                        "0 to 16 (0: the writing thread itself); the graph does not depend on it",
       cxxopts::value<size_t>()->default_value(std::to_string(kDefaultMergeThreads)));
  AddArticleOptions(options);
  return options;
}

// Reads and checks the options; an error names the option at fault.
Status ReadIngestSettings(const cxxopts::ParseResult& result, IngestSettings* settings) {
  IngestSettings& st = *settings;
  Status s = ParseArticleOptions(result, &st.args);
  st.triples_path = result.count("triples") ? result["triples"].as<std::string>() : "";
  st.bulk = result.count("bulk") > 0;
  st.batch_given = result.count("batch") > 0;
  st.batch = st.batch_given ? result["batch"].as<size_t>() : st.bulk ? 0 : 1000;
  st.bulk_above = result["bulk-above"].as<uint64_t>();
  st.quiet = result.count("quiet") > 0;
  st.db_path = result["db"].as<std::string>();
  if (s.ok() && result.count("format")) {
    st.args.reader.format = result["format"].as<std::string>();
    const std::string& format = st.args.reader.format;
    if (format != "auto" && format != "text" && format != "jsonl" && format != "html") {
      s = Status::InvalidArgument("--format takes auto, text, jsonl or html, not '" + format + "'");
    }
  }
  if (s.ok() && st.batch_given && st.batch == 0) s = Status::InvalidArgument("--batch must be at least 1");
  st.merge_threads = result["merge-threads"].as<size_t>();
  if (s.ok() && st.merge_threads > kMaxMergeThreads) {
    s = Status::InvalidArgument("--merge-threads takes 0 to " + std::to_string(kMaxMergeThreads) + ", not " +
                                std::to_string(st.merge_threads));
  }
  if (const std::string on_conflict = result["on-conflict"].as<std::string>(); on_conflict == "replace") {
    st.policy = ConflictPolicy::kReplace;
  } else if (on_conflict == "skip") {
    st.policy = ConflictPolicy::kSkip;
  } else if (s.ok() && on_conflict != "error") {
    s = Status::InvalidArgument("--on-conflict takes error, skip or replace, not '" + on_conflict + "'");
  }
  if (result.count("from-db")) st.from_dbs = result["from-db"].as<std::vector<std::string>>();
  const int sources = (!st.triples_path.empty()) + (!st.args.inputs.empty()) + (!st.from_dbs.empty());
  if (s.ok() && sources > 1) s = Status::InvalidArgument("give one of article inputs, --triples or --from-db");
  if (s.ok() && sources == 0) {
    s = Status::InvalidArgument(
        "nothing to ingest: name files, folders or - for stdin, --triples FILE or --from-db DATABASE");
  }
  return s;
}

// The inputs, opened before the database is touched: a missing file is
// reported first.
struct IngestInputs {
  std::ifstream triples_file;
  std::vector<char> triples_buffer;
  uint64_t bytes = 0;
  std::vector<std::string> articles;  // the article inputs that exist
  std::vector<std::pair<std::string, std::string>> missing;
};

Status OpenInputs(const IngestSettings& settings, IngestInputs* in) {
  const std::string& path = settings.triples_path;
  if (!path.empty() && path != "-") {
    in->triples_buffer.resize(1 << 20);
    in->triples_file.rdbuf()->pubsetbuf(in->triples_buffer.data(), static_cast<std::streamsize>(in->triples_buffer.size()));
    in->triples_file.open(path, std::ios::binary);
    std::error_code ec;
    bool directory = std::filesystem::is_directory(path, ec);
    if (!in->triples_file || directory) {
      return Status::InvalidArgument("cannot read --triples file '" + path +
                                     "': " + (directory ? "it is a directory" : std::strerror(errno)));
    }
    in->bytes = std::filesystem::file_size(path, ec);
  }
  for (const auto& input : settings.args.inputs) {
    std::error_code ec;
    if (input != "-" && !std::filesystem::exists(input, ec)) in->missing.emplace_back(input, "no such file or directory");
    else in->articles.push_back(input);
  }
  if (path.empty()) in->bytes = InputSize(in->articles);
  return Status::OK();
}

// Runs the ingestion the settings ask for into `store`.
Status IngestInto(GraphStore* store, const IngestSettings& settings, IngestInputs& inputs, const Extractor* extractor,
                  IngestReport* report, uint64_t* unreadable_shards) {
  const std::string& path = settings.triples_path;
  if (!path.empty()) {
    std::ios::sync_with_stdio(false);
    std::error_code ec;
    std::string absolute =
        path == "-" ? "<stdin>" : std::filesystem::absolute(path, ec).lexically_normal().string();
    return IngestTriples(store, report, path == "-" ? "<stdin>" : path, absolute, settings.args.extractor.default_date,
                         settings.policy, path == "-" ? &std::cin : &inputs.triples_file);
  }
  if (!settings.from_dbs.empty()) {
    return IngestFromDatabases(store, report, settings.policy, settings.from_dbs, unreadable_shards);
  }
  return IngestArticles(store, *extractor, report, settings.args, settings.policy, inputs.articles, inputs.bytes);
}

}  // namespace

int RunIngest(int argc, char** argv) {
  cxxopts::Options options = IngestOptions();
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!ParseArgs(options, argc, argv, &result, &exit_code)) return exit_code;
  IngestSettings settings;
  if (Status s = ReadIngestSettings(result, &settings); !s.ok()) {
    PrintError("ingest", s);
    return kExitUsage;
  }
  IngestInputs inputs;
  if (Status s = OpenInputs(settings, &inputs); !s.ok()) {
    PrintError("ingest", s);
    return kExitFailure;
  }
  const std::string& triples_path = settings.triples_path;
  if (!settings.bulk && !settings.batch_given && !triples_path.empty() && triples_path != "-" &&
      inputs.bytes >= settings.bulk_above) {
    settings.bulk = true;
    settings.batch = 0;
    if (!settings.quiet) {
      std::cerr << "geokg ingest: " << triples_path << " holds " << Thousands(inputs.bytes)
                << " bytes (--bulk-above): commits are written as table files, as with --bulk\n";
    }
  }
  IngestReport report(settings.quiet, inputs.bytes);
  for (const auto& [input, why] : inputs.missing) report.Skip(input, why, "missing input", false);
  if (triples_path.empty() && inputs.articles.empty() && settings.from_dbs.empty()) {
    PrintError("ingest", Status::InvalidArgument("no readable input"));
    return kExitFailure;
  }
  // The dictionaries load before the database is opened: a bad --dict creates nothing.
  std::unique_ptr<Extractor> extractor;
  Status s;
  if (triples_path.empty() && settings.from_dbs.empty() && !(s = Extractor::Create(settings.args.extractor, &extractor)).ok()) {
    PrintError("ingest", s);
    return kExitFailure;
  }
  std::unique_ptr<GraphStore> store;
  if (s = OpenForWriting(settings.db_path, settings.batch, settings.bulk, settings.merge_threads, settings.policy, &store);
      !s.ok()) {
    PrintError("ingest", s);
    return kExitFailure;
  }
  uint64_t unreadable_shards = 0;
  s = IngestInto(store.get(), settings, inputs, extractor.get(), &report, &unreadable_shards);
  Status flushed = store->Flush();
  if (s.ok()) s = flushed;
  report.KeepCommitted(store->CommittedPuts());
  store.reset();
  report.Summary();
  if (!s.ok()) {
    PrintError("ingest", s);
    return kExitFailure;
  }
  if (report.failed() > 0 || unreadable_shards > 0) return kExitFailure;  // each was reported by name
  if (report.ingested() == 0) {
    PrintError("ingest", Status::InvalidArgument("nothing could be ingested"));
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace geokg::cli
