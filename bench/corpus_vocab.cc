#include "bench/corpus_vocab.h"

#include <algorithm>
#include <cctype>

#include "extract/dictionary/dictionary.h"
#include "extract/text/lexicon.h"

namespace geokg::bench::corpus {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// "UN", "NATO", "U.S.", "ISIS-K": no lower-case letter.
bool IsAcronym(const std::string& s) {
  return std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::islower(c); });
}

// "Islamic Republic of Pakistan", "Kingdom of the Netherlands".
bool IsLongForm(const std::string& s) {
  for (const char* word : {" of ", "Republic", "Kingdom", "Federation", "Confederation", "Emirate", "Principality",
                           "Commonwealth", "Sultanate", "Duchy", "territor", "Territor"}) {
    if (s.find(word) != std::string::npos) return true;
  }
  return false;
}

bool LooksLikeAdjective(const std::string& a, const std::vector<std::string>& aliases) {
  if (Contains(aliases, a + "s")) return true;
  for (const char* suffix : {"ese", "ish", "ch", "ss", "i"}) {
    if (EndsWith(a, suffix)) return true;
  }
  return false;
}

std::string Join(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

Country MakeCountry(const ActorEntry& e) {
  Country c;
  c.id = e.id;
  c.name = e.name;
  c.needs_the = c.name.rfind("United ", 0) == 0 || c.name.find("Republic") != std::string::npos ||
                EndsWith(c.name, "Islands") || c.name == "Netherlands" || c.name == "Philippines" ||
                c.name == "Bahamas" || c.name == "Gambia" || c.name == "Maldives" || c.name == "Comoros";
  for (const auto& a : e.aliases) {
    if (!IsAcronym(a) && !IsLongForm(a) && a.find('.') == std::string::npos && LooksLikeAdjective(a, e.aliases)) {
      c.adjective = a;
      break;
    }
  }
  // The capital is the last plain alias (older spellings left out).
  static const std::vector<std::string> kDated = {"Peking", "Kiev", "Teheran", "Berne", "Rangoon", "Bombay", "Delhi", "Kishinev"};
  const std::string long_form = e.aliases.empty() ? "" : e.aliases.front();
  // Capitals follow the ISO code among the aliases when it is listed.
  auto first = std::find(e.aliases.begin(), e.aliases.end(), e.id);
  first = first == e.aliases.end() ? e.aliases.begin() : first + 1;
  for (auto it = e.aliases.rbegin(); it != std::make_reverse_iterator(first); ++it) {
    const std::string& a = *it;
    if (IsAcronym(a) || IsLongForm(a) || a.find('.') != std::string::npos || Contains(kDated, a)) continue;
    if (a == c.adjective || a == c.adjective + "s" || (EndsWith(a, "s") && Contains(e.aliases, a.substr(0, a.size() - 1)))) {
      continue;
    }
    if (a.find(c.name) != std::string::npos || c.name.find(a) != std::string::npos ||
        long_form.find(a) != std::string::npos || EndsWith(a, "ese") || EndsWith(a, "ian") || EndsWith(a, "man") ||
        EndsWith(a, "men") || EndsWith(a, "woman")) {
      continue;
    }
    c.capital = a;
    break;
  }
  return c;
}

Org MakeOrg(const ActorEntry& e) {
  Org o;
  o.id = e.id;
  o.name = e.name;
  o.type = e.type;
  o.country = e.country;
  o.short_name = e.name;
  for (const auto& a : e.aliases) {
    if (IsAcronym(a) && a.size() >= 2 && a.size() <= 8 && a.find('.') == std::string::npos) {
      o.short_name = a;
      break;
    }
  }
  if (o.short_name == o.name && !e.aliases.empty() && e.aliases.front().size() < o.name.size() &&
      !IsAcronym(e.aliases.front())) {
    o.short_name = e.aliases.front();  // "State Department", "Pentagon"
  }
  auto the_for = [&](const std::string& s) {
    if (std::islower(static_cast<unsigned char>(s[0]))) return false;  // "al-Qaeda"
    if (IsAcronym(s)) return s.size() <= 3;                               // "the UN", "NATO"
    if (e.type != ActorType::kArmedGroup) return true;                    // "the World Bank", "the Pentagon"
    for (const char* last : {"Taliban", "network", "Network", "Brigades", "Brigade", "Front", "Army", "Movement", "Forces"}) {
      if (EndsWith(s, last)) return true;
    }
    return false;
  };
  o.name_the = the_for(o.name);
  o.short_the = the_for(o.short_name);
  return o;
}

Verb MakeVerb(const VerbPattern& p, const std::unordered_map<std::string, std::vector<std::string>>& irregular) {
  Verb v;
  v.base = p.words.front();
  for (const auto& [form, kind] : Inflect(v.base, irregular)) {
    std::string* slot = nullptr;
    switch (kind) {
      case VerbForm::kBase: break;
      case VerbForm::kThird: slot = &v.third; break;
      case VerbForm::kPast: slot = &v.past; break;
      case VerbForm::kParticiple: slot = &v.participle; break;
      case VerbForm::kGerund: slot = &v.gerund; break;
    }
    if (slot && slot->empty()) *slot = form;
  }
  v.rest = Join(p.words, 1, p.words.size());
  v.ends_with_preposition = p.ends_with_preposition;
  v.rest_no_prep = p.ends_with_preposition ? Join(p.words, 1, p.words.size() - 1) : v.rest;
  return v;
}

}  // namespace

size_t Rng::Weighted(const std::vector<unsigned>& weights) {
  uint64_t total = 0;
  for (unsigned w : weights) total += w;
  uint64_t x = total == 0 ? 0 : engine_() % total;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i]) return i;
    x -= weights[i];
  }
  return weights.empty() ? 0 : weights.size() - 1;
}

std::string Possessive(const std::string& name) { return EndsWith(name, "s") ? name + "'" : name + "'s"; }

std::string Capitalize(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

Status Vocabulary::Build(Vocabulary* v) {
  Dictionary dict;
  if (Status s = Dictionary::Load({}, &dict); !s.ok()) return s;

  std::unordered_map<std::string, std::string> title_of_role;
  for (const auto& t : dict.titles()) {
    if (title_of_role.count(t.role)) continue;
    for (const auto& form : t.forms) {
      if (!form.empty() && std::isupper(static_cast<unsigned char>(form[0])) && !IsAcronym(form)) {
        title_of_role[t.role] = form;
        break;
      }
    }
  }
  for (const auto& e : dict.actors()) {
    if (e.type == ActorType::kCountry) {
      v->country_index[e.id] = v->countries.size();
      v->countries.push_back(MakeCountry(e));
    } else if (e.type == ActorType::kArmedGroup) {
      v->groups.push_back(MakeOrg(e));
    } else if (e.type == ActorType::kOrganization || e.type == ActorType::kGovernment) {
      v->org_index[e.id] = v->orgs.size();
      if (e.country.empty()) v->international.push_back(v->orgs.size());
      else v->bodies_of[e.country].push_back(v->orgs.size());
      v->orgs.push_back(MakeOrg(e));
    }
  }
  for (const char* id : {"USA", "CHN", "RUS", "UKR", "IND", "PAK", "IRN", "ISR", "GBR", "FRA", "DEU", "JPN", "TUR",
                         "SAU", "AFG", "PRK", "KOR", "SYR", "IRQ", "EGY", "QAT", "ARE", "BRA", "ZAF", "NGA", "PSE",
                         "LBN", "TWN", "POL", "VEN"}) {
    auto it = v->country_index.find(id);
    if (it != v->country_index.end()) v->prominent.push_back(it->second);
  }
  for (const char* id : {"UN", "UNSC", "UNGA", "NATO", "EU", "EC", "IMF", "WHO", "IAEA", "AU", "ASEAN", "G7", "G20",
                         "OPEC", "ICC", "GCC", "ARAB-LEAGUE", "WTO", "OSCE", "ECOWAS", "SCO", "BRICS"}) {
    auto it = v->org_index.find(id);
    if (it != v->org_index.end()) v->prominent_orgs.push_back(it->second);
  }
  for (const auto& r : dict.leaders()) {
    const ActorEntry* person = dict.ActorById(r.id);
    Leader l{r.id, r.name, "", "", r.country, r.start, r.end};
    auto title = title_of_role.find(r.role);
    if (title != title_of_role.end()) {
      l.title = title->second;
    } else {  // "irgc commander" -> "Irgc Commander"
      for (size_t i = 0; i < r.role.size(); ++i) {
        l.title += i == 0 || r.role[i - 1] == ' ' ? static_cast<char>(std::toupper(static_cast<unsigned char>(r.role[i])))
                                                  : r.role[i];
      }
    }
    if (person) {
      for (const auto& a : person->aliases) {
        if (a.find(' ') == std::string::npos && !IsAcronym(a)) {
          l.short_name = a;
          break;
        }
      }
    }
    if (l.short_name.empty()) l.short_name = l.name.substr(l.name.rfind(' ') + 1);
    if (l.title.rfind("Former", 0) == 0 || l.title.rfind("Ex-", 0) == 0) continue;
    v->leaders_of[l.org_id].push_back(v->leaders.size());
    v->leaders.push_back(std::move(l));
  }
  for (const auto& b : dict.bodies()) {
    if (!b.heads.empty() && b.heads.front().find("nations") == std::string::npos) {
      v->body_heads.push_back(b.heads.front());
    }
  }
  for (const auto& p : dict.verbs()) {
    if (p.words.empty()) continue;
    Verb verb = MakeVerb(p, dict.irregular());
    if (p.flags & kFlagNegate) {
      v->negators.push_back(std::move(verb));
    } else if (p.flags & kFlagControl) {
      v->control.push_back(std::move(verb));
    } else if (p.flags & kFlagSpeech) {
      if ((p.flags & kFlagNoObject) && !p.ends_with_preposition) v->speech.push_back(std::move(verb));
    } else if (p.flags & (kFlagIntent | kFlagNoObject)) {
      continue;
    } else {
      if (p.flags & kFlagSymmetric) v->symmetric.push_back(verb);
      v->transitive.push_back(std::move(verb));
    }
  }
  for (const auto& n : dict.nouns()) v->nouns.push_back(Noun{n.noun, n.preposition});
  if (v->countries.size() < 3 || v->transitive.empty() || v->speech.empty() || v->control.empty() ||
      v->negators.empty() || v->symmetric.empty() || v->nouns.empty() || v->international.empty() || v->prominent_orgs.empty() || v->groups.empty()) {
    return Status::InvalidArgument("corpus generator: the dictionaries lack countries, organisations or verbs");
  }
  return Status::OK();
}

}  // namespace geokg::bench::corpus
