// geokg export: the graph, or a part of it, as a diagram (DOT, SVG, PNG) or
// in an interchange format (GraphML, CSV, JSON, N-Quads).
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/actor_lookup.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/subgraph.h"
#include "graph/export.h"

extern char** environ;

namespace geokg::cli {
namespace {

constexpr const char* kCommand = "export";
constexpr const char* kFormats[] = {"dot", "svg", "png", "graphml", "csv", "json", "nquads"};

bool IsFormat(const std::string& name) {
  for (const char* format : kFormats) {
    if (name == format) return true;
  }
  return false;
}

// The format an output file's extension names, or empty.
std::string FormatOfPath(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".dot" || ext == ".gv") return "dot";
  if (ext == ".svg") return "svg";
  if (ext == ".png") return "png";
  if (ext == ".graphml") return "graphml";
  if (ext == ".json") return "json";
  if (ext == ".nq" || ext == ".nquads") return "nquads";
  return "";
}

// Writes `data` to all of fd; false on a write error (EPIPE when the reader died).
bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Runs the Graphviz `program` (found on PATH) with `dot` on its stdin,
// rendering `format` into `output`, or onto our stdout when `output` is
// empty. The file appears only when Graphviz succeeds. NotFound names the
// missing program; IOError reports a failed run (Graphviz's own messages go
// to our stderr).
Status RenderWithGraphviz(const std::string& program, const std::string& format,
                          const std::string& dot, const std::string& output) {
  std::string partial = output.empty() ? "" : output + ".partial";
  std::string type_arg = "-T" + format;
  std::vector<std::string> args{program, type_arg};
  if (!partial.empty()) {
    args.push_back("-o");
    args.push_back(partial);
  }
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  std::cout.flush();
  pid_t pid = 0;
  int spawn_error = ::posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[0]);
  if (spawn_error != 0) {
    ::close(fds[1]);
    if (spawn_error == ENOENT) {
      return Status::NotFound("the Graphviz program '" + program + "' is not on PATH, so " + format +
                              " cannot be rendered: install Graphviz (apt install graphviz), "
                              "or export --format dot and render it elsewhere");
    }
    return Status::IOError("cannot run '" + program + "': " + std::strerror(spawn_error));
  }
  // A Graphviz that exits early must not kill us with SIGPIPE.
  struct sigaction ignore {}, previous {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);
  bool written = WriteAll(fds[1], dot);
  ::close(fds[1]);
  ::sigaction(SIGPIPE, &previous, nullptr);
  int wait_status = 0;
  while (::waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
  }
  std::string run = "'" + program + " " + type_arg + "'";
  Status status;
  if (WIFSIGNALED(wait_status)) {
    status = Status::IOError(run + " was killed by signal " + std::to_string(WTERMSIG(wait_status)));
  } else if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
    status = Status::IOError(run + " failed with exit status " +
                             std::to_string(WEXITSTATUS(wait_status)));
  } else if (!written) {
    status = Status::IOError(run + " stopped reading its input");
  }
  std::error_code ec;
  if (!status.ok()) {
    if (!partial.empty()) std::filesystem::remove(partial, ec);
    return status;
  }
  if (!partial.empty()) {
    std::filesystem::rename(partial, output, ec);
    if (ec) return Status::IOError("cannot write " + output + ": " + ec.message());
  }
  return Status::OK();
}

// Writes `text` to `path` (replacing it), or to stdout when `path` is empty.
Status WriteText(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    std::cout.flush();
    return std::cout ? Status::OK() : Status::IOError("cannot write to stdout");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return Status::IOError("cannot write " + path + ": " + std::strerror(errno));
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
  std::ostringstream nodes, relationships;
  Status status = WriteCsvNodes(graph, nodes);
  if (status.ok()) status = WriteCsvRelationships(graph, relationships);
  if (status.ok()) status = WriteText(nodes_path, nodes.str());
  if (status.ok()) status = WriteText(relationships_path, relationships.str());
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
};

// Reads and checks the options; InvalidArgument names the bad one.
Status ParseRequest(const cxxopts::ParseResult& args, ExportRequest* request) {
  request->db = args["db"].as<std::string>();
  request->output = args.count("output") ? args["output"].as<std::string>() : "";
  request->format =
      args.count("format") ? args["format"].as<std::string>() : FormatOfPath(request->output);
  if (request->format.empty()) request->format = "dot";
  const std::string& format = request->format;
  if (!IsFormat(format)) {
    return Status::InvalidArgument(
        "--format takes dot, svg, png, graphml, csv, json or nquads, not '" + format + "'");
  }
  if (format == "csv" && request->output.empty()) {
    return Status::InvalidArgument("--format csv writes two files: pass --output FOLDER or PREFIX");
  }
  if (format == "png" && request->output.empty() && ::isatty(STDOUT_FILENO)) {
    return Status::InvalidArgument("PNG is binary: pass --output FILE.png or redirect stdout");
  }
  if (!ParseLayout(args["layout"].as<std::string>(), &request->dot.layout)) {
    return Status::InvalidArgument("--layout takes auto, dot, sfdp or neato");
  }
  request->dot.legend = !args.count("no-legend");
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
  selection.evidence = format == "nquads";
  return ParseFilter(args, &selection.filter);
}

// Writes `graph` as the request says.
Status WriteOutput(const Subgraph& graph, ExportRequest* request) {
  const std::string& format = request->format;
  if (format == "csv") return WriteCsvFiles(graph, request->output);
  request->dot.title = request->has_title ? request->title : DefaultTitle(graph, request->selection);
  std::ostringstream text;
  Status status;
  if (format == "graphml") status = WriteGraphML(graph, text);
  else if (format == "json") status = WriteJson(graph, text);
  else if (format == "nquads") status = WriteNQuads(graph, text);
  else status = WriteDot(graph, request->dot, text);
  if (!status.ok()) return status;
  if (format == "svg" || format == "png") {
    std::string program(LayoutProgram(ChooseLayout(graph, request->dot)));
    return RenderWithGraphviz(program, format, text.str(), request->output);
  }
  return WriteText(request->output, text.str());
}

}  // namespace

int RunExport(int argc, char** argv) {
  cxxopts::Options options(kCommand,
                           "Write the graph, or part of it, as a diagram or for another graph tool.");
  AddCommonOptions(options);
  options.add_options()
      ("f,format", "dot, svg, png, graphml, csv, json or nquads (default: from the --output "
                   "extension, else dot)", cxxopts::value<std::string>())
      ("o,output", "output file (stdout when absent; png needs it on a terminal); for csv a "
                   "folder, or a prefix ending in / - _ or . for nodes.csv and relationships.csv",
       cxxopts::value<std::string>())
      ("actor", "only the ego network of this actor (id, name or alias)",
       cxxopts::value<std::string>())
      ("depth", "hops from --actor", cxxopts::value<int>()->default_value("1"))
      ("top", "keep the N most central actors (PageRank) and the relations between them",
       cxxopts::value<size_t>())
      ("layout", "auto, dot, sfdp or neato (auto: dot up to 100 actors, sfdp above)",
       cxxopts::value<std::string>()->default_value("auto"))
      ("title", "the diagram's title (default: names the ego network)",
       cxxopts::value<std::string>())
      ("no-legend", "leave the legend out of diagrams");
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
  status = WriteOutput(graph, &request);
  return status.ok() ? kExitOk : Fail(status);
}

}  // namespace geokg::cli
