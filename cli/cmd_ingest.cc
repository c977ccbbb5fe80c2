// geokg ingest: extract articles (or read triples extracted elsewhere) and
// merge them into the database, one article per atomic unit.
//
// Articles are extracted on --threads threads and written from this thread in
// input order. With --triples, lines are parsed on a second thread; the
// consecutive lines of one doc make one article. Progress goes to stderr when
// it is a terminal; a one-line summary ends the run (unless --quiet).
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/extract_options.h"
#include "cli/triple_line_reader.h"
#include "extract/parallel_extract.h"
#include "graph/triple_json.h"

namespace geokg::cli {
namespace {

using Clock = std::chrono::steady_clock;
constexpr size_t kMaxReportedSkips = 20;

std::string Duration(double seconds) {
  auto s = static_cast<uint64_t>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%llu:%02llu:%02llu", (unsigned long long)(s / 3600),
                               (unsigned long long)(s / 60 % 60), (unsigned long long)(s % 60));
  else std::snprintf(buf, sizeof buf, "%llu:%02llu", (unsigned long long)(s / 60), (unsigned long long)(s % 60));
  return buf;
}

// Counts, progress line and summary of one run.
class Report {
 public:
  Report(bool quiet, uint64_t input_bytes)
      : quiet_(quiet), progress_(!quiet && ::isatty(STDERR_FILENO)), input_bytes_(input_bytes) {}

  void Outcome(IngestOutcome outcome, size_t triples) {
    switch (outcome) {
      case IngestOutcome::kNew: ++new_; break;
      case IngestOutcome::kUnchanged: ++unchanged_; break;
      case IngestOutcome::kReplaced: ++replaced_; break;
      case IngestOutcome::kConflict: return;  // reported by Conflict()
    }
    triples_ += triples;
    outcomes_.emplace_back(outcome, triples);
  }

  // Only the first `committed` articles counted by Outcome() reached the
  // database (a write failed): the summary counts those, and the rest as not stored.
  void KeepCommitted(uint64_t committed) {
    if (committed >= outcomes_.size()) return;
    not_stored_ = outcomes_.size() - committed;
    outcomes_.resize(committed);
    new_ = unchanged_ = replaced_ = triples_ = 0;
    for (const auto& [outcome, triples] : outcomes_) {
      (outcome == IngestOutcome::kNew ? new_ : outcome == IngestOutcome::kUnchanged ? unchanged_ : replaced_) += 1;
      triples_ += triples;
    }
  }

  // An article not stored because its id names a stored article from another
  // file: reported by name, always (each one is data the user may lose).
  void Conflict(const Article& article, const std::string& stored_file, bool error) {
    ++(error ? failed_ : skipped_articles_);
    if (!error) ++reasons_["id conflict"];
    ClearLine();
    std::cerr << "geokg ingest: " << article.origin << ": article id '" << article.id
              << "' already names an article with other content, read from " << stored_file << "; "
              << (error ? "not ingested (--on-conflict replace replaces it, skip keeps the stored one)"
                        : "kept the stored one, skipped")
              << "\n";
  }

  // A skipped article, file or line: reported (the first few) and counted by reason.
  void Skip(const std::string& origin, const std::string& message, const std::string& reason, bool line) {
    ++(line ? skipped_lines_ : skipped_articles_);
    ++reasons_[reason];
    if (++reported_ <= kMaxReportedSkips) {
      ClearLine();
      std::cerr << "geokg ingest: " << origin << ": " << message << ", skipped\n";
    } else if (reported_ == kMaxReportedSkips + 1) {
      ClearLine();
      std::cerr << "geokg ingest: more skipped input is not listed; the summary counts it\n";
    }
  }

  void Tick(uint64_t bytes_done) {
    if (!progress_) return;
    auto now = Clock::now();
    if (now - last_tick_ < std::chrono::milliseconds(200)) return;
    last_tick_ = now;
    double elapsed = Seconds();
    uint64_t articles = new_ + unchanged_ + replaced_;
    std::string line = "ingest: " + Thousands(articles) + " articles, " + Thousands(triples_) + " triples, " +
                       Thousands(static_cast<uint64_t>(articles / std::max(elapsed, 1e-3))) + " articles/s, " +
                       Duration(elapsed) + " elapsed";
    if (input_bytes_ > 0 && bytes_done > 0 && bytes_done <= input_bytes_) {
      double left = elapsed * static_cast<double>(input_bytes_ - bytes_done) / static_cast<double>(bytes_done);
      line += ", ETA " + Duration(left) + " (" + std::to_string(bytes_done * 100 / input_bytes_) + "%)";
    }
    std::cerr << "\r" << line << "\x1b[K" << std::flush;
    shown_ = true;
  }

  void Summary() {
    ClearLine();
    if (quiet_) return;
    double elapsed = Seconds();
    std::string out = "geokg ingest: " + Thousands(new_ + unchanged_ + replaced_ + skipped_articles_) +
                      " articles (" + Thousands(new_) + " new, " + Thousands(unchanged_) + " unchanged, " +
                      Thousands(replaced_) + " replaced, " + Thousands(skipped_articles_) + " skipped)";
    if (not_stored_) out += ", " + Thousands(not_stored_) + " not stored (the write failed)";
    if (skipped_lines_) out += ", " + Thousands(skipped_lines_) + " lines skipped";
    if (failed_) out += ", " + Thousands(failed_) + " not ingested: their ids name other articles";
    if (!reasons_.empty()) {
      out += " [";
      bool first = true;
      for (const auto& [reason, count] : reasons_) {
        out += (first ? "" : ", ") + Thousands(count) + " " + reason;
        first = false;
      }
      out += "]";
    }
    char rate[64];
    std::snprintf(rate, sizeof rate, " in %.1f s (%s triples/s)", elapsed,
                  Thousands(static_cast<uint64_t>(triples_ / std::max(elapsed, 1e-3))).c_str());
    std::cerr << out << ", " << Thousands(triples_) << " triples" << rate << "\n";
  }

  uint64_t ingested() const { return new_ + unchanged_ + replaced_; }
  uint64_t failed() const { return failed_; }

 private:
  void ClearLine() {
    if (shown_) std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
  }
  double Seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

  bool quiet_, progress_, shown_ = false;
  uint64_t input_bytes_;
  uint64_t new_ = 0, unchanged_ = 0, replaced_ = 0, skipped_articles_ = 0, skipped_lines_ = 0, triples_ = 0;
  uint64_t failed_ = 0;  // id conflicts under --on-conflict error
  uint64_t reported_ = 0, not_stored_ = 0;
  std::vector<std::pair<IngestOutcome, size_t>> outcomes_;  // in the order of the writes
  std::map<std::string, uint64_t> reasons_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_tick_ = start_ - std::chrono::seconds(1);  // the first tick shows at once
};

// A short reason for the summary: the message up to its first detail.
std::string ReasonOf(const std::string& message) {
  std::string reason = message.substr(0, message.find_first_of("(:\n"));
  while (!reason.empty() && reason.back() == ' ') reason.pop_back();
  if (reason.size() > 40) reason = reason.substr(0, 40) + "...";
  return reason.empty() ? "unreadable" : reason;
}

// What --on-conflict asks for.
enum class ConflictPolicy { kReplace, kSkip, kError };

// Stores one article; reports an id conflict (IngestOutcome::kConflict) with
// the file the stored article came from. `counted` triples are new to the report.
Status PutAndReport(GraphStore* store, const Article& article, const std::vector<Triple>& triples, size_t counted,
                    ConflictPolicy policy, Report* report) {
  IngestOutcome outcome;
  Status s = store->PutArticle(article, triples, &outcome);
  if (!s.ok()) return s;
  if (outcome == IngestOutcome::kConflict) {
    ArticleRecord stored;
    if (s = store->GetArticle(article.id, &stored, nullptr); !s.ok()) return s;
    report->Conflict(article, stored.file, policy == ConflictPolicy::kError);
  }
  report->Outcome(outcome, counted);
  return Status::OK();
}

// ---- --triples ----

// Writes the articles of a --triples input: consecutive lines of one doc make
// one article (id = doc, date and source from its first triple, or --date).
class TriplesIngest {
 public:
  TriplesIngest(GraphStore* store, Report* report, std::string name, std::string file, std::string default_date,
                ConflictPolicy policy)
      : store_(store),
        report_(report),
        name_(std::move(name)),
        file_(std::move(file)),
        default_date_(std::move(default_date)),
        policy_(policy) {}

  Status Run(std::istream* in) {
    TripleLineReader reader(in);
    std::vector<ParsedLine> chunk;
    while (reader.Next(&chunk)) {
      for (ParsedLine& line : chunk) {
        if (!line.status.ok()) {
          report_->Skip(name_ + ":" + std::to_string(line.line), line.status.message(),
                        ReasonOf(line.status.message()), /*line=*/true);
          continue;
        }
        if (line.triple.doc != article_.id) {
          if (Status s = FlushArticle(); !s.ok()) return s;
          StartArticle(line);
        }
        triples_.push_back(std::move(line.triple));
      }
      report_->Tick(reader.bytes_read());
    }
    if (reader.read_error()) return Status::IOError("cannot read " + name_);
    Status s = FlushArticle();
    for (auto& [id, held] : held_) {
      if (!s.ok()) break;
      s = Write(held.article, &held.triples, held.triples.size());
    }
    return s;
  }

 private:
  void StartArticle(const ParsedLine& line) {
    article_ = Article();
    article_.id = line.triple.doc;
    article_.date = line.triple.date.empty() ? default_date_ : line.triple.date;
    article_.source = line.triple.source;
    article_.origin = name_ + ":" + std::to_string(line.line);
    article_.file = file_;
  }

  // Writes the article whose lines just ended. A doc whose lines are not
  // consecutive becomes one article of all its lines: the first time in a run
  // merged with what its earlier lines stored; on a re-run, an article stored
  // with more triples than these lines is held until the input ends (its
  // other lines may follow), so that a re-run of the same input changes nothing.
  Status FlushArticle() {
    if (article_.id.empty()) return Status::OK();
    Status s;
    if (auto held = held_.find(article_.id); held != held_.end()) {
      std::move(triples_.begin(), triples_.end(), std::back_inserter(held->second.triples));
    } else if (!seen_.insert(article_.id).second) {
      std::vector<Triple> earlier;
      ArticleRecord stored;
      s = store_->GetArticle(article_.id, &stored, &earlier);
      if (s.ok()) {  // the article is what its first lines made it, as on a re-run
        article_.date = stored.date;
        article_.source = stored.source;
      }
      if (s.ok() || s.IsNotFound()) {
        triples_.insert(triples_.begin(), std::make_move_iterator(earlier.begin()),
                        std::make_move_iterator(earlier.end()));
        s = Write(article_, &triples_, triples_.size() - earlier.size());
      }
    } else {
      uint64_t stored = 0;
      s = store_->GetCommittedTripleCount(article_.id, &stored);
      if (s.ok() && stored > triples_.size()) {
        held_.emplace(article_.id, HeldArticle{article_, std::move(triples_)});
      } else if (s.ok() || s.IsNotFound()) {
        s = Write(article_, &triples_, triples_.size());
      }
    }
    triples_.clear();
    article_ = Article();
    return s;
  }

  // PutArticle, counting `lines` triples read for it.
  Status Write(const Article& article, std::vector<Triple>* triples, size_t lines) {
    Status s = PutAndReport(store_, article, *triples, lines, policy_, report_);
    if (s.IsInvalidArgument()) {
      report_->Skip(article.origin, "article '" + article.id + "': " + s.message(), "invalid article", false);
      s = Status::OK();
    }
    return s;
  }

  struct HeldArticle {
    Article article;
    std::vector<Triple> triples;
  };

  GraphStore* store_;
  Report* report_;
  std::string name_, file_, default_date_;
  ConflictPolicy policy_;
  Article article_;
  std::vector<Triple> triples_;
  std::unordered_set<std::string> seen_;
  std::map<std::string, HeldArticle> held_;  // by id; written when the input ends
};

// ---- --from-db: the articles of other geokg databases (shards), in order ----

// Merges every article of each database in `paths` (in its storage order,
// the order it was ingested in), shard after shard. A shard that cannot be
// read is reported and the others merged; *unreadable counts them.
Status IngestFromDatabases(GraphStore* store, Report* report, ConflictPolicy policy,
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

Status IngestArticles(GraphStore* store, const Extractor& extractor, Report* report, const ArticleOptions& args,
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

// `batch`: articles per commit; 0 with `bulk`: as many as kBulkCommitBytes holds.
Status OpenForWriting(const std::string& path, size_t batch, bool bulk, ConflictPolicy policy,
                      std::unique_ptr<GraphStore>* store) {
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  StoreOptions options;
  options.batch_articles = batch == 0 ? SIZE_MAX : batch;
  options.bulk = bulk;
  if (bulk) options.batch_bytes = kBulkCommitBytes;
  options.keep_on_conflict = policy != ConflictPolicy::kReplace;
  return GraphStore::Open(path, options, store);
}

}  // namespace

int RunIngest(int argc, char** argv) {
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
       cxxopts::value<uint64_t>()->default_value(std::to_string(kAutoBulkBytes)));
  AddArticleOptions(options);
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!ParseArgs(options, argc, argv, &result, &exit_code)) return exit_code;
  ArticleOptions args;
  Status s = ParseArticleOptions(result, &args);
  std::string triples_path = result.count("triples") ? result["triples"].as<std::string>() : "";
  bool bulk = result.count("bulk") > 0;
  size_t batch = result.count("batch") ? result["batch"].as<size_t>() : bulk ? 0 : 1000;
  if (s.ok() && result.count("format")) {
    args.reader.format = result["format"].as<std::string>();
    if (args.reader.format != "auto" && args.reader.format != "text" && args.reader.format != "jsonl" &&
        args.reader.format != "html") {
      s = Status::InvalidArgument("--format takes auto, text, jsonl or html, not '" + args.reader.format + "'");
    }
  }
  if (s.ok() && result.count("batch") && batch == 0) s = Status::InvalidArgument("--batch must be at least 1");
  ConflictPolicy policy = ConflictPolicy::kError;
  if (const std::string on_conflict = result["on-conflict"].as<std::string>(); on_conflict == "replace") {
    policy = ConflictPolicy::kReplace;
  } else if (on_conflict == "skip") {
    policy = ConflictPolicy::kSkip;
  } else if (s.ok() && on_conflict != "error") {
    s = Status::InvalidArgument("--on-conflict takes error, skip or replace, not '" + on_conflict + "'");
  }
  std::vector<std::string> from_dbs;
  if (result.count("from-db")) from_dbs = result["from-db"].as<std::vector<std::string>>();
  if (s.ok() && (!triples_path.empty()) + (!args.inputs.empty()) + (!from_dbs.empty()) > 1) {
    s = Status::InvalidArgument("give one of article inputs, --triples or --from-db");
  }
  if (s.ok() && triples_path.empty() && args.inputs.empty() && from_dbs.empty()) {
    s = Status::InvalidArgument(
        "nothing to ingest: name files, folders or - for stdin, --triples FILE or --from-db DATABASE");
  }
  if (!s.ok()) {
    PrintError("ingest", s);
    return kExitUsage;
  }
  bool quiet = result.count("quiet") > 0;
  const std::string db_path = result["db"].as<std::string>();

  // Inputs first: a missing file is reported before the database is touched.
  std::ifstream file;
  std::vector<char> file_buffer;
  uint64_t input_bytes = 0;
  std::vector<std::string> inputs;
  std::vector<std::pair<std::string, std::string>> missing;
  if (!triples_path.empty() && triples_path != "-") {
    file_buffer.resize(1 << 20);
    file.rdbuf()->pubsetbuf(file_buffer.data(), static_cast<std::streamsize>(file_buffer.size()));
    file.open(triples_path, std::ios::binary);
    std::error_code ec;
    bool directory = std::filesystem::is_directory(triples_path, ec);
    if (!file || directory) {
      PrintError("ingest", Status::InvalidArgument("cannot read --triples file '" + triples_path + "': " +
                                                   (directory ? "it is a directory" : std::strerror(errno))));
      return kExitFailure;
    }
    input_bytes = std::filesystem::file_size(triples_path, ec);
  }
  for (const auto& input : args.inputs) {
    std::error_code ec;
    if (input != "-" && !std::filesystem::exists(input, ec)) missing.emplace_back(input, "no such file or directory");
    else inputs.push_back(input);
  }
  if (triples_path.empty()) input_bytes = InputSize(inputs);
  if (!bulk && !result.count("batch") && !triples_path.empty() && triples_path != "-" &&
      input_bytes >= result["bulk-above"].as<uint64_t>()) {
    bulk = true;
    batch = 0;
    if (!quiet) {
      std::cerr << "geokg ingest: " << triples_path << " holds " << Thousands(input_bytes)
                << " bytes (--bulk-above): commits are written as table files, as with --bulk\n";
    }
  }
  Report report(quiet, input_bytes);
  for (const auto& [input, why] : missing) report.Skip(input, why, "missing input", false);
  if (triples_path.empty() && inputs.empty() && from_dbs.empty()) {
    PrintError("ingest", Status::InvalidArgument("no readable input"));
    return kExitFailure;
  }

  // The dictionaries load before the database is opened: a bad --dict creates nothing.
  std::unique_ptr<Extractor> extractor;
  if (triples_path.empty() && from_dbs.empty() && !(s = Extractor::Create(args.extractor, &extractor)).ok()) {
    PrintError("ingest", s);
    return kExitFailure;
  }
  uint64_t unreadable_shards = 0;
  std::unique_ptr<GraphStore> store;
  if (s = OpenForWriting(db_path, batch, bulk, policy, &store); !s.ok()) {
    PrintError("ingest", s);
    return kExitFailure;
  }
  if (!triples_path.empty()) {
    std::ios::sync_with_stdio(false);
    std::error_code ec;
    std::string absolute = triples_path == "-"
                               ? "<stdin>"
                               : std::filesystem::absolute(triples_path, ec).lexically_normal().string();
    TriplesIngest ingest(store.get(), &report, triples_path == "-" ? "<stdin>" : triples_path, absolute,
                         args.extractor.default_date, policy);
    s = ingest.Run(triples_path == "-" ? &std::cin : &file);
  } else if (!from_dbs.empty()) {
    s = IngestFromDatabases(store.get(), &report, policy, from_dbs, &unreadable_shards);
  } else {
    s = IngestArticles(store.get(), *extractor, &report, args, policy, inputs, input_bytes);
  }
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
