// What every subcommand shares: the database option and opening the store,
// the edge filters, exit codes.
#pragma once

#include <cstdint>
#include <cxxopts.hpp>
#include <memory>
#include <string>
#include <vector>

#include "graph/filter.h"
#include "store/graph_store.h"

namespace geokg::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// $GEOKG_DB if set, else $HOME/.local/share/geokg/graph.db (./geokg.db without HOME).
std::string DefaultDbPath();

// Adds --db (default DefaultDbPath()), --help and --version.
void AddCommonOptions(cxxopts::Options& options);

// Parses argv strictly; on --help (--version) prints the help (the version)
// and sets *exit_code to 0, on a usage error prints it to stderr and sets
// *exit_code to 2; returns false in these cases. Usage errors: an unknown
// option (with the nearest known one as a suggestion), an option that takes
// one value given twice, an argument no positional parameter takes (with a
// hint to --actor when the command has that option), a value cxxopts cannot
// convert.
bool ParseArgs(cxxopts::Options& options, int argc, char** argv, cxxopts::ParseResult* result,
               int* exit_code);

// The candidate nearest to `word` by edit distance when it is close enough
// to be a likely typo (at most a third of the word's length, and at least 1),
// else empty.
std::string NearestName(const std::string& word, const std::vector<std::string>& candidates);

// True when `date` is YYYY, YYYY-MM or YYYY-MM-DD (per `allow_partial`, else
// only the last) naming a real calendar month or day.
bool IsCalendarDate(const std::string& date, bool allow_partial);

// True when date bound `since` (YYYY, YYYY-MM or YYYY-MM-DD, checked by
// IsCalendarDate) starts no later than bound `until` ends.
bool BoundsInOrder(const std::string& since, const std::string& until);

// Opens the store at the --db path, printing a clear message on failure. For
// reading (read_only) a missing database is an error, not created.
Status OpenStore(const std::string& path, bool read_only, std::unique_ptr<GraphStore>* store);

// Adds --since, --until, --quad, --cameo, --polarity, --kind, --min-count.
void AddFilterOptions(cxxopts::Options& options);
// Reads them back; InvalidArgument names the bad flag.
Status ParseFilter(const cxxopts::ParseResult& result, EdgeFilter* filter);

// Prints "geokg <command>: <status message>" to stderr.
void PrintError(const std::string& command, const Status& status);

// `n` with thousands separated by commas, for summaries on stderr ("4,296").
std::string Thousands(uint64_t n);

}  // namespace geokg::cli
