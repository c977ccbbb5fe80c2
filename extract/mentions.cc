#include "extract/mentions.h"

#include "extract/mention_rules.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "extract/lexicon.h"
#include "extract/phrase_index.h"
#include "extract/syntax/word_forms.h"

namespace geokg {

using mention_rules::IsNameToken;
using mention_rules::IsRank;
using mention_rules::IsStateType;
using mention_rules::JoinText;
using mention_rules::NameEnd;
using mention_rules::SkipHonorifics;


namespace {

// Collective nouns a definite description uses for an organisation named before.
const std::vector<std::string>& CollectiveHeads() {
  static const std::vector<std::string> kHeads = {
      "alliance", "coalition", "bloc", "council", "court", "union", "organisation", "organization", "group",
      "movement", "party", "assembly", "commission", "agency", "committee", "pact", "league", "junta",
      "militia", "body", "grouping", "tribunal", "parliament", "cabinet", "government", "mission", "force"};
  return kHeads;
}

bool IsCollectiveHead(const std::string& w) {
  return std::find(CollectiveHeads().begin(), CollectiveHeads().end(), w) != CollectiveHeads().end();
}

void RememberOrg(const ActorRef& actor, ArticleContext* ctx) {
  if (actor.type != ActorType::kOrganization && actor.type != ActorType::kArmedGroup &&
      actor.type != ActorType::kParty) {
    return;
  }
  std::vector<std::string> heads;
  // Any collective noun of the name: "the court" for the International Court
  // of Justice, "the council" for the Council of Europe; "the alliance" for a
  // treaty organisation or pact.
  for (const std::string* name : {&actor.name, &actor.surface}) {
    for (std::string word : PhraseTokens(*name)) {
      for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (IsCollectiveHead(word)) heads.push_back(word);
      if (word == "treaty" || word == "pact") heads.push_back("alliance");
      if (word == "mission") heads.push_back("force");  // a peacekeeping mission is "the force"
    }
  }
  if (actor.type == ActorType::kArmedGroup) heads.push_back("group");
  if (actor.type == ActorType::kParty) heads.push_back("party");
  if (actor.type == ActorType::kOrganization) {
    heads.push_back("organisation");
    heads.push_back("bloc");  // "the bloc's current chairman"
  }
  for (const auto& head : heads) {
    auto& list = ctx->org_heads;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& e) { return e.first == head; }), list.end());
    list.emplace_back(head, actor);
  }
}

// Length of "both men", "the two leaders", "both leaders" at t[i], else 0.
size_t PairPhraseLength(const std::vector<Token>& t, size_t i) {
  static const std::vector<std::string> kNouns = {"men", "leaders", "women", "presidents", "ministers",
                                                  "premiers", "heads"};
  auto noun_at = [&](size_t k) {
    return k < t.size() && std::find(kNouns.begin(), kNouns.end(), t[k].lower) != kNouns.end();
  };
  if (t[i].lower == "both" && noun_at(i + 1)) return 2;
  if (t[i].lower == "the" && i + 1 < t.size() && t[i + 1].lower == "two" && noun_at(i + 2)) return 3;
  return 0;
}

// "US-led", "Iran-backed": the actor before the hyphen and what it does, or
// an empty predicate.
std::pair<std::string, std::string> SplitCompound(const std::string& token) {
  static const std::vector<std::pair<std::string, std::string>> kSuffixes = {
      {"-led", "lead"}, {"-backed", "back"}, {"-sponsored", "back"}, {"-supported", "back"},
      {"-funded", "back"}, {"-brokered", "mediate"}, {"-allied", "ally"}, {"-aligned", "ally"},
      {"-armed", "arm"}, {"-recognised", "recognize"}, {"-recognized", "recognize"}};
  for (const auto& [suffix, predicate] : kSuffixes) {
    if (token.size() > suffix.size() + 1 && token.compare(token.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return {token.substr(0, token.size() - suffix.size()), predicate};
    }
  }
  return {"", ""};
}

// Actor-name matches of the sentence being read, computed once per token:
// the Match* rules ask for the same positions several times.
struct ActorMatchCache {
  const std::vector<Token>* sentence = nullptr;
  std::vector<int32_t> length;  // -1: not computed yet
  std::vector<std::vector<int>> values;
};
thread_local ActorMatchCache actor_cache;

}  // namespace

std::optional<ActorRef> MentionFinder::ActorOfToken(const Token& token) const {
  std::vector<int> values;
  if (knowledge_.actor_names().Match({token}, 0, &values) == 1 && values.size() == 1) return knowledge_.Ref(values[0]);
  return std::nullopt;
}

size_t MentionFinder::ActorMatch(const std::vector<Token>& t, size_t i, std::vector<int>* values) const {
  if (actor_cache.sentence != &t || i >= actor_cache.length.size()) return knowledge_.actor_names().Match(t, i, values);
  if (actor_cache.length[i] < 0) {
    actor_cache.length[i] = static_cast<int32_t>(knowledge_.actor_names().Match(t, i, &actor_cache.values[i]));
  }
  *values = actor_cache.values[i];
  return static_cast<size_t>(actor_cache.length[i]);
}

std::string Slugify(const std::string& name) {
  std::string slug;
  for (unsigned char c : name) {
    if (std::isalnum(c)) slug += static_cast<char>(std::tolower(c));
    else if (c >= 0x80) slug += static_cast<char>(c);
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

bool MentionFinder::OpensWithDateline(const std::vector<Token>& t) const {
  if (t.size() < 2 || !t[0].paragraph_start || t[0].text.size() < 3 || t[1].word ||
      !std::all_of(t[0].text.begin(), t[0].text.end(), [](unsigned char c) { return !std::islower(c); })) {
    return false;
  }
  // "NATO, the alliance..." / "ASEAN, whose members...": an organisation's
  // acronym opens the sentence; a dateline names a place.
  std::vector<int> values;
  if (knowledge_.actor_names().Match(t, 0, &values) == 1) {
    for (int v : values) {
      if (!IsStateType(knowledge_.Ref(v).type)) return false;
    }
  }
  return true;
}

std::string MentionFinder::HomeCountry(const std::vector<Sentence>& sentences) const {
  std::map<std::string, int> counts;
  std::vector<int> values;
  std::string first;
  // The lead (the first sentences) says what an article is about.
  for (size_t s = 0; s < sentences.size() && s < 12; ++s) {
    const auto& t = sentences[s].tokens;
    // Dateline: "ISLAMABAD:" or "MOSCOW, July 17 (Wire) -" at a paragraph start.
    if (s < 4 && OpensWithDateline(t)) {
      std::string cap = t[0].lower;
      cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
      Token probe = t[0];
      probe.text = cap;
      if (const auto ref = ActorOfToken(probe); ref && IsStateType(ref->type)) return ref->id;
    }
    for (size_t i = 0; i < t.size();) {
      size_t len = ActorMatch(t, i, &values);
      if (len && values.size() == 1) {
        ActorRef ref = knowledge_.Ref(values[0]);
        std::string country = IsStateType(ref.type) ? ref.id : ref.country;
        if (!country.empty() && knowledge_.dictionary().ActorById(country)) {
          counts[country] += IsStateType(ref.type) ? 2 : 1;
          if (first.empty()) first = country;
        }
      }
      i += len ? len : 1;
    }
  }
  std::string best = first;
  for (const auto& [id, n] : counts) {
    if (n > counts[best]) best = id;
  }
  return best;
}

namespace {

// Whether a word can only be a tensed verb ("severed", "warns"), never a noun
// a name could modify ("Saudi Arabia severed ties", not "Russia sanctions").
bool IsTensedVerbOnly(const std::string& lower) {
  bool tensed = false;
  for (const syntax::FormReading& r : syntax::ReadingsOf(lower)) {
    if (r.open_class == syntax::kNounBit) return false;
    tensed = tensed || r.inflection == syntax::Inflection::kPast || r.inflection == syntax::Inflection::kPastOrParticiple ||
             r.inflection == syntax::Inflection::kThirdPerson;
  }
  return tensed;
}

// Whether the pronoun at i is an object: after a word, before a preposition,
// "to" or punctuation ("accusing it of", "urged it to", "backing it.").
bool IsObjectPosition(const std::vector<Token>& t, size_t i) {
  if (i == 0 || !t[i - 1].word || i + 1 >= t.size()) return false;
  const std::string& before = t[i - 1].lower;
  if (before == "and" || before == "but" || before == "that" || before == "said" || IsSubordinator(before)) return false;
  const Token& next = t[i + 1];
  return !next.word || IsPreposition(next.lower);
}

}  // namespace

size_t MentionFinder::OwnSectorLength(const std::vector<Token>& t, size_t i, const ActorRef* owner, Match* m) const {
  if (!owner || !IsStateType(owner->type) || (t[i].lower != "its" && t[i].lower != "their") || i + 1 >= t.size()) {
    return 0;
  }
  std::vector<int> values;
  const size_t head = knowledge_.body_heads().Match(t, i + 1, &values);
  if (!head) return 0;
  const BodyTemplate& body = knowledge_.dictionary().bodies()[static_cast<size_t>(values[0])];
  if (body.type != ActorType::kSector || body.suffix == kGovernmentSector) return 0;
  // Only as a clause's subject ("its warplanes had struck"): "withdraw its
  // troops from Lebanon" is the state's act, its troops the theme.
  const size_t after = i + 1 + head;
  if (after + 1 >= t.size() ||
      !(IsAuxiliary(t[after].lower) || IsModal(t[after].lower) || IsTensedVerbOnly(t[after].lower)) ||
      t[after + 1].lower == "by") {
    return 0;  // ("its nationals suspected by the West": a reduced relative)
  }
  const std::string country = owner->type == ActorType::kCountry ? owner->id : owner->country;
  if (country.empty()) return 0;
  m->mention = Mention{i, i + 1 + head, knowledge_.Body(body, country), false, true, false};
  return 1 + head;
}

int MentionFinder::Disambiguate(const std::vector<int>& values, const ArticleContext& ctx) const {
  if (values.size() == 1) return values[0];
  auto chosen = std::find_if(values.begin(), values.end(), [&](int v) { return IsStateType(knowledge_.Ref(v).type); });
  for (const std::string* country : {&ctx.sentence_country, &ctx.home_country}) {
    if (chosen != values.end() || country->empty()) continue;
    chosen = std::find_if(values.begin(), values.end(), [&](int v) { return knowledge_.Ref(v).country == *country; });
  }
  return chosen == values.end() ? -1 : *chosen;
}

bool MentionFinder::MatchActor(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  std::vector<int> values;
  size_t len = ActorMatch(t, i, &values);
  if (!len) return false;
  if (values.size() > 1) {
    const int chosen = Disambiguate(values, *ctx);
    if (chosen < 0) return false;
    values = {chosen};
  }
  ActorRef ref = knowledge_.Ref(values[0]);
  size_t end = i + len;
  // "the West" is an actor; "West Africa", "West Bank", "West Darfur" are places.
  if (len == 1 && end < t.size() && t[end].capitalized && t[end].word &&
      (t[i].lower == "west" || t[i].lower == "east" || t[i].lower == "north" || t[i].lower == "south")) {
    return false;
  }
  // A hyphenated compound names the actor only when it is the prefix: "US-led".
  // A verb after the name makes it the clause's subject ("India said it"), not a modifier.
  bool adjective = end < t.size() && t[end].word && !t[end].capitalized && IsStateType(ref.type) &&
                   t[i + len - 1].text != "'s" && !IsClauseVerb(t[end].lower) && !IsAuxiliary(t[end].lower) &&
                   !IsModal(t[end].lower) && !IsTensedVerbOnly(t[end].lower);
  if (adjective && IsPersonNoun(t[end].lower)) return false;  // "Indian pilot", "Pakistani journalists"
  if (ref.type == ActorType::kPerson) {
    bool known = false;
    for (const auto& p : ctx->persons) known = known || p.actor.id == ref.id;
    if (!known) {
      ArticleContext::Person record{ref, {}, {}};
      for (size_t k = i; k < end; ++k) record.tokens.push_back(t[k].text);
      for (const auto& token : PhraseTokens(ref.name)) record.tokens.push_back(token);
      ctx->persons.push_back(std::move(record));
    }
  }
  m->mention = Mention{i, end, ref, false, false, adjective};
  m->length = len;
  return true;
}

bool MentionFinder::MatchDefiniteOrg(const std::vector<Token>& t, size_t i, const ArticleContext& ctx,
                                     Match* m) const {
  const std::string& det = t[i].lower;
  if (det != "the" && det != "this" && det != "that" && det != "its" && det != "their") return false;
  // Up to two lower-case modifiers: "the proposed alliance", "the militant group".
  for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
    if (!t[k].word || t[k].capitalized) return false;
    for (auto it = ctx.org_heads.rbegin(); it != ctx.org_heads.rend(); ++it) {
      if (it->first == t[k].lower || Pluralize(it->first) == t[k].lower) {
        if (k + 1 < t.size() && t[k + 1].capitalized && t[k + 1].word) return false;  // "the group Hamas"
        m->mention = Mention{i, k + 1, it->second, false, false, false};
        m->mention.actor.surface.clear();
        m->length = k + 1 - i;
        return true;
      }
    }
    if (IsPreposition(t[k].lower) || IsDeterminer(t[k].lower)) return false;
  }
  return false;
}

std::vector<Mention> MentionFinder::Find(const Sentence& sentence, size_t sentence_index, ArticleContext* ctx,
                                         std::vector<Affiliation>* affiliations) const {
  const auto& t = sentence.tokens;
  actor_cache.sentence = &t;
  actor_cache.length.assign(t.size(), -1);
  actor_cache.values.resize(t.size());
  std::vector<Mention> mentions;
  size_t i = 0;
  // Dateline: "ISLAMABAD:" / "MOSCOW, July 17 (Reuters) -" names a place, not an actor.
  if (OpensWithDateline(t)) i = 1;
  if (std::string coup = CoupCountry(t); !coup.empty()) ctx->coup_country = coup;
  if (std::string scene = SceneCountry(t); !scene.empty()) {
    ctx->scene_country = scene;
    ctx->scene_age = 0;
  } else if (++ctx->scene_age > 1) {
    ctx->scene_country.clear();
  }
  std::optional<ActorRef> sentence_person;
  std::optional<ActorRef> first_sentence_person;
  std::optional<ActorRef> sentence_actor;  // the first non-person actor named in the sentence
  // The last non-person actor named in the sentence other than the first (the
  // clause's subject, as a rule).
  auto latest_other_actor = [](const std::vector<Mention>& named) -> const ActorRef* {
    auto is_actor = [](const Mention& m) { return m.actor.type != ActorType::kPerson && !m.pronoun; };
    auto first = std::find_if(named.begin(), named.end(), is_actor);
    for (auto it = named.rbegin(); it != named.rend(); ++it) {
      if (is_actor(*it) && first != named.end() && it->actor.id != first->actor.id) return &it->actor;
    }
    return nullptr;
  };
  // The last non-person actor named in the sentence so far.
  auto latest_actor = [](const std::vector<Mention>& named) -> const ActorRef* {
    for (auto it = named.rbegin(); it != named.rend(); ++it) {
      if (it->actor.type != ActorType::kPerson && !it->pronoun) return &it->actor;
    }
    return nullptr;
  };
  ctx->sentence_country.clear();
  std::optional<std::pair<ActorRef, std::string>> compound;  // "Iran-backed" waiting for its object
  size_t compound_at = 0;
  while (i < t.size()) {
    Match m;
    // A compound modifier names an actor and what it does to the next one.
    if (auto [prefix, predicate] = SplitCompound(t[i].text); !predicate.empty()) {
      Token probe = t[i];
      probe.text = prefix;
      if (const auto ref = ActorOfToken(probe)) {
        compound = std::make_pair(*ref, predicate);
        compound_at = i;
      }
    }
    bool found = false;
    bool object_pronoun = (t[i].lower == "him" || (t[i].lower == "her" && (i + 1 >= t.size() || !t[i + 1].word)));
    // An object pronoun is not the clause's subject ("Xi told him"): the latest
    // person named other than the sentence's first.
    std::optional<ActorRef> other_person;
    if (object_pronoun && first_sentence_person) {
      for (auto it = ctx->recent_persons.rbegin(); it != ctx->recent_persons.rend(); ++it) {
        if (it->id != first_sentence_person->id) {
          other_person = *it;
          break;
        }
      }
    }
    if (object_pronoun && other_person) {
      m.mention = Mention{i, i + 1, *other_person, false, true, false};
      m.length = 1;
      found = true;
    } else if ((IsPersonPronoun(t[i].lower) || object_pronoun) && (sentence_person || ctx->last_person)) {
      m.mention = Mention{i, i + 1, sentence_person ? *sentence_person : *ctx->last_person, false, true, false};
      m.length = 1;
      found = true;
    } else if (size_t pair_len = PairPhraseLength(t, i); pair_len && ctx->recent_persons.size() >= 2) {
      // "both men", "the two leaders": the last two persons named, as a pair.
      const auto& recent = ctx->recent_persons;
      mentions.push_back(Mention{i, i + 1, recent[recent.size() - 2], false, true, false});
      m.mention = Mention{i + 1, i + pair_len, recent.back(), false, true, false};
      m.length = pair_len;
      found = true;
    } else if (size_t len = OwnSectorLength(t, i, sentence_actor ? &*sentence_actor
                                                                 : ctx->last_actor ? &*ctx->last_actor : nullptr,
                                            &m)) {
      // "India said its warplanes had struck": the sector, named by the noun,
      // of the state the clause is about.
      m.length = len;
      found = true;
    } else if ((t[i].lower == "its" || t[i].lower == "their") && i + 1 < t.size() && IsOfficialNoun(t[i + 1].lower) &&
               (latest_actor(mentions) || ctx->last_actor)) {
      // "Pakistan said its officials would attend": the officials (or, as a
      // theme, the forces) of the actor named last.
      m.mention = Mention{i, i + 2, latest_actor(mentions) ? *latest_actor(mentions) : *ctx->last_actor, false, true, false};
      m.length = 2;
      found = true;
    } else if (const ActorRef* other = t[i].lower == "it" && IsObjectPosition(t, i) ? latest_other_actor(mentions) : nullptr) {
      // "severed ties with Qatar, accusing it of": an object "it" is not the
      // clause's own subject but the actor named last before it.
      m.mention = Mention{i, i + 1, *other, false, true, false};
      m.length = 1;
      found = true;
    } else if ((t[i].lower == "it" || t[i].lower == "they") && (sentence_actor || ctx->last_actor)) {
      // "Hezbollah said it had fired": the sentence's own actor first.
      m.mention = Mention{i, i + 1, sentence_actor ? *sentence_actor : *ctx->last_actor, false, true, false};
      m.length = 1;
      found = true;
    } else {
      found = MatchDefiniteOrg(t, i, *ctx, &m) || MatchRoleDescription(t, i, *ctx, &m) ||
              MatchCounterpart(t, i, ctx, &m) || MatchTitledPerson(t, i, ctx, &m) ||
              MatchBody(t, i, *ctx, &m) || MatchAppositivePerson(t, i, ctx, &m) || MatchStateNamedOrg(t, i, ctx, &m) ||
              MatchActor(t, i, ctx, &m) ||
              MatchKnownPerson(t, i, *ctx, &m) || MatchUnknownOrg(t, i, ctx, &m);
    }
    if (!found && compound && compound_at == i && compound->second == "lead" && i + 1 < t.size() && t[i + 1].word &&
        !t[i + 1].capitalized) {
      // "the US-led war against Iraq": the leader acts in the event noun after
      // it, as a demonym does ("Iran-backed militias" are not Iran: proxies).
      m.mention = Mention{i, i + 1, compound->first, false, false, true};
      m.length = 1;
      found = true;
    }
    if (!found) {
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
    if (mention.actor.type == ActorType::kPerson && !mention.pronoun && mention.end + 1 < t.size() &&
        t[mention.end].text == ",") {
      // "Bola Tinubu, the bloc's current chairman," / "Mohammad Bagheri, chief of staff of Iran's armed forces,"
      std::optional<ActorRef> org;
      if (const TitleEntry* title = RoleAfterComma(t, mention.end, ctx, &org)) {
        ActorRef target = RoleOrg(*title, org, mention.actor, *ctx);
        if (!target.id.empty() && !IsRank(title->role)) roles.push_back(Affiliation{mention.actor, title->role, target, 0});
      }
    }
    if (mention.actor.type == ActorType::kPerson && !mention.pronoun && mention.begin >= 2 && !mentions.empty() &&
        t[mention.begin - 1].text == "," && IsPersonNoun(t[mention.begin - 2].lower) &&
        mentions.back().end + 1 == mention.begin - 1 && !IsStateType(mentions.back().actor.type) &&
        mentions.back().actor.type != ActorType::kPerson) {
      // "the Indian Air Force pilot, Wing Commander Abhinandan Varthaman": the
      // noun is the person's role in the organisation before it.
      roles.push_back(Affiliation{mention.actor, t[mention.begin - 2].lower, mentions.back().actor, 0});
    }
    if (mention.actor.type == ActorType::kPerson && !mention.pronoun && !mentions.empty()) {
      // "the Sudanese Armed Forces, led by (de facto President) Abdel Fattah
      // al-Burhan,": the person leads the group or body just named.
      size_t by = mention.begin;
      while (by > 0 && by + 2 >= mention.begin && t[by - 1].word && !t[by - 1].capitalized && t[by - 1].lower != "by") --by;
      if (by >= 3 && t[by - 1].lower == "by" && (t[by - 2].lower == "led" || t[by - 2].lower == "headed")) {
        const Mention& group = mentions.back();
        const size_t verb = by - 2;
        const bool next_to = group.end == verb || (group.end + 1 == verb && t[group.end].text == ",");
        if (next_to && !group.pronoun && group.actor.type != ActorType::kPerson && !IsStateType(group.actor.type)) {
          roles.push_back(Affiliation{mention.actor, "leader", group.actor, 0});
        }
      }
    }
    if (!mention.pronoun) {
      if (std::optional<ActorRef> target = ProtestTarget(t, mention); target && target->id != mention.actor.id) {
        affiliations->push_back(Affiliation{mention.actor, "demonstrate", *target, sentence_index, true});
      }
    }
    if (mention.actor.type == ActorType::kParty && !mention.pronoun && !mentions.empty() &&
        mentions.back().actor.type == ActorType::kPerson && !mentions.back().pronoun &&
        mentions.back().end < t.size() && t[mentions.back().end].text == "'s" &&
        mention.begin >= mentions.back().end + 1 && mention.begin <= mentions.back().end + 3) {
      // "Orban's governing Fidesz party": the party a person is said to own is the one they lead.
      bool modifiers_only = true;
      for (size_t k = mentions.back().end + 1; k < mention.begin; ++k) modifiers_only = modifiers_only && t[k].word && !t[k].capitalized;
      if (modifiers_only) roles.push_back(Affiliation{mentions.back().actor, "leader", mention.actor, 0});
    }
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
    if (mention.actor.type == ActorType::kPerson && !first_sentence_person) first_sentence_person = mention.actor;
    if (mention.actor.type != ActorType::kPerson && !mention.pronoun && !mention.adjective && !sentence_actor) {
      sentence_actor = mention.actor;
    }
    if (mention.actor.type == ActorType::kPerson && !mention.pronoun) {
      sentence_person = mention.actor;
      auto& recent = ctx->recent_persons;
      recent.erase(std::remove_if(recent.begin(), recent.end(),
                                  [&](const ActorRef& a) { return a.id == mention.actor.id; }),
                   recent.end());
      recent.push_back(mention.actor);
    }
    if (compound && mention.begin <= compound_at + 2 && mention.actor.id != compound->first.id &&
        mention.actor.type != ActorType::kCountry) {
      // "US-led coalition", "US-backed alliance": a role in the organisation;
      // "Iran-backed Houthis": an event.
      bool event = compound->second != "lead" && mention.actor.type != ActorType::kOrganization;
      Affiliation relation{compound->first, compound->second, mention.actor, sentence_index, event};
      affiliations->push_back(relation);
      compound.reset();
    }
    if (!mention.pronoun) RememberOrg(mention.actor, ctx);
    // "Indian warplanes struck what Foreign Secretary X described": a sector,
    // or a state's body ("the Indian Armed Forces"), names its country as the
    // sentence's as much as a demonym does.
    if (mention.actor.type == ActorType::kCountry) ctx->sentence_country = mention.actor.id;
    if ((mention.actor.type == ActorType::kSector || mention.actor.type == ActorType::kGovernment) &&
        !mention.pronoun && !mention.actor.country.empty()) {
      ctx->sentence_country = mention.actor.country;
    }
    if (!mention.actor.country.empty() && !mention.pronoun) ShareSectorWithConjoinedStates(t, mention, &mentions);
    mentions.push_back(std::move(mention));
    i += std::max<size_t>(m.length, 1);
  }
  actor_cache.sentence = nullptr;
  return mentions;
}

}  // namespace geokg
