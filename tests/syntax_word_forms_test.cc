// The open-class lexicon of extract/syntax/word_forms.h: WordNet's lemmas
// expanded into regular and irregular forms at build time.
#include "extract/syntax/word_forms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace geokg::syntax {
namespace {

bool Has(std::string_view form, uint8_t open_class, Inflection inflection, std::string_view lemma) {
  for (const FormReading& r : ReadingsOf(form)) {
    if (r.open_class == open_class && r.inflection == inflection && r.lemma() == lemma) return true;
  }
  return false;
}

bool HasLemma(std::string_view form, uint8_t open_class, std::string_view lemma) {
  for (const FormReading& r : ReadingsOf(form)) {
    if (r.open_class == open_class && r.lemma() == lemma) return true;
  }
  return false;
}

TEST(WordForms, RegularSuffixesGiveNounPluralAndVerbThirdPerson) {
  EXPECT_TRUE(Has("attacks", kNounBit, Inflection::kPlural, "attack"));
  EXPECT_TRUE(Has("attacks", kVerbBit, Inflection::kThirdPerson, "attack"));
  EXPECT_TRUE(Has("attack", kNounBit, Inflection::kNone, "attack"));
  EXPECT_TRUE(Has("attack", kVerbBit, Inflection::kNone, "attack"));
  EXPECT_TRUE(Has("attacked", kVerbBit, Inflection::kPastOrParticiple, "attack"));
  EXPECT_TRUE(Has("attacking", kVerbBit, Inflection::kGerund, "attack"));
  EXPECT_TRUE(Has("churches", kNounBit, Inflection::kPlural, "church"));
  EXPECT_TRUE(Has("allies", kNounBit, Inflection::kPlural, "ally"));
  EXPECT_TRUE(Has("allies", kVerbBit, Inflection::kThirdPerson, "ally"));
}

TEST(WordForms, SpellingRulesDropEAndDoubleConsonants) {
  EXPECT_TRUE(Has("making", kVerbBit, Inflection::kGerund, "make"));
  EXPECT_TRUE(Has("agreed", kVerbBit, Inflection::kPastOrParticiple, "agree"));
  EXPECT_TRUE(Has("seeing", kVerbBit, Inflection::kGerund, "see"));
  EXPECT_TRUE(Has("dying", kVerbBit, Inflection::kGerund, "die"));
  EXPECT_TRUE(Has("tried", kVerbBit, Inflection::kPastOrParticiple, "try"));
  EXPECT_TRUE(Has("stopped", kVerbBit, Inflection::kPastOrParticiple, "stop"));
  EXPECT_TRUE(Has("visited", kVerbBit, Inflection::kPastOrParticiple, "visit"));
  EXPECT_TRUE(ReadingsOf("visitted").empty());
  EXPECT_TRUE(Has("goes", kVerbBit, Inflection::kThirdPerson, "go"));
  EXPECT_TRUE(Has("larger", kAdjectiveBit, Inflection::kComparative, "large"));
  EXPECT_TRUE(Has("happiest", kAdjectiveBit, Inflection::kSuperlative, "happy"));
  EXPECT_TRUE(Has("hotter", kAdjectiveBit, Inflection::kComparative, "hot"));
}

TEST(WordForms, ExceptionListsGiveIrregularForms) {
  EXPECT_TRUE(Has("left", kVerbBit, Inflection::kPastOrParticiple, "leave"));
  EXPECT_TRUE(Has("left", kAdjectiveBit, Inflection::kNone, "left"));
  EXPECT_TRUE(Has("left", kNounBit, Inflection::kNone, "left"));
  EXPECT_TRUE(Has("went", kVerbBit, Inflection::kPast, "go"));
  EXPECT_TRUE(Has("gone", kVerbBit, Inflection::kParticiple, "go"));
  EXPECT_TRUE(Has("began", kVerbBit, Inflection::kPast, "begin"));
  EXPECT_TRUE(Has("begun", kVerbBit, Inflection::kParticiple, "begin"));
  EXPECT_TRUE(Has("children", kNounBit, Inflection::kPlural, "child"));
  EXPECT_TRUE(Has("better", kAdjectiveBit, Inflection::kComparative, "good"));
  EXPECT_TRUE(Has("best", kAdjectiveBit, Inflection::kSuperlative, "good"));
  EXPECT_TRUE(Has("was", kVerbBit, Inflection::kPast, "be"));
  EXPECT_TRUE(Has("are", kVerbBit, Inflection::kPresent, "be"));
  EXPECT_TRUE(Has("has", kVerbBit, Inflection::kThirdPerson, "have"));
}

TEST(WordForms, ExceptionsReplaceTheRegularFormOfTheirSlot) {
  for (const char* invented : {"goed", "begined", "childs", "gooder", "runned", "bes", "beed"}) {
    EXPECT_TRUE(ReadingsOf(invented).empty()) << invented;
  }
  EXPECT_FALSE(HasLemma("sayed", kVerbBit, "say"));
  EXPECT_FALSE(HasLemma("leaved", kVerbBit, "leave"));  // "leaved" is WordNet's adjective
  // Only "-n" participles leave the regular past; "-t" doublets keep both.
  EXPECT_TRUE(Has("proven", kVerbBit, Inflection::kParticiple, "prove"));
  EXPECT_TRUE(Has("proved", kVerbBit, Inflection::kPastOrParticiple, "prove"));
  EXPECT_TRUE(Has("learnt", kVerbBit, Inflection::kPastOrParticiple, "learn"));
  EXPECT_TRUE(Has("learned", kVerbBit, Inflection::kPastOrParticiple, "learn"));
}

TEST(WordForms, ReadingsComeMostFrequentFirst) {
  auto readings = ReadingsOf("said");
  ASSERT_FALSE(readings.empty());
  EXPECT_EQ(readings[0].open_class, kVerbBit);
  EXPECT_EQ(readings[0].lemma(), "say");
  for (size_t i = 1; i < readings.size(); ++i) EXPECT_GE(readings[i - 1].frequency, readings[i].frequency);
  // SemCor counts, not sense counts: "attack" is tagged more often as a verb.
  auto attack = ReadingsOf("attack");
  ASSERT_EQ(attack.size(), 2u);
  EXPECT_EQ(attack[0].open_class, kVerbBit);
  EXPECT_GT(attack[0].frequency, attack[1].frequency);
}

TEST(WordForms, UnknownAndOddWordsAreSafe) {
  EXPECT_TRUE(ReadingsOf("xyzzyq").empty());
  EXPECT_TRUE(ReadingsOf("").empty());
  EXPECT_TRUE(ReadingsOf("Attack").empty());  // the table is lower case
  EXPECT_TRUE(ReadingsOf("prime_minister").empty());
  EXPECT_TRUE(ReadingsOf("prime minister").empty());
  EXPECT_TRUE(ReadingsOf(std::string(300, 'a')).empty());
  EXPECT_TRUE(ReadingsOf(std::string_view("attack\0s", 8)).empty());
  // Hyphenated lemmas are single tokens and inflect; numerals and
  // abbreviations keep their one form.
  EXPECT_TRUE(Has("cease-fires", kNounBit, Inflection::kPlural, "cease-fire"));
  EXPECT_TRUE(Has("a.m.", kAdverbBit, Inflection::kNone, "a.m."));
  EXPECT_TRUE(ReadingsOf("a.m.s").empty());
  // Two-letter nouns are abbreviations: no "-s" plural ("his" is not "hi"s).
  EXPECT_FALSE(HasLemma("his", kNounBit, "hi"));
  EXPECT_FALSE(HasLemma("its", kNounBit, "it"));
}

TEST(WordForms, InflectionNamesAreDistinct) {
  EXPECT_STREQ(InflectionName(Inflection::kNone), "none");
  EXPECT_STREQ(InflectionName(Inflection::kPastOrParticiple), "past-or-participle");
  EXPECT_STREQ(InflectionName(Inflection::kSuperlative), "superlative");
}

}  // namespace
}  // namespace geokg::syntax
