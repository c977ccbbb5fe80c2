// RelationFinder: the clause rules that turn a sentence's actor mentions into
// triples: verb patterns with their subject and object, negation and
// modality from the verb group, passives with a by-agent, coordination,
// control chains ("asked X to join Y"), nominal relations ("Russia's invasion
// of Ukraine") and symmetric verbs with a joint subject.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/dictionary/dictionary.h"
#include "extract/text/lexicon.h"
#include "extract/entities/mentions.h"
#include "extract/relations/relation_arguments.h"
#include "extract/text/tokenizer.h"

namespace geokg {

// A relation found in one sentence, before it becomes a Triple.
struct RelationHit {
  ActorRef subject;
  ActorRef object;
  std::string predicate;
  std::string cameo;
  Polarity polarity = Polarity::kPositive;
  Modality modality = Modality::kAsserted;
};

// Appends `relation` once for every subject mention and object mention that
// name two different known actors.
void AddPairs(const std::vector<int>& subjects, const std::vector<int>& objects, const std::vector<Mention>& mentions,
              const RelationHit& relation, std::vector<RelationHit>* out);

class RelationFinder {
 public:
  explicit RelationFinder(const Dictionary& dictionary);

  // The CAMEO code of the one-word verb pattern `lemma` ("back"), or empty.
  std::string CodeOf(const std::string& lemma) const;
  // The verb pattern of one or two words written `words` ("fire at"), or null.
  const VerbPattern* ShortPattern(const std::string& words) const;
  // Whether `lemma` is a verb of saying (a one-word pattern flagged `speech`).
  bool IsSpeechVerb(const std::string& lemma) const { return speech_verbs_.count(lemma) > 0; }
  // Whether the lower-case word `form` is a form of such a verb ("said", "adds").
  bool IsSpeechForm(const std::string& form) const;

  // The event relations of one sentence given its mentions. `subject_hint`
  // receives the actor of the sentence's first clause subject, if any.
  // `arguments` is the sentence's analysis over the same mentions.
  std::vector<RelationHit> Find(const Sentence& sentence, const std::vector<Mention>& mentions,
                                const RelationArguments& arguments, ActorRef* subject_hint) const;

 private:
  friend class ClauseReader;
  struct VerbHit;
  struct Clause;
  std::vector<VerbHit> FindVerbs(const std::vector<Token>& t, const std::vector<int>& mention_at) const;
  std::vector<VerbHit> FindNouns(const std::vector<Token>& t, const std::vector<int>& mention_at) const;

  const Dictionary& dictionary_;
  struct FormEntry {
    int pattern;
    VerbForm form;
  };
  std::unordered_map<std::string, std::vector<FormEntry>> verb_forms_;
  std::vector<std::vector<std::string>> plurals_;  // per verb pattern, the plural of each word
  std::unordered_map<std::string, std::vector<int>> noun_heads_;
  std::unordered_map<std::string, size_t> short_patterns_;  // words of a one- or two-word pattern -> its index
  std::unordered_set<std::string> speech_verbs_;
  std::unordered_set<std::string> light_verb_forms_;  // the inflected forms of IsLightVerbLemma's verbs
};

}  // namespace geokg
