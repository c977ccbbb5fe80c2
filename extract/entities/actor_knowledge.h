// ActorKnowledge: the actor, title and body dictionaries compiled into phrase
// indexes for matching, built once per Extractor and read-only afterwards.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/dictionary/dictionary.h"
#include "extract/dictionary/phrase_index.h"

namespace geokg {

// The sector code (sectors.tsv) that names a state's government: the state itself.
inline constexpr const char* kGovernmentSector = "GOV";

class ActorKnowledge {
 public:
  explicit ActorKnowledge(const Dictionary& dictionary);

  const Dictionary& dictionary() const { return dictionary_; }
  // Actor names and aliases; values index dictionary().actors().
  const PhraseIndex& actor_names() const { return actor_names_; }
  // Titles; values index dictionary().titles().
  const PhraseIndex& titles() const { return titles_; }
  // Body nouns; values index dictionary().bodies().
  const PhraseIndex& body_heads() const { return body_heads_; }

  // The ActorRef of dictionary actor `index`.
  ActorRef Ref(int index) const;
  // The body or sector `body` of country `country_id` ("PAK-MFA", "Ministry of
  // Foreign Affairs of Pakistan"; "KEN-COP", "Kenya police"); the government
  // sector (GOV) is the country itself.
  ActorRef Body(const BodyTemplate& body, const std::string& country_id) const;
  // The body with id suffix `suffix` of a country, if the dictionary has one.
  const BodyTemplate* BodyBySuffix(const std::string& suffix) const;

  // Leaders whose name has the token `token` (a surname or first name), in
  // office on `date` (any date when empty); indexes dictionary().leaders().
  std::vector<int> LeadersByToken(const std::string& token, const std::string& date) const;
  // The holder of `role` in `country` on `date` (index into leaders()), or -1.
  int LeaderByRole(const std::string& role, const std::string& country, const std::string& date) const;
  // Where `person_id` held office on `date`: the country or organisation of
  // the role named `role` if any, else of any role then held; empty if none.
  std::string LeaderOrg(const std::string& person_id, const std::string& role, const std::string& date) const;
  // The offices `person_id` held on `date` (any date when empty).
  std::vector<const LeaderRole*> Offices(const std::string& person_id, const std::string& date) const;
  // The first adjective (demonym) of a country: "Pakistani" for PAK.
  std::string Adjective(const std::string& country_id) const;

 private:
  const Dictionary& dictionary_;
  PhraseIndex actor_names_;
  PhraseIndex titles_;
  PhraseIndex body_heads_;
  std::unordered_map<std::string, std::vector<int>> leaders_by_token_;
  std::unordered_map<std::string, std::string> adjectives_;
};

}  // namespace geokg
