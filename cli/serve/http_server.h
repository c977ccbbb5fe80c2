// The explorer's HTTP server (cpp-httplib): the page and its script and
// style (embedded in the binary at build time), the API routes of
// explorer_api.h, and the safety rules of a local server: GET only, a Host
// header naming the loopback address when bound to it (no DNS rebinding),
// and headers that keep the page from running anything it did not ship
// (Content-Security-Policy, nosniff).
#pragma once

#include <memory>
#include <string>

#include "cli/serve/explorer_api.h"
#include "graph/status.h"

namespace geokg::cli::serve {

class ExplorerServer {
 public:
  explicit ExplorerServer(ExplorerApi& api);
  ~ExplorerServer();
  ExplorerServer(const ExplorerServer&) = delete;
  ExplorerServer& operator=(const ExplorerServer&) = delete;

  // Binds `host`:`port` (0: a free port the system picks) and sets *bound_port.
  // Connections made after it returns wait until Listen() serves them.
  // InvalidArgument when the address cannot be bound (in use, not local).
  Status Bind(const std::string& host, int port, int* bound_port);
  // Serves until Stop() (from any thread); false when the server failed.
  bool Listen();
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// The page's URL for a bound address: "http://127.0.0.1:8080/", IPv6 in brackets.
std::string ServerUrl(const std::string& host, int port);

}  // namespace geokg::cli::serve
