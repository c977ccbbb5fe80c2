#include "extract/relations/memberships.h"

#include <string>
#include <unordered_set>

namespace geokg {
namespace {

bool IsState(const Mention& m) {
  return !m.pronoun && (m.actor.type == ActorType::kCountry || m.actor.type == ActorType::kGovernment);
}

// An organisation states can belong to: an international organisation, an
// alliance, a coalition or force made of states' contingents.
bool IsGrouping(const Mention& m) {
  return !m.pronoun && m.actor.type == ActorType::kOrganization;
}

// "ally", "allies" give the role ally; "member", "members", "member state(s)",
// "member country", "partner" give member. Returns the tokens read (0: none).
size_t MemberNoun(const std::vector<Token>& t, size_t k, std::string* role) {
  if (k >= t.size()) return 0;
  const std::string& w = t[k].lower;
  if (w == "ally" || w == "allies") {
    *role = "ally";
    return 1;
  }
  if (w != "member" && w != "members" && w != "partner" && w != "partners") return 0;
  *role = "member";
  if (k + 1 < t.size()) {
    const std::string& next = t[k + 1].lower;
    if (next == "state" || next == "states" || next == "country" || next == "countries" || next == "nation" ||
        next == "nations") {
      return 2;
    }
  }
  return 1;
}

// The words that introduce the members of a grouping: "comprising",
// "including", "grouping", "made up of", "composed of", "formed by",
// "bringing together", "drawn from" (a force of national contingents), "whose
// (founding) members are/include", after "is" too. Returns the tokens read
// (0: none).
size_t ListIntroducer(const std::vector<Token>& t, size_t k) {
  if (k >= t.size()) return 0;
  static const std::unordered_set<std::string> kOne = {"comprising", "including", "grouping", "comprises",
                                                        "includes",   "groups"};
  if (kOne.count(t[k].lower)) return 1;
  auto at = [&](size_t j, const char* w) { return j < t.size() && t[j].lower == w; };
  if ((at(k, "made") && at(k + 1, "up") && at(k + 2, "of"))) return 3;
  if ((at(k, "composed") && at(k + 1, "of")) || (at(k, "formed") && at(k + 1, "by")) ||
      (at(k, "bringing") && at(k + 1, "together")) || (at(k, "drawn") && at(k + 1, "from"))) {
    return 2;
  }
  // "The force is drawn from Uganda, ...", "the bloc is made up of ..."
  if ((at(k, "is") || at(k, "are") || at(k, "was")) && ListIntroducer(t, k + 1)) return 1 + ListIntroducer(t, k + 1);
  if (at(k, "whose")) {
    size_t j = k + 1;
    if (at(j, "founding") || at(j, "current") || at(j, "full")) ++j;
    if (at(j, "members") && (at(j + 1, "are") || at(j + 1, "include"))) return j + 2 - k;
  }
  return 0;
}

// The mentions of states listed from token `k`: "Russia, Kazakhstan, Armenia
// and three other states" gives the three named. `next` indexes the first
// mention at or after k.
std::vector<const Mention*> StateList(const std::vector<Token>& t, const std::vector<Mention>& mentions, size_t next,
                                      size_t k) {
  std::vector<const Mention*> list;
  for (size_t i = next; i < mentions.size() && mentions[i].begin == k && IsState(mentions[i]); ++i) {
    list.push_back(&mentions[i]);
    k = mentions[i].end;
    if (k < t.size() && t[k].text == ",") ++k;
    if (k < t.size() && (t[k].lower == "and" || t[k].lower == "or")) ++k;
  }
  return list;
}

size_t MentionAt(const std::vector<Mention>& mentions, size_t from, size_t k) {
  while (from < mentions.size() && mentions[from].begin < k) ++from;
  return from;
}

}  // namespace

std::vector<Affiliation> FindMemberships(const std::vector<Token>& t, const std::vector<Mention>& mentions,
                                         size_t sentence) {
  std::vector<Affiliation> found;
  auto add = [&](const std::vector<const Mention*>& members, const std::string& role, const ActorRef& org) {
    for (const Mention* m : members) {
      if (m->actor.id != org.id) found.push_back(Affiliation{m->actor, role, org, sentence, false});
    }
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    std::string role;
    if (IsGrouping(m)) {
      size_t k = m.end;
      // "NATO ally Greece", "fellow EU members Hungary and Slovakia"
      if (size_t n = MemberNoun(t, k, &role)) {
        add(StateList(t, mentions, i + 1, k + n), role, m.actor);
        continue;
      }
      // "the CSTO, a security bloc comprising Russia, ...": an apposition of
      // up to four words before the list.
      if (k < t.size() && t[k].text == ",") {
        ++k;
        for (size_t words = 0; words < 4 && k < t.size() && !ListIntroducer(t, k) && t[k].word && !t[k].capitalized;
             ++words) {
          ++k;
        }
      }
      if (size_t n = ListIntroducer(t, k)) add(StateList(t, mentions, MentionAt(mentions, i + 1, k + n), k + n), "member", m.actor);
      continue;
    }
    if (!IsState(m)) continue;
    // "Finland is a member of NATO", "Sweden became the newest member of the alliance".
    size_t k = m.end;
    if (k < t.size() && (t[k].lower == "is" || t[k].lower == "was" || t[k].lower == "became" ||
                         t[k].lower == "remains" || t[k].text == ",")) {
      ++k;
    } else {
      continue;
    }
    if (k < t.size() && (t[k].lower == "a" || t[k].lower == "an" || t[k].lower == "the")) ++k;
    for (size_t words = 0; words < 2 && k < t.size() && !MemberNoun(t, k, &role) && t[k].word && !t[k].capitalized;
         ++words) {
      ++k;  // "founding", "close", "32nd", "newest"
    }
    size_t n = MemberNoun(t, k, &role);
    if (!n || k + n >= t.size() || t[k + n].lower != "of") continue;
    size_t o = k + n + 1;
    if (o < t.size() && t[o].lower == "the") ++o;
    size_t at = MentionAt(mentions, i + 1, o);
    if (at < mentions.size() && mentions[at].begin == o && IsGrouping(mentions[at])) {
      add({&m}, role, mentions[at].actor);
    }
  }
  return found;
}

}  // namespace geokg
