// Internal to extract/: what the mention rules of mentions.cc,
// person_mentions.cc, sector_mentions.cc and unknown_orgs.cc share (name spans, ranks, the Match of one rule).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/mentions.h"

namespace geokg {

struct MentionFinder::Match {
  Mention mention;
  size_t length = 0;  // tokens consumed from the start position
  std::optional<Affiliation> affiliation;
};

namespace mention_rules {

// Whether a token can be part of a personal name (capitalised, not a month,
// not an all-caps dateline word, not a sentence-opening function word).
bool IsNameToken(const Token& t);
// End of a personal name starting at tokens[k]: capitalised tokens and name
// particles, at most 5, ending on a capitalised token.
size_t NameEnd(const std::vector<Token>& t, size_t k);
// Skips honorifics before a name ("Dr Arif Alvi" -> "Arif Alvi").
size_t SkipHonorifics(const std::vector<Token>& t, size_t k);
// Military and police ranks, which give no affiliation of their own.
bool IsRank(const std::string& role);
// The original text of tokens [b, e), spaces where the text had them.
std::string JoinText(const std::vector<Token>& t, size_t b, size_t e);
bool IsStateType(ActorType type);
// Role classes that belong to a state (ministers, diplomats, the military...).
bool StateRoleClass(const std::string& cls);
// A head word of organisations' names ("Council", "Army", "Party"): a
// capitalised run with one is no personal name (unknown_orgs.cc).
bool IsOrgHeadWord(const std::string& word);
// An acronym as defined in parentheses after a name: "CFVC", "M23", "ECOWAS".
bool IsAcronym(const Token& t);

}  // namespace mention_rules
}  // namespace geokg
