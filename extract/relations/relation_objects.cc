// ClauseReader's object stage (relation_rules.h): the actors a verb or an
// event noun acts on.
#include "extract/text/lexicon.h"
#include "extract/relations/relation_arguments.h"
#include "extract/relations/relation_rules.h"

namespace geokg {

// The hit's objects: from the analysis, a mention inside the pattern, the
// agent of a passive (whose subject becomes the object), or the first
// mention the verb reaches.
bool ClauseReader::ChooseObjects(size_t h, Reading* r) const {
  const std::vector<Token>& t = sentence_.tokens;
  const std::vector<int>& mention_at = mention_at_;
  const VerbHit& hit = hits_[h];
  Group& objects = r->objects;
  Group& subjects = r->subjects;
  if (r->parsed) {
    objects = arguments_.Objects(hit.pos, r->vp->ends_with_preposition ? r->vp->words.back() : "");
    if (arguments_.Passive(hit.pos)) {
      if (objects.empty()) return false;
      r->passive = false;
    }
  }
  if (!r->noun_objects.empty()) objects = r->noun_objects;
  if (!objects.empty()) return true;  // read from the analysis
  if (hit.inner_mention >= 0) {
    objects = GroupForward(mentions_, t, hit.inner_mention);
    return true;
  }
  if (!r->passive) {
    objects = ObjectsAt(ObjectToken(h, *r), *r);
    return true;
  }
  // "was attacked by X": the agent after "by" is the subject.
  size_t b = hit.end;
  while (b < t.size() && b < hit.end + 7 && t[b].lower != "by" && t[b].lower != "," && mention_at[b] < 0) ++b;
  if (b < t.size() && t[b].lower == "by") {
    size_t a = b + 1;
    while (a < t.size() && IsDeterminer(t[a].lower)) ++a;
    if (a < t.size() && mention_at[a] >= 0) {
      objects = subjects;
      subjects = GroupForward(mentions_, t, mention_at[a]);
    }
  }
  return !objects.empty();  // a passive with no agent is not annotated
}

// The token where an active verb's object starts: after a "that" of a
// demand, determiners and modifiers, or further on at a name in apposition
// or through a noun phrase and "of".
size_t ClauseReader::ObjectToken(size_t h, const Reading& r) const {
  const std::vector<Token>& t = sentence_.tokens;
  const std::vector<Mention>& mentions = mentions_;
  const std::vector<int>& mention_at = mention_at_;
  const std::vector<VerbHit>& hits = hits_;
  const VerbHit& hit = hits_[h];
  const VerbPattern* vp = r.vp;
  size_t o = hit.end;
  // "demanded that Sweden extradite": the that-clause's subject is the one asked.
  if (vp && (vp->flags & kFlagControl) && o + 1 < t.size() && t[o].lower == "that" && mention_at[o + 1] >= 0) {
    ++o;
  }
  size_t skipped = 0;
  while (o < t.size() && skipped < 4 && mention_at[o] < 0) {
    const std::string& w = t[o].lower;
    bool skip = IsDeterminer(w) || IsAdverb(w) || w == "'s" ||
                (t[o].word && !t[o].capitalized && !IsPreposition(w) && !IsClauseVerb(w) && skipped < 2 &&
                 !IsSubordinator(w) && !IsAuxiliary(w) && !IsModal(w) && finder_.verb_forms_.count(w) == 0);
    if (!skip) break;
    ++o;
    ++skipped;
  }
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
      if (int p = AppositivePerson(f); p >= 0) {
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
      bool infinitive = w == "to" && f + 1 < t.size() && finder_.verb_forms_.count(t[f + 1].lower) &&
                        mention_at[f + 1] < 0 && !IsDeterminer(t[f + 1].lower);
      if (w == "," || w == ";" || w == ":" || w == "\"" || w == "--" || w == "(" || IsSubordinator(w) ||
          IsAuxiliary(w) || IsModal(w) || infinitive || w == "for" || w == "since" ||
          (h + 1 < hits.size() && f >= hits[h + 1].pos)) {
        break;
      }
    }
  }
  return o;
}

// The objects named at token `o`, unless the mention there is a place, the
// subject of a clause of its own, or a modifier of a person noun.
Group ClauseReader::ObjectsAt(size_t o, const Reading& r) const {
  const std::vector<Token>& t = sentence_.tokens;
  const std::vector<Mention>& mentions = mentions_;
  const VerbPattern* vp = r.vp;
  const NounPattern* np = r.np;
  if (o >= t.size() || mention_at_[o] < 0) return {};
  int m = mention_at_[o];
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
                         (finder_.verb_forms_.count(t[next].lower) && !(vp && (vp->flags & kFlagControl)) &&
                          t[next].lower != "to"));
  if (pp_object || clause_subject) return {};
  // "captured an Indian Air Force pilot": the person, not the force, is
  // the object; a person named after it in apposition is.
  bool modifies_person = next < t.size() && IsPersonNoun(t[next].lower);
  if (modifies_person) {
    if (int p = AppositivePerson(next); p >= 0) return {p};
    return {};
  }
  return GroupForward(mentions, t, m);
}

// "detained the British journalist, John Smith,": the person named in
// apposition to the person noun at `noun`, or -1.
int ClauseReader::AppositivePerson(size_t noun) const {
  const std::vector<Token>& t = sentence_.tokens;
  if (noun + 2 >= t.size() || !IsPersonNoun(t[noun].lower) || t[noun + 1].text != ",") return -1;
  const int p = mention_at_[noun + 2];
  if (p < 0) return -1;
  const Mention& pm = mentions_[static_cast<size_t>(p)];
  if (pm.begin != noun + 2 || pm.pronoun || pm.actor.type != ActorType::kPerson) return -1;
  if (pm.end < t.size() && t[pm.end].text != "," && t[pm.end].text != ".") return -1;
  return p;
}

}  // namespace geokg
