// Rules of the import (rules of the domain, applied to every entry alike):
// - geokg wins: a person, organisation or group any of whose names geokg
//   already has is left out; so are body nouns geokg has as a body or a title,
//   and verb patterns geokg has.
// - Person names are written in full: single-word forms (a bare surname)
//   and forms naming an administration or government rather than the person
//   are dropped.
// - Names of fewer than three characters are dropped (ambiguous initials).
// - Agents written before the actor (NGO~) and agent nouns geokg reads as the
//   state itself (government, authorities, officials...) are not bodies.
// - Verb patterns need a CAMEO code of the codebook (cameo.tsv) and at least
//   one word after the verb: a verb alone carries its block's cue-category
//   code, which geokg's own verbs code by sense (measured: the verbs alone
//   cost relation F1 on all three development sets, the patterns gain).
#include "extract/dictionary/petrarch_import.h"

#include "extract/text/ascii.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

namespace geokg {
namespace {

const char* kHeader =
    "# Imported from PETRARCH-2's dictionaries (openeventdata/petrarch2, commit 676801c) by\n"
    "# `geokg dict import --petrarch`; do not edit by hand, re-run the import.\n"
    "# MIT licence, Copyright (c) 2014 Open Event Data (see NOTICE).\n";


size_t WordCount(const std::string& s) {
  std::istringstream in(s);
  size_t n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

bool IsAlpha3(const std::string& s) {
  return s.size() == 3 && std::isalpha(static_cast<unsigned char>(s[0])) &&
         std::isalpha(static_cast<unsigned char>(s[1])) && std::isalpha(static_cast<unsigned char>(s[2]));
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// The names geokg already has, lower-cased.
std::set<std::string> KnownNames(const Dictionary& known) {
  std::set<std::string> names;
  for (const auto& actor : known.actors()) {
    names.insert(AsciiLower(actor.name));
    for (const auto& alias : actor.aliases) names.insert(AsciiLower(alias));
  }
  return names;
}

bool AnyKnown(const std::vector<std::string>& forms, const std::set<std::string>& known) {
  for (const auto& form : forms) {
    if (known.count(AsciiLower(form))) return true;
  }
  return false;
}

bool NamesGovernment(const std::string& form) {
  std::string lower = " " + AsciiLower(form) + " ";
  for (const char* word : {" administration ", " government ", " regime ", " cabinet "}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// Role names of CAMEO agent codes as geokg writes roles.
std::string RoleOfAgent(const std::string& agent) {
  if (agent.rfind("GOV", 0) == 0) return "government official";
  if (agent.rfind("MIL", 0) == 0) return "military officer";
  if (agent.rfind("ELI", 0) == 0) return "elite";
  if (agent.rfind("LEG", 0) == 0) return "legislator";
  if (agent.rfind("JUD", 0) == 0) return "judge";
  if (agent.rfind("OPP", 0) == 0) return "opposition figure";
  if (agent.rfind("REB", 0) == 0) return "rebel leader";
  return "";
}

void ImportPersons(const PetrarchDictionary& file, const Dictionary& known, const std::set<std::string>& known_names,
                   std::set<std::string>* ids, std::ostringstream* out, PetrarchImportCounts* counts) {
  for (const auto& actor : file.actors) {
    if (actor.spans.empty()) continue;
    if (AnyKnown(actor.forms, known_names)) {
      ++counts->duplicates;
      continue;
    }
    std::vector<std::string> forms;
    for (const auto& form : actor.forms) {
      if (WordCount(form) < 2 || NamesGovernment(form)) {
        ++counts->filtered;
        continue;
      }
      if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
    }
    if (forms.empty()) continue;
    std::string id = "P-";
    for (unsigned char c : forms[0]) {
      if (std::isalnum(c)) id += static_cast<char>(std::toupper(c));
      else if (id.back() != '-') id += '-';
    }
    if (!ids->insert(id).second) {
      ++counts->duplicates;
      continue;
    }
    bool first = true;
    for (const auto& span : actor.spans) {
      std::string country = span.code.substr(0, 3);
      const ActorEntry* state = IsAlpha3(country) ? known.ActorById(country) : nullptr;
      std::string role = RoleOfAgent(span.code.substr(std::min<size_t>(3, span.code.size())));
      if (!state || state->type != ActorType::kCountry || role.empty()) continue;
      std::vector<std::string> aliases(forms.begin() + 1, forms.end());
      *out << id << '\t' << forms[0] << '\t' << country << '\t' << role << '\t' << span.start << '\t' << span.end
           << '\t' << (first ? Join(aliases, "|") : "") << '\t' << span.code << '\n';
      if (first) ++counts->persons;
      first = false;
      ++counts->roles;
    }
  }
}

// Organisations (IGO, NGO codes) and armed groups, one actor per code.
void ImportActors(const PetrarchDictionary& file, const Dictionary& known, const std::set<std::string>& known_names,
                  std::ostringstream* organisations, std::ostringstream* groups, PetrarchImportCounts* counts) {
  std::map<std::string, std::vector<std::string>> forms_by_code;
  std::vector<std::string> order;
  std::set<std::string> known_codes;
  for (const auto& actor : file.actors) {
    if (!actor.spans.empty() || actor.code.size() <= 3) continue;
    if (AnyKnown(actor.forms, known_names)) known_codes.insert(actor.code);
    auto& forms = forms_by_code[actor.code];
    if (forms.empty()) order.push_back(actor.code);
    for (const auto& form : actor.forms) {
      if (form.size() < 3) {
        ++counts->filtered;
      } else if (std::find(forms.begin(), forms.end(), form) == forms.end()) {
        forms.push_back(form);
      }
    }
  }
  for (const auto& code : order) {
    const auto& forms = forms_by_code[code];
    if (known_codes.count(code) || known.ActorById(code)) {
      ++counts->duplicates;
      continue;
    }
    if (forms.empty()) continue;
    const bool igo = code.rfind("IGO", 0) == 0;
    const bool ngo = code.rfind("NGO", 0) == 0 || code.rfind("NGM", 0) == 0;
    const bool armed = code.find("REB") != std::string::npos || code.find("INS") != std::string::npos ||
                       code.find("UAF") != std::string::npos || code.rfind("IMG", 0) == 0;
    std::string country = code.substr(0, 3);
    const ActorEntry* state = known.ActorById(country);
    if (!state || state->type != ActorType::kCountry) country.clear();
    std::vector<std::string> aliases(forms.begin() + 1, forms.end());
    if (armed) {
      *groups << code << "\tarmed_group\t" << forms[0] << '\t' << country << '\t' << Join(aliases, "|") << '\t'
              << code << '\n';
      ++counts->armed_groups;
    } else if (igo || ngo) {
      *organisations << code << "\torganization\t" << forms[0] << "\t\t" << Join(aliases, "|") << '\t' << code
                     << '\n';
      ++counts->organisations;
    }
  }
}

void ImportBodies(const PetrarchDictionary& agents, const Dictionary& known, std::ostringstream* out,
                  PetrarchImportCounts* counts) {
  std::set<std::string> known_heads = {"government", "governments", "administration", "administrations",
                                       "authorities", "authority", "leadership", "official", "officials"};
  for (const auto& body : known.bodies()) known_heads.insert(body.heads.begin(), body.heads.end());
  for (const auto& title : known.titles()) {
    for (const auto& form : title.forms) {
      known_heads.insert(AsciiLower(form));
      known_heads.insert(AsciiLower(form) + "s");
    }
  }
  std::map<std::string, std::vector<std::string>> heads_by_code;
  std::map<std::string, std::string> first_phrase;
  for (const auto& agent : agents.agents) {
    if (agent.before_actor) {
      ++counts->filtered;
      continue;
    }
    auto& heads = heads_by_code[agent.code];
    for (const auto& form : agent.forms) {
      if (known_heads.count(form)) {
        ++counts->duplicates;
      } else if (std::find(heads.begin(), heads.end(), form) == heads.end()) {
        heads.push_back(form);
        if (!first_phrase.count(agent.code)) first_phrase[agent.code] = form;
      }
    }
  }
  for (const auto& [code, heads] : heads_by_code) {
    if (heads.empty()) continue;
    ActorType type = ActorType::kOther;
    if (code.find("REB") != std::string::npos || code.find("INS") != std::string::npos) type = ActorType::kArmedGroup;
    else if (code.rfind("GOV", 0) == 0 || code.rfind("MIL", 0) == 0 || code.rfind("COP", 0) == 0 ||
             code.rfind("SPY", 0) == 0 || code.rfind("LEG", 0) == 0 || code.rfind("JUD", 0) == 0) {
      type = ActorType::kGovernment;
    }
    *out << Join(heads, "|") << '\t' << code << "\t{adj} " << PetrarchPhraseToName(first_phrase[code]) << '\t'
         << ToString(type) << '\t' << code << '\n';
    ++counts->bodies;
  }
}

void ImportVerbs(const PetrarchDictionary& verbs, const Dictionary& known, std::ostringstream* out,
                 PetrarchImportCounts* counts) {
  std::set<std::string> keys;
  for (const auto& verb : known.verbs()) keys.insert(Join(verb.words, " "));
  for (const auto& verb : verbs.verbs) {
    std::string key = Join(verb.words, " ");
    if (!keys.insert(key).second) {
      ++counts->duplicates;
      continue;
    }
    if (!known.Cameo(verb.code) || verb.words.size() < 2) {
      ++counts->filtered;
      continue;
    }
    *out << key << "\t\t" << verb.code << '\n';
    ++counts->verbs;
  }
}

}  // namespace

std::map<std::string, std::string> ImportPetrarch(const PetrarchImportInput& input, const Dictionary& known,
                                                  PetrarchImportCounts* counts) {
  *counts = PetrarchImportCounts();
  const std::set<std::string> known_names = KnownNames(known);
  std::ostringstream leaders, organisations, groups, bodies, verbs;
  std::set<std::string> person_ids;
  for (const auto& file : input.actors) {
    ImportPersons(file, known, known_names, &person_ids, &leaders, counts);
    ImportActors(file, known, known_names, &organisations, &groups, counts);
  }
  ImportBodies(input.agents, known, &bodies, counts);
  ImportVerbs(input.verbs, known, &verbs, counts);
  return {
      {"leaders-petrarch.tsv", std::string(kHeader) + "# id, name, country, role, start, end, aliases, cameo\n" + leaders.str()},
      {"organisations-petrarch.tsv",
       std::string(kHeader) + "# id, type, name, country, aliases, cameo\n" + organisations.str()},
      {"groups-petrarch.tsv", std::string(kHeader) + "# id, type, name, country, aliases, cameo\n" + groups.str()},
      {"bodies-petrarch.tsv", std::string(kHeader) + "# heads, suffix, name, type, cameo agent\n" + bodies.str()},
      {"verbs-petrarch.tsv", std::string(kHeader) + "# pattern, predicate, cameo\n" + verbs.str()},
  };
}

}  // namespace geokg
