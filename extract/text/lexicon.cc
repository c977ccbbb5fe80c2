#include "extract/text/lexicon.h"

#include <unordered_set>

namespace geokg {
namespace {

using Set = std::unordered_set<std::string>;

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Doubles the final consonant of short CVC verbs (stop -> stopped), not of
// words ending in w, x, y or of two-vowel syllables (meet -> met is irregular anyway).
bool DoublesFinal(const std::string& v) {
  if (v.size() < 3 || v.size() > 4) return false;
  char c = v[v.size() - 1], b = v[v.size() - 2], a = v[v.size() - 3];
  return !IsVowel(c) && c != 'w' && c != 'x' && c != 'y' && IsVowel(b) && !IsVowel(a);
}

}  // namespace

std::vector<std::pair<std::string, VerbForm>> Inflect(
    const std::string& lemma, const std::unordered_map<std::string, std::vector<std::string>>& irregular) {
  std::vector<std::pair<std::string, VerbForm>> forms = {{lemma, VerbForm::kBase}};
  auto it = irregular.find(lemma);
  if (it != irregular.end() && it->second.size() >= 4) {
    // Each field may list alternatives: "cancelled|canceled".
    const VerbForm kinds[] = {VerbForm::kPast, VerbForm::kParticiple, VerbForm::kThird, VerbForm::kGerund};
    for (size_t f = 0; f < 4; ++f) {
      size_t start = 0;
      const std::string& field = it->second[f];
      for (size_t bar; start <= field.size(); start = bar + 1) {
        bar = field.find('|', start);
        if (bar == std::string::npos) bar = field.size();
        if (bar > start) forms.emplace_back(field.substr(start, bar - start), kinds[f]);
      }
    }
    return forms;
  }
  std::string third, past, gerund;
  if (EndsWith(lemma, "s") || EndsWith(lemma, "x") || EndsWith(lemma, "z") || EndsWith(lemma, "ch") ||
      EndsWith(lemma, "sh") || EndsWith(lemma, "o")) {
    third = lemma + "es";
  } else if (EndsWith(lemma, "y") && lemma.size() > 1 && !IsVowel(lemma[lemma.size() - 2])) {
    third = lemma.substr(0, lemma.size() - 1) + "ies";
  } else {
    third = lemma + "s";
  }
  if (EndsWith(lemma, "e")) {
    past = lemma + "d";
    gerund = EndsWith(lemma, "ee") ? lemma + "ing" : lemma.substr(0, lemma.size() - 1) + "ing";
  } else if (EndsWith(lemma, "y") && lemma.size() > 1 && !IsVowel(lemma[lemma.size() - 2])) {
    past = lemma.substr(0, lemma.size() - 1) + "ied";
    gerund = lemma + "ing";
  } else if (DoublesFinal(lemma)) {
    past = lemma + lemma.back() + "ed";
    gerund = lemma + lemma.back() + "ing";
  } else {
    past = lemma + "ed";
    gerund = lemma + "ing";
  }
  forms.emplace_back(third, VerbForm::kThird);
  forms.emplace_back(past, VerbForm::kPast);
  forms.emplace_back(past, VerbForm::kParticiple);
  forms.emplace_back(gerund, VerbForm::kGerund);
  return forms;
}

std::string Pluralize(const std::string& noun) {
  if (EndsWith(noun, "s") || EndsWith(noun, "x") || EndsWith(noun, "ch") || EndsWith(noun, "sh")) return noun + "es";
  if (EndsWith(noun, "y") && noun.size() > 1 && !IsVowel(noun[noun.size() - 2])) {
    return noun.substr(0, noun.size() - 1) + "ies";
  }
  return noun + "s";
}

bool IsDeterminer(const std::string& w) {
  static const Set kSet = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
                           "our", "my", "your", "some", "any", "all", "both", "each", "every", "another"};
  return kSet.count(w) > 0;
}

bool IsBeForm(const std::string& w) {
  static const Set kSet = {"is", "are", "was", "were", "be", "been", "being", "'s", "am"};
  return kSet.count(w) > 0;
}

bool IsAuxiliary(const std::string& w) {
  static const Set kSet = {"has", "have", "had", "having", "do", "does", "did", "get", "got", "gets"};
  return IsBeForm(w) || kSet.count(w) > 0;
}

bool IsModal(const std::string& w) {
  static const Set kSet = {"will", "would", "shall", "should", "can", "could", "may", "might", "must",
                           "'ll", "'d", "wo", "ca", "ought"};
  return kSet.count(w) > 0;
}

bool IsNegator(const std::string& w) {
  static const Set kSet = {"not", "n't", "never", "no", "nor", "neither", "cannot", "without"};
  return kSet.count(w) > 0;
}

bool IsAdverb(const std::string& w) {
  static const Set kSet = {"also", "already", "still", "now", "then", "soon", "later", "again", "once",
                           "just", "even", "only", "too", "yet", "further", "reportedly", "jointly",
                           "together", "today", "yesterday", "tonight", "recently", "formally", "officially",
                           "regularly", "repeatedly", "publicly", "previously", "immediately", "personally",
                           "swiftly", "finally", "first", "twice", "allegedly", "separately", "directly",
                           "briefly", "meanwhile", "however", "subsequently", "eventually", "quickly"};
  return kSet.count(w) > 0 || (w.size() > 4 && EndsWith(w, "ly") && w != "ally" && w != "italy" && w != "reply");
}

bool IsPreposition(const std::string& w) {
  static const Set kSet = {"in", "on", "at", "with", "of", "for", "from", "to", "by", "into", "onto", "over",
                           "under", "against", "between", "among", "amid", "about", "after", "before", "during",
                           "since", "until", "through", "toward", "towards", "near", "across", "inside",
                           "outside", "within", "without", "upon", "via", "despite", "like", "behind", "beyond"};
  return kSet.count(w) > 0;
}

bool IsLocationPreposition(const std::string& w) {
  static const Set kSet = {"in", "at", "near", "inside", "across", "within", "outside", "throughout", "around",
                           "from", "via", "through", "beyond", "along"};
  return kSet.count(w) > 0;
}

bool IsSubordinator(const std::string& w) {
  static const Set kSet = {"that", "which", "who", "whom", "whose", "because", "while", "if", "when",
                           "although", "though", "whether", "where", "unless", "after", "before", "since",
                           "as", "so", "but", "and", "or"};
  return kSet.count(w) > 0;
}

bool IsPersonPronoun(const std::string& w) { return w == "he" || w == "she"; }
bool IsThingPronoun(const std::string& w) { return w == "it" || w == "they"; }

bool IsClauseVerb(const std::string& w) {
  static const Set kSet = {
      "said", "says", "say", "told", "added", "noted", "stated", "claimed", "believes", "believed",
      "is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "seems", "seemed",
      "remains", "remained", "became", "become", "made", "makes", "took", "takes", "came", "comes",
      "went", "goes", "wants", "wanted", "needs", "needed", "began", "begins", "started", "continues",
      "continued", "appears", "appeared", "called", "described", "insisted", "argued", "explained",
      "declared", "wrote", "tweeted", "posted", "responded", "replied", "confirmed", "announced",
      "faces", "faced", "facing", "fighting", "keeping", "ranging", "allowing", "including", "according"};
  return kSet.count(w) > 0;
}

bool IsHonorific(const std::string& t) {
  static const Set kSet = {"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame", "Sheikh",
                           "Shaikh", "Prince", "Princess", "Lord", "Lady", "Madam", "Mian", "Syed", "Sayed",
                           "Seyed", "Hon", "Hon.", "Prof", "Prof.", "Professor", "Ayatollah", "Imam", "Mullah"};
  return kSet.count(t) > 0;
}

bool IsPersonNoun(const std::string& w) {
  static const Set kSet = {"pilot", "journalist", "journalists", "citizen", "citizens", "national", "nationals",
                           "man", "men", "woman", "women", "student", "students", "people", "civilians",
                           "civilian", "tourist", "tourists", "worker", "workers", "fishermen", "prisoner",
                           "prisoners", "origin", "descent", "community", "diaspora", "public", "media",
                           "press", "newspaper", "company", "companies", "firm", "firms", "bank", "banks",
                           "court", "businessman", "writer", "analyst", "analysts", "scholar", "voters",
                           "officer", "soldier", "sailor", "airman"};
  return kSet.count(w) > 0;
}

bool IsOfficialNoun(const std::string& w) {
  static const Set kSet = {"officials", "official", "leaders", "leadership", "government", "authorities",
                           "diplomats", "diplomat", "side", "delegation", "negotiators", "envoys", "state",
                           "ambassadors", "representatives", "delegates", "delegations",
                           "administration", "regime", "counterpart", "counterparts", "forces", "troops",
                           "soldiers", "warplanes", "jets", "aircraft", "drones", "missiles", "navy",
                           "officers", "ministers", "lawmakers", "legislators", "security", "intelligence"};
  return kSet.count(w) > 0;
}

bool IsTerritoryNoun(const std::string& w) {
  static const Set kSet = {"airspace", "territory", "territories", "territorial", "waters", "soil",
                           "border", "borders", "frontier", "sovereignty", "embassy", "consulate",
                           "island", "islands", "coast", "coastline", "mainland"};
  return kSet.count(w) > 0;
}

int CharacterisationTone(const std::string& w) {
  static const Set kPraise = {"vital",    "partner",  "partners",  "friend",   "friends",     "ally",
                              "allies",   "important", "historic", "great",    "excellent",   "constructive",
                              "positive", "productive", "groundbreaking", "success", "successful", "milestone",
                              "model",    "valuable", "strategic", "good",     "indispensable", "trusted"};
  static const Set kBlame = {"violation",  "threat",      "dangerous",  "unacceptable", "illegal",    "aggression",
                             "humiliating", "betrayal",   "stab",       "negative",     "terrorist",  "terrorism",
                             "provocation", "provocative", "destabilizing", "destabilising", "irresponsible",
                             "reckless",   "hostile",     "criminal",   "crime",        "absurd",     "lie",
                             "lies",       "mistake",     "failure",    "disgrace",     "shameful",   "outrageous",
                             "barbaric",   "brutal",      "attack",     "insult",       "interference", "blackmail"};
  if (kPraise.count(w)) return 1;
  if (kBlame.count(w)) return -1;
  return 0;
}

bool IsMonthOrDay(const std::string& t) {
  static const Set kSet = {"January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                           "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday",
                           "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return kSet.count(t) > 0;
}

bool IsLightVerbLemma(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "hold", "launch", "conduct", "stage", "carry", "make", "pay", "extend", "mount", "lodge", "impose", "begin",
      "start", "resume", "open", "undertake", "issue", "sign", "continue", "lead", "announce", "condemn", "welcome",
      "order", "send", "deliver", "convey", "voice", "express", "raise"};
  return kSet.count(lemma) > 0;
}

bool IsIntentWord(const std::string& w) {
  static const std::unordered_set<std::string> kSet = {
      "consider", "considers", "considering", "considered", "weigh", "weighs", "weighing", "willing",
      "willingness", "seek", "seeks", "seeking", "sought", "want", "wants", "wanted", "intend", "intends",
      "intended", "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "aim", "aims", "aimed",
      "ready", "prepared", "eager", "keen", "determined", "decide", "decides", "decided", "whether", "offered",
      "offer", "offers", "vowed", "vows", "pledged", "pledges", "promised", "promises", "agreed", "agree",
      "agrees", "unwilling", "reluctant", "refused", "refuses", "refuse", "declined", "declines", "wish"};
  return kSet.count(w) > 0;
}

bool IsNegativeWord(const std::string& w) {
  static const std::unordered_set<std::string> kSet = {
      "not", "n't", "never", "no", "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
      "unwilling", "reluctant", "rejected", "rejects", "failed", "fails", "denied", "denies", "deny", "denying",
      "cannot", "without", "halted", "stopped", "ceased", "against", "unable", "nor", "neither", "avoid", "avoided"};
  return kSet.count(w) > 0;
}

bool IsFutureWord(const std::string& w) {
  static const std::unordered_set<std::string> kSet = {"will", "'ll", "shall", "expected", "set", "scheduled",
                                                       "due", "going", "would", "upcoming", "forthcoming",
                                                       "planned", "next", "proposed", "to"};
  return kSet.count(w) > 0;
}

bool IsHypotheticalWord(const std::string& w) {
  static const std::unordered_set<std::string> kSet = {"should", "could", "might", "may", "must", "if", "can",
                                                       "ought", "unless", "perhaps"};
  return kSet.count(w) > 0;
}

bool IsRequestNoun(const std::string& w) {
  static const std::unordered_set<std::string> kSet = {"request", "demand", "call", "invitation", "appeal",
                                                       "plea", "offer", "ultimatum", "pressure", "order",
                                                       "requests", "demands", "calls", "appeals", "orders"};
  return kSet.count(w) > 0;
}

}  // namespace geokg
