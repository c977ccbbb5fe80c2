// RelationFinder's pattern matching: the verb and noun patterns of the
// dictionary found in a sentence, with their inflections and plurals.
#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_set>

#include "extract/text/lexicon.h"
#include "extract/relations/relation_rules.h"

namespace geokg {

RelationFinder::RelationFinder(const Dictionary& dictionary) : dictionary_(dictionary) {
  const auto& verbs = dictionary.verbs();
  plurals_.resize(verbs.size());
  for (size_t p = 0; p < verbs.size(); ++p) {
    if (verbs[p].words.size() == 1) short_patterns_.emplace(verbs[p].words[0], p);  // the first wins
    if (verbs[p].words.size() == 2) short_patterns_.emplace(verbs[p].words[0] + " " + verbs[p].words[1], p);
    if (verbs[p].words.size() == 1 && (verbs[p].flags & kFlagSpeech)) speech_verbs_.insert(verbs[p].words[0]);
    for (const auto& w : verbs[p].words) plurals_[p].push_back(Pluralize(w));
    for (const auto& [form, kind] : Inflect(verbs[p].words[0], dictionary.irregular())) {
      auto& list = verb_forms_[form];
      bool dup = false;
      for (const auto& e : list) dup = dup || (e.pattern == static_cast<int>(p) && e.form == kind);
      if (!dup) list.push_back({static_cast<int>(p), kind});
    }
  }
  for (const auto& entry : verb_forms_) {
    const VerbPattern& p = verbs[static_cast<size_t>(entry.second.front().pattern)];
    if (IsLightVerbLemma(p.words[0])) light_verb_forms_.insert(entry.first);
  }
  const auto& nouns = dictionary.nouns();
  for (size_t p = 0; p < nouns.size(); ++p) {
    std::string first = nouns[p].noun.substr(0, nouns[p].noun.find(' '));
    noun_heads_[first].push_back(static_cast<int>(p));
    if (nouns[p].noun.find(' ') == std::string::npos) noun_heads_[Pluralize(first)].push_back(static_cast<int>(p));
  }
}

std::string RelationFinder::CodeOf(const std::string& lemma) const {
  const VerbPattern* pattern = lemma.find(' ') == std::string::npos ? ShortPattern(lemma) : nullptr;
  return pattern ? pattern->cameo : std::string();
}

bool RelationFinder::IsSpeechForm(const std::string& form) const {
  auto it = verb_forms_.find(form);
  if (it == verb_forms_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const FormEntry& e) {
    return IsSpeechVerb(dictionary_.verbs()[static_cast<size_t>(e.pattern)].words[0]);
  });
}

const VerbPattern* RelationFinder::ShortPattern(const std::string& words) const {
  auto it = short_patterns_.find(words);
  return it == short_patterns_.end() ? nullptr : &dictionary_.verbs()[it->second];
}

// Whether the verb form at i, read as `forms`, is a participle used as an
// adjective: after a determiner or possessive (adverbs between) and before a
// noun rather than a preposition, "by" or a determiner.
template <typename Forms>
static bool IsAttributiveParticiple(const std::vector<Token>& t, size_t i, const Forms& forms) {
  bool participle = false;
  for (const auto& f : forms) participle = participle || f.form == VerbForm::kParticiple;
  if (!participle || i + 1 >= t.size()) return false;
  size_t b = i;
  while (b > 0 && (IsAdverb(t[b - 1].lower) || (t[b - 1].lower.size() > 2 && t[b - 1].lower.ends_with("ly")))) --b;
  if (b == 0 || !(IsDeterminer(t[b - 1].lower) || t[b - 1].text == "'s") || t[b - 1].lower == "that") return false;
  const Token& next = t[i + 1];
  return next.word && !IsPreposition(next.lower) && !IsDeterminer(next.lower) && !IsSubordinator(next.lower);
}

// A numeral before a pattern's noun: "three military dialogues", "2 ships".
static bool IsNumeral(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {"two", "three", "four", "five", "six", "seven",
                                                         "eight", "nine", "ten", "dozens", "hundreds"};
  return (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) || kWords.count(w) > 0;
}

// Matches the words after the lemma of a pattern, allowing up to three
// tokens (determiners, adjectives, adverbs, numerals, a day, an actor) before each:
// "severed diplomatic ties Monday with Qatar". Returns the end
// token or 0.
static size_t MatchRest(const std::vector<std::string>& words, const std::vector<std::string>& plurals,
                        const std::vector<Token>& t, size_t pos, const std::vector<int>& mention_at, int* inner) {
  size_t k = pos + 1;
  for (size_t w = 1; w < words.size(); ++w) {
    size_t gap = 0;
    bool found = false;
    while (k < t.size() && gap <= 3) {
      const std::string& lw = t[k].lower;
      if (lw == words[w] || lw == plurals[w]) {
        found = true;
        break;
      }
      // "on Tuesday" between the verb and its preposition: a time ("agreed on
      // Friday to resume" keeps its infinitive, read by the control rules).
      const bool time_on = lw == "on" && k + 1 < t.size() && IsMonthOrDay(t[k + 1].text) && words[w] != "on" &&
                           words[w] != "to";
      // "left Tuesday night for Riyadh": the part of a day after its name.
      const bool day_part = (lw == "night" || lw == "morning" || lw == "evening" || lw == "afternoon") && k > 0 &&
                            IsMonthOrDay(t[k - 1].text);
      bool skippable = IsDeterminer(lw) || mention_at[k] >= 0 || lw == "'s" || time_on || day_part ||
                       IsAdverb(lw) || IsMonthOrDay(t[k].text) || lw == "today" || lw == "yesterday" ||
                       IsNumeral(lw) ||
                       lw == "new" || lw == "fresh" || lw == "further" || lw == "more" ||
                       lw == "separate" || lw == "formal" || lw == "full" || lw == "diplomatic" || lw == "bilateral" ||
                       lw == "economic" || lw == "military" || lw == "direct" || lw == "strong" || lw == "security" ||
                       lw == "defence" || lw == "defense" || lw == "trade";
      if (!skippable) return 0;
      if (mention_at[k] >= 0 && *inner < 0) *inner = mention_at[k];
      ++k;
      ++gap;
    }
    if (!found) return 0;
    // "called Pashinyan on Tuesday": a preposition before a day or month is
    // a time, not the pattern's ("call on").
    if (w + 1 == words.size() && IsPreposition(words[w]) && k + 1 < t.size() && IsMonthOrDay(t[k + 1].text)) return 0;
    ++k;
  }
  return k;
}

// Verbs of giving and sending that also take their recipient as a first
// object: "gave Ghana aid" for "gave aid to Ghana" (the dative alternation).
static bool TakesTwoObjects(const std::string& lemma) {
  static const std::unordered_set<std::string> kVerbs = {"give", "send", "offer", "sell", "lend", "grant",
                                                         "hand", "pay", "promise", "loan", "owe"};
  return kVerbs.count(lemma) > 0;
}

// A pattern "V THEME to" read in its double-object order, "V RECIPIENT
// [quantity, modifiers] THEME": the recipient is the first mention after the
// verb (`*inner`). Returns the end token or 0.
static size_t MatchDoubleObject(const std::vector<std::string>& words, const std::vector<std::string>& plurals,
                                const std::vector<Token>& t, size_t pos, const std::vector<int>& mention_at,
                                int* inner) {
  // ("give in to" is a phrasal verb with no theme: "gave Kenya $5 million in aid" is no yielding.)
  if (words.size() < 3 || words.back() != "to" || !TakesTwoObjects(words[0]) || IsPreposition(words[1])) return 0;
  size_t k = pos + 1;
  while (k < t.size() && IsDeterminer(t[k].lower)) ++k;
  if (k >= t.size() || mention_at[k] < 0) return 0;
  const int recipient = mention_at[k];
  while (k < t.size() && mention_at[k] == recipient) ++k;
  for (size_t w = 1; w + 1 < words.size(); ++w) {
    size_t gap = 0;
    while (k < t.size() && t[k].lower != words[w] && t[k].lower != plurals[w]) {
      // Determiners, numbers, quantities and modifiers: "5.1 million dollars of", "two planeloads of".
      const bool skippable = (IsNumeral(t[k].lower) || (t[k].word && !t[k].capitalized)) && mention_at[k] < 0 &&
                             !IsClauseVerb(t[k].lower) && (!IsPreposition(t[k].lower) || t[k].lower == "of");
      if (!skippable || ++gap > 5) return 0;
      ++k;
    }
    if (k >= t.size()) return 0;
    ++k;
  }
  *inner = recipient;
  return k;
}

std::vector<RelationFinder::VerbHit> RelationFinder::FindVerbs(const std::vector<Token>& t,
                                                               const std::vector<int>& mention_at) const {
  std::vector<VerbHit> hits;
  const auto& verbs = dictionary_.verbs();
  for (size_t i = 0; i < t.size(); ++i) {
    if (mention_at[i] >= 0 || !t[i].word) continue;
    auto it = verb_forms_.find(t[i].lower);
    if (it == verb_forms_.end()) continue;
    // A base form or gerund after a determiner is a noun ("the visit", "a strike").
    if (i > 0 && (IsDeterminer(t[i - 1].lower) || t[i - 1].text == "'s") && t[i - 1].lower != "that") continue;
    // "back" after a verb is its particle ("pushed back against the police").
    if (t[i].lower == "back" && i > 0 && t[i - 1].word && !t[i - 1].capitalized &&
        (verb_forms_.count(t[i - 1].lower) || (t[i - 1].lower.size() > 2 && t[i - 1].lower.ends_with("ed")))) {
      continue;
    }
    // A participle between a determiner (and adverbs) and its noun modifies
    // the noun: "the internationally recognised government", "the proposed deal".
    if (IsAttributiveParticiple(t, i, it->second)) continue;
    VerbHit best;
    size_t best_words = 0;
    for (const auto& entry : it->second) {
      const VerbPattern& p = verbs[static_cast<size_t>(entry.pattern)];
      if (p.words.size() <= best_words && best.pattern >= 0) continue;
      if (p.words.size() > 1) {
        // Cheap test first: the pattern's second word must be near.
        const auto& plurals = plurals_[static_cast<size_t>(entry.pattern)];
        bool near = false;
        const size_t window = TakesTwoObjects(p.words[0]) ? 9 : 4;  // "gave Ghana 5.1 million dollars of aid"
        for (size_t k = i + 1; k < t.size() && k <= i + window && !near; ++k) {
          near = t[k].lower == p.words[1] || t[k].lower == plurals[1];
        }
        if (!near) continue;
      }
      int inner = -1;
      const auto& plurals = plurals_[static_cast<size_t>(entry.pattern)];
      size_t end = p.words.size() == 1 ? i + 1 : MatchRest(p.words, plurals, t, i, mention_at, &inner);
      if (!end && p.words.size() > 1) end = MatchDoubleObject(p.words, plurals, t, i, mention_at, &inner);
      if (!end) continue;
      if (p.words.size() > best_words || (p.words.size() == best_words && end < best.end)) {
        best = VerbHit{i, end, entry.pattern, false, entry.form, inner};
        best_words = p.words.size();
      }
    }
    // A particle makes another verb ("called off", "held up"): the one-word
    // pattern does not stand for it.
    const bool particle = i + 1 < t.size() && (t[i + 1].lower == "off" || t[i + 1].lower == "up" ||
                                               t[i + 1].lower == "out" || t[i + 1].lower == "down" ||
                                               t[i + 1].lower == "away");
    if (best.pattern >= 0 && !(particle && best_words == 1)) hits.push_back(best);
  }
  // A verb inside a longer pattern ("talks" in "held talks with") belongs to it.
  std::vector<VerbHit> kept;
  for (const auto& hit : hits) {
    bool inside = false;
    for (const auto& other : hits) inside = inside || (hit.pos > other.pos && hit.pos < other.end);
    if (!inside) kept.push_back(hit);
  }
  return kept;
}

std::vector<RelationFinder::VerbHit> RelationFinder::FindNouns(const std::vector<Token>& t,
                                                               const std::vector<int>& mention_at) const {
  std::vector<VerbHit> hits;
  const auto& nouns = dictionary_.nouns();
  for (size_t i = 0; i < t.size(); ++i) {
    if (mention_at[i] >= 0 || !t[i].word) continue;
    auto it = noun_heads_.find(t[i].lower);
    if (it == noun_heads_.end()) continue;
    VerbHit best;
    size_t best_len = 0;
    for (int p : it->second) {
      const NounPattern& n = nouns[static_cast<size_t>(p)];
      std::istringstream words(n.noun);
      std::string w;
      size_t k = i;
      bool ok = true;
      for (bool first = true; words >> w; first = false) {
        if (!first) ++k;
        if (k >= t.size() || !(t[k].lower == w || (t[k].lower.size() > w.size() && t[k].lower == Pluralize(w)))) ok = false;
      }
      if (!ok) continue;
      ++k;
      if (!n.preposition.empty()) {
        if (k >= t.size() || t[k].lower != n.preposition) continue;
        ++k;
      }
      if (k - i > best_len) {
        best = VerbHit{i, k, p, true, VerbForm::kBase, -1};
        best_len = k - i;
      }
    }
    if (best.pattern >= 0) hits.push_back(best);
  }
  return hits;
}

}  // namespace geokg
