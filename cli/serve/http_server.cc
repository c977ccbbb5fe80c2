#include "cli/serve/http_server.h"

#include <httplib.h>

#include <map>
#include <string_view>

#include "cli/serve/api_json.h"

namespace geokg {
// The page, script and style, embedded by cmake/embed_files.cmake (cli/CMakeLists.txt).
const std::map<std::string, std::string_view>& ExplorerAssets();
}  // namespace geokg

namespace geokg::cli::serve {
namespace {

constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "::1" || host == "localhost" || host.rfind("127.", 0) == 0;
}

// The host part of a Host header ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "::1").
std::string HostName(const std::string& header) {
  if (!header.empty() && header[0] == '[') {
    const size_t close = header.find(']');
    return close == std::string::npos ? header : header.substr(1, close - 1);
  }
  return header.substr(0, header.find(':'));
}

void Answer(httplib::Response& res, const ApiResponse& answer) {
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type.c_str());
}

void ServeAsset(httplib::Server& server, const std::string& path, const std::string& file, const char* type) {
  server.Get(path, [file, type](const httplib::Request&, httplib::Response& res) {
    const auto& assets = ExplorerAssets();
    auto it = assets.find(file);
    if (it == assets.end()) {
      res.status = 500;
      res.set_content("missing embedded file " + file, "text/plain; charset=utf-8");
      return;
    }
    res.set_content(std::string(it->second), type);
    if (file == "index.html") res.set_header("Content-Security-Policy", kPagePolicy);
  });
}

}  // namespace

class ExplorerServer::Impl {
 public:
  explicit Impl(ExplorerApi& api) : api_(api) {}
  void Route();
  Status Bind(const std::string& host, int port, int* bound_port);

  ExplorerApi& api_;
  httplib::Server server_;
  std::string host_;
};

void ExplorerServer::Impl::Route() {
  server_.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                               {"Referrer-Policy", "no-referrer"},
                               {"Cache-Control", "no-store"}});
  server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!IsLoopback(host_) || IsLoopback(HostName(req.get_header_value("Host")))) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    Answer(res, ErrorResponse({403, "", "this server answers requests for 127.0.0.1 or localhost only", {}}));
    return httplib::Server::HandlerResponse::Handled;
  });
  ServeAsset(server_, "/", "index.html", "text/html; charset=utf-8");
  ServeAsset(server_, "/app.js", "app.js", "text/javascript; charset=utf-8");
  ServeAsset(server_, "/app.css", "app.css", "text/css; charset=utf-8");
  using Req = const httplib::Request&;
  using Res = httplib::Response&;
  server_.Get("/api/search", [this](Req req, Res res) { Answer(res, api_.Search(req.params)); });
  server_.Get(R"(/api/actor/(.+))", [this](Req req, Res res) { Answer(res, api_.Actor(req.matches[1], req.params)); });
  server_.Get(R"(/api/ego/(.+))", [this](Req req, Res res) { Answer(res, api_.Ego(req.matches[1], req.params)); });
  server_.Get("/api/edge", [this](Req req, Res res) { Answer(res, api_.Edge(req.params)); });
  server_.Get("/api/timeline", [this](Req req, Res res) { Answer(res, api_.Timeline(req.params)); });
  server_.Get("/graph.svg", [this](Req req, Res res) { Answer(res, api_.EgoSvg(req.params)); });
  auto read_only = [](Req, Res res) {
    Answer(res, ErrorResponse({405, "", "the explorer is read-only: GET requests only", {}}));
  };
  server_.Post(".*", read_only).Put(".*", read_only).Patch(".*", read_only).Delete(".*", read_only);
  server_.set_error_handler([](Req req, Res res) {
    if (res.status == 404 && res.body.empty()) {
      Answer(res, ErrorResponse({404, "", "no such page or endpoint: " + req.path, {}}));
    }
  });
  server_.set_exception_handler([](Req, Res res, std::exception_ptr) {
    Answer(res, ErrorResponse({500, "", "internal error", {}}));
  });
}

Status ExplorerServer::Impl::Bind(const std::string& host, int port, int* bound_port) {
  host_ = host;
  if (port == 0) {
    *bound_port = server_.bind_to_any_port(host);
  } else {
    *bound_port = server_.bind_to_port(host, port) ? port : -1;
  }
  if (*bound_port <= 0) {
    return Status::InvalidArgument("cannot listen on " + ServerUrl(host, port) +
                                   ": the port is in use, or the host is not an address of this machine");
  }
  return Status::OK();
}

ExplorerServer::ExplorerServer(ExplorerApi& api) : impl_(std::make_unique<Impl>(api)) { impl_->Route(); }
ExplorerServer::~ExplorerServer() = default;

Status ExplorerServer::Bind(const std::string& host, int port, int* bound_port) {
  return impl_->Bind(host, port, bound_port);
}

bool ExplorerServer::Listen() { return impl_->server_.listen_after_bind(); }

void ExplorerServer::Stop() { impl_->server_.stop(); }

std::string ServerUrl(const std::string& host, int port) {
  const bool v6 = host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/";
}

}  // namespace geokg::cli::serve
