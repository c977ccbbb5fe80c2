// The explorer behind `geokg serve`: its API handlers called directly on the
// query fixture (tests/query_fixture.h) plus an actor with a hostile name,
// and the HTTP server started in-process on a free loopback port.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "cli/common.h"
#include "cli/serve/api_params.h"
#include "cli/serve/explorer_api.h"
#include "cli/serve/http_server.h"
#include "tests/query_fixture.h"

namespace geokg::testing {
namespace {

using cli::serve::ApiResponse;
using cli::serve::ExplorerApi;
using cli::serve::Params;
using nlohmann::json;

constexpr const char* kHostileName = "<script>alert('x')</script> & \"Co\"";

// One more article: an actor whose name is markup, meeting an accented one.
void AddHostileArticle(GraphStore& store) {
  Article article;
  article.id = "evil";
  article.date = "2023-03-05";
  article.source = "Nowhere";
  article.title = "<b>Evil</b> title";
  article.url = "https://example.org/evil?a=1&b=2";
  article.text = "The hostile group met Erdogan.";
  Triple t;
  t.doc = article.id;
  t.subject = ActorRef{"evil", kHostileName, ActorType::kArmedGroup, "", "the hostile group"};
  t.predicate = "meet";
  t.object = ActorRef{"erdogan", "Recep Tayyip Erdoğan", ActorType::kPerson, "TUR", "Erdogan"};
  t.cameo = "036";
  t.quad = 1;
  t.goldstein = 4.0;
  t.date = article.date;
  t.source = article.source;
  t.evidence = {0, 0, article.text.size(), article.text};
  IngestOutcome outcome;
  ASSERT_TRUE(store.PutArticle(article, {t}, &outcome).ok());
  ASSERT_TRUE(store.Flush().ok());
}

class ServeApiTest : public QueryFixture {
 protected:
  static void SetUpTestSuite() {
    QueryFixture::SetUpTestSuite();
    {
      std::unique_ptr<GraphStore> writer;
      ASSERT_TRUE(GraphStore::Open(DbPath(), StoreOptions(), &writer).ok());
      AddHostileArticle(*writer);
    }
    StoreOptions options;
    options.read_only = true;
    ASSERT_TRUE(GraphStore::Open(DbPath(), options, &store_).ok());
    api_ = new ExplorerApi(*store_);
  }
  static void TearDownTestSuite() {
    delete api_;
    store_.reset();
    QueryFixture::TearDownTestSuite();
  }
  static json Body(const ApiResponse& response) { return json::parse(response.body); }

  static inline std::unique_ptr<GraphStore> store_;
  static inline ExplorerApi* api_ = nullptr;
};

TEST_F(ServeApiTest, SearchFindsNamesAndAliasesIgnoringCaseAndAccents) {
  ApiResponse response = api_->Search({{"q", "PAKIS"}});
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.content_type.rfind("application/json", 0), 0u);
  json body = Body(response);
  ASSERT_FALSE(body["results"].empty());
  EXPECT_EQ(body["results"][0]["id"], "PAK");  // the name starts with it; the TTP's only contains it

  body = Body(api_->Search({{"q", "islamabad"}}));  // an alias
  ASSERT_EQ(body["results"].size(), 1u);
  EXPECT_EQ(body["results"][0]["id"], "PAK");
  EXPECT_EQ(body["results"][0]["matched"], "Islamabad");

  body = Body(api_->Search({{"q", "erdogan"}}));  // no accent typed
  ASSERT_FALSE(body["results"].empty());
  EXPECT_EQ(body["results"][0]["name"], "Recep Tayyip Erdoğan");
}

TEST_F(ServeApiTest, SearchWithoutMatchSuggestsNearNames) {
  json body = Body(api_->Search({{"q", "Indai"}}));
  EXPECT_TRUE(body["results"].empty());
  EXPECT_NE(std::find(body["suggestions"].begin(), body["suggestions"].end(), "India"), body["suggestions"].end())
      << body.dump();
}

TEST_F(ServeApiTest, ActorProfileHasRelationsBothWays) {
  ApiResponse response = api_->Actor("PAK", {});
  ASSERT_EQ(response.status, 200) << response.body;
  json body = Body(response);
  EXPECT_EQ(body["name"], "Pakistan");
  ASSERT_FALSE(body["outgoing"].empty());
  EXPECT_EQ(body["outgoing"][0]["predicate"], "criticise");  // the strongest: two mentions
  EXPECT_EQ(body["outgoing"][0]["object"], "IND");
  EXPECT_GT(body["incoming_total"].get<int>(), 0);
  // A name resolves as well as an id; filters apply.
  body = Body(api_->Actor("Islamabad", {{"quad", "4"}}));
  EXPECT_EQ(body["id"], "PAK");
  ASSERT_EQ(body["incoming"].size(), 1u);
  EXPECT_EQ(body["incoming"][0]["subject"], "ttp");
  EXPECT_TRUE(body["outgoing"].empty());
}

TEST_F(ServeApiTest, UnknownActorIs404WithSuggestion) {
  ApiResponse response = api_->Actor("Pakstan", {});
  EXPECT_EQ(response.status, 404);
  json body = Body(response);
  EXPECT_EQ(body["parameter"], "id");
  EXPECT_NE(body["error"].get<std::string>().find("Pakstan"), std::string::npos);
  ASSERT_FALSE(body["suggestions"].empty());
  EXPECT_EQ(body["suggestions"][0], "Pakistan");
}

TEST_F(ServeApiTest, AmbiguousNameIs409) {
  ApiResponse response = api_->Actor("Georgia", {});
  EXPECT_EQ(response.status, 409) << response.body;
}

TEST_F(ServeApiTest, BadParametersAre400NamingThem) {
  struct Case {
    Params params;
    const char* parameter;
  };
  const Case cases[] = {
      {{{"since", "2023-02-30"}}, "since"},    // no such day
      {{{"until", "2023-13"}}, "until"},       // no such month
      {{{"since", "23-01-01"}}, "since"},
      {{{"since", "2023-05"}, {"until", "2023-04"}}, "until"},  // reversed
      {{{"quad", "5"}}, "quad"},
      {{{"quad", "1x"}}, "quad"},
      {{{"cameo", "1a"}}, "cameo"},
      {{{"polarity", "maybe"}}, "polarity"},
      {{{"kind", "x"}}, "kind"},
      {{{"limit", "-1"}}, "limit"},
      {{{"colour", "red"}}, "colour"},                    // unknown
      {{{"quad", "1"}, {"quad", "2"}}, "quad"},           // twice
  };
  for (const auto& c : cases) {
    ApiResponse response = api_->Actor("PAK", c.params);
    EXPECT_EQ(response.status, 400) << c.parameter;
    EXPECT_EQ(Body(response)["parameter"], c.parameter) << response.body;
  }
  EXPECT_EQ(Body(api_->Search({}))["parameter"], "q");
  EXPECT_EQ(Body(api_->Ego("PAK", {{"depth", "3"}}))["parameter"], "depth");
  EXPECT_EQ(Body(api_->EgoSvg({{"max_edges", "0"}, {"actor", "PAK"}}))["parameter"], "max_edges");
  EXPECT_EQ(Body(api_->EgoSvg({}))["parameter"], "actor");
  EXPECT_EQ(Body(api_->Edge({{"s", "PAK"}}))["parameter"], "o");
  // A leap day exists in 2024 only.
  EXPECT_EQ(api_->Actor("PAK", {{"since", "2024-02-29"}}).status, 200);
  EXPECT_EQ(api_->Actor("PAK", {{"since", "2023-02-29"}}).status, 400);
}

TEST_F(ServeApiTest, EgoSvgLinksActorsAndEdges) {
  ApiResponse response = api_->EgoSvg({{"actor", "PAK"}});
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.content_type.rfind("image/svg+xml", 0), 0u);
  const std::string& svg = response.body;
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("href=\"#/actor/IND\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("href=\"#/edge?s=PAK&amp;o=IND&amp;p=criticise&amp;polarity=positive&amp;kind=event\""),
            std::string::npos);
  EXPECT_NE(svg.find("provide%20aid"), std::string::npos);  // predicates are URL-encoded
}

TEST_F(ServeApiTest, HostileNameIsEscapedEverywhere) {
  ApiResponse response = api_->EgoSvg({{"actor", "evil"}});
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.body.find("<script"), std::string::npos);
  EXPECT_NE(response.body.find("&lt;script&gt;"), std::string::npos);
  // JSON carries the name as data, exactly.
  json body = Body(api_->Actor("evil", {}));
  EXPECT_EQ(body["name"], kHostileName);
  body = Body(api_->Search({{"q", "<script>"}}));
  ASSERT_FALSE(body["results"].empty());
  EXPECT_EQ(body["results"][0]["id"], "evil");
}

TEST_F(ServeApiTest, EgoJsonIsCutToTheStrongestEdges) {
  json body = Body(api_->Ego("PAK", {}));
  const size_t all = body["edges"].size();
  EXPECT_EQ(body["edges_found"], all);
  EXPECT_FALSE(body["truncated"].get<bool>());
  bool between_neighbours = false;  // USA meet IND: both PAK's neighbours
  for (const auto& edge : body["edges"]) between_neighbours |= edge["subject"] == "USA" && edge["object"] == "IND";
  EXPECT_TRUE(between_neighbours);

  body = Body(api_->Ego("PAK", {{"max_edges", "2"}}));
  ASSERT_EQ(body["edges"].size(), 2u);
  EXPECT_TRUE(body["truncated"].get<bool>());
  EXPECT_EQ(body["edges_found"], all);
  for (const auto& edge : body["edges"]) {
    EXPECT_TRUE(edge["subject"] == "PAK" || edge["object"] == "PAK");
  }
  EXPECT_EQ(body["edges"][0]["mentions"], 2);  // PAK criticise IND, the strongest

  body = Body(api_->Ego("PAK", {{"max_actors", "2"}}));
  EXPECT_EQ(body["actors"].size(), 2u);  // PAK and its strongest neighbour
  EXPECT_TRUE(body["truncated"].get<bool>());
  body = Body(api_->Ego("imran-khan", {{"depth", "2"}}));  // pti, PAK, then PAK's neighbours
  EXPECT_GT(body["actors"].size(), 5u);
}

TEST_F(ServeApiTest, EdgeEvidenceHasSentenceArticleDateAndUrl) {
  ApiResponse response = api_->Edge({{"s", "PAK"}, {"o", "IND"}, {"p", "criticise"}});
  ASSERT_EQ(response.status, 200) << response.body;
  json relation = Body(response)["relations"][0];
  ASSERT_EQ(relation["evidence"].size(), 2u);
  json first = relation["evidence"][0];
  EXPECT_EQ(first["text"], "Islamabad criticised India over the dam.");
  EXPECT_EQ(first["doc"], "d1");
  EXPECT_EQ(first["date"], "2023-01-10");
  EXPECT_EQ(first["title"], "Article d1");
  EXPECT_EQ(first["url"], "https://news.example/d1");  // the fixture's articles have URLs
  // A date window keeps the evidence inside it.
  relation = Body(api_->Edge({{"s", "PAK"}, {"o", "IND"}, {"p", "criticise"}, {"since", "2023-01-20"}}))["relations"][0];
  ASSERT_EQ(relation["evidence"].size(), 1u);
  EXPECT_EQ(relation["evidence"][0]["doc"], "d2");

  json evil = Body(api_->Edge({{"s", "evil"}, {"o", "erdogan"}}))["relations"][0]["evidence"][0];
  EXPECT_EQ(evil["url"], "https://example.org/evil?a=1&b=2");
  EXPECT_EQ(api_->Edge({{"s", "PAK"}, {"o", "IND"}, {"p", "hug"}}).status, 404);
}

TEST_F(ServeApiTest, TimelineCountsMonthsByQuadClass) {
  json body = Body(api_->Timeline({{"a", "PAK"}, {"b", "IND"}}));
  ASSERT_EQ(body["months"].size(), 4u);  // 2023-01 .. 2023-04, empty months listed
  EXPECT_EQ(body["months"][0]["month"], "2023-01");
  EXPECT_EQ(body["months"][0]["verbal_conflict"], 3);
  EXPECT_EQ(body["months"][1]["total"], 0);
  EXPECT_EQ(body["months"][3]["verbal_cooperation"], 1);  // "Pakistan will not meet India"
}

// The date check `geokg serve` shares with the command line's --since/--until.
TEST(ServeParamsTest, CalendarDates) {
  for (const char* good : {"2023", "2023-01", "2023-12-31", "2024-02-29", "2000-02-29"}) {
    EXPECT_TRUE(cli::IsCalendarDate(good, /*allow_partial=*/true)) << good;
  }
  for (const char* bad : {"", "23", "2023-00", "2023-13", "2023-04-31", "1900-02-29", "2023-1-01", "2023/01"}) {
    EXPECT_FALSE(cli::IsCalendarDate(bad, /*allow_partial=*/true)) << bad;
  }
}

TEST_F(ServeApiTest, ServeRefusesBadArgumentsBeforeListening) {
  CommandResult result = Geokg("serve --port 70000");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--port"), std::string::npos) << result.err;
  result = Geokg("serve --port 0 extra");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("'extra'"), std::string::npos) << result.err;
  result = RunGeokg("serve --port 0 --db " + ShellQuote(DbPath() + "-missing"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("no database"), std::string::npos) << result.err;
}

// The HTTP layer, in-process on a free port of 127.0.0.1.
TEST_F(ServeApiTest, HttpServerServesPageAndApiToLoopbackOnly) {
  cli::serve::ExplorerServer server(*api_);
  int port = 0;
  ASSERT_TRUE(server.Bind("127.0.0.1", 0, &port).ok());
  std::thread listener([&] { server.Listen(); });
  httplib::Client client("127.0.0.1", port);

  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<script src=\"/app.js\""), std::string::npos);
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  auto script = client.Get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->get_header_value("Content-Type").rfind("text/javascript", 0), 0u);

  auto search = client.Get("/api/search?q=new%20delhi");
  ASSERT_TRUE(search);
  EXPECT_EQ(json::parse(search->body)["results"][0]["id"], "IND");
  auto bad = client.Get("/api/timeline?a=PAK&since=2023-02-30");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["parameter"], "since");
  auto missing = client.Get("/api/actor/Pakstan");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(json::parse(missing->body)["suggestions"][0], "Pakistan");
  auto svg = client.Get("/graph.svg?actor=PAK");
  ASSERT_TRUE(svg);
  EXPECT_NE(svg->body.find("#/actor/IND"), std::string::npos);

  auto post = client.Post("/api/search", "", "text/plain");  // read-only
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto rebound = client.Get("/api/search?q=india", {{"Host", "attacker.example:80"}});  // DNS rebinding
  ASSERT_TRUE(rebound);
  EXPECT_EQ(rebound->status, 403);
  auto nothing = client.Get("/api/nothing");
  ASSERT_TRUE(nothing);
  EXPECT_EQ(nothing->status, 404);

  server.Stop();
  listener.join();
}

}  // namespace
}  // namespace geokg::testing
