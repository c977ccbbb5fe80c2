// The syntactic layer (extract/syntax/parse.h) on sentences written for these
// tests: one construction each, asserting the arcs relation finding reads.
#include <gtest/gtest.h>

#include <string>

#include "extract/syntax/conllu.h"
#include "extract/syntax/parse.h"
#include "extract/text/tokenizer.h"

namespace geokg::syntax {
namespace {

class Parsed {
 public:
  explicit Parsed(const std::string& text) : text_(text) {
    auto sentences = SplitSentences(text_);
    EXPECT_FALSE(sentences.empty());
    if (!sentences.empty()) sentence_ = sentences[0];
    analysis_ = Parse(sentence_);
  }

  // The index of the first token `word` (exact text), or -1.
  int At(const std::string& word) const {
    for (size_t i = 0; i < sentence_.tokens.size(); ++i) {
      if (sentence_.tokens[i].text == word) return static_cast<int>(i);
    }
    ADD_FAILURE() << "no token '" << word << "' in: " << text_;
    return -1;
  }
  // True when the basic tree has `dependent` -rel-> `head`.
  bool Arc(const std::string& head, Rel rel, const std::string& dependent) const {
    const int h = At(head), d = At(dependent);
    return d >= 0 && analysis_.words[static_cast<size_t>(d)].head == h && analysis_.words[static_cast<size_t>(d)].rel == rel;
  }
  // True when the enhanced graph (basic or extra arcs) has the arc.
  bool Enhanced(const std::string& head, Rel rel, const std::string& dependent) const {
    if (Arc(head, rel, dependent)) return true;
    for (const ExtraArc& a : analysis_.extra) {
      if (a.head == At(head) && a.dependent == At(dependent) && a.rel == rel) return true;
    }
    return false;
  }
  Pos PosOf(const std::string& word) const { return analysis_.words[static_cast<size_t>(At(word))].pos; }
  bool IsRoot(const std::string& word) const { return analysis_.words[static_cast<size_t>(At(word))].head == -1; }
  std::string Tree() const { return ToTree(sentence_, analysis_); }

 private:
  std::string text_;
  Sentence sentence_;
  Analysis analysis_;
};

TEST(SyntaxParse, TransitiveClause) {
  Parsed p("Russia attacked Ukraine on Tuesday.");
  EXPECT_TRUE(p.IsRoot("attacked")) << p.Tree();
  EXPECT_TRUE(p.Arc("attacked", Rel::kSubject, "Russia")) << p.Tree();
  EXPECT_TRUE(p.Arc("attacked", Rel::kObject, "Ukraine")) << p.Tree();
  EXPECT_TRUE(p.Arc("attacked", Rel::kOblique, "Tuesday")) << p.Tree();
}

TEST(SyntaxParse, TagsFromContext) {
  Parsed noun("The attacks on the convoy worried Kenya.");
  EXPECT_EQ(noun.PosOf("attacks"), Pos::kNoun) << noun.Tree();
  Parsed verb("Russia attacks Ukraine again.");
  EXPECT_EQ(verb.PosOf("attacks"), Pos::kVerb) << verb.Tree();
  Parsed modifier("Armed groups entered the town.");
  EXPECT_TRUE(modifier.Arc("groups", Rel::kAdjectivalModifier, "Armed")) << modifier.Tree();
  EXPECT_TRUE(modifier.Arc("entered", Rel::kSubject, "groups")) << modifier.Tree();
}

TEST(SyntaxParse, AParticipleRightAfterADeterminerModifiesTheNameAndNounAfterIt) {
  Parsed p("Kenya returned the detained Somali fishermen to Mogadishu.");
  EXPECT_EQ(p.PosOf("detained"), Pos::kAdjective) << p.Tree();
  EXPECT_TRUE(p.Arc("returned", Rel::kObject, "fishermen")) << p.Tree();
}

TEST(SyntaxParse, APresentFormBeforeAPastVerbIsTheSubjectsNoun) {
  Parsed p("Security forces also tried to stop the march.");
  EXPECT_EQ(p.PosOf("forces"), Pos::kNoun) << p.Tree();
  EXPECT_TRUE(p.Arc("tried", Rel::kSubject, "forces")) << p.Tree();
  // An auxiliary after it leaves the verb a verb: "Serbs say were erected".
  Parsed verb("The barricades, which Serbs say were erected last week, stayed.");
  EXPECT_EQ(verb.PosOf("say"), Pos::kVerb) << verb.Tree();
}

TEST(SyntaxParse, PassiveWithAgentAndAdverb) {
  Parsed p("The convoy was repeatedly attacked by rebels.");
  EXPECT_TRUE(p.Arc("attacked", Rel::kPassiveSubject, "convoy")) << p.Tree();
  EXPECT_TRUE(p.Arc("attacked", Rel::kPassiveAuxiliary, "was")) << p.Tree();
  EXPECT_TRUE(p.Arc("attacked", Rel::kAgent, "rebels")) << p.Tree();
}

TEST(SyntaxParse, ReducedRelativeWithAgent) {
  Parsed p("The truce brokered by Qatar collapsed.");
  EXPECT_TRUE(p.Arc("truce", Rel::kNounClause, "brokered")) << p.Tree();
  EXPECT_TRUE(p.Arc("brokered", Rel::kAgent, "Qatar")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("brokered", Rel::kPassiveSubject, "truce")) << p.Tree();
  EXPECT_TRUE(p.Arc("collapsed", Rel::kSubject, "truce")) << p.Tree();
}

TEST(SyntaxParse, ReducedRelativeAfterPrepositionalObject) {
  Parsed p("Police issued warrants for two men sought in the killing.");
  EXPECT_TRUE(p.Arc("men", Rel::kNounClause, "sought")) << p.Tree();
  EXPECT_TRUE(p.IsRoot("issued")) << p.Tree();
}

TEST(SyntaxParse, ObjectRelativeClause) {
  Parsed p("The militia, which Iran supports, attacked the base.");
  EXPECT_TRUE(p.Arc("militia", Rel::kRelativeClause, "supports")) << p.Tree();
  EXPECT_TRUE(p.Arc("supports", Rel::kSubject, "Iran")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("supports", Rel::kObject, "militia")) << p.Tree();
  EXPECT_TRUE(p.Arc("attacked", Rel::kSubject, "militia")) << p.Tree();
}

TEST(SyntaxParse, SubjectRelativeClause) {
  Parsed p("Officials who visited Kabul criticised the Taliban.");
  EXPECT_TRUE(p.Arc("visited", Rel::kSubject, "who")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("visited", Rel::kSubject, "Officials")) << p.Tree();
  EXPECT_TRUE(p.Arc("visited", Rel::kObject, "Kabul")) << p.Tree();
  EXPECT_TRUE(p.Arc("criticised", Rel::kSubject, "Officials")) << p.Tree();
  EXPECT_TRUE(p.Arc("criticised", Rel::kObject, "Taliban")) << p.Tree();
}

TEST(SyntaxParse, ThatComplementClause) {
  Parsed p("Turkey said that Greece violated its airspace.");
  EXPECT_TRUE(p.Arc("said", Rel::kClausalComplement, "violated")) << p.Tree();
  EXPECT_TRUE(p.Arc("violated", Rel::kSubject, "Greece")) << p.Tree();
  EXPECT_TRUE(p.Arc("violated", Rel::kMarker, "that")) << p.Tree();
}

TEST(SyntaxParse, ZeroComplementClause) {
  Parsed p("Japan said China would retaliate against Manila.");
  EXPECT_TRUE(p.Arc("said", Rel::kClausalComplement, "retaliate")) << p.Tree();
  EXPECT_TRUE(p.Arc("retaliate", Rel::kSubject, "China")) << p.Tree();
  EXPECT_FALSE(p.Arc("said", Rel::kObject, "China")) << p.Tree();
}

TEST(SyntaxParse, ObjectControlsInfinitive) {
  Parsed p("Washington urged Seoul to sanction Pyongyang.");
  EXPECT_TRUE(p.Arc("urged", Rel::kObject, "Seoul")) << p.Tree();
  EXPECT_TRUE(p.Arc("urged", Rel::kOpenComplement, "sanction")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("sanction", Rel::kSubject, "Seoul")) << p.Tree();
  EXPECT_TRUE(p.Arc("sanction", Rel::kObject, "Pyongyang")) << p.Tree();
}

TEST(SyntaxParse, PrepositionalObjectControlsInfinitive) {
  Parsed p("The council called on Ethiopia to reopen the border.");
  EXPECT_TRUE(p.Arc("called", Rel::kOblique, "Ethiopia")) << p.Tree();
  EXPECT_TRUE(p.Arc("called", Rel::kOpenComplement, "reopen")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("reopen", Rel::kSubject, "Ethiopia")) << p.Tree();
}

TEST(SyntaxParse, SubjectControlsInfinitive) {
  Parsed p("Egypt agreed to host the talks.");
  EXPECT_TRUE(p.Arc("agreed", Rel::kOpenComplement, "host")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("host", Rel::kSubject, "Egypt")) << p.Tree();
}

TEST(SyntaxParse, ObjectControlsGerundAfterPreposition) {
  Parsed p("Colombia accused Venezuela of sheltering guerrillas.");
  EXPECT_TRUE(p.Arc("accused", Rel::kObject, "Venezuela")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("sheltering", Rel::kSubject, "Venezuela")) << p.Tree();
  EXPECT_TRUE(p.Arc("sheltering", Rel::kObject, "guerrillas")) << p.Tree();
}

TEST(SyntaxParse, CoordinatedVerbsShareTheSubject) {
  Parsed p("Kenya recalled its envoy and expelled the ambassador.");
  EXPECT_TRUE(p.Arc("recalled", Rel::kConjunct, "expelled")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("expelled", Rel::kSubject, "Kenya")) << p.Tree();
  EXPECT_TRUE(p.Arc("expelled", Rel::kObject, "ambassador")) << p.Tree();
}

TEST(SyntaxParse, ParticipialClauseTakesTheMainSubject) {
  Parsed p("Israel struck Gaza, killing two commanders.");
  EXPECT_TRUE(p.Arc("struck", Rel::kAdverbialClause, "killing")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("killing", Rel::kSubject, "Israel")) << p.Tree();
  EXPECT_TRUE(p.Arc("killing", Rel::kObject, "commanders")) << p.Tree();
}

TEST(SyntaxParse, InitialParticipleWithAgent) {
  Parsed p("Backed by Russia, the rebels seized the airport.");
  EXPECT_TRUE(p.Arc("seized", Rel::kAdverbialClause, "Backed")) << p.Tree();
  EXPECT_TRUE(p.Arc("Backed", Rel::kAgent, "Russia")) << p.Tree();
  EXPECT_TRUE(p.Enhanced("Backed", Rel::kPassiveSubject, "rebels")) << p.Tree();
  EXPECT_TRUE(p.Arc("seized", Rel::kSubject, "rebels")) << p.Tree();
}

TEST(SyntaxParse, QuoteBeforeTheSpeaker) {
  Parsed p("\"We will respond to any attack,\" the minister said.");
  EXPECT_TRUE(p.IsRoot("said")) << p.Tree();
  EXPECT_TRUE(p.Arc("said", Rel::kClausalComplement, "respond")) << p.Tree();
  EXPECT_TRUE(p.Arc("said", Rel::kSubject, "minister")) << p.Tree();
}

TEST(SyntaxParse, SpeakerAfterTheVerb) {
  Parsed p("Sanctions will follow, said the envoy.");
  EXPECT_TRUE(p.Arc("said", Rel::kSubject, "envoy")) << p.Tree();
}

TEST(SyntaxParse, Apposition) {
  Parsed p("Lavrov, the foreign minister, met Blinken.");
  EXPECT_TRUE(p.Arc("Lavrov", Rel::kAppositive, "minister")) << p.Tree();
  EXPECT_TRUE(p.Arc("met", Rel::kSubject, "Lavrov")) << p.Tree();
  EXPECT_TRUE(p.Arc("met", Rel::kObject, "Blinken")) << p.Tree();
}

TEST(SyntaxParse, CoordinatedSubject) {
  Parsed p("Brazil and Argentina signed the accord.");
  EXPECT_TRUE(p.Arc("Brazil", Rel::kConjunct, "Argentina")) << p.Tree();
  EXPECT_TRUE(p.Arc("signed", Rel::kSubject, "Brazil")) << p.Tree();
}

TEST(SyntaxParse, MultiwordCoordinatorsJoinNounPhrases) {
  Parsed aside("Gondor, along with Rohan, condemned Mordor.");
  EXPECT_TRUE(aside.Arc("Gondor", Rel::kConjunct, "Rohan")) << aside.Tree();
  EXPECT_TRUE(aside.Arc("Rohan", Rel::kCoordination, "along")) << aside.Tree();
  EXPECT_TRUE(aside.Arc("along", Rel::kFixed, "with")) << aside.Tree();
  EXPECT_TRUE(aside.Arc("condemned", Rel::kSubject, "Gondor")) << aside.Tree();
  Parsed object("Mordor attacked Gondor as well as Rohan.");
  EXPECT_TRUE(object.Arc("attacked", Rel::kObject, "Gondor")) << object.Tree();
  EXPECT_TRUE(object.Arc("Gondor", Rel::kConjunct, "Rohan")) << object.Tree();
  EXPECT_EQ(object.PosOf("well"), Pos::kCoordinator) << object.Tree();
  // Before a gerund "as well as" joins no noun phrases.
  Parsed gerund("Mordor sent troops as well as arming the orcs.");
  EXPECT_NE(gerund.PosOf("well"), Pos::kCoordinator) << gerund.Tree();
}

TEST(SyntaxParse, PossessorAndOfArgumentOfANoun) {
  Parsed p("Russia's invasion of Ukraine shocked Europe.");
  EXPECT_TRUE(p.Arc("invasion", Rel::kPossessor, "Russia")) << p.Tree();
  EXPECT_TRUE(p.Arc("invasion", Rel::kNominalModifier, "Ukraine")) << p.Tree();
  EXPECT_TRUE(p.Arc("shocked", Rel::kSubject, "invasion")) << p.Tree();
}

TEST(SyntaxParse, SubjectBeforeAnOfPhrase) {
  Parsed p("The president of Ghana visited Togo.");
  EXPECT_TRUE(p.Arc("visited", Rel::kSubject, "president")) << p.Tree();
  EXPECT_TRUE(p.Arc("president", Rel::kNominalModifier, "Ghana")) << p.Tree();
}

TEST(SyntaxParse, TwoObjects) {
  Parsed p("Germany sent Ukraine tanks.");
  EXPECT_TRUE(p.Arc("sent", Rel::kIndirectObject, "Ukraine")) << p.Tree();
  EXPECT_TRUE(p.Arc("sent", Rel::kObject, "tanks")) << p.Tree();
}

TEST(SyntaxParse, DiscontinuousFrame) {
  Parsed p("Turkey sent two planeloads of tents to Syria.");
  EXPECT_TRUE(p.Arc("sent", Rel::kObject, "planeloads")) << p.Tree();
  EXPECT_TRUE(p.Arc("sent", Rel::kOblique, "Syria")) << p.Tree();
  EXPECT_TRUE(p.Arc("planeloads", Rel::kNominalModifier, "tents")) << p.Tree();
}

TEST(SyntaxParse, ParticleBeforeAPrepositionalArgument) {
  Parsed p("Russian troops pulled out of Kherson.");
  EXPECT_TRUE(p.Arc("pulled", Rel::kOblique, "Kherson")) << p.Tree();
  EXPECT_TRUE(p.Arc("pulled", Rel::kSubject, "troops")) << p.Tree();
}

TEST(SyntaxParse, NegationInTheVerbGroup) {
  Parsed p("Iran did not attend the talks.");
  EXPECT_TRUE(p.Arc("attend", Rel::kAdverbialModifier, "not")) << p.Tree();
  EXPECT_TRUE(p.Arc("attend", Rel::kAuxiliary, "did")) << p.Tree();
  EXPECT_TRUE(p.Arc("attend", Rel::kSubject, "Iran")) << p.Tree();
}

TEST(SyntaxParse, APossessiveRelativeClauseModifiesTheNounBeforeIt) {
  Parsed p("Mercosur, whose full members are Paraguay, Uruguay and Bolivia, criticised Chile.");
  EXPECT_TRUE(p.Arc("Mercosur", Rel::kRelativeClause, "are")) << p.Tree();
  EXPECT_TRUE(p.Arc("are", Rel::kSubject, "members")) << p.Tree();
  // The commas of the list inside the aside do not hide the main subject.
  EXPECT_TRUE(p.Arc("criticised", Rel::kSubject, "Mercosur")) << p.Tree();
  EXPECT_TRUE(p.Arc("criticised", Rel::kObject, "Chile")) << p.Tree();
}

TEST(SyntaxParse, ThePartOfADayAfterItsNameIsANoun) {
  Parsed p("Kenya's envoy flew to Juba on Sunday evening and met the rebels.");
  EXPECT_EQ(p.PosOf("evening"), Pos::kNoun) << p.Tree();
  EXPECT_TRUE(p.Arc("flew", Rel::kConjunct, "met")) << p.Tree();
}

TEST(SyntaxParse, EveryWordHasAHeadAndNoCycle) {
  for (const char* text : {"And, but -- \"(or) ;", "The the the.", "Said.", "By, of, to the.",
                           "Who which that whom."}) {
    Parsed p(text);
    (void)p;
  }
  const std::string text = "Talks, which began in Doha, ended; rebels said they would, if asked, return.";
  auto sentences = SplitSentences(text);
  ASSERT_FALSE(sentences.empty());
  const Analysis a = Parse(sentences[0]);
  ASSERT_EQ(a.words.size(), sentences[0].tokens.size());
  int roots = 0;
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (a.words[i].head < 0) ++roots;
    int h = a.words[i].head, steps = 0;
    while (h >= 0 && steps <= static_cast<int>(a.words.size())) {
      h = a.words[static_cast<size_t>(h)].head;
      ++steps;
    }
    EXPECT_LE(steps, static_cast<int>(a.words.size())) << "cycle through word " << i;
  }
  EXPECT_EQ(roots, 1);
}

TEST(SyntaxParse, NamesAreOneProperNoun) {
  const std::string text = "The Islamic Republic of Iran condemned the strike.";
  auto sentences = SplitSentences(text);
  ASSERT_FALSE(sentences.empty());
  const Analysis a = Parse(sentences[0], {NameSpan{1, 5}});
  EXPECT_EQ(a.words[4].rel, Rel::kSubject);  // "Iran", the name's last word, heads it
  for (int k = 1; k < 4; ++k) EXPECT_EQ(a.words[static_cast<size_t>(k)].head, 4);
}

TEST(SyntaxParse, ConlluHasOneLinePerTokenAndEnhancedArcs) {
  const std::string text = "Egypt agreed to host the talks.";
  auto sentences = SplitSentences(text);
  ASSERT_FALSE(sentences.empty());
  const std::string out = ToConllu(sentences[0], Parse(sentences[0]), "d:0", text);
  EXPECT_NE(out.find("# sent_id = d:0\n# text = Egypt agreed to host the talks.\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\t_\t_\t2\tnsubj\t2:nsubj|4:nsubj\tTokenRange=0:5\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("1\tEgypt\tegypt\t"), out.find("\n1\t") + 1) << out;
  size_t lines = 0;
  for (char c : out) lines += c == '\n';
  EXPECT_EQ(lines, 2 + sentences[0].tokens.size() + 1);
}

}  // namespace
}  // namespace geokg::syntax
