// Internal to extract/syntax/: the state the chunk and clause stages share.
// Stage 2 (chunker.cc) groups tagged words into noun phrases, verb groups and
// function words and attaches the words inside each chunk; stage 3
// (clauses.cc) attaches the chunks to each other: subjects, objects,
// prepositional arguments, clauses, coordination and the enhanced arcs.
#pragma once

#include <vector>

#include "extract/syntax/parse.h"
#include "extract/syntax/tagger.h"

namespace geokg::syntax {

enum class ChunkKind : uint8_t {
  kNominal,      // a noun phrase (a name, a pronoun, "the Russian troops")
  kVerbal,       // a verb group ("has not been attacked", "to withdraw")
  kPreposition,  // one preposition
  kCoordinator,  // and, or, but
  kSubordinator, // that, because, whether...
  kRelative,     // who, which, whom, or relative "that"
  kPunctuation,
  kModifier,     // an adverb or a predicative adjective outside a noun phrase
  kPossessive,   // "'s"
};

struct Chunk {
  ChunkKind kind = ChunkKind::kModifier;
  int begin = 0;
  int end = 0;   // one past the last word
  int head = 0;  // the word the chunk hangs from
  // Verb groups.
  bool finite = false;       // has tense: an auxiliary, a modal or a tensed main verb
  bool passive = false;      // a form of be/get with a participle
  bool infinitive = false;   // "to" + base form
  bool participle = false;   // a bare participle or gerund ("killing two", "brokered by")
  bool copula = false;       // "be" as the main verb
  // Attachment state, filled by the clause stage.
  bool attached = false;     // this chunk already has a head outside itself
};

class Analyzer {
 public:
  Analyzer(const Sentence& sentence, std::vector<TaggedWord> tags);
  Analysis Run();

 private:
  // chunker.cc
  void BuildChunks();
  int NominalEnd(int begin) const;
  int VerbalEnd(int begin) const;
  void AttachInsideNominal(const Chunk& c);
  void AttachInsideVerbal(Chunk& c);

  // clauses.cc
  void AttachClauses();
  void AttachVerb(int v);
  void AttachFinite(int v);
  bool IsReducedRelative(int v) const;
  bool IsTimeChunk(int c) const;
  void MakeRoot(int word);
  int FindSubject(int v, bool* stolen);
  int SkipInserts(int c, int verb_word) const;
  int FirstConjunct(int n) const;
  void AttachObjects(int v);
  void AttachPrepositions();
  void AttachCoordinationAndApposition();
  void AttachRelative(int v);
  // "ASEAN, whose members are ...": the clause of verb chunk v, whose subject
  // opens with "whose", modifies the noun before it. False when it does not.
  bool AttachPossessiveRelative(int v, int subject);
  void AttachLeftovers();
  int ClauseHeadBefore(int c) const;  // the head word of the nearest verb group before chunk c
  int SubjectOf(int verb_word) const;

  void Set(int word, int head, Rel rel);
  void Extra(int head, int dependent, Rel rel);
  bool IsChunk(int c, ChunkKind kind) const {
    return c >= 0 && c < static_cast<int>(chunks_.size()) && chunks_[static_cast<size_t>(c)].kind == kind;
  }
  const std::string& LowerAt(int word) const { return sentence_.tokens[static_cast<size_t>(word)].lower; }

  const Sentence& sentence_;
  std::vector<TaggedWord> tags_;
  std::vector<Chunk> chunks_;
  std::vector<int> chunk_of_;  // word -> chunk index
  Analysis out_;
  int root_ = -1;
  std::vector<int> pending_initial_;  // verb groups before the main clause, waiting for its root
};

}  // namespace geokg::syntax
