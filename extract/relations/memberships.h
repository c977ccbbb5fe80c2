// Memberships of states and bodies stated in a sentence (issue #11): who is a
// member, ally or part of an organisation. Persons' roles are found with
// their names (mentions.cc); this reads the constructions that name states:
//   "NATO ally Greece", "EU members Hungary and Slovakia"
//   "the CSTO, a security bloc comprising Russia, Kazakhstan and Armenia"
//   "Mercosur, whose founding members are Argentina, Brazil, ..."
//   "Finland is a member of NATO", "Sweden became the 32nd member of NATO"
#pragma once

#include <vector>

#include "extract/entities/mentions.h"
#include "extract/text/tokenizer.h"

namespace geokg {

// The memberships `tokens` states between its `mentions` (in order, as
// MentionFinder::Find gives them); each is member -role-> organisation with
// role "member" or "ally", for sentence `sentence`.
std::vector<Affiliation> FindMemberships(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                                         size_t sentence);

}  // namespace geokg
