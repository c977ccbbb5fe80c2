// geokg stats / doc / remove / check / backup / upgrade: looking after the database itself.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/output.h"
#include "graph/triple_json.h"
#include "store/store_check.h"

namespace geokg::cli {
namespace {

using nlohmann::json;

// Adds --format table|json.
void AddRecordFormat(cxxopts::Options& options) {
  options.add_options()("format", "table or json", cxxopts::value<std::string>()->default_value("table"));
}

bool ParseRecordFormat(const char* command, const cxxopts::ParseResult& result, bool* as_json) {
  std::string format = result["format"].as<std::string>();
  if (format != "table" && format != "json") {
    PrintError(command, Status::InvalidArgument("--format takes table or json, not '" + format + "'"));
    return false;
  }
  *as_json = format == "json";
  return true;
}

std::string HumanBytes(uint64_t bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes);
  int unit = 0;
  while (v >= 1024 && unit < 4) {
    v /= 1024;
    ++unit;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, unit ? "%.1f %s" : "%.0f %s", v, units[unit]);
  return buf;
}

void Row(const std::string& label, const std::string& value) {
  std::cout << label << std::string(label.size() < 14 ? 14 - label.size() : 1, ' ') << TerminalText(value)
            << "\n";
}

// Parses the common arguments of a store subcommand; false with *exit_code set.
bool Parse(cxxopts::Options& options, int argc, char** argv, cxxopts::ParseResult* result, int* exit_code) {
  AddCommonOptions(options);
  return ParseArgs(options, argc, argv, result, exit_code);
}

// Opens an existing database for writing (a missing one is not created).
Status OpenExisting(const std::string& path, std::unique_ptr<GraphStore>* store) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Status::NotFound("no database at " + path + " (run 'geokg ingest' first, or pass --db)");
  }
  return OpenStore(path, /*read_only=*/false, store);
}

}  // namespace

int RunStats(int argc, char** argv) {
  cxxopts::Options options("stats", "Counts of actors (by type), edges, evidence and articles; dates; size on disk.");
  AddRecordFormat(options);
  cxxopts::ParseResult result;
  int exit_code = 0;
  bool as_json = false;
  if (!Parse(options, argc, argv, &result, &exit_code)) return exit_code;
  if (!ParseRecordFormat("stats", result, &as_json)) return kExitUsage;
  const std::string path = result["db"].as<std::string>();
  std::unique_ptr<GraphStore> store;
  StoreStats stats;
  Status s = OpenStore(path, /*read_only=*/true, &store);
  if (s.ok()) s = store->GetStats(&stats);
  if (!s.ok()) {
    PrintError("stats", s);
    return kExitFailure;
  }
  if (as_json) {
    json by_type = json::object();
    for (const auto& [type, count] : stats.actors_by_type) by_type[std::string(ToString(type))] = count;
    json out = {{"database", path},          {"articles", stats.articles},     {"actors", stats.actors},
                {"actors_by_type", by_type}, {"edges", stats.edges},           {"evidence", stats.evidence},
                {"first_date", stats.first_date}, {"last_date", stats.last_date}, {"size_on_disk", stats.size_on_disk}};
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  Row("database", path);
  Row("articles", std::to_string(stats.articles));
  Row("actors", std::to_string(stats.actors));
  for (const auto& [type, count] : stats.actors_by_type) Row("  " + std::string(ToString(type)), std::to_string(count));
  Row("edges", std::to_string(stats.edges));
  Row("evidence", std::to_string(stats.evidence));
  Row("dates", stats.first_date.empty() ? "-" : stats.first_date + " .. " + stats.last_date);
  Row("size on disk", HumanBytes(stats.size_on_disk) + " (" + std::to_string(stats.size_on_disk) + " bytes)");
  return kExitOk;
}

int RunDoc(int argc, char** argv) {
  cxxopts::Options options("doc", "What one article contributed: its record and its triples.");
  options.add_options()("id", "the article id", cxxopts::value<std::string>());
  options.parse_positional({"id"});
  options.positional_help("ID");
  AddRecordFormat(options);
  cxxopts::ParseResult result;
  int exit_code = 0;
  bool as_json = false;
  if (!Parse(options, argc, argv, &result, &exit_code)) return exit_code;
  if (!ParseRecordFormat("doc", result, &as_json)) return kExitUsage;
  if (!result.count("id")) {
    PrintError("doc", Status::InvalidArgument("name the article: geokg doc ID"));
    return kExitUsage;
  }
  const std::string id = result["id"].as<std::string>();
  std::unique_ptr<GraphStore> store;
  ArticleRecord article;
  std::vector<Triple> triples;
  Status s = OpenStore(result["db"].as<std::string>(), /*read_only=*/true, &store);
  if (s.ok()) s = store->GetArticle(id, &article, &triples);
  if (!s.ok()) {
    PrintError("doc", s);
    return kExitFailure;
  }
  if (as_json) {
    json out = {{"article",
                 {{"id", article.id}, {"title", article.title}, {"date", article.date}, {"url", article.url},
                  {"source", article.source}, {"file", article.file}, {"content_hash", article.content_hash},
                  {"triples", article.triples}}},
                {"triples", json::array()}};
    for (const auto& t : triples) out["triples"].push_back(json::parse(TripleToJsonLine(t)));
    std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  Row("article", article.id);
  if (!article.title.empty()) Row("title", article.title);
  if (!article.date.empty()) Row("date", article.date);
  if (!article.url.empty()) Row("url", article.url);
  if (!article.source.empty()) Row("source", article.source);
  if (!article.file.empty()) Row("file", TerminalText(article.file));
  Row("content hash", article.content_hash);
  Row("triples", std::to_string(article.triples));
  if (!triples.empty()) std::cout << "\nsentence\tstart\tend\tsubject\tpredicate\tobject\tpolarity\tmodality\tcameo\n";
  for (const auto& t : triples) {
    std::cout << t.evidence.sentence << '\t' << t.evidence.start << '\t' << t.evidence.end << '\t'
              << TerminalText(t.subject.id) << '\t' << TerminalText(t.predicate) << '\t' << TerminalText(t.object.id)
              << '\t' << ToString(t.polarity) << '\t' << ToString(t.modality) << '\t'
              << (t.cameo.empty() ? "-" : t.cameo) << "\n";
  }
  return kExitOk;
}

int RunRemove(int argc, char** argv) {
  cxxopts::Options options("remove", "Retract articles: every count returns to what it was without them.");
  options.add_options()("doc", "id of an article to remove (repeatable)", cxxopts::value<std::vector<std::string>>());
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!Parse(options, argc, argv, &result, &exit_code)) return exit_code;
  if (!result.count("doc")) {
    PrintError("remove", Status::InvalidArgument("name the article: geokg remove --doc ID [--doc ID...]"));
    return kExitUsage;
  }
  std::vector<std::string> ids = result["doc"].as<std::vector<std::string>>();
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  const std::string path = result["db"].as<std::string>();
  std::unique_ptr<GraphStore> store;
  std::vector<ArticleRecord> articles(ids.size());
  Status s = OpenExisting(path, &store);
  // Every article must exist before any is removed: a typo removes nothing.
  for (size_t i = 0; s.ok() && i < ids.size(); ++i) s = store->GetArticle(ids[i], &articles[i], nullptr);
  for (size_t i = 0; s.ok() && i < ids.size(); ++i) s = store->RemoveArticle(ids[i]);
  if (s.ok()) s = store->Flush();
  if (!s.ok()) {
    PrintError("remove", s);
    return kExitFailure;
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    std::cout << "removed article " << ids[i] << " (" << articles[i].triples << " triples)\n";
  }
  return kExitOk;
}

int RunCheck(int argc, char** argv) {
  cxxopts::Options options("check",
                           "Verify the database: its files against its MANIFEST, every block against its checksum, "
                           "and geokg's invariants (adjacency both ways, counts equal to the evidence, aliases of "
                           "live actors). Prints each problem, or ok; exits 0 only when it found none.");
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!Parse(options, argc, argv, &result, &exit_code)) return exit_code;
  const std::string path = result["db"].as<std::string>();
  std::error_code ec;
  std::vector<std::string> problems;
  Status s = std::filesystem::exists(path, ec) ? store::VerifyDatabase(path, &problems)
                                               : Status::NotFound("no database at " + path + " (pass --db)");
  if (!s.ok()) {
    PrintError("check", s);
    return kExitFailure;
  }
  for (const auto& problem : problems) std::cout << problem << "\n";
  if (!problems.empty()) {
    PrintError("check", Status::Corruption("database " + path + " failed the check (" +
                                           std::to_string(problems.size()) + " problem" +
                                           (problems.size() == 1 ? "" : "s") + " listed above)"));
    return kExitFailure;
  }
  std::cout << "ok\n";
  return kExitOk;
}

int RunUpgrade(int argc, char** argv) {
  cxxopts::Options options("upgrade",
                           "Bring a database written by an earlier geokg to this version's layout (every command "
                           "that writes does it on opening); readers refuse an older layout.");
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!Parse(options, argc, argv, &result, &exit_code)) return exit_code;
  const std::string path = result["db"].as<std::string>();
  std::unique_ptr<GraphStore> store;
  Status s = OpenExisting(path, &store);
  if (s.ok()) s = store->Flush();
  if (!s.ok()) {
    PrintError("upgrade", s);
    return kExitFailure;
  }
  std::cout << path << " is up to date\n";
  return kExitOk;
}

int RunBackup(int argc, char** argv) {
  cxxopts::Options options("backup", "Write a consistent copy of the database (a RocksDB checkpoint) into DIR.");
  options.add_options()("dir", "the new folder to write", cxxopts::value<std::string>());
  options.parse_positional({"dir"});
  options.positional_help("DIR");
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!Parse(options, argc, argv, &result, &exit_code)) return exit_code;
  if (!result.count("dir")) {
    PrintError("backup", Status::InvalidArgument("name the folder to write: geokg backup DIR"));
    return kExitUsage;
  }
  const std::string dir = result["dir"].as<std::string>();
  const std::string path = result["db"].as<std::string>();
  std::unique_ptr<GraphStore> store;
  Status s = OpenExisting(path, &store);
  if (s.ok()) s = store->Backup(dir);
  if (!s.ok()) {
    PrintError("backup", s);
    return kExitFailure;
  }
  std::cout << "backed up " << path << " to " << dir << "\n";
  return kExitOk;
}

}  // namespace geokg::cli
