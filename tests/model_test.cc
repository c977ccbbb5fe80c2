#include <gtest/gtest.h>

#include "graph/cameo.h"
#include "graph/filter.h"
#include "graph/names.h"
#include "graph/triple_json.h"

namespace geokg {
namespace {

TEST(NamesTest, NormalizesCasePunctuationAndArticle) {
  EXPECT_EQ(NormalizeName("The U.S."), "u s");
  EXPECT_EQ(NormalizeName("  Pakistan   Tehreek-e-Insaf "), "pakistan tehreek e insaf");
  EXPECT_EQ(NormalizeName("Erdoğan"), "erdogan");
  EXPECT_EQ(NormalizeName("Erdoğan", /*strip_marks=*/false), "erdoğan");
  EXPECT_EQ(NormalizeName("Pakistan\xff"), "pakistan");
  EXPECT_EQ(NormalizeName("Theresa May"), "theresa may");
}

TEST(NamesTest, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8("Türkiye"));
  EXPECT_FALSE(IsValidUtf8("T\xc3"));
}

TEST(CameoTest, QuadClassFollowsRoot) {
  EXPECT_EQ(QuadClassOfCameo("042"), 1);
  EXPECT_EQ(QuadClassOfCameo("05"), 1);
  EXPECT_EQ(QuadClassOfCameo("061"), 2);
  EXPECT_EQ(QuadClassOfCameo("112"), 3);
  EXPECT_EQ(QuadClassOfCameo("190"), 4);
  EXPECT_EQ(QuadClassOfCameo(""), 0);
  EXPECT_EQ(QuadClassOfCameo("x1"), 0);
}

TEST(FilterTest, DateBoundsOverlapEdgeSpan) {
  EdgeRecord edge;
  edge.mentions = 3;
  edge.cameo = "190";
  edge.first_date = "2022-02-24";
  edge.last_date = "2023-07-17";
  EdgeFilter filter;
  EXPECT_TRUE(filter.Matches(edge));
  filter.since = "2023";
  EXPECT_TRUE(filter.Matches(edge));
  filter.since = "2023-08";
  EXPECT_FALSE(filter.Matches(edge));
  filter = EdgeFilter();
  filter.until = "2022-02";
  EXPECT_TRUE(filter.Matches(edge));
  filter.until = "2022-01";
  EXPECT_FALSE(filter.Matches(edge));
  filter = EdgeFilter();
  filter.quad = 4;
  EXPECT_TRUE(filter.Matches(edge));
  filter.quad = 1;
  EXPECT_FALSE(filter.Matches(edge));
  filter = EdgeFilter();
  filter.min_count = 4;
  EXPECT_FALSE(filter.Matches(edge));
  filter = EdgeFilter();
  filter.cameo_prefix = "19";
  EXPECT_TRUE(filter.Matches(edge));
  filter.cameo_prefix = "04";
  EXPECT_FALSE(filter.Matches(edge));
}

TEST(TripleJsonTest, RoundTripsEveryField) {
  Triple t;
  t.doc = "a1";
  t.subject = {"USA", "United States", ActorType::kCountry, "USA", "Washington"};
  t.object = {"PAK", "Pakistan", ActorType::kCountry, "PAK", "Islamabad"};
  t.predicate = "ask";
  t.polarity = Polarity::kNegative;
  t.modality = Modality::kRequested;
  t.cameo = "102";
  t.quad = 1;
  t.goldstein = -5.0;
  t.date = "2015-09-21";
  t.source = "Observer";
  t.evidence = {4, 812, 931, "It has also \"asked\" Islamabad."};
  Triple back;
  ASSERT_TRUE(TripleFromJsonLine(TripleToJsonLine(t), &back).ok());
  EXPECT_EQ(back.subject.id, "USA");
  EXPECT_EQ(back.subject.surface, "Washington");
  EXPECT_EQ(back.object.name, "Pakistan");
  EXPECT_EQ(back.predicate, "ask");
  EXPECT_EQ(back.polarity, Polarity::kNegative);
  EXPECT_EQ(back.modality, Modality::kRequested);
  EXPECT_EQ(back.cameo, "102");
  EXPECT_EQ(back.goldstein, -5.0);
  EXPECT_EQ(back.evidence.sentence, 4u);
  EXPECT_EQ(back.evidence.start, 812u);
  EXPECT_EQ(back.evidence.text, t.evidence.text);
  EXPECT_EQ(back.date, "2015-09-21");
}

TEST(TripleJsonTest, EscapesControlCharactersAndInvalidUtf8) {
  Triple t;
  t.doc = "d\"1\\";
  t.subject = {"A", "Line\nbreak\ttab\x01", ActorType::kPerson, "", ""};
  t.object = {"B", "T\xc3\xbcrkiye \xff end", ActorType::kCountry, "", ""};
  t.predicate = "meet";
  t.goldstein = -4.4;
  Triple back;
  std::string line = TripleToJsonLine(t);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  ASSERT_TRUE(TripleFromJsonLine(line, &back).ok()) << line;
  EXPECT_EQ(back.doc, t.doc);
  EXPECT_EQ(back.subject.name, t.subject.name);
  EXPECT_EQ(back.object.name, "T\xc3\xbcrkiye \xef\xbf\xbd end");
  EXPECT_DOUBLE_EQ(back.goldstein, -4.4);
}

TEST(TripleJsonTest, RejectsBrokenLines) {
  Triple t;
  EXPECT_TRUE(TripleFromJsonLine("{not json", &t).IsInvalidArgument());
  EXPECT_TRUE(TripleFromJsonLine("[1,2]", &t).IsInvalidArgument());
  EXPECT_TRUE(TripleFromJsonLine(R"({"subject":{"id":"A","name":"A"},"object":{"id":"B","name":"B"}})", &t)
                  .IsInvalidArgument());
  EXPECT_TRUE(TripleFromJsonLine(
                  R"({"subject":{"id":"A","name":"A"},"object":{"id":"B","name":"B"},"predicate":"x","polarity":"maybe"})",
                  &t)
                  .IsInvalidArgument());
  EXPECT_TRUE(TripleFromJsonLine(R"({"subject":{"id":"A","name":"A"},"object":{"id":"B","name":"B"},"predicate":"meet","cameo":"190"})",
                                 &t)
                  .ok());
  EXPECT_EQ(t.quad, 4);
}

}  // namespace
}  // namespace geokg
