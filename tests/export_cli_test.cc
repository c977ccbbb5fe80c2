// `geokg export` end to end: triples ingested into a temporary database, then
// exported in every format, as an ego network, filtered, and with the top
// actors; outputs read back (Graphviz for DOT, nlohmann for JSON).
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "graph/triple_json.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using testing::RunGeokg;
using testing::RunShell;
using testing::ShellQuote;

Triple MakeTriple(const std::string& doc, const std::string& date, ActorRef subject,
                  const std::string& predicate, ActorRef object, const std::string& cameo,
                  Polarity polarity = Polarity::kPositive, RelationKind kind = RelationKind::kEvent) {
  Triple t;
  t.doc = doc;
  t.date = date;
  t.subject = std::move(subject);
  t.predicate = predicate;
  t.object = std::move(object);
  t.cameo = cameo;
  t.polarity = polarity;
  t.kind = kind;
  t.evidence.text = "In " + doc + ", " + t.subject.name + " " + predicate + " " + t.object.name + ".";
  t.evidence.end = t.evidence.text.size();
  return t;
}

ActorRef Actor(const std::string& id, const std::string& name, ActorType type) {
  return {id, name, type, "", name};
}

// The graph of every test:
//   USA -ask-> PAK, PAK -not join-> COAL, USA -member-> COAL (affiliation)   2015
//   IND -strike-> PAK (2019-02-26 and 2019-03-01), CHN -support-> PAK        2019
//   RUS -meet-> CHN (2020), BRA -meet-> RUS, GEO -meet-> RUS, GA -meet-> USA 2021
// GEO (country) and GA (a US state) are both named "Georgia".
class ExportCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing::TempDir>();
    ActorRef usa = Actor("USA", "United States", ActorType::kCountry);
    ActorRef pak = Actor("PAK", "Pakistan", ActorType::kCountry);
    ActorRef ind = Actor("IND", "India", ActorType::kCountry);
    ActorRef chn = Actor("CHN", "China", ActorType::kCountry);
    ActorRef rus = Actor("RUS", "Russia", ActorType::kCountry);
    ActorRef bra = Actor("BRA", "Brazil", ActorType::kCountry);
    ActorRef geo = Actor("GEO", "Georgia", ActorType::kCountry);
    ActorRef ga = Actor("georgia-us-state", "Georgia", ActorType::kOther);
    ActorRef coal = Actor("COAL", "US-led \"coalition\"", ActorType::kOrganization);
    std::vector<Triple> triples = {
        MakeTriple("d1", "2015-09-20", usa, "ask", pak, "102"),
        MakeTriple("d1", "2015-09-20", pak, "join", coal, "057", Polarity::kNegative),
        MakeTriple("d1", "2015-09-20", usa, "member", coal, "", Polarity::kPositive,
                   RelationKind::kAffiliation),
        MakeTriple("d2", "2019-02-26", ind, "strike", pak, "195"),
        MakeTriple("d3", "2019-03-01", ind, "strike", pak, "195"),
        MakeTriple("d3", "2019-03-01", chn, "support", pak, "051"),
        MakeTriple("d4", "2020-01-10", rus, "meet", chn, "040"),
        MakeTriple("d5", "2021-05-05", bra, "meet", rus, "040"),
        MakeTriple("d5", "2021-05-05", geo, "meet", rus, "040"),
        MakeTriple("d5", "2021-05-05", ga, "meet", usa, "040"),
    };
    std::string lines;
    for (const auto& t : triples) lines += TripleToJsonLine(t) + "\n";
    testing::WriteFile(dir_->Join("triples.jsonl"), lines);
    auto result = RunGeokg("ingest --quiet --db " + ShellQuote(Db()) + " --triples " +
                           ShellQuote(dir_->Join("triples.jsonl")));
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static std::string Db() { return dir_->Join("db"); }

  static testing::CommandResult Export(const std::string& args) {
    return RunGeokg("export --db " + ShellQuote(Db()) + " " + args);
  }

  // The actor ids and "subject predicate object" of a JSON export.
  struct Selected {
    std::set<std::string> actors;
    std::set<std::string> links;
    nlohmann::json json;
  };
  static Selected ExportJson(const std::string& args) {
    auto result = Export("--format json " + args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    Selected selected;
    selected.json = nlohmann::json::parse(result.out);
    for (const auto& node : selected.json["nodes"]) selected.actors.insert(node["id"].get<std::string>());
    for (const auto& link : selected.json["links"]) {
      selected.links.insert(link["source"].get<std::string>() + " " + link["predicate"].get<std::string>() +
                            " " + link["target"].get<std::string>());
    }
    return selected;
  }

  static std::unique_ptr<testing::TempDir> dir_;
};

std::unique_ptr<testing::TempDir> ExportCliTest::dir_;

TEST_F(ExportCliTest, WholeGraphHasEveryActorAndRelation) {
  Selected all = ExportJson("");
  EXPECT_EQ(all.actors, (std::set<std::string>{"BRA", "CHN", "COAL", "GEO", "IND", "PAK", "RUS", "USA",
                                               "georgia-us-state"}));
  EXPECT_EQ(all.links.size(), 9u);  // the two strikes are one edge
  EXPECT_TRUE(all.links.count("IND strike PAK"));
  EXPECT_TRUE(all.links.count("PAK join COAL"));
}

TEST_F(ExportCliTest, EgoNetworkFollowsEdgesBothWaysToTheDepth) {
  Selected zero = ExportJson("--actor Pakistan --depth 0");
  EXPECT_EQ(zero.actors, (std::set<std::string>{"PAK"}));
  EXPECT_TRUE(zero.links.empty());

  Selected one = ExportJson("--actor pakistan");  // depth 1 by default, name case-folded
  EXPECT_EQ(one.actors, (std::set<std::string>{"CHN", "COAL", "IND", "PAK", "USA"}));
  // USA -member-> COAL joins two actors at the last level: it belongs to the network.
  EXPECT_EQ(one.links, (std::set<std::string>{"USA ask PAK", "PAK join COAL", "USA member COAL",
                                              "IND strike PAK", "CHN support PAK"}));

  Selected two = ExportJson("--actor PAK --depth 2");
  EXPECT_EQ(two.actors, (std::set<std::string>{"CHN", "COAL", "IND", "PAK", "USA", "RUS",
                                               "georgia-us-state"}));
  EXPECT_TRUE(two.links.count("RUS meet CHN"));
  EXPECT_TRUE(two.links.count("georgia-us-state meet USA"));
  EXPECT_FALSE(two.links.count("BRA meet RUS"));
}

TEST_F(ExportCliTest, FiltersApplyToTheEgoNetworkAndTheWholeGraph) {
  Selected conflict = ExportJson("--actor PAK --depth 2 --quad 4");
  EXPECT_EQ(conflict.actors, (std::set<std::string>{"IND", "PAK"}));
  EXPECT_EQ(conflict.links, (std::set<std::string>{"IND strike PAK"}));

  Selected repeated = ExportJson("--min-count 2");
  EXPECT_EQ(repeated.links, (std::set<std::string>{"IND strike PAK"}));
  EXPECT_EQ(repeated.json["links"][0]["mentions"], 2);

  Selected affiliations = ExportJson("--kind affiliation");
  EXPECT_EQ(affiliations.links, (std::set<std::string>{"USA member COAL"}));
}

TEST_F(ExportCliTest, DateWindowRecountsEvidence) {
  Selected recent = ExportJson("--since 2019-03 --until 2020");
  EXPECT_EQ(recent.links, (std::set<std::string>{"IND strike PAK", "CHN support PAK", "RUS meet CHN"}));
  for (const auto& link : recent.json["links"]) {
    if (link["predicate"] == "strike") {
      EXPECT_EQ(link["mentions"], 1);  // the 2019-02-26 strike is outside the window
      EXPECT_EQ(link["first_date"], "2019-03-01");
    }
  }
  // --min-count counts inside the window.
  EXPECT_TRUE(ExportJson("--since 2019-03 --min-count 2").links.empty());
}

TEST_F(ExportCliTest, TopKeepsTheMostCentralActorsAndTheEdgesBetweenThem) {
  Selected top = ExportJson("--top 3");
  EXPECT_EQ(top.actors.size(), 3u);
  EXPECT_TRUE(top.actors.count("PAK"));  // the most linked-to actor
  for (const auto& link : top.json["links"]) {
    EXPECT_TRUE(top.actors.count(link["source"].get<std::string>()));
    EXPECT_TRUE(top.actors.count(link["target"].get<std::string>()));
  }
  EXPECT_EQ(ExportJson("--top 100").actors.size(), 9u);
}

TEST_F(ExportCliTest, DotIsReadByGraphviz) {
  auto result = Export("--format dot --actor PAK");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto canon = RunShell("dot -Tcanon", result.out);
  EXPECT_EQ(canon.exit_code, 0) << canon.err;
  EXPECT_EQ(canon.err, "");
  EXPECT_NE(result.out.find("\"PAK\" [label=\"Pakistan\""), std::string::npos);
  EXPECT_NE(result.out.find("Pakistan: relations within 1 hop"), std::string::npos);  // default title

  auto sfdp = Export("--format dot --layout sfdp --no-legend --title \"T \\\"q\\\"\"");
  ASSERT_EQ(sfdp.exit_code, 0) << sfdp.err;
  EXPECT_NE(sfdp.out.find("layout=sfdp"), std::string::npos);
  EXPECT_EQ(sfdp.out.find("<TABLE"), std::string::npos);
  EXPECT_EQ(RunShell("dot -Tcanon", sfdp.out).exit_code, 0);
}

TEST_F(ExportCliTest, SvgAndPngAreRenderedByGraphviz) {
  testing::TempDir out;
  auto svg = Export("--output " + ShellQuote(out.Join("ego.svg")) + " --actor PAK");  // format from extension
  ASSERT_EQ(svg.exit_code, 0) << svg.err;
  std::string text = testing::ReadFile(out.Join("ego.svg"));
  EXPECT_NE(text.find("<svg"), std::string::npos);
  EXPECT_NE(text.find("Pakistan"), std::string::npos);
  EXPECT_NE(text.find("</svg>"), std::string::npos);

  auto png = Export("--format png --layout sfdp -o " + ShellQuote(out.Join("world.png")));
  ASSERT_EQ(png.exit_code, 0) << png.err;
  EXPECT_EQ(testing::ReadFile(out.Join("world.png")).substr(0, 8), "\x89PNG\r\n\x1a\n");

  auto piped = Export("--format svg");  // stdout
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_NE(piped.out.find("</svg>"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(out.Join("ego.svg.partial")));
}

TEST_F(ExportCliTest, MissingGraphvizIsNamedAndLeavesNoFile) {
  testing::TempDir out;
  auto result = RunShell("PATH=/nonexistent " + ShellQuote(GEOKG_BINARY) + " export --db " +
                         ShellQuote(Db()) + " --format svg -o " + ShellQuote(out.Join("x.svg")));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("'dot' is not on PATH"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("install Graphviz"), std::string::npos);
  EXPECT_TRUE(std::filesystem::is_empty(out.path()));
  // DOT needs no Graphviz.
  auto dot = RunShell("PATH=/nonexistent " + ShellQuote(GEOKG_BINARY) + " export --db " + ShellQuote(Db()));
  EXPECT_EQ(dot.exit_code, 0) << dot.err;
}

TEST_F(ExportCliTest, CsvGoesToAFolderOrAPrefix) {
  testing::TempDir out;
  auto folder = Export("--format csv -o " + ShellQuote(out.Join("csv")));
  ASSERT_EQ(folder.exit_code, 0) << folder.err;
  std::string nodes = testing::ReadFile(out.Join("csv/nodes.csv"));
  std::string relationships = testing::ReadFile(out.Join("csv/relationships.csv"));
  EXPECT_EQ(nodes.substr(0, 6), "id:ID,");
  EXPECT_EQ(std::count(nodes.begin(), nodes.end(), '\n'), 10);  // header + 9 actors
  EXPECT_NE(nodes.find("COAL,\"US-led \"\"coalition\"\"\",organization"), std::string::npos) << nodes;
  EXPECT_EQ(std::count(relationships.begin(), relationships.end(), '\n'), 10);  // header + 9

  auto prefix = Export("--format csv --actor PAK -o " + ShellQuote(out.Join("pak-")));
  ASSERT_EQ(prefix.exit_code, 0) << prefix.err;
  nodes = testing::ReadFile(out.Join("pak-nodes.csv"));
  EXPECT_EQ(std::count(nodes.begin(), nodes.end(), '\n'), 6);  // header + 5 actors
  EXPECT_TRUE(std::filesystem::exists(out.Join("pak-relationships.csv")));
}

TEST_F(ExportCliTest, GraphMLAndNQuadsGoToFiles) {
  testing::TempDir out;
  ASSERT_EQ(Export("-o " + ShellQuote(out.Join("g.graphml"))).exit_code, 0);
  std::string graphml = testing::ReadFile(out.Join("g.graphml"));
  EXPECT_NE(graphml.find("<node id=\"PAK\">"), std::string::npos);
  EXPECT_EQ(RunShell("xmllint --noout " + ShellQuote(out.Join("g.graphml"))).exit_code, 0);

  auto nq = Export("--format nquads --actor India");
  ASSERT_EQ(nq.exit_code, 0) << nq.err;
  EXPECT_NE(nq.out.find("<urn:geokg:actor:IND> <urn:geokg:rel:strike> <urn:geokg:actor:PAK> "
                        "<urn:geokg:doc:d2> ."), std::string::npos) << nq.out;
  EXPECT_NE(nq.out.find("<urn:geokg:doc:d3> ."), std::string::npos);
  EXPECT_NE(nq.out.find("\"In d3, India strike Pakistan.\""), std::string::npos);
}

TEST_F(ExportCliTest, UnknownOrAmbiguousActorIsAUsageError) {
  auto unknown = Export("--actor Atlantis");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("'Atlantis'"), std::string::npos) << unknown.err;
  EXPECT_EQ(unknown.out, "");

  auto ambiguous = Export("--actor Georgia");
  EXPECT_EQ(ambiguous.exit_code, 2);
  EXPECT_NE(ambiguous.err.find("GEO"), std::string::npos) << ambiguous.err;
  EXPECT_NE(ambiguous.err.find("georgia-us-state"), std::string::npos) << ambiguous.err;
  EXPECT_EQ(ExportJson("--actor GEO").actors, (std::set<std::string>{"GEO", "RUS"}));
}

TEST_F(ExportCliTest, BadUsageExitsWithTwo) {
  for (const char* args : {"--format gif", "--format csv", "--layout circo", "--depth 2",
                           "--actor PAK --depth -1", "--top 0", "--quad 7", "--since yesterday"}) {
    auto result = Export(args);
    EXPECT_EQ(result.exit_code, 2) << args << ": " << result.err;
    EXPECT_NE(result.err, "") << args;
  }
  auto missing = RunGeokg("export --db " + ShellQuote(dir_->Join("nothing-here")));
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nothing-here"), std::string::npos);
}

TEST_F(ExportCliTest, EmptySelectionIsAnEmptyValidFile) {
  auto result = Export("--format dot --since 1990 --until 1991");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.err.find("no relations match"), std::string::npos);
  EXPECT_EQ(RunShell("dot -Tcanon", result.out).exit_code, 0);
}

// The file's name never lies about its content.
TEST_F(ExportCliTest, TheExtensionDecidesTheFormatAndAnUnknownOneIsRefused) {
  testing::TempDir out;
  auto pdf = Export("-o " + ShellQuote(out.Join("graph.pdf")));
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  EXPECT_EQ(testing::ReadFile(out.Join("graph.pdf")).substr(0, 5), "%PDF-");
  auto csv = Export("-o " + ShellQuote(out.Join("world.csv")));  // one file: the event table
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(testing::ReadFile(out.Join("world.csv")).substr(0, 15), "date,source_id,");
  for (const char* args : {"-o graph.xyz", "-o graph", "--format svg -o graph.png", "--format events -o e.tsv"}) {
    auto refused = RunShell("cd " + ShellQuote(out.path().string()) + " && " + ShellQuote(GEOKG_BINARY) +
                            " export --db " + ShellQuote(Db()) + " " + args);
    EXPECT_EQ(refused.exit_code, 2) << args << ": " << refused.err;
    EXPECT_NE(refused.err.find("--format"), std::string::npos) << args << ": " << refused.err;
  }
  EXPECT_FALSE(std::filesystem::exists(out.Join("graph.xyz")));
  EXPECT_FALSE(std::filesystem::exists(out.Join("graph")));
  EXPECT_FALSE(std::filesystem::exists(out.Join("graph.png")));
  EXPECT_FALSE(std::filesystem::exists(out.Join("e.tsv")));
}

// Splits one line of the event table (no quoted fields in this graph's rows
// but the quoted sentence, which is last).
std::vector<std::string> SplitRow(const std::string& line, char delimiter) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (fields.size() < 22) {
    size_t end = line.find(delimiter, start);
    fields.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  fields.push_back(line.substr(start));
  return fields;
}

TEST_F(ExportCliTest, EventTableHasOneRowPerSentenceWithItsArticle) {
  auto csv = Export("--format events");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::istringstream lines(csv.out);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line,
            "date,source_id,source_name,source_type,source_country,target_id,target_name,target_type,"
            "target_country,predicate,kind,cameo,quad_class,goldstein,polarity,modality,article_id,url,title,"
            "sentence_index,sentence_start,sentence_end,sentence");
  std::vector<std::vector<std::string>> rows;
  while (std::getline(lines, line)) rows.push_back(SplitRow(line, ','));
  ASSERT_EQ(rows.size(), 10u);  // one per triple
  std::string previous;
  for (const auto& row : rows) {
    EXPECT_LE(previous, row[0]);  // by date
    previous = row[0];
  }
  bool affiliation = false;
  for (const auto& row : rows) {
    if (row[9] != "member") continue;
    affiliation = true;
    EXPECT_EQ(row[0], "2015-09-20");
    EXPECT_EQ(row[1], "USA");
    EXPECT_EQ(row[2], "United States");
    EXPECT_EQ(row[5], "COAL");
    EXPECT_EQ(row[10], "affiliation");
    EXPECT_EQ(row[12], "");  // no quad class
    EXPECT_EQ(row[13], "");  // no Goldstein value
    EXPECT_EQ(row[16], "d1");
    EXPECT_EQ(row[22], "\"In d1, United States member US-led \"\"coalition\"\".\"");
  }
  EXPECT_TRUE(affiliation);

  auto tsv = Export("--format events-tsv --actor India");
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(tsv.out.substr(0, 15), "date\tsource_id\t");
  // (These triples were ingested without a quad class: it stays empty.)
  EXPECT_NE(tsv.out.find("\n2019-02-26\tIND\tIndia\tcountry\t\tPAK\tPakistan\tcountry\t\tstrike\tevent\t195\t\t0\t"
                         "positive\tasserted\td2\t\t\t0\t0\t29\tIn d2, India strike Pakistan.\n"),
            std::string::npos)
      << tsv.out;
}

TEST_F(ExportCliTest, DateWindowAppliesToActorCountsAndDates) {
  auto whole = ExportJson("--actor PAK");
  for (const auto& node : whole.json["nodes"]) {
    if (node["id"] == "PAK") {
      EXPECT_EQ(node["mentions"], 5);
    }
  }
  auto window = ExportJson("--since 2019-03 --until 2020");
  bool found = false;
  for (const auto& node : window.json["nodes"]) {
    if (node["id"] != "PAK") continue;
    found = true;
    EXPECT_EQ(node["mentions"], 2);  // IND strike PAK and CHN support PAK, both in d3
    EXPECT_EQ(node["articles"], 1);
    EXPECT_EQ(node["first_seen"], "2019-03-01");
    EXPECT_EQ(node["last_seen"], "2019-03-01");
  }
  EXPECT_TRUE(found);
}

TEST_F(ExportCliTest, LargeDiagramsMergeParallelRelationsAndCapTheirEdges) {
  // Forced here: this graph is small. PAK -> COAL, USA -> PAK... have one relation each;
  // merging changes nothing, so it says nothing.
  auto merged = Export("--format dot --merge");
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(merged.err, "");
  auto capped = Export("--format dot --max-edges 2");
  ASSERT_EQ(capped.exit_code, 0) << capped.err;
  EXPECT_NE(capped.err.find("drew the 2 strongest of 9 edges"), std::string::npos) << capped.err;
  EXPECT_NE(capped.err.find("--max-edges"), std::string::npos) << capped.err;
  auto parsed = RunShell("dot -Tcanon", capped.out);
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_NE(capped.out.find("\"IND\" -> \"PAK\""), std::string::npos) << capped.out;  // the strongest: 2 mentions
  EXPECT_EQ(Export("--format json --max-edges 2").exit_code, 2);  // interchange keeps every relation
  EXPECT_EQ(Export("--merge --no-merge").exit_code, 2);
}

// The README's line, on Debian's networkx 2.8 (/usr/bin/python3) and on any
// other python3 on PATH that has networkx (3.4+ needs edges="links" or the
// "edges" key the line adds).
TEST_F(ExportCliTest, JsonLoadsInNetworkxWithTheReadmeLine) {
  testing::TempDir out;
  ASSERT_EQ(Export("-o " + ShellQuote(out.Join("g.json"))).exit_code, 0);
  const std::string line =
      "import json, networkx as nx; d = json.load(open(\"g.json\")); d[\"edges\"] = d[\"links\"]; "
      "print(nx.node_link_graph(d))";
  int checked = 0;
  for (const char* python : {"/usr/bin/python3", "python3"}) {
    if (RunShell(std::string(python) + " -c 'import networkx' 2>/dev/null").exit_code != 0) continue;
    ++checked;
    auto r = RunShell("cd " + ShellQuote(out.path().string()) + " && " + python + " -c " + ShellQuote(line));
    EXPECT_EQ(r.exit_code, 0) << python << ": " << r.err;
    EXPECT_EQ(r.out, "MultiDiGraph with 9 nodes and 9 edges\n") << python;
  }
  if (checked == 0) GTEST_SKIP() << "no python3 with networkx (apt install python3-networkx)";
}

// Every interchange export says which articles and sentences each relation comes from.
TEST_F(ExportCliTest, InterchangeExportsCarryTheProvenanceOfEachRelation) {
  Selected india = ExportJson("--actor India");
  bool strike = false;
  for (const auto& link : india.json["links"]) {
    if (link["predicate"] != "strike") continue;
    strike = true;
    ASSERT_EQ(link["evidence"].size(), 2u) << link;
    EXPECT_EQ(link["evidence"][0]["doc"], "d2");
    EXPECT_EQ(link["evidence"][0]["date"], "2019-02-26");
    EXPECT_EQ(link["evidence"][0]["start"], 0);
    EXPECT_EQ(link["evidence"][0]["end"], 29);
    EXPECT_EQ(link["evidence"][1]["doc"], "d3");
  }
  EXPECT_TRUE(strike);

  testing::TempDir out;
  ASSERT_EQ(Export("--format csv --actor India -o " + ShellQuote(out.Join("neo4j"))).exit_code, 0);
  EXPECT_EQ(testing::ReadFile(out.Join("neo4j/articles.csv")),
            "id:ID,title,url,date,source,:LABEL\nd2,,,2019-02-26,,Article\nd3,,,2019-03-01,,Article\n");
  std::string mentions = testing::ReadFile(out.Join("neo4j/mentioned_in.csv"));
  EXPECT_EQ(mentions.substr(0, mentions.find('\n')),
            ":START_ID,:END_ID,:TYPE,role,predicate,other,polarity,sentence:int,start:long,end:long,date");
  EXPECT_NE(mentions.find("\nIND,d2,MENTIONED_IN,subject,strike,PAK,positive,0,0,29,2019-02-26\n"), std::string::npos)
      << mentions;
  EXPECT_NE(mentions.find("\nPAK,d2,MENTIONED_IN,object,strike,IND,positive,0,0,29,2019-02-26\n"), std::string::npos)
      << mentions;

  ASSERT_EQ(Export("--actor India -o " + ShellQuote(out.Join("g.graphml"))).exit_code, 0);
  std::string graphml = testing::ReadFile(out.Join("g.graphml"));
  EXPECT_NE(graphml.find("attr.name=\"evidence\""), std::string::npos);
  EXPECT_NE(graphml.find("[{&quot;doc&quot;:&quot;d2&quot;"), std::string::npos) << graphml;
}

}  // namespace
}  // namespace geokg
