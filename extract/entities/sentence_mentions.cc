// MentionFinder::ReadSentence: a sentence's mentions read left to right —
// by reference (pronouns, "both men", "its warplanes") or by name (the Match
// rules) — with the roles stated beside them and what the sentence says of
// who acts, which its pronouns read.
#include <algorithm>

#include "extract/entities/mention_rules.h"
#include "extract/entities/mentions.h"
#include "extract/text/lexicon.h"

namespace geokg {

using mention_rules::IsRank;
using mention_rules::IsStateType;
using mention_rules::JoinText;

struct MentionFinder::SentenceState {
  std::optional<ActorRef> person;        // the person named last
  std::optional<ActorRef> first_person;  // the first person named
  std::optional<ActorRef> actor;         // the first non-person actor named
  std::optional<std::pair<ActorRef, std::string>> compound;  // "Iran-backed" waiting for its object
  size_t compound_at = 0;
};

namespace {

// The last non-person actor named in the sentence other than the first (the
// clause's subject, as a rule).
const ActorRef* LatestOtherActor(const std::vector<Mention>& named) {
  auto is_actor = [](const Mention& m) { return m.actor.type != ActorType::kPerson && !m.pronoun; };
  auto first = std::find_if(named.begin(), named.end(), is_actor);
  for (auto it = named.rbegin(); it != named.rend(); ++it) {
    if (is_actor(*it) && first != named.end() && it->actor.id != first->actor.id) return &it->actor;
  }
  return nullptr;
}

// The last non-person actor named in the sentence so far.
const ActorRef* LatestActor(const std::vector<Mention>& named) {
  for (auto it = named.rbegin(); it != named.rend(); ++it) {
    if (it->actor.type != ActorType::kPerson && !it->pronoun) return &it->actor;
  }
  return nullptr;
}

// Adds the persons' `roles` stated in sentence `sentence_index` to the
// article's persons and to `affiliations`.
void RecordRoles(std::vector<Affiliation> roles, size_t sentence_index, ArticleContext* ctx,
                 std::vector<Affiliation>* affiliations) {
  for (auto& role : roles) {
    role.sentence = sentence_index;
    auto person = std::find_if(ctx->persons.begin(), ctx->persons.end(),
                               [&](const ArticleContext::Person& p) { return p.actor.id == role.person.id; });
    if (person == ctx->persons.end()) {
      ctx->persons.push_back(ArticleContext::Person{role.person, PhraseTokens(role.person.name), {}});
      person = ctx->persons.end() - 1;
    }
    if (std::find(person->roles.begin(), person->roles.end(), role.role) == person->roles.end()) {
      person->roles.push_back(role.role);
    }
    affiliations->push_back(role);
  }
}

}  // namespace

std::vector<Mention> MentionFinder::ReadSentence(const std::vector<Token>& t, size_t sentence_index,
                                                 ArticleContext* ctx, std::vector<Affiliation>* affiliations) const {
  std::vector<Mention> mentions;
  // Dateline: "ISLAMABAD:" / "MOSCOW, July 17 (Reuters) -" names a place, not an actor.
  size_t i = OpensWithDateline(t) ? 1 : 0;
  if (std::string coup = CoupCountry(t); !coup.empty()) ctx->coup_country = coup;
  if (std::string scene = SceneCountry(t); !scene.empty()) {
    ctx->scene_country = scene;
    ctx->scene_age = 0;
  } else if (++ctx->scene_age > 1) {
    ctx->scene_country.clear();
  }
  ctx->sentence_country.clear();
  SentenceState state;
  while (i < t.size()) {
    // A compound modifier names an actor and what it does to the next one.
    if (auto [prefix, predicate] = mention_rules::SplitCompound(t[i].text); !predicate.empty()) {
      Token probe = t[i];
      probe.text = prefix;
      if (const auto ref = ActorOfToken(probe)) {
        state.compound = std::make_pair(*ref, predicate);
        state.compound_at = i;
      }
    }
    Match m;
    if (!MatchReference(t, i, state, ctx, &mentions, &m) && !MatchName(t, i, ctx, &m) &&
        !MatchCompoundLeader(t, i, state, &m)) {
      ++i;
      continue;
    }
    Mention mention = m.mention;
    if (IsStateType(mention.actor.type) && !mention.pronoun && mention.begin > 0 && t[mention.begin - 1].lower == "ethnic") {
      // "ethnic Albanians", "ethnic Russians": a people by descent, wherever
      // they live, not the state of that name.
      i += std::max<size_t>(m.length, 1);
      continue;
    }
    if (mention.actor.surface.empty()) mention.actor.surface = JoinText(t, mention.begin, mention.end);
    if (!mention.pronoun && mention.actor.type != ActorType::kPerson && mention.end + 2 < t.size() &&
        t[mention.end].text == "(" && t[mention.end + 2].text == ")" && mention_rules::IsAcronym(t[mention.end + 1])) {
      // "the Ceasefire Violations Committee (CFVC)": the acronym names the
      // actor from now on, and the parenthesis belongs to the mention.
      ctx->named_orgs.emplace_back(t[mention.end + 1].text, mention.actor);
      mention.end += 3;
      m.length = mention.end - mention.begin;
    }
    mention.possessive = mention.end < t.size() && t[mention.end].text == "'s";
    std::vector<Affiliation> roles;
    if (m.affiliation) roles.push_back(*m.affiliation);
    RolesStatedWith(t, mention, mentions, ctx, &roles);
    if (!mention.pronoun) {
      if (std::optional<ActorRef> target = ProtestTarget(t, mention); target && target->id != mention.actor.id) {
        affiliations->push_back(Affiliation{mention.actor, "demonstrate", *target, sentence_index, true});
      }
    }
    RecordRoles(std::move(roles), sentence_index, ctx, affiliations);
    NoteMention(mention, sentence_index, &state, ctx, affiliations);
    if (!mention.actor.country.empty() && !mention.pronoun) ShareSectorWithConjoinedStates(t, mention, &mentions);
    mentions.push_back(std::move(mention));
    i += std::max<size_t>(m.length, 1);
  }
  return mentions;
}

bool MentionFinder::MatchReference(const std::vector<Token>& t, size_t i, const SentenceState& state,
                                   ArticleContext* ctx, std::vector<Mention>* mentions, Match* m) const {
  auto take = [&](size_t end, const ActorRef& actor) {
    m->mention = Mention{i, end, actor, false, true, false};
    m->length = end - i;
    return true;
  };
  const bool object_pronoun = (t[i].lower == "him" || (t[i].lower == "her" && (i + 1 >= t.size() || !t[i + 1].word)));
  // An object pronoun is not the clause's subject ("Xi told him"): the latest
  // person named other than the sentence's first.
  if (object_pronoun && state.first_person) {
    for (auto it = ctx->recent_persons.rbegin(); it != ctx->recent_persons.rend(); ++it) {
      if (it->id != state.first_person->id) return take(i + 1, *it);
    }
  }
  if ((IsPersonPronoun(t[i].lower) || object_pronoun) && (state.person || ctx->last_person)) {
    return take(i + 1, state.person ? *state.person : *ctx->last_person);
  }
  if (size_t pair_len = mention_rules::PairPhraseLength(t, i); pair_len && ctx->recent_persons.size() >= 2) {
    // "both men", "the two leaders": the last two persons named, as a pair.
    const auto& recent = ctx->recent_persons;
    mentions->push_back(Mention{i, i + 1, recent[recent.size() - 2], false, true, false});
    m->mention = Mention{i + 1, i + pair_len, recent.back(), false, true, false};
    m->length = pair_len;
    return true;
  }
  // "India said its warplanes had struck": the sector, named by the noun,
  // of the state the clause is about.
  const ActorRef* owner = state.actor ? &*state.actor : ctx->last_actor ? &*ctx->last_actor : nullptr;
  if (size_t len = OwnSectorLength(t, i, owner, m)) {
    m->length = len;
    return true;
  }
  if ((t[i].lower == "its" || t[i].lower == "their") && i + 1 < t.size() && IsTerritoryNoun(t[i + 1].lower) &&
      !(i + 2 < t.size() && t[i + 2].lower == "with")) {
    // "Greece accused Turkey of violating its airspace": the territory is
    // the state the sentence names first, whoever acts on it ("its border
    // with Belarus" is about Belarus).
    auto first_state = std::find_if(mentions->begin(), mentions->end(),
                                    [](const Mention& n) { return !n.pronoun && IsStateType(n.actor.type); });
    if (first_state != mentions->end()) return take(i + 1, first_state->actor);
  }
  if ((t[i].lower == "its" || t[i].lower == "their") && i + 1 < t.size() && IsOfficialNoun(t[i + 1].lower)) {
    // "Pakistan said its officials would attend": the officials (or, as a
    // theme, the forces) of the actor named last.
    const ActorRef* latest = LatestActor(*mentions);
    if (latest || ctx->last_actor) return take(i + 2, latest ? *latest : *ctx->last_actor);
  }
  if (const ActorRef* other = t[i].lower == "it" && mention_rules::IsObjectPosition(t, i) ? LatestOtherActor(*mentions)
                                                                                          : nullptr) {
    // "severed ties with Qatar, accusing it of": an object "it" is not the
    // clause's own subject but the actor named last before it.
    return take(i + 1, *other);
  }
  if ((t[i].lower == "it" || t[i].lower == "they") && (state.actor || ctx->last_actor)) {
    // "Hezbollah said it had fired": the sentence's own actor first.
    return take(i + 1, state.actor ? *state.actor : *ctx->last_actor);
  }
  return false;
}

bool MentionFinder::MatchName(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  return MatchDefiniteOrg(t, i, *ctx, m) || MatchRoleDescription(t, i, *ctx, m) || MatchCounterpart(t, i, ctx, m) ||
         MatchTitledPerson(t, i, ctx, m) || MatchBody(t, i, *ctx, m) || MatchAppositivePerson(t, i, ctx, m) ||
         MatchStateNamedOrg(t, i, ctx, m) || MatchActor(t, i, ctx, m) || MatchKnownPerson(t, i, *ctx, m) ||
         MatchUnknownOrg(t, i, ctx, m);
}

bool MentionFinder::MatchCompoundLeader(const std::vector<Token>& t, size_t i, const SentenceState& state,
                                        Match* m) const {
  // "the US-led war against Iraq": the leader acts in the event noun after
  // it, as a demonym does ("Iran-backed militias" are not Iran: proxies).
  if (!state.compound || state.compound_at != i || state.compound->second != "lead" || i + 1 >= t.size() ||
      !t[i + 1].word || t[i + 1].capitalized) {
    return false;
  }
  m->mention = Mention{i, i + 1, state.compound->first, false, false, true};
  m->length = 1;
  return true;
}

void MentionFinder::RolesStatedWith(const std::vector<Token>& t, const Mention& mention,
                                    const std::vector<Mention>& before, ArticleContext* ctx,
                                    std::vector<Affiliation>* roles) const {
  if (mention.pronoun) return;
  const bool person = mention.actor.type == ActorType::kPerson;
  if (person && mention.end + 1 < t.size() && t[mention.end].text == ",") {
    // "Bola Tinubu, the bloc's current chairman," / "Mohammad Bagheri, chief of staff of Iran's armed forces,"
    std::optional<ActorRef> org;
    if (const TitleEntry* title = RoleAfterComma(t, mention.end, ctx, &org)) {
      ActorRef target = RoleOrg(*title, org, mention.actor, *ctx);
      if (!target.id.empty() && !IsRank(title->role)) roles->push_back(Affiliation{mention.actor, title->role, target, 0});
    }
  }
  if (before.empty()) return;
  const Mention& last = before.back();
  if (person && mention.begin >= 2 && t[mention.begin - 1].text == "," && IsPersonNoun(t[mention.begin - 2].lower) &&
      last.end + 1 == mention.begin - 1 && !IsStateType(last.actor.type) && last.actor.type != ActorType::kPerson) {
    // "the Indian Air Force pilot, Wing Commander Abhinandan Varthaman": the
    // noun is the person's role in the organisation before it.
    roles->push_back(Affiliation{mention.actor, t[mention.begin - 2].lower, last.actor, 0});
  }
  if (person) {
    // "the Sudanese Armed Forces, led by (de facto President) Abdel Fattah
    // al-Burhan,": the person leads the group or body just named.
    size_t by = mention.begin;
    while (by > 0 && by + 2 >= mention.begin && t[by - 1].word && !t[by - 1].capitalized && t[by - 1].lower != "by") --by;
    if (by >= 3 && t[by - 1].lower == "by" && (t[by - 2].lower == "led" || t[by - 2].lower == "headed")) {
      const size_t verb = by - 2;
      const bool next_to = last.end == verb || (last.end + 1 == verb && t[last.end].text == ",");
      if (next_to && !last.pronoun && last.actor.type != ActorType::kPerson && !IsStateType(last.actor.type)) {
        roles->push_back(Affiliation{mention.actor, "leader", last.actor, 0});
      }
    }
  }
  if (mention.actor.type == ActorType::kParty && last.actor.type == ActorType::kPerson && !last.pronoun &&
      last.end < t.size() && t[last.end].text == "'s" && mention.begin >= last.end + 1 &&
      mention.begin <= last.end + 3) {
    // "Orban's governing Fidesz party": the party a person is said to own is the one they lead.
    bool modifiers_only = true;
    for (size_t k = last.end + 1; k < mention.begin; ++k) modifiers_only = modifiers_only && t[k].word && !t[k].capitalized;
    if (modifiers_only) roles->push_back(Affiliation{last.actor, "leader", mention.actor, 0});
  }
}

void MentionFinder::NoteMention(const Mention& mention, size_t sentence_index, SentenceState* state,
                                ArticleContext* ctx, std::vector<Affiliation>* affiliations) const {
  if (mention.actor.type == ActorType::kPerson && !state->first_person) state->first_person = mention.actor;
  if (mention.actor.type != ActorType::kPerson && !mention.pronoun && !mention.adjective && !state->actor) {
    state->actor = mention.actor;
  }
  if (mention.actor.type == ActorType::kPerson && !mention.pronoun) {
    state->person = mention.actor;
    auto& recent = ctx->recent_persons;
    recent.erase(std::remove_if(recent.begin(), recent.end(), [&](const ActorRef& a) { return a.id == mention.actor.id; }),
                 recent.end());
    recent.push_back(mention.actor);
  }
  const auto& compound = state->compound;
  if (compound && mention.begin <= state->compound_at + 2 && mention.actor.id != compound->first.id &&
      mention.actor.type != ActorType::kCountry) {
    // "US-led coalition", "US-backed alliance": a role in the organisation;
    // "Iran-backed Houthis": an event.
    bool event = compound->second != "lead" && mention.actor.type != ActorType::kOrganization;
    affiliations->push_back(Affiliation{compound->first, compound->second, mention.actor, sentence_index, event});
    state->compound.reset();
  }
  if (!mention.pronoun) mention_rules::RememberOrg(mention.actor, ctx);
  // "Indian warplanes struck what Foreign Secretary X described": a sector,
  // or a state's body ("the Indian Armed Forces"), names its country as the
  // sentence's as much as a demonym does.
  if (mention.actor.type == ActorType::kCountry) ctx->sentence_country = mention.actor.id;
  if ((mention.actor.type == ActorType::kSector || mention.actor.type == ActorType::kGovernment) &&
      !mention.pronoun && !mention.actor.country.empty()) {
    ctx->sentence_country = mention.actor.country;
  }
}

}  // namespace geokg
