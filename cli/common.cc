#include "cli/common.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string_view>

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
      ("h,help", "print this help")
      ("version", "print the version");
}

namespace {

// The details of every option of `options`.
std::vector<cxxopts::HelpOptionDetails> AllOptions(const cxxopts::Options& options) {
  std::vector<cxxopts::HelpOptionDetails> all;
  for (const std::string& group : options.groups()) {
    const cxxopts::HelpGroupDetails& details = options.group_help(group);
    all.insert(all.end(), details.options.begin(), details.options.end());
  }
  return all;
}

// The first "--name" (or "--name=value") of argv that names no option, before a "--".
Status CheckLongOptions(const std::vector<cxxopts::HelpOptionDetails>& all, int argc, char** argv) {
  std::vector<std::string> names;
  for (const auto& option : all) {
    for (const std::string& name : option.l) names.push_back(name);
  }
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    if (!arg.starts_with("--")) continue;
    std::string name(arg.substr(2, arg.find('=') == std::string_view::npos ? arg.npos : arg.find('=') - 2));
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    std::string message = "unknown option '--" + name + "'";
    if (std::string near = NearestName(name, names); !near.empty()) message += " (did you mean --" + near + "?)";
    return Status::InvalidArgument(message);
  }
  return Status::OK();
}

// Options that take one value given more than once, and arguments left over.
Status CheckParsed(const std::vector<cxxopts::HelpOptionDetails>& all, const cxxopts::ParseResult& result) {
  for (const auto& option : all) {
    if (option.is_container || option.is_boolean) continue;
    const std::string& name = option.l.empty() ? option.s : option.l.front();
    if (result.count(name) > 1) {
      return Status::InvalidArgument("--" + name + " given " + std::to_string(result.count(name)) +
                                     " times; it takes one value");
    }
  }
  if (!result.unmatched().empty()) {
    const std::string& extra = result.unmatched().front();
    std::string message = "unexpected argument '" + extra + "'";
    bool has_actor = std::any_of(all.begin(), all.end(), [](const cxxopts::HelpOptionDetails& option) {
      return std::find(option.l.begin(), option.l.end(), "actor") != option.l.end();
    });
    if (has_actor) message += " (to name an actor, use --actor '" + extra + "')";
    return Status::InvalidArgument(message);
  }
  return Status::OK();
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string NearestName(const std::string& word, const std::vector<std::string>& candidates) {
  size_t allowed = std::max<size_t>(1, word.size() / 3);
  std::string best;
  size_t best_distance = allowed + 1;
  for (const std::string& candidate : candidates) {
    size_t distance = EditDistance(word, candidate);
    // A prefix of a longer name ("--evid" for "--evidence") counts as near too.
    if (word.size() >= 3 && candidate.starts_with(word)) distance = std::min(distance, allowed);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

bool ParseArgs(cxxopts::Options& options, int argc, char** argv, cxxopts::ParseResult* result,
               int* exit_code) {
  auto usage = [&](const std::string& message) {
    std::cerr << "geokg " << options.program() << ": " << message << "\n"
              << "Try 'geokg " << options.program() << " --help'.\n";
    *exit_code = kExitUsage;
    return false;
  };
  std::vector<cxxopts::HelpOptionDetails> all = AllOptions(options);
  auto has = [&](const std::string& name) {
    return std::any_of(all.begin(), all.end(), [&](const cxxopts::HelpOptionDetails& option) {
      return std::find(option.l.begin(), option.l.end(), name) != option.l.end();
    });
  };
  if (!has("version")) {  // every subcommand takes --version, with or without AddCommonOptions
    options.add_options()("version", "print the version");
    all = AllOptions(options);
  }
  if (Status s = CheckLongOptions(all, argc, argv); !s.ok()) return usage(s.message());
  try {
    *result = options.parse(argc, argv);
  } catch (const cxxopts::exceptions::exception& e) {
    return usage(e.what());
  }
  if (result->count("help")) {
    std::cout << options.help() << std::endl;
    *exit_code = kExitOk;
    return false;
  }
  if (result->count("version")) {
    std::cout << "geokg " << GEOKG_VERSION << "\n";
    *exit_code = kExitOk;
    return false;
  }
  if (Status s = CheckParsed(all, *result); !s.ok()) return usage(s.message());
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

bool BoundsInOrder(const std::string& since, const std::string& until) {
  // The first and last day YYYY-MM-DD of each bound, as strings that compare
  // in date order (day 31 of a shorter month compares right).
  const std::string first = since.size() == 4 ? since + "-01-01" : since.size() == 7 ? since + "-01" : since;
  const std::string last = until.size() == 4 ? until + "-12-31" : until.size() == 7 ? until + "-31" : until;
  return first <= last;
}

Status ParseFilter(const cxxopts::ParseResult& result, EdgeFilter* filter) {
  *filter = EdgeFilter();
  try {
    if (result.count("since")) filter->since = result["since"].as<std::string>();
    if (result.count("until")) filter->until = result["until"].as<std::string>();
    for (const char* name : {"since", "until"}) {
      const std::string& bound = name[0] == 's' ? filter->since : filter->until;
      if (!bound.empty() && !IsCalendarDate(bound, /*allow_partial=*/true)) {
        return Status::InvalidArgument(std::string("--") + name +
                                       " takes a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + bound + "'");
      }
    }
    if (!filter->since.empty() && !filter->until.empty() && !BoundsInOrder(filter->since, filter->until)) {
      return Status::InvalidArgument("--since " + filter->since + " is after --until " + filter->until);
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

bool IsCalendarDate(const std::string& date, bool allow_partial) {
  static const char* kShape = "dddd-dd-dd";
  if (date.size() != 10 && !(allow_partial && (date.size() == 4 || date.size() == 7))) return false;
  for (size_t i = 0; i < date.size(); ++i) {
    if (kShape[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(date[i])) : date[i] != '-') return false;
  }
  if (date.size() == 4) return true;
  int year = std::stoi(date.substr(0, 4));
  int month = std::stoi(date.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  int day = std::stoi(date.substr(8, 2));
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day >= 1 && day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

void PrintError(const std::string& command, const Status& status) {
  std::cerr << "geokg " << command << ": " << status.message() << "\n";
}

std::string Thousands(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace geokg::cli
