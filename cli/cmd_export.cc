// geokg export: the graph, or a part of it, as a diagram (DOT, SVG, PNG) or
// in an interchange format (GraphML, CSV, JSON, N-Quads).
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/actor_lookup.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/export_files.h"
#include "cli/subgraph.h"
#include "graph/diagram.h"
#include "graph/export.h"

namespace geokg::cli {
namespace {

constexpr const char* kCommand = "export";
constexpr const char* kFormats[] = {"dot",  "svg",  "png",    "pdf",    "graphml",
                                    "csv",  "json", "nquads", "events", "events-tsv"};
constexpr const char* kFormatList = "dot, svg, png, pdf, graphml, csv, json, nquads, events or events-tsv";

bool IsFormat(const std::string& name) {
  for (const char* format : kFormats) {
    if (name == format) return true;
  }
  return false;
}

// The format an output file's extension names (any case), or empty.
std::string FormatOfExtension(std::string ext) {
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".dot" || ext == ".gv") return "dot";
  if (ext == ".svg") return "svg";
  if (ext == ".png") return "png";
  if (ext == ".pdf") return "pdf";
  if (ext == ".graphml") return "graphml";
  if (ext == ".json") return "json";
  if (ext == ".nq" || ext == ".nquads") return "nquads";
  if (ext == ".csv") return "events";
  if (ext == ".tsv") return "events-tsv";
  return "";
}

// The format of the export: --format, else the extension of --output, else
// DOT on stdout. An --output whose extension names no format, or another
// format than --format, is an error: the file would lie about its content.
// (--format csv writes a folder or a prefix: its --output is not checked.)
Status ChooseFormat(const std::string& given, const std::string& output, std::string* format) {
  *format = given;
  if (output.empty() || given == "csv") {
    if (format->empty()) *format = "dot";
    return Status::OK();
  }
  std::string ext = std::filesystem::path(output).extension().string();
  std::string implied = FormatOfExtension(ext);
  if (format->empty()) {
    if (implied.empty()) {
      return Status::InvalidArgument(
          (ext.empty() ? "--output '" + output + "' has no extension"
                       : "--output '" + output + "': no format is written as " + ext) +
          "; name the format with --format (" + kFormatList +
          ") or use an extension: .dot .gv .svg .png .pdf .graphml .json .nq .csv (events) .tsv (events-tsv)");
    }
    *format = implied;
  } else if (!implied.empty() && implied != *format) {
    return Status::InvalidArgument("--output '" + output + "' has the extension of " + implied +
                                   ", not of --format " + *format + ": change one of them");
  }
  return Status::OK();
}

// The two CSV file names for --output: PATH is a prefix when it ends with
// '/', '-', '_' or '.' ("out/world-" gives out/world-nodes.csv), else a
// folder, created when missing ("out" gives out/nodes.csv).
std::pair<std::string, std::string> CsvPaths(const std::string& output) {
  std::string prefix = output;
  if (std::string_view("/-_.").find(output.back()) == std::string_view::npos) prefix += '/';
  return {prefix + "nodes.csv", prefix + "relationships.csv"};
}

Status WriteCsvFiles(const Subgraph& graph, const std::string& output) {
  auto [nodes_path, relationships_path] = CsvPaths(output);
  std::filesystem::path folder = std::filesystem::path(nodes_path).parent_path();
  std::error_code ec;
  if (!folder.empty()) std::filesystem::create_directories(folder, ec);
  std::ostringstream nodes, relationships, articles, mentions;
  Status status = WriteCsvNodes(graph, nodes);
  if (status.ok()) status = WriteCsvRelationships(graph, relationships);
  if (status.ok()) status = WriteCsvArticles(graph, articles);
  if (status.ok()) status = WriteCsvMentions(graph, mentions);
  std::string prefix = nodes_path.substr(0, nodes_path.size() - std::string("nodes.csv").size());
  if (status.ok()) status = WriteFileWhole(nodes_path, nodes.str());
  if (status.ok()) status = WriteFileWhole(relationships_path, relationships.str());
  if (status.ok()) status = WriteFileWhole(prefix + "articles.csv", articles.str());
  if (status.ok()) status = WriteFileWhole(prefix + "mentioned_in.csv", mentions.str());
  return status;
}

std::string DefaultTitle(const Subgraph& graph, const Selection& selection) {
  if (selection.center.empty()) return "";
  auto it = graph.actor_index.find(selection.center);
  std::string name = it == graph.actor_index.end() ? selection.center : graph.actors[it->second].name;
  return name + ": relations within " + std::to_string(selection.depth) +
         (selection.depth == 1 ? " hop" : " hops");
}

int Fail(const Status& status, int code = kExitFailure) {
  PrintError(kCommand, status);
  return code;
}

// What the command line asks for.
struct ExportRequest {
  std::string db;
  std::string format;
  std::string output;  // empty: stdout
  std::string actor;   // the name given to --actor, or empty
  std::string title;   // --title, or empty for the default
  bool has_title = false;
  Selection selection;
  DotOptions dot;
  enum class Merge { kAuto, kYes, kNo } merge = Merge::kAuto;
  size_t max_edges = 300;  // 0: no cap
};

bool IsDiagram(const std::string& format) {
  return format == "dot" || format == "svg" || format == "png" || format == "pdf";
}

// Makes a diagram drawable: merges parallel relations (by default when the
// diagram is large), then keeps the --max-edges strongest edges; says on
// stderr what it merged and what it left out.
void PrepareDiagram(const ExportRequest& request, Subgraph* graph) {
  bool merge = request.merge == ExportRequest::Merge::kYes ||
               (request.merge == ExportRequest::Merge::kAuto && IsLargeDiagram(*graph, request.dot));
  if (merge) {
    size_t before = MergeParallelEdges(graph);
    if (before != graph->edges.size()) {
      std::cerr << "geokg export: merged " << Thousands(before) << " relations into " << Thousands(graph->edges.size())
                << " edges, one per pair of actors and direction (--no-merge keeps them apart)\n";
    }
  }
  EdgeCap cap = KeepStrongestEdges(request.max_edges, request.selection.center, graph);
  if (cap.edges_dropped > 0) {
    std::cerr << "geokg export: drew the " << Thousands(graph->edges.size()) << " strongest of "
              << Thousands(cap.edges_before) << " edges (" << Thousands(cap.weakest_kept)
              << "+ mentions); left out " << Thousands(cap.edges_dropped) << " edges and "
              << Thousands(cap.actors_dropped) << " actors without a drawn edge (--max-edges N raises the cap, "
              << "0 draws all)\n";
  }
}

// Reads and checks the options; InvalidArgument names the bad one.
Status ParseRequest(const cxxopts::ParseResult& args, ExportRequest* request) {
  request->db = args["db"].as<std::string>();
  request->output = args.count("output") ? args["output"].as<std::string>() : "";
  std::string given = args.count("format") ? args["format"].as<std::string>() : "";
  if (!given.empty() && !IsFormat(given)) {
    return Status::InvalidArgument(std::string("--format takes ") + kFormatList + ", not '" + given + "'");
  }
  if (Status status = ChooseFormat(given, request->output, &request->format); !status.ok()) return status;
  const std::string& format = request->format;
  if (format == "csv" && request->output.empty()) {
    return Status::InvalidArgument("--format csv writes two files: pass --output FOLDER or PREFIX");
  }
  if ((format == "png" || format == "pdf") && request->output.empty() && ::isatty(STDOUT_FILENO)) {
    return Status::InvalidArgument("--format " + format + " is binary: pass --output FILE." + format +
                                   " or redirect stdout");
  }
  if (!ParseLayout(args["layout"].as<std::string>(), &request->dot.layout)) {
    return Status::InvalidArgument("--layout takes auto, dot, sfdp or neato");
  }
  request->dot.legend = !args.count("no-legend");
  if (args.count("merge") && args.count("no-merge")) {
    return Status::InvalidArgument("--merge and --no-merge contradict each other");
  }
  if (args.count("merge")) request->merge = ExportRequest::Merge::kYes;
  if (args.count("no-merge")) request->merge = ExportRequest::Merge::kNo;
  request->max_edges = args["max-edges"].as<size_t>();
  if ((args.count("merge") || args.count("no-merge") || args.count("max-edges")) && !IsDiagram(format)) {
    return Status::InvalidArgument("--merge, --no-merge and --max-edges shape diagrams (dot, svg, png, pdf), "
                                   "not " + format + ", which keeps every relation");
  }
  request->has_title = args.count("title") > 0;
  if (request->has_title) request->title = args["title"].as<std::string>();
  Selection& selection = request->selection;
  if (args.count("actor")) request->actor = args["actor"].as<std::string>();
  selection.depth = args["depth"].as<int>();
  if (selection.depth < 0) return Status::InvalidArgument("--depth must be 0 or more");
  if (args.count("depth") && request->actor.empty()) {
    return Status::InvalidArgument("--depth needs --actor");
  }
  if (args.count("top")) {
    selection.top = args["top"].as<size_t>();
    if (selection.top == 0) return Status::InvalidArgument("--top must be 1 or more");
  }
  // Every interchange format carries the provenance of its relations.
  selection.evidence = !IsDiagram(format);
  return ParseFilter(args, &selection.filter);
}

// Writes `graph` as the request says.
Status WriteOutput(Subgraph& graph, ExportRequest* request) {
  const std::string& format = request->format;
  if (format == "csv") return WriteCsvFiles(graph, request->output);
  if (IsDiagram(format)) PrepareDiagram(*request, &graph);
  request->dot.title = request->has_title ? request->title : DefaultTitle(graph, request->selection);
  std::ostringstream text;
  Status status;
  if (format == "graphml") status = WriteGraphML(graph, text);
  else if (format == "json") status = WriteJson(graph, text);
  else if (format == "nquads") status = WriteNQuads(graph, text);
  else if (format == "events" || format == "events-tsv") status = WriteEvents(graph, format == "events" ? ',' : '\t', text);
  else status = WriteDot(graph, request->dot, text);
  if (!status.ok()) return status;
  if (format == "svg" || format == "png" || format == "pdf") {
    std::string program(LayoutProgram(ChooseLayout(graph, request->dot)));
    return RenderWithGraphviz(program, format, text.str(), request->output);
  }
  return WriteFileWhole(request->output, text.str());
}

}  // namespace

int RunExport(int argc, char** argv) {
  cxxopts::Options options(kCommand,
                           "Write the graph, or part of it, as a diagram or for another graph tool.");
  AddCommonOptions(options);
  options.add_options()
      ("f,format", "dot, svg, png, pdf, graphml, csv (Neo4j), json, nquads, events (CSV table of "
                   "events) or events-tsv (default: from the --output extension; dot on stdout)",
       cxxopts::value<std::string>())
      ("o,output", "output file (stdout when absent; png needs it on a terminal); for csv a "
                   "folder, or a prefix ending in / - _ or . for nodes.csv and relationships.csv",
       cxxopts::value<std::string>())
      ("actor", "only the ego network of this actor (id, name or alias)",
       cxxopts::value<std::string>())
      ("depth", "hops from --actor", cxxopts::value<int>()->default_value("1"))
      ("top", "keep the N most central actors (PageRank) and the relations between them",
       cxxopts::value<size_t>())
      ("layout", "auto, dot, sfdp or neato (auto: dot up to 100 actors and 300 relations, sfdp above)",
       cxxopts::value<std::string>()->default_value("auto"))
      ("title", "the diagram's title (default: names the ego network)",
       cxxopts::value<std::string>())
      ("no-legend", "leave the legend out of diagrams")
      ("merge", "draw one edge per pair of actors and direction, with the relations' summed mentions "
                "(default for large diagrams: over 100 actors or 300 relations)")
      ("no-merge", "draw every relation as its own edge")
      ("max-edges", "draw at most N edges, the strongest (most mentions); 0 draws all",
       cxxopts::value<size_t>()->default_value("300"));
  AddFilterOptions(options);
  cxxopts::ParseResult args;
  int exit_code = kExitOk;
  if (!ParseArgs(options, argc, argv, &args, &exit_code)) return exit_code;
  ExportRequest request;
  Status status = ParseRequest(args, &request);
  if (!status.ok()) return Fail(status, kExitUsage);

  std::unique_ptr<GraphStore> store;
  status = OpenStore(request.db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status);
  if (!request.actor.empty()) {
    ActorRecord center;
    status = LookupActor(*store, request.actor, &center);
    request.selection.center = center.id;
    if (!status.ok()) {
      bool usage = status.IsNotFound() || status.IsAmbiguous();  // the name, not the store
      return Fail(status, usage ? kExitUsage : kExitFailure);
    }
  }
  Subgraph graph;
  status = CollectSubgraph(*store, request.selection, &graph);
  if (!status.ok()) return Fail(status);
  store.reset();
  if (graph.edges.empty()) std::cerr << "geokg export: no relations match; the output is empty\n";
  InterruptGuard interrupts;  // from here on, SIGINT/SIGTERM leave no partial file or Graphviz child
  status = WriteOutput(graph, &request);
  return status.ok() ? kExitOk : Fail(status);
}

}  // namespace geokg::cli
