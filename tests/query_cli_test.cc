// The query subcommands end to end on the fixture graph (tests/query_fixture.h):
// golden outputs for every question, its filters and formats, and the error
// cases (unknown, ambiguous, empty, missing database, bad flags).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/query_fixture.h"

namespace geokg::testing {
namespace {

// Golden TSV written with '|' for tabs (no fixture text contains '|').
std::string Tsv(std::string text) {
  for (char& c : text) {
    if (c == '|') c = '\t';
  }
  return text;
}

#define EXPECT_RUN(result, code)                                        \
  EXPECT_EQ((result).exit_code, code) << "stderr: " << (result).err     \
                                      << "\nstdout: " << (result).out

class QueryCliTest : public QueryFixture {};

// ---- actors ----

TEST_F(QueryCliTest, ActorsSortedByMentionsThenId) {
  auto r = Geokg("actors");  // stdout is not a terminal: tsv by default
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out, Tsv("id|name|type|country|mentions|articles|first_seen|last_seen\n"
                       "PAK|Pakistan|country|PAK|11|6|2022-12-01|2023-04-20\n"
                       "IND|India|country|IND|5|3|2023-01-10|2023-04-20\n"
                       "USA|United States|country|USA|5|4|2022-12-01|2023-04-20\n"
                       "CHN|China|country|CHN|2|2|2023-02-14|2023-04-20\n"
                       "imran-khan|Imran Khan|person|PAK|2|1|2023-04-02|2023-04-02\n"
                       "GEO|Georgia|country|GEO|1|1|2022-12-01|2022-12-01\n"
                       "pti|Pakistan Tehreek-e-Insaf|party|PAK|1|1|2023-04-02|2023-04-02\n"
                       "ttp|Tehrik-i-Taliban Pakistan|armed_group|PAK|1|1|2023-04-02|2023-04-02\n"
                       "un|United Nations|organization||1|1|2022-12-01|2022-12-01\n"
                       "us-ga|Georgia|government|USA|1|1|2022-12-01|2022-12-01\n"));
  EXPECT_EQ(r.err, "");
}

TEST_F(QueryCliTest, ActorsFilters) {
  EXPECT_EQ(Geokg("actors --type country --no-header --limit 2").out,
            Tsv("PAK|Pakistan|country|PAK|11|6|2022-12-01|2023-04-20\n"
                "IND|India|country|IND|5|3|2023-01-10|2023-04-20\n"));
  // --match searches ids, names and aliases, normalised.
  EXPECT_EQ(Geokg("actors --match PAK --format csv").out,
            "id,name,type,country,mentions,articles,first_seen,last_seen\n"
            "PAK,Pakistan,country,PAK,11,6,2022-12-01,2023-04-20\n"
            "pti,Pakistan Tehreek-e-Insaf,party,PAK,1,1,2023-04-02,2023-04-02\n"
            "ttp,Tehrik-i-Taliban Pakistan,armed_group,PAK,1,1,2023-04-02,2023-04-02\n");
  EXPECT_EQ(Geokg("actors --match washington --no-header").out,
            Tsv("USA|United States|country|USA|5|4|2022-12-01|2023-04-20\n"));
  // --country by code or by name; the span overlaps --since.
  const std::string pakistani = Tsv("PAK|Pakistan|country|PAK|11|6|2022-12-01|2023-04-20\n"
                                    "imran-khan|Imran Khan|person|PAK|2|1|2023-04-02|2023-04-02\n"
                                    "pti|Pakistan Tehreek-e-Insaf|party|PAK|1|1|2023-04-02|2023-04-02\n"
                                    "ttp|Tehrik-i-Taliban Pakistan|armed_group|PAK|1|1|2023-04-02|2023-04-02\n");
  EXPECT_EQ(Geokg("actors --country pak --no-header").out, pakistani);
  EXPECT_EQ(Geokg("actors --country Islamabad --since 2023-04 --no-header").out, pakistani);
  EXPECT_EQ(Geokg("actors --until 2022 --min-count 2 --no-header").out,
            Tsv("PAK|Pakistan|country|PAK|11|6|2022-12-01|2023-04-20\n"
                "USA|United States|country|USA|5|4|2022-12-01|2023-04-20\n"));
  auto none = Geokg("actors --type party --match china");
  EXPECT_RUN(none, 0);
  EXPECT_EQ(none.out, Tsv("id|name|type|country|mentions|articles|first_seen|last_seen\n"));
}

// ---- actor ----

TEST_F(QueryCliTest, ActorProfileTable) {
  auto r = Geokg("actor islamabad --format table --limit 3");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            "Pakistan (PAK)\n"
            "type        country\n"
            "country     PAK\n"
            "aliases     Islamabad, Pakistan\n"
            "roles       -\n"
            "seen        2022-12-01 to 2023-04-20\n"
            "mentions    11 in 6 articles\n"
            "\n"
            "Top outgoing relations\n"
            "predicate  object  name   polarity  modality  cameo  mentions  articles  first_date  last_date\n"
            "criticise  IND     India  positive  asserted  111           2         2  2023-01-10  2023-01-25\n"
            "meet       IND     India  negative  future    036           1         1  2023-04-20  2023-04-20\n"
            "\n"
            "Top incoming relations\n"
            "predicate    subject  name           polarity  modality  cameo  mentions  articles  first_date  last_date\n"
            "meet         CHN      China          positive  asserted  036           2         2  2023-02-14  2023-04-20\n"
            "criticise    IND      India          positive  asserted  111           1         1  2023-01-25  2023-01-25\n"
            "provide aid  USA      United States  positive  asserted  070           1         1  2023-02-14  2023-02-14\n");
}

TEST_F(QueryCliTest, ActorProfileLongFormatWithRoles) {
  auto r = Geokg("actor 'imran khan'");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out, Tsv("section|key|value|name|polarity|mentions|first|last\n"
                       "actor|id|imran-khan|||||\n"
                       "actor|name|Imran Khan|||||\n"
                       "actor|type|person|||||\n"
                       "actor|country|PAK|||||\n"
                       "actor|first_seen|2023-04-02|||||\n"
                       "actor|last_seen|2023-04-02|||||\n"
                       "actor|mentions|2|||||\n"
                       "actor|articles|1|||||\n"
                       "alias||Imran Khan|||||\n"
                       "alias||Khan|||||\n"
                       "role|chairman|pti|Pakistan Tehreek-e-Insaf|||2023-04-02|2023-04-02\n"
                       "role|prime minister|PAK|Pakistan|||2023-04-02|2023-04-02\n"
                       "out|chairman|pti|Pakistan Tehreek-e-Insaf|positive|1|2023-04-02|2023-04-02\n"
                       "out|prime minister|PAK|Pakistan|positive|1|2023-04-02|2023-04-02\n"));
}

TEST_F(QueryCliTest, ActorProfileJson) {
  auto r = Geokg("actor USA --format json");
  EXPECT_RUN(r, 0);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], "USA");
  EXPECT_EQ(j["name"], "United States");
  EXPECT_EQ(j["type"], "country");
  EXPECT_EQ(j["aliases"], nlohmann::json({"The US", "The United States", "United States", "Washington",
                                          "the United States"}));
  EXPECT_EQ(j["roles"], nlohmann::json::array());
  EXPECT_EQ(j["first_seen"], "2022-12-01");
  EXPECT_EQ(j["last_seen"], "2023-04-20");
  EXPECT_EQ(j["mentions"], 5);
  EXPECT_EQ(j["articles"], 4);
  ASSERT_EQ(j["outgoing"].size(), 3u);
  EXPECT_EQ(j["outgoing"][0]["predicate"], "meet");
  EXPECT_EQ(j["outgoing"][1]["predicate"], "provide aid");
  EXPECT_EQ(j["outgoing"][2]["predicate"], "urge");
  EXPECT_EQ(j["outgoing"][1]["quad"], 2);
  EXPECT_EQ(j["outgoing"][1]["goldstein"], 7.0);
  ASSERT_EQ(j["incoming"].size(), 2u);
  EXPECT_EQ(j["incoming"][0]["subject"], "GEO");
  EXPECT_EQ(j["incoming"][1]["subject"], "us-ga");
  EXPECT_EQ(j["incoming"][1]["subject_name"], "Georgia");
  // Filters apply to the relations listed.
  auto conflict = nlohmann::json::parse(Geokg("actor USA --format json --quad 3").out);
  EXPECT_EQ(conflict["outgoing"].size(), 0u);
  ASSERT_EQ(conflict["incoming"].size(), 1u);
  EXPECT_EQ(conflict["incoming"][0]["predicate"], "criticise");
}

TEST_F(QueryCliTest, NamesResolveThroughAnyAliasCaseInsensitive) {
  for (const char* name : {"islamabad", "Pakistan", "PAK", "pak", "PAKISTAN", "'  pakistan '"}) {
    auto r = Geokg(std::string("actor ") + name + " --format json");
    EXPECT_RUN(r, 0);
    EXPECT_EQ(nlohmann::json::parse(r.out)["id"], "PAK") << name;
  }
  // An exact id wins among actors sharing a name.
  EXPECT_EQ(nlohmann::json::parse(Geokg("actor GEO --format json").out)["name"], "Georgia");
  EXPECT_EQ(nlohmann::json::parse(Geokg("actor us-ga --format json").out)["type"], "government");
}

TEST_F(QueryCliTest, DictionaryNamesResolveToStoredActors) {
  // Never seen in the fixture's text, but the embedded dictionary knows
  // "Islamic Republic of Pakistan" as PAK, which the store holds.
  auto r = Geokg("actor 'Islamic Republic of Pakistan' --format json");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out)["id"], "PAK");
  // The dictionary's TTP is not an actor of this store (its ttp has another id).
  auto missing = Geokg("actor 'Pakistani Taliban'");
  EXPECT_RUN(missing, 2);
  EXPECT_EQ(missing.err.rfind("geokg actor: no actor named 'Pakistani Taliban'", 0), 0u) << missing.err;
}

TEST_F(QueryCliTest, UnknownNameSuggestsNearestExitsTwo) {
  auto r = Geokg("actor Pakstan");
  EXPECT_RUN(r, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "geokg actor: no actor named 'Pakstan' (did you mean Pakistan?)\n");
  EXPECT_EQ(Geokg("relations Chnia").err, "geokg relations: no actor named 'Chnia' (did you mean China?)\n");
  // Whole words of a longer name count as near.
  EXPECT_EQ(Geokg("path Taliban PAK").err,
            "geokg path: no actor named 'Taliban' (did you mean Tehrik-i-Taliban Pakistan?)\n");
  auto far = Geokg("timeline Xyzzyland");
  EXPECT_RUN(far, 2);
  EXPECT_EQ(far.err, "geokg timeline: no actor named 'Xyzzyland' (list actors with 'geokg actors --match TEXT')\n");
}

TEST_F(QueryCliTest, AmbiguousNameListsCandidatesExitsTwo) {
  auto r = Geokg("actor georgia");
  EXPECT_RUN(r, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "geokg actor: 'georgia' is ambiguous: it names 2 actors; pass one of these ids:\n"
            "  GEO    Georgia (country)\n"
            "  us-ga  Georgia (government, USA)\n");
  EXPECT_RUN(Geokg("neighbors Georgia"), 2);
}

// ---- relations ----

TEST_F(QueryCliTest, RelationsOfOneActorBothDirections) {
  auto r = Geokg("relations india");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            Tsv("subject|subject_name|predicate|object|object_name|polarity|kind|modality|cameo|quad|goldstein|"
                "mentions|articles|sources|first_date|last_date\n"
                "PAK|Pakistan|criticise|IND|India|positive|event|asserted|111|3|-2|2|2|2|2023-01-10|2023-01-25\n"
                "IND|India|criticise|PAK|Pakistan|positive|event|asserted|111|3|-2|1|1|1|2023-01-25|2023-01-25\n"
                "PAK|Pakistan|meet|IND|India|negative|event|future|036|1|4|1|1|1|2023-04-20|2023-04-20\n"
                "USA|United States|meet|IND|India|positive|event|asserted|036|1|4|1|1|1|2023-04-20|2023-04-20\n"));
}

TEST_F(QueryCliTest, RelationsBetweenTwoWithEvidenceCsv) {
  auto r = Geokg("relations Pakistan 'New Delhi' --evidence --format csv");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            "subject,subject_name,predicate,object,object_name,polarity,kind,modality,cameo,quad,goldstein,"
            "mentions,articles,sources,first_date,last_date,doc,sentence,date,source,evidence_modality,text,"
            "url,title,start,end\n"
            "PAK,Pakistan,criticise,IND,India,positive,event,asserted,111,3,-2,2,2,2,2023-01-10,2023-01-25,"
            "d1,0,2023-01-10,Dawn,asserted,Islamabad criticised India over the dam.,https://news.example/d1,"
            "Article d1,0,40\n"
            "PAK,Pakistan,criticise,IND,India,positive,event,asserted,111,3,-2,2,2,2,2023-01-10,2023-01-25,"
            "d2,0,2023-01-25,Reuters,asserted,Pakistan again criticised India.,https://news.example/d2,Article d2,"
            "0,32\n"
            "IND,India,criticise,PAK,Pakistan,positive,event,asserted,111,3,-2,1,1,1,2023-01-25,2023-01-25,"
            "d2,1,2023-01-25,Reuters,asserted,\"New Delhi criticised Pakistan, \"\"again\"\".\","
            "https://news.example/d2,Article d2,33,72\n"
            "PAK,Pakistan,meet,IND,India,negative,event,future,036,1,4,1,1,1,2023-04-20,2023-04-20,"
            "d5,2,2023-04-20,AP,future,Pakistan will not meet India.,https://news.example/d5,Article d5,44,73\n");
  // The order of the two names does not matter.
  auto csv = [](const std::string& s) { return s; };
  EXPECT_EQ(csv(Geokg("relations IND PAK --evidence --format csv").out), r.out);
}

TEST_F(QueryCliTest, RelationsTableWithEvidenceNotes) {
  auto r = Geokg("relations PAK IND --evidence --evidence-limit 1 --format table --limit 2");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            "subject_name  predicate  object_name  polarity  kind   modality  cameo  mentions  articles  first_date  last_date\n"
            "Pakistan      criticise  India        positive  event  asserted  111           2         2  2023-01-10  2023-01-25\n"
            "    2023-01-10  d1 #0  Dawn  <https://news.example/d1>  Islamabad criticised India over the dam.\n"
            "India         criticise  Pakistan     positive  event  asserted  111           1         1  2023-01-25  2023-01-25\n"
            "    2023-01-25  d2 #1  Reuters  <https://news.example/d2>  New Delhi criticised Pakistan, \"again\".\n");
}

TEST_F(QueryCliTest, RelationsJsonWithEvidence) {
  auto r = Geokg("relations 'Imran Khan' pti --evidence --format json");
  EXPECT_RUN(r, 0);
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["kind"], "affiliation");
  EXPECT_EQ(j[0]["cameo"], "");
  EXPECT_TRUE(j[0]["quad"].is_null());
  EXPECT_EQ(j[0]["modality_counts"]["asserted"], 1);
  ASSERT_EQ(j[0]["evidence"].size(), 1u);
  EXPECT_EQ(j[0]["evidence"][0],
            nlohmann::json({{"doc", "d4"}, {"sentence", 1}, {"date", "2023-04-02"}, {"source", "Reuters"},
                            {"modality", "asserted"}, {"text", "Imran Khan, the PTI chairman, spoke."},
                            {"start", 35}, {"end", 71}, {"url", "https://news.example/d4"},
                            {"title", "Article d4"}}));
}

TEST_F(QueryCliTest, RelationsFilters) {
  auto rows = [&](const std::string& args) {
    auto r = Geokg("relations " + args + " --no-header --format csv");
    EXPECT_RUN(r, 0);
    return r.out;
  };
  EXPECT_EQ(rows("PAK --quad 4"),
            "ttp,Tehrik-i-Taliban Pakistan,attack,PAK,Pakistan,positive,event,asserted,190,4,-10,1,1,1,"
            "2023-04-02,2023-04-02\n");
  EXPECT_EQ(rows("PAK --polarity negative"),
            "PAK,Pakistan,meet,IND,India,negative,event,future,036,1,4,1,1,1,2023-04-20,2023-04-20\n");
  EXPECT_EQ(rows("PAK --kind affiliation"),
            "imran-khan,Imran Khan,prime minister,PAK,Pakistan,positive,affiliation,asserted,,,,1,1,1,"
            "2023-04-02,2023-04-02\n");
  EXPECT_EQ(rows("PAK --cameo 07"),
            "USA,United States,provide aid,PAK,Pakistan,positive,event,asserted,070,2,7,1,1,1,"
            "2023-02-14,2023-02-14\n");
  EXPECT_EQ(rows("PAK --min-count 2"),
            "CHN,China,meet,PAK,Pakistan,positive,event,asserted,036,1,4,2,2,2,2023-02-14,2023-04-20\n"
            "PAK,Pakistan,criticise,IND,India,positive,event,asserted,111,3,-2,2,2,2,2023-01-10,2023-01-25\n");
  // A date window recounts each relation from its evidence inside the window.
  EXPECT_EQ(rows("CHN --since 2023-03"),
            "CHN,China,meet,PAK,Pakistan,positive,event,asserted,036,1,4,1,1,1,2023-04-20,2023-04-20\n");
  EXPECT_EQ(rows("PAK IND --until 2023-01-20"),
            "PAK,Pakistan,criticise,IND,India,positive,event,asserted,111,3,-2,1,1,1,2023-01-10,2023-01-10\n");
  EXPECT_EQ(rows("PAK --since 2023-01-11 --until 2023-01 --min-count 2"), "");
  EXPECT_EQ(rows("PAK CHN --quad 3"), "");
}

// ---- path ----

TEST_F(QueryCliTest, PathTsvFewestHopsFirst) {
  auto r = Geokg("path 'Imran Khan' us-ga");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            Tsv("path|hops|hop|from|from_name|to|to_name|subject|predicate|object|polarity|kind|mentions|pair_mentions\n"
                "1|3|1|imran-khan|Imran Khan|PAK|Pakistan|imran-khan|prime minister|PAK|positive|affiliation|1|1\n"
                "1|3|2|PAK|Pakistan|USA|United States|USA|provide aid|PAK|positive|event|1|2\n"
                "1|3|3|USA|United States|us-ga|Georgia|us-ga|criticise|USA|positive|event|1|1\n"
                "2|4|1|imran-khan|Imran Khan|PAK|Pakistan|imran-khan|prime minister|PAK|positive|affiliation|1|1\n"
                "2|4|2|PAK|Pakistan|IND|India|PAK|criticise|IND|positive|event|2|4\n"
                "2|4|3|IND|India|USA|United States|USA|meet|IND|positive|event|1|1\n"
                "2|4|4|USA|United States|us-ga|Georgia|us-ga|criticise|USA|positive|event|1|1\n"));
}

TEST_F(QueryCliTest, PathTableKAndMaxHops) {
  auto r = Geokg("path PAK GEO --format table");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            "1. Pakistan <-[provide aid]- United States <-[meet]- Georgia   (2 hops; mentions 1, 1)\n"
            "2. Pakistan -[criticise]-> India <-[meet]- United States <-[meet]- Georgia   (3 hops; mentions 2, 1, 1)\n");
  EXPECT_EQ(Geokg("path PAK GEO --format table --k 1").out,
            "1. Pakistan <-[provide aid]- United States <-[meet]- Georgia   (2 hops; mentions 1, 1)\n");
  EXPECT_EQ(Geokg("path PAK GEO --format table -k 5 --max-hops 2").out,
            "1. Pakistan <-[provide aid]- United States <-[meet]- Georgia   (2 hops; mentions 1, 1)\n");
  // Negative relations say so.
  EXPECT_EQ(Geokg("path PAK IND --format table --k=1 --polarity negative").out,
            "1. Pakistan -[not meet]-> India   (1 hop; mentions 1)\n");
}

TEST_F(QueryCliTest, PathJson) {
  auto j = nlohmann::json::parse(Geokg("path GEO PAK --format json --k 1").out);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["path"], 1);
  EXPECT_EQ(j[0]["hops"], 2);
  EXPECT_EQ(j[0]["actors"], nlohmann::json::parse(R"([{"id":"GEO","name":"Georgia"},
      {"id":"USA","name":"United States"},{"id":"PAK","name":"Pakistan"}])"));
  ASSERT_EQ(j[0]["steps"].size(), 2u);
  EXPECT_EQ(j[0]["steps"][1]["from"], "USA");
  EXPECT_EQ(j[0]["steps"][1]["to"], "PAK");
  EXPECT_EQ(j[0]["steps"][1]["relation"]["predicate"], "provide aid");
  EXPECT_EQ(j[0]["steps"][1]["pair_mentions"], 2);
}

TEST_F(QueryCliTest, PathFiltersAndNoPath) {
  // Only material conflict: GEO has none, so nothing links it.
  auto r = Geokg("path PAK GEO --quad 4");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out, Tsv("path|hops|hop|from|from_name|to|to_name|subject|predicate|object|polarity|kind|mentions|pair_mentions\n"));
  EXPECT_EQ(r.err, "geokg path: no chain of at most 6 relations links Pakistan and Georgia under these filters\n");
  EXPECT_EQ(Geokg("path PAK GEO --max-hops 1 --format json").out, "[]\n");
  // With a date window: before 2023-02 the only PAK-USA link is urge.
  EXPECT_EQ(Geokg("path PAK GEO --until 2023-01 --format table").out,
            "1. Pakistan <-[urge]- United States <-[meet]- Georgia   (2 hops; mentions 1, 1)\n");
  // Since February the only PAK-IND relation is April's refusal to meet.
  EXPECT_EQ(Geokg("path PAK USA --since 2023-02 --format table").out,
            "1. Pakistan <-[provide aid]- United States   (1 hop; mentions 1)\n"
            "2. Pakistan -[not meet]-> India <-[meet]- United States   (2 hops; mentions 1, 1)\n");
  EXPECT_EQ(Geokg("path PAK PAK --format jsonl").out,
            "{\"path\":1,\"hops\":0,\"actors\":[{\"id\":\"PAK\",\"name\":\"Pakistan\"}],\"steps\":[]}\n");
}

TEST_F(QueryCliTest, PathSameByLocalSearchAndByOneScan) {
  // path grows balls around both ends by prefix scans, and falls back to one
  // scan of the whole graph past a budget; a budget of 0 forces the scan.
  for (const char* args : {"path 'Imran Khan' us-ga --k 5", "path PAK GEO --k 4 --format json",
                           "path ttp pti --max-hops 2", "path un GEO --since 2023-01 --k 3",
                           "path GEO imran-khan --quad 1", "path USA IND --k 10 --format csv"}) {
    auto local = Geokg(args);
    auto scan = RunShell("GEOKG_PATH_LOCAL_BUDGET=0 " + ShellQuote(GEOKG_BINARY) + " " + args + " --db " +
                         ShellQuote(DbPath()));
    EXPECT_EQ(local.exit_code, 0) << args;
    EXPECT_EQ(scan.exit_code, 0) << args;
    EXPECT_EQ(local.out, scan.out) << args;
    EXPECT_EQ(local.err, scan.err) << args;
  }
  EXPECT_EQ(Geokg("path USA IND --k 10 --format table").out,
            "1. United States -[meet]-> India   (1 hop; mentions 1)\n"
            "2. United States -[provide aid]-> Pakistan -[criticise]-> India   (2 hops; mentions 1, 2)\n");
}

// ---- neighbors ----

TEST_F(QueryCliTest, NeighborsDepthTwo) {
  auto r = Geokg("neighbors pakistan --depth 2 --format table");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            "depth  id          name                       type          country  via         link_mentions\n"
            "    0  PAK         Pakistan                   country       PAK                              0\n"
            "    1  IND         India                      country       IND      PAK                     4\n"
            "    1  CHN         China                      country       CHN      PAK                     2\n"
            "    1  USA         United States              country       USA      PAK                     2\n"
            "    1  imran-khan  Imran Khan                 person        PAK      PAK                     1\n"
            "    1  ttp         Tehrik-i-Taliban Pakistan  armed_group   PAK      PAK                     1\n"
            "    1  un          United Nations             organization           PAK                     1\n"
            "    2  GEO         Georgia                    country       GEO      USA                     1\n"
            "    2  pti         Pakistan Tehreek-e-Insaf   party         PAK      imran-khan              1\n"
            "    2  us-ga       Georgia                    government    USA      USA                     1\n");
  EXPECT_EQ(Geokg("neighbors PAK --no-header --format csv --limit 3").out,
            "0,PAK,Pakistan,country,PAK,,0\n1,IND,India,country,IND,PAK,4\n1,CHN,China,country,CHN,PAK,2\n");
  EXPECT_EQ(Geokg("neighbors GEO --depth 0 --no-header").out, Tsv("0|GEO|Georgia|country|GEO||0\n"));
}

TEST_F(QueryCliTest, NeighborsFiltersAndEdges) {
  EXPECT_EQ(Geokg("neighbors PAK --depth 2 --quad 1 --no-header").out,
            Tsv("0|PAK|Pakistan|country|PAK||0\n"
                "1|CHN|China|country|CHN|PAK|2\n"
                "1|IND|India|country|IND|PAK|1\n"
                "1|USA|United States|country|USA|PAK|1\n"
                "1|un|United Nations|organization||PAK|1\n"
                "2|GEO|Georgia|country|GEO|USA|1\n"));
  EXPECT_EQ(Geokg("neighbors PAK --edges --quad 4").out,
            Tsv("subject|subject_name|predicate|object|object_name|polarity|kind|modality|cameo|quad|goldstein|"
                "mentions|articles|sources|first_date|last_date\n"
                "ttp|Tehrik-i-Taliban Pakistan|attack|PAK|Pakistan|positive|event|asserted|190|4|-10|1|1|1|"
                "2023-04-02|2023-04-02\n"));
  // The ego network's relations include those between two neighbours (USA-IND).
  auto j = nlohmann::json::parse(Geokg("neighbors PAK --edges --format json").out);
  EXPECT_EQ(j.size(), 10u);
  bool usa_ind = false;
  for (const auto& e : j) usa_ind |= e["subject"] == "USA" && e["object"] == "IND";
  EXPECT_TRUE(usa_ind);
}

// ---- top ----

TEST_F(QueryCliTest, TopByEachMeasure) {
  EXPECT_EQ(Geokg("top --by degree --limit 4").out,
            Tsv("rank|id|name|type|country|score\n"
                "1|PAK|Pakistan|country|PAK|6\n"
                "2|USA|United States|country|USA|4\n"
                "3|IND|India|country|IND|2\n"
                "4|imran-khan|Imran Khan|person|PAK|2\n"));
  EXPECT_EQ(Geokg("top --by weighted --limit 3 --no-header").out,
            Tsv("1|PAK|Pakistan|country|PAK|11\n"
                "2|IND|India|country|IND|5\n"
                "3|USA|United States|country|USA|5\n"));
  // networkx: betweenness_centrality(normalized=False) of the undirected graph.
  EXPECT_EQ(Geokg("top --by betweenness --limit 4 --no-header").out,
            Tsv("1|PAK|Pakistan|country|PAK|29\n"
                "2|USA|United States|country|USA|15\n"
                "3|imran-khan|Imran Khan|person|PAK|8\n"
                "4|CHN|China|country|CHN|0\n"));
  // Sampling every actor as a source is the exact answer, without a note.
  auto all_sources = Geokg("top --by betweenness --limit 4 --no-header --samples 10");
  EXPECT_RUN(all_sources, 0);
  EXPECT_EQ(all_sources.out, Geokg("top --by betweenness --limit 4 --no-header").out);
  EXPECT_EQ(all_sources.err, "");
  // Fewer sources: an estimate, said on stderr; the same for the same seed.
  auto sampled = Geokg("top --by betweenness --limit 4 --no-header --samples 3 --seed 5");
  EXPECT_RUN(sampled, 0);
  EXPECT_EQ(sampled.err,
            "geokg top: betweenness estimated from 3 sampled source actors of 10 (--seed 5; --samples N for "
            "more, --samples 0 for the exact, slow, scores)\n");
  EXPECT_EQ(sampled.out, Geokg("top --by betweenness --limit 4 --no-header --samples 3 --seed 5").out);
  EXPECT_NE(sampled.out, all_sources.out);
  // networkx pagerank (alpha 0.85, dangling nodes spread uniformly).
  auto r = Geokg("top --format json --limit 0");
  EXPECT_RUN(r, 0);
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 10u);
  const std::vector<std::pair<std::string, double>> expected = {
      {"PAK", 0.42731993834255},     {"IND", 0.3998739174389884},    {"USA", 0.0460816384582563},
      {"pti", 0.024320864741857497}, {"CHN", 0.01706727350305789},   {"GEO", 0.01706727350305789},
      {"imran-khan", 0.01706727350305789}, {"ttp", 0.01706727350305789}, {"un", 0.01706727350305789},
      {"us-ga", 0.01706727350305789}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(j[i]["rank"], i + 1);
    EXPECT_EQ(j[i]["id"], expected[i].first);
    EXPECT_NEAR(j[i]["score"].get<double>(), expected[i].second, 1e-9);
  }
}

TEST_F(QueryCliTest, TopTypeAndFilters) {
  EXPECT_EQ(Geokg("top --by degree --type country --format csv --no-header").out,
            "1,PAK,Pakistan,country,PAK,6\n2,USA,United States,country,USA,4\n3,IND,India,country,IND,2\n"
            "4,CHN,China,country,CHN,1\n5,GEO,Georgia,country,GEO,1\n");
  // Only affiliations: the graph is imran-khan -> pti, imran-khan -> PAK.
  EXPECT_EQ(Geokg("top --kind affiliation --by weighted --no-header").out,
            Tsv("1|imran-khan|Imran Khan|person|PAK|2\n"
                "2|PAK|Pakistan|country|PAK|1\n"
                "3|pti|Pakistan Tehreek-e-Insaf|party|PAK|1\n"));
  // A window recounts mentions: in January PAK-IND has 2 + 1, USA-PAK 1.
  EXPECT_EQ(Geokg("top --by weighted --since 2023-01 --until 2023-01 --no-header").out,
            Tsv("1|PAK|Pakistan|country|PAK|4\n"
                "2|IND|India|country|IND|3\n"
                "3|USA|United States|country|USA|1\n"));
  EXPECT_EQ(Geokg("top --quad 2 --cameo 19 --no-header").out, "");
}

// ---- timeline ----

TEST_F(QueryCliTest, TimelineByMonthAndQuad) {
  auto r = Geokg("timeline PAK --format table");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out,
            "month    verbal_cooperation  material_cooperation  verbal_conflict  material_conflict  other  total\n"
            "2022-12                   1                     0                0                  0      0      1\n"
            "2023-01                   1                     0                3                  0      0      4\n"
            "2023-02                   1                     1                0                  0      0      2\n"
            "2023-03                   0                     0                0                  0      0      0\n"
            "2023-04                   2                     0                0                  1      1      4\n");
  EXPECT_EQ(Geokg("timeline PAK IND --format csv").out,
            "month,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,other,total\n"
            "2023-01,0,0,3,0,0,3\n2023-02,0,0,0,0,0,0\n2023-03,0,0,0,0,0,0\n2023-04,1,0,0,0,0,1\n");
}

TEST_F(QueryCliTest, TimelineFilters) {
  EXPECT_EQ(Geokg("timeline PAK --quad 3 --no-header").out, Tsv("2023-01|0|0|3|0|0|3\n"));
  EXPECT_EQ(Geokg("timeline USA --since 2023-02 --until 2023-04 --no-header").out,
            Tsv("2023-02|0|1|0|0|0|1\n2023-03|0|0|0|0|0|0\n2023-04|1|0|0|0|0|1\n"));
  auto j = nlohmann::json::parse(Geokg("timeline imran-khan --format json").out);
  EXPECT_EQ(j, nlohmann::json::parse(R"([{"month":"2023-04","verbal_cooperation":0,"material_cooperation":0,
      "verbal_conflict":0,"material_conflict":0,"other":2,"total":2}])"));
  EXPECT_EQ(Geokg("timeline GEO --polarity negative --format jsonl").out, "");
}

// ---- formats, help, usage ----

TEST_F(QueryCliTest, JsonLinesOneObjectPerLine) {
  auto r = Geokg("actors --format jsonl --type country");
  EXPECT_RUN(r, 0);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            R"({"id":"PAK","name":"Pakistan","type":"country","country":"PAK","mentions":11,"articles":6,)"
            R"("first_seen":"2022-12-01","last_seen":"2023-04-20"})");
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5);
}

TEST_F(QueryCliTest, EverySubcommandHasHelp) {
  for (const char* command : {"actors", "actor", "relations", "path", "neighbors", "top", "timeline"}) {
    auto r = RunGeokg(std::string(command) + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find("Usage:"), std::string::npos) << command;
    EXPECT_NE(r.out.find("--format"), std::string::npos) << command;
    EXPECT_EQ(r.err, "") << command;
  }
}

TEST_F(QueryCliTest, UsageErrorsExitTwo) {
  struct Case {
    const char* args;
    const char* err;
  };
  const Case cases[] = {
      {"actor", "geokg actor: give one actor name\nTry 'geokg actor --help'.\n"},
      {"actor PAK IND", "geokg actor: give one actor name\nTry 'geokg actor --help'.\n"},
      {"path PAK", "geokg path: give two actor names\nTry 'geokg path --help'.\n"},
      {"relations", "geokg relations: give one or two actor names\nTry 'geokg relations --help'.\n"},
      {"actors --format xml", "geokg actors: --format takes table, tsv, csv, json or jsonl, not 'xml'\n"},
      {"relations PAK --quad 7", "geokg relations: --quad takes 1, 2, 3 or 4\n"},
      {"relations PAK --since 2023/01", "geokg relations: --since takes a date YYYY, YYYY-MM or YYYY-MM-DD, not '2023/01'\n"},
      {"top --by fame", "geokg top: --by takes degree, weighted, pagerank or betweenness\nTry 'geokg top --help'.\n"},
      {"top --by betweenness --samples -2", "geokg top: --samples takes a number >= 0\nTry 'geokg top --help'.\n"},
      {"actors --type planet",
       "geokg actors: --type takes country, government, person, organization, armed_group, party, other or sector\n"
       "Try 'geokg actors --help'.\n"},
      {"neighbors PAK --depth -1", "geokg neighbors: --depth takes a number >= 0\nTry 'geokg neighbors --help'.\n"},
      {"path PAK IND --k 0", "geokg path: --k takes a number >= 1\nTry 'geokg path --help'.\n"},
  };
  for (const auto& c : cases) {
    auto r = Geokg(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args;
    EXPECT_EQ(r.err, c.err) << c.args;
    EXPECT_EQ(r.out, "") << c.args;
  }
  auto bad_flag = Geokg("timeline PAK --bogus");
  EXPECT_RUN(bad_flag, 2);
  EXPECT_NE(bad_flag.err.find("geokg timeline: "), std::string::npos);
}

// ---- databases ----

TEST(QueryDatabaseTest, MissingDatabaseFailsWithItsPath) {
  TempDir dir;
  const std::string path = dir.Join("nowhere.db");
  for (const char* command : {"actors", "actor PAK", "top"}) {
    auto r = RunGeokg(std::string(command) + " --db " + ShellQuote(path));
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("no database at " + path), std::string::npos) << r.err;
  }
}

TEST(QueryDatabaseTest, EmptyDatabaseSaysSo) {
  TempDir dir;
  const std::string path = dir.Join("empty.db");
  {
    std::unique_ptr<GraphStore> store;
    ASSERT_TRUE(GraphStore::Open(path, StoreOptions(), &store).ok());
  }
  for (const char* command : {"actors", "actor PAK", "relations PAK", "path PAK IND", "neighbors PAK",
                              "top", "timeline PAK"}) {
    auto r = RunGeokg(std::string(command) + " --db " + ShellQuote(path));
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_EQ(r.out, "");
    const std::string name = std::string(command).substr(0, std::string(command).find(' '));
    EXPECT_EQ(r.err, "geokg " + name + ": the database at " + path +
                         " is empty: add articles with 'geokg ingest' first\n");
  }
}

TEST(QueryDatabaseTest, NotADatabase) {
  TempDir dir;
  WriteFile(dir.Join("file.txt"), "hello");
  auto r = RunGeokg("actors --db " + ShellQuote(dir.Join("file.txt")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("geokg actors: "), std::string::npos);
  EXPECT_NE(r.err.find(dir.Join("file.txt")), std::string::npos) << r.err;
}

TEST(QueryDatabaseTest, ReadsWhileAWriterHoldsTheDatabase) {
  TempDir dir;
  const std::string path = dir.Join("graph.db");
  BuildFixtureDb(path);
  std::unique_ptr<GraphStore> writer;
  ASSERT_TRUE(GraphStore::Open(path, StoreOptions(), &writer).ok());
  auto r = RunGeokg("actor PAK --format json --db " + ShellQuote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["mentions"], 11);
}

}  // namespace
}  // namespace geokg::testing
