// The person rules of MentionFinder: titled names, appositions, roles,
// persons named again by part of their name.
#include <algorithm>
#include <cctype>

#include "extract/text/lexicon.h"
#include "extract/entities/mention_rules.h"
#include "extract/dictionary/phrase_index.h"

namespace geokg {

using mention_rules::IsNameToken;
using mention_rules::IsRank;
using mention_rules::IsStateType;
using mention_rules::JoinText;
using mention_rules::NameEnd;
using mention_rules::RememberedOrg;
using mention_rules::SkipHonorifics;
using mention_rules::StateRoleClass;

namespace {

// Whether `word` after a title introduces the organisation the role is in:
// "of", and "for" after a spokesperson's title ("spokesman for the army").
bool OfTheRole(const TitleEntry& title, const std::string& word) {
  return word == "of" || (word == "for" && title.role_class == "spokesperson");
}

// Skips the modifiers an organisation's name may carry before it: "the main
// opposition Democratic Party", "the self-proclaimed Libyan National Army".
size_t SkipOrgModifiers(const std::vector<Token>& t, size_t o) {
  static const std::vector<std::string> kModifiers = {"main",     "opposition",      "ruling", "governing",
                                                      "largest",  "self-proclaimed", "self-styled"};
  while (o + 1 < t.size() && std::find(kModifiers.begin(), kModifiers.end(), t[o].lower) != kModifiers.end()) ++o;
  return o;
}

}  // namespace

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
  for (size_t k = b; k < e; ++k) {
    if (mention_rules::IsOrgHeadWord(t[k].text)) return ActorRef{};  // "National Army" names no person
  }
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

std::optional<std::pair<ActorRef, size_t>> MentionFinder::SplitTitleFromBody(const std::vector<Token>& t, size_t i,
                                                                             size_t body_end,
                                                                             const ArticleContext& ctx) const {
  const size_t name = SkipHonorifics(t, body_end);
  if (NameEnd(t, name) <= name) return std::nullopt;
  std::vector<int> values;
  for (size_t p = i + 1; p < body_end; ++p) {
    if (p + knowledge_.titles().Match(t, p, &values) != body_end) continue;
    // A state before the title ("Russian", "Kenya's").
    const size_t state_len = ActorMatch(t, i, &values);
    if (state_len && values.size() == 1 && IsStateType(knowledge_.Ref(values[0]).type) &&
        (i + state_len == p || (i + state_len + 1 == p && t[i + state_len].text == "'s"))) {
      return std::make_pair(knowledge_.Ref(values[0]), p);
    }
    // A sector noun alone before it ("Opposition leader"): the country of the
    // person the dictionaries know ("Opposition leader Yair Lapid" in a story
    // from Beijing), else the home country's.
    const std::vector<Token> before(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(p));
    if (knowledge_.body_heads().Match(before, i, &values) == p - i) {
      const BodyTemplate& body = knowledge_.dictionary().bodies()[static_cast<size_t>(values[0])];
      std::string country = ctx.home_country;
      if (ActorMatch(t, name, &values) && values.size() == 1 && knowledge_.Ref(values[0]).type == ActorType::kPerson &&
          !knowledge_.Ref(values[0]).country.empty()) {
        country = knowledge_.Ref(values[0]).country;
      }
      if (body.bare && !country.empty()) return std::make_pair(knowledge_.Body(body, country), p);
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A title and what stands around it: the institution before it ("NATO",
// "Pakistan's") or after it ("of the IAEA"), and where the name may start.
struct MentionFinder::TitledPhrase {
  size_t begin = 0;        // the phrase's first token (the institution's, or the title's)
  size_t title_at = 0;     // the title's first token
  size_t title_len = 0;
  size_t after = 0;        // past the titles and what the title governs
  const TitleEntry* title = nullptr;
  std::optional<ActorRef> prefix;  // the institution, if the phrase names it
  bool definite = false;           // "the premier", "its envoy"
};

bool MentionFinder::MatchTitledPerson(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  TitledPhrase p;
  if (!ReadTitle(t, i, ctx, &p)) return false;
  ReadTitleArguments(t, ctx, &p);
  size_t k = p.after;
  size_t name_end = 0;
  NameAfterTitle(t, p, &k, &name_end);
  if (name_end > k) return MatchNamedTitleHolder(t, p, k, name_end, ctx, m);
  return MatchDescribedTitleHolder(t, p, *ctx, m);
}

bool MentionFinder::ReadTitle(const std::vector<Token>& t, size_t i, ArticleContext* ctx, TitledPhrase* p) const {
  std::vector<int> values;
  size_t j = i;
  std::optional<ActorRef>& prefix = p->prefix;
  // Optional organisation or country before the title: "US", "Pakistan's", "NATO", "Foreign Office".
  Match body_match;
  if (MatchBody(t, i, *ctx, &body_match)) {
    prefix = body_match.mention.actor;
    j = i + body_match.length;
    // "Russian Senator Grigory Karasin", "Opposition leader Juan Guaido": a
    // body or sector noun ending in a title, before a name, is the person's
    // title; what stands before the title is its institution.
    if (const auto split = SplitTitleFromBody(t, i, j, *ctx)) {
      prefix = split->first;
      j = split->second;
    }
  } else if (size_t len = ActorMatch(t, i, &values); len && values.size() == 1) {
    ActorRef ref = knowledge_.Ref(values[0]);
    if (ref.type != ActorType::kPerson) {
      prefix = ref;
      j = i + len;
    }
  } else if (const ActorRef* org = t[i].capitalized || i + 1 >= t.size() || !knowledge_.titles().Match(t, i + 1, &values)
                                        ? nullptr
                                        : RememberedOrg(t[i].lower, *ctx)) {
    // "said ministry spokesman Wang Wenbin": the ministry named before.
    prefix = *org;
    j = i + 1;
  }
  if (prefix && j < t.size() && t[j].text == "'s") ++j;
  p->begin = i;
  p->definite = !prefix && i > 0 && (t[i - 1].lower == "the" || t[i - 1].lower == "its" || t[i - 1].lower == "his");
  p->title_len = knowledge_.titles().Match(t, j, &values);
  if (!p->title_len) return false;
  p->title_at = j;
  p->title = &knowledge_.dictionary().titles()[static_cast<size_t>(values[0])];
  size_t k = j + p->title_len;
  // A second title or rank: "army chief General Raheel Sharif".
  std::vector<int> more;
  while (k < t.size() && (knowledge_.titles().Match(t, k, &more) || IsHonorific(t[k].text))) {
    size_t len = std::max<size_t>(knowledge_.titles().Match(t, k, &more), 1);
    k += len;
    if (k < t.size() && t[k].text == ".") ++k;
  }
  p->after = k;
  return true;
}

void MentionFinder::ReadTitleArguments(const std::vector<Token>& t, ArticleContext* ctx, TitledPhrase* p) const {
  std::optional<ActorRef>& prefix = p->prefix;
  const TitleEntry* title = p->title;
  size_t& k = p->after;
  // "Speaker of the U.S. House of Representatives Nancy Pelosi": the title's
  // organisation after "of" (after "for" for a spokesperson: "a spokesman for
  // the army, Name,").
  if (!prefix && k + 2 < t.size() && OfTheRole(*title, t[k].lower)) {
    size_t o = SkipOrgModifiers(t, k + 1 + (t[k + 1].lower == "the" ? 1 : 0));
    Match of_body;
    std::vector<int> of_values;
    size_t of_end = 0;
    // A body, else an organisation the dictionaries know, else one named by
    // a state ("the Libyan National Army") or by its head words, else a state.
    const size_t len = ActorMatch(t, o, &of_values);
    const bool known = len && of_values.size() == 1 && knowledge_.Ref(of_values[0]).type != ActorType::kPerson;
    const bool known_org = known && !IsStateType(knowledge_.Ref(of_values[0]).type);
    if (MatchBody(t, o, *ctx, &of_body) ||
        (!known_org && (MatchStateNamedOrg(t, o, ctx, &of_body) || MatchUnknownOrg(t, o, ctx, &of_body)))) {
      prefix = of_body.mention.actor;
      of_end = o + of_body.length;
    } else if (known) {
      prefix = knowledge_.Ref(of_values[0]);
      of_end = o + len;
    }
    // "Head of the International Atomic Energy Agency (IAEA) Rafael Grossi"
    if (prefix && of_end + 2 < t.size() && t[of_end].text == "(" && t[of_end + 2].text == ")") of_end += 3;
    const size_t after = of_end < t.size() && t[of_end].text == "," ? of_end + 1 : of_end;
    if (prefix && NameEnd(t, SkipHonorifics(t, after)) > SkipHonorifics(t, after)) {
      k = of_end;  // the name follows, or a comma and the name
    } else {
      prefix.reset();
    }
  }
  // "the minister for the Pacific, Zed Seselja": a portfolio after "for", then the name.
  if (k + 3 < t.size() && t[k].lower == "for" &&
      (title->role_class == "minister" || title->role_class == "official" || title->role_class == "diplomat")) {
    size_t f = k + 1;
    while (f < t.size() && f < k + 7 && t[f].word) ++f;
    if (f + 1 < t.size() && t[f].text == ",") k = f;
  }
  // "Ambassador to China Nicholas Burns": the host country is not the role's.
  if (k + 2 < t.size() && t[k].lower == "to") {
    std::vector<int> to_values;
    const size_t host = k + 1 + (t[k + 1].lower == "the" ? 1 : 0);  // "to the United Nations"
    size_t len = ActorMatch(t, host, &to_values);
    if (len && (NameEnd(t, host + len) > host + len || (host + len < t.size() && t[host + len].text == ","))) {
      k = host + len;
    }
  }
}

void MentionFinder::NameAfterTitle(const std::vector<Token>& t, const TitledPhrase& p, size_t* name_begin,
                                   size_t* name_end_out) const {
  const std::optional<ActorRef>& prefix = p.prefix;
  const bool definite = p.definite;
  size_t k = *name_begin;
  std::vector<int> more;
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
    // The name ends the apposition: a comma, the end, or the clause going on
    // ("Angola's president, Joao Lourenco on Wednesday called").
    if (end > start + 1 &&
        (end == t.size() || t[end].text == "," || t[end].text == "." || (t[end].word && !t[end].capitalized))) {
      comma_name = start;
    }
  }
  if (comma_name) k = comma_name;
  k = SkipHonorifics(t, k);
  size_t name_end = NameEnd(t, k);
  // "DG ISPR Maj Gen Asif Ghafoor": a rank inside the capitalised run comes
  // before the name, which starts after it.
  for (size_t p = k + 1; p + 1 < name_end; ++p) {
    if (size_t len = knowledge_.titles().Match(t, p, &more)) {
      k = SkipHonorifics(t, p + len < t.size() && t[p + len].text == "." ? p + len + 1 : p + len);
      name_end = NameEnd(t, k);
      p = k;
    }
  }
  *name_begin = k;
  *name_end_out = name_end;
}

bool MentionFinder::MatchNamedTitleHolder(const std::vector<Token>& t, const TitledPhrase& p, size_t k,
                                          size_t name_end, ArticleContext* ctx, Match* m) const {
  const size_t i = p.begin, j = p.title_at, title_len = p.title_len;
  const TitleEntry* title = p.title;
  const std::optional<ActorRef>& prefix = p.prefix;
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
  // A rank gives a role only with the state it serves stated: "Polish Maj.
  // Katarzyna Zdanowicz" (not "Maj. Gen. X, the army's spokesman").
  const bool stated_rank = IsRank(title->role) && prefix && prefix->type == ActorType::kCountry && k == j + title_len;
  if (!org.id.empty() && (!IsRank(title->role) || stated_rank)) m->affiliation = Affiliation{person, title->role, org, 0};
  return true;
}

bool MentionFinder::MatchDescribedTitleHolder(const std::vector<Token>& t, const TitledPhrase& p,
                                              const ArticleContext& ctx, Match* m) const {
  const size_t i = p.begin, j = p.title_at, title_len = p.title_len;
  const TitleEntry* title = p.title;
  const std::optional<ActorRef>& prefix = p.prefix;
  const bool definite = p.definite;
  // "the premier", "the army chief", "the Pakistani prime minister": a description.
  if (!(definite || prefix)) return false;
  // "the first U.S. secretary of state": a person of the article in that role;
  // the dictionary's holder of the role only after "the" or a possessive.
  bool anchored = definite || (i > 0 && t[i - 1].lower == "the") || (j > i && t[j - 1].text == "'s");
  // An organisation's leader by another leader's title: "Head of the IAEA
  // Rafael Grossi ... the IAEA chief".
  auto same_office = [&](const std::string& role) {
    if (role == title->role) return true;
    if (title->role_class != "org_leader" || !prefix || IsStateType(prefix->type)) return false;
    for (const auto& other : knowledge_.dictionary().titles()) {
      if (other.role == role) return other.role_class == title->role_class;
    }
    return false;
  };
  for (auto it = ctx.persons.rbegin(); it != ctx.persons.rend(); ++it) {
    if (std::any_of(it->roles.begin(), it->roles.end(), same_office) &&
        (!prefix || !IsStateType(prefix->type) || it->actor.country.empty() || it->actor.country == prefix->id)) {
      m->mention = Mention{i, j + title_len, it->actor, false, false, false};
      m->length = j + title_len - i;
      return true;
    }
  }
  std::string country = prefix && IsStateType(prefix->type) ? prefix->id : (prefix ? "" : ctx.home_country);
  if (!country.empty() && anchored) {
    int leader = knowledge_.LeaderByRole(title->role, country, ctx.date);
    // "Kuwait's ruler", "the country's head of state": whoever heads the state,
    // by any of the head-of-state titles.
    for (const auto& other : knowledge_.dictionary().titles()) {
      if (leader >= 0 || title->role_class != "head_of_state" || other.role_class != "head_of_state") continue;
      leader = knowledge_.LeaderByRole(other.role, country, ctx.date);
    }
    if (leader >= 0) {
      const auto& role = knowledge_.dictionary().leaders()[static_cast<size_t>(leader)];
      const ActorRef person{role.id, role.name, ActorType::kPerson, role.country, ""};
      m->mention = Mention{i, j + title_len, person, false, false, false};
      m->length = j + title_len - i;
      // "Qatar's emir": the text states the role of the one who holds it.
      if (const ActorEntry* state = knowledge_.dictionary().ActorById(country); state && !IsRank(title->role)) {
        m->affiliation = Affiliation{person, title->role, ActorRef{state->id, state->name, state->type, state->country, ""}, 0};
      }
      return true;
    }
  }
  return false;
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

const TitleEntry* MentionFinder::RoleAfterComma(const std::vector<Token>& t, size_t j, ArticleContext* ctx,
                                                std::optional<ActorRef>* org) const {
  std::vector<int> values;
  size_t k = j + 1;
  if (k < t.size() && IsDeterminer(t[k].lower)) ++k;
  Match definite;
  if (size_t len = ActorMatch(t, k, &values); len && values.size() == 1) {
    *org = knowledge_.Ref(values[0]);
    k += len;
  } else if (k > j + 1 && MatchDefiniteOrg(t, k - 1, *ctx, &definite)) {
    *org = definite.mention.actor;  // "the bloc's current chairman"
    k = k - 1 + definite.length;
  }
  if (*org && k < t.size() && t[k].text == "'s") ++k;
  while (k < t.size() && (t[k].lower == "current" || t[k].lower == "acting" || t[k].lower == "new")) ++k;
  size_t len = knowledge_.titles().Match(t, k, &values);
  if (!len) return nullptr;
  const TitleEntry* title = &knowledge_.dictionary().titles()[static_cast<size_t>(values[0])];
  k += len;
  // "Joe Biden, Australian Prime Minister Scott Morrison and ...": a title
  // before a name is the next person's, not an apposition.
  if (size_t name = SkipHonorifics(t, k); name < t.size() && NameEnd(t, name) > name) return nullptr;
  if (k + 1 < t.size() && OfTheRole(*title, t[k].lower)) {
    // "leader of the main opposition Democratic Party", "a spokesman for the self-styled army"
    size_t o = SkipOrgModifiers(t, k + 1 + (t[k + 1].lower == "the" ? 1 : 0));
    Match body;
    if (MatchBody(t, o, *ctx, &body) || MatchStateNamedOrg(t, o, ctx, &body)) {
      *org = body.mention.actor;
    } else if (size_t olen = ActorMatch(t, o, &values); olen && Disambiguate(values, *ctx) >= 0) {
      *org = knowledge_.Ref(Disambiguate(values, *ctx));
    } else if (MatchUnknownOrg(t, o, ctx, &body)) {
      *org = body.mention.actor;
    }
  }
  return title;
}

bool MentionFinder::MatchAppositivePerson(const std::vector<Token>& t, size_t start, ArticleContext* ctx,
                                          Match* m) const {
  size_t i = SkipHonorifics(t, start);
  if (!IsNameToken(t[i]) || (i == 0 && t.size() > 1 && NameEnd(t, i) < 2)) return false;
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
    title = RoleAfterComma(t, j, ctx, &prefix);
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

bool MentionFinder::MatchCounterpart(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  std::vector<int> values;
  size_t len = ActorMatch(t, i, &values);
  if (!len || values.size() != 1) return false;
  const ActorRef state = knowledge_.Ref(values[0]);
  if (!IsStateType(state.type)) return false;
  size_t k = i + len;
  if (k < t.size() && t[k].text == "'s") ++k;
  if (k >= t.size() || t[k].lower != "counterpart") return false;
  ++k;
  if (k < t.size() && t[k].text == ",") ++k;
  k = SkipHonorifics(t, k);
  const size_t end = NameEnd(t, k);
  if (end == k) return false;
  ActorRef person = ResolvePerson(t, k, end, ctx);
  if (person.id.empty() || person.type != ActorType::kPerson) return false;
  m->mention = Mention{i, end, person, false, false, false};
  m->length = end - i;
  // "his Iranian counterpart": the office the possessor was last named in.
  if (i == 0 || (t[i - 1].lower != "his" && t[i - 1].lower != "her") || ctx->recent_persons.empty()) return true;
  const ActorRef& possessor = ctx->recent_persons.back();
  if (possessor.id == person.id) return true;
  const TitleEntry* office = nullptr;
  for (const auto& p : ctx->persons) {
    if (p.actor.id != possessor.id) continue;
    for (auto role = p.roles.rbegin(); role != p.roles.rend() && !office; ++role) {
      for (const auto& title : knowledge_.dictionary().titles()) {
        if (title.role == *role && !IsRank(title.role) && StateRoleClass(title.role_class)) {
          office = &title;
          break;
        }
      }
    }
  }
  if (!office) return true;
  // Loose usage ("Scholz met his French counterpart Macron") is caught by the
  // leaders dictionary: a leader it knows in another office gets no role here.
  const auto held = knowledge_.Offices(person.id, ctx->date);
  if (!held.empty() && std::none_of(held.begin(), held.end(), [&](const LeaderRole* r) { return r->role == office->role; })) {
    return true;
  }
  ActorRef org = RoleOrg(*office, state, person, *ctx);
  if (!org.id.empty()) m->affiliation = Affiliation{person, office->role, org, 0};
  return true;
}

bool MentionFinder::MatchRoleDescription(const std::vector<Token>& t, size_t i, const ArticleContext& ctx,
                                         Match* m) const {
  if (t[i].lower != "the" || i + 1 >= t.size() || !t[i + 1].word || t[i + 1].capitalized) return false;
  const std::string& noun = t[i + 1].lower;
  if (!IsPersonNoun(noun) || (i + 2 < t.size() && t[i + 2].capitalized)) return false;  // "the pilot, X" names X
  for (auto p = ctx.persons.rbegin(); p != ctx.persons.rend(); ++p) {
    if (std::find(p->roles.begin(), p->roles.end(), noun) == p->roles.end()) continue;
    m->mention = Mention{i, i + 2, p->actor, false, true, false};
    m->length = 2;
    return true;
  }
  return false;
}

}  // namespace geokg
