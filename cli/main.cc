// geokg: news articles in, a persistent graph of geopolitical actors and
// relations out. `geokg <subcommand> --help` for each subcommand.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"

namespace {

struct Subcommand {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

constexpr Subcommand kSubcommands[] = {
    {"ingest", geokg::cli::RunIngest, "extract articles (or read triples) and merge them into the database"},
    {"extract", geokg::cli::RunExtract, "print the triples of articles without storing them"},
    {"parse", geokg::cli::RunParse, "print the syntactic analysis of articles (CoNLL-U or tree)"},
    {"eval", geokg::cli::RunEval, "score the extractor against a gold file"},
    {"stats", geokg::cli::RunStats, "counts of actors, edges, evidence and articles"},
    {"doc", geokg::cli::RunDoc, "what one article contributed"},
    {"remove", geokg::cli::RunRemove, "retract an article (--doc ID)"},
    {"check", geokg::cli::RunCheck, "verify the database: files, checksums, graph invariants"},
    {"backup", geokg::cli::RunBackup, "write a consistent copy of the database"},
    {"upgrade", geokg::cli::RunUpgrade, "bring a database written by an earlier geokg to this version's layout"},
    {"actors", geokg::cli::RunActors, "list and search actors"},
    {"actor", geokg::cli::RunActor, "profile of one actor"},
    {"relations", geokg::cli::RunRelations, "relations of an actor, or between two"},
    {"path", geokg::cli::RunPath, "shortest chains of relations between two actors"},
    {"neighbors", geokg::cli::RunNeighbors, "the ego network of an actor"},
    {"top", geokg::cli::RunTop, "central actors (degree, weighted degree, PageRank, betweenness)"},
    {"timeline", geokg::cli::RunTimeline, "relations by month and quad class"},
    {"export", geokg::cli::RunExport, "write the graph as DOT, SVG, PNG, GraphML, CSV, JSON or N-Quads"},
    {"serve", geokg::cli::RunServe, "a local web page to explore the graph, and its JSON API"},
    {"dict", geokg::cli::RunDict, "import PETRARCH dictionaries into geokg's TSV dictionaries"},
};

void PrintUsage(std::ostream& out) {
  out << "geokg " << GEOKG_VERSION
      << " - a knowledge graph of geopolitical relations from news articles\n\n"
         "Usage: geokg <subcommand> [options]   (geokg <subcommand> --help for its options)\n\n"
         "Subcommands:\n";
  for (const auto& sub : kSubcommands) {
    out << "  " << sub.name << std::string(12 - std::strlen(sub.name), ' ') << sub.summary << "\n";
  }
  out << "\nGlobal options:\n  -h, --help     this help\n  --version      print the version\n"
         "\nThe database is $GEOKG_DB, else ~/.local/share/geokg/graph.db; --db overrides it.\n";
}

// The exit code of a subcommand that returned `code`, once standard output is
// flushed: 1 when any of its output could not be written (a full disk, a
// closed pipe with SIGPIPE ignored), so that a truncated answer never exits 0.
int FlushedOutput(const char* name, int code) {
  errno = 0;
  std::cout.flush();
  bool failed = !std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return code;
  int error = errno;
  std::cerr << "geokg " << name << ": cannot write to standard output"
            << (error != 0 ? std::string(": ") + std::strerror(error) : std::string()) << "\n";
  return code == 0 ? 1 : code;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(std::cerr);
    return 2;
  }
  std::string_view first = argv[1];
  if (first == "-h" || first == "--help" || first == "help") {
    PrintUsage(std::cout);
    return 0;
  }
  if (first == "--version" || first == "-V") {
    std::cout << "geokg " << GEOKG_VERSION << "\n";
    return 0;
  }
  std::vector<std::string> names;
  for (const auto& sub : kSubcommands) {
    if (first == sub.name) return FlushedOutput(sub.name, sub.run(argc - 1, argv + 1));
    names.push_back(sub.name);
  }
  std::cerr << "geokg: unknown subcommand '" << first << "'";
  if (std::string near = geokg::cli::NearestName(std::string(first), names); !near.empty()) {
    std::cerr << " (did you mean '" << near << "'?)";
  }
  std::cerr << ". Run 'geokg --help' for the list.\n";
  return 2;
}
