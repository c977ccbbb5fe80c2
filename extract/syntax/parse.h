// The syntactic layer: a deterministic, rule-based dependency analysis of one
// tokenized sentence (part of speech, chunks, clauses, grammatical relations),
// in Universal Dependencies' terms so it can be printed as CoNLL-U.
//
// The analysis is a cascade of finite-state stages over a lexicon (closed
// classes written by hand, open classes from WordNet): tag, chunk, clause,
// relate. It never fails: a word it cannot attach hangs from the root as `dep`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/tokenizer.h"

namespace geokg::syntax {

// Universal POS tags (UPOS).
enum class Pos : uint8_t {
  kNoun, kProperNoun, kVerb, kAux, kAdjective, kAdverb, kAdposition, kDeterminer,
  kPronoun, kCoordinator, kSubordinator, kParticle, kNumber, kPunctuation, kOther,
};

// Universal Dependencies relations used by the analysis.
enum class Rel : uint8_t {
  kRoot,
  kSubject,            // nsubj
  kPassiveSubject,     // nsubj:pass
  kObject,             // obj
  kIndirectObject,     // iobj
  kAgent,              // obl:agent ("by X" of a passive)
  kOblique,            // obl (a prepositional argument of a verb; its `case` child is the preposition)
  kClausalComplement,  // ccomp ("said that ...", "said Y would ...")
  kOpenComplement,     // xcomp ("asked X to go", "agreed to go")
  kAdverbialClause,    // advcl (participial and subordinate clauses)
  kRelativeClause,     // acl:relcl
  kNounClause,         // acl (reduced relatives: "forces loyal to X", "a truce brokered by X")
  kNominalModifier,    // nmod ("talks with X", "invasion of X")
  kPossessor,          // nmod:poss
  kAppositive,         // appos
  kConjunct,           // conj
  kCoordination,       // cc
  kCompound,           // compound
  kAdjectivalModifier, // amod
  kDeterminer,         // det
  kCase,               // case
  kMarker,             // mark
  kAuxiliary,          // aux
  kPassiveAuxiliary,   // aux:pass
  kAdverbialModifier,  // advmod (negation included: "not", "never")
  kNumericModifier,    // nummod
  kPunctuation,        // punct
  kParataxis,          // parataxis (quotes and reported speech with the speaker after)
  kFixed,              // fixed (the later words of "as well as", "along with")
  kDependent,          // dep (not attached by any rule)
};

const char* PosName(Pos pos);  // "NOUN", "PROPN", ...
const char* RelName(Rel rel);  // "nsubj", "obl:agent", ...

struct Word {
  Pos pos = Pos::kOther;
  // Lower case; points into the sentence's tokens or static tables, so the
  // analysis must not outlive the Sentence it was made from.
  std::string_view lemma;
  int head = -1;      // index of the head word; -1 for the root
  Rel rel = Rel::kDependent;
};

// An enhanced relation (UD's enhanced graph): an argument the basic tree
// does not show, such as the controller of an infinitive ("asked X to go":
// X is the subject of go), the antecedent of a relative pronoun, or a subject
// shared by coordinated verbs.
struct ExtraArc {
  int head = -1;
  int dependent = -1;
  Rel rel = Rel::kSubject;
};

struct Analysis {
  std::vector<Word> words;  // one per token of the sentence, same order
  std::vector<ExtraArc> extra;
};

// A span of tokens [begin, end) known to be one name (an actor mention).
struct NameSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The analysis of `sentence`. Deterministic; never fails. Each of `names`
// (sorted, non-overlapping) is read as one proper noun phrase.
Analysis Parse(const Sentence& sentence, const std::vector<NameSpan>& names = {});

}  // namespace geokg::syntax
