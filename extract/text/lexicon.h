// Lexicon: English function words and verb inflection, the closed classes the
// relation rules read a clause with.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace geokg {

enum class VerbForm { kBase, kThird, kPast, kParticiple, kGerund };

// Inflected forms of `lemma` (base, -s, past, participle, -ing), from
// `irregular` (lemma -> past, participle, third, gerund) or English rules.
std::vector<std::pair<std::string, VerbForm>> Inflect(
    const std::string& lemma, const std::unordered_map<std::string, std::vector<std::string>>& irregular);

// Plural of a noun by English rules (talk -> talks, ally -> allies, sanction -> sanctions).
std::string Pluralize(const std::string& noun);

bool IsDeterminer(const std::string& lower);      // the, a, an, its, their, this...
bool IsAuxiliary(const std::string& lower);       // be, have, do forms
bool IsBeForm(const std::string& lower);          // is, was, were, been, being...
bool IsModal(const std::string& lower);           // will, would, should, could, may...
bool IsNegator(const std::string& lower);         // not, n't, never, no longer
bool IsAdverb(const std::string& lower);          // also, already, formally, recently, -ly
bool IsPreposition(const std::string& lower);     // in, on, at, with, of...
bool IsLocationPreposition(const std::string& lower);  // in, at, near, inside, across...
bool IsSubordinator(const std::string& lower);    // that, which, who, because, while, if...
bool IsPersonPronoun(const std::string& lower);   // he, she
bool IsThingPronoun(const std::string& lower);    // it, they
bool IsClauseVerb(const std::string& lower);      // common verbs that are not relations (said, is, has...)
bool IsHonorific(const std::string& text);        // Dr, Mr, Mrs, Sir, Sheikh, Prince...
bool IsPersonNoun(const std::string& lower);      // pilot, journalist, citizen, man...
bool IsOfficialNoun(const std::string& lower);    // officials, leaders, government, authorities, diplomats...
bool IsMonthOrDay(const std::string& text);       // January, Sept, Monday...
// Light verbs, whose event noun carries the relation ("held talks with",
// "lodged a protest with", "conveyed concerns over"), by lemma.
bool IsLightVerbLemma(std::string_view lemma);
// The tone of a word that characterises something ("called France a vital
// partner", "called the attack a flagrant violation"): +1 praise, -1 blame, 0 neither.
int CharacterisationTone(const std::string& lower);

// Words of a verb group that say how its event holds.
bool IsIntentWord(const std::string& lower);        // consider, plan, willing, refused, whether...
bool IsNegativeWord(const std::string& lower);      // not, never, refused, failed, without...
bool IsFutureWord(const std::string& lower);        // will, expected, scheduled, to...
bool IsHypotheticalWord(const std::string& lower);  // should, could, might, if...
bool IsRequestNoun(const std::string& lower);       // request, demand, appeal, ultimatum...

}  // namespace geokg
