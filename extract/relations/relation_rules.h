// Internal to extract/: what relations.cc, relation_patterns.cc,
// relation_clause.cc and mention_groups.cc share.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/relations/relations.h"

namespace geokg {

struct RelationFinder::VerbHit {
  size_t pos = 0;         // the verb (or noun) token
  size_t end = 0;         // one past the last pattern token
  int pattern = -1;       // index into verbs() (or nouns() when nominal)
  bool nominal = false;
  VerbForm form = VerbForm::kBase;
  int inner_mention = -1; // a mention inside the pattern ("took Islamabad into confidence")
};

using Group = std::vector<int>;  // mention indices

// The mention group starting at mention `first`: it and the mentions
// coordinated after it ("A, B and C", "A as well as B").
Group GroupForward(const std::vector<Mention>& mentions, const std::vector<Token>& t, int first);
// The mention group ending at mention `last`, extended to the left.
Group GroupBackward(const std::vector<Mention>& mentions, const std::vector<Token>& t, int last);

// Reads one sentence's verb and noun hits into relations, left to right:
// each hit's verb group, subject, voice, modality and object, and what a hit
// passes on to the hits after it (the subject of a control or intent chain,
// a verb governing the next event noun). Hits must be read in order.
class ClauseReader {
 public:
  ClauseReader(const RelationFinder& finder, const Sentence& sentence, const std::vector<Mention>& mentions,
               const std::vector<int>& mention_at, const RelationArguments& arguments,
               const std::vector<RelationFinder::VerbHit>& hits, bool use_syntax, ActorRef* subject_hint);

  // Appends the relations of hit `h` to `out`.
  void Read(size_t h, std::vector<RelationHit>* out);

 private:
  using VerbHit = RelationFinder::VerbHit;
  struct Reading;
  // A verb left without an actor object, waiting for the event noun it may
  // govern ("suspended budget support and aid to Niger").
  struct Governing {
    size_t end;
    const VerbPattern* verb;
    Group subjects;
    Polarity polarity;
    Modality modality;
  };

  // Each stage returns false when the hit gives no relation.
  void ScanVerbGroup(size_t h, Reading* r) const;
  bool ChooseSubjects(size_t h, Reading* r) const;
  bool ReadVoiceAndModality(size_t h, Reading* r) const;
  bool ChooseObjects(size_t h, Reading* r) const;
  size_t ObjectToken(size_t h, const Reading& r) const;
  Group ObjectsAt(size_t o, const Reading& r) const;
  int AppositivePerson(size_t noun) const;
  bool ReadReciprocal(size_t h, const Reading& r, std::vector<RelationHit>* out);
  void PassOnSubjects(size_t h, const Reading& r);
  void JoinSymmetricSubjects(size_t h, Reading* r) const;
  void GovernNextNoun(size_t h, const Reading& r);
  bool ObjectFitsVerb(const Reading& r) const;
  void TakeGoverningVerb(size_t h, Reading* r, RelationHit* relation);
  void ReadCallSense(size_t h, const Reading& r, RelationHit* relation) const;
  void ReadThreatOrIntent(Reading* r, RelationHit* relation) const;

  const RelationFinder& finder_;
  const Sentence& sentence_;
  const std::vector<Mention>& mentions_;
  const std::vector<int>& mention_at_;
  const RelationArguments& arguments_;
  const std::vector<VerbHit>& hits_;
  const bool use_syntax_;
  ActorRef* subject_hint_;
  // State carried from hit to hit.
  std::unordered_map<size_t, Group> forced_subject_;  // verb pos -> subject from a control chain
  std::unordered_set<size_t> intended_;               // ... passed on by an intent verb, not asked for
  Group last_subject_;
  bool first_subject_set_ = false;
  std::optional<Governing> governing_;
};

// What is read of one hit, stage by stage.
struct ClauseReader::Reading {
  const VerbPattern* vp = nullptr;  // the hit's verb pattern, or null for an event noun
  const NounPattern* np = nullptr;  // the hit's noun pattern, or null for a verb
  // The verb group to the left, right to left: auxiliaries, modals, negation, intent verbs.
  std::vector<std::string> chain;
  size_t k = 0;  // where the scan of the verb group stopped
  int subject_mention = -1;
  bool stopped_at_comma = false;
  bool coordinated_verb = false;  // "... and condemned Baku": the verb shares the last subject
  Group subjects;
  Group objects;
  Group noun_objects;      // an event noun's objects from the analysis, when it gives both ends
  bool parsed = false;     // the subjects come from the analysis
  bool requested = false;  // the subject was asked to act (a control chain)
  bool passive = false;
  bool intent = false;
  bool threat = false;  // "threatened to break relations"
  bool joint = false;   // a symmetric verb's joint subject made subject and object
  std::string intent_word;
  Polarity polarity = Polarity::kPositive;
  Modality modality = Modality::kAsserted;
};

}  // namespace geokg
