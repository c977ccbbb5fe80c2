// Hostile and awkward input: HTML nesting, element count and parser memory
// limits; one bad article never costs the others of its batch; --threads
// validated; byte order marks and character references in plain text keep
// evidence offsets those of the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/input/article_reader.h"
#include "extract/extractor.h"
#include "extract/input/html_guard.h"
#include "extract/input/html_text.h"
#include "cli/output.h"
#include "graph/export.h"
#include "graph/id_escape.h"
#include "tests/export_test_graph.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using geokg::testing::RunGeokg;
using geokg::testing::ShellQuote;
using geokg::testing::TempDir;
using geokg::testing::WriteFile;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Repeat(const std::string& piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

const std::string kGoodParagraph = "<p>Pakistan accused India of shelling the border.</p>";

TEST(HtmlLimitsTest, NestedTablesAreRefusedWithTheirLine) {
  std::string page = "<html><body>\n" + kGoodParagraph + "\n" + Repeat("<table><tr><td>", 20000) + "x</body></html>";
  HtmlArticle article;
  Status s = ExtractHtmlArticle(page, HtmlLimits(), &article);
  ASSERT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_TRUE(Contains(s.message(), "nesting deeper than 1024 elements at line 3")) << s.message();
  EXPECT_TRUE(article.text.empty());
}

TEST(HtmlLimitsTest, UnclosedElementsAreRefused) {
  std::string page = "<html><body>" + kGoodParagraph + Repeat("<div>", 100000) + "x</body></html>";
  HtmlArticle article;
  Status s = ExtractHtmlArticle(page, HtmlLimits(), &article);
  ASSERT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_TRUE(Contains(s.message(), "nesting deeper than")) << s.message();
}

TEST(HtmlLimitsTest, ImpliedEndTagsDoNotCountAsNesting) {
  // Thousands of unclosed <p>, <li>, <td> and <tr> are siblings, not a deep tree.
  std::string page = "<html><body><ul>" + Repeat("<li>item", 3000) + "</ul>" + Repeat("<p>Pakistan met India.", 3000) +
                     "<table>" + Repeat("<tr><td>a<td>b", 3000) + "</table></body></html>";
  HtmlArticle article;
  Status s = ExtractHtmlArticle(page, HtmlLimits(), &article);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(Contains(article.text, "Pakistan met India."));
}

TEST(HtmlLimitsTest, DeepButLegalPagesParse) {
  std::string page = "<html><body>" + Repeat("<div>", 900) + kGoodParagraph + Repeat("</div>", 900) + "</body></html>";
  HtmlArticle article;
  Status s = ExtractHtmlArticle(page, HtmlLimits(), &article);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(article.text, "Pakistan accused India of shelling the border.");
}

TEST(HtmlLimitsTest, ElementCountIsLimited) {
  HtmlLimits limits;
  limits.max_elements = 100;
  std::string page = "<html><body>" + Repeat("<br>", 200) + "</body></html>";
  HtmlArticle article;
  Status s = ExtractHtmlArticle(page, limits, &article);
  ASSERT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_TRUE(Contains(s.message(), "more than 100 elements at line 1")) << s.message();
}

TEST(HtmlLimitsTest, ReopenedFormattingElementsHitTheMemoryLimit) {
  // Each closed <p> leaves its <b> in the list of active formatting elements;
  // every later paragraph re-opens all of them: nodes grow as N squared while
  // the tree stays shallow.
  std::string page = "<html><body>";
  for (int i = 0; i < 3000; ++i) page += "<p><b id=" + std::to_string(i) + "></p>";
  page += Repeat("<p>x</p>", 3000) + "</body></html>";
  HtmlArticle article;
  Status s = ExtractHtmlArticle(page, HtmlLimits(), &article);
  ASSERT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_TRUE(Contains(s.message(), "MiB to parse")) << s.message();
  // The parse can run again afterwards: nothing of the abandoned one is left in the way.
  ASSERT_TRUE(ExtractHtmlArticle("<p>Fine.</p>", HtmlLimits(), &article).ok());
  EXPECT_EQ(article.text, "Fine.");
}

TEST(HtmlLimitsTest, CommentsScriptsAndAttributesAreNotTags) {
  HtmlLimits limits;
  limits.max_depth = 3;
  std::string page = "<html><body><!-- <div><div><div><div> --><script>if (a<b) { '<div><div><div><div>' }</script>"
                     "<p title='<div><div><div><div>'>Pakistan met India.</p></body></html>";
  HtmlArticle article;
  Status s = ExtractHtmlArticle(page, limits, &article);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(article.text, "Pakistan met India.");
}

TEST(HtmlLimitsTest, TheReaderSkipsTheBadPageAndKeepsTheOthers) {
  TempDir dir;
  WriteFile(dir.Join("a.txt"), "Pakistan accused India of shelling the border.\n");
  WriteFile(dir.Join("b.html"), "<html><body>\n\n" + Repeat("<table><tr><td>", 20000) + "</body></html>");
  WriteFile(dir.Join("c.html"), "<html><body>" + kGoodParagraph + "</body></html>");
  std::vector<std::string> ids;
  std::vector<std::pair<std::string, std::string>> skips;
  Status s = ReadArticles(
      {dir.path().string()}, ReaderOptions(),
      [&](Article&& article) {
        ids.push_back(article.id);
        return Status::OK();
      },
      [&](const std::string& origin, const Status& why) { skips.emplace_back(origin, why.message()); });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "c"}));
  ASSERT_EQ(skips.size(), 1u);
  EXPECT_EQ(skips[0].first, dir.Join("b.html"));
  EXPECT_TRUE(Contains(skips[0].second, "at line 3")) << skips[0].second;
}

TEST(HtmlLimitsTest, IngestStoresTheGoodArticlesOfABatchWithABadPage) {
  TempDir dir;
  std::string in = dir.Join("in");
  std::filesystem::create_directories(in);
  WriteFile(in + "/a.txt", "Pakistan accused India of shelling the border.\n");
  WriteFile(in + "/b.html", "<html><body>" + Repeat("<div>", 100000) + "</body></html>");
  WriteFile(in + "/c.txt", "Russia condemned Ukraine over the attack.\n");
  std::string db = " --db " + ShellQuote(dir.Join("db"));
  auto r = RunGeokg("ingest --threads 2 " + ShellQuote(in) + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, in + "/b.html: HTML nesting deeper than 1024 elements at line 1, skipped")) << r.err;
  EXPECT_TRUE(Contains(r.err, "3 articles (2 new")) << r.err;
  r = RunGeokg("stats --format json" + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["articles"], 2) << r.out;
}

TEST(TriplesInputTest, AnOverlongLineIsSkippedByLineAndTheOthersAreStored) {
  TempDir dir;
  const std::string line =
      R"({"doc":"d1","sentence":0,"subject":{"id":"PAK","name":"Pakistan","type":"country","country":"PAK"},)"
      R"("predicate":"accuse","object":{"id":"IND","name":"India","type":"country","country":"IND"},)"
      R"("kind":"event","polarity":"positive","modality":"asserted","cameo":"112","quad":3,"date":"2023-05-01"})";
  std::string second = line;
  second.replace(second.find("\"d1\""), 4, "\"d2\"");
  WriteFile(dir.Join("t.jsonl"), line + "\n" + std::string(3 << 20, 'x') + "\n" + second + "\n");
  std::string db = " --db " + ShellQuote(dir.Join("db"));
  auto r = RunGeokg("ingest --triples " + ShellQuote(dir.Join("t.jsonl")) + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, dir.Join("t.jsonl") + ":2: line of 3145728 bytes exceeds the limit of 1048576 bytes"))
      << r.err;
  r = RunGeokg("stats --format json" + db);
  EXPECT_EQ(nlohmann::json::parse(r.out)["articles"], 2) << r.out;
}

TEST(ThreadsOptionTest, OutOfRangeValuesAreUsageErrorsNamingTheOption) {
  TempDir dir;
  WriteFile(dir.Join("a.txt"), "Pakistan accused India of shelling the border.\n");
  for (const char* value : {"100000", "0", "two"}) {
    auto r = RunGeokg(std::string("ingest --threads ") + value + " " + ShellQuote(dir.Join("a.txt")) + " --db " +
                      ShellQuote(dir.Join("db")));
    EXPECT_EQ(r.exit_code, 2) << value << ": " << r.err;
    EXPECT_TRUE(Contains(r.err, "--threads takes a whole number from 1 to 256")) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.Join("db")));
  }
  auto r = RunGeokg("extract --threads 256 " + ShellQuote(dir.Join("a.txt")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// ---- Plain text: byte order marks and character references ----

std::vector<Article> ReadAll(const std::string& path) {
  std::vector<Article> articles;
  Status s = ReadArticles(
      {path}, ReaderOptions(),
      [&](Article&& article) {
        articles.push_back(std::move(article));
        return Status::OK();
      },
      nullptr);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return articles;
}

std::vector<Triple> ExtractText(const std::string& text) {
  std::unique_ptr<Extractor> extractor;
  Status s = Extractor::Create(ExtractorOptions(), &extractor);
  EXPECT_TRUE(s.ok()) << s.ToString();
  Article article;
  article.id = "t";
  article.text = text;
  std::vector<Triple> triples;
  s = extractor->Extract(article, &triples);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return triples;
}

std::vector<std::string> Relations(const std::vector<Triple>& triples) {
  std::vector<std::string> out;
  for (const Triple& t : triples) out.push_back(t.subject.id + " " + t.predicate + " " + t.object.id);
  return out;
}

TEST(PlainTextTest, EvidenceOffsetsAfterAByteOrderMarkAreOffsetsInTheFile) {
  TempDir dir;
  const std::string file = "\xEF\xBB\xBFPakistan accused India of shelling the border.\n";
  WriteFile(dir.Join("bom.txt"), file);
  std::vector<Article> articles = ReadAll(dir.Join("bom.txt"));
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].text.size(), file.size());
  std::vector<Triple> triples = ExtractText(articles[0].text);
  ASSERT_FALSE(triples.empty());
  const Evidence& ev = triples[0].evidence;
  EXPECT_EQ(ev.start, 3u);
  EXPECT_EQ(file.substr(ev.start, ev.end - ev.start), "Pakistan accused India of shelling the border.");
}

TEST(PlainTextTest, CharacterReferencesExtractLikeTheCharactersTheyName) {
  const std::string plain = "Pakistan\u2019s army accused India of shelling the border.";
  for (const std::string& text :
       {std::string("Pakistan&#8217;s army accused India of shelling the border."),
        std::string("Pakistan&rsquo;s army accused India of shelling the border."),
        std::string("Pakistan&#x2019;s army accused India of shelling the border.")}) {
    std::vector<Triple> expected = ExtractText(plain);
    std::vector<Triple> got = ExtractText(text);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(Relations(got), Relations(expected)) << text;
    ASSERT_FALSE(got.empty());
    // Offsets index the original bytes, references included.
    EXPECT_EQ(got[0].evidence.start, 0u);
    EXPECT_EQ(got[0].evidence.end, text.size());
    EXPECT_EQ(got[0].evidence.text, text);
  }
  // Accented names written as references find the actor the characters name.
  EXPECT_EQ(Relations(ExtractText("Russia condemned Ukraine and Nicol&aacute;s Maduro praised Russia.")),
            Relations(ExtractText("Russia condemned Ukraine and Nicol\u00e1s Maduro praised Russia.")));
  // What is no reference stays text.
  EXPECT_EQ(Relations(ExtractText("AT&T said Pakistan accused India of shelling the border; &#0; &bogus;")),
            Relations(ExtractText("AT&T said Pakistan accused India of shelling the border; x; y")));
}

// ---- Hostile ids in exports, hostile text on a terminal ----

// Ids that differ only in control characters, invalid bytes, or in what an
// escape would produce.
const std::vector<std::string> kLookAlikeIds = {
    "Al\x01Qaeda", "Al\x02Qaeda", "Al Qaeda", "Al\tQaeda", "Al\nQaeda", "Al\rQaeda", "Al\x1b[31mQaeda",
    "Al\xFFQaeda", "Al\xEF\xBF\xBDQaeda", "Al\\x01Qaeda", "Al\\\\x01Qaeda", "Al\\Qaeda", "AlQaeda"};

Subgraph LookAlikeGraph() {
  Subgraph graph;
  for (const std::string& id : kLookAlikeIds) graph.actors.push_back(testing::MakeActor(id, "name", ActorType::kArmedGroup));
  return graph;
}

TEST(IdEscapeTest, IsInjectiveAndKeepsCleanIds) {
  auto carries = [](uint32_t cp) { return cp >= 0x20 && cp != 0x7F; };
  std::set<std::string> escaped;
  for (const std::string& id : kLookAlikeIds) escaped.insert(EscapeId(id, carries));
  EXPECT_EQ(escaped.size(), kLookAlikeIds.size());
  EXPECT_EQ(EscapeId("Al Qaeda", carries), "Al Qaeda");
  EXPECT_EQ(EscapeId("back\\slash", carries), "back\\slash");
  EXPECT_EQ(EscapeId("Al\x01Qaeda", carries), "Al\\x01Qaeda");
  EXPECT_EQ(EscapeId("Al\\x01", carries), "Al\\\\x01");
  EXPECT_EQ(EscapeId("a\xFF\\b", carries), "a\\xFF\\\\b");
}

TEST(IdEscapeTest, DotNodesOfLookAlikeIdsStayDistinct) {
  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(LookAlikeGraph(), DotOptions(), dot).ok());
  std::set<std::string> nodes;
  std::istringstream lines(dot.str());
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("  \"") && line.find(" [label=") != std::string::npos) {
      nodes.insert(line.substr(0, line.find(" [label=")));
    }
  }
  EXPECT_EQ(nodes.size(), kLookAlikeIds.size()) << dot.str();
  // No raw control character reaches the file.
  for (char c : dot.str()) EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 && c != '\n') << int(c);
}

TEST(IdEscapeTest, GraphMLNodesOfLookAlikeIdsStayDistinct) {
  std::ostringstream xml;
  ASSERT_TRUE(WriteGraphML(LookAlikeGraph(), xml).ok());
  std::set<std::string> ids;
  const std::string text = xml.str();
  std::regex node("<node id=\"([^\"]*)\">");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), node); it != std::sregex_iterator(); ++it) {
    ids.insert((*it)[1]);
  }
  EXPECT_EQ(ids.size(), kLookAlikeIds.size()) << text;
  EXPECT_TRUE(ids.count("Al Qaeda"));
  EXPECT_TRUE(ids.count("Al\\x09Qaeda"));  // a tab would read back as a space
}

TEST(TerminalTextTest, EscapeSequencesAreShownNotSent) {
  EXPECT_EQ(cli::TerminalText("Pakistan \x1b[2J\x1b]0;owned\x07 said"), "Pakistan \\x1B[2J\\x1B]0;owned\\x07 said");
  EXPECT_EQ(cli::TerminalText("C1 \xC2\x9B" "31m and bad \xFF"), "C1 \\xC2\\x9B31m and bad \\xFF");
  EXPECT_EQ(cli::TerminalText("two\nlines\ttab"), "two\\nlines\\ttab");
  EXPECT_EQ(cli::TerminalText("T\xC3\xBCrkiye \xE2\x80\x93 \xE5\x8C\x97"), "T\xC3\xBCrkiye \xE2\x80\x93 \xE5\x8C\x97");
}

TEST(TerminalTextTest, TablesShowEvidenceSafelyAndDataFormatsKeepIt) {
  cli::Table table({"subject", "sentence"});
  table.AddRow({std::string("X\x1b[31m"), std::string("said \x1b[2J")});
  table.AddNote("\"\x1b]0;title\x07\"");
  std::ostringstream shown;
  table.Write(shown, cli::OutputOptions{cli::Format::kTable, true});
  EXPECT_EQ(shown.str().find('\x1b'), std::string::npos) << shown.str();
  EXPECT_NE(shown.str().find("X\\x1B[31m"), std::string::npos) << shown.str();
  EXPECT_NE(shown.str().find("\\x1B]0;title\\x07"), std::string::npos) << shown.str();
  std::ostringstream json;
  table.Write(json, cli::OutputOptions{cli::Format::kJsonl, true});
  EXPECT_EQ(nlohmann::json::parse(json.str())["subject"], "X\x1b[31m");  // exact, escaped by JSON
  EXPECT_EQ(json.str().find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace geokg
