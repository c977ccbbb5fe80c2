// CameoActorCoder: the CAMEO actor code of an actor at a date, so that
// geokg's output can be joined with GDELT/ICEWS/Phoenix event data and
// compared with PETRARCH's codings: the code a dictionary gives the actor
// (dated codes first), the ISO alpha-3 of a country, the country's code with
// the agent code of a body (PAK-MIL -> PAKMIL, GON police -> GONCOP),
// COUNTRY+GOV for a person in a state office, and COUNTRY+GOV for a state the
// text named by its government ("the Kenyan government", "Pakistani
// officials"), as PETRARCH joins an actor's code with its agent's.
#pragma once

#include <string>
#include <vector>

#include "extract/entities/actor_knowledge.h"
#include "graph/model.h"

namespace geokg {

class CameoActorCoder {
 public:
  explicit CameoActorCoder(const ActorKnowledge& knowledge);

  // The code of `actor` on `date` (YYYY-MM-DD; empty: the latest), or empty
  // when the dictionaries give none. A state whose `surface` has a noun of
  // the government sector (sectors.tsv) gets the agent GOV after its code.
  std::string Code(const ActorRef& actor, const std::string& date) const;

  // The code of `person`, whom the text gave an office in `office` (a state,
  // its body or its sector: "Niger army chief Salifou Mody"): the office's
  // code (a state's with the agent GOV, a body's or sector's own) when the
  // dictionaries give the person none or only that state's code, as
  // PETRARCH adds a title's agent to a person's country; else Code().
  std::string OfficeHolderCode(const ActorRef& person, const ActorRef& office, const std::string& date) const;

 private:
  bool NamedByGovernmentNoun(const std::string& surface) const;

  std::string DictionaryCode(const std::string& id, const std::string& date) const;
  std::string CountryCode(const std::string& country_id, const std::string& date) const;

  const ActorKnowledge& knowledge_;
  std::vector<std::string> government_nouns_;  // " officials ": the government sector's nouns, spaced
};

// The CAMEO agent code of one of geokg's body suffixes (MFA -> GOV, POL ->
// COP, PARL -> LEG), or empty.
std::string CameoAgentOfBodySuffix(const std::string& suffix);

}  // namespace geokg
