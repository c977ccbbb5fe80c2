// Gold subjects and objects read off a Penn Treebank tree, for scoring the
// syntactic layer's attachments (attachment_score.h).
//
// For every content verb (a VB* leaf that is neither a form of "be" nor an
// auxiliary: a be/have/do form, modal or "to" followed by a verb phrase in
// its own VP):
//  - subject: the head of the NP child of the clause (S, SINV, SQ) its verb
//    phrase belongs to, climbing through VP parents, so an auxiliary chain
//    ("has been killed") and coordinated verb phrases ("attacked X and
//    killed Y") share the clause's subject. Passive subjects count. In a
//    subject relative clause (SBAR with a WHNP and an S without NP) the
//    relative pronoun is the subject and the antecedent also counts ("an
//    event which will test": "which" or "event"). Verbs whose clause has no
//    overt subject (infinitives, participial clauses, imperatives, reduced
//    relatives, "asked X to go") get none: control is not derived.
//  - object: the head of the NP child of its VP after the verb, the second
//    when there are two ("gave him a book": "book"), not a temporal NP
//    (NP-TMP, or headed by a day, month or "today"); none for passive and
//    adjectival participles (a VBN without a "have" auxiliary) and none for
//    "become", "remain" and "seem", whose NP is predicative.
// Copulas ("is a leader") give no pairs. A head that is a proper noun
// stands for its whole name: any leaf of its run of NNP/NNPS counts, since
// Universal Dependencies heads flat names on the first word and head rules
// on the last.
#pragma once

#include <vector>

#include "cli/eval/penn_tree.h"

namespace geokg {

struct GoldArgument {
  int verb = -1;           // leaf of the verb
  std::vector<int> heads;  // acceptable head leaves, the rule's head first
};

struct GoldArguments {
  std::vector<GoldArgument> subjects;
  std::vector<GoldArgument> objects;
};

// The gold subjects and objects of every content verb of `tree`, in leaf order.
GoldArguments DeriveArguments(const PennTree& tree);

}  // namespace geokg
