#include "extract/entities/mentions.h"

#include "extract/entities/mention_rules.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "extract/text/lexicon.h"
#include "extract/dictionary/phrase_index.h"
#include "extract/syntax/word_forms.h"

namespace geokg {

using mention_rules::IsNameToken;
using mention_rules::IsRank;
using mention_rules::IsStateType;
using mention_rules::JoinText;
using mention_rules::NameEnd;
using mention_rules::RememberedOrg;
using mention_rules::SkipHonorifics;


namespace {

// Collective nouns a definite description uses for an organisation named before.
const std::vector<std::string>& CollectiveHeads() {
  static const std::vector<std::string> kHeads = {
      "alliance", "coalition", "bloc", "council", "court", "union", "organisation", "organization", "group",
      "movement", "party", "assembly", "commission", "agency", "committee", "pact", "league", "junta",
      "militia", "body", "grouping", "tribunal", "parliament", "cabinet", "government", "mission", "force",
      "ministry", "embassy", "department"};
  return kHeads;
}

bool IsCollectiveHead(const std::string& w) {
  return std::find(CollectiveHeads().begin(), CollectiveHeads().end(), w) != CollectiveHeads().end();
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

void mention_rules::RememberOrg(const ActorRef& actor, ArticleContext* ctx) {
  if (actor.type != ActorType::kOrganization && actor.type != ActorType::kArmedGroup &&
      actor.type != ActorType::kParty && actor.type != ActorType::kGovernment) {
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
  // A state's body is "the ministry" or "the embassy", never "the force"
  // (the armed forces of the state are its sector).
  if (actor.type == ActorType::kGovernment) {
    heads.erase(std::remove_if(heads.begin(), heads.end(),
                               [](const std::string& h) { return h != "ministry" && h != "embassy" && h != "department"; }),
                heads.end());
  }
  for (const auto& head : heads) {
    auto& list = ctx->org_heads;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& e) { return e.first == head; }), list.end());
    list.emplace_back(head, actor);
  }
}

// Length of "both men", "the two leaders", "both leaders" at t[i], else 0.
size_t mention_rules::PairPhraseLength(const std::vector<Token>& t, size_t i) {
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
std::pair<std::string, std::string> mention_rules::SplitCompound(const std::string& token) {
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

// Whether the pronoun at i is an object: after a word, before a preposition,
// "to" or punctuation ("accusing it of", "urged it to", "backing it.").
bool mention_rules::IsObjectPosition(const std::vector<Token>& t, size_t i) {
  if (i == 0 || !t[i - 1].word || i + 1 >= t.size()) return false;
  const std::string& before = t[i - 1].lower;
  if (before == "and" || before == "but" || before == "that" || before == "said" || IsSubordinator(before)) return false;
  const Token& next = t[i + 1];
  return !next.word || IsPreposition(next.lower);
}

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

const ActorRef* mention_rules::RememberedOrg(const std::string& lower, const ArticleContext& ctx) {
  for (auto it = ctx.org_heads.rbegin(); it != ctx.org_heads.rend(); ++it) {
    if (it->first == lower || Pluralize(it->first) == lower) return &it->second;
  }
  return nullptr;
}

bool MentionFinder::MatchDefiniteOrg(const std::vector<Token>& t, size_t i, const ArticleContext& ctx,
                                     Match* m) const {
  const std::string& det = t[i].lower;
  if (det != "the" && det != "this" && det != "that" && det != "its" && det != "their") return false;
  // Up to two lower-case modifiers: "the proposed alliance", "the militant group".
  for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
    if (!t[k].word || t[k].capitalized) return false;
    if (const ActorRef* org = RememberedOrg(t[k].lower, ctx)) {
      if (k + 1 < t.size() && t[k + 1].capitalized && t[k + 1].word) return false;  // "the group Hamas"
      m->mention = Mention{i, k + 1, *org, false, false, false};
      m->mention.actor.surface.clear();
      m->length = k + 1 - i;
      return true;
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
  std::vector<Mention> mentions = ReadSentence(t, sentence_index, ctx, affiliations);
  actor_cache.sentence = nullptr;
  return mentions;
}

}  // namespace geokg
