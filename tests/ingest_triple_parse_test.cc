// The fast reader of --triples lines gives exactly what TripleFromJsonLine
// gives: the same triple, or the same error.
#include <gtest/gtest.h>

#include "bench/triple_gen.h"
#include "graph/triple_json.h"
#include "store/triple_line_parser.h"
#include "tests/store_test_util.h"

namespace geokg {
namespace {

// Both parsers agree on `line`; returns whether the fast path took it.
bool ExpectSameAsReference(const std::string& line) {
  Triple fast, reference;
  Status a = store::ParseTripleLine(line, &fast);
  Status b = TripleFromJsonLine(line, &reference);
  EXPECT_EQ(a.code(), b.code()) << line;
  EXPECT_EQ(a.message(), b.message()) << line;
  if (a.ok() && b.ok()) {
    EXPECT_EQ(TripleToJsonLine(fast), TripleToJsonLine(reference)) << line;
  }
  Triple ignored;
  return store::ParseTripleLineFast(line, &ignored);
}

TEST(IngestTripleParse, GeneratedLinesTakeTheFastPathAndMatch) {
  bench::GenOptions options;
  options.triples = 3000;
  options.actors = 300;
  bench::TripleGenerator generator(options);
  Article article;
  std::vector<Triple> triples;
  size_t lines = 0;
  while (generator.NextArticle(&article, &triples)) {
    for (const auto& t : triples) {
      EXPECT_TRUE(ExpectSameAsReference(TripleToJsonLine(t)));
      ++lines;
    }
  }
  for (const auto& doc : testing::MakeCorpus(20, 5, 10)) {
    for (const auto& t : doc.triples) EXPECT_TRUE(ExpectSameAsReference(TripleToJsonLine(t)));
  }
  EXPECT_EQ(lines, 3000u);
}

TEST(IngestTripleParse, MutatedLinesGetExactlyTheReferenceResult) {
  // Differential: random edits of valid lines (deleted, doubled, replaced bytes)
  // must give the same triple or the same error as TripleFromJsonLine.
  bench::GenOptions options;
  options.triples = 400;
  options.actors = 100;
  bench::TripleGenerator generator(options);
  Article article;
  std::vector<Triple> triples;
  std::vector<std::string> lines;
  while (generator.NextArticle(&article, &triples)) {
    for (auto t : triples) {
      if (lines.size() % 7 == 0) t.subject.name += " \u00e9\"\\/\n\t";
      if (lines.size() % 11 == 0) t.goldstein = -0.0;
      lines.push_back(TripleToJsonLine(t));
    }
  }
  const std::string alphabet = "{}[]\":,\\ -0123456789.eE+tfnu\x01\xc3\xa9" "abz";
  uint64_t state = 12345;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  size_t mutated = 0;
  for (const auto& line : lines) {
    for (int round = 0; round < 25; ++round) {
      std::string m = line;
      for (int edits = 1 + static_cast<int>(next(3)); edits > 0 && !m.empty(); --edits) {
        size_t at = next(m.size());
        switch (next(3)) {
          case 0: m.erase(at, 1); break;
          case 1: m.insert(at, 1, m[at]); break;
          default: m[at] = alphabet[next(alphabet.size())];
        }
      }
      ExpectSameAsReference(m);
      ++mutated;
    }
  }
  EXPECT_EQ(mutated, 400u * 25u);
}

TEST(IngestTripleParse, UsualVariationsStayOnTheFastPath) {
  const std::string minimal =
      R"({"subject": {"id": "USA", "name": "United States"}, "predicate": "ask", "object": {"id": "PAK", "name": "Pakistan"}})";
  for (const std::string& line : std::vector<std::string>{
           minimal,
           // another key order, a cameo giving the quad, unicode escapes, a float goldstein, negative goldstein
           std::string(R"({"predicate": "ask", "cameo": "190", "object": {"name": "P\u00e4k", "id": "PAK"}, )"
                       R"("subject": {"type": "person", "id": "x", "name": "X \"Y\""}, "goldstein": -7.5})"),
           std::string(R"({"doc": "d", "sentence": 4294967295, "quad": -2, "goldstein": -0, )"
                       R"("subject": {"id": "a", "name": ""}, "predicate": "p", "object": {"id": "b", "name": "B"}, )"
                       R"("evidence": {"start": 5, "end": 9, "text": "t\n"}})"),
           // escapes after whole 16-byte blocks of plain bytes, and at a block's last byte
           std::string(R"({"subject": {"id": "USA", "name": "The United States of America \"USA\""}, )"
                       R"("predicate": "ask", "object": {"id": "PAK", "name": "Pakistan"}, )"
                       R"("evidence": {"start": 0, "end": 4, "text": "0123456789abcde\\0123456789abcdef\/x\u00e9"}})"),
       }) {
    EXPECT_TRUE(ExpectSameAsReference(line)) << line;
  }
  // A control byte or a byte >= 0x80 after whole blocks: not the fast path, the reference's result.
  for (char raw : {'\x01', '\xc3'}) {
    std::string line = R"({"subject": {"id": "USA", "name": "0123456789abcdef0123)" + std::string(1, raw) +
                       R"("}, "predicate": "ask", "object": {"id": "PAK", "name": "Pakistan"}})";
    EXPECT_FALSE(ExpectSameAsReference(line)) << line;
  }
}

// Keys are read as views of the line: a key spelled with an escape, a key
// with a raw byte the scanner does not take, a key cut by the line's end, an
// empty key, a key that is a known one's prefix or that differs by a byte all
// get the reference's result (the escaped key's triple, or its error); so do
// numbers beyond 64 bits, int or double, and missing fields.
TEST(IngestTripleParse, KeysWithEscapesOrOddBytesGetTheReferenceResult) {
  const std::string rest = R"("predicate": "p", "object": {"id": "b", "name": "B"})";
  const std::string subject = R"("subject": {"id": "a", "name": "A"})";
  for (const std::string& line : std::vector<std::string>{
           "{" + subject + ", " + rest + "}",
           R"({"doc": "d1", )" + subject + ", " + rest + "}",          // "doc", escaped: the same triple
           R"({"subject": {"id": "a", "name": "A"}, )" + rest + "}",  // "id" inside an actor
           R"({"subject": {"id": "a", "name": "A"}, )" + rest + "}",
           R"({"evidence": {"te\/xt": "t"}, )" + subject + ", " + rest + "}",  // "te/xt": unknown key
           "{\"doc\xc3\xa9\": \"d\", " + subject + ", " + rest + "}",       // UTF-8 in a key
           "{\"do\x01\": \"d\", " + subject + ", " + rest + "}",             // a control byte: an error
           R"({"": "d", )" + subject + ", " + rest + "}",                   // empty key: unknown field
           R"({"do": "d", )" + subject + ", " + rest + "}",                 // a known key's prefix
           R"({"dob": "d", )" + subject + ", " + rest + "}",
           R"({"doc)",                                                      // cut inside a key
           R"({"doc": "d", "subject)",
           R"({"doc": "d", "sentence": 18446744073709551616, )" + subject + ", " + rest + "}",  // beyond 64 bits
           R"({"doc": "d", "quad": 2147483648, )" + subject + ", " + rest + "}",
           R"({"doc": "d", "goldstein": 1e999, )" + subject + ", " + rest + "}",  // beyond a double
           R"({"doc": "d", "goldstein": -1e999, )" + subject + ", " + rest + "}",
           R"({"doc": "d", "goldstein": 1e-999, )" + subject + ", " + rest + "}",  // below: 0
           R"({"doc": "d", "predicate": "p", "object": {"id": "b", "name": "B"}})",  // no subject
           R"({"doc": "d", "subject": {"id": "a"}, )" + rest + "}",                  // no name
       }) {
    ExpectSameAsReference(line);
  }
  // The escaped key gives the triple of the plain one.
  Triple plain, escaped;
  ASSERT_TRUE(store::ParseTripleLine(R"({"doc": "d1", )" + subject + ", " + rest + "}", &plain).ok());
  ASSERT_TRUE(store::ParseTripleLine(R"({"doc": "d1", )" + subject + ", " + rest + "}", &escaped).ok());
  EXPECT_EQ(TripleToJsonLine(plain), TripleToJsonLine(escaped));
}

TEST(IngestTripleParse, ASentenceBeyond32BitsIsRefusedNotWrapped) {
  const std::string line = R"({"doc": "d", "sentence": 5000000000, "subject": {"id": "a", "name": "A"}, )"
                           R"("predicate": "p", "object": {"id": "b", "name": "B"}})";
  Triple triple;
  EXPECT_FALSE(store::ParseTripleLineFast(line, &triple));
  Status s = store::ParseTripleLine(line, &triple);
  EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_EQ(s.message(), "\"sentence\" must be at most 4294967295");
}

TEST(IngestTripleParse, AnythingElseGetsTheReferenceResult) {
  const std::string s = R"("subject": {"id": "a", "name": "A"}, "predicate": "p", "object": {"id": "b", "name": "B"})";
  for (const std::string& line : std::vector<std::string>{
           "{" + s + R"(, "note": "an unknown field"})",                    // unknown field: fine, slow path
           "{" + s + R"(, "evidence": "not an object"})",                  // ignored by the reference
           "{" + s + R"(, "sentence": -1})",                               // not unsigned: 0
           "{" + s + R"(, "sentence": 2.5})",
           "{" + s + R"(, "quad": 2.0, "cameo": "190"})",                  // not an integer: from the cameo
           "{" + s + R"(, "doc": "a", "doc": "b"})",                        // duplicate key: the last one
           "{" + s + R"(, "subject": {"id": "c", "name": "C"}})",
           "{" + s + R"(, "kind": "relation"})",                            // errors, with their messages
           "{" + s + R"(, "modality": 3})",
           "{" + s + R"(, "doc": 7})",
           "{" + s + R"(, "evidence": {"start": "x"}})",
           "{" + s + R"(, "subject": {"id": "", "name": "A"}})",
           R"({"subject": {"id": "a"}, "predicate": "p", "object": {"id": "b", "name": "B"}})",
           R"({"subject": {"id": "a", "name": "A"}, "predicate": "", "object": {"id": "b", "name": "B"}})",
           R"({"subject": {"id": "a", "name": "A", "type": "alien"}, "predicate": "p", "object": {"id": "b", "name": "B"}})",
           R"({"subject": {"id": "a", "name": "A", "type": 3}, "predicate": "p", "object": {"id": "b", "name": "B"}})",
           "{" + s + "} trailing",
           "{" + s,
           "[1, 2]",
           "\"just a string\"",
           "null",
           "",
           "{\"subject\": {\"id\": \"a\xff\", \"name\": \"A\"}}",
       }) {
    EXPECT_FALSE(ExpectSameAsReference(line)) << line;
  }
}

}  // namespace
}  // namespace geokg
