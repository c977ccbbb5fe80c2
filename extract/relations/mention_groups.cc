// Coordinated mention groups: "A, B and C", "A as well as B".
#include "extract/relations/relation_rules.h"

#include <string>

namespace geokg {

// Mention group starting at mention `first`: coordinated mentions after it
// ("A, B and C", "A as well as B").
Group GroupForward(const std::vector<Mention>& mentions, const std::vector<Token>& t, int first) {
  Group group = {first};
  size_t idx = static_cast<size_t>(first);
  while (idx + 1 < mentions.size()) {
    // "..., and the United States has said": a new clause, not a coordinated object.
    size_t after = mentions[idx + 1].end;
    if (after < t.size() && (IsAuxiliary(t[after].lower) || IsModal(t[after].lower)) && t[after].text != "'s") break;
    size_t gap_begin = mentions[idx].end, gap_end = mentions[idx + 1].begin;
    std::string gap;
    for (size_t k = gap_begin; k < gap_end; ++k) gap += t[k].lower + " ";
    if (gap.empty() || gap == ", " || gap == "and " || gap == ", and " || gap == "or " || gap == "as well as " ||
        gap == "and the " || gap == ", the " || gap == ", and the " || gap == "and its ") {
      group.push_back(static_cast<int>(++idx));
    } else {
      break;
    }
  }
  return group;
}

// Mention group ending at mention `last`, extended to the left.
Group GroupBackward(const std::vector<Mention>& mentions, const std::vector<Token>& t, int last) {
  Group group = {last};
  int idx = last;
  bool conjunction = false;  // the list has its "and" / "or"
  while (idx > 0) {
    size_t gap_begin = mentions[static_cast<size_t>(idx - 1)].end, gap_end = mentions[static_cast<size_t>(idx)].begin;
    std::string gap;
    for (size_t k = gap_begin; k < gap_end; ++k) gap += t[k].lower + " ";
    // "In a letter to the council, Erdan called": a comma after a
    // prepositional phrase ends it; the actor there is not in the list.
    size_t before = mentions[static_cast<size_t>(idx - 1)].begin;
    if (before > 0 && t[before - 1].lower == "the") --before;
    const bool introductory =
        !conjunction && (gap == ", " || gap == ", the ") && before > 0 && IsPreposition(t[before - 1].lower);
    if (introductory) break;
    conjunction = conjunction || gap.find("and ") != std::string::npos || gap == "or " || gap == "as well as ";
    if (gap.empty() || gap == ", " || gap == "and " || gap == ", and " || gap == "or " || gap == "as well as " ||
        gap == "and the " || gap == ", the " || gap == ", and the ") {
      group.insert(group.begin(), --idx);
    } else {
      break;
    }
  }
  return group;
}

}  // namespace geokg
