// cli/output.h (the table/tsv/csv/json writers) and the edit distance behind
// "did you mean": exact bytes for every format.
#include <gtest/gtest.h>

#include <sstream>

#include "cli/actor_lookup.h"
#include "cli/output.h"

namespace geokg::cli {
namespace {

Table Sample() {
  Table table({"id", "name", "mentions", "score"});
  table.AddRow({std::string("PAK"), std::string("Pakistan"), uint64_t{11}, 0.42731993834255});
  table.AddRow({std::string("tür"), std::string("Türkiye, \"the\" state"), uint64_t{5}, 2.0});
  table.AddRow({std::string("x"), std::string("tab\there\nnewline\\"), uint64_t{0}, Cell()});
  return table;
}

std::string Write(const Table& table, Format format, bool header = true) {
  std::ostringstream out;
  OutputOptions options;
  options.format = format;
  options.header = header;
  table.Write(out, options);
  return out.str();
}

TEST(OutputTest, TableAlignsColumnsAndRightAlignsNumbers) {
  EXPECT_EQ(Write(Sample(), Format::kTable),
            "id   name                  mentions    score\n"
            "PAK  Pakistan                    11  0.42732\n"
            "tür  Türkiye, \"the\" state         5        2\n"
            "x    tab\\there\\nnewline\\\\         0\n");
}

TEST(OutputTest, TableHidesColumnsAndShowsNotes) {
  Table table = Sample();
  table.HideInTable({"id", "score"});
  Table small({"a", "b"});
  small.AddRow({std::string("x"), int64_t{-3}});
  small.AddNote("a note under x");
  small.AddRow({std::string("yy"), int64_t{10}});
  EXPECT_EQ(Write(small, Format::kTable), "a    b\nx   -3\n    a note under x\nyy  10\n");
  EXPECT_EQ(Write(small, Format::kTable, /*header=*/false), "x   -3\n    a note under x\nyy  10\n");
  // Notes and hidden columns are for people only.
  EXPECT_EQ(Write(small, Format::kTsv), "a\tb\nx\t-3\nyy\t10\n");
  EXPECT_EQ(Write(table, Format::kTable).substr(0, 31), "name                  mentions\n");
}

TEST(OutputTest, TsvEscapesTabsNewlinesAndBackslashes) {
  EXPECT_EQ(Write(Sample(), Format::kTsv),
            "id\tname\tmentions\tscore\n"
            "PAK\tPakistan\t11\t0.42732\n"
            "tür\tTürkiye, \"the\" state\t5\t2\n"
            "x\ttab\\there\\nnewline\\\\\t0\t\n");
  EXPECT_EQ(Write(Sample(), Format::kTsv, /*header=*/false).substr(0, 4), "PAK\t");
}

TEST(OutputTest, CsvQuotesPerRfc4180) {
  EXPECT_EQ(Write(Sample(), Format::kCsv),
            "id,name,mentions,score\n"
            "PAK,Pakistan,11,0.42732\n"
            "tür,\"Türkiye, \"\"the\"\" state\",5,2\n"
            "x,\"tab\there\nnewline\\\",0,\n");
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a\rb"), "\"a\rb\"");
}

TEST(OutputTest, JsonIsOneArrayWithTypedValues) {
  EXPECT_EQ(Write(Sample(), Format::kJsonl),
            "{\"id\":\"PAK\",\"name\":\"Pakistan\",\"mentions\":11,\"score\":0.42731993834255}\n"
            "{\"id\":\"tür\",\"name\":\"Türkiye, \\\"the\\\" state\",\"mentions\":5,\"score\":2.0}\n"
            "{\"id\":\"x\",\"name\":\"tab\\there\\nnewline\\\\\",\"mentions\":0,\"score\":null}\n");
  const Json parsed = Json::parse(Write(Sample(), Format::kJson));
  ASSERT_TRUE(parsed.is_array());
  ASSERT_EQ(parsed.size(), 3u);
  EXPECT_EQ(parsed[1]["name"], "Türkiye, \"the\" state");
  EXPECT_EQ(parsed[0]["mentions"], 11);
  EXPECT_TRUE(parsed[2]["score"].is_null());
  // Fields keep the column order.
  EXPECT_EQ(parsed[0].begin().key(), "id");
}

TEST(OutputTest, EmptyTables) {
  Table empty({"a", "b"});
  EXPECT_EQ(Write(empty, Format::kTsv), "a\tb\n");
  EXPECT_EQ(Write(empty, Format::kCsv, false), "");
  EXPECT_EQ(Write(empty, Format::kJson), "[]\n");
  EXPECT_EQ(Write(empty, Format::kJsonl), "");
  EXPECT_EQ(Write(empty, Format::kTable), "a  b\n");
}

TEST(OutputTest, CellText) {
  EXPECT_EQ(CellText(Cell()), "");
  EXPECT_EQ(CellText(int64_t{-7}), "-7");
  EXPECT_EQ(CellText(uint64_t{18446744073709551615u}), "18446744073709551615");
  EXPECT_EQ(CellText(29.0), "29");
  EXPECT_EQ(CellText(0.0170672735030579), "0.0170673");
  EXPECT_EQ(CellText(1.5e-7), "1.5e-07");
  EXPECT_EQ(DisplayWidth("Türkiye"), 7u);
}

TEST(EditDistanceTest, CountsCodePointsAndTranspositions) {
  EXPECT_EQ(EditDistance("pakstan", "pakistan"), 1u);
  EXPECT_EQ(EditDistance("chnia", "china"), 1u);  // one transposition
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("türkiye", "turkiye"), 1u);  // ü is one code point
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("same", "same"), 0u);
}

}  // namespace
}  // namespace geokg::cli
