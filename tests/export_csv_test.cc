// CSV export: both files are read back with a strict RFC 4180 reader and
// compared with the graph.
#include <gtest/gtest.h>

#include <sstream>

#include "graph/export.h"
#include "tests/export_test_graph.h"

namespace geokg {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: fields separated by ',', records by LF (or
// CR LF); a quoted field may hold commas, line breaks and doubled quotes; a
// quote anywhere else, or text after a closing quote, fails the test.
Rows ReadCsv(const std::string& text) {
  Rows rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  bool at_field_start = true;
  while (i < text.size()) {
    char c = text[i];
    if (at_field_start && c == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) {
          ADD_FAILURE() << "unterminated quoted field";
          return rows;
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        ADD_FAILURE() << "text after a closing quote at byte " << i;
        return rows;
      }
      at_field_start = false;
      continue;
    }
    at_field_start = false;
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      at_field_start = true;
      ++i;
    } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      at_field_start = true;
      i += c == '\r' ? 2 : 1;
    } else {
      EXPECT_NE(c, '"') << "a quote inside an unquoted field at byte " << i;
      field += c;
      ++i;
    }
  }
  EXPECT_TRUE(row.empty() && field.empty()) << "the last record has no line end";
  return rows;
}

std::vector<std::string> Split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, sep)) parts.push_back(part);
  return parts;
}

TEST(CsvReaderTest, ReadsQuotedFields) {
  Rows rows = ReadCsv("a,\"b,\"\"c\"\"\nd\",\n\"\",x\r\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b,\"c\"\nd", ""}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"", "x"}));
}

TEST(CsvExportTest, NodesReadBackAsTheActors) {
  Subgraph graph = testing::HostileGraph();
  std::ostringstream out;
  ASSERT_TRUE(WriteCsvNodes(graph, out).ok());
  Rows rows = ReadCsv(out.str());
  ASSERT_EQ(rows.size(), graph.actors.size() + 1);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id:ID", "name", "type", "country", "aliases:string[]",
                                               "mentions:long", "articles:long", "first_seen",
                                               "last_seen", ":LABEL"}));
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    const ActorRecord& actor = graph.actors[i];
    const auto& row = rows[i + 1];
    ASSERT_EQ(row.size(), rows[0].size()) << actor.id;
    EXPECT_EQ(row[0], actor.id);
    EXPECT_EQ(row[1], ValidUtf8(actor.name));
    EXPECT_EQ(row[2], ToString(actor.type));
    EXPECT_EQ(row[3], actor.country);
    EXPECT_EQ(std::stoull(row[5]), actor.mentions);
    EXPECT_EQ(row[7], actor.first_seen);
  }
  EXPECT_EQ(rows[1][9], "Actor;Country");
  EXPECT_EQ(rows[2][9], "Actor;Country");
  EXPECT_EQ(rows[7][9], "Actor;ArmedGroup");
  EXPECT_EQ(Split(rows[1][4], ';'), (std::vector<std::string>{"Islamabad", "Pakistani"}));
  // ';' separates array items, so one inside an alias becomes ','.
  EXPECT_EQ(Split(rows[10][4], ';'), (std::vector<std::string>{"x,y", "plain", "with,comma"}));
  EXPECT_EQ(rows[8][1], "bell\x07tab\there\r\nend");  // CSV carries control characters as they are
}

TEST(CsvExportTest, RelationshipsReadBackAsTheEdges) {
  Subgraph graph = testing::HostileGraph();
  std::ostringstream out;
  ASSERT_TRUE(WriteCsvRelationships(graph, out).ok());
  Rows rows = ReadCsv(out.str());
  ASSERT_EQ(rows.size(), graph.edges.size() + 1);
  EXPECT_EQ(rows[0], (std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "predicate", "kind",
                                               "polarity", "cameo", "quad:int", "goldstein:double",
                                               "mentions:long", "articles:long", "sources:long",
                                               "first_date", "last_date"}));
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const EdgeRecord& edge = graph.edges[i];
    const auto& row = rows[i + 1];
    ASSERT_EQ(row.size(), rows[0].size());
    EXPECT_EQ(row[0], edge.key.subject);
    EXPECT_EQ(row[1], edge.key.object);
    EXPECT_EQ(row[2], edge.key.kind == RelationKind::kAffiliation ? "AFFILIATION" : "EVENT");
    EXPECT_EQ(row[3], edge.key.predicate);
    EXPECT_EQ(row[4], ToString(edge.key.kind));
    EXPECT_EQ(row[5], ToString(edge.key.polarity));
    EXPECT_EQ(row[6], edge.cameo);
    if (edge.cameo.empty()) {  // no quad class, no Goldstein value: empty, not 0
      EXPECT_EQ(row[7], "");
      EXPECT_EQ(row[8], "");
    } else {
      EXPECT_EQ(std::stoi(row[7]), edge.quad);
      EXPECT_EQ(std::stod(row[8]), edge.goldstein);
    }
    EXPECT_EQ(std::stoull(row[9]), edge.mentions);
    EXPECT_EQ(std::stoull(row[10]), edge.articles);
    EXPECT_EQ(row[12], edge.first_date);
    EXPECT_EQ(row[13], edge.last_date);
  }
  EXPECT_EQ(rows[9][3], "join, \"then\" leave");
}

TEST(CsvExportTest, EmptyGraphHasOnlyHeaders) {
  std::ostringstream nodes, relationships;
  ASSERT_TRUE(WriteCsvNodes(Subgraph(), nodes).ok());
  ASSERT_TRUE(WriteCsvRelationships(Subgraph(), relationships).ok());
  EXPECT_EQ(ReadCsv(nodes.str()).size(), 1u);
  EXPECT_EQ(ReadCsv(relationships.str()).size(), 1u);
}

}  // namespace
}  // namespace geokg
