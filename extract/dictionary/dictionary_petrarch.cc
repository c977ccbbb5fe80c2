// Dictionary::AddPetrarch: the records of a PETRARCH/TABARI dictionary in
// geokg's terms. Actors keep their CAMEO codes; an undated code names one
// actor (every phrase with that code is its alias, as in PETRARCH), a phrase
// with dated codes is a person. Agents become bodies composed with a
// country. Verb patterns add to geokg's; for a pattern geokg already has, only
// the CAMEO code is taken (geokg's predicate and flags stay).
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "extract/text/ascii.h"
#include "extract/dictionary/dictionary.h"
#include "extract/text/lexicon.h"

namespace geokg {
namespace {

bool IsAlpha(const std::string& s) {
  for (unsigned char c : s) {
    if (!std::isalpha(c)) return false;
  }
  return !s.empty();
}

// The actor type a CAMEO code implies: the agent and sector codes after the
// country part (IGO, NGO and MNC first; REB, INS, UAF and IMG armed).
ActorType TypeOfCode(const std::string& code) {
  auto has = [&](const char* part) { return code.find(part) != std::string::npos; };
  if (code.size() == 3 && IsAlpha(code)) return ActorType::kCountry;
  if (code.rfind("IGO", 0) == 0) return ActorType::kOrganization;
  if (has("REB") || has("INS") || has("UAF") || code.rfind("IMG", 0) == 0) return ActorType::kArmedGroup;
  if (has("GOV") || has("MIL") || has("COP") || has("SPY") || has("LEG") || has("JUD")) return ActorType::kGovernment;
  return ActorType::kOther;
}

ActorType TypeOfAgent(const std::string& code) {
  ActorType type = TypeOfCode(code);
  return type == ActorType::kCountry ? ActorType::kOther : type;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// "nawaz sharif" -> "NAWAZ-SHARIF": the id of a person from a PETRARCH file.
std::string PersonId(const std::string& name) {
  std::string id = "P-";
  for (unsigned char c : name) {
    if (std::isalnum(c)) id += static_cast<char>(std::toupper(c));
    else if (id.back() != '-') id += '-';
  }
  while (id.back() == '-') id.pop_back();
  return id;
}

// A PETRARCH verb dictionary codes the verbs it lists: each of geokg's
// patterns of such a verb takes the code of the longest PETRARCH pattern whose
// words it contains in order ("restore ties with" takes "restore ties" [064]),
// else the code of the verb alone.
void RecodeVerbs(const std::vector<PetrarchVerb>& verbs, std::vector<VerbPattern>* patterns) {
  std::unordered_map<std::string, std::vector<const PetrarchVerb*>> by_lemma;
  for (const auto& verb : verbs) by_lemma[verb.words[0]].push_back(&verb);
  for (auto& pattern : *patterns) {
    auto it = by_lemma.find(pattern.words[0]);
    if (it == by_lemma.end()) continue;
    const PetrarchVerb* best = nullptr;
    for (const PetrarchVerb* verb : it->second) {
      size_t k = 1;
      for (size_t w = 1; w < pattern.words.size() && k < verb->words.size(); ++w) {
        if (pattern.words[w] == verb->words[k]) ++k;
      }
      if (k == verb->words.size() && (!best || verb->words.size() > best->words.size())) best = verb;
    }
    if (best) {
      pattern.cameo = best->code;
      pattern.reverse_cameo = best->reverse_code;
    }
  }
}

// Whether `actor` names what geokg keeps as one actor: a state (every code a
// bare country code, dated or not: "ZIMBABWE [RHO <790606] [ZBW]") or a
// body or organisation with one undated code ("AFRICAN_UNION [IGOAFR]"); a
// phrase with dated roles is a person.
bool NamesOneActor(const PetrarchActor& actor) {
  if (actor.spans.empty()) return !actor.code.empty();
  if (!actor.code.empty() && TypeOfCode(actor.code) != ActorType::kCountry) return false;
  return std::all_of(actor.spans.begin(), actor.spans.end(),
                     [](const CameoCodeSpan& span) { return TypeOfCode(span.code) == ActorType::kCountry; });
}

}  // namespace

void Dictionary::AddPetrarchActor(const PetrarchActor& actor,
                                  const std::unordered_map<std::string, size_t>& actor_by_name) {
  // An actor geokg knows by the same name takes the file's codes: the user
  // loads them to code as PETRARCH does ("KUWAIT [KUW]" codes Kuwait KUW).
  if (NamesOneActor(actor)) {
    auto known = actor_by_name.find(AsciiLower(PetrarchPhraseToName(actor.forms[0])));
    if (known != actor_by_name.end()) {
      ActorEntry& state = actors_[known->second];
      if (!actor.code.empty()) state.cameo_code = actor.code;
      if (!actor.spans.empty()) state.cameo_spans = actor.spans;
      for (const auto& form : actor.forms) {
        if (AsciiLower(form) == AsciiLower(state.name)) continue;
        if (std::find(state.aliases.begin(), state.aliases.end(), form) == state.aliases.end()) {
          state.aliases.push_back(form);
        }
      }
      return;
    }
  }
  ActorEntry entry;
  if (actor.spans.empty()) {
    entry.id = actor.code;
    entry.type = TypeOfCode(actor.code);
  } else {
    entry.id = PersonId(actor.forms[0]);
    entry.type = ActorType::kPerson;
  }
  entry.name = actor.forms[0];
  entry.cameo_code = actor.code;
  entry.cameo_spans = actor.spans;
  const std::string& country_code = actor.spans.empty() ? actor.code : actor.spans.back().code;
  std::string prefix = country_code.substr(0, 3);
  if (entry.type != ActorType::kOrganization && IsAlpha(prefix) && ActorById(prefix)) entry.country = prefix;
  entry.aliases.assign(actor.forms.begin() + 1, actor.forms.end());

  auto it = actor_by_id_.find(entry.id);
  if (it == actor_by_id_.end()) {
    actor_by_id_[entry.id] = actors_.size();
    actors_.push_back(std::move(entry));
    return;
  }
  // The same code again (or geokg's own actor of that id): more names for it;
  // geokg's name, type and country stay.
  ActorEntry& known = actors_[it->second];
  for (const auto& form : actor.forms) {
    if (form != known.name && std::find(known.aliases.begin(), known.aliases.end(), form) == known.aliases.end()) {
      known.aliases.push_back(form);
    }
  }
  if (known.cameo_code.empty()) known.cameo_code = entry.cameo_code;
  for (auto& span : entry.cameo_spans) known.cameo_spans.push_back(std::move(span));
}

void Dictionary::AddPetrarch(const PetrarchDictionary& petrarch) {
  std::unordered_map<std::string, size_t> actor_by_name;
  for (size_t i = 0; i < actors_.size(); ++i) {
    if (actors_[i].type == ActorType::kPerson) continue;
    actor_by_name.emplace(AsciiLower(actors_[i].name), i);
    for (const auto& alias : actors_[i].aliases) actor_by_name.emplace(AsciiLower(alias), i);
  }
  for (const auto& actor : petrarch.actors) AddPetrarchActor(actor, actor_by_name);
  for (const auto& agent : petrarch.agents) {
    BodyTemplate body;
    body.heads = agent.forms;
    body.suffix = agent.code;
    body.name = "{adj} " + PetrarchPhraseToName(agent.forms[0]);
    body.type = TypeOfAgent(agent.code);
    body.cameo_agent = agent.code;
    body.cameo_agent_first = agent.before_actor;
    bodies_.push_back(std::move(body));
  }
  RecodeVerbs(petrarch.verbs, &verbs_);
  for (const auto& verb : petrarch.verbs) {
    std::string key = JoinWords(verb.words);
    auto it = verb_by_key_.find(key);
    if (it != verb_by_key_.end()) {
      verbs_[it->second].cameo = verb.code;
      verbs_[it->second].reverse_cameo = verb.reverse_code;
      continue;
    }
    VerbPattern v;
    v.words = verb.words;
    v.predicate = key;
    v.cameo = verb.code;
    v.reverse_cameo = verb.reverse_code;
    v.ends_with_preposition = v.words.size() > 1 && IsPreposition(v.words.back());
    verb_by_key_[key] = verbs_.size();
    verbs_.push_back(std::move(v));
  }
  discards_.insert(discards_.end(), petrarch.discards.begin(), petrarch.discards.end());
}

}  // namespace geokg
