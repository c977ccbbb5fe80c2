#include "extract/entities/actor_knowledge.h"

#include <cctype>

namespace geokg {
namespace {

bool AllLower(const std::string& s) {
  for (unsigned char c : s) {
    if (std::isupper(c)) return false;
  }
  return true;
}

bool AllUpperShort(const std::string& s) {
  if (s.size() > 4) return false;
  for (unsigned char c : s) {
    if (std::islower(c)) return false;
  }
  return true;
}

std::string Capitalize(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

bool InOffice(const LeaderRole& role, const std::string& date) {
  if (date.empty()) return true;
  if (!role.start.empty() && date < role.start) return false;
  if (!role.end.empty() && date > role.end) return false;
  return true;
}

// A demonym/adjective alias: ends in -an, -ian, -ese, -ish, -i, -ic, -ch.
bool LooksAdjective(const std::string& alias) {
  static const char* kEnds[] = {"an", "ese", "ish", "i", "ic", "ch", "ean", "ine"};
  if (alias.empty() || !std::isupper(static_cast<unsigned char>(alias[0])) || alias.find(' ') != std::string::npos) {
    return false;
  }
  for (const char* end : kEnds) {
    std::string e = end;
    if (alias.size() > e.size() + 2 && alias.compare(alias.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

}  // namespace

ActorKnowledge::ActorKnowledge(const Dictionary& dictionary) : dictionary_(dictionary) {
  const auto& actors = dictionary.actors();
  for (size_t i = 0; i < actors.size(); ++i) {
    const auto& a = actors[i];
    auto add = [&](const std::string& form) {
      if (form.empty()) return;
      actor_names_.Add(form, static_cast<int>(i), false);
      if (AllLower(form)) actor_names_.Add(Capitalize(form), static_cast<int>(i), false);
    };
    add(a.name);
    for (const auto& alias : a.aliases) add(alias);
    if (a.type == ActorType::kCountry) {
      for (const auto& alias : a.aliases) {
        if (LooksAdjective(alias) && !adjectives_.count(a.id)) adjectives_[a.id] = alias;
      }
    }
  }
  const auto& titles = dictionary.titles();
  for (size_t i = 0; i < titles.size(); ++i) {
    for (const auto& form : titles[i].forms) {
      titles_.Add(form, static_cast<int>(i), !AllUpperShort(form));
    }
  }
  const auto& bodies = dictionary.bodies();
  for (size_t i = 0; i < bodies.size(); ++i) {
    for (const auto& head : bodies[i].heads) body_heads_.Add(head, static_cast<int>(i), true);
  }
  const auto& leaders = dictionary.leaders();
  for (size_t i = 0; i < leaders.size(); ++i) {
    auto add_tokens = [&](const std::string& name) {
      for (const auto& token : PhraseTokens(name)) {
        if (token.size() < 2 || !std::isupper(static_cast<unsigned char>(token[0]))) continue;
        auto& list = leaders_by_token_[token];
        if (list.empty() || list.back() != static_cast<int>(i)) list.push_back(static_cast<int>(i));
      }
    };
    add_tokens(leaders[i].name);
    if (const ActorEntry* entry = dictionary.ActorById(leaders[i].id)) {
      for (const auto& alias : entry->aliases) add_tokens(alias);
    }
  }
}

ActorRef ActorKnowledge::Ref(int index) const {
  const ActorEntry& a = dictionary_.actors()[static_cast<size_t>(index)];
  return ActorRef{a.id, a.name, a.type, a.country, ""};
}

std::string ActorKnowledge::LeaderOrg(const std::string& person_id, const std::string& role,
                                      const std::string& date) const {
  std::string any;
  for (const auto& leader : dictionary_.leaders()) {
    if (leader.id != person_id || !InOffice(leader, date)) continue;
    if (leader.role == role) return leader.country;
    if (any.empty()) any = leader.country;
  }
  return any;
}

std::vector<const LeaderRole*> ActorKnowledge::Offices(const std::string& person_id, const std::string& date) const {
  std::vector<const LeaderRole*> offices;
  for (const auto& leader : dictionary_.leaders()) {
    if (leader.id == person_id && InOffice(leader, date)) offices.push_back(&leader);
  }
  return offices;
}

std::string ActorKnowledge::Adjective(const std::string& country_id) const {
  auto it = adjectives_.find(country_id);
  if (it != adjectives_.end()) return it->second;
  const ActorEntry* entry = dictionary_.ActorById(country_id);
  return entry ? entry->name : country_id;
}

ActorRef ActorKnowledge::Body(const BodyTemplate& body, const std::string& country_id) const {
  const ActorEntry* country = dictionary_.ActorById(country_id);
  // The government sector is the state itself: its officials act for it.
  if (body.type == ActorType::kSector && body.suffix == kGovernmentSector && country) {
    return ActorRef{country->id, country->name, country->type, country->country, ""};
  }
  std::string country_name = country ? country->name : country_id;
  std::string name = body.name;
  auto replace = [&](const std::string& key, const std::string& value) {
    for (size_t pos; (pos = name.find(key)) != std::string::npos;) name.replace(pos, key.size(), value);
  };
  replace("{country}", country_name);
  replace("{adj}", Adjective(country_id));
  std::string id = country_id + "-" + body.suffix;
  // A body with a proper name of its own (PLA = CHN-MIL) is named by it.
  if (const ActorEntry* named = dictionary_.ActorById(id)) return ActorRef{id, named->name, named->type, country_id, ""};
  return ActorRef{id, name, body.type, country_id, ""};
}

const BodyTemplate* ActorKnowledge::BodyBySuffix(const std::string& suffix) const {
  for (const auto& body : dictionary_.bodies()) {
    if (body.suffix == suffix) return &body;
  }
  return nullptr;
}

std::vector<int> ActorKnowledge::LeadersByToken(const std::string& token, const std::string& date) const {
  std::vector<int> out;
  auto it = leaders_by_token_.find(token);
  if (it == leaders_by_token_.end()) return out;
  for (int index : it->second) {
    if (InOffice(dictionary_.leaders()[static_cast<size_t>(index)], date)) out.push_back(index);
  }
  return out;
}

int ActorKnowledge::LeaderByRole(const std::string& role, const std::string& country, const std::string& date) const {
  const auto& leaders = dictionary_.leaders();
  for (size_t i = 0; i < leaders.size(); ++i) {
    if (leaders[i].role == role && leaders[i].country == country && InOffice(leaders[i], date)) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace geokg
