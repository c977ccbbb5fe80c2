// geokg serve: a local web page to explore the graph (cli/serve/), over the
// store opened for reading, beside any writer.
#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/serve/explorer_api.h"
#include "cli/serve/http_server.h"

namespace geokg::cli {
namespace {

constexpr const char* kCommand = "serve";

// Blocks SIGINT and SIGTERM in this thread and the threads it starts later;
// WaitForStop receives them instead.
sigset_t BlockStopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

bool IsStopSignal(int signal) { return signal == SIGINT || signal == SIGTERM; }

int ReadPort(const cxxopts::ParseResult& args, int* port) {
  const std::string text = args["port"].as<std::string>();
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *port);
  if (text.empty() || ec != std::errc() || ptr != end || *port < 0 || *port > 65535) {
    std::cerr << "geokg serve: --port takes 0 to 65535 (0: any free port), not '" << text << "'\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

int RunServe(int argc, char** argv) {
  cxxopts::Options options(
      kCommand,
      "Serve a web page to explore the graph: search actors, their profiles, ego networks\n"
      "drawn by Graphviz with clickable actors and relations, the evidence of a relation,\n"
      "timelines, filtered by date, quad class, CAMEO root and polarity; and the JSON API\n"
      "behind it (see the README, 'Exploring in the browser'). Read-only: the database is\n"
      "opened as a reader and may be written by 'geokg ingest' at the same time. Prints the\n"
      "page's URL on stdout once it listens; stops on Ctrl-C or SIGTERM.\n");
  options.add_options()
      ("host", "address to listen on (127.0.0.1: this machine only)",
       cxxopts::value<std::string>()->default_value("127.0.0.1"))
      ("port", "port to listen on (0: any free port)", cxxopts::value<std::string>()->default_value("8080"));
  AddCommonOptions(options);
  options.custom_help("[options]");
  cxxopts::ParseResult args;
  int code = kExitOk;
  if (!ParseArgs(options, argc, argv, &args, &code)) return code;
  if (!args.unmatched().empty()) {
    std::cerr << "geokg serve: unexpected argument '" << args.unmatched().front() << "'\n";
    return kExitUsage;
  }
  int port = 0;
  if ((code = ReadPort(args, &port)) != kExitOk) return code;
  const std::string host = args["host"].as<std::string>();

  // Before any thread starts (RocksDB's included), so that none is killed by them.
  const sigset_t stop_signals = BlockStopSignals();
  std::unique_ptr<GraphStore> store;
  Status status = OpenStore(args["db"].as<std::string>(), /*read_only=*/true, &store);
  if (!status.ok()) {
    PrintError(kCommand, status);
    return kExitFailure;
  }
  serve::ExplorerApi api(*store);
  serve::ExplorerServer server(api);
  int bound_port = 0;
  status = server.Bind(host, port, &bound_port);
  if (!status.ok()) {
    PrintError(kCommand, status);
    return kExitFailure;
  }
  std::thread stopper([&] {
    int signal = 0;
    while (sigwait(&stop_signals, &signal) != 0 || !IsStopSignal(signal)) {
    }
    server.Stop();
  });
  std::cout << serve::ServerUrl(host, bound_port) << std::endl;
  std::cerr << "geokg serve: listening on " << serve::ServerUrl(host, bound_port)
            << " (Ctrl-C to stop)\n";
  const bool served = server.Listen();
  pthread_kill(stopper.native_handle(), SIGTERM);  // wakes it when Listen ended on its own
  stopper.join();
  return served ? kExitOk : kExitFailure;
}

}  // namespace geokg::cli
