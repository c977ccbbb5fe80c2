// ClauseReader (relation_rules.h): a sentence's verb and noun hits read left
// to right into relations; the object stage is in relation_objects.cc.
#include "extract/relations/cameo_intent_codes.h"
#include "extract/text/ascii.h"
#include "extract/text/lexicon.h"
#include "extract/relations/relation_arguments.h"
#include "extract/relations/relation_rules.h"

#include <algorithm>

namespace geokg {

namespace {

bool HasWord(const std::vector<std::string>& words, std::initializer_list<const char*> any) {
  for (const char* w : any) {
    if (std::find(words.begin(), words.end(), w) != words.end()) return true;
  }
  return false;
}

// The token before a parenthesis that ends at `pos` ("PKK" in "(PKK)"), or `pos`.
size_t SkipParentheses(const std::vector<Token>& t, size_t pos) {
  if (t[pos].text != ")") return pos;
  size_t k = pos;
  while (k > 0 && t[k].text != "(") --k;
  return k > 0 ? k - 1 : pos;
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

ClauseReader::ClauseReader(const RelationFinder& finder, const Sentence& sentence, const std::vector<Mention>& mentions,
                           const std::vector<int>& mention_at, const RelationArguments& arguments,
                           const std::vector<VerbHit>& hits, bool use_syntax, ActorRef* subject_hint)
    : finder_(finder),
      sentence_(sentence),
      mentions_(mentions),
      mention_at_(mention_at),
      arguments_(arguments),
      hits_(hits),
      use_syntax_(use_syntax),
      subject_hint_(subject_hint) {}

void ClauseReader::Read(size_t h, std::vector<RelationHit>* out) {
  const VerbHit& hit = hits_[h];
  Reading r;
  r.vp = hit.nominal ? nullptr : &finder_.dictionary_.verbs()[static_cast<size_t>(hit.pattern)];
  r.np = hit.nominal ? &finder_.dictionary_.nouns()[static_cast<size_t>(hit.pattern)] : nullptr;
  ScanVerbGroup(h, &r);
  if (!ChooseSubjects(h, &r) || !ReadVoiceAndModality(h, &r) || !ChooseObjects(h, &r)) return;
  if (ReadReciprocal(h, r, out)) return;
  PassOnSubjects(h, r);
  JoinSymmetricSubjects(h, &r);
  if (r.objects.empty()) {
    GovernNextNoun(h, r);
    return;
  }
  if (!ObjectFitsVerb(r)) return;
  RelationHit relation{{}, {}, r.vp ? r.vp->predicate : r.np->predicate, r.vp ? r.vp->cameo : r.np->cameo,
                       r.polarity, r.modality};
  TakeGoverningVerb(h, &r, &relation);
  ReadCallSense(h, r, &relation);
  ReadThreatOrIntent(&r, &relation);
  relation.polarity = r.polarity;
  relation.modality = r.modality;
  AddPairs(r.subjects, r.objects, mentions_, relation, out);
  // A paired code: the object takes part the other way round ("arrived in
  // Gondor": Gondor receives the visit).
  if (r.vp && !r.vp->reverse_cameo.empty() && relation.cameo == r.vp->cameo) {
    RelationHit reverse = relation;
    reverse.cameo = r.vp->reverse_cameo;
    if (const CameoCode* code = finder_.dictionary_.Cameo(reverse.cameo)) reverse.predicate = AsciiLower(code->name);
    AddPairs(r.objects, r.subjects, mentions_, reverse, out);
  }
}

// The verb group to the left of the hit, and the mention where it stops.
void ClauseReader::ScanVerbGroup(size_t h, Reading* r) const {
  const std::vector<Token>& t = sentence_.tokens;
  const std::vector<Mention>& mentions = mentions_;
  const std::vector<int>& mention_at = mention_at_;
  const VerbHit& hit = hits_[h];
  const NounPattern* np = r->np;
  std::vector<std::string>& chain = r->chain;
  size_t& k = r->k;
  k = hit.pos;
  int& subject_mention = r->subject_mention;
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
      r->stopped_at_comma = true;
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
    if ((w == "and" || w == "but") && !last_subject_.empty() && !np) {
      r->coordinated_verb = true;
      break;
    }
    chain.push_back(w);
    if (hit.pos - k > 12) break;
  }
}

// The hit's subjects: from a control or intent chain, the analysis, an
// event noun's possessor, a coordinated verb, or the mention before the verb group.
bool ClauseReader::ChooseSubjects(size_t h, Reading* r) const {
  const std::vector<Token>& t = sentence_.tokens;
  const std::vector<Mention>& mentions = mentions_;
  const std::vector<int>& mention_at = mention_at_;
  const std::vector<VerbHit>& hits = hits_;
  const RelationArguments& arguments = arguments_;
  const VerbHit& hit = hits_[h];
  const VerbPattern* vp = r->vp;
  const NounPattern* np = r->np;
  const std::vector<std::string>& chain = r->chain;
  const size_t k = r->k;
  const int subject_mention = r->subject_mention;
  bool chain_has_verb_between = false;
  for (size_t c = 0; c < h; ++c) {
    if (hits[c].pos < hit.pos && subject_mention >= 0 &&
        hits[c].pos > mentions[static_cast<size_t>(subject_mention)].end && !hits[c].nominal) {
      chain_has_verb_between = true;
    }
  }

  Group& subjects = r->subjects;
  auto forced = forced_subject_.find(hit.pos);
  // The analysis' subject (or by-agent) when it names an actor.
  const Group parsed_subjects = vp && use_syntax_ ? arguments.Subjects(hit.pos) : Group{};
  r->parsed = !parsed_subjects.empty();
  const bool parsed = r->parsed;
  // An event noun's arguments from the analysis, when it gives both ends.
  Group noun_subjects;
  Group& noun_objects = r->noun_objects;
  if (np && use_syntax_) {
    noun_objects = arguments.NounObjects(hit.pos, np->preposition);
    noun_subjects = arguments.NounSubjects(hit.pos);
    if (noun_subjects.empty() && np->preposition == "between" && noun_objects.size() >= 2) {
      noun_subjects = {noun_objects.front()};  // "talks between A and B": A with B
      noun_objects.erase(noun_objects.begin());
    }
    if (noun_subjects.empty() || noun_objects.empty()) noun_subjects.clear(), noun_objects.clear();
  }
  if (forced != forced_subject_.end()) {
    subjects = forced->second;
    r->requested = intended_.count(hit.pos) == 0;
  } else if (parsed) {
    subjects = parsed_subjects;
  } else if (!noun_subjects.empty()) {
    subjects = noun_subjects;
  } else if (vp && use_syntax_ && arguments.HasSubject(hit.pos) && !arguments.Passive(hit.pos)) {
    return false;  // the analysis' subject is no actor ("The militia, which Iran supports, shelled ...")
  } else if (r->coordinated_verb) {
    subjects = last_subject_;
  } else if (subject_mention >= 0) {
    const Mention& sm = mentions[static_cast<size_t>(subject_mention)];
    if (np) {
      // A nominal relation takes a possessive or adjectival actor right before it,
      // or the subject of a light verb governing_ it.
      bool adjacent = sm.end <= hit.pos && hit.pos - sm.end <= 3 &&
                      (sm.possessive || sm.adjective || hit.pos == sm.end);
      bool light = false;
      for (const auto& w : chain) light = light || finder_.light_verb_forms_.count(w) > 0;
      bool governed = governing_ && hit.pos >= governing_->end && hit.pos <= governing_->end + 6;
      if (!adjacent && !light && !governed) return false;
      // "the first South Korean president to make a visit": the adjective names the person's state.
      if (sm.adjective && sm.end < t.size() && !adjacent && IsOfficialNoun(t[sm.end].lower)) return false;
    } else if (sm.possessive && sm.end + 1 < hit.pos && !IsOfficialNoun(t[sm.end + 1].lower) &&
               !(hit.pos > 0 && t[hit.pos - 1].lower == "to" && !IsRequestNoun(t[hit.pos - 2].lower))) {
      // "Washington's tactic to pressure X": the possessor acts; but after
      // "Washington's request to join" someone else is to act.
      // "Washington's tactic ... is": the possessor is not the subject.
      if (!chain_has_verb_between) return false;
    }
    subjects = GroupBackward(mentions, t, subject_mention);
  } else if (r->stopped_at_comma && !last_subject_.empty()) {
    subjects = last_subject_;  // ", unwilling to join" continues the clause's subject
  } else if (r->stopped_at_comma && k > 0 && !chain.empty() &&
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
    if (found < 0) return false;
    subjects = GroupBackward(mentions, t, found);
  } else {
    return false;
  }
  return !subjects.empty();
}

// Passive voice, polarity and modality from the verb group.
bool ClauseReader::ReadVoiceAndModality(size_t h, Reading* r) const {
  const std::vector<Token>& t = sentence_.tokens;
  const VerbHit& hit = hits_[h];
  const VerbPattern* vp = r->vp;
  const NounPattern* np = r->np;
  const std::vector<std::string>& chain = r->chain;
  bool& passive = r->passive;
  if (!np && (hit.form == VerbForm::kParticiple || hit.form == VerbForm::kPast)) {
    for (const auto& w : chain) {
      if (IsBeForm(w) && w != "'s") passive = true;
      if (!IsBeForm(w) && !IsAdverb(w) && !IsNegator(w) && w != "been" && w != "being") break;
    }
    // A reduced relative: "the pilot, captured by Pakistani troops".
    if (hit.end < t.size() && t[hit.end].lower == "by" && chain.size() <= 1) passive = true;
  }
  Polarity& polarity = r->polarity;
  Modality& modality = r->modality;
  modality = r->requested ? Modality::kRequested : Modality::kAsserted;
  bool& intent = r->intent;
  bool& threat = r->threat;
  std::string& intent_word = r->intent_word;
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
  if (vp && (vp->flags & kFlagNegate)) return false;  // "refused" itself is read through its complement
  if (vp && (vp->flags & kFlagIdiom)) return false;   // "seized on the talks": no capture
  // "what he called Moscow's war": a naming, no telephone call.
  if (vp && vp->words.size() == 1 && vp->words[0] == "call" && AfterWhat(t, hit.pos)) return false;
  if (!r->requested) {
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
  return true;
}

// "A and B agreed not to interfere in each other's affairs": both
// directions. True when the hit was read so.
bool ClauseReader::ReadReciprocal(size_t h, const Reading& r, std::vector<RelationHit>* out) {
  const std::vector<Token>& t = sentence_.tokens;
  const VerbHit& hit = hits_[h];
  if (!r.objects.empty() || r.subjects.size() < 2) return false;
  bool reciprocal = false;
  for (size_t k = hit.end; k + 1 < t.size() && k < hit.end + 5 && !reciprocal; ++k) {
    reciprocal = (t[k].lower == "each" && t[k + 1].lower == "other") ||
                 (t[k].lower == "one" && t[k + 1].lower == "another");
  }
  if (!reciprocal) return false;
  std::string predicate = r.vp ? r.vp->predicate : r.np->predicate;
  std::string cameo = r.vp ? r.vp->cameo : r.np->cameo;
  AddPairs(r.subjects, r.subjects, mentions_, RelationHit{{}, {}, predicate, cameo, r.polarity, r.modality}, out);
  last_subject_ = r.subjects;
  return true;
}

// What the hit gives the hits after it: its object as the subject of a
// control chain ("asked Islamabad to join"), its subject through an intent
// verb ("consider joining"), and the sentence's first subject.
void ClauseReader::PassOnSubjects(size_t h, const Reading& r) {
  const std::vector<Token>& t = sentence_.tokens;
  const std::vector<Mention>& mentions = mentions_;
  const std::vector<VerbHit>& hits = hits_;
  const VerbHit& hit = hits_[h];
  const VerbPattern* vp = r.vp;
  const Group& objects = r.objects;
  const Group& subjects = r.subjects;
  if (vp && (vp->flags & kFlagControl) && !objects.empty()) {
    size_t after = mentions[static_cast<size_t>(objects.back())].end;
    bool that_clause = mentions[static_cast<size_t>(objects.front())].begin > 0 &&
                       t[mentions[static_cast<size_t>(objects.front())].begin - 1].lower == "that";
    if (that_clause && after < t.size()) {
      for (size_t n = h + 1; n < hits.size(); ++n) {
        if (hits[n].pos >= after && hits[n].pos <= after + 2) {
          forced_subject_[hits[n].pos] = objects;
          break;
        }
      }
    } else if (after + 1 < t.size() && t[after].lower == "to") {
      for (size_t n = h + 1; n < hits.size(); ++n) {
        if (hits[n].pos > after && hits[n].pos <= after + 3) {
          forced_subject_[hits[n].pos] = objects;
          break;
        }
      }
    }
  }
  if (vp && (vp->flags & (kFlagIntent | kFlagNegate)) && objects.empty()) {
    for (size_t n = h + 1; n < hits.size(); ++n) {
      if (hits[n].pos > hit.end && hits[n].pos <= hit.end + 4) {
        forced_subject_[hits[n].pos] = subjects;
        intended_.insert(hits[n].pos);
        break;
      }
    }
  }
  if (!first_subject_set_ && !subjects.empty() && subject_hint_) {
    *subject_hint_ = mentions[static_cast<size_t>(subjects.front())].actor;
    first_subject_set_ = true;
  }
  last_subject_ = subjects;
}

// Symmetric verbs with a joint subject: "A and B met" gives one triple;
// "Beijing's mediation between Riyadh and Tehran" acts on both.
void ClauseReader::JoinSymmetricSubjects(size_t h, Reading* r) const {
  const std::vector<Token>& t = sentence_.tokens;
  const std::vector<Mention>& mentions = mentions_;
  const VerbHit& hit = hits_[h];
  const VerbPattern* vp = r->vp;
  const NounPattern* np = r->np;
  Group& objects = r->objects;
  Group& subjects = r->subjects;
  bool symmetric = (vp && (vp->flags & kFlagSymmetric)) || (np && (np->preposition == "between"));
  bool modifier_object = !objects.empty() && mentions[static_cast<size_t>(objects.front())].adjective;
  if (symmetric && subjects.size() >= 2 && (objects.empty() || modifier_object || (vp && (vp->flags & kFlagNoObject)))) {
    objects = {subjects[1]};
    subjects = {subjects[0]};
    r->joint = true;
  }
  if (np && np->preposition == "between" && !objects.empty()) {
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
}

// "suspended budget support and aid to Niger": a verb left without an actor
// object may govern the next nominal relation. A verb form inside the
// governed phrase ("budget support") keeps the first verb.
void ClauseReader::GovernNextNoun(size_t h, const Reading& r) {
  const VerbHit& hit = hits_[h];
  const VerbPattern* vp = r.vp;
  bool inside = governing_ && hit.pos <= governing_->end + 3 && governing_->subjects == r.subjects;
  if (vp && !inside && !(vp->flags & (kFlagSpeech | kFlagControl | kFlagIntent | kFlagNegate))) {
    governing_ = Governing{hit.end, vp, r.subjects, r.polarity, r.modality};
  }
}

// "announced AUKUS", "launched the Quad": verbs whose object must be an
// organisation; `noobj` verbs relate only a joint subject.
bool ClauseReader::ObjectFitsVerb(const Reading& r) const {
  const VerbPattern* vp = r.vp;
  const bool org_object = std::all_of(r.objects.begin(), r.objects.end(), [&](int o) {
    const ActorType type = mentions_[static_cast<size_t>(o)].actor.type;
    return type == ActorType::kOrganization && !mentions_[static_cast<size_t>(o)].pronoun;
  });
  if (vp && (vp->flags & kFlagOrgObject) && !org_object && !(vp->flags & kFlagNoObject)) return false;
  if (vp && (vp->flags & kFlagNoObject) && !r.joint && !((vp->flags & kFlagOrgObject) && org_object)) return false;
  return true;
}

// An event noun right after a verb that governs it takes the verb's relation
// and subjects ("suspended budget support and aid to Niger").
void ClauseReader::TakeGoverningVerb(size_t h, Reading* r, RelationHit* relation) {
  const std::vector<Token>& t = sentence_.tokens;
  const VerbHit& hit = hits_[h];
  if (r->np && governing_ && hit.pos >= governing_->end && hit.pos <= governing_->end + 6) {
    bool clear = true;
    for (size_t g = governing_->end; g < hit.pos && clear; ++g) clear = mention_at_[g] < 0 && t[g].lower != ",";
    if (clear) {
      relation->predicate = governing_->verb->predicate;
      relation->cameo = governing_->verb->cameo;
      r->subjects = governing_->subjects;
      r->polarity = governing_->polarity;
      r->modality = governing_->modality;
    }
  }
  governing_.reset();
}

// The sense of "call" by its frame: "called on President Ruto" with no
// clause is a visit; "called France a vital partner" a characterisation
// whose tone gives the code.
void ClauseReader::ReadCallSense(size_t h, const Reading& r, RelationHit* relation) const {
  const std::vector<Token>& t = sentence_.tokens;
  const VerbHit& hit = hits_[h];
  const VerbPattern* vp = r.vp;
  if (vp && vp->words.size() == 2 && vp->words[0] == "call" && (vp->flags & kFlagControl) && use_syntax_ &&
      !arguments_.HasComplement(hit.pos)) {
    relation->predicate = "visit";
    relation->cameo = "042";
  }
  if (!vp || vp->words.size() != 1 || vp->words[0] != "call" || r.objects.empty()) return;
  const Mention& last = mentions_[static_cast<size_t>(r.objects.back())];
  size_t c = last.end;
  if (c < t.size() && t[c].text == "'s") {
    ++c;
    while (c < t.size() && c <= last.end + 3 && t[c].word && !t[c].capitalized && !IsDeterminer(t[c].lower)) ++c;
  }
  // One telephones an actor, never its decision: after a possessive it is a characterisation.
  const bool complement = last.possessive || (c < t.size() && (IsDeterminer(t[c].lower) || t[c].text == "\"" ||
                                                (t[c].word && !t[c].capitalized && !IsPreposition(t[c].lower) &&
                                                 !IsSubordinator(t[c].lower) && t[c].lower != "and")));
  if (!complement) return;
  int tone = 0;
  for (size_t k = c; k < t.size() && k < c + 8 && t[k].text != "," && t[k].text != ";"; ++k) {
    tone += CharacterisationTone(t[k].lower);
  }
  relation->predicate = "call";
  relation->cameo = tone > 0 ? "051" : tone < 0 ? "111" : "";
}

// A threat to act is CAMEO's threat, stated now; an intention takes CAMEO's
// intent code and names its verb ("consider joining"); a decision is the act.
void ClauseReader::ReadThreatOrIntent(Reading* r, RelationHit* relation) const {
  const VerbPattern* vp = r->vp;
  if (r->threat && !r->requested && !(vp && vp->words[0] == "threaten")) {
    relation->predicate = "threaten " + relation->predicate;
    relation->cameo = ThreatCode(relation->cameo);
    r->modality = Modality::kAsserted;
    return;
  }
  if (!r->intent || r->requested || r->modality != Modality::kIntended) return;
  std::string lemma = r->intent_word;
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
    r->modality = Modality::kAsserted;
    return;
  }
  if (lemma == "consider" || lemma == "weigh" || lemma == "plan" || lemma == "seek") {
    relation->predicate = lemma + " " + relation->predicate;
  }
  relation->cameo = IntentCode(relation->cameo);
}

}  // namespace geokg
