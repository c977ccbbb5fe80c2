// The sector rules of MentionFinder: a country's groups named by their
// sector noun ("Kenyan riot police", "rebels in eastern Congo", "the junta"),
// the places that decide whose they are (the article's coup, the scene a
// sentence sets), a person's supporters, what protesters are against.
#include <unordered_set>

#include "extract/text/lexicon.h"
#include "extract/entities/mention_rules.h"
#include "extract/entities/mentions.h"

namespace geokg {

using mention_rules::IsStateType;
using mention_rules::JoinText;

namespace {

// Lower-case words that may stand between a country and a sector noun:
// "Kenyan riot police", "Sudanese paramilitary forces", "Chinese state-owned
// companies", "Pakistani anti-government protesters".
bool IsSectorModifier(const Token& t) {
  static const std::unordered_set<std::string> kModifiers = {
      "armed", "local", "federal", "national", "regional", "provincial", "ruling", "government", "rebel",
      "opposition", "elite", "special", "regular", "allied", "senior", "top", "former", "young", "angry",
      "striking", "ethnic", "private", "foreign", "paramilitary", "naval", "military", "security", "state",
      "student", "student-led", "unarmed", "masked", "islamist", "separatist", "militant", "retired", "serving"};
  if (!t.word || t.capitalized) return false;
  return kModifiers.count(t.lower) > 0 || (t.lower.find('-') != std::string::npos && t.lower.size() > 3);
}

// "diplomats", "envoys": members of a state's missions abroad.
bool IsDiplomatNoun(const std::string& w) {
  return w == "diplomats" || w == "diplomat" || w == "envoys" || w == "envoy" || w == "ambassadors";
}

// "supporters", "loyalists": a person's followers, a group of their country.
bool IsFollowerNoun(const std::string& w) {
  return w == "supporters" || w == "followers" || w == "loyalists";
}

// Compass and region words between "in" and a country: "rebels in eastern Congo".
bool IsRegionWord(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
      "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern",
      "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"};
  return kWords.count(w) > 0;
}

// The first word of a sentence, after any opening quote or dash.
size_t FirstWord(const std::vector<Token>& t) {
  size_t i = 0;
  while (i < t.size() && !t[i].word) ++i;
  return i;
}

}  // namespace

std::string MentionFinder::StateAt(const std::vector<Token>& t, size_t k, size_t* length) const {
  std::vector<int> values;
  const size_t len = k < t.size() ? ActorMatch(t, k, &values) : 0;
  if (!len || values.size() != 1 || !IsStateType(knowledge_.Ref(values[0]).type)) return "";
  const ActorRef state = knowledge_.Ref(values[0]);
  if (length) *length = len;
  return state.type == ActorType::kCountry ? state.id : state.country;
}

std::string MentionFinder::SceneCountry(const std::vector<Token>& t) const {
  const size_t first = FirstWord(t);
  if (first + 2 >= t.size() || t[first].lower != "in") return "";
  size_t len = 0;
  std::string place = StateAt(t, first + 1, &len);
  if (place.empty() || first + 1 + len >= t.size() || t[first + 1 + len].text != ",") return "";
  return place;
}

std::string MentionFinder::CoupCountry(const std::vector<Token>& t) const {
  for (size_t k = 0; k < t.size(); ++k) {
    const std::string& w = t[k].lower;
    const bool power = (w == "power") && k > 0 &&
                       (t[k - 1].lower == "seized" || t[k - 1].lower == "took" || t[k - 1].lower == "seize" ||
                        t[k - 1].lower == "grabbed" || t[k - 1].lower == "taken");
    if (!(w == "coup" || w == "putsch" || w == "junta" || power)) continue;
    // "Niger's coup", "the Malian junta": the state just before, nearest first.
    for (size_t b = k; b > 0 && b + 3 > k; --b) {
      if (std::string state = StateAt(t, b - 1); !state.empty()) return state;
    }
    // "seized power in Niger", "the coup in Gabon".
    if (k + 2 < t.size() && t[k + 1].lower == "in") {
      if (std::string state = StateAt(t, k + 2); !state.empty()) return state;
    }
  }
  return "";
}

bool MentionFinder::MatchFollowers(const std::vector<Token>& t, size_t i, size_t len, const ActorRef& person,
                                   Match* m) const {
  const size_t j = i + len + (i + len < t.size() && t[i + len].text == "'s" ? 1 : 0);
  if (person.country.empty() || j >= t.size() || !IsFollowerNoun(t[j].lower)) return false;
  const BodyTemplate* civilians = knowledge_.BodyBySuffix("CVL");
  if (!civilians) return false;
  ActorRef group = knowledge_.Body(*civilians, person.country);
  m->mention = Mention{i, j + 1, group, false, false, false};
  m->length = j + 1 - i;
  m->affiliation = Affiliation{group, "support", person, 0, true};
  return true;
}

bool MentionFinder::MatchBody(const std::vector<Token>& t, size_t i, const ArticleContext& ctx, Match* m) const {
  std::vector<int> values;
  auto body_at = [&](size_t at) { return &knowledge_.dictionary().bodies()[static_cast<size_t>(values[at])]; };
  auto accept = [&](size_t end, const ActorRef& actor) {
    m->mention = Mention{i, end, actor, false, false, false};
    m->length = end - i;
    return true;
  };
  // Country (name, demonym, capital), optional 's, then a body noun; a sector
  // noun may follow up to two modifiers ("Kenyan riot police").
  size_t len = ActorMatch(t, i, &values);
  if (len && values.size() == 1) {
    ActorRef country = knowledge_.Ref(values[0]);
    if (country.type == ActorType::kPerson) return MatchFollowers(t, i, len, country, m);
    if (!IsStateType(country.type)) return false;
    size_t j = i + len;
    if (j < t.size() && t[j].text == "'s") ++j;
    for (size_t skipped = 0; skipped <= 2 && j + skipped < t.size(); ++skipped) {
      if (skipped > 0 && !IsSectorModifier(t[j + skipped - 1])) break;
      size_t head = knowledge_.body_heads().Match(t, j + skipped, &values);
      if (!head || (skipped > 0 && body_at(0)->type != ActorType::kSector)) continue;
      const BodyTemplate* body = body_at(0);
      size_t end = j + skipped + head;
      // A state's or a community's group is named by the noun after it:
      // "government forces" are the military, "state media" the media, "a
      // Kosovo Serb police officer" the police. Other sectors keep the group
      // ("separatist forces" are rebels, "army officials" the military).
      while ((body->suffix == "GOV" || body->suffix == "CVL") && end < t.size() &&
             (head = knowledge_.body_heads().Match(t, end, &values)) > 0 &&
             body_at(0)->type == ActorType::kSector && body_at(0)->suffix != "GOV") {
        body = body_at(0);
        end += head;
      }
      return accept(end, knowledge_.Body(*body, country.id));
    }
    return false;
  }
  size_t head = knowledge_.body_heads().Match(t, i, &values);
  if (!head) return false;
  const BodyTemplate& body = *body_at(0);
  size_t j = i + head;
  // A body noun, then "of" and a country; a sector noun also takes "in":
  // "rebels in eastern Congo", "security forces in Guinea"; but diplomats
  // "in" a country are accredited there, from other states.
  const bool posted = IsDiplomatNoun(t[j - 1].lower);
  if (j + 1 < t.size() &&
      (t[j].lower == "of" || (t[j].lower == "in" && body.type == ActorType::kSector && !posted))) {
    size_t k = j + 1 + (t[j + 1].lower == "the" ? 1 : 0);
    if (t[j].lower == "in" && k < t.size() && IsRegionWord(t[k].lower)) ++k;
    size_t clen = ActorMatch(t, k, &values);
    // "supporters of Brazil's former president Jair Bolsonaro": the country
    // is the determiner of the noun after it; the supporters are the person's.
    const bool possessor = k + clen < t.size() && t[k + clen].text == "'s";
    const bool followers_of_possessed = clen && possessor && IsFollowerNoun(t[j - 1].lower);
    if (clen && !followers_of_possessed && values.size() == 1 && IsStateType(knowledge_.Ref(values[0]).type)) {
      return accept(k + clen, knowledge_.Body(body, knowledge_.Ref(values[0]).id));
    }
    // "supporters of former Brazilian President Jair Bolsonaro": the noun is
    // the mention; the person, a few modifiers (or a possessive) on, is read
    // as its own.
    for (size_t p = k; t[j].lower == "of" && IsFollowerNoun(t[j - 1].lower) && p < k + 5 + (possessor ? 1 : 0) && p < t.size(); ++p) {
      std::vector<int> person_values;
      if (ActorMatch(t, p, &person_values) && person_values.size() == 1) {
        const ActorRef person = knowledge_.Ref(person_values[0]);
        if (person.type != ActorType::kPerson) continue;
        return MatchFollowers(t, i, j - 1 - i, person, m);
      }
    }
  }
  // "rights activists": a longer sector noun ending in a local group's noun
  // ("activists") names a group of the scene as that noun does.
  bool local = body.local;
  if (!local && head > 1) {
    std::vector<int> last_values;
    local = knowledge_.body_heads().Match(t, i + head - 1, &last_values) == 1 &&
            knowledge_.dictionary().bodies()[static_cast<size_t>(last_values[0])].local;
  }
  // The military of a coup is the coup's country's; the local groups are the
  // scene's.
  const std::string& home = body.suffix == "MIL" && !ctx.coup_country.empty() ? ctx.coup_country
                            : local && !ctx.scene_country.empty()             ? ctx.scene_country
                                                                              : ctx.home_country;
  if (home.empty()) return false;
  if (posted && j < t.size() && t[j].lower == "in") return false;  // of states not named
  // "the Government of National Accord" is a name of its own (MatchUnknownOrg).
  if (j + 1 < t.size() && (t[j].lower == "of" || t[j].lower == "for") && t[j + 1].capitalized) return false;
  // A capitalised body noun alone ("the Foreign Office", "a session of
  // Parliament") names the home country's body.
  std::vector<int> title_values;
  bool before_title = knowledge_.titles().Match(t, j, &title_values) > 0;
  const bool after_article_or_preposition =
      i > 0 && (t[i - 1].lower == "the" || (i > FirstWord(t) && IsPreposition(t[i - 1].lower)));
  if (t[i].capitalized && (after_article_or_preposition || before_title)) {
    return accept(j, knowledge_.Body(body, home));
  }
  // An institution's noun alone names the home country's sector when it is
  // definite ("the junta") or opens the sentence ("Police fired"); a plural
  // after other words may be generic ("both run by juntas"). Groups that are
  // no institution ("gunmen", "protesters") need their country stated. Before
  // a title the noun names the role's institution ("junta spokesman Name").
  const size_t first_word = FirstWord(t);
  if (!(body.bare || local) || (t[i].capitalized && i > first_word)) return false;
  bool definite = i == first_word || t[i - 1].lower == "the" || local || before_title;
  return definite && accept(j, knowledge_.Body(body, home));
}

void MentionFinder::ShareSectorWithConjoinedStates(const std::vector<Token>& t, const Mention& sector,
                                                   std::vector<Mention>* mentions) const {
  const std::string& country = sector.actor.country;
  if (country.empty() || sector.actor.id.rfind(country + "-", 0) != 0) return;
  const BodyTemplate* body = knowledge_.BodyBySuffix(sector.actor.id.substr(country.size() + 1));
  if (!body || body->type != ActorType::kSector || sector.end - sector.begin < 2) return;
  // Only a demonym opens a shared head: "Chinese militaries", not "China's army".
  auto is_demonym = [&](const Mention& m) {
    return IsStateType(m.actor.type) && JoinText(t, m.begin, m.end) != m.actor.name;
  };
  std::vector<int> values;
  const size_t len = ActorMatch(t, sector.begin, &values);
  if (!len || values.size() != 1 || JoinText(t, sector.begin, sector.begin + len) == knowledge_.Ref(values[0]).name) {
    return;
  }
  size_t next = sector.begin;
  for (auto it = mentions->rbegin(); it != mentions->rend(); ++it) {
    const bool joined = it->end + 1 == next && (t[it->end].lower == "and" || t[it->end].lower == "or" ||
                                                 t[it->end].text == ",");
    const bool comma_and = it->end + 2 == next && t[it->end].text == "," && t[it->end + 1].lower == "and";
    if (!(joined || comma_and) || it->possessive || it->pronoun || !is_demonym(*it)) return;
    std::string surface = it->actor.surface;
    it->actor = knowledge_.Body(*body, it->actor.id);
    it->actor.surface = surface;
    it->adjective = false;
    next = it->begin;
  }
}

std::optional<ActorRef> MentionFinder::ProtestTarget(const std::vector<Token>& t, const Mention& protesters) const {
  const std::string& name = protesters.actor.name;
  if (protesters.actor.type != ActorType::kSector || !name.ends_with(" protesters")) return std::nullopt;
  for (size_t k = protesters.begin > 0 ? protesters.begin - 1 : 0; k < protesters.end; ++k) {
    if (t[k].lower.rfind("anti-", 0) != 0 || t[k].lower.size() <= 5) continue;
    const std::string against = t[k].lower.substr(5);
    if (against == "government" || against == "regime") {
      const ActorEntry* state = knowledge_.dictionary().ActorById(protesters.actor.country);
      if (!state) return std::nullopt;
      return ActorRef{state->id, state->name, state->type, state->country, ""};
    }
    Token probe = t[k];
    probe.text = t[k].text.substr(5);
    probe.lower = against;
    if (const auto ref = ActorOfToken(probe)) return ref;
  }
  return std::nullopt;
}

}  // namespace geokg
