#include "extract/entities/mention_rules.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "extract/text/lexicon.h"

namespace geokg::mention_rules {
namespace {

const std::vector<std::string>& NameParticles() {
  static const std::vector<std::string> kParticles = {"bin", "bint", "ibn", "al", "el", "von", "van", "der",
                                                      "de", "da", "du", "la", "le", "di", "dos", "ul"};
  return kParticles;
}

// A particle joined to the capitalised name it belongs to: "al-Mesmari",
// "el-Sisi", "bin-Laden", "ul-Haq", "Abu-" is capitalised anyway.
bool IsJoinedParticleName(const Token& t) {
  const size_t dash = t.text.find('-');
  if (!t.word || dash == std::string::npos || dash == 0 || dash + 1 >= t.text.size()) return false;
  if (!std::isupper(static_cast<unsigned char>(t.text[dash + 1]))) return false;
  static const std::vector<std::string> kJoined = {"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn"};
  return std::find(kJoined.begin(), kJoined.end(), t.lower.substr(0, dash)) != kJoined.end();
}

}  // namespace

bool IsNameToken(const Token& t) {
  if (!t.word || !t.capitalized) return false;
  if (IsMonthOrDay(t.text)) return false;
  // All-caps words of more than 4 letters are datelines or shouting, not names.
  if (t.text.size() > 4 && std::all_of(t.text.begin(), t.text.end(), [](unsigned char c) {
        return !std::islower(c);
      })) {
    return false;
  }
  static const std::unordered_set<std::string> kNotNames = {"The", "A", "An", "In", "On", "At", "He", "She", "It",
                                                     "They", "We", "I", "But", "And", "This", "That", "His",
                                                     "Her", "Its", "Their", "However", "Meanwhile", "After"};
  return kNotNames.count(t.text) == 0;
}

// End of a personal name starting at tokens[k]: capitalised tokens and name
// particles, at most 5, ending on a capitalised token or a joined particle
// name ("Ahmed al-Mesmari").
size_t NameEnd(const std::vector<Token>& t, size_t k) {
  size_t end = k, j = k;
  while (j < t.size() && j - k < 5) {
    if (IsNameToken(t[j]) || (j > k && IsJoinedParticleName(t[j]))) {
      end = ++j;
    } else if (std::find(NameParticles().begin(), NameParticles().end(), t[j].lower) != NameParticles().end() &&
               j + 1 < t.size() && t[j + 1].capitalized) {
      ++j;
    } else if (t[j].text.size() == 2 && t[j].text[1] == '.' && std::isupper(static_cast<unsigned char>(t[j].text[0]))) {
      ++j;  // middle initial "J."
    } else {
      break;
    }
  }
  return end;
}

// Skips honorifics before a name ("Dr Arif Alvi" -> "Arif Alvi").
size_t SkipHonorifics(const std::vector<Token>& t, size_t k) {
  while (k + 1 < t.size() && IsHonorific(t[k].text)) {
    ++k;
    if (t[k].text == "." && k + 1 < t.size()) ++k;
  }
  return k;
}

// Military and police ranks: titles that say what a person is, not what they
// hold ("General", "Colonel"), so they give no affiliation of their own.
bool IsRank(const std::string& role) {
  static const std::vector<std::string> kRanks = {
      "general", "lieutenant general", "major general", "brigadier general", "brigadier", "colonel",
      "lieutenant colonel", "major", "captain", "lieutenant", "admiral", "vice admiral", "rear admiral",
      "air marshal", "air chief marshal", "field marshal", "marshal", "sergeant", "commodore", "wing commander",
      "squadron leader", "group captain", "rank"};
  return std::find(kRanks.begin(), kRanks.end(), role) != kRanks.end();
}

std::string JoinText(const std::vector<Token>& t, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (i > b && t[i].start != t[i - 1].end) out += ' ';
    out += t[i].text;
  }
  return out;
}

bool IsStateType(ActorType type) { return type == ActorType::kCountry; }

bool StateRoleClass(const std::string& cls) {
  return cls == "head_of_state" || cls == "head_of_government" || cls == "foreign_minister" ||
         cls == "minister" || cls == "military" || cls == "diplomat" || cls == "official";
}

bool IsAcronym(const Token& t) {
  if (t.text.size() < 2 || t.text.size() > 8) return false;
  size_t upper = 0;
  for (unsigned char c : t.text) {
    if (std::isupper(c)) {
      ++upper;
    } else if (!std::islower(c) && c != '-' && c != '&' && !std::isdigit(c)) {
      return false;
    }
  }
  return upper >= 2 && std::isupper(static_cast<unsigned char>(t.text[0]));
}

}  // namespace geokg::mention_rules
