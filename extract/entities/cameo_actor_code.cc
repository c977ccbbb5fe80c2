#include "extract/entities/cameo_actor_code.h"

#include <unordered_map>

#include "extract/text/ascii.h"

namespace geokg {

std::string CameoAgentOfBodySuffix(const std::string& suffix) {
  // The CAMEO agent codes (CAMEO manual, chapter 2): GOV government, MIL
  // military, COP police, SPY intelligence, LEG legislature, JUD judiciary,
  // OPP opposition.
  static const std::unordered_map<std::string, std::string> kAgents = {
      {"MFA", "GOV"},      {"MOD", "GOV"},    {"MOI", "GOV"},      {"MOF", "GOV"},     {"MOC", "GOV"},
      {"ECON", "GOV"},     {"ENERGY", "GOV"}, {"INFO", "GOV"},     {"JUST", "GOV"},    {"HEALTH", "GOV"},
      {"EDU", "GOV"},      {"AGRI", "GOV"},   {"INDUSTRY", "GOV"}, {"TRANSPORT", "GOV"}, {"ENV", "GOV"},
      {"TELECOM", "GOV"},  {"INTMIN", "GOV"}, {"RELIG", "GOV"},    {"EMB", "GOV"},     {"HCOM", "GOV"},
      {"CONS", "GOV"},     {"UNMIS", "GOV"},  {"NSC", "GOV"},      {"WARCAB", "GOV"},  {"SECCAB", "GOV"},
      {"PRES", "GOV"},     {"PMO", "GOV"},    {"ROYAL", "GOV"},    {"CB", "GOV"},      {"ELEC", "GOV"},
      {"ATOM", "GOV"},     {"SPACE", "GOV"},  {"ARMY", "MIL"},     {"MIL", "MIL"},     {"GS", "MIL"},
      {"NAVY", "MIL"},     {"AF", "MIL"},     {"CG", "MIL"},       {"MAR", "MIL"},     {"SF", "MIL"},
      {"NG", "MIL"},       {"PG", "MIL"},     {"RG", "MIL"},       {"PARA", "MIL"},    {"SEC", "MIL"},
      {"BORDER", "MIL"},   {"JUNTA", "MIL"},  {"GEND", "COP"},     {"POL", "COP"},     {"CTD", "COP"},
      {"CUST", "COP"},     {"INT", "SPY"},    {"MI", "SPY"},       {"FIS", "SPY"},     {"PARL", "LEG"},
      {"SEN", "LEG"},      {"HOUSE", "LEG"},  {"SC", "JUD"},       {"CONSTC", "JUD"},  {"JUD", "JUD"},
      {"PROS", "JUD"},     {"OPP", "OPP"},
  };
  auto it = kAgents.find(suffix);
  return it == kAgents.end() ? "" : it->second;
}

std::string CameoActorCoder::DictionaryCode(const std::string& id, const std::string& date) const {
  const ActorEntry* entry = knowledge_.dictionary().ActorById(id);
  if (!entry) return "";
  for (const auto& span : entry->cameo_spans) {
    if (date.empty() || ((span.start.empty() || date >= span.start) && (span.end.empty() || date <= span.end))) {
      if (date.empty() && &span != &entry->cameo_spans.back()) continue;
      return span.code;
    }
  }
  return entry->cameo_code;
}

std::string CameoActorCoder::CountryCode(const std::string& country_id, const std::string& date) const {
  std::string code = DictionaryCode(country_id, date);
  return code.empty() ? country_id : code;
}

// Whether the words of `surface` contain a government noun as whole words:
// "Calenardhon government", "Pakistani officials", "the Kenyan side".
CameoActorCoder::CameoActorCoder(const ActorKnowledge& knowledge) : knowledge_(knowledge) {
  if (const BodyTemplate* government = knowledge_.BodyBySuffix(kGovernmentSector)) {
    for (const auto& head : government->heads) government_nouns_.push_back(" " + head + " ");
  }
}

bool CameoActorCoder::NamedByGovernmentNoun(const std::string& surface) const {
  if (surface.find(' ') == std::string::npos) return false;
  const std::string words = " " + AsciiLower(surface) + " ";
  for (const auto& noun : government_nouns_) {
    if (words.find(noun) != std::string::npos) return true;
  }
  return false;
}

std::string CameoActorCoder::Code(const ActorRef& actor, const std::string& date) const {
  if (actor.type == ActorType::kCountry) {
    std::string code = CountryCode(actor.id, date);
    return NamedByGovernmentNoun(actor.surface) ? code + kGovernmentSector : code;
  }
  if (std::string code = DictionaryCode(actor.id, date); !code.empty()) return code;
  switch (actor.type) {
    case ActorType::kPerson:
      for (const LeaderRole* office : knowledge_.Offices(actor.id, date)) {
        if (!office->cameo.empty()) return office->cameo;
        const ActorEntry* org = knowledge_.dictionary().ActorById(office->country);
        if (org && org->type == ActorType::kCountry) return CountryCode(org->id, date) + "GOV";
        if (org) return DictionaryCode(org->id, date);
      }
      return "";
    case ActorType::kParty:
      return actor.country.empty() ? "" : CountryCode(actor.country, date) + "PTY";
    default:
      break;
  }
  // A body of a state: COUNTRY-SUFFIX.
  size_t dash = actor.id.find('-');
  if (actor.country.empty() || dash == std::string::npos || actor.id.compare(0, dash, actor.country) != 0) return "";
  std::string suffix = actor.id.substr(dash + 1);
  const BodyTemplate* body = knowledge_.BodyBySuffix(suffix);
  // A sector's code (sectors.tsv) is its CAMEO agent code already.
  std::string agent = body && !body->cameo_agent.empty()      ? body->cameo_agent
                      : body && body->type == ActorType::kSector ? suffix
                                                                 : CameoAgentOfBodySuffix(suffix);
  if (agent.empty()) return "";
  std::string country = CountryCode(actor.country, date);
  return body && body->cameo_agent_first ? agent + country : country + agent;
}

std::string CameoActorCoder::OfficeHolderCode(const ActorRef& person, const ActorRef& office,
                                              const std::string& date) const {
  std::string code = Code(person, date);
  const std::string& state = office.type == ActorType::kCountry ? office.id : office.country;
  if (state.empty() || !(code.empty() || code == CountryCode(state, date))) return code;
  std::string office_code =
      office.type == ActorType::kCountry ? CountryCode(state, date) + kGovernmentSector : Code(office, date);
  return office_code.empty() ? code : office_code;
}

}  // namespace geokg
