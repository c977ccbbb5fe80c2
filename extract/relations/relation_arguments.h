// RelationArguments: a relation's actors read from the sentence's syntactic
// analysis (extract/syntax/): the subject, object, by-agent and
// prepositional arguments of a verb, each as the group of actor mentions it
// names (coordinated mentions included).
#pragma once

#include <string>
#include <vector>

#include "extract/entities/mentions.h"
#include "extract/syntax/parse.h"

namespace geokg {

class RelationArguments {
 public:
  // Reads `sentence` with each non-pronoun mention as one name. The analysis
  // is made on the first question (a sentence with fewer than two actors is
  // never asked one), and both references must outlive this object.
  RelationArguments(const Sentence& sentence, const std::vector<Mention>& mentions);

  // Mentions of the verb's subject (basic or enhanced: controllers,
  // antecedents, shared subjects); for a passive verb, its by-agent.
  std::vector<int> Subjects(size_t verb) const;
  // Mentions of the verb's direct object; for a passive verb, its passive
  // subject. With `preposition`, the argument introduced by it instead, on
  // the verb or on its object ("recalled its envoy to X").
  std::vector<int> Objects(size_t verb, const std::string& preposition) const;
  // Mentions acting in the event noun at `noun`: its possessor or actor
  // modifier ("Russia's invasion", "Russian raids"), its by-phrase, else the
  // subject of the light verb it is the object of ("held talks").
  std::vector<int> NounSubjects(size_t noun) const;
  // Mentions the event noun at `noun` is aimed at: its `preposition` phrase
  // ("invasion of Ukraine", "sanctions on Iran", "talks between A and B").
  std::vector<int> NounObjects(size_t noun, const std::string& preposition) const;
  // True when the verb has a clause for a complement ("called on X to
  // reopen", "said that ...").
  bool HasComplement(size_t verb) const;
  // True when the verb is passive (a passive auxiliary, or a reduced relative).
  bool Passive(size_t verb) const;
  // True when the analysis gives the verb a subject (even one that names no actor).
  bool HasSubject(size_t verb) const;

  const syntax::Analysis& analysis() const {
    Analyse();
    return analysis_;
  }

 private:
  void Analyse() const;
  int Child(size_t head, syntax::Rel rel) const;
  int ChildWithCase(size_t head, const std::string& preposition) const;
  int Enhanced(size_t head, syntax::Rel rel) const;
  // The mentions a noun phrase headed at `word` names: its own, else a
  // modifier's ("Pakistani officials", "officials of Pakistan"), with its conjuncts.
  std::vector<int> MentionsOf(int word) const;
  int MentionIn(int word) const;

  const Sentence& sentence_;
  const std::vector<Mention>& mentions_;
  std::vector<int> mention_at_;
  // Made by Analyse() on first use.
  mutable bool analysed_ = false;
  mutable syntax::Analysis analysis_;
  mutable std::vector<std::vector<int>> children_;
};

}  // namespace geokg
