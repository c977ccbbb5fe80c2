// The scorer of cli/eval/evaluator.h on hand-made gold and predictions, and
// reading gold files.
#include "cli/eval/evaluator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "tests/test_util.h"

namespace geokg {
namespace {

using Names = std::vector<std::string>;

GoldTriple Gold(Names subject, Names predicate, Names object, RelationKind kind = RelationKind::kEvent,
                std::string cameo_root = "", Polarity polarity = Polarity::kPositive) {
  GoldTriple t;
  t.subject = std::move(subject);
  t.predicate = std::move(predicate);
  t.object = std::move(object);
  t.kind = kind;
  t.cameo_root = std::move(cameo_root);
  t.polarity = polarity;
  return t;
}

ActorRef Actor(std::string name, std::string id = "") {
  ActorRef a;
  a.name = std::move(name);
  a.id = id.empty() ? a.name : std::move(id);
  return a;
}

Triple Pred(std::string doc, ActorRef subject, std::string predicate, ActorRef object,
            RelationKind kind = RelationKind::kEvent, std::string cameo = "", Polarity polarity = Polarity::kPositive) {
  Triple t;
  t.doc = std::move(doc);
  t.subject = std::move(subject);
  t.predicate = std::move(predicate);
  t.object = std::move(object);
  t.kind = kind;
  t.cameo = std::move(cameo);
  t.polarity = polarity;
  return t;
}

GoldArticle Article(std::string doc, std::vector<GoldTriple> triples) {
  GoldArticle a;
  a.doc = std::move(doc);
  a.triples = std::move(triples);
  return a;
}

const Names kUs = {"United States", "US", "USA", "U.S.", "Washington"};
const Names kPak = {"Pakistan", "PAK", "Islamabad"};

size_t Matched(const EvalReport& r, MatchLevel level) { return r.Total(level).matched; }

TEST(EvaluatorTest, ActorMatchesNameOrIdAfterNormalisation) {
  EXPECT_TRUE(ActorMatches(Actor("United States", "XYZ"), kUs));
  EXPECT_TRUE(ActorMatches(Actor("The United States", "XYZ"), kUs));  // leading "the" dropped
  EXPECT_TRUE(ActorMatches(Actor("UNITED  STATES", "XYZ"), kUs));     // case, spaces
  EXPECT_TRUE(ActorMatches(Actor("Uncle Sam", "usa"), kUs));          // id alone suffices
  EXPECT_TRUE(ActorMatches(Actor("u.s"), kUs));                       // "U.S." and "u.s" are both "us"
  EXPECT_TRUE(ActorMatches(Actor("u s a"), kUs));                     // version 2: letters and digits only
  EXPECT_TRUE(ActorMatches(Actor("Kenya police", "KEN-COP"), {"Kenyan police", "KENCOP"}));  // sector codes
  EXPECT_FALSE(ActorMatches(Actor("Kenya police", "KEN-COP"), {"Kenya", "KEN"}));
  EXPECT_FALSE(ActorMatches(Actor("States"), kUs));                   // whole names only
  EXPECT_FALSE(ActorMatches(Actor("Theresa", "XYZ"), {"Resa"}));      // "the" only as a word
  EXPECT_TRUE(ActorMatches(Actor("Pakistan Tehreek e Insaf"), {"Pakistan Tehreek-e-Insaf", "PTI"}));
  EXPECT_TRUE(ActorMatches(Actor("Türkiye"), {"TÜRKIYE"}));
  EXPECT_FALSE(ActorMatches(Actor("Turkiye"), {"Türkiye"}));  // marks are kept (strip_marks=false)
  ActorRef empty;
  EXPECT_FALSE(ActorMatches(empty, {"", "the"}));
}

TEST(EvaluatorTest, DirectionMatters) {
  GoldTriple gold = Gold(kUs, {"ask"}, kPak);
  EXPECT_TRUE(Matches(Pred("d", Actor("US"), "ask", Actor("Pakistan")), gold, MatchLevel::kPair));
  EXPECT_FALSE(Matches(Pred("d", Actor("Pakistan"), "ask", Actor("US")), gold, MatchLevel::kPair));

  EvalReport r = Score({Article("d", {gold})}, {Pred("d", Actor("Islamabad"), "ask", Actor("Washington"))});
  EXPECT_EQ(Matched(r, MatchLevel::kPair), 0u);
  ASSERT_EQ(r.unmatched_predictions.size(), 1u);
  EXPECT_NE(r.unmatched_predictions[0].reason.find("reversed"), std::string::npos)
      << r.unmatched_predictions[0].reason;
  ASSERT_EQ(r.unmatched_gold.size(), 1u);
  EXPECT_NE(r.unmatched_gold[0].reason.find("reversed"), std::string::npos) << r.unmatched_gold[0].reason;
}

TEST(EvaluatorTest, PredicateMatchesWholeStringWordsAndSpans) {
  EXPECT_TRUE(PredicateMatches("ask", {"ask", "request"}));
  EXPECT_TRUE(PredicateMatches("Request", {"ask", "request"}));
  EXPECT_TRUE(PredicateMatches("hold talks", {"meet", "hold talks"}));
  EXPECT_TRUE(PredicateMatches("hold  talks", {"Hold Talks"}));
  EXPECT_TRUE(PredicateMatches("consider join", {"join"}));
  EXPECT_TRUE(PredicateMatches("consider join", {"consider"}));
  EXPECT_TRUE(PredicateMatches("agree hold talks", {"hold talks"}));    // a contiguous span
  EXPECT_TRUE(PredicateMatches("secretary-general", {"secretary general"}));
  EXPECT_FALSE(PredicateMatches("hold", {"hold talks"}));               // gold phrase needs all its words
  EXPECT_FALSE(PredicateMatches("talks hold", {"hold talks"}));         // in order
  EXPECT_FALSE(PredicateMatches("hold urgent talks", {"hold talks"}));  // contiguous
  EXPECT_FALSE(PredicateMatches("rejoin", {"join"}));                   // words, not substrings
  EXPECT_FALSE(PredicateMatches("join", {}));
}

TEST(EvaluatorTest, CameoRootFallbackForEventsOnly) {
  GoldTriple event = Gold(kUs, {"ask", "urge"}, kPak, RelationKind::kEvent, "10");
  auto pred = [](const std::string& cameo, RelationKind kind = RelationKind::kEvent) {
    return Pred("d", Actor("US"), "pressure", Actor("Pakistan"), kind, cameo);
  };
  EXPECT_TRUE(Matches(pred("102"), event, MatchLevel::kRelation));
  EXPECT_TRUE(Matches(pred("10"), event, MatchLevel::kRelation));
  EXPECT_FALSE(Matches(pred("112"), event, MatchLevel::kRelation));
  EXPECT_FALSE(Matches(pred("1"), event, MatchLevel::kRelation));
  EXPECT_FALSE(Matches(pred(""), event, MatchLevel::kRelation));
  // A gold event without a root matches by predicate only.
  GoldTriple no_root = Gold(kUs, {"interfere"}, kPak, RelationKind::kEvent, "");
  EXPECT_FALSE(Matches(pred("102"), no_root, MatchLevel::kRelation));
  // Affiliations never match through a CAMEO code.
  GoldTriple affiliation = Gold(kUs, {"member"}, kPak, RelationKind::kAffiliation, "10");
  EXPECT_FALSE(Matches(pred("102", RelationKind::kAffiliation), affiliation, MatchLevel::kRelation));
  EXPECT_TRUE(Matches(pred("102", RelationKind::kAffiliation), affiliation, MatchLevel::kPair));
}

TEST(EvaluatorTest, KindMustBeEqualFromRelationLevel) {
  GoldTriple gold = Gold({"Nawaz Sharif"}, {"prime minister"}, kPak, RelationKind::kAffiliation);
  Triple as_event = Pred("d", Actor("Nawaz Sharif"), "prime minister", Actor("Pakistan"), RelationKind::kEvent);
  EXPECT_TRUE(Matches(as_event, gold, MatchLevel::kPair));
  EXPECT_FALSE(Matches(as_event, gold, MatchLevel::kRelation));
  as_event.kind = RelationKind::kAffiliation;
  EXPECT_TRUE(Matches(as_event, gold, MatchLevel::kRelation));
}

TEST(EvaluatorTest, PolarityCountsAtFullLevelOnly) {
  GoldTriple gold = Gold({"Nawaz Sharif"}, {"join"}, {"US-led coalition"}, RelationKind::kEvent, "03",
                         Polarity::kNegative);
  Triple positive = Pred("d", Actor("Nawaz Sharif"), "consider join", Actor("US-led coalition"));
  EvalReport r = Score({Article("d", {gold})}, {positive});
  EXPECT_EQ(Matched(r, MatchLevel::kPair), 1u);
  EXPECT_EQ(Matched(r, MatchLevel::kRelation), 1u);
  EXPECT_EQ(Matched(r, MatchLevel::kFull), 0u);
  positive.polarity = Polarity::kNegative;
  r = Score({Article("d", {gold})}, {positive});
  EXPECT_EQ(Matched(r, MatchLevel::kFull), 1u);
  EXPECT_DOUBLE_EQ(r.Total(MatchLevel::kFull).F1(), 1.0);
}

TEST(EvaluatorTest, MatchingIsOneToOne) {
  GoldTriple gold = Gold(kUs, {"ask"}, kPak, RelationKind::kEvent, "10");
  Triple p = Pred("d", Actor("United States", "USA"), "ask", Actor("Pakistan", "PAK"));
  EvalReport r = Score({Article("d", {gold})}, {p, p});
  for (MatchLevel level : {MatchLevel::kPair, MatchLevel::kRelation, MatchLevel::kFull}) {
    const LevelCounts& c = r.Total(level);
    EXPECT_EQ(c.predicted, 2u);
    EXPECT_EQ(c.gold, 1u);
    EXPECT_EQ(c.matched, 1u);
    EXPECT_DOUBLE_EQ(c.Precision(), 0.5);
    EXPECT_DOUBLE_EQ(c.Recall(), 1.0);
    EXPECT_NEAR(c.F1(), 2.0 / 3.0, 1e-12);
  }
  ASSERT_EQ(r.unmatched_predictions.size(), 1u);
  EXPECT_NE(r.unmatched_predictions[0].reason.find("duplicate"), std::string::npos);
  EXPECT_TRUE(r.unmatched_gold.empty());
  // And one prediction never matches two gold triples.
  r = Score({Article("d", {gold, gold})}, {p});
  EXPECT_EQ(Matched(r, MatchLevel::kRelation), 1u);
  EXPECT_DOUBLE_EQ(r.Total(MatchLevel::kRelation).Recall(), 0.5);
}

TEST(EvaluatorTest, MicroAveragesAcrossArticles) {
  std::vector<GoldArticle> gold = {
      Article("a", {Gold(kUs, {"ask"}, kPak)}),
      Article("b", {Gold(kUs, {"ask"}, kPak), Gold(kPak, {"reject"}, kUs), Gold({"China"}, {"meet"}, kPak)}),
  };
  std::vector<Triple> preds = {
      Pred("a", Actor("US"), "ask", Actor("Pakistan")),
      Pred("b", Actor("China"), "criticize", Actor("US")),
  };
  EvalReport r = Score(gold, preds);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].doc, "a");
  EXPECT_DOUBLE_EQ(r.articles[0].levels[1].F1(), 1.0);
  EXPECT_EQ(r.articles[1].gold(), 3u);
  EXPECT_EQ(r.articles[1].predicted(), 1u);
  EXPECT_DOUBLE_EQ(r.articles[1].levels[1].F1(), 0.0);
  const LevelCounts& total = r.Total(MatchLevel::kRelation);
  EXPECT_EQ(total.predicted, 2u);
  EXPECT_EQ(total.gold, 4u);
  EXPECT_EQ(total.matched, 1u);
  EXPECT_DOUBLE_EQ(total.Precision(), 0.5);  // macro would give (1 + 0) / 2 as well,
  EXPECT_DOUBLE_EQ(total.Recall(), 0.25);    // but macro recall would be 0.5
  EXPECT_NEAR(total.F1(), 2 * 0.5 * 0.25 / 0.75, 1e-12);
  EXPECT_EQ(r.unmatched_gold.size(), 3u);
  EXPECT_EQ(r.unmatched_predictions.size(), 1u);
  EXPECT_EQ(r.unmatched_predictions[0].doc, "b");
  EXPECT_EQ(r.unmatched_predictions[0].index, 1u);
}

TEST(EvaluatorTest, BipartiteMatchingBeatsGreedy) {
  // Gold A accepts "Pakistan" and "Islamabad", gold B only "Pakistan". The first
  // prediction fits both, the second only A: greedy in order gives 1 match.
  GoldTriple a = Gold(kUs, {"ask"}, {"Pakistan", "Islamabad"});
  GoldTriple b = Gold(kUs, {"ask"}, {"Pakistan"});
  Triple to_pakistan = Pred("d", Actor("US"), "ask", Actor("Pakistan"));
  Triple to_islamabad = Pred("d", Actor("US"), "ask", Actor("Islamabad"));
  for (bool reversed : {false, true}) {
    std::vector<Triple> preds = {to_pakistan, to_islamabad};
    std::vector<GoldTriple> golds = {a, b};
    if (reversed) {
      std::reverse(preds.begin(), preds.end());
      std::reverse(golds.begin(), golds.end());
    }
    EvalReport r = Score({Article("d", golds)}, preds);
    for (MatchLevel level : {MatchLevel::kPair, MatchLevel::kRelation, MatchLevel::kFull}) {
      EXPECT_EQ(Matched(r, level), 2u) << ToString(level) << (reversed ? " reversed" : "");
    }
    EXPECT_TRUE(r.unmatched_gold.empty());
    EXPECT_TRUE(r.unmatched_predictions.empty());
  }
}

TEST(EvaluatorTest, MaximumMatchingFollowsLongAugmentingPaths) {
  // Left 0..3 taking the first free right vertex would strand left 3.
  std::vector<std::vector<int>> adjacency = {{0, 1}, {1, 2}, {2, 3}, {0}};
  std::vector<int> match;
  EXPECT_EQ(MaximumMatching(adjacency, 4, &match), 4u);
  std::vector<int> rights = match;
  std::sort(rights.begin(), rights.end());
  EXPECT_EQ(rights, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(match[3], 0);
  EXPECT_EQ(MaximumMatching({{0}, {0}, {}}, 1, &match), 1u);
  EXPECT_EQ(std::count(match.begin(), match.end(), -1), 2);
  EXPECT_EQ(MaximumMatching({}, 0), 0u);
}

TEST(EvaluatorTest, PredictionsForUnknownDocsAreNotScored) {
  EvalReport r = Score({Article("d", {Gold(kUs, {"ask"}, kPak)})},
                       {Pred("d", Actor("US"), "ask", Actor("Pakistan")), Pred("x", Actor("US"), "ask", Actor("PAK")),
                        Pred("y", Actor("US"), "ask", Actor("PAK")), Pred("x", Actor("US"), "ask", Actor("PAK"))});
  EXPECT_EQ(r.ignored_predictions, 3u);
  EXPECT_EQ(r.unknown_docs, (std::vector<std::string>{"x", "y"}));
  EXPECT_DOUBLE_EQ(r.Total(MatchLevel::kFull).Precision(), 1.0);
}

TEST(EvaluatorTest, RelationLevelByKindAndReasons) {
  std::vector<GoldArticle> gold = {Article(
      "d", {Gold(kUs, {"ask"}, kPak, RelationKind::kEvent, "10"),
            Gold({"Barack Obama", "Obama"}, {"president", "head of state"}, kUs, RelationKind::kAffiliation),
            Gold({"Nawaz Sharif"}, {"prime minister"}, kPak, RelationKind::kAffiliation)})};
  std::vector<Triple> preds = {
      Pred("d", Actor("US"), "say", Actor("Pakistan"), RelationKind::kEvent, "010"),
      Pred("d", Actor("Obama"), "president", Actor("United States"), RelationKind::kAffiliation),
      Pred("d", Actor("India"), "threaten", Actor("Pakistan"), RelationKind::kEvent, "13"),
  };
  EvalReport r = Score(gold, preds);
  const LevelCounts& events = r.relation_by_kind[static_cast<int>(RelationKind::kEvent)];
  const LevelCounts& affiliations = r.relation_by_kind[static_cast<int>(RelationKind::kAffiliation)];
  EXPECT_EQ(events.gold, 1u);
  EXPECT_EQ(events.predicted, 2u);
  EXPECT_EQ(events.matched, 0u);
  EXPECT_EQ(affiliations.gold, 2u);
  EXPECT_EQ(affiliations.predicted, 1u);
  EXPECT_EQ(affiliations.matched, 1u);
  EXPECT_DOUBLE_EQ(affiliations.Recall(), 0.5);

  ASSERT_EQ(r.unmatched_gold.size(), 2u);
  EXPECT_EQ(r.unmatched_gold[0].index, 0u);
  EXPECT_NE(r.unmatched_gold[0].reason.find("'say'"), std::string::npos) << r.unmatched_gold[0].reason;
  EXPECT_NE(r.unmatched_gold[0].triple.find("United States"), std::string::npos);
  EXPECT_EQ(r.unmatched_gold[1].index, 2u);
  EXPECT_EQ(r.unmatched_gold[1].reason, "object found, subject predicted as 'US'");
  ASSERT_EQ(r.unmatched_predictions.size(), 2u);
  EXPECT_NE(r.unmatched_predictions[0].reason.find("ask"), std::string::npos);
  EXPECT_EQ(r.unmatched_predictions[1].reason, "subject not a gold actor of this article");
}

// ---- Gold files ----

TEST(GoldFileTest, LoadsArticlesAndResolvesTextFiles) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "set");
  std::string path = dir.Join("set/gold.jsonl");
  testing::WriteFile(path,
                     "\xEF\xBB\xBF"  // a BOM before the first line is ignored
                     R"({"doc": "a", "date": "2015-09-21", "text_file": "texts/a.txt", "triples": [)"
                     R"({"subject": ["US"], "predicate": ["ask"], "object": ["Pakistan"], "kind": "event",)"
                     R"( "cameo_root": "10", "polarity": "negative", "modality": "requested", "note": "n"},)"
                     R"({"subject": ["Sharif"], "predicate": [], "object": ["PML-N"], "kind": "affiliation",)"
                     R"( "cameo_root": null, "polarity": "positive"}]})"
                     "\n\n"
                     R"({"doc": "b", "text_file": "../seed.txt", "triples": []})"
                     "\n");
  std::vector<GoldArticle> articles;
  Status s = LoadGoldFile(path, &articles);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].doc, "a");
  EXPECT_EQ(articles[0].date, "2015-09-21");
  EXPECT_EQ(articles[0].text_path, (dir.path() / "set" / "texts" / "a.txt").string());
  EXPECT_EQ(articles[0].origin, path + ":1");
  ASSERT_EQ(articles[0].triples.size(), 2u);
  const GoldTriple& t = articles[0].triples[0];
  EXPECT_EQ(t.cameo_root, "10");
  EXPECT_EQ(t.polarity, Polarity::kNegative);
  EXPECT_EQ(t.modality, Modality::kRequested);
  EXPECT_EQ(t.note, "n");
  EXPECT_EQ(articles[0].triples[1].kind, RelationKind::kAffiliation);
  EXPECT_EQ(articles[0].triples[1].cameo_root, "");
  EXPECT_EQ(articles[1].origin, path + ":3");  // the blank line still counts
  EXPECT_EQ(articles[1].text_path, (dir.path() / "seed.txt").string());
}

TEST(GoldFileTest, ErrorsNameFileAndLine) {
  testing::TempDir dir;
  std::string path = dir.Join("gold.jsonl");
  const std::string good = R"({"doc": "a", "text_file": "a.txt", "triples": []})";
  const std::string triple_head = R"({"doc": "b", "text_file": "b.txt", "triples": [{"subject": ["US"], )";
  struct Case {
    std::string second_line;
    std::string expected;
  } cases[] = {
      {R"({"doc": "b", "text_file": "b.txt", "triples": [)", ":2: not valid JSON"},
      {R"({"doc": "b", "triples": []})", ":2: missing \"text_file\""},
      {R"({"text_file": "b.txt", "triples": []})", ":2: missing \"doc\""},
      {R"({"doc": "a", "text_file": "b.txt", "triples": []})", ":2: doc \"a\" already appears at " + path + ":1"},
      {triple_head + R"("predicate": ["ask"], "object": ["PAK"], "polarity": "positive"}]})",
       ":2: triple 1: missing \"kind\""},
      {triple_head + R"("predicate": ["ask"], "object": ["PAK"], "kind": "event", "polarity": "maybe"}]})",
       ":2: triple 1: bad \"polarity\" value \"maybe\""},
      {triple_head + R"("predicate": ["ask"], "object": [], "kind": "event", "polarity": "positive"}]})",
       ":2: triple 1: empty \"object\""},
      {triple_head + R"("predicate": ["ask"], "object": ["PAK"], "kind": "event", "polarity": "positive",)"
                     R"( "cameo_root": "1"}]})",
       ":2: triple 1: \"cameo_root\" must be two digits or null"},
  };
  for (const Case& c : cases) {
    testing::WriteFile(path, good + "\n" + c.second_line + "\n");
    std::vector<GoldArticle> articles;
    Status s = LoadGoldFile(path, &articles);
    EXPECT_TRUE(s.IsInvalidArgument()) << c.second_line;
    EXPECT_NE(s.message().find(path + c.expected), std::string::npos) << s.message();
  }
  std::vector<GoldArticle> articles;
  Status s = LoadGoldFile(dir.Join("missing.jsonl"), &articles);
  EXPECT_TRUE(s.IsNotFound());
  EXPECT_NE(s.message().find(dir.Join("missing.jsonl")), std::string::npos);
}

}  // namespace
}  // namespace geokg
