// Internal to extract/: what the mention rules of mentions.cc,
// person_mentions.cc, sector_mentions.cc and unknown_orgs.cc share (name spans, ranks, the Match of one rule).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "extract/entities/mentions.h"

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
// Adds a mention of a quotation's speaker for each "we" or "us" the
// quotation holds ("\"We urge Australia to stop,\" said Wang Wenbin"), for
// the quotations that open and close in tokens [from, end), when the
// sentence names the speaker with a verb of saying next to the quote
// (quoted_speakers.cc). `mentions` stays sorted by position.
// `is_saying` tells a lower-case verb form of saying ("said", "added").
using SayingVerb = std::function<bool(const std::string&)>;
void AddQuotedSpeakers(const std::vector<Token>& t, size_t from, const SayingVerb& is_saying,
                       std::vector<Mention>* mentions);
// The mention of the speaker named after the quotation that closes at token
// `close` (`" said X`, `", X said`, `" he added`), or -1.
int SpeakerAfterQuote(const std::vector<Token>& t, const std::vector<Mention>& mentions, size_t close,
                      const SayingVerb& is_saying);
// Remembers `actor`, an organisation, party, armed group or state body just
// named, under the collective nouns that may name it again ("the alliance",
// "the group", "the ministry").
void RememberOrg(const ActorRef& actor, ArticleContext* ctx);
// Length of "both men", "the two leaders", "both leaders" at t[i], else 0.
size_t PairPhraseLength(const std::vector<Token>& t, size_t i);
// "US-led", "Iran-backed": the actor's word before the hyphen and what it
// does, or an empty predicate.
std::pair<std::string, std::string> SplitCompound(const std::string& token);
// Whether the pronoun at i is an object: after a word, before a preposition,
// "to" or punctuation ("accusing it of", "urged it to", "backing it.").
bool IsObjectPosition(const std::vector<Token>& t, size_t i);
// The organisation named last in the article with the head noun `lower`
// ("ministry", "group", "alliance"), or null.
const ActorRef* RememberedOrg(const std::string& lower, const ArticleContext& ctx);
// The mention of the speaker named before the quotation that opens at token
// `open` (`X said: "`, `X said, "`), or -1.
int SpeakerBeforeQuote(const std::vector<Token>& t, const std::vector<Mention>& mentions, size_t open,
                       const SayingVerb& is_saying);
// Adds a mention of `speaker` for each "we" or "us" in tokens [begin, end)
// that names no one yet; false when there was none. `mentions` stays sorted.
bool AddSpeakerAsWe(const std::vector<Token>& t, size_t begin, size_t end, const ActorRef& speaker,
                    std::vector<Mention>* mentions);

}  // namespace mention_rules
}  // namespace geokg
