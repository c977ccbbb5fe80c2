#include "extract/syntax/tagger.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "extract/syntax/word_forms.h"

namespace geokg::syntax {

namespace {

struct ClosedWord {
  Pos pos;
  VerbShape shape = VerbShape::kNone;
  const char* lemma = nullptr;  // null: the word itself
  bool possessive = false;
};

// English closed classes: the words whose class does not come from WordNet.
const std::unordered_map<std::string_view, ClosedWord>& ClosedClasses() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, ClosedWord>;
    for (const char* w : {"the", "a", "an", "this", "these", "those", "some", "any", "all", "both", "each",
                          "every", "another", "no", "either", "neither", "such", "several", "many", "few",
                          "much", "more", "most", "other", "less", "fewer", "whatever", "whichever"}) {
      (*t)[w] = {Pos::kDeterminer};
    }
    for (const char* w : {"my", "your", "his", "its", "our", "their", "whose"}) {
      (*t)[w] = {Pos::kDeterminer, VerbShape::kNone, nullptr, true};
    }
    for (const char* w : {"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
                          "myself", "himself", "herself", "itself", "ourselves", "themselves", "who", "whom",
                          "what", "which", "someone", "something", "anyone", "anything", "everyone",
                          "everything", "nobody", "nothing", "none", "one", "ones", "there", "mine", "yours",
                          "theirs", "ours", "hers", "others"}) {
      (*t)[w] = {Pos::kPronoun};
    }
    for (const char* w : {"in", "on", "at", "with", "of", "for", "from", "by", "into", "onto", "over", "under",
                          "against", "between", "among", "amid", "amidst", "about", "during", "through",
                          "toward", "towards", "near", "across", "inside", "outside", "within", "without",
                          "upon", "via", "despite", "like", "unlike", "behind", "beyond", "beside", "besides",
                          "along", "alongside", "around", "throughout", "per", "than", "including", "except",
                          "regarding", "concerning", "amongst", "above", "below", "off", "out", "up", "down",
                          "following", "pending", "plus", "versus", "according", "to"}) {
      (*t)[w] = {Pos::kAdposition};
    }
    for (const char* w : {"and", "or", "but", "nor", "&"}) (*t)[w] = {Pos::kCoordinator};
    for (const char* w : {"that", "because", "while", "if", "whether", "although", "though", "unless", "since",
                          "after", "before", "as", "once", "until", "till", "where", "when", "whereas",
                          "whenever", "wherever", "so", "why", "how"}) {
      (*t)[w] = {Pos::kSubordinator};
    }
    struct Aux {
      const char* word;
      VerbShape shape;
      const char* lemma;
    };
    for (const Aux& a : std::initializer_list<Aux>{
             {"be", VerbShape::kBase, "be"},        {"is", VerbShape::kPresent, "be"},
             {"are", VerbShape::kPresent, "be"},    {"am", VerbShape::kPresent, "be"},
             {"was", VerbShape::kPast, "be"},       {"were", VerbShape::kPast, "be"},
             {"been", VerbShape::kParticiple, "be"}, {"being", VerbShape::kGerund, "be"},
             {"have", VerbShape::kBase, "have"},    {"has", VerbShape::kPresent, "have"},
             {"had", VerbShape::kPast, "have"},     {"having", VerbShape::kGerund, "have"},
             {"'ve", VerbShape::kPresent, "have"},  {"do", VerbShape::kBase, "do"},
             {"does", VerbShape::kPresent, "do"},   {"did", VerbShape::kPast, "do"},
             {"will", VerbShape::kPresent, "will"}, {"'ll", VerbShape::kPresent, "will"},
             {"would", VerbShape::kPast, "would"},  {"'d", VerbShape::kPast, "would"},
             {"shall", VerbShape::kPresent, "shall"}, {"should", VerbShape::kPast, "should"},
             {"can", VerbShape::kPresent, "can"},   {"could", VerbShape::kPast, "could"},
             {"may", VerbShape::kPresent, "may"},   {"might", VerbShape::kPast, "might"},
             {"must", VerbShape::kPresent, "must"}, {"ought", VerbShape::kPresent, "ought"},
             {"cannot", VerbShape::kPresent, "can"}, {"wo", VerbShape::kPresent, "will"},
             {"ca", VerbShape::kPresent, "can"},    {"'re", VerbShape::kPresent, "be"},
             {"'m", VerbShape::kPresent, "be"}}) {
      (*t)[a.word] = {Pos::kAux, a.shape, a.lemma};
    }
    for (const char* w : {"not", "n't", "never"}) (*t)[w] = {Pos::kParticle, VerbShape::kNone, "not"};
    for (const char* w : {"also", "already", "still", "now", "then", "soon", "later", "again", "just", "even",
                          "only", "too", "yet", "further", "together", "today", "yesterday", "tomorrow",
                          "tonight", "here", "meanwhile", "however", "ago", "instead", "almost", "often",
                          "very", "ever", "rather", "quite", "else", "away", "back", "abroad", "nearly",
                          "thus", "therefore", "moreover", "nevertheless", "twice", "thrice"}) {
      (*t)[w] = {Pos::kAdverb};
    }
    for (const char* w : {"zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
                          "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
                          "dozens", "trillion"}) {
      (*t)[w] = {Pos::kNumber};
    }
    return t;
  }();
  return *table;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsNumeral(const std::string& w) {
  return !w.empty() && std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         std::all_of(w.begin(), w.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '%' || c == '-' || c == '$';
         });
}

VerbShape ShapeOf(Inflection inflection) {
  switch (inflection) {
    case Inflection::kNone: return VerbShape::kBase;
    case Inflection::kThirdPerson: return VerbShape::kPresent;
    case Inflection::kPresent: return VerbShape::kPresent;
    case Inflection::kPast: return VerbShape::kPast;
    case Inflection::kPastOrParticiple: return VerbShape::kPast;  // told apart in context
    case Inflection::kParticiple: return VerbShape::kParticiple;
    case Inflection::kGerund: return VerbShape::kGerund;
    default: return VerbShape::kBase;
  }
}

// The open-class readings of one word, summarised for the contextual rules.
struct Readings {
  uint32_t weight[4] = {0, 0, 0, 0};  // noun, verb, adjective, adverb
  const FormReading* best[4] = {nullptr, nullptr, nullptr, nullptr};
  bool ambiguous_past = false;  // a verb form that is both past and participle ("attacked", "left")
  bool Has(int c) const { return best[c] != nullptr; }
};

Readings Summarise(std::string_view lower) {
  Readings r;
  for (const FormReading& f : ReadingsOf(lower)) {
    for (int c = 0; c < 4; ++c) {
      if (!(f.open_class & (1u << c))) continue;
      r.weight[c] += f.frequency + 1u;
      // The verb reading that is inflected wins over a base reading of another lemma.
      if (!r.best[c] || (f.inflection != Inflection::kNone && r.best[c]->inflection == Inflection::kNone)) {
        r.best[c] = &f;
      }
      if (c == 1 && f.inflection == Inflection::kPastOrParticiple) r.ambiguous_past = true;
    }
  }
  return r;
}

// A guess for a word WordNet does not know, from its suffix.
TaggedWord GuessUnknown(const std::string& lower) {
  TaggedWord w;
  w.lemma = lower;
  if (EndsWith(lower, "ly")) {
    w.pos = Pos::kAdverb;
  } else if (EndsWith(lower, "ing")) {
    w.pos = Pos::kVerb;
    w.shape = VerbShape::kGerund;
  } else if (EndsWith(lower, "ed")) {
    w.pos = Pos::kVerb;
    w.shape = VerbShape::kPast;
  } else if (EndsWith(lower, "ous") || EndsWith(lower, "ive") || EndsWith(lower, "ic") || EndsWith(lower, "al") ||
             EndsWith(lower, "ful") || EndsWith(lower, "less") || EndsWith(lower, "able") ||
             EndsWith(lower, "ible") || EndsWith(lower, "ian") || EndsWith(lower, "ese") || EndsWith(lower, "ish")) {
    w.pos = Pos::kAdjective;
  } else {
    w.pos = Pos::kNoun;
  }
  return w;
}

// "to attack" (an infinitive) against "to talks", "to the border" (a preposition).
bool IsInfinitiveAfterTo(const Token& next, bool next_in_name) {
  if (next_in_name || next.capitalized || !next.word) return false;
  if (next.lower == "be" || next.lower == "have" || next.lower == "do" || next.lower == "not" || next.lower == "never") return true;
  if (ClosedClasses().count(next.lower)) return false;
  for (const FormReading& f : ReadingsOf(next.lower)) {
    if ((f.open_class & kVerbBit) && f.inflection == Inflection::kNone) return true;
  }
  return false;
}

enum Class { kNoun = 0, kVerb = 1, kAdjective = 2, kAdverb = 3 };

bool IsNominalTag(Pos p) { return p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kPronoun || p == Pos::kNumber; }

// Whether `lower` is an adverb of the closed classes ("also", "then").
bool IsClosedAdverb(const std::string& lower) {
  const auto& closed = ClosedClasses();
  auto it = closed.find(lower);
  return it != closed.end() && it->second.pos == Pos::kAdverb;
}

// Chooses among a word's open-class readings from its neighbours.
// `prev` is the tag already chosen for the word before; `next_lower` the next word.
// `verb_expected`: the clause so far has a subject but no verb ("which Iran supports").
// `before_coordinator_adjective`: the word before a preceding "and" is an adjective ("trained and armed groups").
// `next_r` holds the next word's readings; `past_verb_follows`: the next word
// but adverbs is only a verb, past or participle ("forces also tried").
Class Choose(const Readings& r, const TaggedWord* prev, const Token* next, const Readings& next_r, bool first_word,
             bool verb_expected, bool before_coordinator_adjective, bool past_verb_follows) {
  static constexpr std::string_view kNone;
  const std::string_view lemma = r.best[kNoun] ? r.best[kNoun]->lemma() : kNone;
  const bool day_part = lemma == "evening" || lemma == "morning" || lemma == "afternoon" || lemma == "night";
  const bool noun = r.Has(kNoun), verb = r.Has(kVerb), adj = r.Has(kAdjective), adv = r.Has(kAdverb);
  const Pos p = prev ? prev->pos : Pos::kPunctuation;
  const std::string_view prev_lemma = prev ? prev->lemma : kNone;
  const auto& closed = ClosedClasses();
  // "Sunday evening", "Monday night": the part of a day after its name ("on
  // Tuesday demands" stays a verb).
  if (noun && day_part && (prev_lemma == "monday" || prev_lemma == "tuesday" || prev_lemma == "wednesday" ||
               prev_lemma == "thursday" || prev_lemma == "friday" || prev_lemma == "saturday" || prev_lemma == "sunday")) {
    return kNoun;
  }
  const auto next_closed = next ? closed.find(next->lower) : closed.end();
  const bool next_is_det = next_closed != closed.end() && next_closed->second.pos == Pos::kDeterminer;
  const bool next_is_name = next && next->capitalized && !first_word;
  const bool next_nounish = next && (next_r.Has(kNoun) || next_is_name) && next_closed == closed.end();
  if (verb) {
    const VerbShape shape = ShapeOf(r.best[kVerb]->inflection);
    const bool base = shape == VerbShape::kBase;
    // "Security forces also tried", "US sanctions imposed": a present or base
    // form before a past verb is the noun that verb's clause opens with.
    if (noun && past_verb_follows && (base || shape == VerbShape::kPresent)) return kNoun;
    const bool after_modal_or_to = (p == Pos::kAux && (prev_lemma == "do" || prev_lemma == "will" || prev_lemma == "would" ||
                                                      prev_lemma == "can" || prev_lemma == "could" || prev_lemma == "should" ||
                                                      prev_lemma == "may" || prev_lemma == "might" || prev_lemma == "must" ||
                                                      prev_lemma == "shall")) ||
                                   (p == Pos::kParticle && prev_lemma == "to");
    if (after_modal_or_to && base) return kVerb;
    if (p == Pos::kAux && (shape == VerbShape::kGerund || r.ambiguous_past || shape == VerbShape::kParticiple)) return kVerb;
    if (p == Pos::kParticle && prev_lemma == "not") return kVerb;
    const bool past = r.ambiguous_past || shape == VerbShape::kParticiple || shape == VerbShape::kPast;
    const bool inside_noun_phrase = p == Pos::kDeterminer || p == Pos::kAdjective || p == Pos::kNumber ||
                                    (prev && prev->possessive);
    // "the captured Indian pilot": right after a determiner, before a name too.
    if (past && p == Pos::kDeterminer && next_nounish && !noun) return kAdjective;
    // "armed groups", "the disputed region": a participle before a noun modifies it.
    if (past && next_nounish && !next_is_name && !verb_expected &&
        (inside_noun_phrase || p == Pos::kAdposition || first_word || (p == Pos::kCoordinator && before_coordinator_adjective)) &&
        !noun) {
      return kAdjective;
    }
    if (inside_noun_phrase) {
      if (noun) return kNoun;
      if (adj) return kAdjective;
    }
    const bool subject_pronoun = p == Pos::kPronoun && (prev_lemma == "i" || prev_lemma == "you" || prev_lemma == "he" ||
                                                        prev_lemma == "she" || prev_lemma == "it" || prev_lemma == "we" ||
                                                        prev_lemma == "they" || prev_lemma == "who" || prev_lemma == "which");
    if (subject_pronoun) return kVerb;
    if (shape == VerbShape::kGerund) return kVerb;
    if (past) return kVerb;  // "said", "made", "held": a verb unless it modifies a noun (above)
    // "Russia attacks Ukraine", "Obama wants to", "Sarkozy heads to" but "US sanctions on Iran", "US troops entered".
    const bool next_is_argument =
        next_is_det || next_is_name || !next || !next->word ||
        (next_closed != closed.end() && (next_closed->second.pos == Pos::kPronoun || next_closed->second.pos == Pos::kNumber ||
                                         next_closed->second.pos == Pos::kSubordinator || next_closed->second.pos == Pos::kAdverb ||
                                         next->lower == "to"));
    if (verb_expected && (shape == VerbShape::kPresent || base)) {
      if (!noun || next_is_argument || r.weight[kVerb] >= r.weight[kNoun]) return kVerb;
    }
    if (shape == VerbShape::kPresent && IsNominalTag(p) && !noun) return kVerb;
    if (base && IsNominalTag(p) && p != Pos::kNumber && !noun) return kVerb;
  }
  if (adj && next_nounish && (!noun || r.weight[kAdjective] >= r.weight[kNoun] / 2)) return kAdjective;
  if (noun) {
    if (adj && (p == Pos::kAux || p == Pos::kAdverb) && !next_nounish) return kAdjective;  // "is ready"
    if (verb && !IsNominalTag(p) && p != Pos::kDeterminer && p != Pos::kAdjective && p != Pos::kAdposition &&
        r.weight[kVerb] > 3 * r.weight[kNoun]) {
      return kVerb;
    }
    return kNoun;
  }
  if (adj) return kAdjective;
  if (adv) return kAdverb;
  return kVerb;
}

// Whether the clause read so far has a noun phrase and no verb yet, updated
// word by word (a comma does not end the clause: "X, the minister, said").
class ClauseState {
 public:
  bool VerbExpected() const { return nominal_ && !verb_; }
  void Add(const TaggedWord& w) {
    if (w.pos == Pos::kVerb || w.pos == Pos::kAux) {
      verb_ = true;
    } else if (w.pos == Pos::kPunctuation && w.lemma == ",") {
      return;
    } else if (w.pos == Pos::kSubordinator || w.pos == Pos::kPunctuation || w.pos == Pos::kCoordinator ||
               (w.pos == Pos::kPronoun && (w.lemma == "which" || w.lemma == "who" || w.lemma == "whom"))) {
      nominal_ = verb_ = false;
    } else if (IsNominalTag(w.pos)) {
      nominal_ = true;
    }
  }

 private:
  bool nominal_ = false;
  bool verb_ = false;
};

}  // namespace

namespace {

// True when the word at `i` first appears in a position that takes a capital anyway.
bool FirstWordOfClause(const std::vector<Token>& t, size_t i) {
  if (i == 0) return true;
  const Token& before = t[i - 1];
  return !before.word && before.text != "'s" &&
         (before.text == "\"" || before.text == "(" || before.text == "--" || before.text == ":");
}

// Tags the words whose form decides: names, punctuation, "'s", numbers,
// closed classes, capitalised names, words WordNet does not know. False
// when the word has open-class readings to choose from in context.
// `readings_of(i)` gives the word's readings; it is asked only once the form has not decided.
template <typename ReadingsOf>
bool TagByForm(const std::vector<Token>& t, size_t i, const std::vector<bool>& in_name, ReadingsOf&& readings_of,
               TaggedWord* w) {
  const Token& tok = t[i];
  w->lemma = tok.lower;
  if (in_name[i]) {
    w->pos = Pos::kProperNoun;
    w->name = true;
    return true;
  }
  if (!tok.word || tok.text == "'s" || tok.text == "'") {
    w->pos = Pos::kPunctuation;
    if (tok.text == "$" || tok.text == "%") w->pos = Pos::kNoun;
    if (tok.text == "'s" || (tok.text == "'" && tok.word)) {
      // "it's", "he's": a verb; otherwise a possessive.
      const std::string_view before = i > 0 ? std::string_view(t[i - 1].lower) : std::string_view();
      if (tok.text == "'s" && (before == "it" || before == "he" || before == "she" || before == "that" ||
                               before == "there" || before == "what" || before == "who")) {
        w->pos = Pos::kAux;
        w->shape = VerbShape::kPresent;
        w->lemma = "be";
      } else {
        w->pos = Pos::kParticle;
        w->possessive = true;
      }
    }
    return true;
  }
  if (IsNumeral(tok.lower)) {
    w->pos = Pos::kNumber;
    return true;
  }
  const bool capital_name = tok.capitalized && !FirstWordOfClause(t, i);
  const auto& closed = ClosedClasses();
  auto c = closed.find(tok.lower);
  if (c != closed.end() && !(capital_name && c->second.pos != Pos::kDeterminer && tok.text.size() > 1 &&
                             std::isupper(static_cast<unsigned char>(tok.text[1])))) {
    w->pos = c->second.pos;
    w->shape = c->second.shape;
    w->possessive = c->second.possessive;
    if (c->second.lemma) w->lemma = c->second.lemma;  // static
    if (tok.lower == "to" && i + 1 < t.size() && IsInfinitiveAfterTo(t[i + 1], in_name[i + 1])) w->pos = Pos::kParticle;
    return true;
  }
  if (capital_name) {
    w->pos = Pos::kProperNoun;
    return true;
  }
  const Readings& r = readings_of(i);
  if (r.Has(kNoun) || r.Has(kVerb) || r.Has(kAdjective) || r.Has(kAdverb)) return false;
  if (tok.capitalized) {
    w->pos = Pos::kProperNoun;
    return true;
  }
  *w = GuessUnknown(tok.lower);
  // A hyphenated "-led", "-backed" compound modifies the noun after it.
  if (w->pos == Pos::kVerb && tok.lower.find('-') != std::string::npos) w->pos = Pos::kAdjective;
  return true;
}

// Gives `w` the reading of class `chosen` (or the nearest the word has).
void TakeReading(const Readings& r, Class chosen, TaggedWord* w) {
  if (!r.Has(chosen)) {
    // A participle read as a modifier ("armed groups") where WordNet has no adjective.
    if (chosen == kAdjective && r.Has(kVerb)) {
      w->pos = Pos::kAdjective;
      w->lemma = r.best[kVerb]->lemma();
      return;
    }
    for (Class c : {kNoun, kVerb, kAdjective, kAdverb}) {
      if (r.Has(c)) {
        chosen = c;
        break;
      }
    }
  }
  const FormReading* reading = r.best[chosen];
  w->lemma = reading->lemma();
  switch (chosen) {
    case kNoun: w->pos = Pos::kNoun; break;
    case kVerb: w->pos = Pos::kVerb; w->shape = ShapeOf(reading->inflection); break;
    case kAdjective: w->pos = Pos::kAdjective; break;
    case kAdverb: w->pos = Pos::kAdverb; break;
  }
  if (chosen == kVerb && r.ambiguous_past) {
    w->shape = VerbShape::kPast;
    w->participle_possible = true;
  }
}

// The length of a multiword coordinator at `i` ("as well as", "along with",
// "together with") that joins the noun phrase before it (a comma between
// allowed) to the one after it: "Japan, along with the United States,
// condemned". 0 when there is none.
size_t MultiwordCoordinator(const std::vector<Token>& t, size_t i) {
  static const std::vector<std::vector<std::string_view>> kPhrases = {
      {"as", "well", "as"}, {"along", "with"}, {"together", "with"}};
  if (i == 0) return 0;
  const Token& before = t[i - 1].text == "," && i > 1 ? t[i - 2] : t[i - 1];
  if (!before.word || before.text == "'s") return 0;
  for (const auto& phrase : kPhrases) {
    const size_t n = phrase.size();
    if (i + n >= t.size()) continue;
    bool match = true;
    for (size_t k = 0; k < n && match; ++k) match = t[i + k].lower == phrase[k];
    const Token& next = t[i + n];
    if (match && next.word && !next.lower.ends_with("ing")) return n;
  }
  return 0;
}

}  // namespace

std::vector<TaggedWord> Tag(const Sentence& sentence, const std::vector<NameSpan>& names) {
  const auto& t = sentence.tokens;
  std::vector<TaggedWord> out(t.size());
  std::vector<bool> in_name(t.size(), false);
  for (const NameSpan& n : names) {
    for (uint32_t k = n.begin; k < n.end && k < t.size(); ++k) in_name[k] = true;
  }
  // Each word's readings, looked up once (the word before reads the next one's).
  std::vector<Readings> readings(t.size() + 1);
  std::vector<bool> looked_up(t.size() + 1, false);
  auto readings_of = [&](size_t k) -> const Readings& {
    if (k < t.size() && !looked_up[k]) {
      readings[k] = Summarise(t[k].lower);
      looked_up[k] = true;
    }
    return readings[k];
  };
  ClauseState clause;
  size_t coordinator_begin = 0, coordinator_end = 0;
  for (size_t i = 0; i < t.size(); clause.Add(out[i]), ++i) {
    if (i >= coordinator_end && !in_name[i]) {
      if (const size_t len = MultiwordCoordinator(t, i)) coordinator_begin = i, coordinator_end = i + len;
    }
    if (i < coordinator_end) {
      out[i].pos = Pos::kCoordinator;
      out[i].lemma = t[i].lower;
      out[i].continues = i > coordinator_begin;
      continue;
    }
    if (TagByForm(t, i, in_name, readings_of, &out[i])) continue;
    const Token* next = i + 1 < t.size() ? &t[i + 1] : nullptr;
    const bool before_coordinator_adjective = i >= 2 && out[i - 2].pos == Pos::kAdjective;
    size_t after = i + 1;
    while (after < t.size() && IsClosedAdverb(t[after].lower)) ++after;
    const Readings& following = readings_of(after);
    const bool past_verb_follows =
        after < t.size() && t[after].word && !ClosedClasses().count(t[after].lower) && following.Has(kVerb) &&
        !following.Has(kNoun) &&
        (following.ambiguous_past || ShapeOf(following.best[kVerb]->inflection) == VerbShape::kPast);
    const Class chosen = Choose(readings_of(i), i > 0 ? &out[i - 1] : nullptr, next, readings_of(i + 1),
                                FirstWordOfClause(t, i), clause.VerbExpected(), before_coordinator_adjective,
                                past_verb_follows);
    TakeReading(readings_of(i), chosen, &out[i]);
  }
  return out;
}

}  // namespace geokg::syntax
