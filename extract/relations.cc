#include "extract/relations.h"

#include "extract/cameo_intent_codes.h"
#include "extract/open_relations.h"
#include "extract/relation_arguments.h"
#include "extract/relation_rules.h"
#include "extract/reported_demands.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <unordered_set>

namespace geokg {

namespace {

using Group = std::vector<int>;  // mention indices

bool HasWord(const std::vector<std::string>& words, std::initializer_list<const char*> any) {
  for (const char* w : any) {
    if (std::find(words.begin(), words.end(), w) != words.end()) return true;
  }
  return false;
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


// The token before a parenthesis that ends at `pos` ("PKK" in "(PKK)"), or `pos`.
size_t SkipParentheses(const std::vector<Token>& t, size_t pos) {
  if (t[pos].text != ")") return pos;
  size_t k = pos;
  while (k > 0 && t[k].text != "(") --k;
  return k > 0 ? k - 1 : pos;
}

bool IsRequestNoun(const std::string& w) {
  static const std::unordered_set<std::string> kSet = {"request", "demand", "call", "invitation", "appeal",
                                                       "plea", "offer", "ultimatum", "pressure", "order",
                                                       "requests", "demands", "calls", "appeals", "orders"};
  return kSet.count(w) > 0;
}

// Whether the verb at `pos` ends a free relative's subject: "what he called",
// "what the ministry called".
bool AfterWhat(const std::vector<Token>& t, size_t pos) {
  for (size_t k = pos; k > 0 && pos - k < 4;) {
    --k;
    if (t[k].lower == "what") return true;
    if (!t[k].word) return false;
  }
  return false;
}

}  // namespace

void AddPairs(const std::vector<int>& subjects, const std::vector<int>& objects, const std::vector<Mention>& mentions,
              const RelationHit& relation, std::vector<RelationHit>* out) {
  for (int s : subjects) {
    for (int o : objects) {
      const ActorRef& sa = mentions[static_cast<size_t>(s)].actor;
      const ActorRef& oa = mentions[static_cast<size_t>(o)].actor;
      if (sa.id.empty() || oa.id.empty() || sa.id == oa.id) continue;
      RelationHit hit = relation;
      hit.subject = sa;
      hit.object = oa;
      out->push_back(std::move(hit));
    }
  }
}

namespace {

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

}  // namespace

std::vector<RelationHit> RelationFinder::Find(const Sentence& sentence, const std::vector<Mention>& mentions,
                                              const RelationArguments& arguments, ActorRef* subject_hint) const {
  const auto& t = sentence.tokens;
  std::vector<int> mention_at(t.size(), -1);
  for (size_t m = 0; m < mentions.size(); ++m) {
    for (size_t k = mentions[m].begin; k < mentions[m].end; ++k) mention_at[k] = static_cast<int>(m);
  }
  std::vector<RelationHit> out;
  if (mentions.empty()) return out;
  std::vector<VerbHit> hits = FindVerbs(t, mention_at);
  std::vector<VerbHit> noun_hits = FindNouns(t, mention_at);
  // A noun hit inside a verb pattern ("hold talks with") belongs to the verb;
  // a word that starts both and is followed by the noun's preposition is the
  // noun ("development aid to Niger").
  for (const auto& n : noun_hits) {
    bool covered = false;
    for (const auto& v : hits) covered = covered || (n.pos > v.pos && n.pos < v.end);
    if (covered) continue;
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const VerbHit& v) { return !v.nominal && v.pos == n.pos && v.end < n.end; }),
               hits.end());
    hits.push_back(n);
  }
  std::sort(hits.begin(), hits.end(), [](const VerbHit& a, const VerbHit& b) { return a.pos < b.pos; });
  // A relation needs two actors: with fewer the analysis is not made.
  const bool use_syntax = mentions.size() >= 2;
  // A one-word verb pattern on a word the tagger read as a noun, and that
  // names no event as a noun, is no verb: "tear gas" ("talks", "protest" may
  // still carry their event).
  if (use_syntax) {
    const syntax::Analysis& a = arguments.analysis();
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const VerbHit& v) {
                                return !v.nominal && v.end == v.pos + 1 && v.pos < a.words.size() &&
                                       a.words[v.pos].pos == syntax::Pos::kNoun && !noun_heads_.count(t[v.pos].lower);
                              }),
               hits.end());
  }
  std::vector<bool> covered(t.size(), false);
  for (const auto& hit : hits) {
    for (size_t k = hit.pos; k < hit.end && k < t.size(); ++k) covered[k] = true;
  }

  const auto& verbs = dictionary_.verbs();
  const auto& nouns = dictionary_.nouns();
  std::unordered_map<size_t, Group> forced_subject;  // verb pos -> subject from a control chain
  std::unordered_set<size_t> intended;                // ... passed on by an intent verb, not asked for
  Group last_subject;
  bool first_subject_set = false;
  struct Governing {
    size_t end;
    const VerbPattern* verb;
    Group subjects;
    Polarity polarity;
    Modality modality;
  };
  std::optional<Governing> governing;

  for (size_t h = 0; h < hits.size(); ++h) {
    const VerbHit& hit = hits[h];
    const VerbPattern* vp = hit.nominal ? nullptr : &verbs[static_cast<size_t>(hit.pattern)];
    const NounPattern* np = hit.nominal ? &nouns[static_cast<size_t>(hit.pattern)] : nullptr;

    // ---- The verb group to the left: auxiliaries, modals, negation, intent verbs.
    std::vector<std::string> chain;
    size_t k = hit.pos;
    int subject_mention = -1;
    bool stopped_at_comma = false;
    bool coordinated_verb = false;
    while (k > 0) {
      --k;
      if (mention_at[k] >= 0) {
        int m = mention_at[k];
        const Mention& mention = mentions[static_cast<size_t>(m)];
        // A place after "in"/"at" is a location, not the subject: keep looking left.
        if (mention.begin > 0 && IsLocationPreposition(t[mention.begin - 1].lower) && !mention.pronoun) {
          k = mention.begin;
          chain.push_back(t[mention.begin - 1].lower);
          continue;
        }
        // "Nafisa Shah of the PPP", "a spokesperson for the US Embassy": the head is before "of".
        size_t before = mention.begin;
        if (before > 0 && t[before - 1].lower == "the") --before;
        if (before > 1 && (t[before - 1].lower == "of") && mention_at[before - 2] >= 0) {
          m = mention_at[before - 2];
        }
        subject_mention = m;
        break;
      }
      const std::string& w = t[k].lower;
      if (w == "--" && k > 0) {
        // "Mali and Burkina Faso -- both run by juntas -- warned": skip the aside.
        size_t open = k;
        while (open > 0 && t[open - 1].lower != "--" && k - open < 14) --open;
        if (open > 1 && t[open - 1].lower == "--" && mention_at[open - 2] >= 0) {
          subject_mention = mention_at[open - 2];
        }
        break;
      }
      if (w == ";" || w == ":" || w == "\"" || w == "(" || w == ")") break;
      if (w == ",") {
        stopped_at_comma = true;
        // An apposition between commas: ", NATO's secretary general," - jump over it.
        size_t open = k;
        while (open > 0 && t[open - 1].lower != "," && hit.pos - open < 24) --open;
        // ("G7 leaders, convened by ... Joe Biden, condemned": the actor before the opening comma.)
        if (open > 0 && t[open - 1].lower == "," && open - 1 > 0) {
          size_t before = SkipParentheses(t, open - 2);
          if (mention_at[before] < 0 && before > 0 && IsOfficialNoun(t[before].lower)) --before;
          if (mention_at[before] >= 0) subject_mention = mention_at[before];
        }
        break;
      }
      if (w == "who" || w == "which") {
        if (k > 0 && mention_at[k - 1] >= 0) {
          subject_mention = mention_at[k - 1];
        } else if (k > 1 && t[k - 1].lower == ",") {
          size_t before = SkipParentheses(t, k - 2);  // "The PKK (Kurdistan Workers' Party), which"
          if (mention_at[before] >= 0) subject_mention = mention_at[before];
        }
        break;
      }
      if (w == "that" || w == "because" || w == "while" || w == "when" || w == "although") break;
      // "... spoke with Aliyev and condemned Baku": a coordinated verb shares the first verb's subject.
      if ((w == "and" || w == "but") && !last_subject.empty() && !np) {
        coordinated_verb = true;
        break;
      }
      chain.push_back(w);
      if (hit.pos - k > 12) break;
    }
    bool chain_has_verb_between = false;
    for (size_t c = 0; c < h; ++c) {
      if (hits[c].pos < hit.pos && subject_mention >= 0 &&
          hits[c].pos > mentions[static_cast<size_t>(subject_mention)].end && !hits[c].nominal) {
        chain_has_verb_between = true;
      }
    }

    Group subjects;
    auto forced = forced_subject.find(hit.pos);
    bool requested = false;
    // The analysis' subject (or by-agent) when it names an actor.
    const Group parsed_subjects = vp && use_syntax ? arguments.Subjects(hit.pos) : Group{};
    const bool parsed = !parsed_subjects.empty();
    // An event noun's arguments from the analysis, when it gives both ends.
    Group noun_subjects, noun_objects;
    if (np && use_syntax) {
      noun_objects = arguments.NounObjects(hit.pos, np->preposition);
      noun_subjects = arguments.NounSubjects(hit.pos);
      if (noun_subjects.empty() && np->preposition == "between" && noun_objects.size() >= 2) {
        noun_subjects = {noun_objects.front()};  // "talks between A and B": A with B
        noun_objects.erase(noun_objects.begin());
      }
      if (noun_subjects.empty() || noun_objects.empty()) noun_subjects.clear(), noun_objects.clear();
    }
    if (forced != forced_subject.end()) {
      subjects = forced->second;
      requested = intended.count(hit.pos) == 0;
    } else if (parsed) {
      subjects = parsed_subjects;
    } else if (!noun_subjects.empty()) {
      subjects = noun_subjects;
    } else if (vp && use_syntax && arguments.HasSubject(hit.pos) && !arguments.Passive(hit.pos)) {
      continue;  // the analysis' subject is no actor ("The militia, which Iran supports, shelled ...")
    } else if (coordinated_verb) {
      subjects = last_subject;
    } else if (subject_mention >= 0) {
      const Mention& sm = mentions[static_cast<size_t>(subject_mention)];
      if (np) {
        // A nominal relation takes a possessive or adjectival actor right before it,
        // or the subject of a light verb governing it.
        bool adjacent = sm.end <= hit.pos && hit.pos - sm.end <= 3 &&
                        (sm.possessive || sm.adjective || hit.pos == sm.end);
        bool light = false;
        for (const auto& w : chain) light = light || light_verb_forms_.count(w) > 0;
        bool governed = governing && hit.pos >= governing->end && hit.pos <= governing->end + 6;
        if (!adjacent && !light && !governed) continue;
        // "the first South Korean president to make a visit": the adjective names the person's state.
        if (sm.adjective && sm.end < t.size() && !adjacent && IsOfficialNoun(t[sm.end].lower)) continue;
      } else if (sm.possessive && sm.end + 1 < hit.pos && !IsOfficialNoun(t[sm.end + 1].lower) &&
                 !(hit.pos > 0 && t[hit.pos - 1].lower == "to" && !IsRequestNoun(t[hit.pos - 2].lower))) {
        // "Washington's tactic to pressure X": the possessor acts; but after
        // "Washington's request to join" someone else is to act.
        // "Washington's tactic ... is": the possessor is not the subject.
        if (!chain_has_verb_between) continue;
      }
      subjects = GroupBackward(mentions, t, subject_mention);
    } else if (stopped_at_comma && !last_subject.empty()) {
      subjects = last_subject;  // ", unwilling to join" continues the clause's subject
    } else if (stopped_at_comma && k > 0 && !chain.empty() &&
               std::any_of(chain.begin(), chain.end(), [](const std::string& w) { return IsIntentWord(w); })) {
      // "X are on the same page, unwilling to join": the attitude is the main subject's.
      int found = -1;
      for (size_t b = k; b > 0 && k - b < 14; --b) {
        const std::string& w = t[b - 1].lower;
        if (w == ";" || w == "\"" || w == ":") break;
        if (mention_at[b - 1] >= 0) {
          found = mention_at[b - 1];
          break;
        }
      }
      if (found < 0) continue;
      subjects = GroupBackward(mentions, t, found);
    } else {
      continue;
    }
    if (subjects.empty()) continue;

    // ---- Voice, polarity, modality.
    bool passive = false;
    if (!np && (hit.form == VerbForm::kParticiple || hit.form == VerbForm::kPast)) {
      for (const auto& w : chain) {
        if (IsBeForm(w) && w != "'s") passive = true;
        if (!IsBeForm(w) && !IsAdverb(w) && !IsNegator(w) && w != "been" && w != "being") break;
      }
      // A reduced relative: "the pilot, captured by Pakistani troops".
      if (hit.end < t.size() && t[hit.end].lower == "by" && chain.size() <= 1) passive = true;
    }
    Polarity polarity = Polarity::kPositive;
    Modality modality = requested ? Modality::kRequested : Modality::kAsserted;
    bool intent = false;
    bool threat = false;  // "threatened to break relations"
    std::string intent_word;
    for (size_t c = 0; c < chain.size(); ++c) {
      const std::string& w = chain[c];
      threat = threat || w == "threaten" || w == "threatens" || w == "threatened" || w == "threatening";
      // chain runs right to left: "whether or not" reads "not", "or", "whether".
      bool whether_or_not = w == "not" && c + 2 < chain.size() && chain[c + 1] == "or" && chain[c + 2] == "whether";
      if (IsNegativeWord(w) && !whether_or_not) polarity = Polarity::kNegative;
      if (IsIntentWord(w)) {
        intent = true;
        if (intent_word.empty()) intent_word = w;
      }
    }
    if (vp && (vp->flags & kFlagNegate)) continue;  // "refused" itself is read through its complement
    if (vp && (vp->flags & kFlagIdiom)) continue;   // "seized on the talks": no capture
    // "what he called Moscow's war": a naming, no telephone call.
    if (vp && vp->words.size() == 1 && vp->words[0] == "call" && AfterWhat(t, hit.pos)) continue;
    if (!requested) {
      bool hypo = false, future = false;
      for (const auto& w : chain) {
        hypo = hypo || IsHypotheticalWord(w);
        future = future || (IsFutureWord(w) && w != "to");
      }
      if (HasWord(chain, {"to"}) && HasWord(chain, {"expected", "set", "scheduled", "due", "going", "slated"})) {
        future = true;
      }
      if (np) {
        for (size_t b = hit.pos >= 2 ? hit.pos - 2 : 0; b < hit.pos; ++b) {
          if (IsFutureWord(t[b].lower) && t[b].lower != "to") future = true;
        }
      }
      if (hypo) modality = Modality::kHypothetical;
      else if (intent) modality = Modality::kIntended;
      else if (future) modality = Modality::kFuture;
    }

    // ---- Object.
    Group objects;
    if (parsed) {
      objects = arguments.Objects(hit.pos, vp->ends_with_preposition ? vp->words.back() : "");
      if (arguments.Passive(hit.pos)) {
        if (objects.empty()) continue;
        passive = false;
      }
    }
    if (!noun_objects.empty()) objects = noun_objects;
    if (!objects.empty()) {
      // Read from the analysis.
    } else if (hit.inner_mention >= 0) {
      objects = GroupForward(mentions, t, hit.inner_mention);
    } else {
      size_t o = hit.end;
      if (passive) {
        // "was attacked by X": the agent after "by" is the subject.
        size_t b = hit.end;
        while (b < t.size() && b < hit.end + 7 && t[b].lower != "by" && t[b].lower != "," && mention_at[b] < 0) ++b;
        if (b < t.size() && t[b].lower == "by") {
          size_t a = b + 1;
          while (a < t.size() && IsDeterminer(t[a].lower)) ++a;
          if (a < t.size() && mention_at[a] >= 0) {
            objects = subjects;
            subjects = GroupForward(mentions, t, mention_at[a]);
          }
        }
        if (objects.empty()) continue;  // passive with no agent: not annotated
      } else {
        // "demanded that Sweden extradite": the that-clause's subject is the one asked.
        if (vp && (vp->flags & kFlagControl) && o + 1 < t.size() && t[o].lower == "that" && mention_at[o + 1] >= 0) {
          ++o;
        }
        size_t skipped = 0;
        while (o < t.size() && skipped < 4 && mention_at[o] < 0) {
          const std::string& w = t[o].lower;
          bool skip = IsDeterminer(w) || IsAdverb(w) || w == "'s" ||
                      (t[o].word && !t[o].capitalized && !IsPreposition(w) && !IsClauseVerb(w) && skipped < 2 &&
                       !IsSubordinator(w) && !IsAuxiliary(w) && !IsModal(w) && verb_forms_.count(w) == 0);
          if (!skip) break;
          ++o;
          ++skipped;
        }
        // "detained the British journalist, John Smith,": a person named in
        // apposition to the object's noun is the object.
        auto appositive_person = [&](size_t noun) -> int {
          if (noun + 2 >= t.size() || !IsPersonNoun(t[noun].lower) || t[noun + 1].text != ",") return -1;
          const int p = mention_at[noun + 2];
          if (p < 0) return -1;
          const Mention& pm = mentions[static_cast<size_t>(p)];
          if (pm.begin != noun + 2 || pm.pronoun || pm.actor.type != ActorType::kPerson) return -1;
          if (pm.end < t.size() && t[pm.end].text != "," && t[pm.end].text != ".") return -1;
          return p;
        };
        if (o < t.size() && mention_at[o] < 0) {
          // "announced a trilateral security pact -- AUKUS --", "launched a
          // grouping, the Quad,": a name in apposition to the object's noun
          // phrase names the object.
          for (size_t f = o; f < t.size() && f < o + 6 && mention_at[f] < 0; ++f) {
            const bool dash = t[f].lower == "--";
            if (!dash && t[f].lower != ",") {
              if (!t[f].word || t[f].capitalized || IsPreposition(t[f].lower)) break;
              continue;
            }
            size_t a = f + 1 < t.size() && t[f + 1].lower == "the" ? f + 2 : f + 1;
            if (f == o || a >= t.size() || mention_at[a] < 0) break;
            const Mention& am = mentions[static_cast<size_t>(mention_at[a])];
            const std::string close = am.end < t.size() ? t[am.end].lower : ".";
            if (close == "." || close == "," || (dash && close == "--")) o = a;
            break;
          }
        }
        if (o < t.size() && mention_at[o] < 0 && !(vp && (vp->flags & kFlagSpeech))) {
          for (size_t f = o; f < t.size() && f < o + 4 && t[f].word && mention_at[f] < 0; ++f) {
            if (int p = appositive_person(f); p >= 0) {
              o = mentions[static_cast<size_t>(p)].begin;
              break;
            }
          }
        }
        if (o < t.size() && mention_at[o] < 0 && !(vp && (vp->flags & kFlagSpeech))) {
          // Further on, through a noun phrase and "of": "condemned the delivery of
          // Iranian drones to Russia", "criticised the decision by Moscow".
          for (size_t f = o; f < t.size() && f < hit.end + 9; ++f) {
            const std::string& w = t[f].lower;
            if (mention_at[f] >= 0) {
              const Mention& fm = mentions[static_cast<size_t>(mention_at[f])];
              if (fm.begin == 0 || !IsLocationPreposition(t[fm.begin - 1].lower)) o = f;
              break;
            }
            bool infinitive = w == "to" && f + 1 < t.size() && verb_forms_.count(t[f + 1].lower) &&
                              mention_at[f + 1] < 0 && !IsDeterminer(t[f + 1].lower);
            if (w == "," || w == ";" || w == ":" || w == "\"" || w == "--" || w == "(" || IsSubordinator(w) ||
                IsAuxiliary(w) || IsModal(w) || infinitive || w == "for" || w == "since" ||
                (h + 1 < hits.size() && f >= hits[h + 1].pos)) {
              break;
            }
          }
        }
        if (o < t.size() && mention_at[o] >= 0) {
          int m = mention_at[o];
          const Mention& om = mentions[static_cast<size_t>(m)];
          bool pp_object = om.begin > 0 && IsLocationPreposition(t[om.begin - 1].lower) &&
                           !(vp && vp->ends_with_preposition && vp->words.back() == t[om.begin - 1].lower) &&
                           !(np && np->preposition == t[om.begin - 1].lower);
          // The subject of a clause ("confirmed the US has shared") is not the object.
          size_t after = GroupForward(mentions, t, m).back();
          size_t next = mentions[after].end;
          // ("struck a Jaish-e-Mohammad training camp": after "a", a modifier.)
          const bool indefinite = om.begin > 0 && (t[om.begin - 1].lower == "a" || t[om.begin - 1].lower == "an");
          bool clause_subject = vp && !vp->ends_with_preposition && next < t.size() && !om.possessive && !indefinite &&
                                (IsAuxiliary(t[next].lower) || IsModal(t[next].lower) ||
                                 (verb_forms_.count(t[next].lower) && !(vp && (vp->flags & kFlagControl)) &&
                                  t[next].lower != "to"));
          // "captured an Indian Air Force pilot": the person, not the force, is
          // the object; a person named after it in apposition is.
          bool modifies_person = next < t.size() && IsPersonNoun(t[next].lower);
          if (modifies_person && !pp_object && !clause_subject) {
            if (int p = appositive_person(next); p >= 0) objects = {p};
          } else if (!pp_object && !clause_subject) {
            objects = GroupForward(mentions, t, m);
          }
        }
      }
    }

    // "A and B agreed not to interfere in each other's affairs": both directions.
    bool reciprocal = false;
    if (objects.empty() && subjects.size() >= 2) {
      for (size_t r = hit.end; r + 1 < t.size() && r < hit.end + 5; ++r) {
        if ((t[r].lower == "each" && t[r + 1].lower == "other") || (t[r].lower == "one" && t[r + 1].lower == "another")) {
          reciprocal = true;
          break;
        }
      }
    }
    if (reciprocal) {
      std::string predicate = vp ? vp->predicate : np->predicate;
      std::string cameo = vp ? vp->cameo : np->cameo;
      AddPairs(subjects, subjects, mentions, RelationHit{{}, {}, predicate, cameo, polarity, modality}, &out);
      last_subject = subjects;
      continue;
    }

    // Control chain: "asked Islamabad to join ..." - the object is the next verb's subject.
    if (vp && (vp->flags & kFlagControl) && !objects.empty()) {
      size_t after = mentions[static_cast<size_t>(objects.back())].end;
      bool that_clause = mentions[static_cast<size_t>(objects.front())].begin > 0 &&
                         t[mentions[static_cast<size_t>(objects.front())].begin - 1].lower == "that";
      if (that_clause && after < t.size()) {
        for (size_t n = h + 1; n < hits.size(); ++n) {
          if (hits[n].pos >= after && hits[n].pos <= after + 2) {
            forced_subject[hits[n].pos] = objects;
            break;
          }
        }
      } else if (after + 1 < t.size() && t[after].lower == "to") {
        for (size_t n = h + 1; n < hits.size(); ++n) {
          if (hits[n].pos > after && hits[n].pos <= after + 3) {
            forced_subject[hits[n].pos] = objects;
            break;
          }
        }
      }
    }
    // Intent verbs ("consider joining", "decide whether to join") pass their subject on.
    if (vp && (vp->flags & (kFlagIntent | kFlagNegate)) && objects.empty()) {
      for (size_t n = h + 1; n < hits.size(); ++n) {
        if (hits[n].pos > hit.end && hits[n].pos <= hit.end + 4) {
          forced_subject[hits[n].pos] = subjects;
          intended.insert(hits[n].pos);
          break;
        }
      }
    }
    if (!first_subject_set && !subjects.empty() && subject_hint) {
      *subject_hint = mentions[static_cast<size_t>(subjects.front())].actor;
      first_subject_set = true;
    }
    last_subject = subjects;

    // Symmetric verbs with a joint subject: "A and B met" gives one triple.
    bool symmetric = (vp && (vp->flags & kFlagSymmetric)) || (np && (np->preposition == "between"));
    bool modifier_object = !objects.empty() && mentions[static_cast<size_t>(objects.front())].adjective;
    bool joint = false;
    if (symmetric && subjects.size() >= 2 && (objects.empty() || modifier_object || (vp && (vp->flags & kFlagNoObject)))) {
      objects = {subjects[1]};
      subjects = {subjects[0]};
      joint = true;
    }
    if (np && np->preposition == "between" && !objects.empty()) {
      // "Beijing's mediation between Riyadh and Tehran": the possessor acts on both;
      // "talks between Riyadh and Tehran": the first acts on the second.
      Group both = GroupForward(mentions, t, objects.front());
      const Mention& sm = mentions[static_cast<size_t>(subjects.front())];
      bool own_subject = sm.end <= hit.pos && (sm.possessive || sm.adjective);
      if (own_subject) {
        objects = both;
      } else if (both.size() >= 2) {
        subjects = {both[0]};
        objects = {both[1]};
      }
    }
    if (objects.empty()) {
      // "suspended budget support and aid to Niger": a verb left without an actor
      // object may govern the next nominal relation.
      // A verb form inside the governed phrase ("budget support") keeps the first verb.
      bool inside = governing && hit.pos <= governing->end + 3 && governing->subjects == subjects;
      if (vp && !inside && !(vp->flags & (kFlagSpeech | kFlagControl | kFlagIntent | kFlagNegate))) {
        governing = Governing{hit.end, vp, subjects, polarity, modality};
      }
      continue;
    }
    // "announced AUKUS", "launched the Quad": verbs whose object must be an organisation.
    const bool org_object = !objects.empty() && std::all_of(objects.begin(), objects.end(), [&](int o) {
      const ActorType type = mentions[static_cast<size_t>(o)].actor.type;
      return type == ActorType::kOrganization && !mentions[static_cast<size_t>(o)].pronoun;
    });
    if (vp && (vp->flags & kFlagOrgObject) && !org_object && !(vp->flags & kFlagNoObject)) continue;
    if (vp && (vp->flags & kFlagNoObject) && !joint && !((vp->flags & kFlagOrgObject) && org_object)) continue;

    std::string predicate = vp ? vp->predicate : np->predicate;
    std::string cameo = vp ? vp->cameo : np->cameo;
    if (np && governing && hit.pos >= governing->end && hit.pos <= governing->end + 6) {
      bool clear = true;
      for (size_t g = governing->end; g < hit.pos && clear; ++g) clear = mention_at[g] < 0 && t[g].lower != ",";
      if (clear) {
        predicate = governing->verb->predicate;
        cameo = governing->verb->cameo;
        subjects = governing->subjects;
        polarity = governing->polarity;
        modality = governing->modality;
      }
    }
    governing.reset();
    // The sense by the frame: "called on President Ruto" with no clause is a
    // visit; "called on Ethiopia to reopen the border" an appeal.
    if (vp && vp->words.size() == 2 && vp->words[0] == "call" && (vp->flags & kFlagControl) && use_syntax &&
        !arguments.HasComplement(hit.pos)) {
      predicate = "visit";
      cameo = "042";
    }
    if (vp && vp->words.size() == 1 && vp->words[0] == "call" && !objects.empty()) {
      // "called France a vital partner", "called Iran's attack a flagrant
      // violation": a characterisation, not a phone call; its tone gives the code.
      size_t c = mentions[static_cast<size_t>(objects.back())].end;
      if (c < t.size() && t[c].text == "'s") {
        ++c;
        while (c < t.size() && c <= mentions[static_cast<size_t>(objects.back())].end + 3 && t[c].word &&
               !t[c].capitalized && !IsDeterminer(t[c].lower)) {
          ++c;
        }
      }
      // One telephones an actor, never its decision: after a possessive it is a characterisation.
      const bool possessive = mentions[static_cast<size_t>(objects.back())].possessive;
      const bool complement = possessive || (c < t.size() && (IsDeterminer(t[c].lower) || t[c].text == "\"" ||
                                               (t[c].word && !t[c].capitalized && !IsPreposition(t[c].lower) &&
                                                !IsSubordinator(t[c].lower) && t[c].lower != "and")));
      if (complement) {
        int tone = 0;
        for (size_t k = c; k < t.size() && k < c + 8 && t[k].text != "," && t[k].text != ";"; ++k) {
          tone += CharacterisationTone(t[k].lower);
        }
        predicate = "call";
        cameo = tone > 0 ? "051" : tone < 0 ? "111" : "";
      }
    }
    if (threat && !requested && !(vp && vp->words[0] == "threaten")) {
      // A threat to act is CAMEO's threat, stated now.
      predicate = "threaten " + predicate;
      cameo = ThreatCode(cameo);
      modality = Modality::kAsserted;
    } else if (intent && !requested && modality == Modality::kIntended) {
      std::string lemma = intent_word;
      for (const char* suffix : {"ing", "ed", "s"}) {
        std::string s = suffix;
        if (lemma.size() > s.size() + 2 && lemma.compare(lemma.size() - s.size(), s.size(), s) == 0) {
          lemma = lemma.substr(0, lemma.size() - s.size());
          break;
        }
      }
      if (lemma == "plann") lemma = "plan";      // planned, planning
      if (lemma == "decid") lemma = "decide";    // decided, deciding
      if (lemma == "decide") {
        // "China has decided to impose sanctions": the decision is the act.
        modality = Modality::kAsserted;
      } else {
        if (lemma == "consider" || lemma == "weigh" || lemma == "plan" || lemma == "seek") {
          predicate = lemma + " " + predicate;
        }
        cameo = IntentCode(cameo);
      }
    }
    AddPairs(subjects, objects, mentions, RelationHit{{}, {}, predicate, cameo, polarity, modality}, &out);
  }
  if (use_syntax) {
    for (auto& hit : FindOpenRelations(arguments, sentence, mentions, covered, *this)) out.push_back(std::move(hit));
    for (auto& hit : FindReportedDemands(arguments, sentence, mentions, *this)) out.push_back(std::move(hit));
  }
  return out;
}

}  // namespace geokg
