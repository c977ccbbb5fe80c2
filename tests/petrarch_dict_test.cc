// PETRARCH/TABARI dictionaries read as they are: kinds recognised from
// content, actors with dated codes, agents with plurals and substitutions,
// verb blocks with synonym sets and patterns, errors naming file and line;
// then loaded with --dict into the extractor (CAMEO codes on actors).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "extract/dictionary/dictionary.h"
#include "extract/extractor.h"
#include "extract/dictionary/petrarch_dict.h"
#include "test_util.h"

namespace geokg {
namespace {

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(PetrarchDictTest, ReadsActorsWithAliasesAndDatedCodes) {
  const char* text =
      "<!-- an actor file\n# with comments -->\n"
      "ARNOR_  [ARN]  # a country\n"
      "+ARNORIAN\n"
      "\n"
      "GOLLUM  ; CountryInfo.txt\n"
      "+SMEAGOL\n"
      "\t[HOB < 950601]\n"
      "\t[HOBGOV 19950601 - 19990815]\n"
      "\t[HOBREB > 990816]\n"
      "NOCODE_PHRASE\n"
      "UN_SECURITY_COUNCIL_\t[IGOUNO]\n";
  PetrarchDictionary d;
  ASSERT_TRUE(ParsePetrarchDictionary(text, "a.txt", &d).ok());
  EXPECT_EQ(d.kind, PetrarchDictionary::Kind::kActors);
  ASSERT_EQ(d.actors.size(), 3u);  // the phrase without a code names nothing
  EXPECT_EQ(d.actors[0].forms, (std::vector<std::string>{"Arnor", "Arnorian"}));
  EXPECT_EQ(d.actors[0].code, "ARN");
  const PetrarchActor& gollum = d.actors[1];
  EXPECT_EQ(gollum.forms, (std::vector<std::string>{"Gollum", "Smeagol"}));
  ASSERT_EQ(gollum.spans.size(), 3u);
  EXPECT_EQ(gollum.spans[0].code, "HOB");
  EXPECT_EQ(gollum.spans[0].start, "");
  EXPECT_EQ(gollum.spans[0].end, "1995-06-01");
  EXPECT_EQ(gollum.spans[1].start, "1995-06-01");
  EXPECT_EQ(gollum.spans[1].end, "1999-08-15");
  EXPECT_EQ(gollum.spans[2].start, "1999-08-16");
  EXPECT_EQ(d.actors[2].forms[0], "Un Security Council");
}

TEST(PetrarchDictTest, NamesKeepAcronymsAndHyphens) {
  EXPECT_EQ(PetrarchPhraseToName("MINAS_TIRITH_"), "Minas Tirith");
  EXPECT_EQ(PetrarchPhraseToName("AL-QAEDA"), "Al-Qaeda");
  EXPECT_EQ(PetrarchPhraseToName("IMF"), "IMF");
  EXPECT_EQ(PetrarchPhraseToName("GEORGE_W._BUSH"), "George W. Bush");
  EXPECT_EQ(PetrarchPhraseToName("CHILDREN'S_FUND"), "Children's Fund");
  EXPECT_EQ(PetrarchDate("780101"), "1978-01-01");
  EXPECT_EQ(PetrarchDate("000101"), "2000-01-01");
  EXPECT_EQ(PetrarchDate("20130605"), "2013-06-05");
  EXPECT_EQ(PetrarchDate("2013"), "");
  EXPECT_EQ(PetrarchDate("781301"), "");
}

TEST(PetrarchDictTest, ReadsAgentsWithPluralsAndSubstitutions) {
  const char* text =
      "!MINST! = MINISTER, MINISTRY\n"
      "POLICE {} [ ~COP] # no plural\n"
      "CLERIC  [~REL]\n"
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "!MINST!_OF_SILLY_WALKS [~GOV]\n";
  PetrarchDictionary d;
  ASSERT_TRUE(ParsePetrarchDictionary(text, "agents.txt", &d).ok());
  EXPECT_EQ(d.kind, PetrarchDictionary::Kind::kAgents);
  ASSERT_EQ(d.agents.size(), 5u);
  EXPECT_EQ(d.agents[0].forms, (std::vector<std::string>{"police"}));
  EXPECT_EQ(d.agents[0].code, "COP");
  EXPECT_EQ(d.agents[1].forms, (std::vector<std::string>{"cleric", "clerics"}));
  EXPECT_EQ(d.agents[2].forms, (std::vector<std::string>{"golden goose", "golden geese"}));
  EXPECT_TRUE(d.agents[3].before_actor);
  EXPECT_EQ(d.agents[3].code, "NGO");
  EXPECT_EQ(d.agents[4].forms, (std::vector<std::string>{"minister of silly walks", "ministry of silly walks"}));
}

TEST(PetrarchDictTest, ReadsVerbBlocksSynsetsAndPatterns) {
  const char* text =
      "&TIETYPES\n+MILITARY\n+CULTURAL\n\n"
      "--- RESTORE  [050]  ---\n"
      "RESTORE\n"
      "REESTABLISH {REESTABLISHED}\n"
      "+CORDON_OFF [171]\n"
      "WIRE_+TAP [172]\n"
      "- * {DIPLOMATIC TIES}  [064]  # restore ties\n"
      "- * &TIETYPES TIES [065]\n"
      "- * ALLIANCE WITH + [066]\n"
      "- NOT * [112]\n"
      "- * $ (FOR AID) [070]\n"
      "- * &UNDEFINED [099]\n"
      "--- ACCORD  [---] ---\n"
      "ACCORD\n"
      "~ a (a b WILL_ATTACK) SAY = a b 138\n";
  PetrarchDictionary d;
  ASSERT_TRUE(ParsePetrarchDictionary(text, "verbs.txt", &d).ok());
  EXPECT_EQ(d.kind, PetrarchDictionary::Kind::kVerbs);
  std::vector<std::string> got;
  for (const auto& v : d.verbs) {
    std::string key;
    for (const auto& w : v.words) key += (key.empty() ? "" : " ") + w;
    got.push_back(key + " " + v.code);
  }
  EXPECT_TRUE(Has(got, "restore 050"));
  EXPECT_TRUE(Has(got, "reestablish 050"));
  EXPECT_TRUE(Has(got, "cordon off 171"));
  EXPECT_TRUE(Has(got, "restore diplomatic ties 064"));
  EXPECT_TRUE(Has(got, "reestablish diplomatic ties 064"));
  EXPECT_TRUE(Has(got, "cordon off diplomatic ties 064"));
  EXPECT_TRUE(Has(got, "restore military ties 065"));
  EXPECT_TRUE(Has(got, "restore cultural ties 065"));
  EXPECT_TRUE(Has(got, "restore alliance with 066"));
  for (const auto& g : got) {
    EXPECT_EQ(g.find("tap"), std::string::npos) << g;  // words before the verb: not kept
    EXPECT_EQ(g.find("112"), std::string::npos) << g;
    EXPECT_EQ(g.find("070"), std::string::npos) << g;
    EXPECT_EQ(g.find("099"), std::string::npos) << g;
    EXPECT_EQ(g.find("accord"), std::string::npos) << g;  // the null code gives no event
  }
  // WIRE_+TAP, NOT *, $, the undefined synset, ACCORD's null code, the transformation.
  EXPECT_EQ(d.skipped_patterns, 6u);
}

TEST(PetrarchDictTest, ReadsDiscards) {
  PetrarchDictionary d;
  ASSERT_TRUE(ParsePetrarchDictionary("+WORLD_CUP  # sports\nBASEBALL\n", "discards.txt", &d).ok());
  EXPECT_EQ(d.kind, PetrarchDictionary::Kind::kDiscards);
  EXPECT_EQ(d.discards, (std::vector<std::string>{"world cup", "baseball"}));
}

TEST(PetrarchDictTest, ErrorsNameFileAndLine) {
  PetrarchDictionary d;
  Status s = ParsePetrarchDictionary("ARNOR [ARN]\nGONDOR [GON\n", "x.actors.txt", &d);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("x.actors.txt:2"), std::string::npos) << s.message();
  s = ParsePetrarchDictionary("+ALIAS_FIRST\nARNOR [ARN]\n", "y.txt", &d);
  EXPECT_NE(s.message().find("y.txt:1: alias before any actor"), std::string::npos) << s.message();
  // A malformed date leaves that restriction out, with a warning.
  s = ParsePetrarchDictionary("GOLLUM\n\t[HOB 950601]\n\t[HOBGOV 9508223-991231]\n\t[HOBREB >991231]\n", "z.txt", &d);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(d.warnings.size(), 2u);
  EXPECT_EQ(d.warnings[0].rfind("z.txt:2: ", 0), 0u) << d.warnings[0];
  EXPECT_EQ(d.warnings[1], "z.txt:3: bad date '9508223' in [HOBGOV 9508223-991231], left out");
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.actors[0].spans.size(), 1u);
  s = ParsePetrarchDictionary("- * TIES [064]\n--- RESTORE [050] ---\n", "v.txt", &d);
  EXPECT_NE(s.message().find("v.txt:1: verb or pattern outside a verb block"), std::string::npos) << s.message();
  s = ParsePetrarchDictionary("POLICE [COP]\n CLERIC [~REL]\n", "g.txt", &d);
  EXPECT_NE(s.message().find("g.txt:1: expected PHRASE"), std::string::npos) << s.message();
}

// The events `extractor` finds in `text` on `date`, one "SOURCE TARGET CODE;"
// (CAMEO actor codes and event code) after another.
std::string EventCodes(const Extractor& extractor, const std::string& text, const std::string& date) {
  Article article;
  article.id = "a";
  article.date = date;
  article.text = text;
  std::vector<Triple> triples;
  EXPECT_TRUE(extractor.Extract(article, &triples).ok());
  std::string out;
  for (const auto& t : triples) {
    if (t.kind == RelationKind::kEvent) out += t.subject_cameo_code + " " + t.object_cameo_code + " " + t.cameo + ";";
  }
  return out;
}

// The files through --dict: an extractor codes actors with their CAMEO codes.
TEST(PetrarchDictTest, DictFilesGiveActorsTheirCameoCodes) {
  testing::TempDir dir;
  testing::WriteFile(dir.Join("test.actors.txt"), "ARNOR_ [ARN]\n+ARNORIAN\nGONDOR [GON]\n"
                                                  "GOLLUM\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 19990816]\n");
  testing::WriteFile(dir.Join("test.agents.txt"), "CLERIC [~REL]\n");
  testing::WriteFile(dir.Join("test.verbs.txt"), "--- CONDEMN [122] ---\nCONDEMN\n- * SHAMEFULLY [999]\n");
  ExtractorOptions options;
  options.dictionary_paths = {dir.Join("test.actors.txt"), dir.Join("test.agents.txt"), dir.Join("test.verbs.txt")};
  std::unique_ptr<Extractor> extractor;
  ASSERT_TRUE(Extractor::Create(options, &extractor).ok());
  auto code = [&](const std::string& text, const std::string& date) { return EventCodes(*extractor, text, date); };
  EXPECT_EQ(code("Arnor condemned Gondor on Monday.", "1995-01-01"), "ARN GON 122;");
  EXPECT_EQ(code("Gollum condemned Gondor on Monday.", "1996-01-01"), "HOBGOV GON 122;");
  EXPECT_EQ(code("Gollum condemned Gondor on Monday.", "2001-01-01"), "HOBREB GON 122;");
  EXPECT_EQ(code("Arnorian clerics condemned Gondor on Monday.", "1995-01-01"), "ARNREL GON 122;");
  // geokg's own actors get codes too: ISO alpha-3, bodies with their agent code.
  EXPECT_EQ(code("Pakistan's army condemned India on Monday.", "2015-01-01"), "PAKMIL IND 122;");
}

TEST(PetrarchDictTest, APairedCodeCodesTheEventBothWays) {
  PetrarchDictionary d;
  ASSERT_TRUE(ParsePetrarchDictionary("--- ARRIVE  [032:033]  ---\nARRIVE\n- * IN [042:043]\n--- ADMIT [013:---] ---\nADMIT\n",
                                      "verbs.txt", &d).ok());
  ASSERT_EQ(d.verbs.size(), 3u);
  EXPECT_EQ(d.verbs[0].code, "032");
  EXPECT_EQ(d.verbs[0].reverse_code, "033");
  EXPECT_EQ(d.verbs[1].code, "042");
  EXPECT_EQ(d.verbs[1].reverse_code, "043");
  EXPECT_EQ(d.verbs[2].code, "013");
  EXPECT_EQ(d.verbs[2].reverse_code, "");  // the null code the other way: no event
  testing::TempDir dir;
  testing::WriteFile(dir.Join("test.actors.txt"), "ARNOR_ [ARN]\nGONDOR [GON]\n");
  testing::WriteFile(dir.Join("test.verbs.txt"), "--- ARRIVE  [032:033]  ---\nARRIVE\n- * IN [042:043]\n");
  ExtractorOptions options;
  options.dictionary_paths = {dir.Join("test.actors.txt"), dir.Join("test.verbs.txt")};
  std::unique_ptr<Extractor> extractor;
  ASSERT_TRUE(Extractor::Create(options, &extractor).ok());
  // The visitor's visit and the host's hosting of it.
  EXPECT_EQ(EventCodes(*extractor, "Arnor arrived in Gondor on Monday.", "1995-01-01"), "ARN GON 042;GON ARN 043;");
}

TEST(PetrarchDictTest, ADictFileRecodesStatesAndOrganisationsGeokgKnows) {
  testing::TempDir dir;
  // The file's codes differ from ISO alpha-3 (KUW, not KWT) and are dated.
  testing::WriteFile(dir.Join("test.actors.txt"), "KUWAIT [KUW]\nZIMBABWE\n\t[RHO <790606]\n\t[ZBW]\n"
                                                  "AFRICAN_UNION [IGOAFR]\n");
  ExtractorOptions options;
  options.dictionary_paths = {dir.Join("test.actors.txt")};
  std::unique_ptr<Extractor> extractor;
  ASSERT_TRUE(Extractor::Create(options, &extractor).ok());
  auto code = [&](const std::string& text, const std::string& date) { return EventCodes(*extractor, text, date); };
  EXPECT_EQ(code("Kuwait condemned Zimbabwe on Monday.", "1978-01-01"), "KUW RHO 111;");
  EXPECT_EQ(code("Kuwait condemned Zimbabwe on Monday.", "1995-01-01"), "KUW ZBW 111;");
  EXPECT_EQ(code("The African Union condemned Zimbabwe on Monday.", "1995-01-01"), "IGOAFR ZBW 111;");
  // Still geokg's one actor, not a second one the file would have made.
  Dictionary dictionary;
  ASSERT_TRUE(Dictionary::Load(options.dictionary_paths, &dictionary).ok());
  const ActorEntry* kuwait = dictionary.ActorById("KWT");
  ASSERT_NE(kuwait, nullptr);
  EXPECT_EQ(kuwait->cameo_code, "KUW");
  EXPECT_EQ(dictionary.ActorById("KUW"), nullptr);
}

TEST(PetrarchDictTest, AStateNamedByItsGovernmentIsCodedGov) {
  auto codes = [](const std::string& text) {
    auto result = testing::RunGeokg("extract --format cameo --date 2015-03-02 --id stdin -", text);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::string out;
    std::istringstream lines(result.out);
    std::string line;
    std::getline(lines, line);  // header
    while (std::getline(lines, line)) {
      size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1);
      out += line.substr(a + 1, c - a - 1) + ";";
    }
    return out;
  };
  EXPECT_EQ(codes("The Kenyan government condemned Uganda on Monday."), "KENGOV\tUGA;");
  EXPECT_EQ(codes("Kenyan officials condemned Uganda on Monday."), "KENGOV\tUGA;");
  // The state by its name alone stays the bare country code.
  EXPECT_EQ(codes("Kenya condemned Uganda on Monday."), "KEN\tUGA;");
  EXPECT_EQ(codes("Kenya condemned the Ugandan government on Monday."), "KEN\tUGAGOV;");
}

TEST(PetrarchDictTest, BadDictFileFailsWithItsLine) {
  testing::TempDir dir;
  testing::WriteFile(dir.Join("bad.txt"), "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON\n");
  auto result = testing::RunGeokg("extract --dict " + testing::ShellQuote(dir.Join("bad.txt")) + " -",
                                  "Arnor condemned Gondor.");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("bad.txt:3: unclosed ["), std::string::npos) << result.err;
}

TEST(PetrarchDictTest, ExtractWritesCameoColumns) {
  auto result = testing::RunGeokg("extract --format cameo --date 2015-03-02 --id stdin -",
                                  "Pakistan's army condemned India on Monday.");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "date\tsource\ttarget\tcameo\tquad\tgoldstein\tdoc\tsentence\n"
            "20150302\tPAKMIL\tIND\t111\t3\t-2.0\tstdin\t0\n");
  auto jsonl = testing::RunGeokg("extract --date 2015-03-02 -", "Pakistan's army condemned India on Monday.");
  EXPECT_NE(jsonl.out.find("\"cameo_code\":\"PAKMIL\""), std::string::npos) << jsonl.out;
}

}  // namespace
}  // namespace geokg
