#include "cli/common.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace geokg::cli {

std::string DefaultDbPath() {
  if (const char* env = std::getenv("GEOKG_DB"); env && *env) return env;
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.local/share/geokg/graph.db";
  }
  return "geokg.db";
}

void AddCommonOptions(cxxopts::Options& options) {
  options.add_options("Common")
      ("db", "database path ($GEOKG_DB, else ~/.local/share/geokg/graph.db)",
       cxxopts::value<std::string>()->default_value(DefaultDbPath()))
      ("h,help", "print this help");
}

bool ParseArgs(cxxopts::Options& options, int argc, char** argv, cxxopts::ParseResult* result,
               int* exit_code) {
  try {
    *result = options.parse(argc, argv);
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "geokg " << options.program() << ": " << e.what() << "\n"
              << "Try 'geokg " << options.program() << " --help'.\n";
    *exit_code = kExitUsage;
    return false;
  }
  if (result->count("help")) {
    std::cout << options.help() << std::endl;
    *exit_code = kExitOk;
    return false;
  }
  return true;
}

Status OpenStore(const std::string& path, bool read_only, std::unique_ptr<GraphStore>* store) {
  if (read_only && !std::filesystem::exists(path)) {
    return Status::NotFound("no database at " + path + " (run 'geokg ingest' first, or pass --db)");
  }
  StoreOptions options;
  options.read_only = read_only;
  options.create_if_missing = !read_only;
  if (!read_only) {
    std::error_code ec;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  }
  return GraphStore::Open(path, options, store);
}

void AddFilterOptions(cxxopts::Options& options) {
  options.add_options("Filters")
      ("since", "only relations on or after this date (YYYY[-MM[-DD]])", cxxopts::value<std::string>())
      ("until", "only relations on or before this date (YYYY[-MM[-DD]])", cxxopts::value<std::string>())
      ("quad", "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
       cxxopts::value<int>())
      ("cameo", "CAMEO code prefix (e.g. 19, 042)", cxxopts::value<std::string>())
      ("polarity", "positive or negative", cxxopts::value<std::string>())
      ("kind", "event or affiliation", cxxopts::value<std::string>())
      ("min-count", "minimum number of mentions", cxxopts::value<uint64_t>());
}

namespace {

bool IsDateBound(const std::string& s) {
  static const char* kShape = "dddd-dd-dd";
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (kShape[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(s[i])) : s[i] != '-') return false;
  }
  return true;
}

}  // namespace

Status ParseFilter(const cxxopts::ParseResult& result, EdgeFilter* filter) {
  *filter = EdgeFilter();
  try {
    if (result.count("since")) filter->since = result["since"].as<std::string>();
    if (result.count("until")) filter->until = result["until"].as<std::string>();
    for (const auto* bound : {&filter->since, &filter->until}) {
      if (!bound->empty() && !IsDateBound(*bound)) {
        return Status::InvalidArgument("--since/--until take YYYY, YYYY-MM or YYYY-MM-DD, not '" + *bound + "'");
      }
    }
    if (result.count("quad")) {
      int quad = result["quad"].as<int>();
      if (quad < 1 || quad > 4) return Status::InvalidArgument("--quad takes 1, 2, 3 or 4");
      filter->quad = quad;
    }
    if (result.count("cameo")) {
      filter->cameo_prefix = result["cameo"].as<std::string>();
      for (char c : filter->cameo_prefix) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
          return Status::InvalidArgument("--cameo takes digits (a CAMEO code or prefix)");
        }
      }
    }
    if (result.count("polarity")) {
      filter->polarity = ParsePolarity(result["polarity"].as<std::string>());
      if (!filter->polarity) return Status::InvalidArgument("--polarity takes positive or negative");
    }
    if (result.count("kind")) {
      filter->kind = ParseRelationKind(result["kind"].as<std::string>());
      if (!filter->kind) return Status::InvalidArgument("--kind takes event or affiliation");
    }
    if (result.count("min-count")) filter->min_count = result["min-count"].as<uint64_t>();
  } catch (const cxxopts::exceptions::exception& e) {
    return Status::InvalidArgument(e.what());
  }
  return Status::OK();
}

void PrintError(const std::string& command, const Status& status) {
  std::cerr << "geokg " << command << ": " << status.message() << "\n";
}

}  // namespace geokg::cli
