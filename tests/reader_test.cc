// ReadArticles (formats, bad inputs, directories, stdin), the HTML article
// extractor and the dateline detector.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "extract/input/article_reader.h"
#include "extract/input/dateline.h"
#include "extract/input/html_text.h"
#include "tests/test_util.h"

namespace geokg {
namespace {

using geokg::testing::TempDir;
using geokg::testing::WriteFile;

struct ReadResult {
  Status status;
  std::vector<Article> articles;
  std::vector<std::pair<std::string, std::string>> skips;  // origin, message
};

ReadResult Read(const std::vector<std::string>& inputs, const ReaderOptions& options = {}) {
  ReadResult result;
  result.status = ReadArticles(
      inputs, options,
      [&](Article&& article) {
        result.articles.push_back(std::move(article));
        return Status::OK();
      },
      [&](const std::string& origin, const Status& why) { result.skips.emplace_back(origin, why.message()); });
  return result;
}

std::vector<std::string> Ids(const ReadResult& result) {
  std::vector<std::string> ids;
  for (const Article& a : result.articles) ids.push_back(a.id);
  return ids;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// ---- Formats ----

TEST(ReaderTest, ReadsPlainTextFileWithDatelineDate) {
  TempDir dir;
  std::string path = dir.Join("islamabad.story.txt");
  std::string body = "LONDON, 21 September 2015 (Wire) - Pakistan asked India to talk.\n";
  WriteFile(path, "\xEF\xBB\xBF" + body);
  ReadResult r = Read({path});
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(r.skips.empty());
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "islamabad.story");
  EXPECT_EQ(a.origin, path);
  EXPECT_EQ(a.text, "   " + body);  // the bytes of the file, the byte order mark as spaces
  EXPECT_EQ(a.date, "2015-09-21");
  EXPECT_EQ(a.title, "");
}

TEST(ReaderTest, ReadsJsonLinesRecordsWithDefaultIdsAndOrigins) {
  TempDir dir;
  std::string path = dir.Join("feed.jsonl");
  WriteFile(path,
            R"({"id": "a1", "title": "Talks", "date": "2015-09-21T10:00:00Z", "url": "http://x/1", "source": "Wire", "text": "Pakistan met India."})"
            "\n"
            "\n"  // a blank line is no record, but counts as a line
            R"({"text": "ISLAMABAD, Sept. 21, 2015 - Second story.", "extra": [1, 2]})"
            "\r\n"
            R"({"id": 17, "text": "Third.", "date": "sometime"})"
            "\n");
  ReadResult r = Read({path});
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_TRUE(r.skips.empty());
  ASSERT_EQ(r.articles.size(), 3u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "Talks");
  EXPECT_EQ(a.date, "2015-09-21");
  EXPECT_EQ(a.url, "http://x/1");
  EXPECT_EQ(a.source, "Wire");
  EXPECT_EQ(a.text, "Pakistan met India.");
  EXPECT_EQ(a.origin, path + ":1");
  EXPECT_EQ(r.articles[1].id, "feed-3");
  EXPECT_EQ(r.articles[1].origin, path + ":3");
  EXPECT_EQ(r.articles[1].text, "ISLAMABAD, Sept. 21, 2015 - Second story.");
  EXPECT_EQ(r.articles[1].date, "2015-09-21");  // from the dateline: the record has none
  EXPECT_EQ(r.articles[2].id, "17");
  EXPECT_EQ(r.articles[2].date, "");  // "sometime" states no date
}

TEST(ReaderTest, JsonLinesFieldNamesAreConfigurable) {
  TempDir dir;
  std::string path = dir.Join("custom.ndjson");
  WriteFile(path, R"({"doc": "d1", "headline": "H", "body": "Body text.", "text": "not this"})"
                  "\n");
  ReaderOptions options;
  options.id_field = "doc";
  options.title_field = "headline";
  options.text_field = "body";
  ReadResult r = Read({path}, options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "d1");
  EXPECT_EQ(r.articles[0].title, "H");
  EXPECT_EQ(r.articles[0].text, "Body text.");
}

TEST(ReaderTest, BrokenJsonLinesAreSkippedAndTheRestIsRead) {
  TempDir dir;
  std::string path = dir.Join("mixed.jsonl");
  WriteFile(path,
            "{\"text\": \"one\"}\n"
            "{\"text\": \"two\"\n"        // truncated
            "[\"not\", \"an object\"]\n"  // valid JSON, not a record
            "{\"title\": \"no text\"}\n"
            "{\"text\": 5}\n"
            "{\"text\": \"six\"}\n");
  ReadResult r = Read({path});
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"mixed-1", "mixed-6"}));
  ASSERT_EQ(r.skips.size(), 4u);
  EXPECT_EQ(r.skips[0].first, path + ":2");
  EXPECT_TRUE(r.skips[0].second.starts_with("invalid JSON (")) << r.skips[0].second;
  EXPECT_FALSE(Contains(r.skips[0].second, "json.exception")) << r.skips[0].second;
  EXPECT_EQ(r.skips[1].first, path + ":3");
  EXPECT_TRUE(r.skips[1].second.starts_with("invalid JSON (")) << r.skips[1].second;
  EXPECT_EQ(r.skips[2].first, path + ":4");
  EXPECT_TRUE(Contains(r.skips[2].second, "\"text\"")) << r.skips[2].second;
  EXPECT_EQ(r.skips[3].first, path + ":5");
}

TEST(ReaderTest, FormatFollowsExtensionThenContent) {
  TempDir dir;
  WriteFile(dir.Join("a.dat"), "{\"id\": \"from-jsonl\", \"text\": \"x\"}\n");
  WriteFile(dir.Join("b.dat"), "<!DOCTYPE html><html><body><p>From html</p></body></html>");
  WriteFile(dir.Join("c.dat"), "<3 is not a tag\nplain text");
  WriteFile(dir.Join("d.json"), "{\"id\": \"from-json\", \"text\": \"y\"}\n");
  WriteFile(dir.Join("e.HTM"), "<p>Upper-case extension</p>");
  WriteFile(dir.Join("f.md"), "{ \"looks\": \"like json\" }");
  ReadResult r = Read({dir.path().string()});
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.articles.size(), 6u);
  EXPECT_EQ(r.articles[0].id, "from-jsonl");
  EXPECT_EQ(r.articles[1].text, "From html");
  EXPECT_EQ(r.articles[2].text, "<3 is not a tag\nplain text");
  EXPECT_EQ(r.articles[3].id, "from-json");
  EXPECT_EQ(r.articles[4].text, "Upper-case extension");
  EXPECT_EQ(r.articles[5].text, "{ \"looks\": \"like json\" }");
}

TEST(ReaderTest, FormatOptionOverridesDetectionAndIsValidated) {
  TempDir dir;
  std::string path = dir.Join("page.html");
  WriteFile(path, "<p>Hello</p>");
  ReaderOptions options;
  options.format = "text";
  ReadResult r = Read({path}, options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "<p>Hello</p>");
  options.format = "xml";
  r = Read({path}, options);
  EXPECT_TRUE(r.status.IsInvalidArgument());
  EXPECT_TRUE(Contains(r.status.message(), "xml"));
  EXPECT_TRUE(r.articles.empty());
}

// ---- Bad inputs ----

TEST(ReaderTest, SkipsBinaryFiles) {
  TempDir dir;
  WriteFile(dir.Join("a.txt"), std::string("text\0with nul", 13));
  std::string controls;
  for (int i = 0; i < 100; ++i) controls += (i % 4 == 0) ? "\x01\x02" : "ab";
  WriteFile(dir.Join("b.bin"), controls);
  WriteFile(dir.Join("c.txt"), "fine\ttext\r\n");
  ReadResult r = Read({dir.path().string()});
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"c"}));
  ASSERT_EQ(r.skips.size(), 2u);
  EXPECT_EQ(r.skips[0], std::make_pair(dir.Join("a.txt"), std::string("binary file")));
  EXPECT_EQ(r.skips[1], std::make_pair(dir.Join("b.bin"), std::string("binary file")));
}

TEST(ReaderTest, NulAfterTheSniffedStartStillMakesAFileBinary) {
  TempDir dir;
  std::string path = dir.Join("late.txt");
  WriteFile(path, std::string(20000, 'a') + std::string(1, '\0') + "tail");
  ReadResult r = Read({path});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.skips.size(), 1u);
  EXPECT_EQ(r.skips[0].second, "binary file");
}

TEST(ReaderTest, SkipsInvalidUtf8NamingTheByteOffset) {
  TempDir dir;
  std::string text = dir.Join("bad.txt");
  WriteFile(text, "caf\xC3\xA9 ok \xFF rest");
  std::string page = dir.Join("bad.html");
  WriteFile(page, "<p>\xC3</p>");
  ReadResult r = Read({text, page});
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.skips.size(), 2u);
  EXPECT_EQ(r.skips[0].first, text);
  EXPECT_EQ(r.skips[0].second, "invalid UTF-8 at byte offset 9");
  EXPECT_EQ(r.skips[1].first, page);
  EXPECT_EQ(r.skips[1].second, "invalid UTF-8 at byte offset 3");
}

TEST(ReaderTest, SkipsInvalidUtf8JsonLineNamingLineAndOffsets) {
  TempDir dir;
  std::string path = dir.Join("bad.jsonl");
  std::string line1 = "{\"text\": \"ok\"}\n";  // 15 bytes
  WriteFile(path, line1 + "{\"text\": \"b\xFF\"}\n{\"text\": \"three\"}\n");
  ReadResult r = Read({path});
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"bad-1", "bad-3"}));
  ASSERT_EQ(r.skips.size(), 1u);
  EXPECT_EQ(r.skips[0].first, path + ":2");
  EXPECT_EQ(r.skips[0].second, "invalid UTF-8 at byte 11 of the line (byte offset 26 of the file)");
}

TEST(ReaderTest, SkipsEmptyArticles) {
  TempDir dir;
  WriteFile(dir.Join("a.txt"), "");
  WriteFile(dir.Join("b.txt"), " \n\t\n");
  WriteFile(dir.Join("c.jsonl"), "{\"text\": \"  \"}\n{\"text\": \"kept\"}\n");
  WriteFile(dir.Join("d.html"), "<html><body><nav><p>Menu only</p></nav></body></html>");
  WriteFile(dir.Join("e.jsonl"), "\n\n");
  ReadResult r = Read({dir.path().string()});
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"c-2"}));
  std::vector<std::pair<std::string, std::string>> expected = {
      {dir.Join("a.txt"), "empty article"},   {dir.Join("b.txt"), "empty article"},
      {dir.Join("c.jsonl") + ":1", "empty article"}, {dir.Join("d.html"), "empty article"},
      {dir.Join("e.jsonl"), "empty article"}};
  EXPECT_EQ(r.skips, expected);
}

TEST(ReaderTest, SkipsOversizeFilesNamingTheSize) {
  TempDir dir;
  std::string big = dir.Join("big.txt");
  WriteFile(big, std::string(100, 'x'));
  std::string small = dir.Join("small.txt");
  WriteFile(small, std::string(16, 'y'));
  ReaderOptions options;
  options.max_article_bytes = 16;
  ReadResult r = Read({big, small}, options);
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"small"}));
  ASSERT_EQ(r.skips.size(), 1u);
  EXPECT_EQ(r.skips[0].first, big);
  EXPECT_EQ(r.skips[0].second, "article of 100 bytes exceeds the limit of 16 bytes");
}

TEST(ReaderTest, SkipsOversizeJsonLinesAndKeepsReadingAfterThem) {
  TempDir dir;
  std::string path = dir.Join("long.jsonl");
  // A line of several read blocks, between short records.
  std::string long_line = "{\"text\": \"" + std::string(200000, 'z') + "\"}";
  WriteFile(path, "{\"text\": \"first\"}\n" + long_line + "\n{\"text\": \"third\"}\n" + long_line);
  ReaderOptions options;
  options.max_article_bytes = 1000;
  ReadResult r = Read({path}, options);
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].text, "first");
  EXPECT_EQ(r.articles[1].text, "third");
  EXPECT_EQ(r.articles[1].origin, path + ":3");
  std::string message = "record of " + std::to_string(long_line.size()) + " bytes exceeds the limit of 1000 bytes";
  std::vector<std::pair<std::string, std::string>> expected = {{path + ":2", message}, {path + ":4", message}};
  EXPECT_EQ(r.skips, expected);
}

TEST(ReaderTest, MissingInputFailsNamingThePathBeforeReadingAnything) {
  TempDir dir;
  std::string good = dir.Join("good.txt");
  WriteFile(good, "text");
  std::string missing = dir.Join("missing.txt");
  ReadResult r = Read({good, missing});
  EXPECT_TRUE(r.status.IsNotFound());
  EXPECT_TRUE(Contains(r.status.message(), missing)) << r.status.message();
  EXPECT_TRUE(r.articles.empty());
}

TEST(ReaderTest, SinkFailureStopsTheRead) {
  TempDir dir;
  WriteFile(dir.Join("a.txt"), "one");
  WriteFile(dir.Join("b.txt"), "two");
  int calls = 0;
  Status status = ReadArticles(
      {dir.path().string()}, ReaderOptions{},
      [&](Article&&) {
        ++calls;
        return Status::IOError("disk full");
      },
      nullptr);
  EXPECT_EQ(status.code(), Status::Code::kIOError);
  EXPECT_EQ(status.message(), "disk full");
  EXPECT_EQ(calls, 1);
}

// ---- Directories and stdin ----

TEST(ReaderTest, ReadsDirectoriesRecursivelyInNameOrder) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "m" / "deep");
  std::filesystem::create_directories(dir.path() / ".git");
  WriteFile(dir.Join("z.txt"), "z");
  WriteFile(dir.Join("b.txt"), "b");
  WriteFile(dir.Join("a.txt"), "a");
  WriteFile(dir.Join("m/y.txt"), "y");
  WriteFile(dir.Join("m/deep/x.txt"), "x");
  WriteFile(dir.Join("m/c.txt"), "c");
  WriteFile(dir.Join(".hidden.txt"), "hidden");
  WriteFile(dir.Join(".git/config.txt"), "hidden");
  ReadResult r = Read({dir.path().string()});
  ASSERT_TRUE(r.status.ok());
  // Ids are paths relative to the folder read, without extension.
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"a", "b", "m/c", "m/deep/x", "m/y", "z"}));
  EXPECT_EQ(r.articles[3].origin, dir.Join("m/deep/x.txt"));
  EXPECT_EQ(r.articles[3].file, std::filesystem::absolute(dir.Join("m/deep/x.txt")).lexically_normal().string());
  EXPECT_TRUE(r.skips.empty());
}

TEST(ReaderTest, SameFileNameInTwoFoldersGivesTwoArticles) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "feed" / "monday");
  std::filesystem::create_directories(dir.path() / "feed" / "tuesday");
  WriteFile(dir.Join("feed/monday/story.txt"), "Pakistan met India.");
  WriteFile(dir.Join("feed/tuesday/story.txt"), "India met China.");
  ReadResult r = Read({dir.Join("feed")});
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"monday/story", "tuesday/story"}));
  // A file named directly keeps its stem: the id does not depend on the working directory.
  r = Read({dir.Join("feed/monday/story.txt")});
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"story"}));
}

TEST(ReaderTest, UrlsNameArticlesAndRecordIdsComeFirst) {
  TempDir dir;
  WriteFile(dir.Join("index.html"),
            "<html><head><link rel='canonical' href='https://news.example/a/1'></head>"
            "<body><p>Pakistan met India.</p></body></html>");
  WriteFile(dir.Join("feed.jsonl"),
            R"({"url": "https://news.example/b/2", "text": "India met China."})"
            "\n"
            R"({"id": "b3", "url": "https://news.example/b/3", "text": "China met Russia."})"
            "\n");
  ReadResult r = Read({dir.path().string()});
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"https://news.example/b/2", "b3", "https://news.example/a/1"}));
}

TEST(ReaderTest, SkipsSpecialFilesAndDirectoryLinksInDirectories) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "real");
  WriteFile(dir.Join("real/a.txt"), "a");
  std::filesystem::create_directory_symlink(dir.path() / "real", dir.path() / "link");
  ASSERT_EQ(::mkfifo(dir.Join("pipe").c_str(), 0600), 0);
  ReadResult r = Read({dir.path().string()});
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"real/a"}));
  std::vector<std::pair<std::string, std::string>> expected = {
      {dir.Join("link"), "symbolic link to a directory, not followed"},
      {dir.Join("pipe"), "not a regular file"}};
  EXPECT_EQ(r.skips, expected);
}

TEST(ReaderTest, ReadsStandardInputForDash) {
  TempDir dir;
  std::string path = dir.Join("stdin.data");
  WriteFile(path, "{\"text\": \"from stdin\"}\n{\"text\": \"again\"}\n");
  int saved = ::dup(STDIN_FILENO);
  int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_GE(::dup2(fd, STDIN_FILENO), 0);
  ::close(fd);
  ReadResult r = Read({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.articles.size(), 2u);  // sniffed as JSON Lines
  // No id, no URL, no --id: the text's hash names the record, so two piped runs are two articles.
  EXPECT_TRUE(r.articles[1].id.starts_with("hash-")) << r.articles[1].id;
  EXPECT_EQ(r.articles[1].id.size(), 21u);
  EXPECT_NE(r.articles[0].id, r.articles[1].id);
  EXPECT_EQ(r.articles[1].origin, "<stdin>:2");
  EXPECT_EQ(r.articles[1].file, "<stdin>");
  EXPECT_EQ(r.articles[0].text, "from stdin");

  // --id names the stdin article (and the default ids of its records).
  fd = ::open(path.c_str(), O_RDONLY);
  saved = ::dup(STDIN_FILENO);
  ASSERT_GE(::dup2(fd, STDIN_FILENO), 0);
  ::close(fd);
  ReaderOptions options;
  options.stdin_id = "wire";
  r = Read({"-"}, options);
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"wire-1", "wire-2"}));
}

TEST(ReaderTest, InputSizeSumsRegularFilesRecursively) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "sub");
  WriteFile(dir.Join("a.txt"), std::string(10, 'a'));
  WriteFile(dir.Join("sub/b.txt"), std::string(32, 'b'));
  WriteFile(dir.Join(".hidden"), std::string(1000, 'h'));  // not read, not counted
  std::string single = dir.Join("sub/b.txt");
  EXPECT_EQ(InputSize({dir.path().string()}), 42u);
  EXPECT_EQ(InputSize({dir.path().string(), single, "-", dir.Join("missing")}), 74u);
}

// ---- HTML ----

constexpr char kNewsPage[] = R"(<!DOCTYPE html>
<html><head>
<title>Pakistan and India agree talks - Daily Wire</title>
<meta property="og:site_name" content="Daily Wire">
<meta property="article:published_time" content="2015-09-21T08:30:00+05:00">
<meta property="og:url" content="https://example.com/og">
<link rel="canonical" href="https://example.com/story">
<style>p { color: red; }</style>
<script>var x = "<p>not text</p>";</script>
</head><body class="has-cookie-banner">
<header><p>Site header</p></header>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<div class="cookie-banner"><p>We use cookies.</p></div>
<article class="story">
<h1>Pakistan and India agree talks</h1>
<div class="share-bar"><p>Share on Twitter</p></div>
<p>ISLAMABAD &ndash; Pakistan   and
 India agreed on <b>Monday</b> to hold talks.</p>
<!-- <p>commented out</p> -->
<script>document.write("<p>ad</p>");</script>
<blockquote>We want peace, said the minister.</blockquote>
<ul><li>First point</li><li>Second <a href="#">point</a></li></ul>
<aside><p>Related: other story</p></aside>
<div id="comments"><p>Great article!</p></div>
<p class="newsletter-signup">Subscribe to our newsletter</p>
<div class="Promo"><p>Buy now</p></div>
<form><p>Your email</p></form>
<h4>Not a kept heading</h4>
<p>AT&amp;T&rsquo;s deal&nbsp;&nbsp;closed.</p>
</article>
<footer><p>Copyright</p></footer>
</body></html>)";

TEST(HtmlTextTest, KeepsOnlyArticleParagraphsAndReadsMetadata) {
  HtmlArticle page = ExtractHtmlArticle(kNewsPage);
  EXPECT_EQ(page.text,
            "Pakistan and India agree talks\n\n"
            "ISLAMABAD \u2013 Pakistan and India agreed on Monday to hold talks.\n\n"
            "We want peace, said the minister.\n\n"
            "First point\n\n"
            "Second point\n\n"
            "AT&T\u2019s deal closed.");
  EXPECT_EQ(page.title, "Pakistan and India agree talks");
  EXPECT_EQ(page.date, "2015-09-21");
  EXPECT_EQ(page.source, "Daily Wire");
  EXPECT_EQ(page.url, "https://example.com/story");
}

TEST(HtmlTextTest, ReaderUsesTheExtractedTextAndMetadata) {
  TempDir dir;
  std::string path = dir.Join("story.html");
  WriteFile(path, kNewsPage);
  ReadResult r = Read({path});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "https://example.com/story");  // the page's URL
  EXPECT_EQ(r.articles[0].url, "https://example.com/story");
  EXPECT_EQ(r.articles[0].title, "Pakistan and India agree talks");
  EXPECT_EQ(r.articles[0].date, "2015-09-21");
  EXPECT_EQ(r.articles[0].source, "Daily Wire");
  EXPECT_TRUE(r.articles[0].text.starts_with("Pakistan and India agree talks\n\nISLAMABAD"));
}

TEST(HtmlTextTest, FallsBackToMainThenBodyH1TitleTimeDateAndOgUrl) {
  HtmlArticle page = ExtractHtmlArticle(
      "<html><head><meta property='og:url' content='https://e.com/og'></head><body>"
      "<div class='menu'><p>Menu</p></div><p>Outside main</p>"
      "<main><h1>Main headline</h1><time datetime='2016-01-05T09:00'>5 Jan</time>"
      "<p>Inside main.</p></main></body></html>");
  EXPECT_EQ(page.text, "Main headline\n\nInside main.");
  EXPECT_EQ(page.title, "Main headline");
  EXPECT_EQ(page.date, "2016-01-05");
  EXPECT_EQ(page.url, "https://e.com/og");
  EXPECT_EQ(page.source, "");

  HtmlArticle body = ExtractHtmlArticle(
      "<html><body><div class='related-links'><p>Other</p></div><p>Body text.</p></body></html>");
  EXPECT_EQ(body.text, "Body text.");
  EXPECT_EQ(body.title, "");
  EXPECT_EQ(body.date, "");
}

TEST(HtmlTextTest, PicksTheArticleWithTheMostText) {
  HtmlArticle page = ExtractHtmlArticle(
      "<body><article><p>Teaser.</p></article>"
      "<article><p>The real story has more text.</p><p>Second paragraph.</p></article></body>");
  EXPECT_EQ(page.text, "The real story has more text.\n\nSecond paragraph.");
}

TEST(HtmlTextTest, NestedParagraphsSplitAndLineBreaksBecomeSpaces) {
  HtmlArticle page = ExtractHtmlArticle(
      "<article><blockquote>Intro<p>Quoted<br>line</p>tail</blockquote>"
      "<li><p>Item para</p></li></article>");
  EXPECT_EQ(page.text, "Intro\n\nQuoted line\n\ntail\n\nItem para");
}

TEST(HtmlTextTest, PagesWithoutParagraphElementsKeepTheirBlockText) {
  HtmlArticle page = ExtractHtmlArticle(
      "<html><body><nav>Home</nav><div>First line<br>Second <b>line</b></div>"
      "<div>Third</div><script>x()</script></body></html>");
  EXPECT_EQ(page.text, "First line\n\nSecond line\n\nThird");
}

TEST(HtmlTextTest, DecodesEntitiesAndCollapsesUnicodeSpaces) {
  HtmlArticle page = ExtractHtmlArticle(
      "<p>Tom&nbsp;&amp;&#160;Jerry&rsquo;s &quot;deal&quot;\u2003now&hellip;</p>");
  EXPECT_EQ(page.text, "Tom & Jerry\u2019s \"deal\" now\u2026");
}

// ---- Dates ----

TEST(DatelineTest, FindsFullDatesNearTheTop) {
  EXPECT_EQ(FindArticleDate("Published 21 September 2015\nText."), "2015-09-21");
  EXPECT_EQ(FindArticleDate("Title\nSeptember 21, 2015\nText."), "2015-09-21");
  EXPECT_EQ(FindArticleDate("2015-09-21\nText."), "2015-09-21");
  EXPECT_EQ(FindArticleDate("Updated 2015/9/1 10:00"), "2015-09-01");
  EXPECT_EQ(FindArticleDate("WASHINGTON, Sept. 21, 2015 (Wire) - Text."), "2015-09-21");
  EXPECT_EQ(FindArticleDate("Mon 21 Sep 2015 10.00 BST"), "2015-09-21");
  EXPECT_EQ(FindArticleDate("Monday, the 3rd of March 2014"), "2014-03-03");
  EXPECT_EQ(FindArticleDate("By Staff | Dec\xC2\xA0" "1,\xC2\xA0" "2019"), "2019-12-01");
}

TEST(DatelineTest, YearlessDatelineGivesNoDate) {
  EXPECT_EQ(FindArticleDate("ISLAMABAD, Sept 21 (Wire) \u2013 Pakistan said."), "");
  // The dateline states the article's date; a later full date is another event.
  EXPECT_EQ(FindArticleDate("ISLAMABAD, Sept 21 (Wire) - Since March 3, 2014, talks stalled."), "");
  EXPECT_EQ(FindArticleDate("LONDON, 21 Sep \u2014 Text of 2015-01-02."), "");
  // A yearless date that is not a dateline does not stop the search.
  EXPECT_EQ(FindArticleDate("Talks set for May 5\nPublished May 1, 2015"), "2015-05-01");
}

TEST(DatelineTest, RejectsImpossibleAmbiguousAndDistantDates) {
  EXPECT_EQ(FindArticleDate("31 September 2015"), "");
  EXPECT_EQ(FindArticleDate("29 February 2015"), "");
  EXPECT_EQ(FindArticleDate("29 February 2016"), "2016-02-29");
  EXPECT_EQ(FindArticleDate("21/09/2015"), "");
  EXPECT_EQ(FindArticleDate("Order no. 12015-09-21"), "");
  EXPECT_EQ(FindArticleDate("Invoice X2015-09-21"), "");
  EXPECT_EQ(FindArticleDate("21 September 1850"), "");
  EXPECT_EQ(FindArticleDate("Marching 21 2015"), "");
  EXPECT_EQ(FindArticleDate("1\n2\n3\n4\n5\n6\n7 September 21, 2015"), "");  // below the head
  EXPECT_EQ(FindArticleDate(std::string(2000, 'x') + " 2015-09-21"), "");
  EXPECT_EQ(FindArticleDate(""), "");
}

TEST(DatelineTest, ParseDateReadsMetadataValues) {
  EXPECT_EQ(ParseDate("2015-09-21T23:59:00-05:00"), "2015-09-21");
  EXPECT_EQ(ParseDate("Sept. 21, 2015"), "2015-09-21");
  EXPECT_EQ(ParseDate("2015-13-01"), "");
  EXPECT_EQ(ParseDate("yesterday"), "");
  EXPECT_EQ(ParseDate(""), "");
}

}  // namespace
}  // namespace geokg
