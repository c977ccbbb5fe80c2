#include "extract/syntax/generator/inflection.h"

namespace geokg::syntax::generator {

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Groups of vowels, counting a final "y" after a consonant ("happy") and
// not counting a silent final "e" after a consonant ("large"): an estimate
// of the syllables that is right for the short words it decides about.
int Syllables(std::string_view word) {
  int groups = 0;
  bool in_group = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    bool vowel = IsVowel(c) || (c == 'y' && i > 0 && !IsVowel(word[i - 1]));
    if (c == 'e' && i + 1 == word.size() && i > 0 && !IsVowel(word[i - 1]) && groups > 0) vowel = false;
    if (vowel && !in_group) ++groups;
    in_group = vowel;
  }
  return groups;
}

// A final consonant doubles before a vowel suffix in a word of one syllable
// ending consonant-vowel-consonant ("stop", "big"), except w, x and y.
bool DoublesFinalConsonant(std::string_view word) {
  const size_t n = word.size();
  if (n < 3 || Syllables(word) != 1) return false;
  const char last = word[n - 1];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return IsVowel(word[n - 2]) && !IsVowel(word[n - 3]);
}

bool ConsonantY(std::string_view word) {
  return word.size() >= 2 && word.back() == 'y' && !IsVowel(word[word.size() - 2]);
}

// The stem before a suffix that starts with a vowel, its final consonant
// doubled where spelling wants it ("stop" -> "stopp").
std::string VowelSuffixStem(std::string_view word) {
  std::string stem(word);
  if (DoublesFinalConsonant(word)) stem += word.back();
  return stem;
}

}  // namespace

bool Inflectable(std::string_view lemma) {
  if (lemma.size() < 2 || lemma.front() == '-' || lemma.back() == '-') return false;
  for (char c : lemma) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return true;
}

std::string AddS(std::string_view lemma, bool o_takes_es) {
  std::string out(lemma);
  if (ConsonantY(lemma)) {
    out.pop_back();
    return out + "ies";
  }
  if (EndsWith(lemma, "s") || EndsWith(lemma, "x") || EndsWith(lemma, "z") || EndsWith(lemma, "ch") ||
      EndsWith(lemma, "sh") || (o_takes_es && EndsWith(lemma, "o") && !IsVowel(lemma[lemma.size() - 2]))) {
    return out + "es";
  }
  return out + "s";
}

std::string AddEd(std::string_view lemma) {
  std::string out(lemma);
  if (lemma.back() == 'e') return out + "d";
  if (ConsonantY(lemma)) {
    out.pop_back();
    return out + "ied";
  }
  return VowelSuffixStem(lemma) + "ed";
}

std::string AddIng(std::string_view lemma) {
  std::string out(lemma);
  if (EndsWith(lemma, "ie")) {
    out.resize(out.size() - 2);
    return out + "ying";
  }
  if (lemma.size() > 2 && lemma.back() == 'e' && !EndsWith(lemma, "ee") && !EndsWith(lemma, "ye") &&
      !EndsWith(lemma, "oe")) {
    out.pop_back();
    return out + "ing";
  }
  return VowelSuffixStem(lemma) + "ing";
}

std::string AddEr(std::string_view lemma) {
  std::string out(lemma);
  if (lemma.back() == 'e') return out + "r";
  if (ConsonantY(lemma)) {
    out.pop_back();
    return out + "ier";
  }
  return VowelSuffixStem(lemma) + "er";
}

std::string AddEst(std::string_view lemma) {
  std::string out(lemma);
  if (lemma.back() == 'e') return out + "st";
  if (ConsonantY(lemma)) {
    out.pop_back();
    return out + "iest";
  }
  return VowelSuffixStem(lemma) + "est";
}

bool ComparesWithSuffix(std::string_view adjective) {
  const int syllables = Syllables(adjective);
  if (syllables == 1) return true;
  return syllables == 2 && (ConsonantY(adjective) || EndsWith(adjective, "le") || EndsWith(adjective, "ow") ||
                            EndsWith(adjective, "er"));
}

}  // namespace geokg::syntax::generator
