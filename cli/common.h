// What every subcommand shares: the database option and opening the store,
// the edge filters, exit codes.
#pragma once

#include <cxxopts.hpp>
#include <memory>
#include <string>

#include "graph/filter.h"
#include "store/graph_store.h"

namespace geokg::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// $GEOKG_DB if set, else $HOME/.local/share/geokg/graph.db (./geokg.db without HOME).
std::string DefaultDbPath();

// Adds --db (default DefaultDbPath()) and --help.
void AddCommonOptions(cxxopts::Options& options);

// Parses argv; on --help prints the help and sets *exit_code to 0, on a parse
// error prints it to stderr and sets *exit_code to 2; returns false in both cases.
bool ParseArgs(cxxopts::Options& options, int argc, char** argv, cxxopts::ParseResult* result,
               int* exit_code);

// Opens the store at the --db path, printing a clear message on failure. For
// reading (read_only) a missing database is an error, not created.
Status OpenStore(const std::string& path, bool read_only, std::unique_ptr<GraphStore>* store);

// Adds --since, --until, --quad, --cameo, --polarity, --kind, --min-count.
void AddFilterOptions(cxxopts::Options& options);
// Reads them back; InvalidArgument names the bad flag.
Status ParseFilter(const cxxopts::ParseResult& result, EdgeFilter* filter);

// Prints "geokg <command>: <status message>" to stderr.
void PrintError(const std::string& command, const Status& status);

}  // namespace geokg::cli
