// Actor mentions in a sentence: dictionary names, demonyms and capitals,
// bodies of a state ("the Pakistani military"), titled persons ("US National
// Security Adviser Susan Rice"), persons named again by part of their name,
// definite descriptions ("the premier") and pronouns, resolved within the
// article.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/entities/actor_knowledge.h"
#include "extract/text/tokenizer.h"

namespace geokg {

struct Mention {
  size_t begin = 0;  // token range in the sentence
  size_t end = 0;
  ActorRef actor;
  bool possessive = false;  // followed by 's
  bool pronoun = false;
  bool adjective = false;   // a demonym before a noun ("Pakistani troops")
};

// A role stated in the text: person -role-> organisation or country.
struct Affiliation {
  ActorRef person;
  std::string role;
  ActorRef org;
  size_t sentence = 0;
  // A compound modifier ("Iran-backed Houthis") states an event, not a role.
  bool event = false;
};

// What the article has told us so far: its date and home country, the persons
// named and their roles, the last subjects (for pronouns).
struct ArticleContext {
  std::string date;
  std::string home_country;  // ISO id of the country the article is about
  std::string sentence_country;  // the last country named in the current sentence
  // The country of the coup the article reports ("seized power in Niger"):
  // a bare "the junta" or "the army" is its military, wherever the dateline.
  std::string coup_country;
  // The country a sentence opening "In Yerevan," set the scene in: police,
  // protesters and the opposition named alone in it and the next sentence are its.
  std::string scene_country;
  int scene_age = 0;  // sentences read since the scene was set
  struct Person {
    ActorRef actor;
    std::vector<std::string> tokens;  // name tokens
    std::vector<std::string> roles;
  };
  std::vector<Person> persons;
  // Organisations named so far, by collective head noun ("alliance", "group"),
  // most recent last: "the alliance" refers back to them.
  std::vector<std::pair<std::string, ActorRef>> org_heads;
  // Organisations the dictionaries do not know, by the name and the acronym
  // the article gave them ("Ceasefire Violations Committee", "CFVC").
  std::vector<std::pair<std::string, ActorRef>> named_orgs;
  std::vector<std::pair<std::string, std::string>> person_countries;  // person id -> country served
  std::vector<ActorRef> recent_persons;  // persons named, most recent last
  std::optional<ActorRef> last_person;
  std::optional<ActorRef> last_actor;  // last non-person subject
};

class MentionFinder {
 public:
  explicit MentionFinder(const ActorKnowledge& knowledge) : knowledge_(knowledge) {}

  // The country the article is mostly about: a capital or country in the
  // dateline, else the country named most often in its lead (first twelve
  // sentences). Empty when none.
  std::string HomeCountry(const std::vector<Sentence>& sentences) const;

  // Mentions of `sentence` in order, non-overlapping. Persons named are added
  // to `context`; roles stated are appended to `affiliations`.
  std::vector<Mention> Find(const Sentence& sentence, size_t sentence_index, ArticleContext* context,
                            std::vector<Affiliation>* affiliations) const;

 private:
  struct Match;
  struct SentenceState;
  // The mentions of one sentence, left to right (sentence_mentions.cc).
  std::vector<Mention> ReadSentence(const std::vector<Token>& t, size_t sentence_index, ArticleContext* ctx,
                                    std::vector<Affiliation>* affiliations) const;
  // A mention by reference at t[i]: a pronoun, "both men" (which adds the
  // pair's first to `mentions`), "its warplanes", "its officials".
  bool MatchReference(const std::vector<Token>& t, size_t i, const SentenceState& state, ArticleContext* ctx,
                      std::vector<Mention>* mentions, Match* m) const;
  // A mention by name at t[i]: the first of the Match rules that matches.
  bool MatchName(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const;
  // "the US-led war": the leader of a "-led" compound before an event noun.
  bool MatchCompoundLeader(const std::vector<Token>& t, size_t i, const SentenceState& state, Match* m) const;
  // The roles stated beside `mention`, the mentions `before` it read: ", the
  // bloc's chairman", "the pilot, Name", "led by Name", "Orban's Fidesz party".
  void RolesStatedWith(const std::vector<Token>& t, const Mention& mention, const std::vector<Mention>& before,
                       ArticleContext* ctx, std::vector<Affiliation>* roles) const;
  // What `mention` tells the rest of the sentence and the article: who acts,
  // the organisation a "-backed" compound qualifies, the sentence's country.
  void NoteMention(const Mention& mention, size_t sentence_index, SentenceState* state, ArticleContext* ctx,
                   std::vector<Affiliation>* affiliations) const;
  // Whether the sentence opens with a dateline: an all-capital place at a
  // paragraph's start before punctuation ("ISLAMABAD:", "GOMA, Jan 28 -"),
  // not an organisation's acronym ("NATO, the alliance ...").
  bool OpensWithDateline(const std::vector<Token>& t) const;
  // The state a name at t[k] names (its own id, or the country of a state
  // body), with the name's length in `length`; empty when none.
  std::string StateAt(const std::vector<Token>& t, size_t k, size_t* length = nullptr) const;
  // The country of a sentence opening "In Yerevan," / "In Kenya,", or empty.
  std::string SceneCountry(const std::vector<Token>& t) const;
  // The country a coup of sentence `t` is said to take place in ("seized
  // power in Niger", "the coup in Mali", "Niger's coup"), or empty.
  std::string CoupCountry(const std::vector<Token>& t) const;
  // The one actor `token` alone names, if it names exactly one.
  std::optional<ActorRef> ActorOfToken(const Token& token) const;
  // actor_names().Match, cached for the sentence Find is reading.
  size_t ActorMatch(const std::vector<Token>& t, size_t i, std::vector<int>* values) const;
  // A person by title: "President Joe Biden", "NATO Secretary General Mark
  // Rutte", "Head of the IAEA Rafael Grossi", "Pakistan's envoy, Name,", or
  // a described holder ("the premier", "Qatar's emir"); the role stated
  // becomes the match's affiliation.
  bool MatchTitledPerson(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const;
  struct TitledPhrase;
  // The institution before a title at t[i] and the title itself (with a second title or rank).
  bool ReadTitle(const std::vector<Token>& t, size_t i, ArticleContext* ctx, TitledPhrase* p) const;
  // What the title governs after it: "of the IAEA", "for the Pacific,", "to China".
  void ReadTitleArguments(const std::vector<Token>& t, ArticleContext* ctx, TitledPhrase* p) const;
  // The name after the title, from `*name_begin`: after a comma, honorifics
  // and ranks; [*name_begin, *name_end) is empty when there is none.
  void NameAfterTitle(const std::vector<Token>& t, const TitledPhrase& p, size_t* name_begin, size_t* name_end) const;
  bool MatchNamedTitleHolder(const std::vector<Token>& t, const TitledPhrase& p, size_t name_begin, size_t name_end,
                             ArticleContext* ctx, Match* m) const;
  bool MatchDescribedTitleHolder(const std::vector<Token>& t, const TitledPhrase& p, const ArticleContext& ctx,
                                 Match* m) const;
  // A body or sector phrase t[i, body_end) that ends in a title before a name
  // ("Russian Senator", "Opposition leader"): the institution before the
  // title and where the title starts, if it is so.
  std::optional<std::pair<ActorRef, size_t>> SplitTitleFromBody(const std::vector<Token>& t, size_t i,
                                                                size_t body_end, const ArticleContext& ctx) const;
  bool MatchBody(const std::vector<Token>& t, size_t i, const ArticleContext& ctx, Match* m) const;
  // "Bolsonaro supporters", "Khan's loyalists": the civilians of the person's
  // country who support them; `len` tokens at t[i] name `person` (none when
  // the person follows: "supporters of Bolsonaro").
  bool MatchFollowers(const std::vector<Token>& t, size_t i, size_t len, const ActorRef& person, Match* m) const;
  bool MatchActor(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const;
  // One of the actors a name matched (`values`, dictionary indexes): the only
  // one, a state, else the one of the country the sentence or the article is
  // about ("Democratic Party"); -1 when none is preferred.
  int Disambiguate(const std::vector<int>& values, const ArticleContext& ctx) const;
  bool MatchKnownPerson(const std::vector<Token>& t, size_t i, const ArticleContext& ctx, Match* m) const;
  bool MatchDefiniteOrg(const std::vector<Token>& t, size_t i, const ArticleContext& ctx, Match* m) const;
  // An organisation not in the dictionaries, by the shape of its name, or by
  // the name or acronym the article defined for it (unknown_orgs.cc).
  bool MatchUnknownOrg(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const;
  // An unknown organisation whose name opens with a state's demonym or name
  // ("the Libyan National Army"): the whole name, tied to that state.
  bool MatchStateNamedOrg(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const;
  // "its warplanes", "their troops" at t[i]: the sector of `owner`'s state
  // that the noun names, in `m`; the tokens read, or 0.
  size_t OwnSectorLength(const std::vector<Token>& t, size_t i, const ActorRef* owner, Match* m) const;
  // "Indian and Chinese militaries", "Polish, Italian and Lithuanian police":
  // the demonyms conjoined before `sector`, the last of `mentions`, name the
  // same sector of their own states; those mentions are rewritten so.
  void ShareSectorWithConjoinedStates(const std::vector<Token>& t, const Mention& sector,
                                      std::vector<Mention>* mentions) const;
  // "anti-government protesters", "anti-American demonstrators": what the
  // protesters of `protesters` are against (their own state, or the actor
  // named after "anti-"), if the mention says.
  std::optional<ActorRef> ProtestTarget(const std::vector<Token>& t, const Mention& protesters) const;
  // The role in ", [the] [org's] title [of org]" after a name at t[j] == ",";
  // `org` receives the organisation or country named, if any.
  const TitleEntry* RoleAfterComma(const std::vector<Token>& t, size_t j, ArticleContext* ctx,
                                   std::optional<ActorRef>* org) const;
  // "the pilot": the person of the article given that role noun before.
  bool MatchRoleDescription(const std::vector<Token>& t, size_t i, const ArticleContext& ctx, Match* m) const;
  bool MatchAppositivePerson(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const;
  // "[his] Indian counterpart(,) Narendra Modi": the person, who holds the
  // possessor's office in that state.
  bool MatchCounterpart(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const;
  // A person named `name` (tokens [b, e)): the dictionary's, one met before, or new.
  ActorRef ResolvePerson(const std::vector<Token>& t, size_t b, size_t e, ArticleContext* ctx) const;
  ActorRef RoleOrg(const TitleEntry& title, const std::optional<ActorRef>& prefix, const ActorRef& person,
                   const ArticleContext& ctx) const;

  const ActorKnowledge& knowledge_;
};

// "susan-rice" for "Susan Rice".
std::string Slugify(const std::string& name);

}  // namespace geokg
