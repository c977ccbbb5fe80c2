#include "extract/mentions.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_set>

#include "extract/lexicon.h"
#include "extract/phrase_index.h"

namespace geokg {

struct MentionFinder::Match {
  Mention mention;
  size_t length = 0;  // tokens consumed from the start position
  std::optional<Affiliation> affiliation;
};

namespace {

const std::vector<std::string>& NameParticles() {
  static const std::vector<std::string> kParticles = {"bin", "bint", "ibn", "al", "el", "von", "van", "der",
                                                      "de", "da", "du", "la", "le", "di", "dos", "ul"};
  return kParticles;
}

bool IsNameToken(const Token& t) {
  if (!t.word || !t.capitalized) return false;
  if (IsMonthOrDay(t.text)) return false;
  // All-caps words of more than 4 letters are datelines or shouting, not names.
  if (t.text.size() > 4 && std::all_of(t.text.begin(), t.text.end(), [](unsigned char c) {
        return !std::islower(c);
      })) {
    return false;
  }
  static const std::unordered_set<std::string> kNotNames = {"The", "A", "An", "In", "On", "At", "He", "She", "It",
                                                     "They", "We", "I", "But", "And", "This", "That", "His",
                                                     "Her", "Its", "Their", "However", "Meanwhile", "After"};
  return kNotNames.count(t.text) == 0;
}

// End of a personal name starting at tokens[k]: capitalised tokens and name
// particles, at most 5, ending on a capitalised token.
size_t NameEnd(const std::vector<Token>& t, size_t k) {
  size_t end = k, j = k;
  while (j < t.size() && j - k < 5) {
    if (IsNameToken(t[j])) {
      end = ++j;
    } else if (std::find(NameParticles().begin(), NameParticles().end(), t[j].lower) != NameParticles().end() &&
               j + 1 < t.size() && t[j + 1].capitalized) {
      ++j;
    } else if (t[j].text.size() == 2 && t[j].text[1] == '.' && std::isupper(static_cast<unsigned char>(t[j].text[0]))) {
      ++j;  // middle initial "J."
    } else {
      break;
    }
  }
  return end;
}

// Skips honorifics before a name ("Dr Arif Alvi" -> "Arif Alvi").
size_t SkipHonorifics(const std::vector<Token>& t, size_t k) {
  while (k + 1 < t.size() && IsHonorific(t[k].text)) {
    ++k;
    if (t[k].text == "." && k + 1 < t.size()) ++k;
  }
  return k;
}

// Military and police ranks: titles that say what a person is, not what they
// hold ("General", "Colonel"), so they give no affiliation of their own.
bool IsRank(const std::string& role) {
  static const std::vector<std::string> kRanks = {
      "general", "lieutenant general", "major general", "brigadier general", "brigadier", "colonel",
      "lieutenant colonel", "major", "captain", "lieutenant", "admiral", "vice admiral", "rear admiral",
      "air marshal", "air chief marshal", "field marshal", "marshal", "sergeant", "commodore", "wing commander",
      "squadron leader", "group captain", "rank"};
  return std::find(kRanks.begin(), kRanks.end(), role) != kRanks.end();
}

// Collective nouns a definite description uses for an organisation named before.
const std::vector<std::string>& CollectiveHeads() {
  static const std::vector<std::string> kHeads = {
      "alliance", "coalition", "bloc", "council", "court", "union", "organisation", "organization", "group",
      "movement", "party", "assembly", "commission", "agency", "committee", "pact", "league", "junta",
      "militia", "body", "grouping", "tribunal", "parliament", "cabinet", "government"};
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
  for (const std::string* name : {&actor.name, &actor.surface}) {
    auto words = PhraseTokens(*name);
    if (words.empty()) continue;
    std::string last = words.back();
    for (auto& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (IsCollectiveHead(last)) heads.push_back(last);
  }
  if (actor.type == ActorType::kArmedGroup) heads.push_back("group");
  if (actor.type == ActorType::kParty) heads.push_back("party");
  if (actor.type == ActorType::kOrganization) heads.push_back("organisation");
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
      {"-funded", "back"}, {"-brokered", "mediate"}, {"-allied", "ally"}};
  for (const auto& [suffix, predicate] : kSuffixes) {
    if (token.size() > suffix.size() + 1 && token.compare(token.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return {token.substr(0, token.size() - suffix.size()), predicate};
    }
  }
  return {"", ""};
}

std::string JoinText(const std::vector<Token>& t, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (i > b && t[i].start != t[i - 1].end) out += ' ';
    out += t[i].text;
  }
  return out;
}

bool IsStateType(ActorType type) { return type == ActorType::kCountry; }

bool StateRoleClass(const std::string& cls) {
  return cls == "head_of_state" || cls == "head_of_government" || cls == "foreign_minister" ||
         cls == "minister" || cls == "military" || cls == "diplomat" || cls == "official";
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

std::string MentionFinder::HomeCountry(const std::vector<Sentence>& sentences) const {
  std::map<std::string, int> counts;
  std::vector<int> values;
  std::string first;
  // The lead (the first sentences) says what an article is about.
  for (size_t s = 0; s < sentences.size() && s < 12; ++s) {
    const auto& t = sentences[s].tokens;
    // Dateline: "ISLAMABAD:" or "MOSCOW, July 17 (Wire) -" at a paragraph start.
    if (s < 4 && !t.empty() && t[0].paragraph_start && t[0].text.size() > 2 &&
        std::all_of(t[0].text.begin(), t[0].text.end(), [](unsigned char c) { return !std::islower(c); })) {
      std::string cap = t[0].lower;
      cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
      std::vector<Token> probe = {t[0]};
      probe[0].text = cap;
      if (knowledge_.actor_names().Match(probe, 0, &values) == 1 && values.size() == 1) {
        ActorRef ref = knowledge_.Ref(values[0]);
        if (IsStateType(ref.type)) return ref.id;
      }
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

ActorRef MentionFinder::ResolvePerson(const std::vector<Token>& t, size_t b, size_t e, ArticleContext* ctx) const {
  std::string name = JoinText(t, b, e);
  std::vector<int> values;
  // The whole name in the dictionary.
  if (ActorMatch(t, b, &values) == e - b && values.size() == 1) {
    ActorRef ref = knowledge_.Ref(values[0]);
    if (ref.type == ActorType::kPerson) return ref;
  }
  // A person met before in the article, by any of the name's tokens.
  std::vector<size_t> hits;
  for (size_t p = 0; p < ctx->persons.size(); ++p) {
    const auto& tokens = ctx->persons[p].tokens;
    bool all = true;
    for (size_t k = b; k < e && all; ++k) {
      all = std::find(tokens.begin(), tokens.end(), t[k].text) != tokens.end();
    }
    if (all) hits.push_back(p);
  }
  if (hits.size() == 1) return ctx->persons[hits[0]].actor;
  if (hits.size() > 1) return ActorRef{};  // ambiguous short form: not guessed
  // A leader in office at the article date whose name has these tokens.
  std::vector<int> leaders = knowledge_.LeadersByToken(t[e - 1].text, ctx->date);
  std::vector<std::string> ids;
  for (int l : leaders) {
    const auto& leader = knowledge_.dictionary().leaders()[static_cast<size_t>(l)];
    auto tokens = PhraseTokens(leader.name);
    bool all = true;
    for (size_t k = b; k < e && all; ++k) all = std::find(tokens.begin(), tokens.end(), t[k].text) != tokens.end();
    if (all && std::find(ids.begin(), ids.end(), leader.id) == ids.end()) ids.push_back(leader.id);
  }
  if (ids.size() == 1) {
    const ActorEntry* entry = knowledge_.dictionary().ActorById(ids[0]);
    if (entry) return ActorRef{entry->id, entry->name, ActorType::kPerson, entry->country, ""};
  }
  if (e - b < 2) return ActorRef{};  // a lone unknown surname is not a person we can name
  ActorRef person{Slugify(name), name, ActorType::kPerson, "", ""};
  ArticleContext::Person record{person, {}, {}};
  for (size_t k = b; k < e; ++k) record.tokens.push_back(t[k].text);
  ctx->persons.push_back(std::move(record));
  return person;
}

ActorRef MentionFinder::RoleOrg(const TitleEntry& title, const std::optional<ActorRef>& prefix,
                                const ActorRef& person, const ArticleContext& ctx) const {
  std::string country;
  if (prefix) {
    if (!IsStateType(prefix->type)) return *prefix;  // "NATO Secretary General", "Foreign Office spokesperson"
    country = prefix->id;
  }
  if (country.empty() && person.type == ActorType::kPerson) {
    std::string org = knowledge_.LeaderOrg(person.id, title.role, ctx.date);
    if (!org.empty()) {
      const ActorEntry* entry = knowledge_.dictionary().ActorById(org);
      if (entry && entry->type != ActorType::kCountry) return ActorRef{entry->id, entry->name, entry->type, entry->country, ""};
      country = org;
    }
  }
  if (country.empty() && !person.country.empty()) country = person.country;
  if (country.empty() && StateRoleClass(title.role_class)) {
    // The state last named in the sentence ("Indian warplanes struck what Foreign
    // Secretary Vijay Gokhale described"), else the article's home country.
    country = ctx.sentence_country.empty() ? ctx.home_country : ctx.sentence_country;
  }
  if (country.empty()) return ActorRef{};
  if (!title.body.empty()) {
    if (const BodyTemplate* body = knowledge_.BodyBySuffix(title.body)) return knowledge_.Body(*body, country);
  }
  const ActorEntry* entry = knowledge_.dictionary().ActorById(country);
  if (!entry) return ActorRef{};
  return ActorRef{entry->id, entry->name, entry->type, entry->country, ""};
}

bool MentionFinder::MatchTitledPerson(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  std::vector<int> values;
  size_t j = i;
  std::optional<ActorRef> prefix;
  // Optional organisation or country before the title: "US", "Pakistan's", "NATO", "Foreign Office".
  Match body_match;
  if (MatchBody(t, i, *ctx, &body_match)) {
    prefix = body_match.mention.actor;
    j = i + body_match.length;
  } else if (size_t len = ActorMatch(t, i, &values); len && values.size() == 1) {
    ActorRef ref = knowledge_.Ref(values[0]);
    if (ref.type != ActorType::kPerson) {
      prefix = ref;
      j = i + len;
    }
  }
  if (prefix && j < t.size() && t[j].text == "'s") ++j;
  bool definite = !prefix && i > 0 && (t[i - 1].lower == "the" || t[i - 1].lower == "its" || t[i - 1].lower == "his");
  size_t title_len = knowledge_.titles().Match(t, j, &values);
  if (!title_len) return false;
  const TitleEntry* title = &knowledge_.dictionary().titles()[static_cast<size_t>(values[0])];
  size_t k = j + title_len;
  // A second title or rank: "army chief General Raheel Sharif".
  std::vector<int> more;
  while (k < t.size() && (knowledge_.titles().Match(t, k, &more) || IsHonorific(t[k].text))) {
    size_t len = std::max<size_t>(knowledge_.titles().Match(t, k, &more), 1);
    k += len;
    if (k < t.size() && t[k].text == ".") ++k;
  }
  // "Speaker of the U.S. House of Representatives Nancy Pelosi": the title's organisation after "of".
  if (!prefix && k + 2 < t.size() && t[k].lower == "of") {
    size_t o = k + 1 + (t[k + 1].lower == "the" ? 1 : 0);
    Match of_body;
    std::vector<int> of_values;
    size_t of_end = 0;
    if (MatchBody(t, o, *ctx, &of_body)) {
      prefix = of_body.mention.actor;
      of_end = o + of_body.length;
    } else if (size_t len = ActorMatch(t, o, &of_values); len && of_values.size() == 1 &&
               knowledge_.Ref(of_values[0]).type != ActorType::kPerson) {
      prefix = knowledge_.Ref(of_values[0]);
      of_end = o + len;
    }
    if (prefix && NameEnd(t, SkipHonorifics(t, of_end)) > SkipHonorifics(t, of_end)) {
      k = of_end;
    } else {
      prefix.reset();
    }
  }
  // "Ambassador to China Nicholas Burns": the host country is not the role's.
  if (k + 2 < t.size() && t[k].lower == "to") {
    std::vector<int> to_values;
    size_t len = ActorMatch(t, k + 1, &to_values);
    if (len && (NameEnd(t, k + 1 + len) > k + 1 + len || (k + 1 + len < t.size() && t[k + 1 + len].text == ","))) {
      k += 1 + len;
    }
  }
  // "Pakistan's acting high commissioner, Syed Haider Shah,": the name after a comma.
  size_t comma_name = 0;
  if ((prefix || definite) && k + 1 < t.size() && t[k].text == ",") {
    size_t start = SkipHonorifics(t, k + 1);
    std::vector<int> rank;
    while (start < t.size() && knowledge_.titles().Match(t, start, &rank)) {
      start += knowledge_.titles().Match(t, start, &rank);  // "Maj. Gen." before the name
      if (start < t.size() && t[start].text == ".") ++start;
      start = SkipHonorifics(t, start);
    }
    size_t end = NameEnd(t, start);
    if (end > start + 1 && (end == t.size() || t[end].text == "," || t[end].text == ".")) comma_name = start;
  }
  if (comma_name) k = comma_name;
  k = SkipHonorifics(t, k);
  size_t name_end = NameEnd(t, k);
  if (name_end > k) {
    // Skip what is only the title of an organisation: "Security Council" after "UN".
    ActorRef person = ResolvePerson(t, k, name_end, ctx);
    if (person.id.empty()) {
      // An ambiguous short form ("Premier Sharif" with two Sharifs) is settled by the title.
      std::vector<const ArticleContext::Person*> hits;
      for (const auto& p : ctx->persons) {
        bool has_name = std::find(p.tokens.begin(), p.tokens.end(), t[name_end - 1].text) != p.tokens.end();
        bool has_role = std::find(p.roles.begin(), p.roles.end(), title->role) != p.roles.end();
        if (has_name && has_role) hits.push_back(&p);
      }
      if (hits.size() != 1) return false;
      person = hits[0]->actor;
    }
    m->mention = Mention{i, name_end, person, false, false, false};
    m->length = name_end - i;
    ActorRef org = RoleOrg(*title, prefix, person, *ctx);
    if (!org.id.empty() && !IsRank(title->role)) m->affiliation = Affiliation{person, title->role, org, 0};
    return true;
  }
  // "the premier", "the army chief", "the Pakistani prime minister": a description.
  if (!(definite || prefix)) return false;
  // "the first U.S. secretary of state": a person of the article in that role;
  // the dictionary's holder of the role only after "the" or a possessive.
  bool anchored = definite || (i > 0 && t[i - 1].lower == "the") || (j > i && t[j - 1].text == "'s");
  for (auto it = ctx->persons.rbegin(); it != ctx->persons.rend(); ++it) {
    if (std::find(it->roles.begin(), it->roles.end(), title->role) != it->roles.end() &&
        (!prefix || !IsStateType(prefix->type) || it->actor.country.empty() || it->actor.country == prefix->id)) {
      m->mention = Mention{i, j + title_len, it->actor, false, false, false};
      m->length = j + title_len - i;
      return true;
    }
  }
  std::string country = prefix && IsStateType(prefix->type) ? prefix->id : (prefix ? "" : ctx->home_country);
  if (!country.empty() && anchored) {
    int leader = knowledge_.LeaderByRole(title->role, country, ctx->date);
    if (leader >= 0) {
      const auto& role = knowledge_.dictionary().leaders()[static_cast<size_t>(leader)];
      m->mention = Mention{i, j + title_len, ActorRef{role.id, role.name, ActorType::kPerson, role.country, ""},
                           false, false, false};
      m->length = j + title_len - i;
      return true;
    }
  }
  return false;
}

bool MentionFinder::MatchBody(const std::vector<Token>& t, size_t i, const ArticleContext& ctx, Match* m) const {
  std::vector<int> values;
  // Country (name, demonym, capital), optional 's, then a body noun.
  size_t len = ActorMatch(t, i, &values);
  if (len && values.size() == 1) {
    ActorRef country = knowledge_.Ref(values[0]);
    if (!IsStateType(country.type)) return false;
    size_t j = i + len;
    if (j < t.size() && t[j].text == "'s") ++j;
    size_t head = knowledge_.body_heads().Match(t, j, &values);
    if (!head) return false;
    const BodyTemplate& body = knowledge_.dictionary().bodies()[static_cast<size_t>(values[0])];
    m->mention = Mention{i, j + head, knowledge_.Body(body, country.id), false, false, false};
    m->length = j + head - i;
    return true;
  }
  // A body noun, then "of" and a country; or a capitalised body noun alone
  // ("the Foreign Office"), which names the home country's body.
  size_t head = knowledge_.body_heads().Match(t, i, &values);
  if (!head) return false;
  const BodyTemplate& body = knowledge_.dictionary().bodies()[static_cast<size_t>(values[0])];
  size_t j = i + head;
  if (j + 1 < t.size() && t[j].lower == "of") {
    size_t k = j + 1 + (t[j + 1].lower == "the" ? 1 : 0);
    size_t clen = ActorMatch(t, k, &values);
    if (clen && values.size() == 1 && IsStateType(knowledge_.Ref(values[0]).type)) {
      m->mention = Mention{i, k + clen, knowledge_.Body(body, knowledge_.Ref(values[0]).id), false, false, false};
      m->length = k + clen - i;
      return true;
    }
  }
  std::vector<int> title_values;
  bool before_title = knowledge_.titles().Match(t, j, &title_values) > 0;
  if (t[i].capitalized && !ctx.home_country.empty() && ((i > 0 && t[i - 1].lower == "the") || before_title)) {
    m->mention = Mention{i, j, knowledge_.Body(body, ctx.home_country), false, false, false};
    m->length = head;
    return true;
  }
  return false;
}

bool MentionFinder::MatchActor(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  std::vector<int> values;
  size_t len = ActorMatch(t, i, &values);
  if (!len) return false;
  if (values.size() > 1) {
    // Ambiguous name: prefer a state, else give up.
    auto state = std::find_if(values.begin(), values.end(), [&](int v) { return IsStateType(knowledge_.Ref(v).type); });
    if (state == values.end()) return false;
    values = {*state};
  }
  ActorRef ref = knowledge_.Ref(values[0]);
  size_t end = i + len;
  // A hyphenated compound names the actor only when it is the prefix: "US-led".
  bool adjective = end < t.size() && t[end].word && !t[end].capitalized && IsStateType(ref.type) &&
                   t[i + len - 1].text != "'s";
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

bool MentionFinder::MatchKnownPerson(const std::vector<Token>& t, size_t i, const ArticleContext& ctx,
                                     Match* m) const {
  size_t start = i;
  i = SkipHonorifics(t, i);
  if (!IsNameToken(t[i])) return false;
  size_t end = NameEnd(t, i);
  if (end == i) return false;
  std::vector<size_t> hits;
  for (size_t p = 0; p < ctx.persons.size(); ++p) {
    const auto& tokens = ctx.persons[p].tokens;
    bool all = true;
    for (size_t k = i; k < end && all; ++k) all = std::find(tokens.begin(), tokens.end(), t[k].text) != tokens.end();
    if (all) hits.push_back(p);
  }
  if (hits.size() != 1) return false;
  m->mention = Mention{start, end, ctx.persons[hits[0]].actor, false, false, false};
  m->length = end - start;
  return true;
}

const TitleEntry* MentionFinder::RoleAfterComma(const std::vector<Token>& t, size_t j, const ArticleContext& ctx,
                                                std::optional<ActorRef>* org) const {
  std::vector<int> values;
  size_t k = j + 1;
  if (k < t.size() && IsDeterminer(t[k].lower)) ++k;
  Match definite;
  if (size_t len = ActorMatch(t, k, &values); len && values.size() == 1) {
    *org = knowledge_.Ref(values[0]);
    k += len;
  } else if (k > j + 1 && MatchDefiniteOrg(t, k - 1, ctx, &definite)) {
    *org = definite.mention.actor;  // "the bloc's current chairman"
    k = k - 1 + definite.length;
  }
  if (*org && k < t.size() && t[k].text == "'s") ++k;
  while (k < t.size() && (t[k].lower == "current" || t[k].lower == "acting" || t[k].lower == "new")) ++k;
  size_t len = knowledge_.titles().Match(t, k, &values);
  if (!len) return nullptr;
  const TitleEntry* title = &knowledge_.dictionary().titles()[static_cast<size_t>(values[0])];
  k += len;
  if (k + 1 < t.size() && t[k].lower == "of") {
    size_t o = k + 1 + (t[k + 1].lower == "the" ? 1 : 0);
    Match body;
    if (MatchBody(t, o, ctx, &body)) {
      *org = body.mention.actor;
    } else if (size_t olen = ActorMatch(t, o, &values); olen && values.size() == 1) {
      *org = knowledge_.Ref(values[0]);
    }
  }
  return title;
}

bool MentionFinder::MatchAppositivePerson(const std::vector<Token>& t, size_t start, ArticleContext* ctx,
                                          Match* m) const {
  size_t i = SkipHonorifics(t, start);
  if (!IsNameToken(t[i]) || (i == 0 && t.size() > 1 && !t[1].capitalized)) return false;
  size_t end = NameEnd(t, i);
  std::vector<int> values;
  // A dictionary person ("Jens Stoltenberg") or an unknown full name.
  size_t known = ActorMatch(t, i, &values);
  bool known_person = known && values.size() == 1 && knowledge_.Ref(values[0]).type == ActorType::kPerson;
  if (known_person) {
    end = i + known;
  } else {
    if (end - i < 2) return false;
    for (size_t k = i; k < end; ++k) {
      if (ActorMatch(t, k, &values) || knowledge_.titles().Match(t, k, &values)) return false;
    }
  }
  // "Name, [the|a] [country's|adjective] title [of org],"  or  "Name of the Party".
  size_t j = end;
  std::optional<ActorRef> prefix;
  const TitleEntry* title = nullptr;
  if (j + 1 < t.size() && t[j].text == ",") {
    title = RoleAfterComma(t, j, *ctx, &prefix);
  } else if (j + 1 < t.size() && t[j].lower == "of") {
    size_t o = j + 1 + (t[j + 1].lower == "the" ? 1 : 0);
    if (size_t olen = ActorMatch(t, o, &values); olen && values.size() == 1) {
      ActorRef org = knowledge_.Ref(values[0]);
      if (org.type == ActorType::kParty || org.type == ActorType::kOrganization || org.type == ActorType::kArmedGroup) {
        ActorRef person = ResolvePerson(t, i, end, ctx);
        if (person.id.empty()) return false;
        m->mention = Mention{start, end, person, false, false, false};
        m->length = end - start;
        m->affiliation = Affiliation{person, "member", org, 0};
        return true;
      }
    }
    return false;
  }
  if (!title) return false;
  ActorRef person = ResolvePerson(t, i, end, ctx);
  if (person.id.empty()) return false;
  m->mention = Mention{start, end, person, false, false, false};
  m->length = end - start;
  ActorRef org = RoleOrg(*title, prefix, person, *ctx);
  if (!org.id.empty() && !IsRank(title->role)) m->affiliation = Affiliation{person, title->role, org, 0};
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
  if (!t.empty() && t[0].paragraph_start && t[0].text.size() > 2 &&
      std::all_of(t[0].text.begin(), t[0].text.end(), [](unsigned char c) { return !std::islower(c); })) {
    i = 1;
  }
  std::optional<ActorRef> sentence_person;
  std::optional<ActorRef> first_sentence_person;
  std::optional<ActorRef> sentence_actor;  // the first non-person actor named in the sentence
  ctx->sentence_country.clear();
  std::optional<std::pair<ActorRef, std::string>> compound;  // "Iran-backed" waiting for its object
  size_t compound_at = 0;
  while (i < t.size()) {
    Match m;
    // A compound modifier names an actor and what it does to the next one.
    if (auto [prefix, predicate] = SplitCompound(t[i].text); !predicate.empty()) {
      std::vector<Token> probe = {t[i]};
      probe[0].text = prefix;
      std::vector<int> values;
      if (knowledge_.actor_names().Match(probe, 0, &values) == 1 && values.size() == 1) {
        compound = std::make_pair(knowledge_.Ref(values[0]), predicate);
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
    } else if ((t[i].lower == "it" || t[i].lower == "they") && (sentence_actor || ctx->last_actor)) {
      // "Hezbollah said it had fired": the sentence's own actor first.
      m.mention = Mention{i, i + 1, sentence_actor ? *sentence_actor : *ctx->last_actor, false, true, false};
      m.length = 1;
      found = true;
    } else {
      found = MatchDefiniteOrg(t, i, *ctx, &m) || MatchTitledPerson(t, i, ctx, &m) || MatchBody(t, i, *ctx, &m) || MatchAppositivePerson(t, i, ctx, &m) ||
              MatchActor(t, i, ctx, &m) || MatchKnownPerson(t, i, *ctx, &m);
    }
    if (!found) {
      ++i;
      continue;
    }
    Mention mention = m.mention;
    mention.possessive = mention.end < t.size() && t[mention.end].text == "'s";
    if (mention.actor.surface.empty()) mention.actor.surface = JoinText(t, mention.begin, mention.end);
    std::vector<Affiliation> roles;
    if (m.affiliation) roles.push_back(*m.affiliation);
    if (mention.actor.type == ActorType::kPerson && !mention.pronoun && mention.end + 1 < t.size() &&
        t[mention.end].text == ",") {
      // "Bola Tinubu, the bloc's current chairman," / "Mohammad Bagheri, chief of staff of Iran's armed forces,"
      std::optional<ActorRef> org;
      if (const TitleEntry* title = RoleAfterComma(t, mention.end, *ctx, &org)) {
        ActorRef target = RoleOrg(*title, org, mention.actor, *ctx);
        if (!target.id.empty() && !IsRank(title->role)) roles.push_back(Affiliation{mention.actor, title->role, target, 0});
      }
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
    if (mention.actor.type == ActorType::kCountry) ctx->sentence_country = mention.actor.id;
    mentions.push_back(std::move(mention));
    i += std::max<size_t>(m.length, 1);
  }
  actor_cache.sentence = nullptr;
  return mentions;
}

}  // namespace geokg
